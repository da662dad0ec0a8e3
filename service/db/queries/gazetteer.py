"""SQL for the gazetteer: bulk loads (COPY into a staging table, then upsert) and place search."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import asyncpg

from service.gazetteer.names import fold

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
_SEARCH_SETTINGS = "SELECT set_config('jit', 'off', true), set_config('pg_trgm.similarity_threshold', $1, true)"
# After a load: the trigram index's pending list (new names every search reads through) is merged into the
# index, and the planner learns the tables' new statistics.
_UPKEEP = (
    "SELECT gin_clean_pending_list('gazetteer_names_fold_trgm'::regclass)",
    "ANALYZE gazetteer, gazetteer_names, admin_regions",
)
_VERSION = "SELECT version, rows FROM reference_data WHERE name = $1"
_MARK = """
INSERT INTO reference_data (name, version, rows) VALUES ($1, $2, $3)
ON CONFLICT (name) DO UPDATE SET version = EXCLUDED.version, rows = EXCLUDED.rows, loaded_at = now()
"""

# Ranking: the article's countries (in order), then the first-level regions the article names, then similarity,
# then whether the caller asked for a region, then population; geoname_id last so that namesakes equal in
# everything else always resolve to the same place. Among exact matches similarity comes before the regions named:
# a region found only by the press's spelling of it ("Dala" for the province the gazetteer spells Dalla) does not
# outrank the town of that very name because the article names the region. And a place that bears the name as
# its own counts four times its population against one that bore it once (a town's former name is rarely what a
# report means when a town of that name exists).
#
# First every mention's exact folded match on a place name or alternate name, or on a first-level region, and
# whether any place bears the name exactly (`named`), and how many places of the chosen one's country bear it
# (`namesakes`: how much the choice among them rests on the ranking).
# A first-level region matched by the press's spelling of it ("Nineveh" for Ninawa) is as good as its own name when
# the text says it is a region ("Nineveh province"); otherwise any town of that name, even a close spelling, comes
# first ("the port city of Hodeidah").
_RESOLVE_EXACT = """
SELECT q.mention, EXISTS (SELECT 1 FROM gazetteer_names e WHERE fold(e.name) = q.folded) AS named, best.*,
       (SELECT count(DISTINCT e.geoname_id) FROM gazetteer_names e JOIN gazetteer g USING (geoname_id)
        WHERE fold(e.name) = q.folded AND g.country_code = best.country_code) AS namesakes
FROM (SELECT u.mention, u.wants_region, fold(u.query) AS folded, u.region, u.region_country
      FROM unnest($1::text[], $2::text[], $3::bool[], $6::text[], $7::text[])
           AS u(mention, query, wants_region, region, region_country)) q
LEFT JOIN LATERAL (
    SELECT * FROM (
        SELECT 'point' AS kind, g.geoname_id, g.name, g.country_code::text AS country_code,
               coalesce(g.admin1_name, g.admin1_code) AS admin1, g.latitude, g.longitude,
               g.population, 1.0::real AS similarity
        FROM gazetteer_names n JOIN gazetteer g USING (geoname_id)
        WHERE fold(n.name) = q.folded
        UNION ALL
        SELECT 'admin1', NULL, a.name, a.country_code::text, a.name, a.latitude, a.longitude,
               10000000, (CASE WHEN fold(a.name) = q.folded OR q.wants_region THEN 1.0 ELSE 0.7 END)::real
        FROM admin_regions a
        WHERE fold(a.name) = ANY(ARRAY[q.folded, q.region])
          AND (fold(a.name) = q.folded OR a.country_code = q.region_country)
    ) candidates
    ORDER BY coalesce(array_position($4::text[], candidates.country_code), 999),
             similarity DESC,
             fold(coalesce(candidates.admin1, '')) = ANY($5::text[]) DESC,
             (candidates.kind = 'admin1') = q.wants_region DESC,
             population * (CASE WHEN fold(candidates.name) = q.folded THEN 4 ELSE 1 END) DESC,
             geoname_id NULLS FIRST
    LIMIT 1
) best ON true
"""
# Then, for mentions no place bears exactly, a close spelling in the article's countries competes with an exact
# first-level region. `%` finds the spellings through the trigram index; the caller sets
# pg_trgm.similarity_threshold near $5 first, so the index returns only close spellings (at the default 0.3 it
# returns thousands of rows per name for the recheck to throw away).
_RESOLVE_SPELLING = """
SELECT q.mention, best.*
FROM (SELECT u.mention, u.wants_region, fold(u.query) AS folded, u.region, u.region_country
      FROM unnest($1::text[], $2::text[], $3::bool[], $7::text[], $8::text[])
           AS u(mention, query, wants_region, region, region_country)) q
