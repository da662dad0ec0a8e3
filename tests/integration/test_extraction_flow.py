"""The whole path with the real pipeline: POST the seed article, the worker extracts, GET incidents back."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

from service.app import create_app
from service.settings import Settings

Client = AsyncTestClient[Litestar]
SEED_ARTICLE = Path(__file__).resolve().parents[2] / "seeds" / "sample_articles.jsonl"


def seed_article() -> dict[str, str]:
    record = json.loads(SEED_ARTICLE.read_text(encoding="utf-8").splitlines()[0])
    return {k: v for k, v in record.items() if k in ("text", "title", "url", "published_at") and v}


@pytest.fixture
async def service_client(
    seeded_pool: asyncpg.Pool, clean_db: asyncpg.Pool, migrated_url: str, settings: Settings
) -> AsyncIterator[Client]:
    app = create_app(settings, db_url=migrated_url, run_worker=True)
    async with AsyncTestClient(app=app) as client:
        yield client


async def wait_done(client: Client, article_id: int, timeout_s: float = 60) -> dict[str, object]:
    for _ in range(int(timeout_s / 0.1)):
        article: dict[str, object] = (await client.get(f"/v1/articles/{article_id}")).json()
        if article["status"] in ("done", "failed"):
            return article
        await asyncio.sleep(0.1)
    raise AssertionError(f"article {article_id} not extracted in {timeout_s}s")


async def test_seed_article_yields_kayes_and_timbuktu(service_client: Client) -> None:
    created = await service_client.post("/v1/articles", json=seed_article())
    assert created.status_code == 202
    article = await wait_done(service_client, created.json()["id"])
    assert article["status"] == "done", article
    page = (await service_client.get(f"/v1/incidents?article_id={article['id']}")).json()
    incidents = page["items"]
    by_place = {i["location"]["name"]: i for i in incidents if i["location"]}
    assert {"Kayes", "Timbuktu"} <= set(by_place)
    for place in ("Kayes", "Timbuktu"):
        incident = by_place[place]
        assert incident["location"]["country_code"] == "ML"
        assert incident["location"]["latitude"] is not None
        names = {a["name"] for a in incident["actors"]}
        assert any("JNIM" in n or "Nusrat" in n for n in names), names
        assert "Military Forces of Mali" in names
        assert incident["evidence"], "every incident points at its sentences"
        assert incident["extractor_version"]
    assert by_place["Kayes"]["date"] == "2025-07-01"
    assert by_place["Timbuktu"]["date"] == "2025-06-02"
    actor_id = next(a["id"] for a in by_place["Kayes"]["actors"] if a["name"] == "Military Forces of Mali")
    actor = (await service_client.get(f"/v1/actors/{actor_id}")).json()
    assert actor["aliases"], actor
