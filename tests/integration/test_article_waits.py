"""GET /v1/articles/{id}?wait=: a long-poll on an article, served by one watcher per API process (service/waits.py).

The application runs in the test's own event loop (httpx's ASGI transport and the app's lifespan), so that many
requests wait at once beside a real worker; the watcher is also driven directly, to tell what woke a waiter."""

from __future__ import annotations

import asyncio
import signal
import time
from collections.abc import AsyncIterator

import asyncpg
import httpx
import pytest
from litestar import Litestar

from service.app import create_app
from service.contract.schemas import ArticleIn
from service.db.queries import articles, jobs
from service.ingest import to_new_article
from service.settings import Settings
from service.waits import ArticleWaits
from service.worker import Worker
from tests.fakes import KeywordExtractor
from tests.servers import serve

TEXT = "Attacks reported.\nATTACK Kayes by JNIM.\n"
GENEROUS_S = 15.0
"""The bound on anything that should take well under a second: far below a 30 s wait, far above a slow machine."""


@pytest.fixture
async def app_client(
    clean_db: asyncpg.Pool, migrated_url: str, settings: Settings
) -> AsyncIterator[tuple[Litestar, httpx.AsyncClient]]:
    app = create_app(settings, db_url=migrated_url, run_worker=False)
    up, down = asyncio.Event(), asyncio.Event()

    async def run() -> None:  # the lifespan is entered and left in one task, as a server does
        async with app.lifespan():
            up.set()
            await down.wait()

    running = asyncio.create_task(run())
    await asyncio.wait_for(up.wait(), GENEROUS_S)
    try:
        await asyncio.wait_for(app.state.article_waits.listening.wait(), GENEROUS_S)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://api", timeout=60) as client:
            yield app, client
    finally:
        down.set()
        await running


async def start_worker(started: list[Worker], pool: asyncpg.Pool, url: str, settings: Settings) -> None:
    worker = Worker(pool, url, KeywordExtractor(delay_s=0.2), settings)
    await worker.start()
    started.append(worker)


async def post(client: httpx.AsyncClient, text: str = TEXT) -> int:
    response = await client.post("/v1/articles", json={"text": text, "published_at": "2025-07-01"})
    assert response.status_code == 202, response.text
    return int(response.json()["id"])


async def timed_get(client: httpx.AsyncClient, path: str) -> tuple[httpx.Response, float]:
    started = time.monotonic()
    response = await client.get(path)
    return response, time.monotonic() - started


async def until(condition: object, what: str) -> None:
    deadline = time.monotonic() + GENEROUS_S
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError(f"not {what} in {GENEROUS_S:.0f} s")
        await asyncio.sleep(0.02)


# ---- over HTTP ----------------------------------------------------------------------------------------------------


async def test_a_waiter_answers_as_soon_as_a_worker_finishes_the_article(
    app_client: tuple[Litestar, httpx.AsyncClient],
    workers: list[Worker],
    clean_db: asyncpg.Pool,
    migrated_url: str,
    settings: Settings,
) -> None:
    app, client = app_client
    article_id = await post(client)
    waiter = asyncio.create_task(timed_get(client, f"/v1/articles/{article_id}?wait=30"))
    await until(lambda: app.state.article_waits.waiting == 1, "waiting")
    await start_worker(workers, clean_db, migrated_url, settings)
    response, seconds = await waiter
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "done"
    assert len(body["incident_ids"]) == 1  # its incidents are readable as soon as it says done
    assert seconds < GENEROUS_S  # not the 30 s asked for
    assert "no-cache" not in response.headers["cache-control"]


async def test_a_finished_article_is_answered_at_once(
    app_client: tuple[Litestar, httpx.AsyncClient], clean_db: asyncpg.Pool
) -> None:
    app, client = app_client
    finished = []
    for status in ("done", "failed"):
        article_id = await post(client, f"{TEXT}{status}\n")
        await clean_db.execute("UPDATE jobs SET status = $2 WHERE article_id = $1", article_id, status)
        finished.append(article_id)
    for article_id in finished:
        response, seconds = await timed_get(client, f"/v1/articles/{article_id}?wait=30")
        assert response.status_code == 200
        assert response.json()["status"] in ("done", "failed")
        assert seconds < GENEROUS_S
    assert app.state.article_waits.woken.total() == 0  # never waited


async def test_the_wait_elapses_and_answers_the_unfinished_status(
    app_client: tuple[Litestar, httpx.AsyncClient],
) -> None:
    _, client = app_client
    article_id = await post(client)
    response, seconds = await timed_get(client, f"/v1/articles/{article_id}?wait=1.5")
    assert response.status_code == 200
    assert response.json()["status"] == "queued"
    assert 1.4 <= seconds < GENEROUS_S
    # a representation about to change is revalidated by a cache, not reused for 15 s
    assert response.headers["cache-control"] == "no-cache"
    immediate, seconds = await timed_get(client, f"/v1/articles/{article_id}")  # no wait: at once, as before
    assert immediate.json()["status"] == "queued"
    assert seconds < GENEROUS_S


