"""SQL for actors."""

from __future__ import annotations

import asyncpg
import msgspec

from service.api.v1.schemas import Actor

_GET = """
SELECT json_build_object(
    'id', a.id, 'name', a.name, 'type', a.type, 'country_code', a.country_code,
    'affiliation', a.affiliation,
    'aliases', coalesce((SELECT json_agg(al.alias ORDER BY al.alias) FROM actor_aliases al
                         WHERE al.actor_id = a.id AND al.alias <> a.name), '[]'::json),
    'incident_count', (SELECT count(DISTINCT ia.incident_id) FROM incident_actors ia WHERE ia.actor_id = a.id),
    'first_seen', (SELECT min(i.event_date) FROM incident_actors ia JOIN incidents i ON i.id = ia.incident_id
                   WHERE ia.actor_id = a.id),
    'last_seen', (SELECT max(i.event_date) FROM incident_actors ia JOIN incidents i ON i.id = ia.incident_id
                  WHERE ia.actor_id = a.id)
)::text
FROM actors a WHERE a.id = $1
"""

_decoder = msgspec.json.Decoder(Actor)


async def get(conn: asyncpg.Connection, actor_id: int) -> Actor | None:
    doc = await conn.fetchval(_GET, actor_id)
    return None if doc is None else _decoder.decode(doc)
