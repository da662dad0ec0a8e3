"""SQL for actors."""

from __future__ import annotations

import asyncpg
import msgspec

from service.contract.schemas import Actor

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


_LIST = """
SELECT a.id, json_build_object(
    'id', a.id, 'name', a.name, 'type', a.type, 'country_code', a.country_code, 'affiliation', a.affiliation,
    'aliases', coalesce((SELECT json_agg(al.alias ORDER BY al.alias) FROM actor_aliases al
                         WHERE al.actor_id = a.id AND al.alias <> a.name), '[]'::json),
    'incident_count', s.incidents, 'first_seen', s.first_seen, 'last_seen', s.last_seen
)::text AS doc
FROM actors a
CROSS JOIN LATERAL (
    SELECT count(DISTINCT ia.incident_id) AS incidents, min(i.event_date) AS first_seen, max(i.event_date) AS last_seen
    FROM incident_actors ia JOIN incidents i ON i.id = ia.incident_id WHERE ia.actor_id = a.id
) s
WHERE a.id > $1
  AND ($2::text IS NULL OR fold(a.name) % fold($2) OR fold(a.name) LIKE '%' || fold($2) || '%'
       OR EXISTS (SELECT 1 FROM actor_aliases al WHERE al.actor_id = a.id
                  AND (fold(al.alias) % fold($2) OR fold(al.alias) LIKE '%' || fold($2) || '%')))
  AND ($3::text IS NULL OR a.type = $3)
  AND ($4::text IS NULL OR a.country_code = $4)
ORDER BY a.id
LIMIT $5
"""
_BY_EVENT_TYPE = """
SELECT i.event_type, count(*) AS n FROM incident_actors ia JOIN incidents i ON i.id = ia.incident_id
WHERE ia.actor_id = $1 GROUP BY 1 ORDER BY 2 DESC, 1
"""


async def search(
    conn: asyncpg.Connection, *, q: str | None, type_: str | None, country: str | None, after_id: int, limit: int
) -> list[Actor]:
    rows = await conn.fetch(_LIST, after_id, q, type_, country, limit)
    return [_decoder.decode(r["doc"]) for r in rows]


async def counts_by_event_type(conn: asyncpg.Connection, actor_id: int) -> dict[str, int]:
    return {r["event_type"]: r["n"] for r in await conn.fetch(_BY_EVENT_TYPE, actor_id)}
