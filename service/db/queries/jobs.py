"""SQL for the extraction job queue: claim with SKIP LOCKED, leases, retries with backoff."""

from __future__ import annotations

import asyncpg
import msgspec

from service.db.queries.articles import JOBS_CHANNEL


class ClaimedJob(msgspec.Struct, frozen=True, kw_only=True):
    id: int
    article_id: int
    attempts: int
    max_attempts: int
    token: str


_CLAIM = """
WITH next AS (
    SELECT id FROM jobs
    WHERE status = 'queued' AND run_at <= now()
    ORDER BY run_at, id
    FOR UPDATE SKIP LOCKED
    LIMIT 1
)
UPDATE jobs AS j
SET status = 'processing', attempts = j.attempts + 1, locked_by = $1,
    lease_expires_at = now() + make_interval(secs => $2), updated_at = now()
FROM next WHERE j.id = next.id
RETURNING j.id, j.article_id, j.attempts, j.max_attempts, j.locked_by AS token
"""

_RENEW = """
UPDATE jobs SET lease_expires_at = now() + make_interval(secs => $3)
WHERE id = $1 AND locked_by = $2 AND status = 'processing'
"""

_OWN = """
SELECT 1 FROM jobs WHERE id = $1 AND locked_by = $2 AND status = 'processing' FOR UPDATE
"""

_DONE = """
UPDATE jobs SET status = 'done', finished_at = now(), updated_at = now(),
    locked_by = NULL, lease_expires_at = NULL, last_error = NULL
WHERE id = $1 AND locked_by = $2
"""

_FAIL = """
UPDATE jobs SET
    status = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
    finished_at = CASE WHEN attempts >= max_attempts THEN now() END,
    run_at = now() + make_interval(secs => least($4, $3 * power(2, greatest(attempts - 1, 0)))),
    last_error = $5, locked_by = NULL, lease_expires_at = NULL, updated_at = now()
WHERE id = $1 AND locked_by = $2
RETURNING status
"""

_FAIL_FOR_GOOD = """
UPDATE jobs SET status = 'failed', finished_at = now(), last_error = $3,
    locked_by = NULL, lease_expires_at = NULL, updated_at = now()
WHERE id = $1 AND locked_by = $2
RETURNING status
"""

# A lease that ran out means its worker died; the job goes back to the queue, or fails when it has
# used its attempts (a job that kills its worker every time must not loop forever).
_SWEEP = """
UPDATE jobs SET
    status = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
    finished_at = CASE WHEN attempts >= max_attempts THEN now() END,
    last_error = 'lease expired: worker ' || coalesce(locked_by, '?') || ' stopped renewing it',
    locked_by = NULL, lease_expires_at = NULL, run_at = now(), updated_at = now()
WHERE status = 'processing' AND lease_expires_at < now()
RETURNING id, status
"""

_REQUEUE_ARTICLE = """
UPDATE jobs SET status = 'queued', attempts = 0, run_at = now(), last_error = NULL,
    locked_by = NULL, lease_expires_at = NULL, finished_at = NULL, updated_at = now()
WHERE article_id = $1 AND status IN ('done', 'failed')
RETURNING id
"""

_DEPTH = "SELECT status, count(*) FROM jobs GROUP BY status"


async def claim(conn: asyncpg.Connection, token: str, lease_s: float) -> ClaimedJob | None:
    row = await conn.fetchrow(_CLAIM, token, lease_s)
    return None if row is None else msgspec.convert(dict(row), ClaimedJob)


async def renew(conn: asyncpg.Connection, job: ClaimedJob, lease_s: float) -> bool:
    return bool(await conn.execute(_RENEW, job.id, job.token, lease_s) == "UPDATE 1")


async def lock_owned(conn: asyncpg.Connection, job: ClaimedJob) -> bool:
    """Inside a transaction: lock the job row if this claim still owns it (the fencing check)."""
    return await conn.fetchval(_OWN, job.id, job.token) is not None


async def mark_done(conn: asyncpg.Connection, job: ClaimedJob) -> None:
    await conn.execute(_DONE, job.id, job.token)


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
        status: str | None = await conn.fetchval(_FAIL_FOR_GOOD, job.id, job.token, error[:4000])
    else:
        status = await conn.fetchval(_FAIL, job.id, job.token, backoff_base_s, backoff_max_s, error[:4000])
    return status


async def sweep_expired(conn: asyncpg.Connection) -> list[tuple[int, str]]:
    return [(int(r["id"]), str(r["status"])) for r in await conn.fetch(_SWEEP)]


async def requeue_article(conn: asyncpg.Connection, article_id: int) -> bool:
    """Queue a finished article again and wake a worker; False when it is not done or failed."""
    async with conn.transaction():
        requeued = await conn.fetchval(_REQUEUE_ARTICLE, article_id) is not None
        if requeued:
            await conn.execute("SELECT pg_notify($1, $2)", JOBS_CHANNEL, str(article_id))
    return requeued


async def depth(conn: asyncpg.Connection) -> dict[str, int]:
    return {str(r["status"]): int(r["count"]) for r in await conn.fetch(_DEPTH)}
