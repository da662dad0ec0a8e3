"""How a resolved place is named: the report's spelling only over a transliteration."""

from service.gazetteer.resolve import _display_name


def row(name: str, similarity: float = 1.0, kind: str = "point") -> dict[str, object]:
    return {"name": name, "similarity": similarity, "kind": kind}


def test_a_transliteration_gives_way_to_the_reported_name() -> None:
    assert _display_name("Jenin", row("Janīn")) == "Jenin"
    assert _display_name("Nabatieh", row("Nabatîyé et Tahta")) == "Nabatieh"


def test_a_plain_gazetteer_name_stays() -> None:
    assert _display_name("Tombouctou", row("Timbuktu")) == "Timbuktu"


def test_capitals_and_close_spellings_keep_the_gazetteer_name() -> None:
    assert _display_name("KABUL", row("Kābul")) == "Kābul"
    assert _display_name("Jenine", row("Janīn", similarity=0.8)) == "Janīn"
    assert _display_name("Borno", row("Bórno", kind="admin1")) == "Bórno"
