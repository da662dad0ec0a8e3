"""Language detection and declared codes (service.language), on the gold sets' whole articles."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from service.errors import InvalidInput
from service.language import Language, declared, detect, of_article

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
