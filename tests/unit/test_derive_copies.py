"""An incident is derived from its reports read as groups of copies (reports.copies_of_incidents): reports alike in
every field in `DERIVED_FROM` are read once, with the (article, key) of each. Deriving from the groups must give
what deriving from every report gives, and every field that can change what is derived must make a group."""

from __future__ import annotations

import datetime as dt

import msgspec
from hypothesis import given, settings
from hypothesis import strategies as st

from service.db.queries.reports import DERIVED_FROM, Copies, Derived, Report
from service.incidents.merge import derive
from tests.unit.test_match_kinds import BASE, CARRIED_BY, OTHER

# versions of a report as an incident's reports differ: a place and its precision, a date and its precision, tolls
# and their ranges, who gives which figure, how sure each is
PLACES = [
    {"location_id": 1, "place_name": "Gujba", "place_precision": "point", "admin1": "Yobe"},
    {"location_id": 4, "place_name": "Yobe", "place_precision": "admin1", "admin1": "Yobe"},
    {"location_id": 5, "place_name": "Nigeria", "place_precision": "country", "admin1": None},
    {"location_id": None, "place_name": None, "place_precision": None, "admin1": None},
]
DATES = [(dt.date(2024, 3, 10), "day"), (dt.date(2024, 3, 11), "day"), (dt.date(2024, 3, 10), "week"), (None, None)]
TOLLS = [(12, None, None), (30, None, None), (None, 10, 40), (12, 10, None), (None, None, None)]
TYPES = [("Violence against civilians", "Attack"), ("Battles", "Armed clash")]
ACTORS = [((1, 2), ("actor1", "actor2")), ((3, 2), ("actor1", "actor2")), ((), ())]
USED = [(), ("best",), ("high",), ("low", "high")]
VERSION = st.fixed_dictionaries(
    {
        "place": st.sampled_from(PLACES),
        "date": st.sampled_from(DATES),
        "toll": st.sampled_from(TOLLS),
        "type": st.sampled_from(TYPES),
        "actors": st.sampled_from(ACTORS),
        "used": st.sampled_from(USED),
        "confidence": st.sampled_from([0.4, 0.8]),
        "geo_confidence": st.sampled_from([None, 0.3, 0.6, 0.85]),
        "summary": st.sampled_from(["Gunmen attacked Gujba.", "An attack in Yobe."]),
    }
)


def _report(article_id: int, version: dict[str, object]) -> Report:
    date, precision = version["date"]  # type: ignore[misc]
    fatalities, low, high = version["toll"]  # type: ignore[misc]
    event_type, sub_event_type = version["type"]  # type: ignore[misc]
    actor_ids, roles = version["actors"]  # type: ignore[misc]
    return msgspec.structs.replace(
        BASE,
        article_id=article_id,
        key=f"k{article_id % 3}",
        event_type=event_type,
        sub_event_type=sub_event_type,
        event_date=date,
        date_precision=precision,
        fatalities=fatalities,
        fatalities_low=low,
        fatalities_high=high,
        actor_ids=actor_ids,
        actor_roles=roles,
        fatalities_used=version["used"],
        confidence=version["confidence"],
        geo_confidence=version["geo_confidence"],
        summary=version["summary"],
        **version["place"],  # type: ignore[arg-type]
    )


def _copies(reports: list[Report]) -> list[Copies]:
    """The reports grouped as copies_of_incidents groups them: alike in DERIVED_FROM, the earliest article first."""
    groups: dict[tuple[object, ...], list[Report]] = {}
    for r in sorted(reports, key=lambda r: r.article_id):
        groups.setdefault(tuple(getattr(r, name) for name in DERIVED_FROM), []).append(r)
    return [Copies(report=alike[0], of=tuple((r.article_id, r.key) for r in alike)) for alike in groups.values()]


def _stored_after(reports: list[Report], derived: Derived) -> dict[tuple[int, str], tuple[str, ...]]:
    """Which figures each report gives once the derived incident is written."""
    stored = {(r.article_id, r.key): r.fatalities_used for r in reports}
    for article_id, key, part in derived.fatalities_used:
        stored[(article_id, key)] = part
    return stored


@settings(max_examples=400, deadline=None)
@given(
    versions=st.lists(VERSION, min_size=1, max_size=4),
    told=st.lists(st.tuples(st.integers(0, 3), st.integers(1, 4)), min_size=1, max_size=8),
    articles=st.randoms(use_true_random=False),
)
def test_copies_derive_what_every_report_derives(
    versions: list[dict[str, object]], told: list[tuple[int, int]], articles: object
) -> None:
    """Some versions of an incident, each told by one to four articles, the articles' ids shuffled."""
    count = sum(times for _, times in told)
    ids = list(range(1, count + 1))
    articles.shuffle(ids)  # type: ignore[attr-defined]
    numbered = iter(ids)
    reports = [_report(next(numbered), versions[which % len(versions)]) for which, times in told for _ in range(times)]
    every = derive([Copies.one(r) for r in reports])
    grouped = derive(_copies(reports))
    assert msgspec.structs.replace(grouped, fatalities_used=()) == msgspec.structs.replace(every, fatalities_used=())
    assert _stored_after(reports, grouped) == _stored_after(reports, every)


def test_copies_of_a_version_are_one_group_counted_as_many() -> None:
    """Three copies of a lower toll outnumber two reports of a higher one on the date, and give the best figure
    once: from the earliest copy."""
    copy = msgspec.structs.replace(BASE, fatalities=12, event_date=dt.date(2024, 3, 10))
    other = msgspec.structs.replace(BASE, fatalities=30, event_date=dt.date(2024, 3, 11))
    reports = [msgspec.structs.replace(copy, article_id=n) for n in (4, 2, 7)] + [
        msgspec.structs.replace(other, article_id=n) for n in (1, 3)
    ]
    groups = _copies(reports)
    assert [len(g.of) for g in groups] == [2, 3]
    derived = derive(groups)
    assert (derived.event_date, derived.fatalities, derived.fatalities_high) == (dt.date(2024, 3, 10), 12, 30)
    assert _stored_after(reports, derived) == {
        (1, "k"): ("high",), (2, "k"): ("best",), (3, "k"): (), (4, "k"): (), (7, "k"): ()
    }  # fmt: skip


def _derived_from(field: str) -> bool:
    """Whether another value of this field, in one report of an incident of one or of two, changes what is
    derived."""
    second = msgspec.structs.replace(
        BASE, article_id=2, location_id=4, place_name="Yobe", place_precision="admin1", fatalities=30
    )
    for reports in ([BASE], [BASE, second]):
        for n, report in enumerate(reports):
            value = 9 if field == "article_id" else OTHER[field]  # another article, not one of the others
            changed = [*reports[:n], msgspec.structs.replace(report, **{field: value}), *reports[n + 1 :]]
            if derive([Copies.one(r) for r in reports]) != derive([Copies.one(r) for r in changed]):
                return True
    return False


def test_every_field_derive_reads_makes_a_group() -> None:
    assert set(OTHER) == set(Report.__struct_fields__), "a new field of Report needs another value in test_match_kinds"
    read = {field for field in Report.__struct_fields__ if _derived_from(field)}
    assert {"fatalities", "location_id", "event_date", "confidence", "summary", "fatalities_used"} <= read
    # a group's reports differ only in their article and key, which it lists
    assert {f for f in read if CARRIED_BY.get(f, f) not in DERIVED_FROM} <= {"article_id", "key"}
