"""One event, many reports: the incidents an article reports are matched against those of other articles.

Each incident the pipeline extracts from an article is that article's *report*. When an article's reports are
saved, each is scored against the incidents that other articles' reports make, and joins the best one whose
score reaches `MERGE_AT`; otherwise it founds an incident of its own. A candidate between `NEAR_AT` and
`MERGE_AT` is kept as a near match, not merged.

Scoring a report against another (`pair_score`) first rules out what cannot be one event: another country, places
further apart than their precisions allow (two gazetteer points more than 15 km apart, two first-level regions, a
point outside the other's region), dates more than a day apart (week and month dates stand for their span; a day
apart needs tolls that agree within 30%), event types of different families (political violence, demonstrations,
strategic developments), armed groups that differ with no actor in common. What remains is weighed: the place
(0.35: the same place or name, points within 5 km, the same region), the date (0.25: the same day, a day apart,
overlapping spans), the actors (0.2: a named actor in common), the event type (0.1) and the death toll (0.1: equal
or close; tolls grow as reports come in, so a different one weighs little).

Two kinds of report are weighed otherwise, as outlets report one event differently. An undated report (a page with
no publication date: "on Saturday" cannot be dated) is matched by its place: against a report of the same named place
(a gazetteer point, or a village the gazetteer lacks kept by name; not a region or the country) that agrees on the
toll (or, at a village the gazetteer lacks, shares a named actor), the date is left out of the weighing rather than
counted as unknown, among the latest incidents reported there. A place the gazetteer could not map (the country
alone, or a village it lacks kept at the country) can neither tell two reports apart nor bring them together: when
the two are of the same day, give the same toll of at least `DISTINCT_TOLL` and share a named actor, it weighs as a
shared region does (0.55), so that two outlets naming one event by two villages, or by a village and the town
nearby, make one incident; with another toll, another day or no named actor in common they stay apart.

A report joins an incident only if it is compatible with every report of it, and its score is its best against one
of them: an incident's reports remain compatible two by two whatever is later withdrawn. A report that joins one
incident and also matches another absorbs the other, when the two are compatible; when they are not (one article
reports both), it draws from the other each report that now scores better where it joined than where it is (`_draw`):
what a report saved early could not know, a report saved later tells, and the incidents come out as they would have
had the articles been saved in another order. Reports alike in everything
`pair_score` reads score alike, so each incident is scored through one report of each kind.

The incident's own fields are derived from its reports (`derive`): the most precise place and date (their most
frequent value among equally precise reports), the most frequent event type, every report's actors, and the
death toll by ACLED's conservative rule: the best figure is the lowest firm figure of any report, `low` and
`high` the lowest and highest any report gives when they differ from it; each report records which of them it
gave (`fatalities_used`).

Writers take PostgreSQL advisory locks on (country, day) for every day a report could match, and on (country, place)
for a named place, before anything else, so two reports of one event saved at the same moment by two workers are
matched one after the other. A report drawn from another incident moves only if its own locks are free: they are
tried without waiting, as a writer that waited for locks while it held others could wait on one that waits on it.
"""

from __future__ import annotations

import collections
import datetime as dt
import hashlib
import math
import unicodedata
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from typing import TypeVar

import asyncpg
import msgspec

from service.db.queries import changes, reports
from service.db.queries.reports import Copies, Derived, Report
from service.extract import model
from service.extract.resources import countries
from service.gazetteer.sources import admin1_countries, regions

MERGE_AT = 0.75
NEAR_AT = 0.55
WEIGHTS = {"place": 0.35, "date": 0.25, "actors": 0.2, "type": 0.1, "fatalities": 0.1}
FAMILIES = {
    "Battles": "violence",
    "Violence against civilians": "violence",
    "Explosions/Remote violence": "violence",
    "Protests": "demonstrations",
    "Riots": "demonstrations",
    "Strategic developments": "strategic developments",
}
# A toll at least this high, told alike by two reports of one country and day that share a named actor, is too
# rare to be a coincidence; tolls of one or two are told of many events a day.
DISTINCT_TOLL = 5
# What an unmapped place weighs when the day, toll and a named actor agree: as much as a shared region
UNMAPPED_PLACE = 0.55
# An undated report's place is matched against this many of the latest incidents reported there, at most
UNDATED_CANDIDATES = 20
GENERIC_TYPES = frozenset({"civilians", "protesters", "rioters"})
GROUP_TYPES = frozenset({"rebel group", "political militia", "identity militia"})
_PLACE_RANK = {"point": 0, "admin1": 1, "country": 2, "unknown": 3}
_DATE_RANK = {"day": 0, "week": 1, "month": 2}
_Read = TypeVar("_Read", Report, Copies)
_Value = TypeVar("_Value")


