"""Read index tuning from the read API benchmark: the dashboard query (country + event type, newest first)
gets an index of its own instead of filtering one of the two.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE INDEX incidents_by_country_type_date ON incidents "
        "(country_code, event_type, coalesce(event_date, DATE '0001-01-01'), id)"
    )


def downgrade() -> None:
    op.execute("DROP INDEX incidents_by_country_type_date")
