"""Languages: a posted article's language is declared (ISO 639-1) or detected, stored and shown; an article in a
language no pipeline reads fails at once with unsupported_language, never done with nothing."""

from __future__ import annotations

import asyncio
import dataclasses
import json
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

from service.app import create_app
from service.extract.languages import Pipelines, UnsupportedLanguage
from service.settings import Settings
from service.worker import Worker
from tests.fakes import KeywordExtractor

Client = AsyncTestClient[Litestar]
EVAL = Path(__file__).resolve().parents[1] / "eval"
SEED_ARTICLE = Path(__file__).resolve().parents[2] / "seeds" / "sample_articles.jsonl"
ENGLISH = "Gunmen attacked a village near Kayes on Tuesday, killing three people, residents said.\nATTACK Kayes\n"


def _first(path: Path) -> dict[str, str]:
    record = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    return {k: v for k, v in record.items() if k in ("text", "title", "url", "published_at") and v}


async def _finished(client: Client, article_id: int, timeout_s: float = 60) -> dict[str, object]:
    for _ in range(int(timeout_s / 0.1)):
        article: dict[str, object] = (await client.get(f"/v1/articles/{article_id}")).json()
        if article["status"] in ("done", "failed"):
            return article
        await asyncio.sleep(0.1)
    raise AssertionError(f"article {article_id} not finished in {timeout_s}s")


@pytest.fixture
async def keyword_service(clean_db: asyncpg.Pool, migrated_url: str, settings: Settings) -> AsyncIterator[Client]:
    """The API with a worker whose only pipeline is a keyword extractor for English."""
    app = create_app(settings, db_url=migrated_url, extractor_factory=lambda pool: KeywordExtractor())
    async with AsyncTestClient(app=app) as client:
        yield client


FRENCH = (
    "Dans la nuit de samedi à dimanche, des hommes armés non identifiés ont attaqué le village de Kouna, dans le "
    "cercle de Mopti. Au moins douze civils ont été tués, selon des sources locales."
)


async def test_french_is_detected_and_read_english_is_done(
    seeded_pool: asyncpg.Pool, clean_db: asyncpg.Pool, migrated_url: str, settings: Settings, leaves_no_actors: None
) -> None:
    """The production registry with the real pipelines: neither article declares a language; the French one is read
    by the French pipeline, loaded when it arrives, and its incident's evidence quotes the French text."""
    app = create_app(settings, db_url=migrated_url, run_worker=True)
    async with AsyncTestClient(app=app) as client:
        french = await client.post("/v1/articles", json={"text": FRENCH, "published_at": "2024-05-08"})
        english = await client.post("/v1/articles", json=_first(SEED_ARTICLE))
        assert (french.status_code, english.status_code) == (202, 202)
        assert (french.json()["language"], french.json()["language_source"]) == ("fr", "detected")
        assert (english.json()["language"], english.json()["language_source"]) == ("en", "detected")

        read = await _finished(client, french.json()["id"])
        assert read["status"] == "done", read
        assert read["language"] == "fr"
        assert len(read["incident_ids"]) == 1  # type: ignore[arg-type]
        incident = (await client.get(f"/v1/incidents/{read['incident_ids'][0]}")).json()  # type: ignore[index]
        assert (incident["event_type"], incident["sub_event_type"]) == ("Violence against civilians", "Attack")
        assert (incident["date"], incident["fatalities"]) == ("2024-05-04", 12)
        quotes = {e["field"]: e["quote"] for e in incident["evidence"]}
        assert "Au moins douze civils ont été tués" in quotes["fatalities"]
        assert "ont attaqué le village de Kouna" in quotes["event"]

        done = await _finished(client, english.json()["id"])
        assert done["status"] == "done", done
        assert done["incident_ids"]


