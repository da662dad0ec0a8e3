from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.job_page import JobPage
from ...models.list_jobs_status_type_1 import ListJobsStatusType1
from ...models.list_jobs_status_type_2_type_1 import ListJobsStatusType2Type1
from ...models.list_jobs_status_type_3_type_1 import ListJobsStatusType3Type1
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: ListJobsStatusType1 | ListJobsStatusType2Type1 | ListJobsStatusType3Type1 | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, ListJobsStatusType1):
        json_status = status.value
    elif isinstance(status, ListJobsStatusType2Type1):
        json_status = status.value
    elif isinstance(status, ListJobsStatusType3Type1):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jobs",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> JobPage | Problem | None:
    if response.status_code == 200:
        response_200 = JobPage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[JobPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: ListJobsStatusType1 | ListJobsStatusType2Type1 | ListJobsStatusType3Type1 | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[JobPage | Problem]:
    """List extraction jobs

     Extraction jobs in the order they were made, with their state, attempts, last error, the worker
    holding
    one, the request that queued it and the API key that posted its article. Needs the admin scope.

    Args:
        status (ListJobsStatusType1 | ListJobsStatusType2Type1 | ListJobsStatusType3Type1 | None |
            Unset): Only jobs in this state.
        cursor (None | str | Unset): next_cursor of the page before.
        limit (int | Unset): Page size, 1 to 500. Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobPage | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: ListJobsStatusType1 | ListJobsStatusType2Type1 | ListJobsStatusType3Type1 | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> JobPage | Problem | None:
    """List extraction jobs

     Extraction jobs in the order they were made, with their state, attempts, last error, the worker
    holding
    one, the request that queued it and the API key that posted its article. Needs the admin scope.

    Args:
        status (ListJobsStatusType1 | ListJobsStatusType2Type1 | ListJobsStatusType3Type1 | None |
            Unset): Only jobs in this state.
        cursor (None | str | Unset): next_cursor of the page before.
        limit (int | Unset): Page size, 1 to 500. Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobPage | Problem
    """

    return sync_detailed(
        client=client,
        status=status,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: ListJobsStatusType1 | ListJobsStatusType2Type1 | ListJobsStatusType3Type1 | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[JobPage | Problem]:
    """List extraction jobs

     Extraction jobs in the order they were made, with their state, attempts, last error, the worker
    holding
    one, the request that queued it and the API key that posted its article. Needs the admin scope.

    Args:
        status (ListJobsStatusType1 | ListJobsStatusType2Type1 | ListJobsStatusType3Type1 | None |
            Unset): Only jobs in this state.
        cursor (None | str | Unset): next_cursor of the page before.
        limit (int | Unset): Page size, 1 to 500. Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobPage | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: ListJobsStatusType1 | ListJobsStatusType2Type1 | ListJobsStatusType3Type1 | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> JobPage | Problem | None:
    """List extraction jobs

     Extraction jobs in the order they were made, with their state, attempts, last error, the worker
    holding
    one, the request that queued it and the API key that posted its article. Needs the admin scope.

    Args:
        status (ListJobsStatusType1 | ListJobsStatusType2Type1 | ListJobsStatusType3Type1 | None |
            Unset): Only jobs in this state.
        cursor (None | str | Unset): next_cursor of the page before.
        limit (int | Unset): Page size, 1 to 500. Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
