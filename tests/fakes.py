"""A small deterministic extractor for testing the queue and storage without the NLP pipeline."""

from __future__ import annotations

import asyncio
import datetime as dt

from service.extract import model


class KeywordExtractor:
    """Codes one incident per line that starts with ``ATTACK <Place>``; ``FAIL`` in the text raises."""

    version = "test-1"

    def __init__(self, delay_s: float = 0.0) -> None:
        self.delay_s = delay_s
        self.calls = 0

    async def extract(self, article: model.ArticleText) -> list[model.Incident]:
        self.calls += 1
        if self.delay_s:
            await asyncio.sleep(self.delay_s)
        if "FAIL" in article.text:
            raise RuntimeError("extractor refused this article")
        incidents = []
        offset = 0
        for line in article.text.splitlines(keepends=True):
            if line.startswith("ATTACK "):
                place = line.split()[1]
                end = offset + len(line.rstrip())
                incidents.append(
                    model.Incident(
                        event_type="Battles",
                        sub_event_type="Armed clash",
                        date=article.published or dt.date(2025, 1, 1),
                        date_precision="day",
                        place=model.PlaceRef(name=place, precision="unknown", country_code="ML"),
                        actors=(
                            model.ActorRef(name="JNIM", type="rebel group", role="actor1", aliases=("JNIM",)),
                            model.ActorRef(name="Military Forces of Mali", type="state forces", role="actor2"),
                        ),
                        fatalities=3,
                        summary=line.strip(),
                        confidence=0.5,
                        evidence=(model.Evidence(field="event", start=offset, end=end, quote=line.rstrip()),),
                    )
                )
            offset += len(line)
        return incidents
