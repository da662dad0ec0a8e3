"""Jobs an operator can manage: who posted each article, which request made each job, jobs listed by status.

`articles.api_key_id` is the API key that posted the article (NULL when writes are open, or for articles posted
before); a key is revoked, never deleted, but deleting one leaves its articles. The foreign key is added NOT VALID
and then validated, so the validating scan takes no lock that stops posts. `jobs.request_id` is the request id of
the POST that queued the job (or of the reprocess that queued it again), put on the worker's log lines of the job.
`jobs_by_status` serves `GET /v1/jobs?status=` and `incidents jobs list` in id order; building it reads the jobs
table once, and posts and workers wait meanwhile.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04
"""

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE articles ADD COLUMN api_key_id bigint")
    op.execute(
        "ALTER TABLE articles ADD CONSTRAINT articles_api_key_fk FOREIGN KEY (api_key_id)"
        " REFERENCES api_keys (id) ON DELETE SET NULL NOT VALID"
    )
    op.execute("ALTER TABLE articles VALIDATE CONSTRAINT articles_api_key_fk")
    op.execute("ALTER TABLE jobs ADD COLUMN request_id text")
    op.execute("CREATE INDEX jobs_by_status ON jobs (status, id)")


def downgrade() -> None:
    op.execute("DROP INDEX jobs_by_status")
    op.execute("ALTER TABLE jobs DROP COLUMN request_id")
    op.execute("ALTER TABLE articles DROP COLUMN api_key_id")
