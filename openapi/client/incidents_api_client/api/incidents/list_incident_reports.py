from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.merged import Merged
from ...models.problem import Problem
from ...models.report_page import ReportPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    incident_id: int,
    *,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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
        "url": "/v1/incidents/{incident_id}/reports".format(
            incident_id=quote(str(incident_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Merged | Problem | ReportPage | None:
    if response.status_code == 200:
        response_200 = ReportPage.from_dict(response.json())

        return response_200

    if response.status_code == 308:
        response_308 = Merged.from_dict(response.json())

        return response_308

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Merged | Problem | ReportPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    incident_id: int,
    *,
    client: AuthenticatedClient | Client,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[Merged | Problem | ReportPage]:
    """List an incident's reports

     Every report of the incident, one per article, by article id, each with the evidence of its fields:
    the incident's document embeds only its lead reports (`report_count` says how many there are).

    Args:
        incident_id (int): Incident id.
        cursor (None | str | Unset): next_cursor of the page before.
        limit (int | Unset): Page size, 1 to 500. Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Merged | Problem | ReportPage]
    """

    kwargs = _get_kwargs(
        incident_id=incident_id,
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    incident_id: int,
    *,
    client: AuthenticatedClient | Client,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Merged | Problem | ReportPage | None:
    """List an incident's reports

     Every report of the incident, one per article, by article id, each with the evidence of its fields:
    the incident's document embeds only its lead reports (`report_count` says how many there are).

    Args:
        incident_id (int): Incident id.
        cursor (None | str | Unset): next_cursor of the page before.
        limit (int | Unset): Page size, 1 to 500. Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Merged | Problem | ReportPage
    """

    return sync_detailed(
        incident_id=incident_id,
        client=client,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    incident_id: int,
    *,
    client: AuthenticatedClient | Client,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[Merged | Problem | ReportPage]:
    """List an incident's reports

     Every report of the incident, one per article, by article id, each with the evidence of its fields:
    the incident's document embeds only its lead reports (`report_count` says how many there are).

    Args:
        incident_id (int): Incident id.
        cursor (None | str | Unset): next_cursor of the page before.
        limit (int | Unset): Page size, 1 to 500. Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Merged | Problem | ReportPage]
    """

    kwargs = _get_kwargs(
        incident_id=incident_id,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    incident_id: int,
    *,
    client: AuthenticatedClient | Client,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Merged | Problem | ReportPage | None:
    """List an incident's reports

     Every report of the incident, one per article, by article id, each with the evidence of its fields:
    the incident's document embeds only its lead reports (`report_count` says how many there are).

    Args:
        incident_id (int): Incident id.
        cursor (None | str | Unset): next_cursor of the page before.
        limit (int | Unset): Page size, 1 to 500. Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Merged | Problem | ReportPage
    """

    return (
        await asyncio_detailed(
            incident_id=incident_id,
            client=client,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
