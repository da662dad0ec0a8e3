"""A language pack: everything the pipeline reads that belongs to one language. The spaCy model, and the stages
that read words (mentions, dates, fatalities, actors, toponyms, the article's countries) with their lexicons;
clustering, event typing, roles, place choice, evidence and the gazetteer are shared by every language. A new
language is a new pack and a line in `service.extract.languages`, not an edit to another language's code."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from service.extract.actors import ActorHit
from service.extract.dates import DateMention
from service.extract.fatalities import Figure
from service.extract.mentions import Mention
from service.extract.places import Toponym
from service.extract.rules import Rules

FindMentions = Callable[[Doc], list[Mention]]
FindDates = Callable[[Span, dt.date | None, dt.date | None, tuple[Token, ...]], list[DateMention]]
FindFigures = Callable[[Span, Span], list[Figure]]
FindActors = Callable[[Span, tuple[Token, ...]], list[ActorHit]]
FindToponyms = Callable[[Span, tuple[Token, ...] | None], list[Toponym]]


@dataclass(frozen=True)
class LanguagePack:
    code: str  # ISO 639-1
    model: str  # the spaCy model's package name, whose meta gives the version the pipeline stamps
    load_nlp: Callable[[], Language]  # the model with the actor and country entity ruler; called once per process
    find_mentions: FindMentions
    find_dates: FindDates
    find_figures: FindFigures
    find_actors: FindActors
    find_toponyms: FindToponyms
    find_dateline: Callable[[Doc], Toponym | None]
    country_votes: Callable[[Doc, list[Toponym]], dict[str, float]]  # ISO2 -> weight; FIRM_VOTE names it
    rules: Callable[[], Rules]  # the vocabulary the shared stages read
    # the places a bulletin's header line names ("MEXICO — Acatlán de Osorio, Puebla."), finest first
    find_header_places: Callable[[Doc], list[Toponym]] = lambda doc: []


def english() -> LanguagePack:
    """The English pack: the stages and lexicon of `service.extract` as they are."""
    from service.extract import actors, dates, fatalities, mentions, nlp, places, rules

    return LanguagePack(
        code="en",
        model=nlp.MODEL,
        load_nlp=nlp.load_nlp,
        find_mentions=mentions.find_mentions,
        find_dates=dates.find_dates,
        find_figures=fatalities.find_figures,
        find_actors=actors.find_actors,
        find_toponyms=places.find_toponyms,
        find_dateline=places.find_dateline,
        country_votes=places.country_votes,
        rules=rules.english,
        find_header_places=places.find_header_places,
    )
