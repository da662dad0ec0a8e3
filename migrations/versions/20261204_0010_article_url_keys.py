"""Duplicate articles found by their normalised URL and by their text, whatever their URL.

`/x`, `/x/`, `EX.ORG/x` and `/x?utm_source=feed` were four articles with four copies of each incident. Articles
keep their url as given; `url_key` holds the form re-posts of one page share (scheme and host in lower case, no
fragment, no trailing slash, no tracking parameters, the rest of the query sorted: `service.ingest.url_key`),
unique. Existing articles whose url is already in that form (no query or fragment, lower-case host, no trailing
slash or port) get it as their key here; the others keep being found by their exact url and by their text.

The same text under another URL is the same article too: content_hash is indexed for every article, and ingest
takes a transaction lock on the hash so two posts of one text cannot both insert.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE articles ADD COLUMN url_key text")
    op.execute(r"UPDATE articles SET url_key = url WHERE url ~ '^https?://[a-z0-9.-]*[a-z0-9-](/[^?#]*[^/?#])?$'")
    op.execute("CREATE UNIQUE INDEX articles_by_url_key ON articles (url_key) WHERE url_key IS NOT NULL")
    op.execute("CREATE INDEX articles_by_content ON articles (content_hash)")


def downgrade() -> None:
    op.execute("DROP INDEX articles_by_content")
    op.execute("DROP INDEX articles_by_url_key")
    op.execute("ALTER TABLE articles DROP COLUMN url_key")
