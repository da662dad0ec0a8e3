"""Operations endpoints: the Prometheus scrape and the admin-only reprocessing of an article."""

from __future__ import annotations

import dataclasses

import asyncpg
import structlog
from litestar import Litestar
from litestar.testing import AsyncTestClient

from service.app import create_app
from service.auth import create_key
from service.metrics import REGISTRY
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


def _requests(route: str, status: int, method: str = "GET") -> float:
    labels = {"method": method, "route": route, "status": str(status)}
    return REGISTRY.get_sample_value("incidents_http_requests_total", labels) or 0.0


async def test_404_and_405_get_a_request_id_a_log_line_and_a_metric(client: Client) -> None:
    # neither matched a route: both are counted under one label, however many paths a scanner tries
    missing_before, wrong_method_before = _requests("unmatched", 404), _requests("unmatched", 405, "PUT")
    with structlog.testing.capture_logs() as logs:
        missing = await client.get("/v1/no-such-thing", headers={"x-request-id": "probe-404"})
        wrong_method = await client.put("/v1/articles")
    assert missing.status_code == 404
    assert missing.headers["x-request-id"] == "probe-404"
    assert missing.json()["request_id"] == "probe-404"
    assert wrong_method.status_code == 405
    assert wrong_method.json()["request_id"] == wrong_method.headers["x-request-id"]
    summaries = [(line["status"], line["route"]) for line in logs if line["event"] == "request"]
    assert summaries == [(404, "unmatched"), (405, "unmatched")]
    assert _requests("unmatched", 404) == missing_before + 1
    assert _requests("unmatched", 405, "PUT") == wrong_method_before + 1


async def test_refused_cors_preflight_is_a_problem(
    clean_db: asyncpg.Pool, migrated_url: str, settings: Settings
) -> None:
    browser = dataclasses.replace(settings, cors_origins=("https://dashboard.example",))
    async with AsyncTestClient(app=create_app(browser, db_url=migrated_url, run_worker=False)) as client:
        preflight = {"access-control-request-method": "GET"}
        allowed = await client.options("/v1/incidents", headers={"origin": "https://dashboard.example", **preflight})
        assert allowed.status_code == 204
        assert allowed.headers["access-control-allow-origin"] == "https://dashboard.example"
        refused = await client.options("/v1/incidents", headers={"origin": "https://evil.example", **preflight})
    assert refused.status_code == 400
    assert refused.headers["content-type"].startswith("application/problem+json")
    problem = refused.json()
    assert "Disallowed CORS Origin" in problem["detail"]
    assert problem["request_id"] == refused.headers["x-request-id"]
