"""Several jobs in one worker process: one article is parsed while another is geocoded, never two parses at once;
articles that wait for the core together are parsed together, each as it would be alone."""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import time
from collections.abc import Iterable, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from service.extract.model import ArticleText, PlaceRef
from service.extract.pipeline import Pipeline

TEXT = "Gunmen killed 12 villagers in Gujba, Yobe state, on Sunday, residents said."
OTHERS = (
    "Police fired tear gas at students protesting fuel prices in Kuru on Monday.",
    "A roadside bomb killed three soldiers near Dala on Friday, the army said.",
)
UNPARSABLE = "an article this model cannot parse"


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


class TimedNlp:
    """The model, with every parse slowed down and timed (so that two at once could not go unseen), and one text
    it fails on."""

    def __init__(self, nlp: Language) -> None:
        self._nlp = nlp
        self.meta = nlp.meta
        self.spans: list[tuple[float, float]] = []
        self.batches: list[list[str]] = []

    def _timed(self, texts: list[str]) -> list[Doc]:
        started = time.perf_counter()
        time.sleep(0.2)
        try:
            if UNPARSABLE in texts:
                raise ValueError("cannot parse")
            self.batches.append(texts)
            return list(self._nlp.pipe(texts))
        finally:
            self.spans.append((started, time.perf_counter()))

    def pipe(self, texts: Iterable[str], batch_size: int = 1) -> list[Doc]:
        return self._timed(list(texts))

    def __call__(self, text: str) -> Doc:
        return self._timed([text])[0]


def _pipeline(nlp: Language, events: list[tuple[str, float]]) -> tuple[Pipeline, TimedNlp]:
    timed = TimedNlp(nlp)
    return Pipeline(timed, SlowGazetteer(events)), timed  # type: ignore[arg-type]


def _article(text: str) -> ArticleText:
    return ArticleText(text=text, title=None, published=dt.date(2025, 7, 1))


async def test_one_article_is_parsed_while_another_is_geocoded_and_never_two_parses_at_once(nlp: Language) -> None:
    events: list[tuple[str, float]] = []
    pipeline, timed = _pipeline(nlp, events)
    await asyncio.gather(*(pipeline.extract(_article(TEXT)) for _ in range(3)))
    spans = sorted(timed.spans)
    for (_, first_end), (second_start, _) in itertools.pairwise(spans):
        assert second_start >= first_end, "two parses ran at once"
    lookups = [at for what, at in events if what == "lookup"]
    # the second parse ran during the first article's lookups: the core did not wait on the database
    assert spans[1][0] < lookups[0] + 0.3


async def test_articles_waiting_together_are_parsed_together_as_each_alone(nlp: Language) -> None:
    texts = (TEXT, *OTHERS)
    alone = [await Pipeline(nlp, SlowGazetteer([])).extract(_article(t)) for t in texts]  # type: ignore[arg-type]
    pipeline, timed = _pipeline(nlp, [])
    together = await asyncio.gather(*(pipeline.extract(_article(t)) for t in texts))
    # the first parses alone at once (nothing waits for it); the two that came meanwhile wait, and go as one batch
    assert sorted(len(batch) for batch in timed.batches) == [1, 2]
    assert sorted(t for batch in timed.batches for t in batch) == sorted(texts)
    assert list(together) == alone
    assert all(alone), "each text has an incident: the comparison above compares something"


async def test_an_article_the_model_cannot_parse_fails_alone_not_those_parsed_with_it(nlp: Language) -> None:
    pipeline, timed = _pipeline(nlp, [])
    first = asyncio.create_task(pipeline.extract(_article(TEXT)))
    await asyncio.sleep(0.05)  # the first parse is under way: the next two wait for it, and are parsed together
    results = await asyncio.gather(
        pipeline.extract(_article(UNPARSABLE)), pipeline.extract(_article(OTHERS[0])), return_exceptions=True
    )
    assert await first
    assert isinstance(results[0], ValueError)
    assert isinstance(results[1], list)
    assert results[1], "the article parsed beside the unparsable one got its incident"
    assert [OTHERS[0]] in timed.batches  # parsed again alone after the batch failed
