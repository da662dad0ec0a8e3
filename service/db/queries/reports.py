"""SQL for reports: each article's contribution to an incident (migration 0012), the incidents derived from them,
merges' redirects and near matches. The decisions are `service.incidents.merge`'s; this module reads and writes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Sequence

import asyncpg
import msgspec

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

# Transaction locks taken in one order (sorted) by every writer, so two never wait on each other in a circle.
_LOCK = "SELECT count(pg_advisory_xact_lock(k)) FROM (SELECT DISTINCT k FROM unnest($1::bigint[]) k ORDER BY k) s"
_TRY_LOCK = """
SELECT bool_and(pg_try_advisory_xact_lock(k)) FROM (SELECT DISTINCT k FROM unnest($1::bigint[]) k ORDER BY k) s
"""

# A report as matching reads it: its place and which of its actors are named (not civilians, protesters, rioters
# or an unidentified armed group), and of those which are armed groups rather than forces of a state.
_REPORT_COLUMNS = """
r.article_id, r.key, r.incident_id, r.event_type, r.sub_event_type, r.event_date, r.date_precision,
r.location_id, r.country_code, l.name AS place_name, l.precision AS place_precision, l.admin1,
l.latitude, l.longitude, r.fatalities, r.fatalities_low, r.fatalities_high, r.fatalities_source, r.summary,
r.confidence, r.actor_ids, r.actor_roles, r.extractor_version, r.match_score, r.match_reasons, r.geo_confidence,
r.fatalities_used, named.named_actor_ids, named.group_actor_ids
"""
# its actors read once, by their ids (the primary key): a subquery per list would read the armed groups' list by type,
# every armed group the table holds, for each report
_JOIN_PLACE_AND_ACTORS = """
LEFT JOIN locations l ON l.id = r.location_id
CROSS JOIN LATERAL (
    SELECT coalesce(array_agg(a.id) FILTER (WHERE a.type NOT IN ('civilians', 'protesters', 'rioters')), '{}')
               AS named_actor_ids,
           coalesce(array_agg(a.id) FILTER (WHERE a.type IN ('rebel group', 'political militia', 'identity militia')),
                    '{}') AS group_actor_ids
    FROM actors a WHERE a.id = ANY(r.actor_ids) AND a.name NOT LIKE 'Unidentified%') named
"""
_FROM_REPORTS = f"FROM incident_reports r {_JOIN_PLACE_AND_ACTORS}"

_OF_ARTICLE = f"SELECT {_REPORT_COLUMNS} {_FROM_REPORTS} WHERE r.article_id = $1"  # nosec B608
_OF_INCIDENTS = (
    f"SELECT {_REPORT_COLUMNS} {_FROM_REPORTS} "  # nosec B608
    "WHERE r.incident_id = ANY($1::bigint[]) AND r.article_id <> $2 ORDER BY r.incident_id, r.article_id"
)
# What a report is scored on (service.incidents.merge.pair_score): its type, date, toll, place (the location's
# name, region and coordinates come with its id) and actors. Reports alike in all of these score alike against any
# other, and wire copy told by a hundred outlets is a hundred such reports: each incident's reports are read once
# per kind, the earliest of each, so scoring costs what the incident's distinct versions cost, not its size.
KIND_FIELDS = (
    "event_type", "sub_event_type", "event_date", "date_precision", "fatalities", "country_code", "location_id",
    "actor_ids",
)  # fmt: skip
"""The report's own columns that make its kind: its place's name, region and coordinates come with `location_id`,
its named and armed-group actors with `actor_ids`."""
_KIND = ", ".join(f"r.{name}" for name in ("incident_id", *KIND_FIELDS))
# grouped, then the earliest of each group read again by its key: DISTINCT ON sorted the whole rows and took about
# twice as long
_KINDS_OF_INCIDENTS = f"""
SELECT {_REPORT_COLUMNS}
FROM (SELECT r.incident_id, min(r.article_id) AS article_id
      FROM incident_reports r
      WHERE r.incident_id = ANY($1::bigint[]) AND r.article_id <> $2
      GROUP BY {_KIND}) k
