"""The vocabulary the language-independent stages (clustering, event typing, assembly) still read: each language
pack fills one `Rules` from its own lexicon, so those stages never name a word of any one language."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Rules:
    event_nouns: frozenset[str]  # lemmas that name an event already told: its date is the event's date
    two_sided: frozenset[str]  # trigger lemmas that say two sides fought ("clash", "affrontement")
    burning: frozenset[str]  # trigger lemmas of setting property alight or plundering it
    property_destruction: re.Pattern[str]  # "burned houses", "pillé des boutiques"
    harmed: re.Pattern[str]  # someone killed, hurt or taken ("wounded", "blessés")
    lethal_force: tuple[str, ...]  # words that make a protest one met with deadly force
    crowd_control: tuple[str, ...]  # words that make a protest one the authorities broke up
    mob: tuple[str, ...]  # words that make a riot mob violence
    news_days: re.Pattern[str]  # days said relative to the report ("on Thursday", "hier"): news of its own time
    unopposed: re.Pattern[str]  # a place taken without a fight: a transfer of territory, not a battle
    crime: re.Pattern[str]  # ordinary crime
    political_armed: re.Pattern[str]  # perpetrators that make a crime political violence
    taking_verbs: frozenset[str] = frozenset()  # lemmas of taking a place: their subject is who took it
    calling_verbs: frozenset[str] = frozenset()  # lemmas of calling for an action ("called a shutdown to protest")
    infinitive_marker: str = ""  # the word that marks an infinitive of purpose ("to")
    liberated_from: re.Pattern[str] | None = None  # a place its armed holders lost, whoever took it back
    deed_nouns: frozenset[str] = frozenset()  # nouns of a deed that, as a subject with "the", name the deed told
    # the same deed told at one more place ("des morts ont aussi été signalés à Moundou"): another place of the event
    also_at: re.Pattern[str] | None = None
    # an arrest in a story that names an ordinary crime ("arrested the husband over her stabbing") and nothing of
    # what makes it political (an armed group, a crowd, an opponent, a journalist) is of a suspect in that crime
    ordinary_crime: re.Pattern[str] | None = None
    political_context: re.Pattern[str] | None = None


@functools.cache
def english() -> Rules:
    """English's rules, read from the English lexicon (imported here, late, to keep the stages free of cycles)."""
    from service.extract import lexicon as lx
    from service.extract.event_type import LOOTING, TWO_SIDED

    looting = next(pattern for pattern, coded in lx.DEVELOPMENT_PATTERNS if coded == LOOTING)
    return Rules(
        event_nouns=lx.EVENT_NOUNS,
        two_sided=TWO_SIDED,
        burning=frozenset({"burn", "torch", "loot", "plunder", "ransack", "set", "destroy"}),
        property_destruction=looting,
        harmed=lx.HARMED,
        lethal_force=("shot dead", "live ammunition", "live rounds", "gunned down", "fatally", "shot and killed"),
        crowd_control=(
            "tear gas",
            "teargas",
            "dispersed",
            "arrested",
            "detained",
            "rubber bullets",
            "water cannon",
            "baton",
            "cleared the",
            "broke up",
        ),
        mob=("mob", "lynch", "vigilante"),
        news_days=lx.NEWS_DAYS,
        unopposed=lx.UNOPPOSED,
        crime=lx.CRIME,
        political_armed=lx.POLITICAL_ARMED,
        taking_verbs=lx.TAKING_VERBS,
        calling_verbs=lx.CALLING_LEMMAS,
        infinitive_marker="to",
        liberated_from=lx.LIBERATED_FROM,
        deed_nouns=lx.DEED_NOUNS,
        ordinary_crime=lx.ORDINARY_CRIME,
        political_context=lx.POLITICAL_CONTEXT,
    )
