"""SQL for incidents: the incident documents read back. Their writes: `reports`, as `service.incidents.merge`
decides."""

from __future__ import annotations

import math
from collections.abc import AsyncIterator

import asyncpg
import msgspec

from service.contract.filters import IncidentFilter
from service.contract.schemas import Incident
from service.extract import model

# Each incident's public JSON document (the shape of the v1 Incident) is stored with it, in `doc`, rewritten
# by incident_doc() (migration 0006) whenever the incident is written, so reads serve it as it is. A row
# without one, which no write leaves, would get one built on the spot rather than vanish from a page.
INCIDENT_DOC = "coalesce(i.doc, incident_doc(i))"  # json: bytes through the pool (service/db/pool.py)

_ACTORS_CALLED = "SELECT DISTINCT actor_id FROM actor_aliases WHERE fold(alias) = fold($1)"
_GET = f"SELECT {INCIDENT_DOC} FROM incidents i WHERE i.id = $1"  # nosec B608

# One page of an incident's reports, each as incident_report_doc() (migration 0021) writes it in the incident's
# document, with its evidence as its last member.
_REPORTS = """
SELECT r.article_id,
       (left(incident_report_doc(r)::text, -1) || ',"evidence":' || coalesce(
            (SELECT array_to_json(array_agg(
                        (SELECT row_to_json(x) FROM (SELECT e.article_id, e.field, e.start_offset AS "start",
                                                            e.end_offset AS "end", e.quote) x)
                        ORDER BY e.start_offset, e.field))
             FROM evidence e WHERE e.incident_id = r.incident_id AND e.article_id = r.article_id),
            '[]'::json)::text || '}') AS doc
FROM incident_reports r
WHERE r.incident_id = $1 AND r.article_id > $2
ORDER BY r.article_id
LIMIT $3
"""
_EXISTS = "SELECT EXISTS (SELECT FROM incidents WHERE id = $1)"

_decoder = msgspec.json.Decoder(Incident)


def decode(doc: bytes) -> Incident:
    return _decoder.decode(doc)


async def save_extraction(
    conn: asyncpg.Connection, article_id: int, incidents: list[model.Incident], version: str
) -> list[int]:
    """Save an article's incidents as its reports, merged with other articles' (`service.incidents.merge`);
    call inside a transaction."""
    from service.incidents import merge  # merge reads and writes through this package: imported when used

    return await merge.save_extraction(conn, article_id, incidents, version)


async def get(conn: asyncpg.Connection, incident_id: int) -> bytes | None:
    """The incident's JSON document."""
    doc: bytes | None = await conn.fetchval(_GET, incident_id)
    return doc


async def reports_page(
    conn: asyncpg.Connection, incident_id: int, after_article: int, limit: int
) -> list[tuple[int, bytes]] | None:
    """Up to `limit` of the incident's reports after article `after_article`, by article id, as (article id,
    JSON); None when the incident does not exist."""
    rows = await conn.fetch(_REPORTS, incident_id, after_article, limit)
    if not rows and not await conn.fetchval(_EXISTS, incident_id):
        return None
    return [(r["article_id"], r["doc"].encode()) for r in rows]


# Orderings: the sort key expression, its direction and how a cursor's key is cast back.
# Undated incidents sort last (newest first) under one indexed expression, which date filters use too.
DATE_KEY = "coalesce(i.event_date, DATE '0001-01-01')"
SORTS: dict[str, tuple[str, str, str]] = {
    "-date": (DATE_KEY, "DESC", "date"),
    "date": (DATE_KEY, "ASC", "date"),
    "-fatalities": ("coalesce(i.fatalities, -1)", "DESC", "integer"),
    "updated_at": ("i.updated_at", "ASC", "timestamptz"),
}
_JOIN_LOCATION = "LEFT JOIN locations l ON l.id = i.location_id"
_FROM = f"FROM incidents i {_JOIN_LOCATION}"
# incident_actors' copy of its incident's date, in the same expression (trigger-kept, migration 0008)
ACTOR_DATE_KEY = "coalesce(ia.event_date, DATE '0001-01-01')"


def _number(value: float) -> str:
    """A finite float as an SQL literal."""
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(f"not a finite number: {value!r}")
    return repr(number)


EARTH_KM_PER_DEGREE = 6378.168 * math.pi / 180  # on the sphere of earthdistance's earth(), 6,378.168 km


def _reach(radius_km: float) -> float:
    """A distance on the earth's surface in degrees of arc, with a margin for rounding."""
    return radius_km / EARTH_KM_PER_DEGREE * 1.001


def _latitude_band(lat: float, radius_km: float) -> tuple[float, float]:
    """The latitudes of the places within `radius_km` of a point at `lat`."""
    return max(-90.0, lat - _reach(radius_km)), min(90.0, lat + _reach(radius_km))


