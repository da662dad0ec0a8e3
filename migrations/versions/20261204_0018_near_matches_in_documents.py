"""Borderline candidates in the incident document, and a merge's candidates read from one index.

Each report lists, in the incident document, the incidents it was scored against and not merged with
(`incident_near_matches`, 0012), with the score and the reasons.

`incident_doc` gains `near_matches` in a report's entry, written only for a report that has any, so every other
document stays the same byte for byte: only the incidents with a near match get their document written again (with
their `updated_at`, and an upsert in the change feed so mirrors follow). The downgrade does the same with 0012's
definition.

`incident_reports_candidates` replaces `incident_reports_by_country_date`: the same keys, carrying each report's
location, incident and article, so that a new report's candidates (a country's reports over a few weeks) are read
from the index alone rather than from one heap page each (`service.db.queries.reports`, bench/REPORT-merge.md).
`locations_by_name` (country, folded name) finds the places of a report's name in its country exactly; the trigram
index, built for search, reads many pages for an equality. Building the two reads the tables once: about 4 s per
million reports here, with writes to incident_reports waiting meanwhile.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-04
"""

import hashlib
import runpy
from pathlib import Path

from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

INCIDENT_DOC = """
CREATE OR REPLACE FUNCTION incident_doc(i incidents) RETURNS json LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN row_to_json(d) FROM (SELECT
        i.id,
        i.event_type,
        i.sub_event_type,
        i.event_date AS date,
        i.date_precision,
        (SELECT row_to_json(l) FROM (SELECT l.id, l.name, l.country_code, l.admin1, l.latitude, l.longitude,
                                            l.precision
                                     FROM locations l WHERE l.id = i.location_id) l) AS location,
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
                  FROM evidence e WHERE e.incident_id = i.id), '[]'::json) AS evidence,
        i.confidence,
        coalesce((SELECT array_to_json(array_agg(r.article_id ORDER BY r.article_id))
                  FROM incident_reports r WHERE r.incident_id = i.id), '[]'::json) AS article_ids,
        i.extractor_version,
        to_char(i.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_at,
        to_char(i.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS updated_at,
        coalesce((SELECT array_to_json(array_agg(
                             -- a report with near matches gets them as its last member; any other is as in 0012
                             (SELECT CASE WHEN n.list IS NULL THEN row_to_json(x)
                                          ELSE (left(row_to_json(x)::text, -1) || ',"near_matches":'
                                                || n.list::text || '}')::json END
                              FROM (SELECT r.article_id, r.event_type, r.sub_event_type,
                                 r.event_date AS date, r.date_precision,
                                 (SELECT row_to_json(l) FROM (SELECT l.id, l.name, l.country_code, l.admin1,
                                                                     l.latitude, l.longitude, l.precision
                                                              FROM locations l WHERE l.id = r.location_id) l)
                                     AS location,
                                 r.fatalities, r.fatalities_low, r.fatalities_high, r.fatalities_source,
                                 r.fatalities_used, r.confidence, r.match_score, r.match_reasons) x,
                                 (SELECT array_to_json(array_agg(
                                             (SELECT row_to_json(m) FROM (SELECT nm.incident_id, nm.score,
                                                                                 nm.reasons) m)
                                             ORDER BY nm.score DESC, nm.incident_id)) AS list
                                  FROM incident_near_matches nm
                                  WHERE nm.article_id = r.article_id AND nm.key = r.key) n)
                             ORDER BY r.article_id))
                  FROM incident_reports r WHERE r.incident_id = i.id), '[]'::json) AS reports
    ) d;
END
$$
"""

# the incidents with a report that has a near match, noted once for the statements below
_NOTE = """
CREATE TEMPORARY TABLE near_matched AS
SELECT DISTINCT r.incident_id AS id FROM incident_near_matches n
JOIN incident_reports r ON r.article_id = n.article_id AND r.key = n.key
"""
# the change feed's lock (service.db.queries.changes), so that the upserts take their places in commit order
_FEED_LOCK = int.from_bytes(hashlib.blake2b(b"incident-changes", digest_size=8).digest(), "big", signed=True)


def _rewrite_documents_with_near_matches() -> None:
    op.execute(_NOTE)
    op.execute("UPDATE incidents SET updated_at = now() WHERE id IN (SELECT id FROM near_matched)")
    op.execute("UPDATE incidents i SET doc = incident_doc(i) WHERE i.id IN (SELECT id FROM near_matched)")
    op.execute(f"SELECT pg_advisory_xact_lock({int(_FEED_LOCK)})")
    op.execute(
        """
        INSERT INTO incident_changes (incident_id, kind)
        SELECT id, 'upsert' FROM near_matched ORDER BY id
        ON CONFLICT (incident_id) DO UPDATE SET seq = nextval('incident_changes_seq'), kind = 'upsert',
            survivor_id = NULL, reason = NULL, changed_at = now()
        """
    )
    op.execute("DROP TABLE near_matched")


def upgrade() -> None:
    op.execute(
        "CREATE INDEX incident_reports_candidates ON incident_reports (country_code, event_date) "
        "INCLUDE (location_id, incident_id, article_id)"
    )
    op.execute("DROP INDEX incident_reports_by_country_date")
    op.execute("CREATE INDEX locations_by_name ON locations (country_code, fold(name))")
    op.execute(INCIDENT_DOC)
    _rewrite_documents_with_near_matches()


def downgrade() -> None:
    op.execute("CREATE INDEX incident_reports_by_country_date ON incident_reports (country_code, event_date)")
    op.execute("DROP INDEX incident_reports_candidates")
    op.execute("DROP INDEX locations_by_name")
    previous = runpy.run_path(str(Path(__file__).with_name("20261204_0012_incident_reports.py")))
    op.execute(str(previous["INCIDENT_DOC"]))
    _rewrite_documents_with_near_matches()
