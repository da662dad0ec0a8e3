"""The French pack: the French stages and lexicon, with the shared stages' vocabulary in French."""

from __future__ import annotations

import functools

from service.extract.fr import actors, dates, fatalities, mentions, nlp, places
from service.extract.fr import lexicon as fx
from service.extract.pack import LanguagePack
from service.extract.rules import Rules


@functools.cache
def rules() -> Rules:
    return Rules(
        event_nouns=fx.EVENT_NOUNS,
        two_sided=fx.TWO_SIDED,
        burning=fx.BURNING,
        property_destruction=fx.LOOTING,
        harmed=fx.HARMED,
        lethal_force=("tué", "tués", "morts", "mort", "balles réelles", "tirs à balles", "atteint par une balle"),
        crowd_control=(
            "gaz lacrymogène",
            "gaz lacrymogènes",
            "dispersé",
            "dispersée",
            "dispersés",
            "interpell",
            "arrêté",
            "arrestations",
            "balles en caoutchouc",
            "heurt",
        ),
        mob=("lynch", "vindicte"),
        news_days=fx.NEWS_DAYS,
        unopposed=fx.UNOPPOSED,
        crime=fx.CRIME,
        political_armed=fx.POLITICAL_ARMED,
        taking_verbs=fx.TAKING_VERBS,
        also_at=fx.ALSO_AT,
        ordinary_crime=fx.ORDINARY_CRIME,
        political_context=fx.POLITICAL_CONTEXT,
    )


def french() -> LanguagePack:
    return LanguagePack(
        code="fr",
        model=nlp.MODEL,
        load_nlp=nlp.load_nlp,
        find_mentions=mentions.find_mentions,
        find_dates=dates.find_dates,
        find_figures=fatalities.find_figures,
        find_actors=actors.find_actors,
        find_toponyms=places.find_toponyms,
        find_dateline=places.find_dateline,
        country_votes=places.country_votes,
        rules=rules,
    )
