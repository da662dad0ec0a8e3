"""How many died: conservative figures, sums of victim groups, no wounded or missing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from service.extract.fatalities import find_figures

Parse = Callable[[str], Doc]


def figures(parse: Parse, text: str) -> list[tuple[int, bool]]:
    doc = parse(text)
    return [(f.value, f.high_only) for f in find_figures(doc[:], doc[:])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants ambushed a convoy, killing at least 30 civilians along with 17 soldiers.", [(47, False)]),
        ("At least a dozen Malian soldiers were killed Tuesday in an attack.", [(12, False)]),
        ("The assault left more than 20 soldiers dead.", [(20, False)]),
        ('The army claimed to have "neutralised" over 80 fighters.', [(80, False)]),
        ("A leader said six people had died but a survivor said up to 19 were killed.", [(6, False), (19, True)]),
        ("The provisional toll is that 11 bodies of soldiers have been found.", [(11, False)]),
        ("Not fewer than 17 villagers have been killed in the south.", [(17, False)]),
        ("A convoy came under attack, which left one dead and injured five.", [(1, False)]),
        ("Assailants also wounded at least 27 people.", []),
        ("About 50 civilians are missing and searches are ongoing.", []),
        ("Gunmen abducted 300 students from the school.", []),
        ("Hundreds lost their lives in the massacre.", [(100, False)]),
    ],
)
def test_figures(parse: Parse, text: str, expected: list[tuple[int, bool]]) -> None:
    assert figures(parse, text) == expected


def test_who_reported_the_figure(parse: Parse) -> None:
    doc = parse("The army said 12 soldiers were killed in the raid.")
    [figure] = find_figures(doc[:], doc[:])
    assert figure.source == "The army"


def test_one_named_victim_is_one_death(parse: Parse) -> None:
    assert figures(parse, "Gunmen shot dead a local elder in Baidoa on Monday.") == [(1, False)]
    assert figures(parse, "The group killed a number of soldiers.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("At least 11 villagers, a child among them, died in the raid.", 11),
        ("Eight persons were next killed by the gunmen.", 8),
        ("The troops left dead five alleged rebels.", 5),
        ("The attack left twelve people dead and two missing.", 12),
        ("Forty-one civilians were killed in the strikes.", 41),
    ],
)
def test_tolls_as_reporting_writes_them(parse: Parse, text: str, value: int) -> None:
    doc = parse(text)
    assert [f.value for f in find_figures(doc[:], doc[:])] == [value]


def test_a_relative_clause_is_no_aside() -> None:
    from service.extract.fatalities import PASSIVE

    match = PASSIVE.search("One more woman, who was found alive with gunshot wounds, later died")
    assert match is None or match.group("num").lower() != "one"


def test_one_death_told_by_who_died(nlp) -> None:  # type: ignore[no-untyped-def]
    from service.extract.fatalities import find_figures

    for text in ("A journalist was killed near the camp.", "The strike killed Qasem Soleimani."):
        doc = nlp(text)
        assert [f.value for f in find_figures(doc[:], doc[:])] == [1], text
    doc = nlp("Journalists were killed near the camp.")
    assert find_figures(doc[:], doc[:]) == []
