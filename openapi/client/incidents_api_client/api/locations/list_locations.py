from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.location_page import LocationPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: None | str | Unset = UNSET,
    country: None | str | Unset = UNSET,
    bbox: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_country: None | str | Unset
    if isinstance(country, Unset):
        json_country = UNSET
    else:
        json_country = country
    params["country"] = json_country

    json_bbox: None | str | Unset
    if isinstance(bbox, Unset):
        json_bbox = UNSET
    else:
        json_bbox = bbox
    params["bbox"] = json_bbox

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
        "url": "/v1/locations",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LocationPage | Problem | None:
    if response.status_code == 200:
        response_200 = LocationPage.from_dict(response.json())

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
) -> Response[LocationPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: None | str | Unset = UNSET,
    country: None | str | Unset = UNSET,
    bbox: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[LocationPage | Problem]:
    """Search locations

     Places incidents are coded to, with their incident counts.

    Args:
        q (None | str | Unset): Place name, spelling-tolerant.
        country (None | str | Unset): ISO2 country code.
        bbox (None | str | Unset): minLon,minLat,maxLon,maxLat.
        cursor (None | str | Unset): next_cursor of the page before.
        limit (int | Unset): Page size, 1 to 500. Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LocationPage | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        country=country,
        bbox=bbox,
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
    q: None | str | Unset = UNSET,
    country: None | str | Unset = UNSET,
    bbox: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> LocationPage | Problem | None:
    """Search locations

     Places incidents are coded to, with their incident counts.

    Args:
        q (None | str | Unset): Place name, spelling-tolerant.
        country (None | str | Unset): ISO2 country code.
        bbox (None | str | Unset): minLon,minLat,maxLon,maxLat.
        cursor (None | str | Unset): next_cursor of the page before.
        limit (int | Unset): Page size, 1 to 500. Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LocationPage | Problem
    """

    return sync_detailed(
        client=client,
        q=q,
        country=country,
        bbox=bbox,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: None | str | Unset = UNSET,
    country: None | str | Unset = UNSET,
    bbox: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[LocationPage | Problem]:
    """Search locations

     Places incidents are coded to, with their incident counts.

    Args:
        q (None | str | Unset): Place name, spelling-tolerant.
        country (None | str | Unset): ISO2 country code.
        bbox (None | str | Unset): minLon,minLat,maxLon,maxLat.
        cursor (None | str | Unset): next_cursor of the page before.
        limit (int | Unset): Page size, 1 to 500. Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LocationPage | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        country=country,
        bbox=bbox,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: None | str | Unset = UNSET,
    country: None | str | Unset = UNSET,
    bbox: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> LocationPage | Problem | None:
    """Search locations

     Places incidents are coded to, with their incident counts.

    Args:
        q (None | str | Unset): Place name, spelling-tolerant.
        country (None | str | Unset): ISO2 country code.
        bbox (None | str | Unset): minLon,minLat,maxLon,maxLat.
        cursor (None | str | Unset): next_cursor of the page before.
        limit (int | Unset): Page size, 1 to 500. Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LocationPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            country=country,
            bbox=bbox,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
