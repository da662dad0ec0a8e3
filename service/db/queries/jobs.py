"""SQL for the extraction job queue: claim with SKIP LOCKED, leases, retries with backoff."""

from __future__ import annotations

import asyncpg
import msgspec

from service.contract.schemas import Job
from service.db.queries.articles import FINISHED_CHANNEL, JOBS_CHANNEL


class ClaimedJob(msgspec.Struct, frozen=True, kw_only=True):
    id: int
    article_id: int
    attempts: int
    max_attempts: int
    token: str
    request_id: str | None = None
    """The request that queued the job: its log lines carry it."""


_CLAIM = """
WITH next AS (
    SELECT id FROM jobs
    WHERE status = 'queued' AND run_at <= now()
    ORDER BY priority, run_at, id  -- a posted article (0) before a reprocessing (1): jobs_ready_by_priority
    FOR UPDATE SKIP LOCKED
    LIMIT 1
)
UPDATE jobs AS j
SET status = 'processing', attempts = j.attempts + 1, locked_by = $1,
    lease_expires_at = now() + make_interval(secs => $2), updated_at = now()
FROM next WHERE j.id = next.id
RETURNING j.id, j.article_id, j.attempts, j.max_attempts, j.locked_by AS token, j.request_id
"""

_RENEW = """
UPDATE jobs SET lease_expires_at = now() + make_interval(secs => $3)
WHERE id = $1 AND locked_by = $2 AND status = 'processing'
"""

_OWN = """
SELECT 1 FROM jobs WHERE id = $1 AND locked_by = $2 AND status = 'processing' FOR UPDATE
"""

# Every statement that finishes an article (done, or failed for good) notifies FINISHED_CHANNEL with its id in the
# same transaction: delivered at commit, it wakes the requests waiting for the article (service/waits.py).
_DONE = """
WITH done AS (
    UPDATE jobs SET status = 'done', finished_at = now(), updated_at = now(), locked_by = NULL,
        lease_expires_at = NULL, last_error = NULL, extractor_version = coalesce($3, extractor_version)
    WHERE id = $1 AND locked_by = $2
    RETURNING article_id
)
SELECT pg_notify($4, article_id::text) FROM done
"""

_FAIL = """
WITH failed AS (
    UPDATE jobs SET
        status = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
        finished_at = CASE WHEN attempts >= max_attempts THEN now() END,
        run_at = now() + make_interval(secs => least($4, $3 * power(2, greatest(attempts - 1, 0)))),
        last_error = $5, locked_by = NULL, lease_expires_at = NULL, updated_at = now()
    WHERE id = $1 AND locked_by = $2
    RETURNING article_id, status
)
SELECT status, CASE WHEN status = 'failed' THEN pg_notify($6, article_id::text) END FROM failed
"""

_FAIL_FOR_GOOD = """
WITH failed AS (
    UPDATE jobs SET status = 'failed', finished_at = now(), last_error = $3,
        locked_by = NULL, lease_expires_at = NULL, updated_at = now()
    WHERE id = $1 AND locked_by = $2
    RETURNING article_id, status
)
SELECT status, pg_notify($4, article_id::text) FROM failed
"""

# A lease that ran out means its worker died; the job goes back to the queue, or fails when it has
# used its attempts (a job that kills its worker every time must not loop forever).
_SWEEP = """
WITH swept AS (
    UPDATE jobs SET
        status = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
        finished_at = CASE WHEN attempts >= max_attempts THEN now() END,
        last_error = 'lease expired: worker ' || coalesce(locked_by, '?') || ' stopped renewing it',
        locked_by = NULL, lease_expires_at = NULL, run_at = now(), updated_at = now()
    WHERE status = 'processing' AND lease_expires_at < now()
    RETURNING id, article_id, status
)
SELECT id, status, CASE WHEN status = 'failed' THEN pg_notify($1, article_id::text) END FROM swept
"""

_REQUEUE_ARTICLE = """
UPDATE jobs SET status = 'queued', attempts = 0, run_at = now(), last_error = NULL, request_id = $2, priority = 0,
    locked_by = NULL, lease_expires_at = NULL, finished_at = NULL, updated_at = now()
WHERE article_id = $1 AND status IN ('done', 'failed')
RETURNING id
"""

# an operator's: a job still to do fails with the reason; a worker processing it loses its lease and stops
_CANCEL = """
WITH cancelled AS (
    UPDATE jobs SET status = 'failed', finished_at = now(), last_error = 'cancelled by an operator',
        locked_by = NULL, lease_expires_at = NULL, updated_at = now()
    WHERE id = $1 AND status IN ('queued', 'processing')
    RETURNING article_id
)
SELECT article_id, pg_notify($2, article_id::text) FROM cancelled
"""

_RETRY = """
UPDATE jobs SET status = 'queued', attempts = 0, run_at = now(), last_error = NULL,
    locked_by = NULL, lease_expires_at = NULL, finished_at = NULL, updated_at = now()
WHERE id = $1 AND status = 'failed'
RETURNING article_id
"""

