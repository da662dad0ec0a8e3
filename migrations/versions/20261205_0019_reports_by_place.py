"""A place's reports, for the reports no day brings together: an undated report and those of the same place.

`incident_reports_by_place` (location, date) carrying each report's incident and article finds the reports of a
place from the index alone: those without a date when a dated report is saved, and the latest of every date when an
undated one is (`service.db.queries.reports.unmapped_or_undated_candidates`). Building it reads the table once, with
writes to incident_reports waiting meanwhile (a few seconds per million reports).

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-05
"""

from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE INDEX incident_reports_by_place ON incident_reports (location_id, event_date) "
        "INCLUDE (incident_id, article_id)"
    )


def downgrade() -> None:
    op.execute("DROP INDEX incident_reports_by_place")
