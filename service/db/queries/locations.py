"""SQL for locations."""

from __future__ import annotations

import asyncpg
import msgspec

from service.api.v1.schemas import Location

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