JOIN incident_reports r ON r.incident_id = k.incident_id AND r.article_id = k.article_id
{_JOIN_PLACE_AND_ACTORS}
ORDER BY r.incident_id, r.article_id
"""  # nosec B608
# What an incident is derived from (service.incidents.merge.derive): reports alike in all of these, wire copy told by
# a hundred outlets, count as many times as they are told but are read once, the earliest with the (article, key)
# of each, so deriving an incident again costs what its distinct versions cost, not its size.
DERIVED_FROM = (
    "event_type", "sub_event_type", "event_date", "date_precision", "location_id", "country_code", "fatalities",
    "fatalities_low", "fatalities_high", "fatalities_source", "summary", "confidence", "actor_ids", "actor_roles",
    "extractor_version", "geo_confidence", "fatalities_used",
)  # fmt: skip
_ALIKE = ", ".join(f"r.{name}" for name in ("incident_id", *DERIVED_FROM))
_COPIES_OF_INCIDENTS = f"""
SELECT {_REPORT_COLUMNS}, c.copy_article_ids, c.copy_keys
FROM (SELECT r.incident_id, array_agg(r.article_id ORDER BY r.article_id) AS copy_article_ids,
             array_agg(r.key ORDER BY r.article_id) AS copy_keys
      FROM incident_reports r
      WHERE r.incident_id = ANY($1::bigint[])
      GROUP BY {_ALIKE}) c
JOIN incident_reports r ON r.incident_id = c.incident_id AND r.article_id = c.copy_article_ids[1]
{_JOIN_PLACE_AND_ACTORS}
ORDER BY r.incident_id, r.article_id
"""  # nosec B608
# Incidents with a report of this country dated in the window; week and month dates stand for a span that
# starts at most 31 days before them, which the window's lower bound allows for.
# Only reports whose place could score high enough to merge: the same location or place name, and for a report
# finer than its country the same first-level region or a point within about 20 km. Country-level places never
# merge on their own, so the whole country's day is never scanned (it grows with every report of the day).
# The window is read from incident_reports_candidates alone (migration 0018: it carries each report's place,
# incident and article), and the places that could match are found once, from the locations' own indexes (by name,
# region and coordinates, each within the country; PostgreSQL
# runs the EXISTS as one hashed subplan): a report costs a few index pages, however large the table and the
# gazetteer (bench/REPORT-merge.md).
_CANDIDATE_INCIDENTS = """
SELECT DISTINCT r.incident_id FROM incident_reports r
WHERE r.country_code = $1::bpchar AND r.event_date BETWEEN $2 AND $3 AND r.article_id <> $4
  AND (r.location_id = $5
       OR EXISTS (SELECT FROM locations l
                  WHERE l.id = r.location_id
                    AND ((l.country_code = $1::bpchar AND fold(l.name) = fold($6))
                         OR ($7 AND l.precision IN ('point', 'admin1')
                             AND ((l.country_code = $1::bpchar AND fold(l.admin1) = fold($8))
                                  OR (l.latitude BETWEEN $9::float8 - 0.2 AND $9::float8 + 0.2
                                      AND l.longitude BETWEEN $10::float8 - 0.2 AND $10::float8 + 0.2))))))
"""

# Incidents that only the rules for unmapped places and undated reports can match (service.incidents.merge), which
# the window above does not find: reports of the same day and toll when either place is unmapped (the country alone,
# or a name the gazetteer lacks), read from the country's day; and reports of the same place (location or name) when
# either report is undated, read from incident_reports_by_place (migration 0019), the latest incidents first.
_UNMAPPED_OR_UNDATED_CANDIDATES = """
SELECT r.incident_id FROM incident_reports r JOIN locations l ON l.id = r.location_id
WHERE $5 AND r.country_code = $1::bpchar AND r.event_date = $2::date AND r.fatalities = $3 AND r.article_id <> $4
  AND ($6 OR l.precision IN ('country', 'unknown'))
