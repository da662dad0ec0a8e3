"""SQL for how far behind the job queue is: what an autoscaler and a crawler act on."""

from __future__ import annotations

import asyncpg

# A job waiting out a retry backoff is not behind yet: age counts from when a job could first be claimed.
# Reprocessing (priority 1) waits behind posted articles by design and is not counted: a backlog of it must neither
# make crawlers back off nor scale workers out. min(run_at) of priority 0 is the first entry of jobs_ready_by_priority.
_OLDEST_QUEUED_AGE = """
SELECT coalesce(extract(epoch FROM now() - min(run_at)), 0)::float8
FROM jobs WHERE status = 'queued' AND priority = 0 AND run_at <= now()
"""


async def oldest_queued_age(conn: asyncpg.Connection) -> float:
    """Seconds the oldest claimable job has waited; 0 when none waits."""
    age: float = await conn.fetchval(_OLDEST_QUEUED_AGE)
    return max(0.0, age)