def fold(text: str | None) -> str:
    if not text:
        return ""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def span(date: dt.date, precision: str | None) -> tuple[dt.date, dt.date]:
    """The days a date may stand for: a week date lies within a week of the day it names ('last week', an
    undated report's publication date), a month date anywhere in its month."""
    if precision == "week":
        return date - dt.timedelta(days=7), date + dt.timedelta(days=6)
    if precision == "month":
        first = date.replace(day=1)
        following = (first + dt.timedelta(days=32)).replace(day=1)
        return first, following - dt.timedelta(days=1)
    return date, date


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def _regional(r: Report) -> bool:
    """A first-level region, or a town named like its region (Kunduz in Kunduz), which reports use for both."""
    return r.place_precision == "admin1" or (
        r.place_precision == "point" and bool(r.admin1) and fold(r.place_name) == fold(r.admin1)
    )


def _place(a: Report, b: Report) -> tuple[float, str]:
    if not a.country_code or not b.country_code:
        return 0.0, "no place"
    if a.country_code != b.country_code:
        return 0.0, "another country"
    if a.location_id is not None and a.location_id == b.location_id:
        return 1.0, "same place"
    if fold(a.place_name) and fold(a.place_name) == fold(b.place_name):
        return 0.9, "same place name"
    coarse = {"country", "unknown", None}
    if a.place_precision in coarse or b.place_precision in coarse:
        return 0.2, "same country"
    if a.admin1 and b.admin1 and fold(a.admin1) != fold(b.admin1):
        return 0.0, "another region"
    if _regional(a) or _regional(b):
        return (0.55, "same region") if a.admin1 and b.admin1 else (0.2, "same country")
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return 0.2, "same country"
    distance = km((a.latitude, a.longitude), (b.latitude, b.longitude))  # type: ignore[arg-type]
    if distance <= 5:
        return 0.8, f"places {distance:.0f} km apart"
    if distance <= 15:
        return 0.25, f"places {distance:.0f} km apart"
    return 0.0, f"places {distance:.0f} km apart"


def _date(a: Report, b: Report) -> tuple[float, str]:
    if a.event_date is None or b.event_date is None:
        return 0.2, "date unknown"
    if a.date_precision in (None, "day") and b.date_precision in (None, "day"):
        apart = abs((a.event_date - b.event_date).days)
        if apart == 0:
            return 1.0, "same day"
        if apart > 1:
            return 0.0, f"{apart} days apart"
        # a date told a day apart is one event (a night attack, a date counted back from another day) only when
        # the tolls agree: the same place the next day is as often the next event
        if _tolls_agree(a, b):
            return 0.75, "a day apart, the same toll"
        return 0.0, "a day apart, no toll in agreement"
    (a_first, a_last), (b_first, b_last) = span(a.event_date, a.date_precision), span(b.event_date, b.date_precision)
    slack = dt.timedelta(days=1)
    if a_first - slack <= b_last and b_first - slack <= a_last:
        coarse = "month" in (a.date_precision, b.date_precision)
        return (0.25, "within the month") if coarse else (0.4, "within the week")
    return 0.0, "dates apart"


def _tolls_agree(a: Report, b: Report) -> bool:
    """Both tolls known, positive, and the lower at least 70% of the higher."""
    if not a.fatalities or not b.fatalities:
        return False
    return min(a.fatalities, b.fatalities) >= 0.7 * max(a.fatalities, b.fatalities)