_JOB_DOC = """
SELECT json_build_object(
    'id', j.id, 'article_id', j.article_id, 'status', j.status, 'attempts', j.attempts,
    'max_attempts', j.max_attempts, 'error', j.last_error, 'run_at', j.run_at, 'worker', j.locked_by,
    'lease_expires_at', j.lease_expires_at, 'request_id', j.request_id, 'api_key_id', a.api_key_id,
    'created_at', j.created_at, 'updated_at', j.updated_at, 'finished_at', j.finished_at
)::text AS doc
FROM jobs j JOIN articles a ON a.id = j.article_id
"""
# one statement per shape: a status filter walks jobs_by_status, none walks the primary key
_LIST_BY_STATUS = _JOB_DOC + "WHERE j.status = $1 AND j.id > $2 ORDER BY j.id LIMIT $3"
_LIST_ALL = _JOB_DOC + "WHERE j.id > $1 ORDER BY j.id LIMIT $2"
_GET = _JOB_DOC + "WHERE j.id = $1"

# from the counts triggers keep (migration 0014): a scrape reads a few rows, not every job
_DEPTH = "SELECT status, sum(jobs) AS count FROM job_counts GROUP BY status"


async def claim(conn: asyncpg.Connection, token: str, lease_s: float) -> ClaimedJob | None:
    row = await conn.fetchrow(_CLAIM, token, lease_s)
    return None if row is None else msgspec.convert(dict(row), ClaimedJob)


async def renew(conn: asyncpg.Connection, job: ClaimedJob, lease_s: float) -> bool:
    return bool(await conn.execute(_RENEW, job.id, job.token, lease_s) == "UPDATE 1")


async def lock_owned(conn: asyncpg.Connection, job: ClaimedJob) -> bool:
    """Inside a transaction: lock the job row if this claim still owns it (the fencing check)."""
    return await conn.fetchval(_OWN, job.id, job.token) is not None


async def mark_done(conn: asyncpg.Connection, job: ClaimedJob, version: str | None = None) -> None:
    """The job is done, its result saved by the extractor of this version."""
    await conn.execute(_DONE, job.id, job.token, version, FINISHED_CHANNEL)


async def mark_failed(
    conn: asyncpg.Connection,
    job: ClaimedJob,
    error: str,
    *,
    backoff_base_s: float,
    backoff_max_s: float,
    permanent: bool = False,
) -> str | None:
    """Record a failure; the job is retried after a backoff or, out of attempts or `permanent`, marked failed.
    None when the claim no longer owns the job."""
    if permanent:
        status: str | None = await conn.fetchval(_FAIL_FOR_GOOD, job.id, job.token, error[:4000], FINISHED_CHANNEL)
    else:
        status = await conn.fetchval(
            _FAIL, job.id, job.token, backoff_base_s, backoff_max_s, error[:4000], FINISHED_CHANNEL
        )
    return status


async def sweep_expired(conn: asyncpg.Connection) -> list[tuple[int, str]]:
    return [(int(r["id"]), str(r["status"])) for r in await conn.fetch(_SWEEP, FINISHED_CHANNEL)]


async def requeue_article(conn: asyncpg.Connection, article_id: int, request_id: str | None = None) -> bool:
    """Queue a finished article again and wake a worker; False when it is not done or failed."""
    async with conn.transaction():
        requeued = await conn.fetchval(_REQUEUE_ARTICLE, article_id, request_id) is not None
        if requeued:
            await conn.execute("SELECT pg_notify($1, $2)", JOBS_CHANNEL, str(article_id))
    return requeued


async def depth(conn: asyncpg.Connection) -> dict[str, int]:
    return {str(r["status"]): int(r["count"]) for r in await conn.fetch(_DEPTH)}


_job_decoder = msgspec.json.Decoder(Job)


async def list_jobs(conn: asyncpg.Connection, *, status: str | None, after_id: int, limit: int) -> list[Job]:
    """Jobs in id order after `after_id`, of one status or all."""
    if status is None:
        rows = await conn.fetch(_LIST_ALL, after_id, limit)
    else:
        rows = await conn.fetch(_LIST_BY_STATUS, status, after_id, limit)
    return [_job_decoder.decode(r["doc"]) for r in rows]


async def get(conn: asyncpg.Connection, job_id: int) -> Job | None:
    doc = await conn.fetchval(_GET, job_id)
    return None if doc is None else _job_decoder.decode(doc)


async def cancel(conn: asyncpg.Connection, job_id: int) -> bool:
    """Fail a queued or processing job as cancelled; False when it is finished or does not exist."""
    return await conn.fetchval(_CANCEL, job_id, FINISHED_CHANNEL) is not None


async def retry(conn: asyncpg.Connection, job_id: int) -> bool:
    """Queue a failed job again with its attempts reset, and wake a worker; False when it has not failed."""
    async with conn.transaction():
        article_id = await conn.fetchval(_RETRY, job_id)
        if article_id is not None:
            await conn.execute("SELECT pg_notify($1, $2)", JOBS_CHANNEL, str(article_id))
    return article_id is not None
