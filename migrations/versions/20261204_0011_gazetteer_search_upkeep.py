"""Gazetteer search upkeep: the trigram index's pending list flushed and the gazetteer tables analysed.

A bulk load leaves up to gin_pending_list_limit (4 MB) of new names in the trigram index's pending list, which
every spelling search reads through in full, and leaves the planner without statistics until autovacuum comes
by (never, where it is off): on a freshly seeded gazetteer a spelling search took 4-5 ms a name instead of 1.
Loads now do both themselves (`service.gazetteer.load`); this revision does it once for databases seeded before.
Statistics are no schema: the downgrade has nothing to undo.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("SELECT gin_clean_pending_list('gazetteer_names_fold_trgm'::regclass)")
    op.execute("ANALYZE gazetteer, gazetteer_names, admin_regions")


def downgrade() -> None:
    pass
