"""How far behind the queue is: the oldest claimable job's age on /metrics for an autoscaler, and on every posted
article's answer for its crawler (X-Queue-Wait, Retry-After past the limit)."""

from __future__ import annotations

import dataclasses
import re

import asyncpg
from litestar import Litestar
from litestar.testing import AsyncTestClient

from service.app import create_app
from service.backlog import QUEUE_WAIT_HEADER, QueueLag, backlog_headers
from service.settings import Settings
from tests.integration.test_worker import TEXT, post

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


async def make_old(pool: asyncpg.Pool, article_id: int, seconds: int) -> None:
    async with pool.acquire() as conn:
        await conn.execute(
            "UPDATE jobs SET run_at = now() - make_interval(secs => $2) WHERE article_id = $1", article_id, seconds
        )


async def test_a_post_says_how_far_behind_the_queue_is(client: Client, clean_db: asyncpg.Pool) -> None:
    client.app.state.queue_lag = QueueLag(ttl_s=0)  # read at every post, not once a second
    first = await client.post("/v1/articles", json={"text": TEXT, "published_at": "2025-07-01"})
    assert first.status_code == 202
    assert float(first.headers[QUEUE_WAIT_HEADER]) < 5  # only itself waits
    assert "retry-after" not in first.headers

    await make_old(clean_db, int(first.json()["id"]), 95)  # the queue is 95 s behind, its limit 30 s
    behind = await client.post("/v1/articles", json={"text": "ATTACK Gao.\n", "published_at": "2025-07-01"})
    assert behind.status_code == 202, "accepted all the same: nothing is lost"
    assert 95 <= float(behind.headers[QUEUE_WAIT_HEADER]) < 125
    assert 65 <= int(behind.headers["Retry-After"]) <= 95
    again = await client.post("/v1/articles", json={"text": "ATTACK Gao.\n", "published_at": "2025-07-01"})
    assert again.status_code == 200
    assert "Retry-After" in again.headers  # a duplicate is told too
    async with clean_db.acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM jobs WHERE status = 'queued'") == 2


async def test_no_retry_after_when_the_limit_is_off(
    clean_db: asyncpg.Pool, migrated_url: str, settings: Settings
) -> None:
    app = create_app(dataclasses.replace(settings, queue_wait_limit_s=0), db_url=migrated_url, run_worker=False)
    async with AsyncTestClient(app=app) as client:
        app.state.queue_lag = QueueLag(ttl_s=0)
        await make_old(clean_db, await post(client), 3600)
        response = await client.post("/v1/articles", json={"text": "ATTACK Gao.\n", "published_at": "2025-07-01"})
        assert float(response.headers[QUEUE_WAIT_HEADER]) >= 3600
        assert "retry-after" not in response.headers


async def test_the_lag_is_read_at_most_once_a_second(client: Client, clean_db: asyncpg.Pool) -> None:
    now = [100.0]
    lag = QueueLag(ttl_s=1.0, clock=lambda: now[0])
    async with clean_db.acquire() as conn:
        assert await lag.age(conn) == 0.0
        await make_old(clean_db, await post(client), 60)
        now[0] += 0.9
        assert await lag.age(conn) == 0.0  # remembered
        now[0] += 0.2
        assert 60 <= await lag.age(conn) < 90


def test_retry_after_is_the_excess_over_the_limit() -> None:
    assert backlog_headers(0.0, 30) == {QUEUE_WAIT_HEADER: "0.0"}
    assert backlog_headers(30.0, 30) == {QUEUE_WAIT_HEADER: "30.0"}
    assert backlog_headers(30.2, 30) == {QUEUE_WAIT_HEADER: "30.2", "Retry-After": "1"}
    assert backlog_headers(100.0, 30)["Retry-After"] == "70"
