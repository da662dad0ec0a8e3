"""Matching scores a report against one report of each kind (reports.kinds_of_incidents): every field that can
change a pair's score must make a kind, else two reports that score differently would be read as one."""

from __future__ import annotations

import datetime as dt

import msgspec

from service.db.queries.reports import KIND_FIELDS, Report
from service.extract.model import Evidence
from service.incidents.merge import pair_score

BASE = Report(
    article_id=1, key="k", incident_id=7, event_type="Violence against civilians", sub_event_type="Attack",
    event_date=dt.date(2024, 3, 10), date_precision="day", location_id=1, country_code="NG", place_name="Gujba",
    place_precision="point", admin1="Yobe", latitude=11.50, longitude=11.93, fatalities=12, fatalities_low=None,
    fatalities_high=None, fatalities_source="police", summary="Gunmen attacked Gujba.", confidence=0.8,
    actor_ids=(1, 2), actor_roles=("actor1", "actor2"), extractor_version="t", named_actor_ids=frozenset({1}),
    group_actor_ids=frozenset({1}), geo_confidence=0.6,
)  # fmt: skip

# another value for every field of a report
OTHER: dict[str, object] = {
    "article_id": 2, "key": "k2", "incident_id": 8, "event_type": "Battles", "sub_event_type": "Armed clash",
    "event_date": dt.date(2024, 3, 11), "date_precision": "week", "location_id": 2, "country_code": "NE",
    "place_name": "Wagir", "place_precision": "admin1", "admin1": "Borno", "latitude": 11.52, "longitude": 11.90,
    "fatalities": 30, "fatalities_low": 10, "fatalities_high": 40, "fatalities_source": "army", "summary": "Other.",
    "confidence": 0.3, "actor_ids": (3, 2), "actor_roles": ("actor2", "actor2"), "extractor_version": "u",
    "named_actor_ids": frozenset({3}), "group_actor_ids": frozenset({3}), "match_score": 0.9,
    "match_reasons": ("same day",), "evidence": (Evidence(field="event", start=0, end=6, quote="Gunmen"),),
    "geo_confidence": 0.1, "fatalities_used": ("best",),
}  # fmt: skip

# the report's columns that carry the fields read from its place and its actors
CARRIED_BY = {
    "place_name": "location_id", "place_precision": "location_id", "admin1": "location_id",
    "latitude": "location_id", "longitude": "location_id",
    "named_actor_ids": "actor_ids", "group_actor_ids": "actor_ids",
}  # fmt: skip


def _probes() -> list[Report]:
    """Reports to score against: alike, a day apart with the same toll, undated, unmapped on the same day, 4 km
    away, a region, another toll and another group."""
    alike = msgspec.structs.replace(BASE, article_id=9)
    return [
        alike,
        msgspec.structs.replace(alike, event_date=dt.date(2024, 3, 11)),
        msgspec.structs.replace(alike, event_date=None, date_precision=None),
        msgspec.structs.replace(
            alike,
            location_id=5,
            place_name="Nigeria",
            place_precision="country",
            admin1=None,
            latitude=None,
            longitude=None,
        ),
        msgspec.structs.replace(alike, location_id=6, place_name="Wagir", latitude=11.52, longitude=11.90),
        msgspec.structs.replace(alike, location_id=4, place_name="Yobe", place_precision="admin1"),
        msgspec.structs.replace(
            alike, fatalities=13, actor_ids=(4, 2), named_actor_ids=frozenset({4}), group_actor_ids=frozenset({4})
        ),
    ]


def _scored_on(field: str) -> bool:
    """Whether another value of this field changes the score of the report against any probe."""
    other = msgspec.structs.replace(BASE, **{field: OTHER[field]})
    return any(pair_score(probe, BASE) != pair_score(probe, other) for probe in _probes())


def test_every_field_a_score_reads_makes_a_kind() -> None:
    assert set(OTHER) == set(Report.__struct_fields__), "a new field of Report needs another value here"
    scored = {field for field in Report.__struct_fields__ if _scored_on(field)}
    assert {"fatalities", "location_id", "latitude", "named_actor_ids", "event_date"} <= scored  # the probe finds them
    assert {field for field in scored if CARRIED_BY.get(field, field) not in KIND_FIELDS} == set()
    # and what no score reads makes no kind: copies that differ in these are scored once
    assert not scored & {"summary", "confidence", "fatalities_low", "fatalities_high", "article_id", "key"}
