"""Two jobs in one worker process: one article is parsed while the other is geocoded, never two parsed at once."""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import time
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from service.extract.cluster import MentionFacts
from service.extract.model import ArticleText, PlaceRef
from service.extract.pipeline import Pipeline

TEXT = "Gunmen killed 12 villagers in Gujba, Yobe state, on Sunday, residents said."


class SlowGazetteer:
    """A gazetteer whose every lookup takes a database round trip's worth of waiting, and finds nothing."""

    def __init__(self, events: list[tuple[str, float]]) -> None:
        self.events = events

    async def resolve(
        self, names: Sequence[str], *, countries: Sequence[str] = (), regions: Sequence[str] = ()
    ) -> dict[str, PlaceRef]:
        self.events.append(("lookup", time.perf_counter()))
        await asyncio.sleep(0.3)
        return {}


class TimedPipeline(Pipeline):
    def __init__(self, nlp: Language, events: list[tuple[str, float]]) -> None:
        super().__init__(nlp, SlowGazetteer(events))  # type: ignore[arg-type]
        self.events = events
        self.spans: list[tuple[float, float]] = []

    def analyse(self, article: ArticleText) -> tuple[Doc, list[MentionFacts]]:
        started = time.perf_counter()
        time.sleep(0.2)  # a longer parse, so that two at once could not go unseen
        try:
            return super().analyse(article)
        finally:
            self.spans.append((started, time.perf_counter()))


async def test_one_article_is_parsed_while_another_is_geocoded_and_never_two_at_once(nlp: Language) -> None:
    events: list[tuple[str, float]] = []
    pipeline = TimedPipeline(nlp, events)
    article = ArticleText(text=TEXT, title=None, published=dt.date(2025, 7, 1))
    await asyncio.gather(*(pipeline.extract(article) for _ in range(3)))
    spans = sorted(pipeline.spans)
    assert len(spans) == 3
    for (_, first_end), (second_start, _) in itertools.pairwise(spans):
        assert second_start >= first_end, "two articles were parsed at once"
    lookups = [at for what, at in events if what == "lookup"]
    # the second article's parse ran during the first one's lookups: the core did not wait on the database
    assert spans[1][0] < lookups[0] + 0.3
