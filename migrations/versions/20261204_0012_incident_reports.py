"""One event, many reports: incidents are linked to the articles that report them.

An incident was one article's: three outlets reporting one massacre made three incidents. `incident_reports` now
holds each article's report of an incident, keyed as incidents were (article, key within the article), with the
article's own contribution: event type, date, place, actors, fatalities, summary, confidence, its extractor
version, and the score and reasons with which it joined the incident (NULL for the report that founded it). Its
evidence is the incident's evidence rows carrying its article_id. An incident has at most one report per article.
`service.incidents.merge` decides which incident a report belongs to and derives the incident's own fields from
its reports; `incidents.article_id` and `incidents.key` therefore go, and evidence is keyed by article too.

`incident_redirects` maps the id of an incident absorbed by a merge to the incident that absorbed it, so the old
id answers with the survivor. `incident_near_matches` keeps the borderline candidates a report was scored
against and not merged with.

Every existing incident gets one report, from its own article, and its document is written again (the shape
gains `reports`; `article_ids` now lists every reporting article): the cost of 0007's rewrite, 2.5 to 4 minutes
per million incidents on this project's machine; writers of incidents wait meanwhile. The downgrade gives every
report beyond an incident's first its own incident again.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04
"""

import runpy
from pathlib import Path

from alembic import op

revision = "0012"
down_revision = "0011"
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
                             (SELECT row_to_json(x) FROM (SELECT r.article_id, r.event_type, r.sub_event_type,
                                 r.event_date AS date, r.date_precision,
                                 (SELECT row_to_json(l) FROM (SELECT l.id, l.name, l.country_code, l.admin1,
                                                                     l.latitude, l.longitude, l.precision
                                                              FROM locations l WHERE l.id = r.location_id) l)
                                     AS location,
                                 r.fatalities, r.fatalities_low, r.fatalities_high, r.fatalities_source,
                                 r.fatalities_used, r.confidence, r.match_score, r.match_reasons) x)
                             ORDER BY r.article_id))
                  FROM incident_reports r WHERE r.incident_id = i.id), '[]'::json) AS reports
    ) d;
END
$$
"""


def _previous_definition() -> str:
    """0007's function, read from its own migration rather than copied here."""
    previous = runpy.run_path(str(Path(__file__).with_name("20261125_0007_compact_incident_documents.py")))
    return str(previous["INCIDENT_DOC"])


def upgrade() -> None:
    op.execute(
        """
        CREATE TABLE incident_reports (
            article_id         bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            key                text NOT NULL,
            incident_id        bigint NOT NULL REFERENCES incidents (id),
            event_type         text NOT NULL,
            sub_event_type     text NOT NULL,
            event_date         date,
            date_precision     text CHECK (date_precision IN ('day', 'week', 'month')),
            location_id        bigint REFERENCES locations (id),
            country_code       char(2),
            fatalities         integer CHECK (fatalities >= 0),
            fatalities_low     integer,
            fatalities_high    integer,
            fatalities_source  text,
            fatalities_used    text[] NOT NULL DEFAULT '{}',
            summary            text NOT NULL,
            confidence         real NOT NULL CHECK (confidence BETWEEN 0 AND 1),
            actor_ids          bigint[] NOT NULL DEFAULT '{}',
            actor_roles        text[] NOT NULL DEFAULT '{}',
            extractor_version  text NOT NULL,
            match_score        real,
            match_reasons      text[] NOT NULL DEFAULT '{}',
            created_at         timestamptz NOT NULL DEFAULT now(),
            updated_at         timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (article_id, key),
            UNIQUE (incident_id, article_id)
        )
        """
    )
    # a new report's candidates: reports of its country around its date
    op.execute("CREATE INDEX incident_reports_by_country_date ON incident_reports (country_code, event_date)")
    op.execute(
        """
        CREATE TABLE incident_redirects (
            absorbed_id  bigint PRIMARY KEY,
            incident_id  bigint NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
            merged_at    timestamptz NOT NULL DEFAULT now()
        )
        """
    )
    op.execute("CREATE INDEX incident_redirects_by_survivor ON incident_redirects (incident_id)")
    op.execute(
        """
        CREATE TABLE incident_near_matches (
            article_id   bigint NOT NULL,
            key          text NOT NULL,
            incident_id  bigint NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
            score        real NOT NULL,
            reasons      text[] NOT NULL,
            PRIMARY KEY (article_id, key, incident_id),
            FOREIGN KEY (article_id, key) REFERENCES incident_reports (article_id, key) ON DELETE CASCADE
        )
        """
    )
    op.execute("CREATE INDEX incident_near_matches_by_incident ON incident_near_matches (incident_id)")
    op.execute(
        """
        INSERT INTO incident_reports (article_id, key, incident_id, event_type, sub_event_type, event_date,
            date_precision, location_id, country_code, fatalities, fatalities_low, fatalities_high, fatalities_source,
            fatalities_used, summary, confidence, actor_ids, actor_roles, extractor_version, created_at, updated_at)
        SELECT i.article_id, i.key, i.id, i.event_type, i.sub_event_type, i.event_date, i.date_precision,
            i.location_id, i.country_code, i.fatalities, i.fatalities_low, i.fatalities_high, i.fatalities_source,
            array_remove(ARRAY[CASE WHEN i.fatalities IS NOT NULL THEN 'best' END,
                               CASE WHEN i.fatalities_low IS NOT NULL THEN 'low' END,
                               CASE WHEN i.fatalities_high IS NOT NULL THEN 'high' END], NULL),
            i.summary, i.confidence,
            coalesce(a.ids, '{}'), coalesce(a.roles, '{}'), i.extractor_version, i.created_at, i.updated_at
        FROM incidents i
        LEFT JOIN LATERAL (SELECT array_agg(ia.actor_id ORDER BY ia.position) AS ids,
                                  array_agg(ia.role ORDER BY ia.position) AS roles
                           FROM incident_actors ia WHERE ia.incident_id = i.id) a ON TRUE
        """
    )
    op.execute("ALTER TABLE evidence DROP CONSTRAINT evidence_pkey")
    op.execute("ALTER TABLE evidence ADD PRIMARY KEY (incident_id, article_id, field, start_offset)")
    op.execute("CREATE INDEX evidence_by_article ON evidence (article_id)")
    op.execute("ALTER TABLE incidents DROP COLUMN article_id, DROP COLUMN key")
    op.execute(INCIDENT_DOC)
    op.execute("UPDATE incidents i SET doc = incident_doc(i)")
    op.execute("ANALYZE incident_reports")