def _longitude_band(lat: float, lon: float, radius_km: float) -> tuple[float, float] | None:
    """Longitudes that hold every place within `radius_km` of (lat, lon), or None when the circle takes in a pole
    or crosses the antimeridian. A degree of longitude is shortest at the band's poleward edge, so the spread is
    taken there: wider than the circle's own, never narrower."""
    reach = _reach(radius_km)
    if abs(lat) + reach >= 89:
        return None
    spread = reach / math.cos(math.radians(abs(lat) + reach))
    if lon - spread < -180 or lon + spread > 180:
        return None
    return lon - spread, lon + spread


# The statements below are assembled from constant fragments; every value is a $n parameter, except numbers whose
# value decides the plan (the LIMIT, bbox, near, min_fatalities), which are written in as ints or finite floats:
# planned for a parameter, a prepared statement that first served a town's box would read a continent's the same
# way, every incident in it fetched and sorted, instead of walking the date order. That is why bandit's B608
# (string-built SQL) is silenced on them.
def where(f: IncidentFilter, args: list[object], *, by_actor: bool = False) -> str:
    """The WHERE clause of a filter, from fixed fragments; every value goes in `args` as a parameter.
    `by_actor`: the statement reads `f.actor_id`'s rows of incident_actors as `ia` (see search_sql)."""

    def p(value: object) -> str:
        args.append(value)
        return f"${len(args)}"

    clauses: list[str] = []
    if len(f.country) == 1:  # `=` lets the planner walk the (country, type, date) index in order
        clauses.append(f"i.country_code = {p(f.country[0])}::bpchar")
    elif f.country:
        clauses.append(f"i.country_code = ANY({p(list(f.country))}::bpchar[])")
    if f.admin1:  # the incident's copy of its place's region (migration 0009), in incidents_by_region's order
        clauses.append(f"fold(i.admin1) = fold({p(f.admin1)})")
    if f.location_id:
        clauses.append(f"i.location_id = {p(f.location_id)}")
    if f.actor_id and by_actor:
        # an actor named in two roles of one incident has two rows: the incident is read once, from the first
        clauses.append(f"ia.actor_id = {p(f.actor_id)}")
        clauses.append(
            "NOT EXISTS (SELECT 1 FROM incident_actors twin WHERE twin.incident_id = ia.incident_id "
            "AND twin.actor_id = ia.actor_id AND twin.role < ia.role)"
        )
    elif f.actor_id:
        clauses.append(
            f"EXISTS (SELECT 1 FROM incident_actors ia WHERE ia.incident_id = i.id AND ia.actor_id = {p(f.actor_id)})"  # nosec B608
        )
    if f.actor:
        clauses.append(
            "EXISTS (SELECT 1 FROM incident_actors ia JOIN actor_aliases aa ON aa.actor_id = ia.actor_id "
            f"WHERE ia.incident_id = i.id AND fold(aa.alias) = fold({p(f.actor)}))"  # nosec B608
        )
    if f.event_type:
        clauses.append(f"i.event_type = {p(f.event_type)}")
    if f.sub_event_type:
        clauses.append(f"i.sub_event_type = ANY({p(list(f.sub_event_type))}::text[])")
    if f.date_from:
        clauses.append(f"{DATE_KEY} >= {p(f.date_from)}")
    if f.date_to:
        clauses.append(f"{DATE_KEY} <= {p(f.date_to)} AND i.event_date IS NOT NULL")
    if f.bbox:
        min_lon, min_lat, max_lon, max_lat = map(_number, f.bbox)
        clauses.append(f"l.longitude BETWEEN {min_lon} AND {max_lon}")
        clauses.append(f"l.latitude BETWEEN {min_lat} AND {max_lat}")
    if f.near and f.radius_km:
        # The circle's bounding box finds the candidate places through locations_by_coordinates and lets PostgreSQL
        # estimate how many there are (it cannot estimate a cube test), so that a wide circle is read in date
        # order and a narrow one from its places; the distance then keeps the places inside the circle.
        (south, north), across = _latitude_band(f.near[0], f.radius_km), _longitude_band(*f.near, f.radius_km)
        clauses.append(f"l.latitude BETWEEN {_number(south)} AND {_number(north)}")
        if across is not None:
            clauses.append(f"l.longitude BETWEEN {_number(across[0])} AND {_number(across[1])}")
        lat, lon, metres = _number(f.near[0]), _number(f.near[1]), _number(f.radius_km * 1000)
        clauses.append(f"earth_distance(ll_to_earth({lat}, {lon}), ll_to_earth(l.latitude, l.longitude)) <= {metres}")
    if f.min_fatalities is not None:
        # a high threshold reads its few incidents from incidents_by_fatalities, a low one walks the date order. No
        # count of deaths is negative, so a threshold below 0 is 0, and NULL (unknown), as -1, is below every one
        clauses.append(f"coalesce(i.fatalities, -1) >= {max(int(f.min_fatalities), 0)}")
    if f.article_id:
        # every incident the article reports, merged with other articles' reports or not
        clauses.append(
            f"i.id IN (SELECT r.incident_id FROM incident_reports r WHERE r.article_id = {p(f.article_id)})"  # nosec B608
        )
    if f.updated_since:
        clauses.append(f"i.updated_at > {p(f.updated_since)}")
    if f.q:
        clauses.append(f"to_tsvector('english', i.summary) @@ websearch_to_tsquery('english', {p(f.q)})")
    return " AND ".join(clauses) or "TRUE"


