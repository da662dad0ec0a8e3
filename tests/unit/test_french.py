"""The French pack's stages on sentences written for these tests: dates, fatalities, mentions (what is taken back),
actors, toponyms; and the registry's lazy French model."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from service.extract import languages
from service.extract.fr.actors import find_actors
from service.extract.fr.dates import find_dates
from service.extract.fr.fatalities import find_figures, number
from service.extract.fr.mentions import find_mentions
from service.extract.fr.nlp import load_nlp
from service.extract.fr.places import find_toponyms

WEDNESDAY = dt.date(2024, 5, 8)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp()


def dates(nlp: Language, text: str, anchor: dt.date | None = None) -> list[str | None]:
    doc = nlp(text)
    return [d.value.isoformat() if d.value else None for d in find_dates(doc[:], WEDNESDAY, anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Des hommes armés ont attaqué le village mardi.", ["2024-05-07"]),
        ("Des hommes armés ont attaqué le village hier.", ["2024-05-07"]),
        ("Dans la nuit de samedi à dimanche, des hommes armés ont attaqué le village.", ["2024-05-04"]),
        ("L'attaque a eu lieu dans la nuit du 3 au 4 mai.", ["2024-05-03"]),
        ("Le 12 mars, des terroristes ont tué cinq civils.", ["2024-03-12"]),
        ("Le 20 octobre dernier, six soldats avaient perdu la vie.", ["2023-10-20"]),
        ("Ce mardi 26 juillet 2022, la marche a continué.", ["2022-07-26"]),
        ("Neuf civils ont perdu la vie dimanche, a fait savoir jeudi l'armée.", ["2024-05-05"]),
    ],
)
def test_dates(nlp: Language, text: str, expected: list[str]) -> None:
    assert dates(nlp, text) == expected


def test_la_veille_and_le_lendemain_count_from_the_event_before(nlp: Language) -> None:
    anchor = dt.date(2024, 5, 5)
    assert dates(nlp, "La veille, une embuscade avait tué deux soldats.", anchor) == ["2024-05-04"]
    assert dates(nlp, "Le lendemain, les assaillants sont revenus.", anchor) == ["2024-05-06"]
    assert dates(nlp, "La veille, une embuscade avait tué deux soldats.", None) == [None]


def figures(nlp: Language, text: str) -> list[tuple[int, bool]]:
    doc = nlp(text)
    return [(f.value, f.partial) for f in find_figures(doc[:], doc[:])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Au moins 30 soldats ont été tués dans l'attaque.", [(30, False)]),
        ("Une dizaine de civils ont péri.", [(10, False)]),
        ("L'attaque a coûté la vie à au moins 21 membres des forces armées.", [(21, False)]),
        ("Une trentaine de terroristes ont été neutralisés.", [(30, False)]),
        ("L'explosion a tué trois soldats ainsi qu'un supplétif civil.", [(4, False)]),
        ("Le bilan est de quatorze morts.", [(14, False)]),
        ("L'attaque a fait 12 victimes.", [(12, False)]),
        ("Vingt-deux villageois ont trouvé la mort.", [(22, False)]),
        ("Neuf blessés ont été évacués vers l'hôpital.", []),
        ("Deux adolescents de 15 ans ont trouvé la mort.", [(2, False)]),
        ("Les assaillants, dont « trois ont été abattus », ont fui.", [(3, True)]),
        # those of the wounded who died since are a part of the dead, not the toll
        ("Quatre blessés ont succombé à leurs blessures à l'hôpital de Dori.", [(4, True)]),
    ],
)
def test_fatalities(nlp: Language, text: str, expected: list[tuple[int, bool]]) -> None:
    assert figures(nlp, text) == expected


def test_number_words() -> None:
    assert [number(w) for w in ("douze", "une soixantaine", "quatre-vingts", "dix-sept", "1 200")] == [
        12, 60, 80, 17, 1200,
    ]  # fmt: skip


def test_who_gives_the_toll(nlp: Language) -> None:
    doc = nlp("Douze civils ont été tués, selon l'armée.")
    assert [f.source for f in find_figures(doc[:], doc[:])] == ["l'armée"]


def families(nlp: Language, text: str) -> list[str]:
    return [m.family for m in find_mentions(nlp(text)) if m.creates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Des hommes armés ont attaqué le village de Kouna mardi.", ["attack"]),
        ("Une embuscade a visé une patrouille près de Gao.", ["attack"]),
        ("Des inconnus ont enlevé quatre enseignants à Djibo.", ["abduction"]),
        ("Un engin explosif improvisé a tué deux soldats.", ["remote"]),
        ("Une frappe de drone a tué dix civils.", ["remote"]),
        ("Des manifestants se sont rassemblés à Bamako pour une marche.", ["protest"]),
        # taken back: negated, hypothetical, background, not political violence
        ("L'armée n'a pas attaqué le village.", []),
        ("Les jihadistes menacent de attaquer la ville.", []),
        ("Le pays est confronté depuis 2015 à des attaques jihadistes.", []),
        ("Il est mort d'une crise cardiaque à Ouagadougou.", []),
        ("Le gouvernement a lancé mardi le combat contre la corruption.", []),
        ("Une cyberattaque a visé le ministère des Finances lundi.", []),
    ],
)
def test_mentions(nlp: Language, text: str, expected: list[str]) -> None:
    assert families(nlp, text) == expected


def test_a_sport_report_has_no_event(nlp: Language) -> None:
    text = (
        "En battant le Burkina Faso trois buts à un, le Mali rejoint les quarts de finale du tournoi. Les joueurs "
        "maliens ont neutralisé l'attaque adverse avant de marquer deux buts."
    )
    assert families(nlp, text) == []


def test_french_names_of_groups_and_forces(nlp: Language) -> None:
    doc = nlp("Les FAMa ont repoussé une attaque du GSIM ; l'EIGS a tué trois soldats nigériens.")
    names = {(h.kind, h.name) for h in find_actors(doc[:], (doc[0],))}
    assert {("state", "Military Forces of Mali"), ("named", "JNIM"), ("named", "Islamic State Sahel Province")} <= names
    assert ("state", "Military Forces of Niger") in names


def test_a_speaker_and_an_affiliation_are_no_party(nlp: Language) -> None:
    doc = nlp("Des terroristes liés à l'État islamique ont tué cinq civils, selon l'armée nigérienne.")
    hits = find_actors(doc[:], (doc[0],))
    assert {h.kind for h in hits} == {"unidentified", "civilians"}


def test_toponyms_in_french_frames(nlp: Language) -> None:
    doc = nlp(
        "Des hommes armés ont attaqué les camps de Farabougou et de Biriki-Were, à 40 km de Niono, dans la région "
        "de Ségou."
    )
    found = {t.text: (t.area, t.listed, t.reference, t.query) for t in find_toponyms(doc[:])}
    assert found["Farabougou"][:2] == (False, True)
    assert found["Biriki-Were"][:2] == (False, True)
    assert found["Niono"][2] is True  # a landmark that locates the camps
    assert found["Ségou"] == (True, False, False, "Ségou region")


def test_french_loads_only_when_its_first_article_arrives() -> None:
    assert "fr" in languages.PIPELINES
    registry = languages.load(gazetteer=None, preload=())  # type: ignore[arg-type]
    assert registry.languages >= {"en", "fr"}
    assert registry.loaded("fr") is None
    assert registry.loaded("en") is None
    french = registry.get("fr")
    assert registry.loaded("fr") is french
    assert registry.loaded("en") is None
    assert "core_news_sm" in french.version


def test_a_name_joined_with_its_own_de_to_a_place_is_a_place(nlp: Language) -> None:
    """The tagger takes Boni for a person; « de Kolokani et de Boni » lists two camps' towns."""
    doc = nlp("Des attaques ont visé mardi ses camps de Kolokani et de Boni.")
    assert [t.text for t in find_toponyms(doc[:])] == ["Kolokani", "Boni"]
    doc = nlp("Le maire de Kouré et Amadou Issa ont condamné l'attaque.")
    assert "Amadou Issa" not in [t.text for t in find_toponyms(doc[:])]
