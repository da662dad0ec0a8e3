"""The incident filters, each declared once, as a field of `IncidentFilter`.

A field's type is the filter's value once validated, and its `Query` annotation the query parameter clients give:
its type in the query string, bounds, description, example, and how its value becomes the field's. From that one
declaration the API derives the list's and the statistics' query parameters (and so the OpenAPI document), the
database derives the SQL of the list, the exports (GeoJSON, CSV, NDJSON) and the statistics
(`service.db.queries.incidents.where`), and `parse` validates a request's values.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import typing
from collections.abc import Callable, Mapping
from typing import Annotated, Any, Literal

import msgspec

from service.contract.taxonomy import EVENT_TYPES, SUB_EVENT_TYPES

Sort = Literal["-date", "date", "-fatalities", "updated_at"]
SORTS: tuple[Sort, ...] = typing.get_args(Sort)
ID_MAX = 2**63 - 1
_ISO2 = re.compile(r"^[A-Z]{2}$")


class InvalidFilter(ValueError):
    """A filter value that cannot be used; `parameter` names its query parameter."""

    def __init__(self, parameter: str, detail: str):
        super().__init__(detail)
        self.parameter = parameter
        self.detail = detail


def _same(value: Any) -> Any:
    return value


@dataclasses.dataclass(frozen=True, kw_only=True)
class Query:
    """How clients give a filter: a query parameter of type `type` (absent: the filter is off), within the
    bounds given, turned into the field's value by `parse` (which raises InvalidFilter)."""

    type: Any
    description: str
    example: object = None
    ge: float | None = None
    gt: float | None = None
    le: float | None = None
    max_length: int | None = None
    parse: Callable[[Any], Any] = _same


def _numbers(parameter: str, value: str, count: int) -> list[float]:
    parts = value.split(",")
    if len(parts) != count:
        raise InvalidFilter(parameter, f"{parameter} needs {count} comma-separated numbers, got {len(parts)}")
    try:
        return [float(p) for p in parts]
    except ValueError as exc:
        raise InvalidFilter(parameter, f"{parameter} must be numbers: {value!r}") from exc


def _check_lat_lon(parameter: str, lat: float, lon: float) -> None:
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise InvalidFilter(parameter, f"{parameter} is outside latitude -90..90 / longitude -180..180")


def parse_bbox(bbox: str) -> tuple[float, float, float, float]:
    """minLon,minLat,maxLon,maxLat as numbers, checked."""
    min_lon, min_lat, max_lon, max_lat = _numbers("bbox", bbox, 4)
    _check_lat_lon("bbox", min_lat, min_lon)
    _check_lat_lon("bbox", max_lat, max_lon)
    if min_lon > max_lon or min_lat > max_lat:
        raise InvalidFilter("bbox", "bbox is minLon,minLat,maxLon,maxLat with min <= max")
    return min_lon, min_lat, max_lon, max_lat


def _near(near: str) -> tuple[float, float]:
    lat, lon = _numbers("near", near, 2)
    _check_lat_lon("near", lat, lon)
    return lat, lon


def _countries(values: list[str]) -> tuple[str, ...]:
    codes = tuple(c.upper() for c in values)
    for code in codes:
        if not _ISO2.match(code):
            raise InvalidFilter("country", f"country must be an ISO 3166-1 alpha-2 code, got {code!r}")
    return codes


def _event_type(value: str) -> str:
    if value not in EVENT_TYPES:
        raise InvalidFilter("event_type", f"unknown event_type {value!r}; one of: {', '.join(EVENT_TYPES)}")
    return value


def _sub_event_types(values: list[str]) -> tuple[str, ...]:
    for sub in values:
        if sub not in SUB_EVENT_TYPES:
            raise InvalidFilter("sub_event_type", f"unknown sub_event_type {sub!r}")
    return tuple(values)


def _text(value: str) -> str | None:
    return value.strip() or None