def _type(a: Report, b: Report) -> tuple[float, str]:
    if a.event_type == b.event_type:
        return (1.0, "same sub-event type") if a.sub_event_type == b.sub_event_type else (0.8, "same event type")
    if FAMILIES.get(a.event_type, a.event_type) == FAMILIES.get(b.event_type, b.event_type):
        return 0.4, "related event types"
    return 0.0, "unrelated event types"


def _actors(a: Report, b: Report) -> tuple[float, str]:
    named = a.named_actor_ids & b.named_actor_ids
    groups_differ = bool(a.group_actor_ids and b.group_actor_ids and not a.group_actor_ids & b.group_actor_ids)
    if named:
        return (
            (0.6, "a named actor in common, other armed groups") if groups_differ else (1.0, "named actors in common")
        )
    if groups_differ:
        return 0.0, "other armed groups"
    if set(a.actor_ids) & set(b.actor_ids):
        return 0.5, "generic actors in common"
    return 0.2, "no actor in common"


def _fatalities(a: Report, b: Report) -> tuple[float, str]:
    if a.fatalities is None or b.fatalities is None:
        return 0.5, "a death toll unknown"
    if a.fatalities == b.fatalities:
        return 1.0, "same death toll"
    if min(a.fatalities, b.fatalities) >= 0.7 * max(a.fatalities, b.fatalities):
        return 0.7, "close death tolls"
    return 0.3, "other death tolls"


def _unmapped(r: Report) -> bool:
    """A place the gazetteer could not put on the map: the country alone, or a name it lacks kept at the country."""
    return r.place_precision in {"country", "unknown", None}


def named_place(r: Report) -> bool:
    """A place finer than a region: a gazetteer point, or a village the gazetteer lacks kept by name at its region
    or country; not a region (first or second level), a town named like its region, or the country itself."""
    name = fold(r.place_name)
    if not name or not r.country_code:
        return False
    if r.place_precision == "point":
        return not _regional(r)
    return (
        name != fold(r.admin1)
        and name not in admin1_countries()
        and name not in regions()
        and countries().code_of(name) is None
    )


def _undated_alike(a: Report, b: Report, place: float) -> bool:
    """An undated report and another of the same named place (the same location or place name) that agree on the
    toll, or share a named actor at a village the gazetteer lacks: the date can tell them neither apart nor
    together. A town in the gazetteer sees many events of the same actors, a village too small for it few."""
    village = a.place_precision != "point" and b.place_precision != "point"
    corroborated = _tolls_agree(a, b) or (village and bool(a.named_actor_ids & b.named_actor_ids))
    return place >= 0.9 and named_place(a) and named_place(b) and corroborated


def _unmapped_alike(a: Report, b: Report) -> bool:
    """One report's place unmapped, the other's anywhere in the country, but the same day, the same distinct toll
    and a named actor in common: how two outlets name one event by two villages (or one by a village the gazetteer
    lacks and one by the town nearby)."""
    return (
        (_unmapped(a) or _unmapped(b))
        and a.event_date is not None
        and a.event_date == b.event_date
        and a.date_precision in (None, "day")
        and b.date_precision in (None, "day")
        and a.fatalities is not None
        and a.fatalities == b.fatalities
        and a.fatalities >= DISTINCT_TOLL
        and bool(a.named_actor_ids & b.named_actor_ids)
    )


def pair_score(a: Report, b: Report) -> tuple[float, tuple[str, ...]]:
    """How alike two reports are, 0 to 1, and why; 0 when they cannot be one event."""
    parts = {
        "place": _place(a, b),
        "date": _date(a, b),
        "type": _type(a, b),
        "actors": _actors(a, b),
        "fatalities": _fatalities(a, b),
    }
    for name in ("place", "date", "type"):
        if parts[name][0] == 0.0:
            return 0.0, (parts[name][1],)
    if parts["actors"][0] == 0.0:
        return 0.0, (parts["actors"][1],)
    weighed = dict.fromkeys(parts, True)
    if (a.event_date is None or b.event_date is None) and _undated_alike(a, b, parts["place"][0]):
        weighed["date"] = False
        parts["date"] = (0.0, "undated, the same named place: the date not weighed")
    elif parts["place"][0] < UNMAPPED_PLACE and a.country_code == b.country_code and _unmapped_alike(a, b):
        parts["place"] = (UNMAPPED_PLACE, "an unmapped place, the same day, toll and named actor")
    reasons = tuple(reason for _, reason in parts.values())
    total = sum(WEIGHTS[name] for name in parts if weighed[name])
    score = sum(WEIGHTS[name] * value for name, (value, _) in parts.items() if weighed[name]) / total
    return round(score, 3), reasons


