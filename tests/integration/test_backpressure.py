"""How far behind the queue is, for an autoscaler: the oldest claimable job's age on /metrics."""

from __future__ import annotations

import re

import asyncpg
from litestar import Litestar
from litestar.testing import AsyncTestClient

from tests.integration.test_worker import post

Client = AsyncTestClient[Litestar]


async def oldest_age(client: Client) -> float:
    text = (await client.get("/metrics")).text
    match = re.search(r"^incidents_queue_oldest_age_seconds (\S+)$", text, re.M)
    assert match, "the metric is exported"
    return float(match.group(1))


async def test_metrics_export_the_oldest_queued_jobs_age(client: Client, clean_db: asyncpg.Pool) -> None:
    assert await oldest_age(client) == 0.0  # nothing waits
    waiting, retrying = await post(client), await post(client, "ATTACK Kayes again\n")
    async with clean_db.acquire() as conn:
        await conn.execute("UPDATE jobs SET run_at = now() - interval '90 seconds' WHERE article_id = $1", waiting)
        # a job waiting out its retry backoff is not behind
        await conn.execute("UPDATE jobs SET run_at = now() + interval '1 hour' WHERE article_id = $1", retrying)
    assert 90 <= await oldest_age(client) < 120
    async with clean_db.acquire() as conn:
        await conn.execute("UPDATE jobs SET status = 'done' WHERE article_id = $1", waiting)
    assert await oldest_age(client) == 0.0