UNION
(SELECT r.incident_id FROM incident_reports r
 WHERE $7 AND r.article_id <> $4 AND ($2::date IS NULL OR r.event_date IS NULL)
   AND r.location_id IN (SELECT l.id FROM locations l
                         WHERE l.id = $8 OR (l.country_code = $1::bpchar AND fold(l.name) = fold($9)))
 ORDER BY r.incident_id DESC LIMIT $10)
"""

_DELETE_ARTICLE_REPORTS = "DELETE FROM incident_reports WHERE article_id = $1"
_DELETE_ARTICLE_EVIDENCE = "DELETE FROM evidence WHERE article_id = $1"

_NEW_INCIDENT = """
INSERT INTO incidents (event_type, sub_event_type, event_date, date_precision, location_id, country_code,
    fatalities, fatalities_low, fatalities_high, fatalities_source, summary, confidence, extractor_version,
    geo_confidence)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
RETURNING id
"""

_INSERT_REPORT = """
INSERT INTO incident_reports (article_id, key, incident_id, event_type, sub_event_type, event_date, date_precision,
    location_id, country_code, fatalities, fatalities_low, fatalities_high, fatalities_source, summary, confidence,
    actor_ids, actor_roles, extractor_version, match_score, match_reasons, geo_confidence)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)
"""

_INSERT_EVIDENCE = """
INSERT INTO evidence (incident_id, field, article_id, start_offset, end_offset, quote)
VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING
"""

_INSERT_NEAR_MATCH = """
INSERT INTO incident_near_matches (article_id, key, incident_id, score, reasons) VALUES ($1, $2, $3, $4, $5)
ON CONFLICT DO NOTHING
"""

# an incident's own fields, written only when they change: an unchanged incident keeps its updated_at
_WRITE_INCIDENT = """
UPDATE incidents SET event_type = $2, sub_event_type = $3, event_date = $4, date_precision = $5, location_id = $6,
    country_code = $7, fatalities = $8, fatalities_low = $9, fatalities_high = $10, fatalities_source = $11,
    summary = $12, confidence = $13, extractor_version = $14, geo_confidence = $15, updated_at = now()
WHERE id = $1 AND (event_type, sub_event_type, event_date, date_precision, location_id, country_code, fatalities,
    fatalities_low, fatalities_high, fatalities_source, summary, confidence, extractor_version, geo_confidence)
    IS DISTINCT FROM ($2, $3, $4, $5, $6, $7::bpchar, $8, $9, $10, $11, $12, $13, $14, $15::real)
RETURNING id
"""
_ACTORS_OF = "SELECT actor_id, role FROM incident_actors WHERE incident_id = $1 ORDER BY position"
_CLEAR_ACTORS = "DELETE FROM incident_actors WHERE incident_id = $1"
_INSERT_ACTOR_ROLE = (
    "INSERT INTO incident_actors (incident_id, actor_id, role, position) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING"
)
_TOUCH = "UPDATE incidents SET updated_at = now() WHERE id = $1"
# which figures each report gave, for the reports whose part changed (Derived.fatalities_used), as one statement
_FATALITIES_USED = """
UPDATE incident_reports r SET fatalities_used = u.used
FROM (SELECT article_id, key, coalesce(string_to_array(nullif(used, ''), ','), '{}') AS used
      FROM unnest($1::bigint[], $2::text[], $3::text[]) AS x(article_id, key, used)) u
