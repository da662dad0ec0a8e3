"""spaCy's small French model, with the same entity ruler as English: the actor dictionary's names and the
countries, as French writes them, placed before the statistical NER."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.language import Language

from service.extract.fr import lexicon as fx
from service.extract.nlp import _written
from service.extract.resources import actor_dictionary, countries

MODEL = "fr_core_news_sm"


def load_nlp() -> Language:
    nlp = spacy.load(MODEL)
    nlp.add_pipe("paragraph_breaks", before="parser")
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"validate": False})
    patterns: list[dict[str, Any]] = []
    for entry in actor_dictionary().entries:
        for alias in (entry.name, *entry.aliases):
            forms = _written(alias)
            forms += [f.replace("'", "\u2019") for f in forms if "'" in f]  # typeset apostrophes: « l’islam »
            patterns += [{"label": "ACTOR", "pattern": form, "id": entry.name} for form in forms]
    for name, code in countries().by_name.items():
        patterns += [{"label": "GPE", "pattern": form, "id": f"country:{code}"} for form in _written(name)]
    for name, code in fx.COUNTRIES.items():
        written = [fx.capitalised(name), name[:1].upper() + name[1:], name.upper() if len(name) <= 4 else ""]
        spelled = dict.fromkeys([*written, *(w.replace("'", "\u2019") for w in written)])
        patterns += [{"label": "GPE", "pattern": form, "id": f"country:{code}"} for form in spelled if form]
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    return nlp
