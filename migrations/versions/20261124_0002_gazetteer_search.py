"""Gazetteer search: names are matched folded (lower case, no accents), exactly through a b-tree and by
spelling through trigrams; a table records which version of each reference data set is loaded.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DROP INDEX gazetteer_names_trgm")
    op.execute("CREATE INDEX gazetteer_names_fold ON gazetteer_names (fold(name))")
    op.execute("CREATE INDEX gazetteer_names_fold_trgm ON gazetteer_names USING gin (fold(name) gin_trgm_ops)")
    op.execute("CREATE INDEX admin_regions_fold ON admin_regions (fold(name))")
    op.execute(
        """
        CREATE TABLE reference_data (
            name       text PRIMARY KEY,
            version    text NOT NULL,
            rows       bigint NOT NULL,
            loaded_at  timestamptz NOT NULL DEFAULT now()
        )
        """
    )


def downgrade() -> None:
    op.execute("DROP TABLE reference_data")
    op.execute("DROP INDEX admin_regions_fold")
    op.execute("DROP INDEX gazetteer_names_fold_trgm")
    op.execute("DROP INDEX gazetteer_names_fold")
    op.execute("CREATE INDEX gazetteer_names_trgm ON gazetteer_names USING gin (name gin_trgm_ops)")
