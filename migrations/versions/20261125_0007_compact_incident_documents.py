"""Compact incident documents: the same document as 0006, written without whitespace.

json_build_object and json_agg put a space around every colon and after every comma, about an eighth of a
stored document, which every page then carried through PostgreSQL, the API process and the network. Rows turned
to JSON (row_to_json, array_to_json) carry none. Keys, their order and the values are unchanged.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25
"""

import runpy
from pathlib import Path

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# Each nested object is a row of its own subquery, named by its column aliases; lists are arrays of such rows
# in an explicit order.
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
                             ORDER BY e.start_offset, e.field))
                  FROM evidence e WHERE e.incident_id = i.id), '[]'::json) AS evidence,
        i.confidence,
        ARRAY[i.article_id] AS article_ids,
        i.extractor_version,
        to_char(i.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_at,
        to_char(i.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS updated_at
    ) d;
END
$$
"""


def _previous_definition() -> str:
    """0006's function, read from its own migration rather than copied here."""
    previous = runpy.run_path(str(Path(__file__).with_name("20261125_0006_incident_documents.py")))
    return str(previous["INCIDENT_DOC"]).replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1)


def upgrade() -> None:
    op.execute(INCIDENT_DOC)
    op.execute("UPDATE incidents i SET doc = incident_doc(i)")


def downgrade() -> None:
    op.execute(_previous_definition())
    op.execute("UPDATE incidents i SET doc = incident_doc(i)")
