from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.incident_changes import IncidentChanges
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    since: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_since: None | str | Unset
    if isinstance(since, Unset):
        json_since = UNSET
    else:
        json_since = since
    params["since"] = json_since

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/incidents/changes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IncidentChanges | Problem | None:
    if response.status_code == 200:
        response_200 = IncidentChanges.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IncidentChanges | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    since: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[IncidentChanges | Problem]:
    """Follow every change to incidents

     One ordered feed of what a mirror needs to hold what the service holds: `upsert` (the incident as
    GET /v1/incidents/{id} serves it), `merge` (the id was absorbed by `merged_into`) and `delete` (with
    its `reason`). Each incident appears once, at its latest change, which moves it to the end of the
    feed: a client that reads from the start (no `since`) and then keeps reading from each page's
    `next_cursor` holds every incident the service serves, and no other. `next_cursor` is given on every
    page, the last one included, to poll from; `has_more` says whether to read on at once.

    Args:
        since (None | str | Unset): next_cursor of the page before; absent: from the first change.
        limit (int | Unset): Changes per page, 1 to 500. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IncidentChanges | Problem]
    """

    kwargs = _get_kwargs(
        since=since,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    since: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> IncidentChanges | Problem | None:
    """Follow every change to incidents

     One ordered feed of what a mirror needs to hold what the service holds: `upsert` (the incident as
    GET /v1/incidents/{id} serves it), `merge` (the id was absorbed by `merged_into`) and `delete` (with
    its `reason`). Each incident appears once, at its latest change, which moves it to the end of the
    feed: a client that reads from the start (no `since`) and then keeps reading from each page's
    `next_cursor` holds every incident the service serves, and no other. `next_cursor` is given on every
    page, the last one included, to poll from; `has_more` says whether to read on at once.

    Args:
        since (None | str | Unset): next_cursor of the page before; absent: from the first change.
        limit (int | Unset): Changes per page, 1 to 500. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IncidentChanges | Problem
    """

    return sync_detailed(
        client=client,
        since=since,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    since: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[IncidentChanges | Problem]:
    """Follow every change to incidents

     One ordered feed of what a mirror needs to hold what the service holds: `upsert` (the incident as
    GET /v1/incidents/{id} serves it), `merge` (the id was absorbed by `merged_into`) and `delete` (with
    its `reason`). Each incident appears once, at its latest change, which moves it to the end of the
    feed: a client that reads from the start (no `since`) and then keeps reading from each page's
    `next_cursor` holds every incident the service serves, and no other. `next_cursor` is given on every
    page, the last one included, to poll from; `has_more` says whether to read on at once.

    Args:
        since (None | str | Unset): next_cursor of the page before; absent: from the first change.
        limit (int | Unset): Changes per page, 1 to 500. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IncidentChanges | Problem]
    """

    kwargs = _get_kwargs(
        since=since,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    since: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> IncidentChanges | Problem | None:
    """Follow every change to incidents

     One ordered feed of what a mirror needs to hold what the service holds: `upsert` (the incident as
    GET /v1/incidents/{id} serves it), `merge` (the id was absorbed by `merged_into`) and `delete` (with
    its `reason`). Each incident appears once, at its latest change, which moves it to the end of the
    feed: a client that reads from the start (no `since`) and then keeps reading from each page's
    `next_cursor` holds every incident the service serves, and no other. `next_cursor` is given on every
    page, the last one included, to poll from; `has_more` says whether to read on at once.

    Args:
        since (None | str | Unset): next_cursor of the page before; absent: from the first change.
        limit (int | Unset): Changes per page, 1 to 500. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IncidentChanges | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            since=since,
            limit=limit,
        )
    ).parsed
