"""SQL for incidents: the one-transaction write of an extraction, and the incident documents read back."""

from __future__ import annotations

import asyncpg
import msgspec

from service.api.v1.schemas import Incident
from service.extract import model

_UPSERT_LOCATION = """
INSERT INTO locations (key, geoname_id, name, country_code, admin1, latitude, longitude, precision)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
ON CONFLICT (key) DO UPDATE SET key = EXCLUDED.key
RETURNING id
"""

_UPSERT_ACTOR = """
WITH ins AS (
    INSERT INTO actors (name, type, country_code, affiliation) VALUES ($1, $2, $3, $4)
    ON CONFLICT (name) DO NOTHING
    RETURNING id
)
SELECT id FROM ins UNION ALL SELECT id FROM actors WHERE name = $1
LIMIT 1
"""

_ADD_ALIASES = """
INSERT INTO actor_aliases (actor_id, alias)
SELECT $1, alias FROM unnest($2::text[]) AS alias
ON CONFLICT DO NOTHING
"""

_UPSERT_INCIDENT = """
INSERT INTO incidents (article_id, key, event_type, sub_event_type, event_date, date_precision, location_id,
    country_code, fatalities, fatalities_low, fatalities_high, fatalities_source, summary, confidence,
    extractor_version)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
ON CONFLICT (article_id, key) DO UPDATE SET
    event_type = EXCLUDED.event_type, sub_event_type = EXCLUDED.sub_event_type,
    event_date = EXCLUDED.event_date, date_precision = EXCLUDED.date_precision,
    location_id = EXCLUDED.location_id, country_code = EXCLUDED.country_code,
    fatalities = EXCLUDED.fatalities, fatalities_low = EXCLUDED.fatalities_low,
    fatalities_high = EXCLUDED.fatalities_high, fatalities_source = EXCLUDED.fatalities_source,
    summary = EXCLUDED.summary, confidence = EXCLUDED.confidence,
    extractor_version = EXCLUDED.extractor_version, updated_at = now()
RETURNING id
"""

_DELETE_STALE = "DELETE FROM incidents WHERE article_id = $1 AND NOT (key = any($2::text[]))"
_CLEAR_ACTORS = "DELETE FROM incident_actors WHERE incident_id = $1"
_CLEAR_EVIDENCE = "DELETE FROM evidence WHERE incident_id = $1"
_INSERT_ACTOR_ROLE = (
    "INSERT INTO incident_actors (incident_id, actor_id, role, position) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING"
)
_INSERT_EVIDENCE = """
INSERT INTO evidence (incident_id, field, article_id, start_offset, end_offset, quote)
VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING
"""

# One JSON document per incident, decoded straight into the public Struct.
INCIDENT_DOC = """
json_build_object(
    'id', i.id,
    'event_type', i.event_type,
    'sub_event_type', i.sub_event_type,
    'date', i.event_date,
    'date_precision', i.date_precision,
    'location', (SELECT json_build_object('id', l.id, 'name', l.name, 'country_code', l.country_code,
                     'admin1', l.admin1, 'latitude', l.latitude, 'longitude', l.longitude,
                     'precision', l.precision)
                 FROM locations l WHERE l.id = i.location_id),
    'actors', coalesce((SELECT json_agg(json_build_object('id', a.id, 'name', a.name, 'role', ia.role,
                                                          'type', a.type) ORDER BY ia.position)
                        FROM incident_actors ia JOIN actors a ON a.id = ia.actor_id
                        WHERE ia.incident_id = i.id), '[]'::json),
    'fatalities', i.fatalities,
    'fatalities_low', i.fatalities_low,
    'fatalities_high', i.fatalities_high,
    'fatalities_source', i.fatalities_source,
    'summary', i.summary,
    'evidence', coalesce((SELECT json_agg(json_build_object('article_id', e.article_id, 'field', e.field,
                                                            'start', e.start_offset, 'end', e.end_offset,
                                                            'quote', e.quote) ORDER BY e.start_offset, e.field)
                          FROM evidence e WHERE e.incident_id = i.id), '[]'::json),
    'confidence', i.confidence,
    'article_ids', json_build_array(i.article_id),
    'extractor_version', i.extractor_version,
    'created_at', i.created_at,
    'updated_at', i.updated_at
)::text
"""