def downgrade() -> None:
    op.execute("ALTER TABLE incidents ADD COLUMN article_id bigint REFERENCES articles (id) ON DELETE CASCADE")
    op.execute("ALTER TABLE incidents ADD COLUMN key text")
    # every report beyond an incident's first becomes an incident of its own again, from its own contribution
    op.execute(
        """
        CREATE TEMPORARY TABLE split_reports ON COMMIT DROP AS
        SELECT r.*, nextval(pg_get_serial_sequence('incidents', 'id')) AS new_id
        FROM incident_reports r
        WHERE r.article_id > (SELECT min(first.article_id) FROM incident_reports first
                              WHERE first.incident_id = r.incident_id)
        """
    )
    op.execute(
        """
        INSERT INTO incidents (id, article_id, key, event_type, sub_event_type, event_date, date_precision,
            location_id, country_code, fatalities, fatalities_low, fatalities_high, fatalities_source, summary,
            confidence, extractor_version, created_at, updated_at)
        OVERRIDING SYSTEM VALUE
        SELECT new_id, article_id, key, event_type, sub_event_type, event_date, date_precision, location_id,
            country_code, fatalities, fatalities_low, fatalities_high, fatalities_source, summary, confidence,
            extractor_version, created_at, updated_at
        FROM split_reports
        """
    )
    op.execute(
        """
        INSERT INTO incident_actors (incident_id, actor_id, role, position)
        SELECT s.new_id, a.actor_id, a.role, a.position - 1
        FROM split_reports s, unnest(s.actor_ids, s.actor_roles) WITH ORDINALITY AS a (actor_id, role, position)
        ON CONFLICT DO NOTHING
        """
    )
    op.execute(
        "UPDATE evidence e SET incident_id = s.new_id FROM split_reports s "
        "WHERE e.incident_id = s.incident_id AND e.article_id = s.article_id"
    )
    op.execute(
        "UPDATE incidents i SET article_id = r.article_id, key = r.key FROM incident_reports r "
        "WHERE i.article_id IS NULL AND r.incident_id = i.id "
        "AND r.article_id = (SELECT min(article_id) FROM incident_reports WHERE incident_id = i.id)"
    )
    op.execute("DELETE FROM incidents WHERE article_id IS NULL")  # no report: nothing the old schema could hold
    op.execute("ALTER TABLE incidents ALTER COLUMN article_id SET NOT NULL, ALTER COLUMN key SET NOT NULL")
    op.execute("ALTER TABLE incidents ADD UNIQUE (article_id, key)")
    op.execute("CREATE INDEX incidents_by_article ON incidents (article_id, id)")
    op.execute("DROP INDEX evidence_by_article")
    op.execute("ALTER TABLE evidence DROP CONSTRAINT evidence_pkey")
    op.execute(
        "DELETE FROM evidence a USING evidence b WHERE a.ctid > b.ctid "
        "AND (a.incident_id, a.field, a.start_offset) = (b.incident_id, b.field, b.start_offset)"
    )
    op.execute("ALTER TABLE evidence ADD PRIMARY KEY (incident_id, field, start_offset)")
    op.execute(_previous_definition())
    op.execute("DROP TABLE incident_near_matches")
    op.execute("DROP TABLE incident_redirects")
    op.execute("DROP TABLE incident_reports")
    op.execute("UPDATE incidents i SET doc = incident_doc(i)")
