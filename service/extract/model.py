"""What the pipeline takes and what it returns: the contract between extraction and storage."""

from __future__ import annotations

import datetime as dt
from typing import Literal

import msgspec

Role = Literal["actor1", "actor2", "associated"]
DatePrecision = Literal["day", "week", "month"]
PlacePrecision = Literal["point", "admin1", "country", "unknown"]


class ArticleText(msgspec.Struct, frozen=True, kw_only=True):
    """An article as the pipeline sees it."""

    text: str
    title: str | None = None
    published: dt.date | None = None


class Evidence(msgspec.Struct, frozen=True, kw_only=True):
    """A character span of the article that supports one field of an incident."""

    field: str  # "event", "date", "location", "actors", "fatalities", ...
    start: int
    end: int
    quote: str


class ActorRef(msgspec.Struct, frozen=True, kw_only=True):
    """A normalised actor and its role in one incident."""

    name: str  # canonical name, e.g. "Military Forces of Mali"
    # state forces | rebel group | political militia | identity militia | rioters | protesters | civilians |
    # external forces | other
    type: str
    role: Role
    country_code: str | None = None
    affiliation: str | None = None
    aliases: tuple[str, ...] = ()


class PlaceRef(msgspec.Struct, frozen=True, kw_only=True):
    """Where an incident happened; coordinates only when a gazetteer entry supports them."""

    name: str
    precision: PlacePrecision
    country_code: str | None = None
    admin1: str | None = None
    geoname_id: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    # how sure the extractor is that the incident happened here, at this precision (0..1): the gazetteer match
    # (exact or a close spelling, in the story's country or abroad, one place of that name or several), and
    # how the place was tied to the event (its own sentence, the dateline, or only the story's country)
    confidence: float | None = None


class Incident(msgspec.Struct, frozen=True, kw_only=True):
    """One event at one place on one day, coded ACLED-style."""

    event_type: str
    sub_event_type: str
    date: dt.date | None
    date_precision: DatePrecision | None
    place: PlaceRef | None
    actors: tuple[ActorRef, ...]
    fatalities: int | None
    summary: str
    confidence: float
    evidence: tuple[Evidence, ...]
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    fatalities_source: str | None = None  # who reported or claimed the figure: "the army", "JNIM"

    def key(self) -> str:
        """Identity of the incident within its article, stable across re-runs of the same pipeline."""
        place = self.place.geoname_id or self.place.name if self.place else ""
        return f"{self.event_type}|{self.sub_event_type}|{self.date or ''}|{place}"
