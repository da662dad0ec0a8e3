"""Operations endpoints: the Prometheus scrape and the admin-only reprocessing of an article."""

from __future__ import annotations

import dataclasses

import asyncpg
from litestar import Litestar
from litestar.testing import AsyncTestClient

from service.app import create_app
from service.auth import create_key
from service.settings import Settings

Client = AsyncTestClient[Litestar]
ARTICLE = {"text": "Gunmen attacked a village near Kayes on Tuesday.", "url": "https://example.org/ops"}


async def test_metrics(client: Client) -> None:
    await client.post("/v1/articles", json=ARTICLE)
    await client.get("/v1/incidents?limit=1")
    await client.get("/v1/incidents?limit=0")
    response = await client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    text = response.text
    assert 'incidents_http_requests_total{method="GET",route="/v1/incidents",status="200"}' in text
    assert 'incidents_http_requests_total{method="GET",route="/v1/incidents",status="400"}' in text
    assert 'incidents_http_request_duration_seconds_bucket{le="0.005",method="POST",route="/v1/articles"}' in text
    assert 'incidents_jobs{status="queued"} 1.0' in text
    assert 'incidents_db_pool_connections{state="max"}' in text
    assert "incidents_extraction_stage_seconds" in text
    assert "incidents_job_duration_seconds" in text


async def test_reprocess_needs_admin_and_requeues(
    clean_db: asyncpg.Pool, migrated_url: str, settings: Settings
) -> None:
    secured = dataclasses.replace(settings, auth_required=True)
    async with clean_db.acquire() as conn:
        writer = (await create_key(conn, "crawler", ["write"]))[1]
        admin = (await create_key(conn, "ops", ["admin"]))[1]
    async with AsyncTestClient(app=create_app(secured, db_url=migrated_url, run_worker=False)) as client:
        article_id = (await client.post("/v1/articles", json=ARTICLE, headers={"X-API-Key": writer})).json()["id"]
        async with clean_db.acquire() as conn:
            await conn.execute("UPDATE jobs SET status = 'done', finished_at = now() WHERE article_id = $1", article_id)
        path = f"/v1/articles/{article_id}/reprocess"
        assert (await client.post(path, headers={"X-API-Key": writer})).status_code == 403
        response = await client.post(path, headers={"X-API-Key": admin})
        assert response.status_code == 202
        assert response.json()["status"] == "queued"
        assert (await client.post("/v1/articles/999999/reprocess", headers={"X-API-Key": admin})).status_code == 404
