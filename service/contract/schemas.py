"""Public v1 resources. Fields only ever get added, with defaults, so v1 clients never break."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

import msgspec
from msgspec import Meta

ArticleStatus = Literal["queued", "processing", "done", "failed"]
Latitude = Annotated[float, Meta(ge=-90, le=90)]
Longitude = Annotated[float, Meta(ge=-180, le=180)]


class ArticleIn(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """A news article to extract incidents from."""

    text: Annotated[str, Meta(min_length=1, max_length=1_000_000, description="Article body, plain text.")]
    title: Annotated[str, Meta(max_length=1000)] | None = None
    url: Annotated[str, Meta(max_length=2048, pattern=r"^[Hh][Tt][Tt][Pp][Ss]?://\S+$")] | None = None
    published_at: (
        Annotated[
            str,
            Meta(
                description="RFC 3339 date (2025-07-01) or date-time (2025-07-01T09:30:00Z).",
                examples=["2025-07-01", "2025-07-01T09:30:00Z"],
            ),
        ]
        | None
    ) = None
    source: Annotated[str, Meta(max_length=200)] | None = None
    language: (
        Annotated[
            str,
            Meta(
                max_length=16,
                pattern=r"^[A-Za-z]{2}(-[A-Za-z0-9]{1,8})*$",
                description="ISO 639-1 code of the article's language (a region subtag, as in fr-CA, is dropped). "
                "When absent it is detected from the title and text; text too short to tell gets the service's "
                "default language. An article in a language the service cannot read ends failed with "
                "unsupported_language.",
                examples=["en", "fr"],
            ),
        ]
        | None
    ) = None


class Article(msgspec.Struct, kw_only=True):
    """An ingested article and the state of its extraction."""

    id: int
    status: ArticleStatus
    attempts: int
    error: str | None
    url: str | None
    title: str | None
    published_at: dt.datetime | None
    source: str | None
    language: str | None
    """The ISO 639-1 code the article is read in (``und``: undetermined); null for some articles posted before
    languages were detected, until a worker reads them."""
    created_at: dt.datetime
    updated_at: dt.datetime
    processed_at: dt.datetime | None
    incident_ids: list[int]
    language_source: Literal["declared", "detected", "default"] | None = None
    """How ``language`` was chosen: declared by the client, detected from the text, or the service's default for a
    text too short to tell."""


class LocationRef(msgspec.Struct, kw_only=True):
    id: int
    name: str
    country_code: str | None
    admin1: str | None
    latitude: float | None
    longitude: float | None
    precision: Literal["point", "admin1", "country", "unknown"]


class IncidentLocation(LocationRef, kw_only=True, omit_defaults=True):
    """Where an incident (or one article's report of it) happened, and how sure the extractor is of it."""

    geo_confidence: float | None = None
    """0..1: the gazetteer match (exact or a close spelling, in the story's country or abroad, one place of that
    name or several) times how the place was tied to the event (its own sentence, the dateline, only the country);
    for an incident, its reports at this location combined. Absent for incidents coded before it was kept."""


class Location(LocationRef, kw_only=True):
    """A place incidents are coded to."""

    geoname_id: int | None = None
    incident_count: int = 0


class IncidentActor(msgspec.Struct, kw_only=True):
    id: int
    name: str
    role: Literal["actor1", "actor2", "associated"]
    type: str


class Evidence(msgspec.Struct, kw_only=True):
    """A span of an article that supports one field: ``quote == article.text[start:end]``."""

    article_id: int
    field: str
    start: int
    end: int
    quote: str


class NearMatch(msgspec.Struct, kw_only=True):
    """Another incident a report was scored against when it was saved: close (at least 0.55), yet below the 0.75
    that merges, so kept apart."""

    incident_id: int
    score: float
    reasons: list[str]


class IncidentReport(msgspec.Struct, kw_only=True, omit_defaults=True):
    """One article's report of an incident: what it alone says, and how it matched the incident. In an incident,
    its evidence is the incident's evidence with its article_id."""

    article_id: int
    event_type: str
    sub_event_type: str
    date: dt.date | None
    date_precision: Literal["day", "week", "month"] | None
    location: IncidentLocation | None
    fatalities: int | None
    fatalities_low: int | None
    fatalities_high: int | None
    fatalities_source: str | None
    fatalities_used: list[Literal["best", "low", "high"]]
    """Which of the incident's figures (fatalities, fatalities_low, fatalities_high) this report gave."""
    confidence: float
    match_score: float | None
    """Its score against the incident's other reports when it joined them; null for the report that founded it."""
    match_reasons: list[str]
    near_matches: list[NearMatch] = msgspec.field(default_factory=list)
    """The other incidents it was scored against and not merged with, borderline, best first (absent: none). An
    incident that has since gone, merged or deleted, leaves the list."""


class Incident(msgspec.Struct, kw_only=True):
    """One event at one place on one day, coded with ACLED's event types."""

    id: int
    event_type: str
    sub_event_type: str
    date: dt.date | None
    date_precision: Literal["day", "week", "month"] | None
    location: IncidentLocation | None
    actors: list[IncidentActor]
    fatalities: int | None
    fatalities_low: int | None
    fatalities_high: int | None
    fatalities_source: str | None
    summary: str
    evidence: list[Evidence]
    """The sentences behind each field, from the reports in `reports`."""
    confidence: float
    article_ids: list[int]
    """Every article that reports the incident."""
    report_count: int
    """How many reports (one per article) the incident has; `reports` embeds at most 10 of them."""
    extractor_version: str
    created_at: dt.datetime
    updated_at: dt.datetime
    reports: list[IncidentReport] = msgspec.field(default_factory=list)
    """The lead reports, by article id: those whose fatality figures the incident uses, then the earliest, at most
    10 (every report, with its evidence: GET /v1/incidents/{id}/reports). Fatalities across reports: the lowest
    firm figure is the incident's, fatalities_low and fatalities_high the lowest and highest any report gives when
    they differ."""


class ReportWithEvidence(IncidentReport, kw_only=True, omit_defaults=True):
    """One article's report of an incident, with the sentences behind its fields."""

    evidence: list[Evidence]


class ReportPage(msgspec.Struct, kw_only=True):
    items: list[ReportWithEvidence]
    next_cursor: str | None


class Merged(msgspec.Struct, kw_only=True):
    """problem+json for an incident id absorbed by a merge (308): the incident that absorbed it."""

    type: str
    title: str
    status: int
    detail: str
    incident_id: int
    instance: str | None = None


class Actor(msgspec.Struct, kw_only=True):
    """A normalised actor: a state force, an armed group, civilians, protesters..."""

    id: int
    name: str
    type: str
    country_code: str | None
    affiliation: str | None
    aliases: list[str]
    incident_count: int = 0
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None
    event_types: dict[str, int] = msgspec.field(default_factory=dict)
    """Incidents by event type (on the single-actor resource)."""


class IncidentPage(msgspec.Struct, kw_only=True):
    items: list[Incident]
    next_cursor: str | None


class IncidentChange(msgspec.Struct, kw_only=True):
    """One entry of the change feed: what a mirror does with one incident id."""

    kind: Literal["upsert", "merge", "delete"]
    """upsert: store `incident` under `incident_id` (new or changed); merge: drop `incident_id`, which now answers
    with `merged_into`; delete: drop `incident_id` (`reason` says why)."""
    incident_id: int
    changed_at: dt.datetime
    incident: Incident | None = None
    """The incident as GET /v1/incidents/{id} serves it (upsert only)."""
    merged_into: int | None = None
    """The incident that absorbed this one (merge only)."""
    reason: Literal["article_withdrawn", "no_reports_left"] | None = None
    """Why the incident went (delete only): its only article was withdrawn, or re-extraction left it no report."""


class IncidentChanges(msgspec.Struct, kw_only=True):
    items: list[IncidentChange]
    next_cursor: str
    """Where to read on from: the position after the last item, or `since` itself when nothing is new."""
    has_more: bool
    """Whether more changes are waiting now (read again at once) or the feed is caught up (poll later)."""


class ActorPage(msgspec.Struct, kw_only=True):
    items: list[Actor]
    next_cursor: str | None


class LocationPage(msgspec.Struct, kw_only=True):
    items: list[Location]
    next_cursor: str | None


class Job(msgspec.Struct, kw_only=True):
    """An article's extraction job, as an operator sees it."""

    id: int
    article_id: int
    status: ArticleStatus
    attempts: int
    max_attempts: int
    error: str | None
    run_at: dt.datetime
    """When a queued job may next be claimed (after a retry's backoff)."""
    worker: str | None
    """The worker (host:pid:claim) processing it."""
    lease_expires_at: dt.datetime | None
    request_id: str | None
    """The request id of the POST (or reprocess) that queued it; the worker's log lines of the job carry it."""
    api_key_id: int | None
    """The API key that posted the article; null when writes were open."""
    created_at: dt.datetime
    updated_at: dt.datetime
    finished_at: dt.datetime | None


class JobPage(msgspec.Struct, kw_only=True):
    items: list[Job]
    next_cursor: str | None


GroupBy = Literal["country", "admin1", "event_type", "actor", "week", "month"]


class Group(msgspec.Struct, kw_only=True):
    key: str | None
    incidents: int
    fatalities: int


class IncidentStats(msgspec.Struct, kw_only=True):
    group_by: GroupBy
    groups: list[Group]


class Health(msgspec.Struct, kw_only=True):
    status: Literal["ok", "unavailable"]
    checks: dict[str, str] = msgspec.field(default_factory=dict)
