"""Golden tests: whole articles in, whole incidents out, through the real pipeline and gazetteer.

The expected incidents live in expected.json, keyed by article id. When the pipeline changes on purpose,
regenerate them with `python -m tests.golden.test_golden` against a seeded database and review the diff."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from service.extract.model import ArticleText, Incident
from service.extract.pipeline import Pipeline
from service.gazetteer.resolve import Geocoder

HERE = Path(__file__).resolve().parent
ARTICLES = [json.loads(line) for line in (HERE / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
EXPECTED: dict[str, list[dict[str, Any]]] = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))


def project(incident: Incident) -> dict[str, Any]:
    """The fields an analyst checks; confidence and evidence offsets are tested elsewhere."""
    place = incident.place
    return {
        "event_type": incident.event_type,
        "sub_event_type": incident.sub_event_type,
        "date": incident.date.isoformat() if incident.date else None,
        "place": [place.name, place.country_code, place.precision] if place else None,
        "actors": sorted(f"{a.role}:{a.name}" for a in incident.actors),
        "fatalities": incident.fatalities,
    }


def article_text(record: dict[str, Any]) -> ArticleText:
    published = dt.date.fromisoformat(record["published_at"][:10]) if record.get("published_at") else None
    return ArticleText(text=record["text"], title=record.get("title"), published=published)


async def extract_all(pipeline: Pipeline) -> dict[str, list[dict[str, Any]]]:
    return {r["id"]: [project(i) for i in await pipeline.extract(article_text(r))] for r in ARTICLES}


@pytest.fixture(scope="session")
def pipeline(seeded_pool: asyncpg.Pool) -> Pipeline:
    return Pipeline.load(Geocoder(seeded_pool))


@pytest.mark.parametrize("record", ARTICLES, ids=[r["id"] for r in ARTICLES])
async def test_article(pipeline: Pipeline, record: dict[str, Any]) -> None:
    incidents = await pipeline.extract(article_text(record))
    assert [project(i) for i in incidents] == EXPECTED[record["id"]]
    for incident in incidents:
        for evidence in incident.evidence:
            assert record["text"][evidence.start : evidence.end] == evidence.quote
        assert 0.0 < incident.confidence <= 1.0
        assert incident.place is None or 0.0 < (incident.place.confidence or 0.0) <= 1.0


if __name__ == "__main__":
    import asyncio
    import os

    async def regenerate() -> None:
        pool = await asyncpg.create_pool(os.environ["DATABASE_URL"])
        try:
            found = await extract_all(Pipeline.load(Geocoder(pool)))
        finally:
            await pool.close()
        (HERE / "expected.json").write_text(json.dumps(found, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")

    asyncio.run(regenerate())
