"""Bounded work per article: how much one article may ask of the pipeline, and the wall-clock budget of a job.

An article past a limit is refused early and for good (`TooComplex`): the same text would cost the same again, so
retrying it only takes a worker away from the queue. The parts of extraction that cannot be interrupted are bounded
by the limits (spaCy's parse grows with the text); the rest checks the job's budget between steps (`checkpoint`),
also from the thread the CPU-bound part runs in, since `asyncio.to_thread` carries the context over."""

from __future__ import annotations

import contextvars
import re
import time
from collections.abc import Iterator, Sized
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_SPACE = re.compile(r"\s+")
# the entity labels find_toponyms reads places from; each costs a scan of the document's entities there
PLACE_LABELS = frozenset({"GPE", "LOC"})


class TooComplex(Exception):
    """The article asks for more work than any news report needs; the message says which limit, e.g.
    ``5,000 toponyms > 500``. A permanent failure."""


class OverBudget(Exception):
    """The job ran past its wall-clock budget (the message is the budget, e.g. ``120 s``). A permanent failure."""


class Stopped(Exception):
    """The job was stopped from outside (its lease was lost): whoever holds the job now owns its result."""


@dataclass(frozen=True, slots=True)
class ArticleLimits:
    """The most one article may hold. A long news report is some 40,000 characters, 400 sentences, a few dozen
    event mentions and places; each limit is several times that."""

    max_chars: int = 100_000
    """Characters after white space is collapsed; spaCy's parse, which cannot be interrupted, grows with them
    (about 5 s for 100,000 on one core)."""
    max_sentences: int = 2_000
    max_mentions: int = 300
    """Event mentions: each one's clause is searched for dates, places, figures and actors."""
    max_toponyms: int = 500
    """Place names, as the tagger's place entities and as the distinct names sent to the gazetteer."""

    def check_text(self, text: str) -> None:
        size = len(_SPACE.sub(" ", text).strip())
        _over(size, self.max_chars, "characters")

    def check_doc(self, doc: Doc) -> None:
        """After the parse, before the per-mention work whose cost grows with sentences and place entities."""
        _over(sum(1 for _ in doc.sents), self.max_sentences, "sentences")
        _over(sum(1 for e in doc.ents if e.label_ in PLACE_LABELS), self.max_toponyms, "toponyms")

    def check_mentions(self, count: int) -> None:
        _over(count, self.max_mentions, "event mentions")

    def check_toponyms(self, names: Sized) -> None:
        _over(len(names), self.max_toponyms, "toponyms")


def _over(count: int, limit: int, what: str) -> None:
    if count > limit:
        raise TooComplex(f"{count:,} {what} > {limit:,}")


@dataclass(slots=True)
class Budget:
    """The wall-clock allowance of one job, and a flag to stop it early."""

    seconds: float
    deadline: float = field(init=False)
    stopped: str | None = None

    def __post_init__(self) -> None:
        self.deadline = time.monotonic() + self.seconds

    def stop(self, reason: str) -> None:
        self.stopped = reason

    def check(self) -> None:
        if self.stopped is not None:
            raise Stopped(self.stopped)
        if time.monotonic() > self.deadline:
            raise OverBudget(f"{self.seconds:g} s")


_BUDGET: contextvars.ContextVar[Budget | None] = contextvars.ContextVar("job_budget", default=None)


@contextmanager
def job_budget(seconds: float) -> Iterator[Budget]:
    """The budget `checkpoint` enforces in this context (and in threads started from it by ``to_thread``)."""
    budget = Budget(seconds)
    token = _BUDGET.set(budget)
    try:
        yield budget
    finally:
        _BUDGET.reset(token)


def checkpoint() -> None:
    """Raise `OverBudget` or `Stopped` when the current job should stop; a no-op outside a job."""
    budget = _BUDGET.get()
    if budget is not None:
        budget.check()
