"""Article languages: how the language an article is read in was chosen.

`articles.language` held what a client declared, often nothing. From now on it holds the language the article is
read in, always set at ingest: the declared ISO 639-1 code, else the one detected from its title and text, else the
service's default. `language_source` says which (declared, detected, default). Articles posted before this revision
keep their value and a null source; a worker reading one without a language detects it and records it.

Adding a nullable column without a default rewrites no row.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-04
"""

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        """
        ALTER TABLE articles ADD COLUMN language_source text
            CONSTRAINT articles_language_source CHECK (language_source IN ('declared', 'detected', 'default'))
        """
    )


def downgrade() -> None:
    op.execute("ALTER TABLE articles DROP COLUMN language_source")