async def test_a_missing_article_is_404_at_once(app_client: tuple[Litestar, httpx.AsyncClient]) -> None:
    _, client = app_client
    response, seconds = await timed_get(client, "/v1/articles/999999?wait=30")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")
    assert seconds < GENEROUS_S


@pytest.mark.parametrize("wait", ["-1", "30.5", "31", "soon", "nan", "inf", ""])
async def test_bad_waits_are_400_naming_the_parameter(
    app_client: tuple[Litestar, httpx.AsyncClient], wait: str
) -> None:
    _, client = app_client
    article_id = await post(client)
    response = await client.get(f"/v1/articles/{article_id}?wait={wait}")
    assert response.status_code == 400, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    problem = response.json()
    assert problem["status"] == 400
    assert "wait" in problem["detail"]
    assert problem["errors"][0]["field"] == "wait"


async def test_many_waiters_cost_one_watcher_not_a_query_each(
    app_client: tuple[Litestar, httpx.AsyncClient],
    workers: list[Worker],
    clean_db: asyncpg.Pool,
    migrated_url: str,
    settings: Settings,
) -> None:
    app, client = app_client
    waits: ArticleWaits = app.state.article_waits
    pool: asyncpg.Pool = app.state.pool
    ids = [await post(client, f"{TEXT}no. {n}\n") for n in range(4)]
    started, rechecks = time.monotonic(), waits.rechecks
    waiters = [asyncio.create_task(timed_get(client, f"/v1/articles/{ids[n % 4]}?wait=30")) for n in range(200)]
    await until(lambda: waits.waiting == 200, "all 200 waiting")
    # waiting holds no connection: at most the watcher's own re-check has one, for a moment
    assert pool.get_size() - pool.get_idle_size() <= 1
    await start_worker(workers, clean_db, migrated_url, settings)
    answers = await asyncio.gather(*waiters)
    assert all(response.status_code == 200 for response, _ in answers)
    assert {response.json()["status"] for response, _ in answers} == {"done"}
    assert max(seconds for _, seconds in answers) < GENEROUS_S + 5
    assert waits.waiting == 0
    assert waits.woken["notification"] + waits.woken["recheck"] == 200
    # one re-check query a second at most, whether 1 request waits or 200: a 10 Hz poll would have been 2000/s
    elapsed = time.monotonic() - started
    assert waits.rechecks - rechecks <= elapsed + 2
    metrics = (await client.get("/metrics")).text
    assert "incidents_article_waiters 0.0" in metrics
    assert 'incidents_article_wakeups_total{by="notification"}' in metrics


async def test_a_shutting_down_server_answers_its_waiters(clean_db: asyncpg.Pool, migrated_url: str) -> None:
    process, base = await asyncio.to_thread(serve, migrated_url)
    try:
        async with httpx.AsyncClient(base_url=base, timeout=60) as client:
            article_id = await post(client)
            waiter = asyncio.create_task(timed_get(client, f"/v1/articles/{article_id}?wait=30"))
            await asyncio.sleep(1.0)  # the request is in and waiting
            assert not waiter.done()
            process.send_signal(signal.SIGTERM)
            response, seconds = await waiter
        assert response.status_code == 200
        assert response.json()["status"] == "queued"
        assert seconds < GENEROUS_S + 1
        assert await asyncio.to_thread(process.wait, GENEROUS_S) in (0, -signal.SIGTERM)  # uvicorn re-raises it
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


# ---- the watcher ----------------------------------------------------------------------------------------------------


@pytest.fixture
async def watcher(clean_db: asyncpg.Pool, migrated_url: str) -> AsyncIterator[ArticleWaits]:
    """A watcher that re-checks once an hour: whatever wakes its waiters within seconds is a notification."""
    waits = ArticleWaits(recheck_s=3600)
    waits.start(migrated_url, clean_db)
    await asyncio.wait_for(waits.listening.wait(), GENEROUS_S)
    yield waits
    await waits.stop()


async def queued_article(pool: asyncpg.Pool, text: str = TEXT) -> int:
    async with pool.acquire() as conn:
        article_id, _ = await articles.insert_or_find(conn, to_new_article(ArticleIn(text=text)), max_attempts=2)
    return article_id


async def claimed(pool: asyncpg.Pool) -> jobs.ClaimedJob:
    async with pool.acquire() as conn:
        job = await jobs.claim(conn, "test-worker", 60)
    assert job is not None
    return job


async def finish_done(pool: asyncpg.Pool, article_id: int) -> None:
    job = await claimed(pool)
    async with pool.acquire() as conn, conn.transaction():
        await jobs.mark_done(conn, job, "test-1")