WHERE r.article_id = u.article_id AND r.key = u.key AND r.fatalities_used <> u.used
"""
_REDIRECT = """
WITH moved AS (UPDATE incident_redirects SET incident_id = $2 WHERE incident_id = $1)
INSERT INTO incident_redirects (absorbed_id, incident_id) VALUES ($1, $2)
ON CONFLICT (absorbed_id) DO UPDATE SET incident_id = EXCLUDED.incident_id, merged_at = now()
"""
_DELETE_INCIDENT = "DELETE FROM incidents WHERE id = $1"
_MOVE_REPORTS = "UPDATE incident_reports SET incident_id = $2 WHERE incident_id = $1"
_MOVE_EVIDENCE = "UPDATE evidence SET incident_id = $2 WHERE incident_id = $1"
# one report, with its evidence, into another incident; a near match to that incident is one no more
_MOVE_REPORT = """
UPDATE incident_reports SET incident_id = $4, match_score = $5, match_reasons = $6
WHERE article_id = $1 AND key = $2 AND incident_id = $3
"""
_MOVE_REPORT_EVIDENCE = "UPDATE evidence SET incident_id = $3 WHERE article_id = $1 AND incident_id = $2"
_FORGET_NEAR_MATCH = "DELETE FROM incident_near_matches WHERE article_id = $1 AND key = $2 AND incident_id = $3"
# A document is written again only when it changes (a report's evidence or figures can change it while the
# incident's own fields stay as they were): then the incident's updated_at moves too, first, as the document
# carries it. An unchanged incident keeps its row as it was, updated_at and ETag included.
_STALE_DOCS = """
SELECT i.id FROM incidents i
WHERE i.id = ANY($1::bigint[]) AND i.doc::text IS DISTINCT FROM incident_doc(i)::text
"""
_TOUCH_STALE = "UPDATE incidents SET updated_at = now() WHERE id = ANY($1::bigint[]) AND updated_at <> now()"
_WRITE_DOCS = "UPDATE incidents i SET doc = incident_doc(i) WHERE i.id = ANY($1::bigint[])"
# incidents whose reports were scored borderline against these: their documents list them
_NEAR_MATCHED_TO = """
SELECT DISTINCT r.incident_id FROM incident_near_matches n
JOIN incident_reports r ON r.article_id = n.article_id AND r.key = n.key
WHERE n.incident_id = ANY($1::bigint[])
"""
_SURVIVOR = "SELECT incident_id FROM incident_redirects WHERE absorbed_id = $1"


class Report(msgspec.Struct, frozen=True, kw_only=True):
    """One article's report of an incident, with what matching needs to know of its place and actors."""

    article_id: int
    key: str
    incident_id: int | None
    event_type: str
    sub_event_type: str
    event_date: dt.date | None
    date_precision: str | None
    location_id: int | None
    country_code: str | None
    place_name: str | None
    place_precision: str | None
    admin1: str | None
    latitude: float | None
    longitude: float | None
    fatalities: int | None
    fatalities_low: int | None
    fatalities_high: int | None
    fatalities_source: str | None
    summary: str
    confidence: float
    actor_ids: tuple[int, ...]
    actor_roles: tuple[str, ...]
    extractor_version: str
    named_actor_ids: frozenset[int] = frozenset()
    group_actor_ids: frozenset[int] = frozenset()
    match_score: float | None = None
    match_reasons: tuple[str, ...] = ()
    evidence: tuple[model.Evidence, ...] = ()
    geo_confidence: float | None = None
    fatalities_used: tuple[str, ...] = ()
    """Which of its incident's figures (best, low, high) it gives, as stored."""


class Copies(msgspec.Struct, frozen=True, kw_only=True):
    """Reports of one incident alike in everything it is derived from (`DERIVED_FROM`): the earliest of them, and
    the (article id, key) of each, the earliest first."""

    report: Report
    of: tuple[tuple[int, str], ...]

    @property
    def incident_id(self) -> int | None:
        return self.report.incident_id

    @classmethod
    def one(cls, report: Report) -> Copies:
        return cls(report=report, of=((report.article_id, report.key),))


def _report(row: asyncpg.Record) -> Report:
    values = dict(row)
    values["country_code"] = values["country_code"].strip() if values["country_code"] else None
    return msgspec.convert(values, Report)


