"""SQL for the gazetteer: bulk loads (COPY into a staging table, then upsert) and place search."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import asyncpg

from service.gazetteer.names import fold as fold_text

PlaceRow = tuple[int, str, str | None, str | None, float, float, str | None, str | None, int]
NameRow = tuple[int, str]
AdminRow = tuple[str, str, str]

_STAGE = """
CREATE TEMP TABLE IF NOT EXISTS staged_places (
    geoname_id bigint, name text, country_code text, admin1_code text, latitude double precision,
    longitude double precision, feature_class text, feature_code text, population bigint
) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS staged_names (geoname_id bigint, name text) ON COMMIT DELETE ROWS;
"""
_UPSERT_PLACES = """
INSERT INTO gazetteer (geoname_id, name, country_code, admin1_code, latitude, longitude, feature_class,
                       feature_code, population)
SELECT DISTINCT ON (geoname_id) geoname_id, name, country_code, admin1_code, latitude, longitude, feature_class,
       feature_code, population
FROM staged_places
ON CONFLICT (geoname_id) DO UPDATE SET
    name = EXCLUDED.name, country_code = EXCLUDED.country_code, admin1_code = EXCLUDED.admin1_code,
    latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude, feature_class = EXCLUDED.feature_class,
    feature_code = EXCLUDED.feature_code, population = EXCLUDED.population
"""
_UPSERT_NAMES = """
INSERT INTO gazetteer_names (geoname_id, name)
SELECT DISTINCT geoname_id, name FROM staged_names
ON CONFLICT DO NOTHING
"""
_ADMIN_NAMES = """
UPDATE gazetteer g SET admin1_name = a.name
FROM admin_regions a
WHERE a.country_code = g.country_code AND a.admin1_code = g.admin1_code
  AND g.admin1_name IS DISTINCT FROM a.name
"""
_UPSERT_ADMIN = """
INSERT INTO admin_regions (country_code, admin1_code, name)
SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
ON CONFLICT (country_code, admin1_code) DO UPDATE SET name = EXCLUDED.name
"""
_VERSION = "SELECT version, rows FROM reference_data WHERE name = $1"
_MARK = """
INSERT INTO reference_data (name, version, rows) VALUES ($1, $2, $3)
ON CONFLICT (name) DO UPDATE SET version = EXCLUDED.version, rows = EXCLUDED.rows, loaded_at = now()
"""

# Every mention, its best place: exact folded match on a place name or alternate name, or on a first-level
# region; else a close spelling in the article's countries. Ranked by the article's countries (in order),
# then by the regions the article names, then by whether the caller asked for a region, then by population.
_RESOLVE = """
SELECT q.mention, best.*
FROM unnest($1::text[], $2::text[], $3::bool[]) AS q(mention, query, wants_region)
CROSS JOIN LATERAL (
    SELECT * FROM (
        SELECT 'point' AS kind, g.geoname_id, g.name, g.country_code::text AS country_code,
               coalesce(g.admin1_name, g.admin1_code) AS admin1, g.latitude, g.longitude,
               g.population, 1.0::real AS similarity
        FROM gazetteer_names n JOIN gazetteer g USING (geoname_id)
        WHERE fold(n.name) = fold(q.query)
        UNION ALL
        SELECT 'admin1', NULL, a.name, a.country_code::text, a.name, a.latitude, a.longitude,
               10000000, 1.0::real
        FROM admin_regions a
        WHERE fold(a.name) = fold(q.query)
        UNION ALL
        SELECT 'point', g.geoname_id, g.name, g.country_code::text, coalesce(g.admin1_name, g.admin1_code),
               g.latitude, g.longitude, g.population, similarity(fold(n.name), fold(q.query))
        FROM gazetteer_names n JOIN gazetteer g USING (geoname_id)
        WHERE length(q.query) >= 6 AND fold(n.name) % fold(q.query)
          AND similarity(fold(n.name), fold(q.query)) >= $5 AND g.country_code = ANY($4::text[])
          AND NOT EXISTS (SELECT 1 FROM gazetteer_names e WHERE fold(e.name) = fold(q.query))
    ) candidates
    ORDER BY coalesce(array_position($4::text[], candidates.country_code), 999),
             fold(coalesce(candidates.admin1, '')) = ANY($6::text[]) DESC,
             similarity DESC,
             (candidates.kind = 'admin1') = q.wants_region DESC,
             population DESC
    LIMIT 1
) best
"""


async def stage(conn: asyncpg.Connection) -> None:
    await conn.execute(_STAGE)


async def copy_places(conn: asyncpg.Connection, places: Sequence[PlaceRow], names: Sequence[NameRow]) -> None:
    """Upsert one batch; call inside a transaction after stage()."""
    await conn.copy_records_to_table("staged_places", records=places)
    await conn.copy_records_to_table("staged_names", records=names)
    await conn.execute(_UPSERT_PLACES)
    await conn.execute(_UPSERT_NAMES)
    await conn.execute("TRUNCATE staged_places, staged_names")


async def upsert_admin_regions(conn: asyncpg.Connection, rows: Sequence[AdminRow]) -> None:
    await conn.execute(_UPSERT_ADMIN, [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows])
    await conn.execute(_ADMIN_NAMES)


async def loaded_version(conn: asyncpg.Connection, name: str) -> tuple[str, int] | None:
    row = await conn.fetchrow(_VERSION, name)
    return None if row is None else (row["version"], row["rows"])


async def mark_loaded(conn: asyncpg.Connection, name: str, version: str, rows: int) -> None:
    await conn.execute(_MARK, name, version, rows)


async def resolve(
    conn: asyncpg.Connection,
    mentions: Sequence[str],
    queries: Sequence[str],
    wants_region: Sequence[bool],
    countries: Sequence[str],
    min_similarity: float,
    regions: Sequence[str],
) -> list[dict[str, Any]]:
    rows = await conn.fetch(_RESOLVE, list(mentions), list(queries), list(wants_region), list(countries),
                            min_similarity, [fold_text(r) for r in regions])  # fmt: skip
    return [dict(row) for row in rows]