CROSS JOIN LATERAL (
    SELECT * FROM (
        SELECT 'admin1' AS kind, NULL::bigint AS geoname_id, a.name, a.country_code::text AS country_code,
               a.name AS admin1, a.latitude, a.longitude, 10000000::bigint AS population,
               (CASE WHEN fold(a.name) = q.folded OR q.wants_region THEN 1.0 ELSE 0.7 END)::real AS similarity
        FROM admin_regions a
        WHERE fold(a.name) = ANY(ARRAY[q.folded, q.region])
          AND (fold(a.name) = q.folded OR a.country_code = q.region_country)
        UNION ALL
        SELECT 'point', g.geoname_id, g.name, g.country_code::text, coalesce(g.admin1_name, g.admin1_code),
               g.latitude, g.longitude, g.population, n.similarity
        FROM (SELECT geoname_id, similarity(fold(name), q.folded) AS similarity
              FROM gazetteer_names WHERE fold(name) % q.folded) n
        CROSS JOIN LATERAL (
            -- OFFSET 0: look each spelling's place up by key; a join would be planned for thousands of
            -- spellings and hash the country's every place
            SELECT * FROM gazetteer g WHERE g.geoname_id = n.geoname_id AND g.country_code = ANY($4::text[])
            OFFSET 0
        ) g
        WHERE n.similarity >= $6
    ) candidates
    ORDER BY coalesce(array_position($4::text[], candidates.country_code), 999),
             fold(coalesce(candidates.admin1, '')) = ANY($5::text[]) DESC,
             similarity DESC,
             (candidates.kind = 'admin1') = q.wants_region DESC,
             population DESC,
             geoname_id NULLS FIRST
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


async def upkeep(conn: asyncpg.Connection) -> None:
    for statement in _UPKEEP:
        await conn.execute(statement)


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
    regions: Sequence[str],  # folded
    *,
    min_similarity: float,
    spelling_min_length: int,
    aliases: Sequence[tuple[str, str] | None] = (),  # per mention: (country, first-level region) it may name
) -> dict[str, dict[str, Any]]:
    """Every mention -> its best gazetteer row; mentions without a candidate are absent. Exact matches first,
    in one statement; then a close spelling, in the article's countries, for the mentions no place bears
    exactly whose query is at least `spelling_min_length` long."""
    async with conn.transaction():
        # jit: the planner's guess at the fuzzy branch's cost crosses jit_above_cost, and compiling costs more
        # than running these index lookups. The threshold is a hair under min_similarity because `%` compares
        # it as a double and similarity() is a real.
        await conn.execute(_SEARCH_SETTINGS, str(min_similarity - 0.01))
        named_regions = list(aliases) or [None] * len(mentions)
        region = [fold(a[1]) if a else None for a in named_regions]  # folded, to use the regions' name index
        region_country = [a[0] if a else None for a in named_regions]
        rows = await conn.fetch(_RESOLVE_EXACT, list(mentions), list(queries), list(wants_region),
                                list(countries), list(regions), region, region_country)  # fmt: skip
        best = {row["mention"]: dict(row) for row in rows if row["kind"] is not None}
        unnamed = {row["mention"] for row in rows if not row["named"]}
        spell = [i for i, m in enumerate(mentions) if m in unnamed and len(queries[i]) >= spelling_min_length]
        if spell and countries:
            rows = await conn.fetch(_RESOLVE_SPELLING, [mentions[i] for i in spell], [queries[i] for i in spell],
                                    [wants_region[i] for i in spell], list(countries), list(regions),
                                    min_similarity, [region[i] for i in spell],
                                    [region_country[i] for i in spell])  # fmt: skip
            best.update((row["mention"], dict(row)) for row in rows)
    return best