async def lock(conn: asyncpg.Connection, keys: Iterable[int]) -> None:
    """Take these transaction-scoped advisory locks, in key order."""
    wanted = sorted(set(keys))
    if wanted:
        await conn.fetchval(_LOCK, wanted)


async def try_lock(conn: asyncpg.Connection, keys: Iterable[int]) -> bool:
    """Take these transaction-scoped advisory locks if no other transaction holds them; False when one does (those
    taken are kept until the transaction ends, as every advisory lock of a save is)."""
    wanted = sorted(set(keys))
    return not wanted or bool(await conn.fetchval(_TRY_LOCK, wanted))


async def _upserted(conn: asyncpg.Connection, sql: str, *args: object) -> int:
    """The id an upsert returns. A row another transaction inserted and committed while this statement waited is
    not in the statement's snapshot: the next statement, with a new snapshot, finds it."""
    for _ in range(3):
        found = await conn.fetchval(sql, *args)
        if found is not None:
            return int(found)
    raise asyncpg.exceptions.SerializationError("a row being inserted concurrently could not be read; retry")


async def location_id(conn: asyncpg.Connection, place: model.PlaceRef) -> int:
    """The id of the stored place, stored first when new."""
    key = f"geonames:{place.geoname_id}"
    if place.geoname_id is None:
        key = "name:" + "|".join((place.precision, place.country_code or "", place.admin1 or "", place.name.casefold()))
    args = (key, place.geoname_id, place.name, place.country_code, place.admin1, place.latitude, place.longitude)
    return await _upserted(conn, _UPSERT_LOCATION, *args, place.precision)


async def actor_id(conn: asyncpg.Connection, actor: model.ActorRef) -> int:
    """The id of the stored actor, stored first when new; its aliases are added to it."""
    found = await _upserted(conn, _UPSERT_ACTOR, actor.name, actor.type, actor.country_code, actor.affiliation)
    await conn.execute(_ADD_ALIASES, found, sorted({actor.name, *actor.aliases}))
    return found


async def of_article(conn: asyncpg.Connection, article_id: int) -> list[Report]:
    return [_report(r) for r in await conn.fetch(_OF_ARTICLE, article_id)]


async def of_incidents(conn: asyncpg.Connection, incident_ids: Sequence[int], *, besides: int = 0) -> list[Report]:
    """The reports of these incidents, but for those of article `besides`."""
    if not incident_ids:
        return []
    return [_report(r) for r in await conn.fetch(_OF_INCIDENTS, list(incident_ids), besides)]


async def copies_of_incidents(conn: asyncpg.Connection, incident_ids: Sequence[int]) -> list[Copies]:
    """The reports of these incidents, those alike in everything an incident is derived from read as one (see
    _COPIES_OF_INCIDENTS), in the order of the earliest of each."""
    if not incident_ids:
        return []
    return [
        Copies(report=_report(r), of=tuple(zip(r["copy_article_ids"], r["copy_keys"], strict=True)))
        for r in await conn.fetch(_COPIES_OF_INCIDENTS, list(incident_ids))
    ]


async def kinds_of_incidents(
    conn: asyncpg.Connection, incident_ids: Sequence[int], *, besides: int = 0
) -> list[Report]:
    """One report of each kind in these incidents, but for those of article `besides`: the earliest of the reports
    alike in everything matching scores (see _KINDS_OF_INCIDENTS), in the order of the earliest."""
    if not incident_ids:
        return []
    return [_report(r) for r in await conn.fetch(_KINDS_OF_INCIDENTS, list(incident_ids), besides)]


async def candidate_incidents(conn: asyncpg.Connection, report: Report, first: dt.date, last: dt.date) -> list[int]:
    """Incidents with a report of another article dated between first and last whose place could match the
    report's (see _CANDIDATE_INCIDENTS)."""
    fine = report.place_precision in {"point", "admin1"}
    rows = await conn.fetch(_CANDIDATE_INCIDENTS, report.country_code, first, last, report.article_id,
                            report.location_id, report.place_name or "", fine, report.admin1 or "",
                            report.latitude, report.longitude)  # fmt: skip
    return [r["incident_id"] for r in rows]


