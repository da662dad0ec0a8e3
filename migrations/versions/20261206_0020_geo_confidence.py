"""How sure each incident's place is: `geo_confidence` on incidents and on each report.

A report's `geo_confidence` (0..1) is the extractor's certainty that the event happened at its location, at that
location's precision: the gazetteer match (exact or a close spelling, in the story's country or abroad, one place of
that name or several) times how the place was tied to the event (its own sentence, the dateline, the country
alone). An incident's is that of its reports at its location, combined (several reports agreeing on a place make
it surer). NULL for reports and incidents coded before it existed; reprocessing an article fills them.

`incident_doc` writes it as the last member of a location (the incident's and each report's), only where it is
set, so every existing document stays the same byte for byte and none is written again. The downgrade writes
again, with 0018's definition, the documents that carry it (with an upsert in the change feed so mirrors follow).

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-06
"""

import hashlib
import runpy
from pathlib import Path

from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

_PREVIOUS = runpy.run_path(str(Path(__file__).with_name("20261204_0018_near_matches_in_documents.py")))
_LOCATION = """(SELECT row_to_json(l) FROM (SELECT l.id, l.name, l.country_code, l.admin1, l.latitude, l.longitude,
                                            l.precision
                                     FROM locations l WHERE l.id = i.location_id) l) AS location,"""
_REPORT_LOCATION = """(SELECT row_to_json(l) FROM (SELECT l.id, l.name, l.country_code, l.admin1,
                                                                     l.latitude, l.longitude, l.precision
                                                              FROM locations l WHERE l.id = r.location_id) l)
                                     AS location,"""


def _with_confidence(location: str, alias: str) -> str:
    """The location's JSON with `"geo_confidence": <its row's>` appended when that is set."""
    body = location[: location.rindex(" AS location,")]
    # SQL text assembled from this file's constants only
    return (
        f"(SELECT CASE WHEN {alias}.geo_confidence IS NULL THEN loc.j ELSE (left(loc.j::text, -1) "  # noqa: S608
        f"|| ',\"geo_confidence\":' || {alias}.geo_confidence::text || '}}')::json END "
        f"FROM (SELECT {body} AS j) loc) AS location,"
    )


def _incident_doc() -> str:
    previous = str(_PREVIOUS["INCIDENT_DOC"])
    if _LOCATION not in previous or _REPORT_LOCATION not in previous:
        raise RuntimeError("0018's incident_doc is the one this revision rewrites")
    return previous.replace(_LOCATION, _with_confidence(_LOCATION, "i")).replace(
        _REPORT_LOCATION, _with_confidence(_REPORT_LOCATION, "r")
    )


INCIDENT_DOC = _incident_doc()

# the change feed's lock (service.db.queries.changes), so that the upserts take their places in commit order
_FEED_LOCK = int.from_bytes(hashlib.blake2b(b"incident-changes", digest_size=8).digest(), "big", signed=True)


def upgrade() -> None:
    op.execute("ALTER TABLE incidents ADD COLUMN geo_confidence real")
    op.execute("ALTER TABLE incident_reports ADD COLUMN geo_confidence real")
    op.execute(INCIDENT_DOC)


def downgrade() -> None:
    op.execute(str(_PREVIOUS["INCIDENT_DOC"]))
    op.execute(
        "CREATE TEMPORARY TABLE sure_of_place AS SELECT DISTINCT incident_id AS id FROM incident_reports "
        "WHERE geo_confidence IS NOT NULL UNION SELECT id FROM incidents WHERE geo_confidence IS NOT NULL"
    )
    op.execute("ALTER TABLE incidents DROP COLUMN geo_confidence")
    op.execute("ALTER TABLE incident_reports DROP COLUMN geo_confidence")
    op.execute(
        "UPDATE incidents i SET doc = incident_doc(i), updated_at = now() WHERE i.id IN (SELECT id FROM sure_of_place)"
    )
    op.execute(f"SELECT pg_advisory_xact_lock({int(_FEED_LOCK)})")
    op.execute(
        """
        INSERT INTO incident_changes (incident_id, kind)
        SELECT id, 'upsert' FROM sure_of_place WHERE id IN (SELECT id FROM incidents) ORDER BY id
        ON CONFLICT (incident_id) DO UPDATE SET seq = nextval('incident_changes_seq'), kind = 'upsert',
            survivor_id = NULL, reason = NULL, changed_at = now()
        """
    )
    op.execute("DROP TABLE sure_of_place")
