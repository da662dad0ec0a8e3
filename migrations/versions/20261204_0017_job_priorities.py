"""Reprocessing behind new articles: job priorities, the version each job was extracted with, resumable runs.

`jobs.priority` (0 for a posted article, 1 for a reprocessing that `incidents reprocess` queued): workers claim the
lowest first, then the oldest, so new articles never wait behind a reprocessing backlog; the index the claim walks
becomes (priority, run_at, id) over queued jobs. `jobs.extractor_version` is the version of the extraction a job last
saved (NULL for jobs done before this revision: their articles' reports still say it, when they have any), so
`--outdated` finds articles extracted by another version, those that yielded no incident included.
`reprocess_runs` records each `incidents reprocess` selection and how far it has queued, so an interrupted run
resumes where it stopped.

The new columns are nullable or have a constant default: no row is rewritten. The index is built once, with posts
and claims waiting meanwhile (a read of the queued jobs only, the index being partial).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04
"""

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE jobs ADD COLUMN priority smallint NOT NULL DEFAULT 0")
    op.execute("ALTER TABLE jobs ADD COLUMN extractor_version text")
    op.execute("CREATE INDEX jobs_ready_by_priority ON jobs (priority, run_at, id) WHERE status = 'queued'")
    op.execute("DROP INDEX jobs_ready")
    op.execute(
        """
        CREATE TABLE reprocess_runs (
            id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            selection        text NOT NULL,
            after_article_id bigint NOT NULL DEFAULT 0,
            total            bigint NOT NULL,
            examined         bigint NOT NULL DEFAULT 0,
            queued           bigint NOT NULL DEFAULT 0,
            started_at       timestamptz NOT NULL DEFAULT now(),
            updated_at       timestamptz NOT NULL DEFAULT now(),
            finished_at      timestamptz
        )
        """
    )
    op.execute("CREATE UNIQUE INDEX reprocess_runs_unfinished ON reprocess_runs (selection) WHERE finished_at IS NULL")


def downgrade() -> None:
    op.execute("DROP TABLE reprocess_runs")
    op.execute("CREATE INDEX jobs_ready ON jobs (run_at, id) WHERE status = 'queued'")
    op.execute("DROP INDEX jobs_ready_by_priority")
    op.execute("ALTER TABLE jobs DROP COLUMN extractor_version, DROP COLUMN priority")