async def unmapped_or_undated_candidates(
    conn: asyncpg.Connection, report: Report, *, unmapped: bool, same_place: bool, latest: int
) -> list[int]:
    """With `unmapped`, incidents with a report of another article of the same day and toll whose place, or this
    report's, is unmapped; with `same_place`, the `latest` incidents with a report of the same place when this
    report or that one is undated (see _UNMAPPED_OR_UNDATED_CANDIDATES)."""
    rows = await conn.fetch(_UNMAPPED_OR_UNDATED_CANDIDATES, report.country_code, report.event_date,
                            report.fatalities, report.article_id, unmapped,
                            report.place_precision in {None, "country", "unknown"}, same_place, report.location_id,
                            report.place_name or "", latest)  # fmt: skip
    return [r["incident_id"] for r in rows]


async def remove_article(conn: asyncpg.Connection, article_id: int) -> None:
    """Drop an article's reports and their evidence (their incidents are then written again or deleted)."""
    await conn.execute(_DELETE_ARTICLE_EVIDENCE, article_id)
    await conn.execute(_DELETE_ARTICLE_REPORTS, article_id)


async def new_incident(conn: asyncpg.Connection, report: Report) -> int:
    """A new incident, for now the report's own fields."""
    found = await conn.fetchval(
        _NEW_INCIDENT,
        report.event_type,
        report.sub_event_type,
        report.event_date,
        report.date_precision,
        report.location_id,
        report.country_code,
        report.fatalities,
        report.fatalities_low,
        report.fatalities_high,
        report.fatalities_source,
        report.summary,
        report.confidence,
        report.extractor_version,
        report.geo_confidence,
    )
    return int(found)


async def insert(conn: asyncpg.Connection, report: Report, incident_id: int) -> None:
    """Store a report in its incident, with its evidence."""
    await conn.execute(
        _INSERT_REPORT,
        report.article_id,
        report.key,
        incident_id,
        report.event_type,
        report.sub_event_type,
        report.event_date,
        report.date_precision,
        report.location_id,
        report.country_code,
        report.fatalities,
        report.fatalities_low,
        report.fatalities_high,
        report.fatalities_source,
        report.summary,
        report.confidence,
        list(report.actor_ids),
        list(report.actor_roles),
        report.extractor_version,
        report.match_score,
        list(report.match_reasons),
        report.geo_confidence,
    )
    await conn.executemany(
        _INSERT_EVIDENCE,
        [(incident_id, e.field, report.article_id, e.start, e.end, e.quote) for e in report.evidence],
    )


async def near_match(
    conn: asyncpg.Connection, report: Report, incident_id: int, score: float, reasons: Sequence[str]
) -> None:
    await conn.execute(_INSERT_NEAR_MATCH, report.article_id, report.key, incident_id, score, list(reasons))


class Derived(msgspec.Struct, frozen=True, kw_only=True):
    """An incident's own fields, derived from its reports."""

    event_type: str
    sub_event_type: str
    event_date: dt.date | None
    date_precision: str | None
    location_id: int | None
    country_code: str | None
    fatalities: int | None
    fatalities_low: int | None
    fatalities_high: int | None
    fatalities_source: str | None
    summary: str
    confidence: float
    extractor_version: str
    actors: tuple[tuple[int, str], ...]
    fatalities_used: tuple[tuple[int, str, tuple[str, ...]], ...]
    """(article_id, key, which of best, low and high came from that report), for the reports where that changed"""
    geo_confidence: float | None = None


