import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.incident_page import IncidentPage
from ...models.list_incidents_format_type_1 import ListIncidentsFormatType1
from ...models.list_incidents_format_type_2_type_1 import ListIncidentsFormatType2Type1
from ...models.list_incidents_format_type_3_type_1 import ListIncidentsFormatType3Type1
from ...models.list_incidents_sort import ListIncidentsSort
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
    sort: ListIncidentsSort | Unset = ListIncidentsSort.VALUE_0,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    format_: ListIncidentsFormatType1
    | ListIncidentsFormatType2Type1
    | ListIncidentsFormatType3Type1
    | None
    | Unset = UNSET,
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

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["limit"] = limit

    json_format_: None | str | Unset
    if isinstance(format_, Unset):
        json_format_ = UNSET
    elif isinstance(format_, ListIncidentsFormatType1):
        json_format_ = format_.value
    elif isinstance(format_, ListIncidentsFormatType2Type1):
        json_format_ = format_.value
    elif isinstance(format_, ListIncidentsFormatType3Type1):
        json_format_ = format_.value
    else:
        json_format_ = format_
    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/incidents",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> IncidentPage | Problem | None:
    if response.status_code == 200:
        response_200 = IncidentPage.from_dict(response.json())

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
) -> Response[IncidentPage | Problem]:
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
    sort: ListIncidentsSort | Unset = ListIncidentsSort.VALUE_0,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    format_: ListIncidentsFormatType1
    | ListIncidentsFormatType2Type1
    | ListIncidentsFormatType3Type1
    | None
    | Unset = UNSET,
) -> Response[IncidentPage | Problem]:
    """List incidents

     Incidents matching every given filter, newest first by default, in pages joined by an opaque
    `next_cursor`: a page costs the same however deep it is, and no row is skipped or repeated while new
    incidents arrive. `format=geojson` (or `Accept: application/geo+json`) gives a GeoJSON
    FeatureCollection, `format=csv` ACLED-like CSV rows, and `format=ndjson` streams every matching
    incident, one JSON document per line, ignoring `limit` and `cursor`.

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
        sort (ListIncidentsSort | Unset): Order: -date (default), date, -fatalities, updated_at.
            Default: ListIncidentsSort.VALUE_0.
        cursor (None | str | Unset): next_cursor of the page before.
        limit (int | Unset): Page size, 1 to 500. Default: 50.
        format_ (ListIncidentsFormatType1 | ListIncidentsFormatType2Type1 |
            ListIncidentsFormatType3Type1 | None | Unset): json (default), geojson, csv or ndjson.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IncidentPage | Problem]
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
        sort=sort,
        cursor=cursor,
        limit=limit,
        format_=format_,
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
    sort: ListIncidentsSort | Unset = ListIncidentsSort.VALUE_0,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    format_: ListIncidentsFormatType1
    | ListIncidentsFormatType2Type1
    | ListIncidentsFormatType3Type1
    | None
    | Unset = UNSET,
) -> IncidentPage | Problem | None:
    """List incidents

     Incidents matching every given filter, newest first by default, in pages joined by an opaque
    `next_cursor`: a page costs the same however deep it is, and no row is skipped or repeated while new
    incidents arrive. `format=geojson` (or `Accept: application/geo+json`) gives a GeoJSON
    FeatureCollection, `format=csv` ACLED-like CSV rows, and `format=ndjson` streams every matching
    incident, one JSON document per line, ignoring `limit` and `cursor`.

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
        sort (ListIncidentsSort | Unset): Order: -date (default), date, -fatalities, updated_at.
            Default: ListIncidentsSort.VALUE_0.
        cursor (None | str | Unset): next_cursor of the page before.
        limit (int | Unset): Page size, 1 to 500. Default: 50.
        format_ (ListIncidentsFormatType1 | ListIncidentsFormatType2Type1 |
            ListIncidentsFormatType3Type1 | None | Unset): json (default), geojson, csv or ndjson.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IncidentPage | Problem
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
        sort=sort,
        cursor=cursor,
        limit=limit,
        format_=format_,
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
    sort: ListIncidentsSort | Unset = ListIncidentsSort.VALUE_0,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    format_: ListIncidentsFormatType1
    | ListIncidentsFormatType2Type1
    | ListIncidentsFormatType3Type1
    | None
    | Unset = UNSET,
) -> Response[IncidentPage | Problem]:
    """List incidents

     Incidents matching every given filter, newest first by default, in pages joined by an opaque
    `next_cursor`: a page costs the same however deep it is, and no row is skipped or repeated while new
    incidents arrive. `format=geojson` (or `Accept: application/geo+json`) gives a GeoJSON
    FeatureCollection, `format=csv` ACLED-like CSV rows, and `format=ndjson` streams every matching
    incident, one JSON document per line, ignoring `limit` and `cursor`.

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
        sort (ListIncidentsSort | Unset): Order: -date (default), date, -fatalities, updated_at.
            Default: ListIncidentsSort.VALUE_0.
        cursor (None | str | Unset): next_cursor of the page before.
        limit (int | Unset): Page size, 1 to 500. Default: 50.
        format_ (ListIncidentsFormatType1 | ListIncidentsFormatType2Type1 |
            ListIncidentsFormatType3Type1 | None | Unset): json (default), geojson, csv or ndjson.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IncidentPage | Problem]
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
        sort=sort,
        cursor=cursor,
        limit=limit,
        format_=format_,
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
    sort: ListIncidentsSort | Unset = ListIncidentsSort.VALUE_0,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    format_: ListIncidentsFormatType1
    | ListIncidentsFormatType2Type1
    | ListIncidentsFormatType3Type1
    | None
    | Unset = UNSET,
) -> IncidentPage | Problem | None:
    """List incidents

     Incidents matching every given filter, newest first by default, in pages joined by an opaque
    `next_cursor`: a page costs the same however deep it is, and no row is skipped or repeated while new
    incidents arrive. `format=geojson` (or `Accept: application/geo+json`) gives a GeoJSON
    FeatureCollection, `format=csv` ACLED-like CSV rows, and `format=ndjson` streams every matching
    incident, one JSON document per line, ignoring `limit` and `cursor`.

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
        sort (ListIncidentsSort | Unset): Order: -date (default), date, -fatalities, updated_at.
            Default: ListIncidentsSort.VALUE_0.
        cursor (None | str | Unset): next_cursor of the page before.
        limit (int | Unset): Page size, 1 to 500. Default: 50.
        format_ (ListIncidentsFormatType1 | ListIncidentsFormatType2Type1 |
            ListIncidentsFormatType3Type1 | None | Unset): json (default), geojson, csv or ndjson.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IncidentPage | Problem
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
            sort=sort,
            cursor=cursor,
            limit=limit,
            format_=format_,
        )
    ).parsed