def search_sql(f: IncidentFilter, sort: str, after: tuple[str, int] | None, limit: int) -> tuple[str, list[object]]:
    """The statement of one page in `sort` order after the (key, id) position, and its parameters."""
    expression, direction, cast = SORTS[sort]
    source, row_id = _FROM, "i.id"
    by_actor = f.actor_id is not None and expression == DATE_KEY
    if by_actor:
        # the actor's incidents in date order from incident_actors_by_date (migration 0008), which carries each
        # incident's date: a page stops after its rows however busy or rare the actor is
        expression, row_id = ACTOR_DATE_KEY, "ia.incident_id"
        source = f"FROM incident_actors ia JOIN incidents i ON i.id = ia.incident_id {_JOIN_LOCATION}"
    args: list[object] = []
    clause = where(f, args, by_actor=by_actor)
    if after is not None:
        key, last_id = after
        op = "<" if direction == "DESC" else ">"
        args.extend([key, last_id])
        clause += f" AND ({expression}, {row_id}) {op} (${len(args) - 1}::text::{cast}, ${len(args)})"
    # the limit is written into the statement (an int): with it known, PostgreSQL settles on a generic plan for
    # the prepared statement instead of planning every execution
    sql = (
        f"SELECT i.id, {expression}::text AS sort_key, {INCIDENT_DOC} AS doc, "  # nosec B608
        f"concat(i.id, ':', i.xmin) AS version {source} WHERE {clause} "
        f"ORDER BY {expression} {direction}, {row_id} {direction} LIMIT {int(limit)}"
    )
    return sql, args


async def by_actor_id(conn: asyncpg.Connection, f: IncidentFilter) -> IncidentFilter:
    """The filter with an `actor` name or alias that is one actor's turned into that actor's id, whose incidents
    a page reads in date order from one index."""
    if not f.actor or f.actor_id is not None:
        return f
    actors = await conn.fetch(_ACTORS_CALLED, f.actor)
    if len(actors) != 1:
        return f
    return msgspec.structs.replace(f, actor=None, actor_id=actors[0]["actor_id"])


async def search(
    conn: asyncpg.Connection, f: IncidentFilter, sort: str, after: tuple[str, int] | None, limit: int
) -> list[asyncpg.Record]:
    """A page of incidents in `sort` order after the (key, id) position: each row's id, sort key, JSON
    document and version (its id and xmin, which every write of the row changes), in that order. Records
    rather than objects of our own: a page is read on every request, and its documents go out as they are."""
    sql, args = search_sql(await by_actor_id(conn, f), sort, after, limit)
    return await conn.fetch(sql, *args)  # type: ignore[no-any-return]


async def export(conn: asyncpg.Connection, f: IncidentFilter, sort: str) -> AsyncIterator[bytes]:
    """Every matching incident as a JSON document, read through a server-side cursor (call in a transaction)."""
    expression, direction, _ = SORTS[sort]
    args: list[object] = []
    sql = f"SELECT {INCIDENT_DOC} AS doc {_FROM} WHERE {where(f, args)} ORDER BY {expression} {direction}, i.id"
    async for row in conn.cursor(sql, *args, prefetch=500):
        yield row["doc"]


STATS_GROUPS: dict[str, tuple[str, str]] = {
    "country": ("i.country_code::text", ""),
    "admin1": ("l.admin1", ""),
    "event_type": ("i.event_type", ""),
    "actor": ("ga.name", "JOIN incident_actors gia ON gia.incident_id = i.id JOIN actors ga ON ga.id = gia.actor_id"),
    "week": ("date_trunc('week', i.event_date)::date::text", ""),
    "month": ("date_trunc('month', i.event_date)::date::text", ""),
}


async def stats(conn: asyncpg.Connection, f: IncidentFilter, group_by: str) -> list[tuple[str | None, int, int]]:
    """Incident counts and fatality sums per group, largest first (at most 1,000 groups)."""
    expression, join = STATS_GROUPS[group_by]
    args: list[object] = []
    clause = where(f, args)
    order = "1" if group_by in {"week", "month"} else "2 DESC, 1"
    sql = (
        f"SELECT {expression} AS key, count(*) AS incidents, coalesce(sum(i.fatalities), 0) AS fatalities "
        f"{_FROM} {join} WHERE {clause} GROUP BY 1 ORDER BY {order} LIMIT 1000"
    )
    return [(r["key"], r["incidents"], r["fatalities"]) for r in await conn.fetch(sql, *args)]


async def source_urls(conn: asyncpg.Connection, article_ids: list[int]) -> dict[int, str | None]:
    rows = await conn.fetch("SELECT id, url FROM articles WHERE id = ANY($1::bigint[])", article_ids)
    return {r["id"]: r["url"] for r in rows}
