"""Toponym resolution against the PostgreSQL gazetteer: exact folded names first, close spellings for the rest,
recent resolutions remembered per process."""

from __future__ import annotations

import re
import time
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

import asyncpg

from service.db.queries import gazetteer as sql
from service.extract.model import PlaceRef
from service.gazetteer.names import fold, without_apostrophes
from service.gazetteer.sources import admin1_aliases, admin1_spellings, region_keys

# "Borno State", "Tombouctou region", "province of Soum": the region word tells us a region is meant.
REGION_WORDS = re.compile(
    r"\s+(?:state|region|province|district|governorate|prefecture|department|county|division|area|zone|lga|"
    r"local government area|chiefdom|tehsil|commune|municipality|subdivision|cercle|circle|payam|ward|oblast|raion|"
    r"rayon|krai|okrug|woreda|upazila)s?$"
    r"|\s+(?:counties|municipalities|localities)$|^(?:the )?"
    r"(?:state|region|province|district|governorate|prefecture|department|county) of\s+|^the\s+",
    re.I,
)
MIN_SIMILARITY = 0.75  # trigram similarity a spelling variant needs ("Tombuctu" -> Timbuktu)
SPELLING_MIN_LENGTH = 6  # shorter names are matched exactly only: a letter off in "Bama" is another town
# A small place outside the story's main country is more likely a namesake than the place meant.
MIN_SECONDARY_POPULATION = 20_000  # in another country the story mentions
MIN_FOREIGN_POPULATION = 1_000_000
ADMIN1_SPELLING = 0.75  # a city in a country the story does not mention: only a metropolis


CacheKey = tuple[str, tuple[str, ...], tuple[str, ...]]


def _display_name(written: str, row: Any) -> str:
    """A place whose gazetteer name is a scholarly transliteration is named as the report writes it when that is
    one of its names ("Jenin", not "Janīn"; "Nabatieh", not "Nabatîyé et Tahta"). A plain name stays as the
    gazetteer has it ("Timbuktu" for "Tombouctou"), and so does any name met in capitals (a dateline) or only
    as a close spelling."""
    exact = row["kind"] == "point" and row["similarity"] >= 1.0 and fold(written) != fold(row["name"])
    transliterated = not row["name"].isascii() and written.isascii()
    plain = not written.isupper() and written[:1].isupper()
    return written if exact and transliterated and plain else row["name"]


class Geocoder:
    """Resolves an article's toponyms in one round trip to the database, remembering recent resolutions.

    The cache is per process and bounded (least recently used out first); an entry is keyed on everything its
    result depends on (the mention, the country context in order, the folded region hints) and expires after
    `cache_seconds`, so places loaded into the gazetteer while workers run are found within that time."""

    def __init__(self, pool: asyncpg.Pool, *, cache_size: int = 20_000, cache_seconds: float = 3600.0) -> None:
        self._pool = pool
        self._cache: OrderedDict[CacheKey, tuple[float, PlaceRef | None]] = OrderedDict()
        self._cache_size = cache_size
        self._cache_seconds = cache_seconds

    async def resolve(
        self, names: Sequence[str], *, countries: Sequence[str] = (), regions: Sequence[str] = ()
    ) -> dict[str, PlaceRef]:
        """Every mention -> its best gazetteer place; mentions with no acceptable match are absent.
        `countries` are ISO2 codes of the article's country context, most likely first; `regions` are
        first-level regions the article names ("Chhattisgarh"), which break ties between namesakes."""
        mentions = list(dict.fromkeys(n for n in names if n.strip()))
        if not mentions:
            return {}
        context = tuple(countries)
        named = {key for r in regions for key in region_keys(REGION_WORDS.sub("", r).strip())}
        # "Nineveh" names the region the gazetteer calls Ninawa: its places rank first
        hints = tuple(sorted(named | {fold(region) for name in named for _, region in admin1_aliases().get(name, [])}))
        now = time.monotonic()
        found: dict[str, PlaceRef | None] = {}
        for mention in mentions:
            cached = self._cache.get((mention, context, hints))
            if cached is not None and cached[0] > now:
                self._cache.move_to_end((mention, context, hints))
                found[mention] = cached[1]
        if missing := [m for m in mentions if m not in found]:
            looked_up = await self._look_up(missing, context, hints)
            for mention in missing:
                found[mention] = looked_up.get(mention)
                self._remember((mention, context, hints), now, found[mention])
        return {mention: place for mention, place in found.items() if place is not None}

    async def _look_up(
        self, mentions: list[str], countries: tuple[str, ...], hints: tuple[str, ...]
    ) -> dict[str, PlaceRef]:
        written = {m: REGION_WORDS.sub("", m).strip() for m in mentions}
        queries = [without_apostrophes(written[m]) for m in mentions]
        wants_region = [written[m] != m for m in mentions]
        aliases = [_region_named(q, countries) for q in queries]
        async with self._pool.acquire() as conn:
            rows = await sql.resolve(
                conn, mentions, queries, wants_region, countries, hints,
                min_similarity=MIN_SIMILARITY, spelling_min_length=SPELLING_MIN_LENGTH, aliases=aliases,
            )  # fmt: skip
        return {
            mention: PlaceRef(
                name=_display_name(written[mention], row),
                precision="admin1" if row["kind"] == "admin1" else "point",
                country_code=row["country_code"],
                admin1=row["admin1"],
                geoname_id=row["geoname_id"],
                latitude=row["latitude"],
                longitude=row["longitude"],
                confidence=geo_confidence(row, countries, hints),
            )
            for mention, row in rows.items()
            if _plausible(row, countries, written[mention], mention)
        }

    def _remember(self, key: CacheKey, now: float, place: PlaceRef | None) -> None:
        self._cache[key] = (now + self._cache_seconds, place)
        self._cache.move_to_end(key)
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)