def incident_score(report: Report, members: Sequence[Report]) -> tuple[float, tuple[str, ...]]:
    """A report against an incident's reports: 0 unless compatible with each, else its best score."""
    best: tuple[float, tuple[str, ...]] = (0.0, ("no report",))
    for member in members:
        scored = pair_score(report, member)
        if scored[0] == 0.0:
            return scored
        best = max(best, scored, key=lambda s: s[0])
    return best


def _lead_order(r: Report) -> tuple[int, int, float, int]:
    place = 1 if _regional(r) else _PLACE_RANK.get(r.place_precision or "", 4)
    return place, _DATE_RANK.get(r.date_precision or "", 3), -r.confidence, r.article_id


def _tally(told: Iterable[tuple[_Value, int]]) -> collections.Counter[_Value]:
    """How many reports tell each value, of (value, how many reports tell it), in the order first told."""
    counts: collections.Counter[_Value] = collections.Counter()
    for value, times in told:
        counts[value] += times
    return counts


def _most_common(told: Iterable[tuple[object, int]]) -> object:
    """The value told most often, of (value, how many reports tell it) in lead order; the first seen wins a tie."""
    counts = _tally(told)
    top = max(counts.values())
    return next(v for v in counts if counts[v] == top)


def derive(alike: Sequence[Copies]) -> Derived:
    """An incident's fields from its reports (see the module's docstring for the rules), read as groups of reports
    alike in all these fields (`reports.DERIVED_FROM`). A group counts as many times as it has reports, and stands
    in the lead order where its earliest report stands: the earliest report of a value is always the earliest of
    its group, so first-seen ties and the report that gives each figure are the same as over every report."""
    ordered = sorted(alike, key=lambda g: _lead_order(g.report))
    lead = ordered[0].report
    event_type = str(_most_common((g.report.event_type, len(g.of)) for g in ordered))
    sub_event_type = str(
        _most_common((g.report.sub_event_type, len(g.of)) for g in ordered if g.report.event_type == event_type)
    )
    dated = [g for g in ordered if g.report.event_date is not None]
    date, precision = None, None
    if dated:
        rank = min(_DATE_RANK.get(g.report.date_precision or "day", 0) for g in dated)
        best_dated = [g for g in dated if _DATE_RANK.get(g.report.date_precision or "day", 0) == rank]
        counts = _tally((g.report.event_date, len(g.of)) for g in best_dated if g.report.event_date is not None)
        top = max(counts.values())
        date = min(d for d, n in counts.items() if n == top)
        precision = next(g.report.date_precision for g in best_dated if g.report.event_date == date)
    placed = [g for g in ordered if g.report.location_id is not None]
    location, country = None, next((g.report.country_code for g in ordered if g.report.country_code), None)
    if placed:
        rank = _lead_order(placed[0].report)[0]
        best_placed = [g for g in placed if _lead_order(g.report)[0] == rank]
        location = int(_most_common((g.report.location_id, len(g.of)) for g in best_placed))  # type: ignore[call-overload]
        country = next(g.report.country_code for g in best_placed if g.report.location_id == location)
    best, low, high, used = _toll(ordered)
    actors: dict[int, str] = {}
    for g in ordered:
        for actor, role in zip(g.report.actor_ids, g.report.actor_roles, strict=True):
            actors.setdefault(actor, role)
    return Derived(
        event_type=event_type,
        sub_event_type=sub_event_type,
        event_date=date,
        date_precision=precision,
        location_id=location,
        country_code=country,
        fatalities=best.fatalities if best else None,
        fatalities_low=low,
        fatalities_high=high,
        fatalities_source=best.fatalities_source if best else lead.fatalities_source,
        summary=lead.summary,
        confidence=max(g.report.confidence for g in ordered),
        geo_confidence=_geo_confidence(
            s for g in placed if g.report.location_id == location for s in [g.report.geo_confidence] * len(g.of)
        ),
        extractor_version=lead.extractor_version,
        actors=tuple(actors.items()),
        fatalities_used=_parts_changed(ordered, used),
    )


