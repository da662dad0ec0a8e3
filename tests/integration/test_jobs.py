"""Jobs an operator can manage: GET /v1/jobs, `incidents jobs list|cancel|retry`, the request id of the POST on the
job's log lines, and the API key that posted each article."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import pytest
import structlog
from litestar import Litestar
from litestar.testing import AsyncTestClient

from service.app import create_app
from service.auth import create_key
from service.settings import Settings
from service.worker import Worker
from tests.fakes import KeywordExtractor
from tests.integration.test_bounded_work import SpinningExtractor
from tests.integration.test_worker import post, wait_for_status

Client = AsyncTestClient[Litestar]
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
async def secured(clean_db: asyncpg.Pool, migrated_url: str, settings: Settings) -> AsyncIterator[Client]:
    app = create_app(dataclasses.replace(settings, auth_required=True), db_url=migrated_url, run_worker=False)
    async with AsyncTestClient(app=app) as client:
        yield client


async def new_key(pool: asyncpg.Pool, *scopes: str) -> tuple[int, str]:
    async with pool.acquire() as conn:
        return await create_key(conn, "test", list(scopes))


async def set_status(pool: asyncpg.Pool, article_id: int, status: str) -> None:
    async with pool.acquire() as conn:
        await conn.execute("UPDATE jobs SET status = $2 WHERE article_id = $1", article_id, status)


async def test_jobs_are_listed_by_status_page_by_page(client: Client, clean_db: asyncpg.Pool) -> None:
    ids = [await post(client, f"ATTACK Town{n}\n") for n in range(5)]
    for article_id in ids[1:4]:
        await set_status(clean_db, article_id, "failed")
    seen: list[int] = []
    cursor = None
    while True:
        params = {"status": "failed", "limit": 2, **({"cursor": cursor} if cursor else {})}
        page = await client.get("/v1/jobs", params=params)
        assert page.status_code == 200, page.text
        assert page.headers["cache-control"] == "no-cache, private"
        body = page.json()
        assert all(job["status"] == "failed" for job in body["items"])
        seen += [job["article_id"] for job in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == ids[1:4]
    everything = (await client.get("/v1/jobs")).json()
    assert [job["article_id"] for job in everything["items"]] == ids
    job = everything["items"][0]
    assert (job["status"], job["attempts"], job["max_attempts"]) == ("queued", 0, 3)
    assert (await client.get(f"/v1/jobs/{job['id']}")).json() == job


@pytest.mark.parametrize(
    ("query", "parameter"), [("status=lost", "status"), ("cursor=bm90LWEtY3Vyc29y", "cursor"), ("limit=0", "limit")]
)
async def test_bad_job_queries_are_problems_naming_the_parameter(client: Client, query: str, parameter: str) -> None:
    response = await client.get(f"/v1/jobs?{query}")
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("application/problem+json")
    assert parameter in response.text


async def test_unknown_job_is_404(client: Client) -> None:
    response = await client.get("/v1/jobs/999999")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")


async def test_jobs_need_the_admin_scope_and_show_who_posted(secured: Client, clean_db: asyncpg.Pool) -> None:
    writer_id, writer = await new_key(clean_db, "write")
    _, admin = await new_key(clean_db, "admin")
    posted = await secured.post(
        "/v1/articles",
        json={"text": "ATTACK Kayes\n", "published_at": "2025-07-01"},
        headers={"X-API-Key": writer, "X-Request-Id": "crawler-req-17"},
    )
    assert posted.status_code == 202
    assert (await secured.get("/v1/jobs")).status_code == 401
    assert (await secured.get("/v1/jobs", headers={"X-API-Key": writer})).status_code == 403
    listed = await secured.get("/v1/jobs", headers={"X-API-Key": admin})
    assert listed.status_code == 200
    [job] = listed.json()["items"]
    assert job["api_key_id"] == writer_id
    assert job["request_id"] == "crawler-req-17"
    async with clean_db.acquire() as conn:
        assert await conn.fetchval("SELECT api_key_id FROM articles WHERE id = $1", posted.json()["id"]) == writer_id


async def test_the_jobs_log_lines_carry_the_request_id_of_the_post(
    client: Client, workers: list[Worker], clean_db: asyncpg.Pool, migrated_url: str, settings: Settings
) -> None:
    response = await client.post(
        "/v1/articles", json={"text": "ATTACK Gao\n", "published_at": "2025-07-01"}, headers={"X-Request-Id": "req-42"}
    )
    # as configured for the service: the job's context (ids, the request id) merged into every line
    with structlog.testing.capture_logs(processors=[structlog.contextvars.merge_contextvars]) as logs:
        worker = Worker(clean_db, migrated_url, KeywordExtractor(), settings)
        await worker.start()
        workers.append(worker)
        await wait_for_status(clean_db, response.json()["id"], {"done"})
        await asyncio.sleep(0.1)  # the summary line is written after the job is marked done
    finished = [line for line in logs if line["event"] == "job finished"]
    assert [(line["request_id"], line["article_id"]) for line in finished] == [("req-42", response.json()["id"])]


async def test_cancelling_a_processing_job_stops_its_worker(
    client: Client, workers: list[Worker], clean_db: asyncpg.Pool, migrated_url: str, settings: Settings
) -> None:
    extractor = SpinningExtractor()
    worker = Worker(clean_db, migrated_url, extractor, settings)
    await worker.start()
    workers.append(worker)
    article_id = await post(client)
    await wait_for_status(clean_db, article_id, {"processing"})
    job_id = (await client.get("/v1/jobs")).json()["items"][0]["id"]
    result = await asyncio.to_thread(incidents, migrated_url, "jobs", "cancel", str(job_id))
    assert result.returncode == 0, result.stderr
    assert await asyncio.to_thread(extractor.thread_ended.wait, 3 * settings.job_lease_s)
    job = (await client.get(f"/v1/jobs/{job_id}")).json()
    assert (job["status"], job["error"], job["worker"]) == ("failed", "cancelled by an operator", None)


def incidents(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    environment = os.environ | {"DATABASE_URL": url, "LOG_LEVEL": "WARNING"}
    return subprocess.run([sys.executable, "-m", "service", *args], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=60, check=False)  # fmt: skip


async def test_jobs_command_lists_cancels_and_retries(
    client: Client, clean_db: asyncpg.Pool, migrated_url: str
) -> None:
    first, second = await post(client, "ATTACK Kayes\n"), await post(client, "ATTACK Gao\n")
    await set_status(clean_db, second, "failed")
    async with clean_db.acquire() as conn:
        job_of = dict(await conn.fetch("SELECT article_id, id FROM jobs"))

    listed = await asyncio.to_thread(incidents, migrated_url, "jobs", "list", "--status", "queued")
    assert listed.returncode == 0, listed.stderr
    assert [line.split("\t")[:3] for line in listed.stdout.splitlines()] == [
        [str(job_of[first]), f"article {first}", "queued"]
    ]

    cancelled = await asyncio.to_thread(incidents, migrated_url, "jobs", "cancel", str(job_of[first]))
    assert cancelled.returncode == 0, cancelled.stderr
    assert f"job {job_of[first]} cancelled" in cancelled.stdout
    again = await asyncio.to_thread(incidents, migrated_url, "jobs", "cancel", str(job_of[first]))
    assert again.returncode == 1
    assert "it is failed, not queued or processing" in again.stderr

    retried = await asyncio.to_thread(incidents, migrated_url, "jobs", "retry", str(job_of[second]))
    assert retried.returncode == 0, retried.stderr
    async with clean_db.acquire() as conn:
        rows = dict(await conn.fetch("SELECT article_id, status FROM jobs"))
    assert rows == {first: "failed", second: "queued"}
    missing = await asyncio.to_thread(incidents, migrated_url, "jobs", "retry", "999999")
    assert missing.returncode == 1
    assert "no job 999999" in missing.stderr
