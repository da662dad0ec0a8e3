"""The filters shared by the incident list, its exports and the statistics, parsed and validated once."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

import msgspec
from litestar.di import NamedDependency
from litestar.openapi.spec import Example
from litestar.params import Parameter

from service.errors import InvalidParameter
from service.taxonomy import EVENT_TYPES, SUB_EVENT_TYPES

Sort = Literal["-date", "date", "-fatalities", "updated_at"]
_ISO2 = re.compile(r"^[A-Z]{2}$")


class IncidentFilter(msgspec.Struct, frozen=True, kw_only=True):
    country: tuple[str, ...] = ()
    admin1: str | None = None
    location_id: int | None = None
    actor_id: int | None = None
    actor: str | None = None
    event_type: str | None = None
    sub_event_type: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    bbox: tuple[float, float, float, float] | None = None  # min lon, min lat, max lon, max lat
    near: tuple[float, float] | None = None  # lat, lon
    radius_km: float | None = None
    min_fatalities: int | None = None
    article_id: int | None = None
    updated_since: dt.datetime | None = None
    q: str | None = None


def _numbers(parameter: str, value: str, count: int) -> list[float]:
    parts = value.split(",")
    if len(parts) != count:
        raise InvalidParameter(parameter, f"{parameter} needs {count} comma-separated numbers, got {len(parts)}")
    try:
        return [float(p) for p in parts]
    except ValueError as exc:
        raise InvalidParameter(parameter, f"{parameter} must be numbers: {value!r}") from exc


def parse_bbox(bbox: str) -> tuple[float, float, float, float]:
    min_lon, min_lat, max_lon, max_lat = _numbers("bbox", bbox, 4)
    _check_lat_lon("bbox", min_lat, min_lon)
    _check_lat_lon("bbox", max_lat, max_lon)
    if min_lon > max_lon or min_lat > max_lat:
        raise InvalidParameter("bbox", "bbox is minLon,minLat,maxLon,maxLat with min <= max")
    return min_lon, min_lat, max_lon, max_lat


def _check_lat_lon(parameter: str, lat: float, lon: float) -> None:
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise InvalidParameter(parameter, f"{parameter} is outside latitude -90..90 / longitude -180..180")


async def provide_incident_filter(
    country: Annotated[
        list[str] | None,
        Parameter(description="ISO 3166-1 alpha-2 code; repeat for several.", examples=[Example(value=["ML"])]),
    ] = None,
    admin1: Annotated[
        str | None, Parameter(description="First-level region name, e.g. Borno.", examples=[Example(value="Borno")])
    ] = None,
    location_id: Annotated[int | None, Parameter(ge=1, le=2**63 - 1, description="A location id.")] = None,
    actor_id: Annotated[int | None, Parameter(ge=1, le=2**63 - 1, description="An actor id.")] = None,
    actor: Annotated[
        str | None, Parameter(description="An actor name or alias, e.g. JNIM.", examples=[Example(value="JNIM")])
    ] = None,
    event_type: Annotated[
        str | None, Parameter(description="ACLED event type, e.g. Battles.", examples=[Example(value="Battles")])
    ] = None,
    sub_event_type: Annotated[
        list[str] | None,
        Parameter(description="ACLED sub-event type; repeat for several.", examples=[Example(value=["Armed clash"])]),
    ] = None,
    date_from: Annotated[
        dt.date | None,
        Parameter(description="Earliest event date (inclusive).", examples=[Example(value="2025-06-01")]),
    ] = None,
    date_to: Annotated[
        dt.date | None, Parameter(description="Latest event date (inclusive).", examples=[Example(value="2025-06-30")])
    ] = None,
    bbox: Annotated[
        str | None,
        Parameter(description="minLon,minLat,maxLon,maxLat.", examples=[Example(value="-12.5,13.5,-10.5,15.5")]),
    ] = None,
    near: Annotated[
        str | None, Parameter(description="lat,lon; needs radius_km.", examples=[Example(value="16.77,-3.01")])
    ] = None,
    radius_km: Annotated[float | None, Parameter(gt=0, le=20000, description="Radius around near, in km.")] = None,
    min_fatalities: Annotated[int | None, Parameter(ge=0, le=2**31 - 1, description="At least this many.")] = None,
    article_id: Annotated[int | None, Parameter(ge=1, le=2**63 - 1, description="From this article.")] = None,
    updated_since: Annotated[
        dt.datetime | None, Parameter(description="Changed after this instant: a change feed for syncing.")
    ] = None,
    q: Annotated[
        str | None,
        Parameter(
            max_length=200, description="Full-text search over summaries.", examples=[Example(value="drone strike")]
        ),
    ] = None,
) -> FilterParams:
    """The incident filters of a request, as given; handlers validate them with `FilterParams.validate`."""
    return FilterParams(
        country=country, admin1=admin1, location_id=location_id, actor_id=actor_id, actor=actor,
        event_type=event_type, sub_event_type=sub_event_type, date_from=date_from, date_to=date_to, bbox=bbox,
        near=near, radius_km=radius_km, min_fatalities=min_fatalities, article_id=article_id,
        updated_since=updated_since, q=q,
    )  # fmt: skip


class FilterParams(msgspec.Struct, frozen=True, kw_only=True):
    """Filter query parameters before validation. Handlers validate them before taking a connection, so a
    request with bad filters never holds one."""

    country: list[str] | None
    admin1: str | None
    location_id: int | None
    actor_id: int | None
    actor: str | None
    event_type: str | None
    sub_event_type: list[str] | None
    date_from: dt.date | None
    date_to: dt.date | None
    bbox: str | None
    near: str | None
    radius_km: float | None
    min_fatalities: int | None
    article_id: int | None
    updated_since: dt.datetime | None
    q: str | None

    def validate(self) -> IncidentFilter:
        return _validate(self)


def _validate(raw: FilterParams) -> IncidentFilter:
    country, event_type, sub_event_type = raw.country, raw.event_type, raw.sub_event_type
    date_from, date_to, bbox, near, radius_km, q = raw.date_from, raw.date_to, raw.bbox, raw.near, raw.radius_km, raw.q
    countries = tuple(c.upper() for c in country or ())
    for code in countries:
        if not _ISO2.match(code):
            raise InvalidParameter("country", f"country must be an ISO 3166-1 alpha-2 code, got {code!r}")
    if event_type is not None and event_type not in EVENT_TYPES:
        raise InvalidParameter("event_type", f"unknown event_type {event_type!r}; one of: {', '.join(EVENT_TYPES)}")
    subs = tuple(sub_event_type or ())
    for sub in subs:
        if sub not in SUB_EVENT_TYPES:
            raise InvalidParameter("sub_event_type", f"unknown sub_event_type {sub!r}")
    if date_from and date_to and date_from > date_to:
        raise InvalidParameter("date_from", "date_from is after date_to")
    box = parse_bbox(bbox) if bbox is not None else None
    point = None
    if near is not None:
        lat, lon = _numbers("near", near, 2)
        _check_lat_lon("near", lat, lon)
        point = (lat, lon)
        if radius_km is None:
            raise InvalidParameter("radius_km", "near needs radius_km")
    elif radius_km is not None:
        raise InvalidParameter("near", "radius_km needs near=lat,lon")
    return IncidentFilter(
        country=countries, admin1=raw.admin1, location_id=raw.location_id, actor_id=raw.actor_id, actor=raw.actor,
        event_type=event_type, sub_event_type=subs, date_from=date_from, date_to=date_to, bbox=box, near=point,
        radius_km=radius_km, min_fatalities=raw.min_fatalities, article_id=raw.article_id,
        updated_since=raw.updated_since, q=q.strip() or None if q else None,
    )  # fmt: skip


Filters = NamedDependency[FilterParams]
"""Handler parameter type for the request's incident filters (the ``filters`` dependency)."""
