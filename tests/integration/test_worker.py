"""The worker: claims, retries, leases, races, kills and SIGTERM, against a real PostgreSQL."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import signal
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

from service.settings import Settings
from service.worker import Worker
from tests.fakes import KeywordExtractor

Client = AsyncTestClient[Litestar]
ROOT = Path(__file__).resolve().parents[2]
TEXT = "Attacks reported.\nATTACK Kayes by JNIM.\nATTACK Sandere too.\n"


async def wait_for_status(pool: asyncpg.Pool, article_id: int, wanted: set[str], timeout_s: float = 20) -> str:
    deadline = asyncio.get_running_loop().time() + timeout_s
    while True:
        async with pool.acquire() as conn:
            status = await conn.fetchval("SELECT status FROM jobs WHERE article_id = $1", article_id)
        if status in wanted:
            return str(status)
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"article {article_id} still {status} after {timeout_s}s")
        await asyncio.sleep(0.05)


@pytest.fixture
async def worker_factory(clean_db: asyncpg.Pool, migrated_url: str, settings: Settings) -> AsyncIterator[list[Worker]]:
    workers: list[Worker] = []
    yield workers
    for worker in workers:
        await worker.stop(grace_s=5)


async def start_worker(
    workers: list[Worker], pool: asyncpg.Pool, url: str, settings: Settings, extractor: KeywordExtractor
) -> Worker:
    worker = Worker(pool, url, extractor, settings)
    await worker.start()
    workers.append(worker)
    return worker


async def post(client: Client, text: str = TEXT, **extra: str) -> int:
    response = await client.post("/v1/articles", json={"text": text, "published_at": "2025-07-01", **extra})
    assert response.status_code == 202, response.text
    return int(response.json()["id"])


async def test_article_flows_to_incidents(
    client: Client, worker_factory: list[Worker], clean_db: asyncpg.Pool, migrated_url: str, settings: Settings
) -> None:
    await start_worker(worker_factory, clean_db, migrated_url, settings, KeywordExtractor())
    article_id = await post(client)
    await wait_for_status(clean_db, article_id, {"done"})

    article = (await client.get(f"/v1/articles/{article_id}")).json()
    assert article["status"] == "done"
    assert article["attempts"] == 1
    assert article["processed_at"] is not None
    assert len(article["incident_ids"]) == 2

    page = (await client.get(f"/v1/incidents?article_id={article_id}")).json()
    assert page["next_cursor"] is None
    places = sorted(i["location"]["name"] for i in page["items"])
    assert places == ["Kayes", "Sandere"]
    incident = page["items"][0]
    assert incident["article_ids"] == [article_id]
    assert incident["extractor_version"] == "test-1"
    assert incident["date"] == "2025-07-01"
    assert [a["role"] for a in incident["actors"]] == ["actor1", "actor2"]
    evidence = incident["evidence"][0]
    assert TEXT[evidence["start"] : evidence["end"]] == evidence["quote"]

    actor = (await client.get(f"/v1/actors/{incident['actors'][0]['id']}")).json()
    assert actor["name"] == "JNIM"
    assert actor["incident_count"] == 2
    location = (await client.get(f"/v1/locations/{incident['location']['id']}")).json()
    assert location["country_code"] == "ML"
    assert (await client.get(f"/v1/incidents/{incident['id']}")).json() == incident


async def test_incident_pages_follow_the_cursor(
    client: Client, worker_factory: list[Worker], clean_db: asyncpg.Pool, migrated_url: str, settings: Settings
) -> None:
    await start_worker(worker_factory, clean_db, migrated_url, settings, KeywordExtractor())
    text = "".join(f"ATTACK Place{n}\n" for n in range(7))
    article_id = await post(client, text)
    await wait_for_status(clean_db, article_id, {"done"})
    seen: list[int] = []
    cursor = None
    while True:
        query = f"/v1/incidents?article_id={article_id}&limit=3" + (f"&cursor={cursor}" if cursor else "")
        page = (await client.get(query)).json()
        seen += [i["id"] for i in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert len(seen) == 7 == len(set(seen))


async def test_same_job_twice_leaves_the_same_rows(
    client: Client, worker_factory: list[Worker], clean_db: asyncpg.Pool, migrated_url: str, settings: Settings
) -> None:
    await start_worker(worker_factory, clean_db, migrated_url, settings, KeywordExtractor())
    article_id = await post(client)
    await wait_for_status(clean_db, article_id, {"done"})
    async with clean_db.acquire() as conn:
        before = await conn.fetch("SELECT incident_id, key FROM incident_reports ORDER BY incident_id")
        counts = await conn.fetchval("SELECT (SELECT count(*) FROM evidence) * 1000 + (SELECT count(*) FROM actors)")
        await conn.execute("UPDATE jobs SET status = 'queued', run_at = now() WHERE article_id = $1", article_id)
        await conn.execute("SELECT pg_notify('incident_jobs', '')")
    await wait_for_status(clean_db, article_id, {"done"})
    async with clean_db.acquire() as conn:
        assert await conn.fetch("SELECT incident_id, key FROM incident_reports ORDER BY incident_id") == before
        assert counts == await conn.fetchval(
            "SELECT (SELECT count(*) FROM evidence) * 1000 + (SELECT count(*) FROM actors)"
        )


async def test_failures_retry_with_backoff_then_fail_with_the_error(
    client: Client, worker_factory: list[Worker], clean_db: asyncpg.Pool, migrated_url: str, settings: Settings
) -> None:
    extractor = KeywordExtractor()
    await start_worker(worker_factory, clean_db, migrated_url, settings, extractor)
    article_id = await post(client, "FAIL this one")
    await wait_for_status(clean_db, article_id, {"failed"})
    article = (await client.get(f"/v1/articles/{article_id}")).json()
    assert article["attempts"] == settings.job_max_attempts == extractor.calls
    assert "extractor refused this article" in article["error"]
    assert article["incident_ids"] == []


async def test_a_job_queued_while_the_queue_is_looked_at_is_not_left_to_the_poll(
    client: Client, worker_factory: list[Worker], clean_db: asyncpg.Pool, migrated_url: str, settings: Settings
) -> None:
    """An article posted after the worker found the queue empty, but before it began to wait, wakes it: its
    notification is not lost to a wait that would last until the next poll."""
    slow_poll = dataclasses.replace(settings, job_poll_s=60.0, worker_concurrency=1)
    worker = Worker(clean_db, migrated_url, KeywordExtractor(), slow_poll)
    looked_at_empty_queue = worker.run_once
    posted: list[int] = []
    was_posted = asyncio.Event()

    async def run_once() -> bool:
        found = await looked_at_empty_queue()
        if not found and not posted:
            wake = worker._notifications.wake
            async with asyncio.timeout(10):
                await wake.wait()  # the listener is up (it wakes the worker once when it connects)
                wake.clear()
                posted.append(await post(client))
                await wake.wait()  # the article's notification has arrived
                was_posted.set()
        return found

    worker.run_once = run_once  # type: ignore[method-assign]
    await worker.start()
    worker_factory.append(worker)
    async with asyncio.timeout(10):
        await was_posted.wait()
    assert await wait_for_status(clean_db, posted[0], {"done"}, timeout_s=10) == "done"


async def test_two_workers_never_process_one_job_at_once(
    client: Client, worker_factory: list[Worker], clean_db: asyncpg.Pool, migrated_url: str, settings: Settings
) -> None:
    extractors = [KeywordExtractor(delay_s=0.05), KeywordExtractor(delay_s=0.05)]
    ids = [await post(client, f"ATTACK Town{n}\n") for n in range(20)]
    for extractor in extractors:  # both start together and race for the same queued jobs
        await start_worker(worker_factory, clean_db, migrated_url, settings, extractor)
    for article_id in ids:
        await wait_for_status(clean_db, article_id, {"done"})
    assert sum(e.calls for e in extractors) == 20
    assert all(e.calls > 0 for e in extractors)
    async with clean_db.acquire() as conn:
        assert await conn.fetchval("SELECT max(attempts) FROM jobs") == 1
        assert await conn.fetchval("SELECT count(*) FROM incidents") == 20


async def test_an_expired_lease_is_taken_up_again(
    client: Client, worker_factory: list[Worker], clean_db: asyncpg.Pool, migrated_url: str, settings: Settings
) -> None:
    article_id = await post(client)
    async with clean_db.acquire() as conn:  # a worker that claimed the job and died without a word
        await conn.execute(
            "UPDATE jobs SET status = 'processing', attempts = 1, locked_by = 'dead:1',"
            " lease_expires_at = now() - interval '1 second' WHERE article_id = $1",
            article_id,
        )
    await start_worker(worker_factory, clean_db, migrated_url, settings, KeywordExtractor())
    await wait_for_status(clean_db, article_id, {"done"})
    article = (await client.get(f"/v1/articles/{article_id}")).json()
    assert article["attempts"] == 2
    assert len(article["incident_ids"]) == 2


def spawn_worker(url: str, delay_s: float) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.worker_main", url, str(delay_s)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    return process


def reap(process: subprocess.Popen[str], sig: int = signal.SIGTERM, timeout_s: float = 20) -> int:
    """Signal the process, wait for it, close its pipe; return its exit code."""
    if process.poll() is None:
        process.send_signal(sig)
    try:
        process.communicate(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
    return process.returncode


async def wait_processing(pool: asyncpg.Pool, article_id: int) -> None:
    await wait_for_status(pool, article_id, {"processing"})


async def test_a_killed_worker_loses_nothing(client: Client, clean_db: asyncpg.Pool, migrated_url: str) -> None:
    article_id = await post(client)
    victim = spawn_worker(migrated_url, delay_s=30)
    try:
        await wait_processing(clean_db, article_id)
    finally:
        reap(victim, signal.SIGKILL)
    survivor = spawn_worker(migrated_url, delay_s=0)
    try:
        await wait_for_status(clean_db, article_id, {"done"}, timeout_s=30)
    finally:
        reap(survivor)
    async with clean_db.acquire() as conn:
        assert await conn.fetchval("SELECT attempts FROM jobs WHERE article_id = $1", article_id) == 2
        assert await conn.fetchval("SELECT count(*) FROM incident_reports WHERE article_id = $1", article_id) == 2


async def test_sigterm_lets_the_job_in_hand_finish(client: Client, clean_db: asyncpg.Pool, migrated_url: str) -> None:
    article_id = await post(client)
    worker = spawn_worker(migrated_url, delay_s=1.5)
    await wait_processing(clean_db, article_id)
    assert await asyncio.to_thread(reap, worker) == 0
    async with clean_db.acquire() as conn:
        assert await conn.fetchval("SELECT status FROM jobs WHERE article_id = $1", article_id) == "done"
        assert await conn.fetchval("SELECT attempts FROM jobs WHERE article_id = $1", article_id) == 1
