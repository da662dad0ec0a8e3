import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.incident_stats import IncidentStats
from ...models.incident_stats_group_by import IncidentStatsGroupBy
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    country: list[str] | None | Unset = UNSET,
    admin1: None | str | Unset = UNSET,
    location_id: int | None | Unset = UNSET,
    actor_id: int | None | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    event_type: None | str | Unset = UNSET,
    sub_event_type: list[str] | None | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    bbox: None | str | Unset = UNSET,
    near: None | str | Unset = UNSET,
    radius_km: float | None | Unset = UNSET,
    min_fatalities: int | None | Unset = UNSET,
    article_id: int | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    group_by: IncidentStatsGroupBy,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_country: list[str] | None | Unset
    if isinstance(country, Unset):
        json_country = UNSET
    elif isinstance(country, list):
        json_country = country

    else:
        json_country = country
    params["country"] = json_country

    json_admin1: None | str | Unset
    if isinstance(admin1, Unset):
        json_admin1 = UNSET
    else:
        json_admin1 = admin1
    params["admin1"] = json_admin1

    json_location_id: int | None | Unset
    if isinstance(location_id, Unset):
        json_location_id = UNSET
    else:
        json_location_id = location_id
    params["location_id"] = json_location_id

    json_actor_id: int | None | Unset
    if isinstance(actor_id, Unset):
        json_actor_id = UNSET
    else:
        json_actor_id = actor_id
    params["actor_id"] = json_actor_id

    json_actor: None | str | Unset
    if isinstance(actor, Unset):
        json_actor = UNSET
    else:
        json_actor = actor
    params["actor"] = json_actor

    json_event_type: None | str | Unset
    if isinstance(event_type, Unset):
        json_event_type = UNSET
    else:
        json_event_type = event_type
    params["event_type"] = json_event_type

    json_sub_event_type: list[str] | None | Unset
    if isinstance(sub_event_type, Unset):
        json_sub_event_type = UNSET
    elif isinstance(sub_event_type, list):
        json_sub_event_type = sub_event_type

    else:
        json_sub_event_type = sub_event_type
    params["sub_event_type"] = json_sub_event_type

    json_date_from: None | str | Unset
    if isinstance(date_from, Unset):
        json_date_from = UNSET
    elif isinstance(date_from, datetime.date):
        json_date_from = date_from.isoformat()
    else:
        json_date_from = date_from
    params["date_from"] = json_date_from

    json_date_to: None | str | Unset
    if isinstance(date_to, Unset):
        json_date_to = UNSET
    elif isinstance(date_to, datetime.date):
        json_date_to = date_to.isoformat()
    else:
        json_date_to = date_to
    params["date_to"] = json_date_to

    json_bbox: None | str | Unset
    if isinstance(bbox, Unset):
        json_bbox = UNSET
    else:
        json_bbox = bbox
    params["bbox"] = json_bbox

    json_near: None | str | Unset
    if isinstance(near, Unset):
        json_near = UNSET
    else:
        json_near = near
    params["near"] = json_near

    json_radius_km: float | None | Unset
    if isinstance(radius_km, Unset):
        json_radius_km = UNSET
    else:
        json_radius_km = radius_km
    params["radius_km"] = json_radius_km

    json_min_fatalities: int | None | Unset
    if isinstance(min_fatalities, Unset):
        json_min_fatalities = UNSET
    else:
        json_min_fatalities = min_fatalities
    params["min_fatalities"] = json_min_fatalities

    json_article_id: int | None | Unset
    if isinstance(article_id, Unset):
        json_article_id = UNSET
    else:
        json_article_id = article_id
    params["article_id"] = json_article_id

    json_updated_since: None | str | Unset
    if isinstance(updated_since, Unset):
        json_updated_since = UNSET
    elif isinstance(updated_since, datetime.datetime):
        json_updated_since = updated_since.isoformat()
    else:
        json_updated_since = updated_since
    params["updated_since"] = json_updated_since

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_group_by = group_by.value
    params["group_by"] = json_group_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/stats/incidents",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IncidentStats | Problem | None:
    if response.status_code == 200:
        response_200 = IncidentStats.from_dict(response.json())

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
) -> Response[IncidentStats | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    country: list[str] | None | Unset = UNSET,
    admin1: None | str | Unset = UNSET,
    location_id: int | None | Unset = UNSET,
    actor_id: int | None | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    event_type: None | str | Unset = UNSET,
    sub_event_type: list[str] | None | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    bbox: None | str | Unset = UNSET,
    near: None | str | Unset = UNSET,
    radius_km: float | None | Unset = UNSET,
    min_fatalities: int | None | Unset = UNSET,
    article_id: int | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    group_by: IncidentStatsGroupBy,
) -> Response[IncidentStats | Problem]:
    """Incident counts and fatalities per group

     Groups (largest first; weeks and months in date order), at most 1,000, for the same filters as the
    incident list. A null key collects incidents without that field (no date, no region).

    Args:
        country (list[str] | None | Unset): ISO 3166-1 alpha-2 code; repeat for several.
        admin1 (None | str | Unset): First-level region name, e.g. Borno.
        location_id (int | None | Unset): A location id.
        actor_id (int | None | Unset): An actor id.
        actor (None | str | Unset): An actor name or alias, e.g. JNIM.
        event_type (None | str | Unset): ACLED event type, e.g. Battles.
        sub_event_type (list[str] | None | Unset): ACLED sub-event type; repeat for several.
        date_from (datetime.date | None | Unset): Earliest event date (inclusive).
        date_to (datetime.date | None | Unset): Latest event date (inclusive).
        bbox (None | str | Unset): minLon,minLat,maxLon,maxLat.
        near (None | str | Unset): lat,lon; needs radius_km.
        radius_km (float | None | Unset): Radius around near, in km.
        min_fatalities (int | None | Unset): At least this many.
        article_id (int | None | Unset): From this article.
        updated_since (datetime.datetime | None | Unset): Changed after this instant: a change
            feed for syncing.
        q (None | str | Unset): Full-text search over summaries.
        group_by (IncidentStatsGroupBy): What to group by.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IncidentStats | Problem]
    """

    kwargs = _get_kwargs(
        country=country,
        admin1=admin1,
        location_id=location_id,
        actor_id=actor_id,
        actor=actor,
        event_type=event_type,
        sub_event_type=sub_event_type,
        date_from=date_from,
        date_to=date_to,
        bbox=bbox,
        near=near,
        radius_km=radius_km,
        min_fatalities=min_fatalities,
        article_id=article_id,
        updated_since=updated_since,
        q=q,
        group_by=group_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    country: list[str] | None | Unset = UNSET,
    admin1: None | str | Unset = UNSET,
    location_id: int | None | Unset = UNSET,
    actor_id: int | None | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    event_type: None | str | Unset = UNSET,
    sub_event_type: list[str] | None | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    bbox: None | str | Unset = UNSET,
    near: None | str | Unset = UNSET,
    radius_km: float | None | Unset = UNSET,
    min_fatalities: int | None | Unset = UNSET,
    article_id: int | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    group_by: IncidentStatsGroupBy,
) -> IncidentStats | Problem | None:
    """Incident counts and fatalities per group

     Groups (largest first; weeks and months in date order), at most 1,000, for the same filters as the
    incident list. A null key collects incidents without that field (no date, no region).

    Args:
        country (list[str] | None | Unset): ISO 3166-1 alpha-2 code; repeat for several.
        admin1 (None | str | Unset): First-level region name, e.g. Borno.
        location_id (int | None | Unset): A location id.
        actor_id (int | None | Unset): An actor id.
        actor (None | str | Unset): An actor name or alias, e.g. JNIM.
        event_type (None | str | Unset): ACLED event type, e.g. Battles.
        sub_event_type (list[str] | None | Unset): ACLED sub-event type; repeat for several.
        date_from (datetime.date | None | Unset): Earliest event date (inclusive).
        date_to (datetime.date | None | Unset): Latest event date (inclusive).
        bbox (None | str | Unset): minLon,minLat,maxLon,maxLat.
        near (None | str | Unset): lat,lon; needs radius_km.
        radius_km (float | None | Unset): Radius around near, in km.
        min_fatalities (int | None | Unset): At least this many.
        article_id (int | None | Unset): From this article.
        updated_since (datetime.datetime | None | Unset): Changed after this instant: a change
            feed for syncing.
        q (None | str | Unset): Full-text search over summaries.
        group_by (IncidentStatsGroupBy): What to group by.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IncidentStats | Problem
    """

    return sync_detailed(
        client=client,
        country=country,
        admin1=admin1,
        location_id=location_id,
        actor_id=actor_id,
        actor=actor,
        event_type=event_type,
        sub_event_type=sub_event_type,
        date_from=date_from,
        date_to=date_to,
        bbox=bbox,
        near=near,
        radius_km=radius_km,
        min_fatalities=min_fatalities,
        article_id=article_id,
        updated_since=updated_since,
        q=q,
        group_by=group_by,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    country: list[str] | None | Unset = UNSET,
    admin1: None | str | Unset = UNSET,
    location_id: int | None | Unset = UNSET,
    actor_id: int | None | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    event_type: None | str | Unset = UNSET,
    sub_event_type: list[str] | None | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    bbox: None | str | Unset = UNSET,
    near: None | str | Unset = UNSET,
    radius_km: float | None | Unset = UNSET,
    min_fatalities: int | None | Unset = UNSET,
    article_id: int | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    group_by: IncidentStatsGroupBy,
) -> Response[IncidentStats | Problem]:
    """Incident counts and fatalities per group

     Groups (largest first; weeks and months in date order), at most 1,000, for the same filters as the
    incident list. A null key collects incidents without that field (no date, no region).

    Args:
        country (list[str] | None | Unset): ISO 3166-1 alpha-2 code; repeat for several.
        admin1 (None | str | Unset): First-level region name, e.g. Borno.
        location_id (int | None | Unset): A location id.
        actor_id (int | None | Unset): An actor id.
        actor (None | str | Unset): An actor name or alias, e.g. JNIM.
        event_type (None | str | Unset): ACLED event type, e.g. Battles.
        sub_event_type (list[str] | None | Unset): ACLED sub-event type; repeat for several.
        date_from (datetime.date | None | Unset): Earliest event date (inclusive).
        date_to (datetime.date | None | Unset): Latest event date (inclusive).
        bbox (None | str | Unset): minLon,minLat,maxLon,maxLat.
        near (None | str | Unset): lat,lon; needs radius_km.
        radius_km (float | None | Unset): Radius around near, in km.
        min_fatalities (int | None | Unset): At least this many.
        article_id (int | None | Unset): From this article.
        updated_since (datetime.datetime | None | Unset): Changed after this instant: a change
            feed for syncing.
        q (None | str | Unset): Full-text search over summaries.
        group_by (IncidentStatsGroupBy): What to group by.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IncidentStats | Problem]
    """

    kwargs = _get_kwargs(
        country=country,
        admin1=admin1,
        location_id=location_id,
        actor_id=actor_id,
        actor=actor,
        event_type=event_type,
        sub_event_type=sub_event_type,
        date_from=date_from,
        date_to=date_to,
        bbox=bbox,
        near=near,
        radius_km=radius_km,
        min_fatalities=min_fatalities,
        article_id=article_id,
        updated_since=updated_since,
        q=q,
        group_by=group_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    country: list[str] | None | Unset = UNSET,
    admin1: None | str | Unset = UNSET,
    location_id: int | None | Unset = UNSET,
    actor_id: int | None | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    event_type: None | str | Unset = UNSET,
    sub_event_type: list[str] | None | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    bbox: None | str | Unset = UNSET,
    near: None | str | Unset = UNSET,
    radius_km: float | None | Unset = UNSET,
    min_fatalities: int | None | Unset = UNSET,
    article_id: int | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    group_by: IncidentStatsGroupBy,
) -> IncidentStats | Problem | None:
    """Incident counts and fatalities per group

     Groups (largest first; weeks and months in date order), at most 1,000, for the same filters as the
    incident list. A null key collects incidents without that field (no date, no region).

    Args:
        country (list[str] | None | Unset): ISO 3166-1 alpha-2 code; repeat for several.
        admin1 (None | str | Unset): First-level region name, e.g. Borno.
        location_id (int | None | Unset): A location id.
        actor_id (int | None | Unset): An actor id.
        actor (None | str | Unset): An actor name or alias, e.g. JNIM.
        event_type (None | str | Unset): ACLED event type, e.g. Battles.
        sub_event_type (list[str] | None | Unset): ACLED sub-event type; repeat for several.
        date_from (datetime.date | None | Unset): Earliest event date (inclusive).
        date_to (datetime.date | None | Unset): Latest event date (inclusive).
        bbox (None | str | Unset): minLon,minLat,maxLon,maxLat.
        near (None | str | Unset): lat,lon; needs radius_km.
        radius_km (float | None | Unset): Radius around near, in km.
        min_fatalities (int | None | Unset): At least this many.
        article_id (int | None | Unset): From this article.
        updated_since (datetime.datetime | None | Unset): Changed after this instant: a change
            feed for syncing.
        q (None | str | Unset): Full-text search over summaries.
        group_by (IncidentStatsGroupBy): What to group by.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IncidentStats | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            country=country,
            admin1=admin1,
            location_id=location_id,
            actor_id=actor_id,
            actor=actor,
            event_type=event_type,
            sub_event_type=sub_event_type,
            date_from=date_from,
            date_to=date_to,
            bbox=bbox,
            near=near,
            radius_km=radius_km,
            min_fatalities=min_fatalities,
            article_id=article_id,
            updated_since=updated_since,
            q=q,
            group_by=group_by,
        )
    ).parsed
