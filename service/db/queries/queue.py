"""SQL for how far behind the job queue is: what an autoscaler and a crawler act on."""

from __future__ import annotations

import asyncpg

# A job waiting out a retry backoff is not behind yet: age counts from when a job could first be claimed.
# min(run_at) over queued jobs is the first entry of the jobs_ready index.
_OLDEST_QUEUED_AGE = """
SELECT coalesce(extract(epoch FROM now() - min(run_at)), 0)::float8
FROM jobs WHERE status = 'queued' AND run_at <= now()
"""


async def oldest_queued_age(conn: asyncpg.Connection) -> float:
    """Seconds the oldest claimable job has waited; 0 when none waits."""
    age: float = await conn.fetchval(_OLDEST_QUEUED_AGE)
    return max(0.0, age)
