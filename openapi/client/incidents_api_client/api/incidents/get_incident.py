from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.incident import Incident
from ...models.merged import Merged
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    incident_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/incidents/{incident_id}".format(
            incident_id=quote(str(incident_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Incident | Merged | Problem | None:
    if response.status_code == 200:
        response_200 = Incident.from_dict(response.json())

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
) -> Response[Incident | Merged | Problem]:
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
) -> Response[Incident | Merged | Problem]:
    """Get an incident

     One incident with its place, actors, fatalities, the evidence for each field, and its lead reports'
    contributions (`reports`: one per article, with its own figures, its match score and reasons, and
    the
    incidents it was scored against and kept apart as borderline, `near_matches`; at most 10, all of
    them at
    /v1/incidents/{id}/reports). An id absorbed by a merge answers 308 to the incident that absorbed it.

    Args:
        incident_id (int): Incident id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Incident | Merged | Problem]
    """

    kwargs = _get_kwargs(
        incident_id=incident_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    incident_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Incident | Merged | Problem | None:
    """Get an incident

     One incident with its place, actors, fatalities, the evidence for each field, and its lead reports'
    contributions (`reports`: one per article, with its own figures, its match score and reasons, and
    the
    incidents it was scored against and kept apart as borderline, `near_matches`; at most 10, all of
    them at
    /v1/incidents/{id}/reports). An id absorbed by a merge answers 308 to the incident that absorbed it.

    Args:
        incident_id (int): Incident id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Incident | Merged | Problem
    """

    return sync_detailed(
        incident_id=incident_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    incident_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Incident | Merged | Problem]:
    """Get an incident

     One incident with its place, actors, fatalities, the evidence for each field, and its lead reports'
    contributions (`reports`: one per article, with its own figures, its match score and reasons, and
    the
    incidents it was scored against and kept apart as borderline, `near_matches`; at most 10, all of
    them at
    /v1/incidents/{id}/reports). An id absorbed by a merge answers 308 to the incident that absorbed it.

    Args:
        incident_id (int): Incident id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Incident | Merged | Problem]
    """

    kwargs = _get_kwargs(
        incident_id=incident_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    incident_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Incident | Merged | Problem | None:
    """Get an incident

     One incident with its place, actors, fatalities, the evidence for each field, and its lead reports'
    contributions (`reports`: one per article, with its own figures, its match score and reasons, and
    the
    incidents it was scored against and kept apart as borderline, `near_matches`; at most 10, all of
    them at
    /v1/incidents/{id}/reports). An id absorbed by a merge answers 308 to the incident that absorbed it.

    Args:
        incident_id (int): Incident id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Incident | Merged | Problem
    """

    return (
        await asyncio_detailed(
            incident_id=incident_id,
            client=client,
        )
    ).parsed