def _region_named(query: str, countries: Sequence[str]) -> tuple[str, str] | None:
    """The first-level region a name stands for as the press spells it ("Nineveh" for the gazetteer's Ninawa), in
    the article's countries first."""
    candidates = admin1_spellings().get(fold(query), [])
    # a spelling several countries share ("South", "Gaza") names a region only in the article's own countries
    return next((c for c in candidates if c[0] in countries), candidates[0] if len(candidates) == 1 else None)


# unit words of a level below the first: "the Medina district of the capital" is no first-level region abroad
LOCAL_UNIT = re.compile(r"\s(?:district|commune|municipality|subdivision|tehsil|payam|ward|neighbou?rhood|quarter)s?$",
                        re.I)  # fmt: skip


def _plausible(row: dict[str, Any], countries: Sequence[str], written: str = "", mention: str = "") -> bool:
    """A namesake abroad loses: a place in a country the story does not mention (unless a metropolis), a small
    place in a secondary country, a region outside the story's countries. (Within a country, the first-level
    regions the story names rank their places first.) The mention then keeps its name at the precision the
    text supports."""
    country = row["country_code"]
    if countries and country != countries[0]:
        if row["kind"] == "admin1" and (country not in countries or LOCAL_UNIT.search(mention)):
            return False
        floor = MIN_SECONDARY_POPULATION if country in countries else MIN_FOREIGN_POPULATION
        if row["kind"] != "admin1" and (row["population"] or 0) < floor:
            return False
        # a metropolis abroad by its own name ("Paris"), not by one of its other names: a village in the report's
        # country that bears one of a far-off capital's old spellings is not that capital
        if country not in countries and row["kind"] != "admin1" and written and fold(written) != fold(row["name"]):
            return False
    return True


# How much a resolution's certainty falls for each doubt it carries.
SECONDARY_COUNTRY = 0.8  # in another country the story mentions
FOREIGN_COUNTRY = 0.5  # in a country the story does not mention (a metropolis by its own name)
NO_COUNTRY = 0.7  # the story names no country to check it against
REGION_BY_ALIAS = 0.7  # a first-level region found by the press's spelling of it, not said to be a region
NAMESAKE = 0.2  # each other place of that name in the same country, unless a region the story names decides


def geo_confidence(row: dict[str, Any], countries: Sequence[str], hints: Sequence[str]) -> float:
    """How sure a resolution is, 0..1: 1.0 for the only place of that exact name in the story's country, less for
    a close spelling (0.5 at the least similarity accepted, 0.8 just under an exact match), a place in another
    country, and a choice among namesakes that only population decided ("Kuru" is a dozen villages in Nigeria;
    "Kuru, Plateau State" is one)."""
    similarity = float(row["similarity"])
    if row["kind"] == "admin1":
        score = 1.0 if similarity >= 1.0 else REGION_BY_ALIAS
    elif similarity >= 1.0:
        score = 1.0
    else:
        score = 0.5 + 0.3 * max(0.0, similarity - MIN_SIMILARITY) / (1.0 - MIN_SIMILARITY)
    country = row["country_code"]
    if not countries:
        score *= NO_COUNTRY
    elif country != countries[0]:
        score *= SECONDARY_COUNTRY if country in countries else FOREIGN_COUNTRY
    decided = bool(hints) and fold(row["admin1"] or "") in hints
    if row["kind"] != "admin1" and not decided:
        score /= 1.0 + NAMESAKE * max(0, int(row.get("namesakes") or 1) - 1)
    return round(score, 2)


SHORT_NAME = 5  # letters: a name this short that is only another of a city's names is as likely a village's


def place_votes(places: dict[str, PlaceRef], regions: Sequence[str] = ()) -> dict[str, float]:
    """The countries an article's places point to, with their weight: a settlement counts more than a region,
    whose name more often recurs across countries, and a settlement inside a region the article also names
    ("Bokkos, Plateau State") counts most: a chain of names is rarely a coincidence. A settlement found only by
    a short other name of it ("Boni" for Bonn, where "Bruxelles" is Brussels) does not vote."""
    named = {key for r in regions for key in region_keys(REGION_WORDS.sub("", r).strip())}
    named |= {fold(region) for name in list(named) for _, region in admin1_aliases().get(name, [])}
    votes: dict[str, float] = {}
    for mention, place in places.items():
        written = fold(REGION_WORDS.sub("", mention).strip())
        if place.precision == "point" and written != fold(place.name) and len(written) <= SHORT_NAME:
            continue  # "Boni", one of Bonn's other names, is as likely a village of the story's country
        if place.country_code:
            weight = 0.5 if place.precision != "point" else 2.0 if fold(place.admin1 or "") in named else 1.0
            votes[place.country_code] = votes.get(place.country_code, 0.0) + weight
    return votes
