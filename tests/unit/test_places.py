"""Toponyms in event clauses and the article's country context."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from service.extract.places import country_context, find_toponyms

Parse = Callable[[str], Doc]


def names(parse: Parse, text: str) -> list[tuple[str, str, bool]]:
    return [(t.text, t.query, t.area) for t in find_toponyms(parse(text)[:])]


def test_multiword_village_name_is_kept_whole(parse: Parse) -> None:
    found = names(parse, "The aircraft fired two missiles at a compound in the village of Dande Darpa Khel.")
    assert ("Dande Darpa Khel", "Dande Darpa Khel", False) in found


def test_region_word_marks_an_area_and_goes_into_the_query(parse: Parse) -> None:
    assert ("Borno", "Borno state", True) in names(parse, "Gunmen attacked Mailari in Borno state.")
    assert ("Soum", "Soum province", True) in names(parse, "The attack occurred in the province of Soum.")


def test_direction_words_are_dropped_from_country_names(parse: Parse) -> None:
    assert [(n, area) for n, _, area in names(parse, "Militants stormed a village in north-east Nigeria.")] == [
        ("Nigeria", True)
    ]


def test_place_named_inside_an_institution(parse: Parse) -> None:
    found = names(parse, "Gunmen kidnapped students from Government Science Secondary School Kankara in Katsina State.")
    assert "Kankara" in [n for n, _, _ in found]


def test_places_tied_to_people_are_not_event_places(parse: Parse) -> None:
    found = names(parse, "Ousmane Diallo, the deputy mayor of the nearby town of Diabaly, confirmed the attack.")
    assert "Diabaly" not in [n for n, _, _ in found]
    assert names(parse, "A resident of Maiduguri said gunmen attacked the village.") == []


def test_victims_placed_by_a_locative_place_the_event(parse: Parse) -> None:
    found = names(parse, "Gunmen killed at least 12 villagers in Gujba, Yobe state, on Sunday, residents said.")
    assert [n for n, _, _ in found] == ["Gujba"]


def test_a_neighbour_across_a_boundary_only_locates(parse: Parse) -> None:
    text = "Rockets were fired from an area south of the city, close to the boundary with Kirkuk province."
    (kirkuk,) = [t for t in find_toponyms(parse(text)[:]) if t.text == "Kirkuk"]
    assert kirkuk.reference
    (niger,) = find_toponyms(parse("Gunmen attacked a village near the border with Niger.")[:])
    assert niger.reference


def test_landmarks_are_references(parse: Parse) -> None:
    doc = parse("At Mandaragiru, a community 32km away from Biu, they killed six residents.")
    by_name = {t.text: t for t in find_toponyms(doc[:])}
    assert by_name["Biu"].reference
    assert not by_name["Mandaragiru"].reference


def test_country_context_prefers_the_story_country(parse: Parse) -> None:
    doc = parse(
        "At least a dozen Malian soldiers were killed in an attack on a base in central Mali, "
        "close to Mauritania's border."
    )
    assert country_context(doc, find_toponyms(doc[:]))[:2] == ["ML", "MR"]


def test_known_regions_give_a_country_without_a_country_name(parse: Parse) -> None:
    doc = parse("A drone strike killed seven militants in South Waziristan's Ladha subdivision.")
    assert country_context(doc, find_toponyms(doc[:]))[0] == "PK"


def test_countries_named_as_whose_weigh_less_than_where(parse: Parse) -> None:
    # "from Rwanda" says whose fighters, "in Burundi" where they struck; "Israeli settlers" are whose people
    doc = parse("Fighters from Rwanda attacked villages in Burundi.")
    assert country_context(doc, find_toponyms(doc[:]))[0] == "BI"
    doc = parse("Israeli settlers attacked Palestinian farmers near Huwara, in the Palestinian territories.")
    assert country_context(doc, find_toponyms(doc[:]))[0] == "PS"


def test_letters_in_brackets_after_a_name_are_its_short_form(parse: Parse) -> None:
    found = [n for n, _, _ in names(parse, "The Malian Armed Forces (FAMa) had yet to comment on the attack in Boni.")]
    assert "FAMa" not in found
    assert "Boni" in found
    assert "Ninewa" in [n for n, _, _ in names(parse, "Gunmen attacked a checkpoint in Sinjar (Ninewa) on Monday.")]
