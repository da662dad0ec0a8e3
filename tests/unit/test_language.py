"""Language detection and declared codes (service.language), on the gold sets' whole articles."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

import service.language
from service.errors import InvalidInput
from service.language import Language, declared, detect, identifier, of_article

EVAL = Path(__file__).resolve().parents[1] / "eval"


def _articles(name: str) -> list[dict[str, str]]:
    return [json.loads(line) for line in (EVAL / name).read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize(("name", "code"), [("dev-fr.jsonl", "fr"), ("dev-wide.jsonl", "en")])
def test_every_gold_article_is_detected(name: str, code: str) -> None:
    found = [detect(a["text"], a.get("title"), default="und") for a in _articles(name)]
    assert found == [Language(code, "detected")] * len(found)


@pytest.mark.parametrize(
    "text",
    ["ATTACK Gao", "x y z", "12 killed", "Protest in Bamako.", "Gunmen attacked, article 3.", "  \n", "!!! 2025-07-01"],
)
def test_text_too_short_or_unsure_gets_the_default(text: str) -> None:
    assert detect(text, default="und") == Language("und", "default")
    assert detect(text, default="en") == Language("en", "default")


def test_the_title_counts() -> None:
    title = "Des hommes armés ont attaqué un village près de Kayes, faisant trois morts"
    assert detect("ATTACK Kayes", title) == Language("fr", "detected")


@pytest.mark.parametrize("name", ["dev.jsonl", "dev-wide.jsonl", "dev-wide2.jsonl", "dev-fr.jsonl", "dedup-dev.jsonl"])
def test_a_first_look_answers_as_the_whole_sample_would(name: str) -> None:
    for article in _articles(name):
        title, text = article.get("title"), article["text"]
        whole = identifier().classify(f"{title}\n{text[:2000]}" if title else text[:2000])[0]
        assert detect(text, title, default="und") == Language(whole, "detected"), article["id"]


class _Looks:
    """Records the length of each sample the detector is asked to classify."""

    def __init__(self) -> None:
        self.lengths: list[int] = []
        self._classify = identifier().classify

    def classify(self, sample: str) -> tuple[str, float]:
        self.lengths.append(len(sample))
        return self._classify(sample)


def test_a_sure_first_look_settles_an_article_and_an_unsure_one_reads_on(monkeypatch: pytest.MonkeyPatch) -> None:
    looks = _Looks()
    monkeypatch.setattr(service.language, "identifier", lambda: looks)
    story = (
        "Gunmen attacked a village near Kayes on Tuesday, killing three people, residents said. The army said its "
        "troops had been sent to the area and that the attackers fled on motorbikes towards the border. A local "
        "official, who asked not to be named, told reporters that homes and a market were burned and that several "
        "families had left for the town. No group has claimed the attack, which follows a week of clashes in the "
        "region between the army and militants linked to al-Qaeda. "
    ) * 4
    assert detect(story) == Language("en", "detected")
    assert looks.lengths == [500]  # a third of the cost of the 2,000 characters
    looks.lengths.clear()
    # a dateline of place names says nothing sure in its first 500 characters: the whole sample is read
    dateline = "Kayes | Nioro du Sahel | Diéma | Bamako | Ségou | Mopti | Gao | Tombouctou | Kidal | Ménaka | " * 6
    assert detect(dateline + story) == Language("en", "detected")
    assert looks.lengths == [500, 2000]


def test_a_huge_body_costs_what_its_start_costs() -> None:
    body = "Gunmen attacked a village near Kayes on Tuesday, residents said. " * 20_000  # 1.3 MB
    detect(body)  # the model loaded
    started = time.perf_counter()
    assert detect(body) == Language("en", "detected")
    assert time.perf_counter() - started < 0.05


@pytest.mark.parametrize(("value", "code"), [("fr", "fr"), ("FR", "fr"), ("fr-CA", "fr"), ("en-GB", "en")])
def test_declared_codes_are_normalised(value: str, code: str) -> None:
    assert declared(value) == code
    assert of_article("Protest in Bamako.", None, value, default="und") == Language(code, "declared")


@pytest.mark.parametrize("value", ["xx", "qq", "und", "eng", "zz-ZZ"])
def test_a_declared_code_outside_iso_639_1_is_refused(value: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        declared(value)
    assert refused.value.errors == [{"field": "language", "message": "expected an ISO 639-1 code such as 'en' or 'fr'"}]
