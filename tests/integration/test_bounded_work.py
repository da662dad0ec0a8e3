"""Bounded work per article: a pathological article fails for good, quickly and with its reason; a job over its
wall-clock budget fails for good; a job whose lease is taken over stops, its thread included."""

from __future__ import annotations

import asyncio
import dataclasses
import threading
import time
from collections.abc import AsyncIterator

import asyncpg
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

from service.app import create_app
from service.extract import model
from service.limits import checkpoint
from service.settings import Settings
from service.worker import Worker
from tests.integration.test_worker import post, wait_for_status

Client = AsyncTestClient[Litestar]
TOWNS = ["Kayes", "Timbuktu", "Gao", "Mopti", "Sikasso", "Kidal", "Maiduguri", "Kano", "Bamako", "Niamey"]


@pytest.fixture
async def service_client(
    seeded_pool: asyncpg.Pool, clean_db: asyncpg.Pool, migrated_url: str, settings: Settings
) -> AsyncIterator[Client]:
    """The API with its worker running the real pipeline."""
    app = create_app(settings, db_url=migrated_url, run_worker=True)
    async with AsyncTestClient(app=app) as client:
        yield client


async def failed_article(client: Client, body: dict[str, str], timeout_s: float) -> dict[str, object]:
    created = await client.post("/v1/articles", json={"published_at": "2025-07-01", **body})
    assert created.status_code == 202, created.text
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        article: dict[str, object] = (await client.get(f"/v1/articles/{created.json()['id']}")).json()
        if article["status"] in ("done", "failed"):
            return article
        await asyncio.sleep(0.1)
    raise AssertionError(f"the article was still being extracted after {timeout_s} s")


async def test_an_article_listing_5000_places_fails_for_good_with_the_reason(service_client: Client) -> None:
    places = ", ".join(TOWNS[n % len(TOWNS)] for n in range(5000))
    text = f"Gunmen killed 12 villagers in Gujba, Yobe state, on Sunday. Attacks were reported in {places}."
    article = await failed_article(service_client, {"text": text}, timeout_s=60)
    assert article["status"] == "failed"
    assert article["attempts"] == 1, "a too complex article is not retried"
    assert str(article["error"]).startswith("too_complex: "), article["error"]
    assert str(article["error"]).endswith(" toponyms > 500"), article["error"]


async def test_200_kb_of_one_repeated_sentence_fails_for_good_with_the_reason(service_client: Client) -> None:
    text = "Gunmen killed 12 villagers in Gujba, Yobe state, on Sunday, residents said. " * 2700
    assert len(text) > 200_000
    article = await failed_article(service_client, {"text": text}, timeout_s=30)
    assert article["status"] == "failed"
    assert article["attempts"] == 1
    assert article["error"] == "too_complex: 205,199 characters > 100,000"


class SpinningExtractor:
    """Works in a thread that only stops at a checkpoint, as the pipeline's CPU part does."""

    version = "spin-1"

    def __init__(self) -> None:
        self.calls = 0
        self.called_twice = threading.Event()
        self.ended_with: list[str] = []
        self.thread_ended = threading.Event()

    def _spin(self) -> None:
        try:
            while True:
                checkpoint()
                time.sleep(0.01)
        except Exception as exc:
            self.ended_with.append(type(exc).__name__)
        finally:
            self.thread_ended.set()

    async def extract(self, article: model.ArticleText) -> list[model.Incident]:
        self.calls += 1
        if self.calls == 2:
            self.called_twice.set()
        await asyncio.to_thread(self._spin)
        return []


async def test_a_job_over_its_budget_fails_for_good_and_its_thread_stops(
    client: Client, workers: list[Worker], clean_db: asyncpg.Pool, migrated_url: str, settings: Settings
) -> None:
    extractor = SpinningExtractor()
    worker = Worker(clean_db, migrated_url, extractor, dataclasses.replace(settings, job_budget_s=1.0))
    await worker.start()
    workers.append(worker)
    article_id = await post(client)
    await wait_for_status(clean_db, article_id, {"failed"}, timeout_s=15)
    article = (await client.get(f"/v1/articles/{article_id}")).json()
    assert article["error"] == "over_budget: 1 s"
    assert article["attempts"] == 1 == extractor.calls, "a job over its budget is not retried"
    assert await asyncio.to_thread(extractor.thread_ended.wait, 5)
    assert extractor.ended_with in (["OverBudget"], ["Stopped"])


async def test_a_job_whose_lease_is_taken_over_stops(
    client: Client, workers: list[Worker], clean_db: asyncpg.Pool, migrated_url: str, settings: Settings
) -> None:
    extractor = SpinningExtractor()
    worker = Worker(clean_db, migrated_url, extractor, settings)
    await worker.start()
    workers.append(worker)
    article_id = await post(client)
    await wait_for_status(clean_db, article_id, {"processing"})
    async with clean_db.acquire() as conn:  # the lease ran out and another worker took the job up
        await conn.execute(
            "UPDATE jobs SET locked_by = 'other:1', lease_expires_at = now() + interval '1 hour' WHERE article_id = $1",
            article_id,
        )
    # the heartbeat renews every lease/3 (1 s here): the job and its thread stop soon after
    assert await asyncio.to_thread(extractor.thread_ended.wait, 3 * settings.job_lease_s)
    assert extractor.ended_with == ["Stopped"]
    async with clean_db.acquire() as conn:
        row = await conn.fetchrow("SELECT status, locked_by, last_error FROM jobs WHERE article_id = $1", article_id)
    assert dict(row) == {"status": "processing", "locked_by": "other:1", "last_error": None}, "left to its owner"
    # the worker is free for the next job
    second = await post(client, "Another report.\nATTACK Gao\n")
    await wait_for_status(clean_db, second, {"processing", "done", "failed"}, timeout_s=10)
    # a job is marked processing when claimed, a moment before the extractor is called
    assert await asyncio.to_thread(extractor.called_twice.wait, 10)
    assert extractor.calls == 2
