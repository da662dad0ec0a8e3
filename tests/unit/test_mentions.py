"""Event mentions: what reports an event, and what is negated, hypothetical or background."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from service.extract.mentions import find_mentions

Parse = Callable[[str], Doc]


def families(parse: Parse, text: str) -> list[str]:
    return [m.family for m in find_mentions(parse(text))]


def test_violent_event_is_a_mention(parse: Parse) -> None:
    assert families(parse, "Gunmen stormed a village in Borno state, killing six people.") == ["attack"]


def test_abduction_drone_strike_and_protest(parse: Parse) -> None:
    assert families(parse, "Bandits kidnapped 40 students from a school.") == ["abduction"]
    assert families(parse, "A US drone strike killed four militants in North Waziristan.") == ["remote"]
    assert families(parse, "Thousands of teachers protested in the capital over unpaid salaries.") == ["protest"]


def test_negated_and_hypothetical_triggers_are_not_events(parse: Parse) -> None:
    assert families(parse, "Police stationed nearby made no attempt to engage the fighters.") == []
    assert families(parse, "The army is preparing a counter-attack to retake the base.") == []
    assert families(parse, "Officials fear the militants could attack the city.") == []


def test_background_is_not_an_event(parse: Parse) -> None:
    assert families(parse, "Boko Haram has carried out numerous attacks in Borno state.") == []
    assert families(parse, "The conflict has left around 20,000 people dead since 2009.") == []


def test_background_relative_clause_is_dropped_but_the_event_kept(parse: Parse) -> None:
    text = "The attack occurred on Monday in Gaskinde, where since 2015 armed groups have taken over the territory."
    [mention] = find_mentions(parse(text))
    assert "since 2015" not in mention.text
    assert "Gaskinde" in mention.text


def test_a_relative_date_splits_off_a_second_event(parse: Parse) -> None:
    text = "Militants targeted a base in Timbuktu on June 2, leading to the death of 30 soldiers in a raid a day prior."
    mentions = find_mentions(parse(text))
    assert len(mentions) == 2
    assert "a day prior" in mentions[1].text


def test_elsewhere_opens_a_new_event(parse: Parse) -> None:
    text = "Gunmen killed six villagers in Mandaragiru. Elsewhere, troops killed ten fighters at the border."
    mentions = find_mentions(parse(text))
    assert [m.new_event for m in mentions] == [False, True]


def test_sports_and_economics_are_not_events(parse: Parse) -> None:
    assert families(parse, "Gerrard scored after strikes from Ashton put West Ham two goals up in Cardiff.") == []
    assert families(parse, "The central bank raised interest rates in March for the first time in a year.") == []