async def write(conn: asyncpg.Connection, incident_id: int, derived: Derived) -> None:
    """Write an incident's derived fields, actors and which report gave which figure; unchanged rows stay as
    they are."""
    changed = await conn.fetchval(
        _WRITE_INCIDENT,
        incident_id,
        derived.event_type,
        derived.sub_event_type,
        derived.event_date,
        derived.date_precision,
        derived.location_id,
        derived.country_code,
        derived.fatalities,
        derived.fatalities_low,
        derived.fatalities_high,
        derived.fatalities_source,
        derived.summary,
        derived.confidence,
        derived.extractor_version,
        derived.geo_confidence,
    )
    actors = [(r["actor_id"], r["role"]) for r in await conn.fetch(_ACTORS_OF, incident_id)]
    if actors != list(derived.actors):
        await conn.execute(_CLEAR_ACTORS, incident_id)
        await conn.executemany(
            _INSERT_ACTOR_ROLE,
            [(incident_id, actor, role, position) for position, (actor, role) in enumerate(derived.actors)],
        )
        if changed is None:
            await conn.execute(_TOUCH, incident_id)
    used = derived.fatalities_used
    if used:
        await conn.execute(
            _FATALITIES_USED, [a for a, _, _ in used], [k for _, k, _ in used], [",".join(u) for *_, u in used]
        )


async def touch(conn: asyncpg.Connection, incident_id: int) -> None:
    await conn.execute(_TOUCH, incident_id)


async def absorb(conn: asyncpg.Connection, absorbed: int, survivor: int) -> None:
    """`absorbed` (left without reports) was merged into `survivor`: its id, and the ids it had absorbed, answer
    with the survivor from now on."""
    await conn.execute(_REDIRECT, absorbed, survivor)
    await conn.execute(_DELETE_INCIDENT, absorbed)


async def move(conn: asyncpg.Connection, source: int, target: int) -> None:
    """Every report of incident `source`, with its evidence, into incident `target` (no article reports both)."""
    await conn.execute(_MOVE_REPORTS, source, target)
    await conn.execute(_MOVE_EVIDENCE, source, target)


async def move_report(
    conn: asyncpg.Connection, report: Report, source: int, target: int, score: float, reasons: Sequence[str]
) -> None:
    """One report of incident `source`, with its evidence, into incident `target`, scored against it."""
    await conn.execute(_MOVE_REPORT, report.article_id, report.key, source, target, score, list(reasons))
    await conn.execute(_MOVE_REPORT_EVIDENCE, report.article_id, source, target)
    await conn.execute(_FORGET_NEAR_MATCH, report.article_id, report.key, target)


async def delete(conn: asyncpg.Connection, incident_id: int) -> None:
    await conn.execute(_DELETE_INCIDENT, incident_id)


async def write_docs(
    conn: asyncpg.Connection, incident_ids: Sequence[int], *, changed: Collection[int] = ()
) -> list[int]:
    """Write the documents of these incidents that changed, their updated_at with them; returns their ids. Those
    in `changed` are known to have changed (a report joined or left): building their documents to compare them
    would only double the cost of the write, which grows with the incident's reports."""
    unsure = [i for i in incident_ids if i not in changed]
    stale = sorted({*changed, *(r["id"] for r in await conn.fetch(_STALE_DOCS, unsure))}) if unsure else sorted(changed)
    if stale:
        await conn.execute(_TOUCH_STALE, stale)
        await conn.execute(_WRITE_DOCS, stale)
    return stale


async def near_matched_to(conn: asyncpg.Connection, incident_ids: Sequence[int]) -> set[int]:
    """The incidents with a report that was scored against one of these and kept apart (a near match)."""
    if not incident_ids:
        return set()
    return {r["incident_id"] for r in await conn.fetch(_NEAR_MATCHED_TO, list(incident_ids))}


async def survivor(conn: asyncpg.Connection, absorbed: int) -> int | None:
    """The incident that absorbed this id in a merge, if one did."""
    found = await conn.fetchval(_SURVIVOR, absorbed)
    return None if found is None else int(found)