class IncidentFilter(msgspec.Struct, frozen=True, kw_only=True):
    """Filters of the incident list, its exports and the statistics; every one given must hold."""

    # fmt: off
    country: Annotated[
        tuple[str, ...],
        Query(type=list[str], description="ISO 3166-1 alpha-2 code; repeat for several.", example=["ML"],
              parse=_countries),
    ] = ()
    admin1: Annotated[
        str | None, Query(type=str, description="First-level region name, e.g. Borno.", example="Borno")
    ] = None
    location_id: Annotated[int | None, Query(type=int, description="A location id.", ge=1, le=ID_MAX)] = None
    actor_id: Annotated[int | None, Query(type=int, description="An actor id.", ge=1, le=ID_MAX)] = None
    actor: Annotated[
        str | None, Query(type=str, description="An actor name or alias, e.g. JNIM.", example="JNIM")
    ] = None
    event_type: Annotated[
        str | None,
        Query(type=str, description="ACLED event type, e.g. Battles.", example="Battles", parse=_event_type),
    ] = None
    sub_event_type: Annotated[
        tuple[str, ...],
        Query(type=list[str], description="ACLED sub-event type; repeat for several.", example=["Armed clash"],
              parse=_sub_event_types),
    ] = ()
    date_from: Annotated[
        dt.date | None, Query(type=dt.date, description="Earliest event date (inclusive).", example="2025-06-01")
    ] = None
    date_to: Annotated[
        dt.date | None, Query(type=dt.date, description="Latest event date (inclusive).", example="2025-06-30")
    ] = None
    bbox: Annotated[
        tuple[float, float, float, float] | None,  # min lon, min lat, max lon, max lat
        Query(type=str, description="minLon,minLat,maxLon,maxLat.", example="-12.5,13.5,-10.5,15.5",
              parse=parse_bbox),
    ] = None
    near: Annotated[
        tuple[float, float] | None,  # lat, lon
        Query(type=str, description="lat,lon; needs radius_km.", example="16.77,-3.01", parse=_near),
    ] = None
    radius_km: Annotated[
        float | None, Query(type=float, description="Radius around near, in km.", gt=0, le=20000)
    ] = None
    min_fatalities: Annotated[
        int | None, Query(type=int, description="At least this many.", ge=0, le=2**31 - 1)
    ] = None
    article_id: Annotated[int | None, Query(type=int, description="From this article.", ge=1, le=ID_MAX)] = None
    updated_since: Annotated[
        dt.datetime | None,
        Query(type=dt.datetime, description="Changed after this instant: a change feed for syncing."),
    ] = None
    q: Annotated[
        str | None,
        Query(type=str, description="Full-text search over summaries.", example="drone strike", max_length=200,
              parse=_text),
    ] = None
    # fmt: on


def _declarations() -> dict[str, Query]:
    hints = typing.get_type_hints(IncidentFilter, include_extras=True)
    found = {}
    for field in msgspec.structs.fields(IncidentFilter):
        queries = [m for m in getattr(hints[field.name], "__metadata__", ()) if isinstance(m, Query)]
        if len(queries) != 1:
            raise TypeError(f"IncidentFilter.{field.name} needs one Query annotation")
        found[field.name] = queries[0]
    return found


FILTERS: Mapping[str, Query] = _declarations()
"""Every filter's query parameter, by name, in the order of IncidentFilter's fields."""


def parse(given: Mapping[str, Any]) -> IncidentFilter:
    """The filter of a request's query values (by parameter name; None or absent: not given), validated."""
    values = {name: query.parse(given[name]) for name, query in FILTERS.items() if given.get(name) is not None}
    f = IncidentFilter(**values)
    if f.date_from and f.date_to and f.date_from > f.date_to:
        raise InvalidFilter("date_from", "date_from is after date_to")
    if f.near is not None and f.radius_km is None:
        raise InvalidFilter("radius_km", "near needs radius_km")
    if f.radius_km is not None and f.near is None:
        raise InvalidFilter("near", "radius_km needs near=lat,lon")
    return f
