"""Incident documents of a bounded size: ten lead reports embedded, every report on a page of its own.

A story that a hundred articles tell made an incident document that embedded a hundred reports and their evidence,
about 1.9 kB each: 230 kB to write again whenever one more article joined, and list pages of megabytes. A document
now embeds at most `EMBEDDED_REPORTS` reports, the incident's lead reports: those whose fatality figures the
incident uses, then the earliest (by article id), listed by article id as before; `evidence` holds the evidence of
those reports only; `report_count` says how many reports the incident has. `article_ids` still lists every article.
GET /v1/incidents/{id}/reports pages through every report, each with its own evidence, from
`incident_report_doc`, the one definition of a report's JSON that the document uses too.

Every document gains `report_count`, so all are written again, with their `updated_at` and an upsert in the change
feed so that mirrors follow. The downgrade does the same with 0020's definition.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-06
"""

import hashlib
import runpy
from pathlib import Path

from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

EMBEDDED_REPORTS = 10

# a location's JSON with "geo_confidence" as its last member where the row has one (as 0020 writes it)
_LOCATION = """(SELECT CASE WHEN {row}.geo_confidence IS NULL THEN l.j
                     ELSE (left(l.j::text, -1) || ',"geo_confidence":' || {row}.geo_confidence::text || '}}')::json
                END
         FROM (SELECT (SELECT row_to_json(p) FROM (SELECT p.id, p.name, p.country_code, p.admin1, p.latitude,
                                                          p.longitude, p.precision
                                                   FROM locations p WHERE p.id = {row}.location_id) p) AS j) l)"""

# SQL text assembled from this file's constants only (S608)
REPORT_DOC = f"""
CREATE OR REPLACE FUNCTION incident_report_doc(r incident_reports) RETURNS json LANGUAGE sql STABLE AS $$
    -- a report with near matches gets them as its last member
    SELECT CASE WHEN n.list IS NULL THEN row_to_json(x)
                ELSE (left(row_to_json(x)::text, -1) || ',"near_matches":' || n.list::text || '}}')::json END
    FROM (SELECT r.article_id, r.event_type, r.sub_event_type, r.event_date AS date, r.date_precision,
                 {_LOCATION.format(row="r")} AS location,
                 r.fatalities, r.fatalities_low, r.fatalities_high, r.fatalities_source,
                 r.fatalities_used, r.confidence, r.match_score, r.match_reasons) x,
         (SELECT array_to_json(array_agg((SELECT row_to_json(m) FROM (SELECT nm.incident_id, nm.score, nm.reasons) m)
                                         ORDER BY nm.score DESC, nm.incident_id)) AS list
          FROM incident_near_matches nm
          WHERE nm.article_id = r.article_id AND nm.key = r.key) n
$$
"""  # noqa: S608

INCIDENT_DOC = f"""
CREATE OR REPLACE FUNCTION incident_doc(i incidents) RETURNS json LANGUAGE plpgsql STABLE AS $$
DECLARE
    -- the lead reports' articles: those whose fatality figures the incident uses, then the earliest
    lead bigint[] := ARRAY(SELECT r.article_id FROM incident_reports r WHERE r.incident_id = i.id
                           ORDER BY r.fatalities_used = '{{}}', r.article_id LIMIT {EMBEDDED_REPORTS});
BEGIN
    RETURN row_to_json(d) FROM (SELECT
        i.id,
        i.event_type,
        i.sub_event_type,
        i.event_date AS date,
        i.date_precision,
        {_LOCATION.format(row="i")} AS location,
        coalesce((SELECT array_to_json(array_agg(
                             (SELECT row_to_json(x) FROM (SELECT a.id, a.name, ia.role, a.type) x)
                             ORDER BY ia.position))
                  FROM incident_actors ia JOIN actors a ON a.id = ia.actor_id
                  WHERE ia.incident_id = i.id), '[]'::json) AS actors,
        i.fatalities,
        i.fatalities_low,
        i.fatalities_high,
        i.fatalities_source,
        i.summary,
        coalesce((SELECT array_to_json(array_agg(
                             (SELECT row_to_json(x) FROM (SELECT e.article_id, e.field, e.start_offset AS "start",
                                                                 e.end_offset AS "end", e.quote) x)
                             ORDER BY e.article_id, e.start_offset, e.field))
                  FROM evidence e WHERE e.incident_id = i.id AND e.article_id = ANY(lead)), '[]'::json) AS evidence,
        i.confidence,
        coalesce((SELECT array_to_json(array_agg(r.article_id ORDER BY r.article_id))
                  FROM incident_reports r WHERE r.incident_id = i.id), '[]'::json) AS article_ids,
        (SELECT count(*) FROM incident_reports r WHERE r.incident_id = i.id) AS report_count,
        i.extractor_version,
        to_char(i.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_at,
        to_char(i.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS updated_at,
        coalesce((SELECT array_to_json(array_agg(incident_report_doc(r) ORDER BY r.article_id))
                  FROM incident_reports r WHERE r.incident_id = i.id AND r.article_id = ANY(lead)), '[]'::json)
            AS reports
    ) d;
END
$$
"""  # noqa: S608

# the change feed's lock (service.db.queries.changes), so that the upserts take their places in commit order
_FEED_LOCK = int.from_bytes(hashlib.blake2b(b"incident-changes", digest_size=8).digest(), "big", signed=True)


def _rewrite_every_document() -> None:
    op.execute("UPDATE incidents i SET updated_at = now()")
    op.execute("UPDATE incidents i SET doc = incident_doc(i)")
    op.execute(f"SELECT pg_advisory_xact_lock({int(_FEED_LOCK)})")
    op.execute(
        """
        INSERT INTO incident_changes (incident_id, kind)
        SELECT id, 'upsert' FROM incidents ORDER BY id
        ON CONFLICT (incident_id) DO UPDATE SET seq = nextval('incident_changes_seq'), kind = 'upsert',
            survivor_id = NULL, reason = NULL, changed_at = now()
        """
    )


def upgrade() -> None:
    op.execute(REPORT_DOC)
    op.execute(INCIDENT_DOC)
    _rewrite_every_document()


def downgrade() -> None:
    previous = runpy.run_path(str(Path(__file__).with_name("20261206_0020_geo_confidence.py")))
    op.execute(str(previous["INCIDENT_DOC"]))
    op.execute("DROP FUNCTION incident_report_doc(incident_reports)")
    _rewrite_every_document()
