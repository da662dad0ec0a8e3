"""Who: dictionary groups, state forces by country, unidentified armed men, victims; never spokesmen."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from service.extract.actors import find_actors, state_aliases

Parse = Callable[[str], Doc]


def actors(parse: Parse, text: str) -> list[tuple[str, str | None]]:
    return [(h.kind, h.name) for h in find_actors(parse(text)[:])]


def test_dictionary_group_and_affiliation(parse: Parse) -> None:
    found = actors(parse, "Fighters of the al-Qaeda-linked JNIM stormed a Malian army base.")
    assert ("named", "JNIM") in found
    assert ("named", "al-Qaeda") not in found
    assert ("state", "Military Forces of Mali") in found


def test_groups_named_only_as_affiliations_are_not_actors(parse: Parse) -> None:
    found = actors(parse, "Armed groups affiliated with al-Qaeda and the ISIL ambushed a convoy.")
    assert not [name for kind, name in found if kind == "named"]


def test_spokesman_and_reporting_subject_are_not_actors(parse: Parse) -> None:
    assert actors(parse, "Military spokesman Colonel Souleymane Dembele said the attack was repelled.") == []
    found = actors(parse, "The regional police force said gunmen abducted four students.")
    assert ("state", None) not in found
    assert ("unidentified", "Unidentified armed group") in found


def test_unnamed_attackers_and_victims(parse: Parse) -> None:
    found = actors(parse, "Gunmen on motorcycles opened fire on residents, killing 15 villagers.")
    assert ("unidentified", "Unidentified armed group") in found
    assert ("civilians", "Civilians") in found


def test_foreign_drone_is_that_country_s_military(parse: Parse) -> None:
    assert ("state", "Military Forces of the United States") in actors(parse, "A US drone killed four militants.")


def test_state_forces_aliases() -> None:
    assert {"Malian army", "Malian troops", "FAMA"} <= set(state_aliases("Military", "ML"))
    assert "Kenyan police" in state_aliases("Police", "KE")