async def test_declared_language_without_a_pipeline_fails_at_once(keyword_service: Client) -> None:
    posted = await keyword_service.post("/v1/articles", json={"text": ENGLISH, "language": "es"})
    assert posted.status_code == 202
    assert (posted.json()["language"], posted.json()["language_source"]) == ("es", "declared")
    article = await _finished(keyword_service, posted.json()["id"])
    assert (article["status"], article["error"], article["attempts"]) == ("failed", "unsupported_language: es", 1)


async def test_declared_english_is_read(keyword_service: Client) -> None:
    posted = await keyword_service.post("/v1/articles", json={"text": ENGLISH, "language": "EN-gb"})
    assert (posted.json()["language"], posted.json()["language_source"]) == ("en", "declared")
    article = await _finished(keyword_service, posted.json()["id"])
    assert article["status"] == "done"
    assert len(article["incident_ids"]) == 1  # type: ignore[arg-type]


@pytest.mark.parametrize("code", ["xx", "eng", "english", "f", "fr_FR", "", "12"])
async def test_invalid_language_code_is_400_naming_the_field(client: Client, clean_db: asyncpg.Pool, code: str) -> None:
    response = await client.post("/v1/articles", json={"text": ENGLISH, "language": code})
    assert response.status_code == 400, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    problem = response.json()
    assert "language" in problem["detail"]
    assert any(e.get("field") == "language" for e in problem["errors"]), problem
    async with clean_db.acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM articles") == 0


async def test_text_too_short_to_tell_gets_the_default_language(client: Client) -> None:
    posted = (await client.post("/v1/articles", json={"text": "ATTACK Gao"})).json()
    assert (posted["language"], posted["language_source"]) == ("en", "default")


async def test_default_und_makes_short_texts_fail_as_unsupported(
    clean_db: asyncpg.Pool, migrated_url: str, settings: Settings
) -> None:
    undetermined = dataclasses.replace(settings, default_language="und")
    app = create_app(undetermined, db_url=migrated_url, extractor_factory=lambda pool: KeywordExtractor())
    async with AsyncTestClient(app=app) as client:
        posted = (await client.post("/v1/articles", json={"text": "ATTACK Gao"})).json()
        assert (posted["language"], posted["language_source"]) == ("und", "default")
        article = await _finished(client, posted["id"])
        assert (article["status"], article["error"]) == ("failed", "unsupported_language: und")


async def test_article_stored_without_a_language_is_detected_by_its_worker(
    client: Client, clean_db: asyncpg.Pool, migrated_url: str, settings: Settings
) -> None:
    """Articles posted before languages were detected have none: the worker detects it and records it."""
    french = _first(EVAL / "dev-fr.jsonl")
    english = (await client.post("/v1/articles", json={"text": ENGLISH})).json()["id"]
    french_id = (await client.post("/v1/articles", json=french)).json()["id"]
    async with clean_db.acquire() as conn:
        await conn.execute("UPDATE articles SET language = NULL, language_source = NULL")
    worker = Worker(clean_db, migrated_url, KeywordExtractor(), settings)
    await worker.start()
    try:
        done, failed = await _finished(client, english), await _finished(client, french_id)
    finally:
        await worker.stop(grace_s=5)
    assert (done["status"], done["language"], done["language_source"]) == ("done", "en", "detected")
    assert (failed["status"], failed["error"]) == ("failed", "unsupported_language: fr")
    assert (failed["language"], failed["language_source"]) == ("fr", "detected")


def test_a_language_loads_once_and_only_when_asked() -> None:
    loads: list[str] = []

    def load(code: str) -> KeywordExtractor:
        loads.append(code)
        return KeywordExtractor()

    registry = Pipelines({"en": lambda: load("en"), "fr": lambda: load("fr")})
    assert registry.loaded("fr") is None
    first = registry.get("fr")
    assert registry.get("fr") is first
    assert loads == ["fr"]
    with pytest.raises(UnsupportedLanguage) as unsupported:
        registry.get("de")
    assert unsupported.value.code == "de"
