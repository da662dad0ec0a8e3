"""Incident documents: each incident keeps its public JSON document, written in the transaction that writes
the incident, so that a page of the list is read from the rows its index finds rather than assembled from
four tables per request.

`incident_doc(incidents)` is the one definition of the document's shape, in the shape of the v1 `Incident`
schema; a revision that changes the shape replaces the function and rewrites the documents.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# Timestamps are written in UTC with a Z, as everywhere else in the API, whatever the session's time zone.
# PL/pgSQL, not SQL: a SQL function would be inlined into every statement that reads documents and planned
# there on each execution; this one is planned once per session.
INCIDENT_DOC = """
CREATE FUNCTION incident_doc(i incidents) RETURNS json LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN json_build_object(
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
        'created_at', to_char(i.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        'updated_at', to_char(i.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
    );
END
$$
"""


def upgrade() -> None:
    # json, not jsonb: the document is served as stored, with no conversion on the way out
    op.execute("ALTER TABLE incidents ADD COLUMN doc json")
    op.execute(INCIDENT_DOC)
    op.execute("UPDATE incidents i SET doc = incident_doc(i)")


def downgrade() -> None:
    op.execute("DROP FUNCTION incident_doc(incidents)")
    op.execute("ALTER TABLE incidents DROP COLUMN doc")
