"""SQL for locations."""

from __future__ import annotations

import asyncpg
import msgspec

from service.contract.schemas import Location

_GET = """
SELECT json_build_object(
    'id', l.id, 'name', l.name, 'country_code', l.country_code, 'admin1', l.admin1,
    'latitude', l.latitude, 'longitude', l.longitude, 'precision', l.precision,
    'geoname_id', l.geoname_id,
    'incident_count', (SELECT count(*) FROM incidents i WHERE i.location_id = l.id)
)::text
FROM locations l WHERE l.id = $1
"""

_decoder = msgspec.json.Decoder(Location)


async def get(conn: asyncpg.Connection, location_id: int) -> Location | None:
    doc = await conn.fetchval(_GET, location_id)
    return None if doc is None else _decoder.decode(doc)


_LIST = """
SELECT json_build_object(
    'id', l.id, 'name', l.name, 'country_code', l.country_code, 'admin1', l.admin1,
    'latitude', l.latitude, 'longitude', l.longitude, 'precision', l.precision, 'geoname_id', l.geoname_id,
    'incident_count', (SELECT count(*) FROM incidents i WHERE i.location_id = l.id)
)::text AS doc
FROM locations l
WHERE l.id > $1
  AND ($2::text IS NULL OR fold(l.name) % fold($2) OR fold(l.name) LIKE '%' || fold($2) || '%')
  AND ($3::text IS NULL OR l.country_code = $3)
  AND ($4::float8 IS NULL OR l.longitude BETWEEN $4 AND $6)
  AND ($5::float8 IS NULL OR l.latitude BETWEEN $5 AND $7)
ORDER BY l.id
LIMIT $8
"""


async def search(
    conn: asyncpg.Connection,
    *,
    q: str | None,
    country: str | None,
    bbox: tuple[float, float, float, float] | None,
    after_id: int,
    limit: int,
) -> list[Location]:
    box: tuple[float | None, ...] = bbox or (None, None, None, None)
    rows = await conn.fetch(_LIST, after_id, q, country, box[0], box[1], box[2], box[3], limit)
    return [_decoder.decode(r["doc"]) for r in rows]
