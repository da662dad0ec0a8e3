"""Queue depth without a scan: job counts by status kept by triggers, read by /metrics on every scrape.

`/metrics` counted the jobs table by status on every scrape, a read of every job ever made. `job_counts` holds the
count per status, kept by triggers on jobs (a row inserted or deleted, a status changed, the table truncated), so a
scrape reads at most 64 rows. One counter row per status would make every post and every claim wait on the
transaction before it that changed the same status; the counts are spread over 16 slots chosen by the backend's pid,
and a status's count is the sum of its slots (a slot may go below zero; the sum may not).

The upgrade counts the existing jobs once, with posts and workers waiting meanwhile (a read of the jobs table).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04
"""

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        """
        CREATE TABLE job_counts (
            status  text NOT NULL,
            slot    smallint NOT NULL,
            jobs    bigint NOT NULL,
            PRIMARY KEY (status, slot)
        )
        """
    )
    op.execute(
        """
        CREATE FUNCTION count_job(text, integer) RETURNS void LANGUAGE sql AS $$
            INSERT INTO job_counts (status, slot, jobs) VALUES ($1, pg_backend_pid() % 16, $2)
            ON CONFLICT (status, slot) DO UPDATE SET jobs = job_counts.jobs + excluded.jobs
        $$
        """
    )
    op.execute(
        """
        CREATE FUNCTION jobs_counted() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'TRUNCATE' THEN
                DELETE FROM job_counts;
                RETURN NULL;
            END IF;
            IF TG_OP IN ('UPDATE', 'DELETE') THEN
                PERFORM count_job(OLD.status, -1);
            END IF;
            IF TG_OP IN ('UPDATE', 'INSERT') THEN
                PERFORM count_job(NEW.status, 1);
            END IF;
            RETURN NULL;
        END
        $$
        """
    )
    op.execute("LOCK TABLE jobs IN SHARE MODE")  # no job changes between the count and the triggers
    op.execute(
        "CREATE TRIGGER jobs_counted_rows AFTER INSERT OR DELETE ON jobs FOR EACH ROW EXECUTE FUNCTION jobs_counted()"
    )
    op.execute(
        "CREATE TRIGGER jobs_counted_status AFTER UPDATE OF status ON jobs FOR EACH ROW"
        " WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION jobs_counted()"
    )
    op.execute("CREATE TRIGGER jobs_counted_truncate AFTER TRUNCATE ON jobs EXECUTE FUNCTION jobs_counted()")
    op.execute("INSERT INTO job_counts (status, slot, jobs) SELECT status, 0, count(*) FROM jobs GROUP BY status")


def downgrade() -> None:
    op.execute("DROP TRIGGER jobs_counted_truncate ON jobs")
    op.execute("DROP TRIGGER jobs_counted_status ON jobs")
    op.execute("DROP TRIGGER jobs_counted_rows ON jobs")
    op.execute("DROP FUNCTION jobs_counted()")
    op.execute("DROP FUNCTION count_job(text, integer)")
    op.execute("DROP TABLE job_counts")