_GET = f"SELECT {INCIDENT_DOC} FROM incidents i WHERE i.id = $1"

_decoder = msgspec.json.Decoder(Incident)


def decode(doc: str) -> Incident:
    return _decoder.decode(doc)


def _location_key(place: model.PlaceRef) -> str:
    if place.geoname_id is not None:
        return f"geonames:{place.geoname_id}"
    parts = (place.precision, place.country_code or "", place.admin1 or "", place.name.casefold())
    return "name:" + "|".join(parts)


def _unique_keys(incidents: list[model.Incident]) -> list[str]:
    seen: dict[str, int] = {}
    keys = []
    for incident in incidents:
        key = incident.key()
        seen[key] = seen.get(key, 0) + 1
        keys.append(key if seen[key] == 1 else f"{key}#{seen[key]}")
    return keys


async def save_extraction(
    conn: asyncpg.Connection, article_id: int, incidents: list[model.Incident], version: str
) -> list[int]:
    """Write an article's incidents, their places, actors and evidence; call inside a transaction.

    Incidents are keyed within their article, so running the same extraction again updates the
    same rows, and incidents the new run no longer finds are removed.
    """
    keys = _unique_keys(incidents)
    await conn.execute(_DELETE_STALE, article_id, keys)
    ids = []
    for key, incident in zip(keys, incidents, strict=True):
        location_id = None
        if incident.place is not None:
            p = incident.place
            location_id = await conn.fetchval(
                _UPSERT_LOCATION,
                _location_key(p),
                p.geoname_id,
                p.name,
                p.country_code,
                p.admin1,
                p.latitude,
                p.longitude,
                p.precision,
            )
        incident_id = await conn.fetchval(
            _UPSERT_INCIDENT,
            article_id,
            key,
            incident.event_type,
            incident.sub_event_type,
            incident.date,
            incident.date_precision,
            location_id,
            incident.place.country_code if incident.place else None,
            incident.fatalities,
            incident.fatalities_low,
            incident.fatalities_high,
            incident.fatalities_source,
            incident.summary,
            incident.confidence,
            version,
        )
        await conn.execute(_CLEAR_ACTORS, incident_id)
        for position, actor in enumerate(incident.actors):
            actor_id = await conn.fetchval(_UPSERT_ACTOR, actor.name, actor.type, actor.country_code, actor.affiliation)
            await conn.execute(_ADD_ALIASES, actor_id, sorted({actor.name, *actor.aliases}))
            await conn.execute(_INSERT_ACTOR_ROLE, incident_id, actor_id, actor.role, position)
        await conn.execute(_CLEAR_EVIDENCE, incident_id)
        await conn.executemany(
            _INSERT_EVIDENCE,
            [(incident_id, e.field, article_id, e.start, e.end, e.quote) for e in incident.evidence],
        )
        ids.append(int(incident_id))
    return ids


async def get(conn: asyncpg.Connection, incident_id: int) -> Incident | None:
    doc = await conn.fetchval(_GET, incident_id)
    return None if doc is None else decode(doc)


_LIST_FOR_ARTICLE = f"""
SELECT i.id, {INCIDENT_DOC} AS doc FROM incidents i
WHERE i.article_id = $1 AND i.id > $2
ORDER BY i.id
LIMIT $3
"""


async def list_for_article(conn: asyncpg.Connection, article_id: int, *, after_id: int, limit: int) -> list[Incident]:
    rows = await conn.fetch(_LIST_FOR_ARTICLE, article_id, after_id, limit)
    return [decode(r["doc"]) for r in rows]
