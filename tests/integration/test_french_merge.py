"""An event reported in French and in English is one incident: both pipelines code it in the same vocabulary, and the
reports merge like any other two (service.incidents.merge), each keeping its own language's evidence."""

from __future__ import annotations

import datetime as dt

import asyncpg
from litestar import Litestar
from litestar.testing import AsyncTestClient

from service.extract.fr.pack import french
from service.extract.model import ArticleText
from service.extract.pipeline import Pipeline
from service.gazetteer.resolve import Geocoder
from service.incidents import merge

Client = AsyncTestClient[Litestar]
PUBLISHED = dt.date(2024, 5, 8)  # a Wednesday
FRENCH = (
    "Dans la nuit de samedi à dimanche, des hommes armés non identifiés ont attaqué le village de Djibo, dans le nord "
    "du Burkina Faso. Au moins douze civils ont été tués, selon des sources locales."
)
ENGLISH = "Gunmen killed at least 14 civilians in Djibo, northern Burkina Faso, on Saturday night, residents said."


async def test_a_french_and_an_english_report_of_one_event_make_one_incident(
    seeded_pool: asyncpg.Pool, client: Client, clean_db: asyncpg.Pool, leaves_no_actors: None
) -> None:
    geocoder = Geocoder(seeded_pool)
    [from_french] = await Pipeline.load(geocoder, pack=french()).extract(ArticleText(text=FRENCH, published=PUBLISHED))
    [from_english] = await Pipeline.load(geocoder).extract(ArticleText(text=ENGLISH, published=PUBLISHED))
    assert (from_french.event_type, from_french.date, from_french.place) == (
        from_english.event_type, from_english.date, from_english.place,
    )  # fmt: skip
    ids = []
    for n, (text, incident) in enumerate(((FRENCH, from_french), (ENGLISH, from_english))):
        posted = await client.post("/v1/articles", json={"text": text, "url": f"https://example.org/fr-en/{n}"})
        assert posted.status_code == 202, posted.text
        async with clean_db.acquire() as conn, conn.transaction():
            ids += await merge.save_extraction(conn, int(posted.json()["id"]), [incident], "test-fr-en")
    assert ids[0] == ids[1]
    merged = (await client.get(f"/v1/incidents/{ids[0]}")).json()
    assert merged["fatalities"] == 12
    quotes = {e["quote"] for e in merged["evidence"]}
    assert any("ont été tués" in q for q in quotes)
    assert any("Gunmen killed" in q for q in quotes)