def _parts_changed(
    ordered: Sequence[Copies], used: dict[tuple[int, str], list[str]]
) -> tuple[tuple[int, str, tuple[str, ...]], ...]:
    """Only the reports whose part changed: an event told by a hundred articles would send a hundred each time.
    A figure is given by the earliest report of a group, so the others give none."""
    changed = []
    for g in ordered:
        r = g.report
        if (part := tuple(used.get((r.article_id, r.key), ()))) != r.fatalities_used:
            changed.append((r.article_id, r.key, part))
        if r.fatalities_used:
            changed.extend((article_id, key, ()) for article_id, key in g.of[1:])
    return tuple(changed)


def _geo_confidence(sureness: Iterable[float | None]) -> float | None:
    """Reports that place the event at one location independently make it surer: 1 - the product of each one's
    doubt (two reports at 0.6 make 0.84). None when no report says how sure it is."""
    known = sorted(s for s in sureness if s is not None)  # one order, however the reports were read
    if not known:
        return None
    doubt = 1.0
    for sure in known:
        doubt *= 1.0 - sure
    return round(1.0 - doubt, 2)


def _toll(
    ordered: Sequence[Copies],
) -> tuple[Report | None, int | None, int | None, dict[tuple[int, str], list[str]]]:
    """The report with the best figure, the low and high figures, and which report gave which."""
    used: dict[tuple[int, str], list[str]] = collections.defaultdict(list)
    firm = [g.report for g in ordered if g.report.fatalities is not None]
    best = min(firm, key=lambda r: r.fatalities or 0) if firm else None
    if best is not None:
        used[(best.article_id, best.key)].append("best")
    if sum(len(g.of) for g in ordered) == 1:
        only = ordered[0].report
        for name, value in (("low", only.fatalities_low), ("high", only.fatalities_high)):
            if value is not None:
                used[(only.article_id, only.key)].append(name)
        return best, only.fatalities_low, only.fatalities_high, used
    told = [g.report for g in ordered]
    lows = [(r.fatalities_low if r.fatalities_low is not None else r.fatalities, r) for r in told]
    highs = [(r.fatalities_high if r.fatalities_high is not None else r.fatalities, r) for r in told]
    low_of = min(((v, r) for v, r in lows if v is not None), key=lambda p: p[0], default=None)
    high_of = max(((v, r) for v, r in highs if v is not None), key=lambda p: p[0], default=None)
    best_value = best.fatalities if best else None
    low = high = None
    if low_of is not None and low_of[0] != best_value:
        low = low_of[0]
        used[(low_of[1].article_id, low_of[1].key)].append("low")
    if high_of is not None and high_of[0] != best_value:
        high = high_of[0]
        used[(high_of[1].article_id, high_of[1].key)].append("high")
    return best, low, high, used


def lock_keys(of: Iterable[Report]) -> set[int]:
    """Advisory lock keys: (country, day) for every day a report could share with a report it matches, and
    (country, place) for a named place, which an undated report matches on any day."""
    keys = set()
    for r in of:
        if r.country_code and named_place(r):  # an undated report matches by its place, any day
            keys.add(_lock_key(f"{r.country_code}|place|{fold(r.place_name)}"))
        if not r.country_code or r.event_date is None:
            continue
        first, last = span(r.event_date, r.date_precision)
        day = first - dt.timedelta(days=1)
        while day <= last + dt.timedelta(days=1):
            keys.add(_lock_key(f"{r.country_code}|{day}"))
            day += dt.timedelta(days=1)
    return keys