async def finish_failed(pool: asyncpg.Pool, article_id: int) -> None:
    job = await claimed(pool)
    async with pool.acquire() as conn:
        assert await jobs.mark_failed(conn, job, "boom", backoff_base_s=0, backoff_max_s=0, permanent=True) == "failed"


async def finish_out_of_attempts(pool: asyncpg.Pool, article_id: int) -> None:
    for _ in range(2):  # max_attempts=2: a retry, then failed
        job = await claimed(pool)
        async with pool.acquire() as conn:
            await jobs.mark_failed(conn, job, "boom", backoff_base_s=0, backoff_max_s=0)


async def finish_cancelled(pool: asyncpg.Pool, article_id: int) -> None:
    async with pool.acquire() as conn:
        job_id = await conn.fetchval("SELECT id FROM jobs WHERE article_id = $1", article_id)
        assert await jobs.cancel(conn, job_id)


async def finish_lease_expired(pool: asyncpg.Pool, article_id: int) -> None:
    async with pool.acquire() as conn:
        await conn.execute("UPDATE jobs SET max_attempts = 1 WHERE article_id = $1", article_id)
    await claimed(pool)
    async with pool.acquire() as conn:
        await conn.execute("UPDATE jobs SET lease_expires_at = now() - interval '1 second' WHERE article_id = $1",
                           article_id)  # fmt: skip
        assert [status for _, status in await jobs.sweep_expired(conn)] == ["failed"]


async def withdraw(pool: asyncpg.Pool, article_id: int) -> None:
    async with pool.acquire() as conn, conn.transaction():
        await articles.delete(conn, article_id)


@pytest.mark.parametrize(
    "finish", [finish_done, finish_failed, finish_out_of_attempts, finish_cancelled, finish_lease_expired, withdraw]
)
async def test_every_way_an_article_finishes_notifies_its_waiters(
    watcher: ArticleWaits, clean_db: asyncpg.Pool, finish: object
) -> None:
    article_id = await queued_article(clean_db)
    with watcher.watching(article_id) as finished:
        await finish(clean_db, article_id)  # type: ignore[operator]
        await asyncio.wait_for(finished, GENEROUS_S)
    assert watcher.woken == {"notification": 1}


async def test_a_retry_is_not_a_finish(watcher: ArticleWaits, clean_db: asyncpg.Pool) -> None:
    article_id = await queued_article(clean_db)
    job = await claimed(clean_db)
    with watcher.watching(article_id) as finished:
        async with clean_db.acquire() as conn:
            assert await jobs.mark_failed(conn, job, "boom", backoff_base_s=0, backoff_max_s=0) == "queued"
        await asyncio.sleep(0.5)  # a notification would have arrived by now
        assert not finished.done()
    assert watcher.woken.total() == 0


async def test_a_lost_notification_is_made_up_by_the_re_check(clean_db: asyncpg.Pool, migrated_url: str) -> None:
    waits = ArticleWaits(recheck_s=0.2)
    waits.start(migrated_url, clean_db)
    try:
        article_id = await queued_article(clean_db)
        other = await queued_article(clean_db, f"{TEXT}another\n")
        with waits.watching(article_id) as finished, waits.watching(other) as unfinished:
            # finished behind the watcher's back: no notification
            await clean_db.execute("UPDATE jobs SET status = 'done' WHERE article_id = $1", article_id)
            await asyncio.wait_for(finished, GENEROUS_S)
            assert not unfinished.done()
        assert waits.woken == {"recheck": 1}
    finally:
        await waits.stop()


async def test_closing_answers_every_waiter_and_any_later_one_at_once(watcher: ArticleWaits) -> None:
    with watcher.watching(1) as first, watcher.watching(2) as second:
        watcher.close()
        assert first.done()
        assert second.done()
    with watcher.watching(3) as later:
        assert later.done()
    assert watcher.woken == {"shutdown": 2}
    assert watcher.waiting == 0


@pytest.mark.parametrize("turns", [0, 1, 2, 3])
async def test_stopping_as_the_re_check_is_woken_does_not_hang(
    clean_db: asyncpg.Pool, migrated_url: str, turns: int
) -> None:
    # the listening connection coming up wakes the re-check (what finished meanwhile is looked at): a stop at that
    # very moment must still end the watcher (asyncio.wait_for on 3.11 swallowed such a cancellation)
    waits = ArticleWaits()
    waits.start(migrated_url, clean_db)
    await asyncio.wait_for(waits.listening.wait(), GENEROUS_S)
    waits._look_now.set()
    async with asyncio.timeout(GENEROUS_S):  # TimeoutError if the watcher does not stop
        for _ in range(turns):
            await asyncio.sleep(0)
        await waits.stop()
