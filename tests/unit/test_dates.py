"""When: weekdays, explicit dates without a year, relative dates, reporting dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from service.extract.assemble import YEAR_TOLD, _last_year
from service.extract.dates import find_dates

Parse = Callable[[str], Doc]
TUESDAY = dt.date(2025, 7, 1)


def dates(parse: Parse, text: str, published: dt.date | None, anchor: dt.date | None = None) -> list:  # type: ignore[type-arg]
    return find_dates(parse(text)[:], published, anchor)


def test_weekday_is_the_latest_such_day_up_to_publication(parse: Parse) -> None:
    assert [d.value for d in dates(parse, "The army repelled the attacks on Tuesday.", TUESDAY)] == [TUESDAY]
    saturday = dt.date(2020, 12, 12)
    found = dates(parse, "Gunmen kidnapped students on Friday night.", saturday)
    assert [(d.value, d.precision) for d in found] == [(dt.date(2020, 12, 11), "day")]


def test_yesterday_and_explicit_dates_without_a_year(parse: Parse) -> None:
    assert dates(parse, "Militants attacked the town yesterday.", TUESDAY)[0].value == dt.date(2025, 6, 30)
    assert dates(parse, "It occurred on June 2 when militants struck.", TUESDAY)[0].value == dt.date(2025, 6, 2)
    new_year = dt.date(2025, 1, 2)
    assert dates(parse, "Rebels attacked on December 30.", new_year)[0].value == dt.date(2024, 12, 30)


def test_a_day_prior_is_relative_to_the_event_before(parse: Parse) -> None:
    found = dates(parse, "at least 30 soldiers died in a raid just a day prior.", TUESDAY, anchor=dt.date(2025, 6, 2))
    assert [(d.value, d.relative) for d in found] == [(dt.date(2025, 6, 1), True)]


def test_a_day_before_a_known_event_is_not_a_new_date(parse: Parse) -> None:
    assert dates(parse, "Militants had been seen three days before the attack.", TUESDAY) == []


def test_last_week_has_week_precision(parse: Parse) -> None:
    [found] = dates(parse, "Gunmen attacked a market last week.", TUESDAY)
    assert (found.value, found.precision) == (dt.date(2025, 6, 24), "week")


def test_reporting_dates_are_not_event_dates(parse: Parse) -> None:
    assert dates(parse, "Fifteen people were killed, residents said on Monday.", TUESDAY) == []
    assert dates(parse, "On Monday, police said gunmen killed five people in Kano.", TUESDAY) == []


def test_a_trailing_attribution_leaves_the_report_its_date(parse: Parse) -> None:
    found = dates(
        parse, "Gunmen killed at least 12 villagers in Gujba, Yobe state, on Sunday, residents said.", TUESDAY
    )
    assert [d.value for d in found] == [dt.date(2025, 6, 29)]
    assert dates(parse, "In a statement released on Tuesday, the government gave the toll.", TUESDAY) == []


def test_nothing_is_invented_without_a_publication_date(parse: Parse) -> None:
    [found] = dates(parse, "Militants attacked the base on Friday.", None)
    assert found.value is None
    assert found.key == "weekday:friday"


def test_a_weekday_followed_by_its_date_is_that_date(parse) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from service.extract.dates import find_dates

    doc = parse("Bandits ambushed the police on Thursday, November 29, 2018, killing 16 officers.")
    found = [d.value for d in find_dates(doc[:], dt.date(2018, 12, 23), None)]
    assert found == [dt.date(2018, 11, 29)]


def test_a_month_of_last_year_is_in_the_year_before_the_report(parse: Parse) -> None:
    found = dates(parse, "A man was executed by firing squad in Kuru in April last year.", TUESDAY)
    assert [(d.value, d.precision) for d in found] == [(dt.date(2024, 4, 1), "month")]
    found = dates(parse, "Fighting broke out in May last year.", TUESDAY)
    assert [(d.value, d.precision) for d in found] == [(dt.date(2024, 5, 1), "month")]


@pytest.mark.parametrize(
    ("clause", "year"),
    [
        ("killed 67 people in 2013", 2013),
        ("a siege during the 1992-1995 Bosnian war", 1995),
        ("the massacres of 1992-95", 1995),
        ("in early 2019, gunmen attacked", 2019),
    ],
)
def test_the_year_a_clause_is_told_in_is_the_last_of_its_span(clause: str, year: int) -> None:
    told = YEAR_TOLD.search(clause)
    assert told is not None
    assert _last_year(told) == year


def test_a_year_a_span_begins_from_tells_no_year() -> None:
    assert YEAR_TOLD.search("fighting has raged since 2015") is None