def _lock_key(name: str) -> int:
    digest = hashlib.blake2b(f"incident-merge|{name}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def unique_keys(incidents: Sequence[model.Incident]) -> list[str]:
    """Each incident's key within its article; a repeated key gets a '#n' suffix."""
    seen: dict[str, int] = {}
    keys = []
    for incident in incidents:
        key = incident.key()
        seen[key] = seen.get(key, 0) + 1
        keys.append(key if seen[key] == 1 else f"{key}#{seen[key]}")
    return keys


async def _report(
    conn: asyncpg.Connection, article_id: int, key: str, incident: model.Incident, version: str
) -> Report:
    place = incident.place
    location = await reports.location_id(conn, place) if place is not None else None
    actor_ids = [await reports.actor_id(conn, a) for a in incident.actors]
    named = {i for i, a in zip(actor_ids, incident.actors, strict=True) if _named(a)}
    groups = {i for i, a in zip(actor_ids, incident.actors, strict=True) if _named(a) and a.type in GROUP_TYPES}
    return Report(
        article_id=article_id,
        key=key,
        incident_id=None,
        event_type=incident.event_type,
        sub_event_type=incident.sub_event_type,
        event_date=incident.date,
        date_precision=incident.date_precision,
        location_id=location,
        country_code=place.country_code if place else None,
        place_name=place.name if place else None,
        place_precision=place.precision if place else None,
        admin1=place.admin1 if place else None,
        latitude=place.latitude if place else None,
        longitude=place.longitude if place else None,
        fatalities=incident.fatalities,
        fatalities_low=incident.fatalities_low,
        fatalities_high=incident.fatalities_high,
        fatalities_source=incident.fatalities_source,
        summary=incident.summary,
        confidence=incident.confidence,
        geo_confidence=place.confidence if place else None,
        actor_ids=tuple(actor_ids),
        actor_roles=tuple(a.role for a in incident.actors),
        extractor_version=version,
        named_actor_ids=frozenset(named),
        group_actor_ids=frozenset(groups),
        evidence=incident.evidence,
    )


def _named(actor: model.ActorRef) -> bool:
    return actor.type not in GENERIC_TYPES and not actor.name.startswith("Unidentified")


def _may_match_beyond_the_window(r: Report) -> tuple[bool, bool]:
    """Whether the report could match by the rule for unmapped places (a day's report with a distinct toll and a
    named actor), and by the rule for undated reports (a named place, with a toll or a named actor to agree on)."""
    unmapped = (
        r.country_code is not None
        and r.event_date is not None
        and r.date_precision in (None, "day")
        and (r.fatalities or 0) >= DISTINCT_TOLL
        and bool(r.named_actor_ids)
    )
    same_place = named_place(r) and (r.fatalities is not None or bool(r.named_actor_ids))
    return unmapped, same_place


def _window(r: Report) -> tuple[dt.date, dt.date] | None:
    """The dates of the reports `r` could match: a day's neighbours, and week and month dates whose span
    reaches it."""
    if r.event_date is None or not r.country_code:
        return None
    first, last = span(r.event_date, r.date_precision)
    return first - dt.timedelta(days=32), last + dt.timedelta(days=8)


async def save_extraction(
    conn: asyncpg.Connection, article_id: int, incidents: list[model.Incident], version: str
) -> list[int]:
    """Save an article's reports, each in the incident it matches or one of its own, and write again every
    incident they join or leave; call inside a transaction. Returns the incident id of each report, in order.

    Reports are keyed within their article, so running the same extraction again leaves every incident as it
    was; a report the new run no longer finds leaves its incident, which disappears when none is left."""
    keys = unique_keys(incidents)
    new = [
        await _report(conn, article_id, key, incident, version) for key, incident in zip(keys, incidents, strict=True)
    ]
    old = await reports.of_article(conn, article_id)
    await reports.lock(conn, lock_keys([*old, *new]))
    old = await reports.of_article(conn, article_id)
    previous = _previous_incidents(old, new)
    await reports.remove_article(conn, article_id)
    affected = {r.incident_id for r in old if r.incident_id is not None}
    claimed: set[int] = set()
    absorbed: dict[int, int] = {}
    chosen_ids = []
    drawn_into: set[int] = set()  # incidents that reports of other incidents were drawn into
    for report in new:
        incident_id, joined, bridged, drawn = await _place_report(conn, report, previous.get(report.key), claimed)
        claimed.update((incident_id, *bridged))
        affected.update((*bridged, *drawn))
        absorbed.update(dict.fromkeys((*bridged, *drawn), incident_id))
        if drawn:
            drawn_into.update((incident_id, *drawn))
        chosen_ids.append(incident_id)
        affected.add(incident_id)
        was = previous.get(report.key)
        if joined and was is not None and was != incident_id:
            absorbed[was] = incident_id
    # an incident the article joins or leaves lists a different set of articles: its document changes for sure
    moved = ({r.incident_id for r in old if r.incident_id is not None} ^ set(chosen_ids)) | drawn_into
    await _rewrite(conn, affected, absorbed, changes.NO_REPORTS_LEFT, changed=moved)
    return chosen_ids


def _previous_incidents(old: Sequence[Report], new: Sequence[Report]) -> dict[str, int]:
    """The incident each new report was in: its own key's, else (its date or place corrected, which changes the
    key) that of the most alike old report whose key is gone."""
    previous = {r.key: r.incident_id for r in old if r.incident_id is not None}
    keys = {r.key for r in new}
    gone = [r for r in old if r.key not in keys and r.incident_id is not None]
    for report in new:
        if report.key in previous or not gone:
            continue

        def alike(r: Report, report: Report = report) -> int:
            return sum(
                (
                    r.location_id == report.location_id,
                    r.event_date == report.event_date,
                    r.event_type == report.event_type,
                )
            )

        closest = max(gone, key=alike)
        gone.remove(closest)
        assert closest.incident_id is not None
        previous[report.key] = closest.incident_id
    return previous


async def _place_report(
    conn: asyncpg.Connection, report: Report, previous: int | None, claimed: set[int]
) -> tuple[int, bool, list[int], list[int]]:
    """Store the report in the incident it matches best (keeping the one it was in while it still matches), or
    in a new one. Returns that incident, whether the report joined other articles' reports there, the incidents
    absorbed into it, and those some reports of which it drew into it."""
    window = _window(report)
    candidates = set()
    if window is not None:
        assert report.country_code is not None
        candidates.update(await reports.candidate_incidents(conn, report, *window))
    unmapped, same_place = _may_match_beyond_the_window(report)
    if unmapped or same_place:
        candidates.update(await reports.unmapped_or_undated_candidates(
            conn, report, unmapped=unmapped, same_place=same_place, latest=UNDATED_CANDIDATES))  # fmt: skip
    if previous is not None:
        candidates.add(previous)
    # each incident's reports of each kind: a report scores alike against reports alike (reports.kinds_of_incidents)
    kinds = _by_incident(
        await reports.kinds_of_incidents(conn, sorted(candidates - claimed), besides=report.article_id)
    )
    scored = {incident: incident_score(report, group) for incident, group in kinds.items()}
    choice = None
    if previous in scored and scored[previous][0] >= MERGE_AT:
        choice = previous
    else:
        matching = [i for i, (score, _) in scored.items() if score >= MERGE_AT]
        choice = max(matching, key=lambda i: (scored[i][0], -i)) if matching else None
    bridged: list[int] = []
    drawn: list[int] = []
    if choice is not None:
        score, reasons = scored[choice]
        await reports.insert(conn, msgspec.structs.replace(report, match_score=score, match_reasons=reasons), choice)
        joined = True
        # the report may tell what makes two incidents one (a place or a date the others were vague about): those
        # it matches that are compatible with the chosen one, report by report, are absorbed into it
        others = [
            i for i in sorted(scored, key=lambda i: (-scored[i][0], i)) if i != choice and scored[i][0] >= MERGE_AT
        ]
        if others:  # rare: every report of each is read, as no two may come from one article
            members = _by_incident(await reports.of_incidents(conn, [choice, *others], besides=report.article_id))
            group = [*members[choice], report]
            for other in others:
                if _compatible(group, members[other]):
                    await reports.move(conn, other, choice)
                    group.extend(members[other])
                    bridged.append(other)
                elif moved := await _draw(conn, group, members[other], other, choice):
                    drawn.append(other)
                    left = [m for m in members[other] if all(m is not n for n in moved)]
                    scored[other] = incident_score(report, left) if left else (0.0, ("no report",))
    else:
        own = previous if previous is not None and previous not in kinds and previous not in claimed else None
        choice = own if own is not None else await reports.new_incident(conn, report)
        await reports.insert(conn, report, choice)
        joined = False
    for incident, (score, reasons) in scored.items():
        if incident != choice and incident not in bridged and score >= NEAR_AT:
            await reports.near_match(conn, report, incident, score, reasons)
    return choice, joined, bridged, drawn


async def _draw(
    conn: asyncpg.Connection, group: list[Report], members: Sequence[Report], source: int, target: int
) -> list[Report]:
    """The reports of incident `source` that now belong in incident `target`, moved there (and added to `group`,
    its reports). An incident that cannot absorb another whole (one article reports both) may still hold reports
    that match the other better now that a report has joined it. "A bombing at Kuru, 27 dead", Kuru a village the
    gazetteer lacks, joins the attack at Kuru that an outlet told beside its report of a bombing at Dala, 20 dead;
    then "a bombing at Dala, 27 dead" is saved, and makes the first one with the bombing at Dala. Each goes where it
    scores best, as it would have had it been saved last.

    A report whose place or days another save holds locked stays where it is: that save may be scoring it."""
    moved: list[Report] = []
    for member in members:
        if any(r.article_id == member.article_id for r in group):
            continue
        there = incident_score(member, group)
        stay = incident_score(member, [m for m in members if m is not member and all(m is not n for n in moved)])
        if there[0] < MERGE_AT or there[0] <= stay[0] or not await reports.try_lock(conn, lock_keys([member])):
            continue
        await reports.move_report(conn, member, source, target, *there)
        if stay[0] >= NEAR_AT:
            await reports.near_match(conn, member, source, *stay)
        moved.append(member)
        group.append(member)
    return moved


def _by_incident(found: Iterable[_Read]) -> collections.defaultdict[int, list[_Read]]:
    """Reports (or copies) by their incident, in the order read; an incident none was read of has an empty list."""
    grouped: collections.defaultdict[int, list[_Read]] = collections.defaultdict(list)
    for member in found:
        assert member.incident_id is not None
        grouped[member.incident_id].append(member)
    return grouped


def _compatible(group: Sequence[Report], others: Sequence[Report]) -> bool:
    """Whether two sets of reports could be one incident: no article in both, no two reports ruled apart."""
    if {r.article_id for r in group} & {r.article_id for r in others}:
        return False
    return all(pair_score(a, b)[0] > 0 for a in group for b in others)


async def _rewrite(
    conn: asyncpg.Connection,
    affected: set[int],
    absorbed: dict[int, int],
    reason: str,
    *,
    changed: AbstractSet[int] = frozenset(),
) -> None:
    """Derive each affected incident from its reports again; one left without reports is deleted (for `reason`),
    or answers with the incident that absorbed it. What changed goes into the change feed; the documents of
    `changed` are known to change and are not compared first."""
    members = _by_incident(await reports.copies_of_incidents(conn, sorted(affected)))
    merged, deleted = {}, []
    # the near matches of an incident that goes leave the documents that list them
    listing = await reports.near_matched_to(conn, [i for i in affected if not members[i]]) - affected
    for incident in sorted(affected):
        if members[incident]:
            await reports.write(conn, incident, derive(members[incident]))
        elif incident in absorbed and members[absorbed[incident]]:
            await reports.absorb(conn, incident, absorbed[incident])
            merged[incident] = absorbed[incident]
        else:
            await reports.delete(conn, incident)
            deleted.append(incident)
    kept = {i for i in affected if members[i]}
    upserted = await reports.write_docs(conn, sorted(kept | listing), changed=kept & changed)
    await changes.record(conn, upserted=upserted, merged=merged, deleted=deleted, reason=reason)


async def withdraw(conn: asyncpg.Connection, article_id: int) -> list[int]:
    """Remove an article's reports from their incidents (call inside a transaction, the article's job locked);
    an incident with no report left is deleted. Returns the incidents it had reported."""
    old = await reports.of_article(conn, article_id)
    await reports.lock(conn, lock_keys(old))
    old = await reports.of_article(conn, article_id)
    await reports.remove_article(conn, article_id)
    affected = {r.incident_id for r in old if r.incident_id is not None}
    await _rewrite(conn, affected, {}, changes.WITHDRAWN)
    return sorted(affected)
