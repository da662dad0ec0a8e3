"""How place and actor names are compared, and where the reference data lives: defined once, here."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case without accents: the form names are compared in (the database's fold() does the same). Rules fold
    every word of an article several times over (demonyms, place and actor names): remembered, a word costs a lookup."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip()


# Transliterations mark a glottal stop or an ejective with an apostrophe that reporting as often leaves out, in
# any of its typographic forms ("Sa'dala", "Sa’dala", "Sadala"): names are also looked up without it.
_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc\u02bb`\u00b4]")


def without_apostrophes(text: str) -> str:
    return _APOSTROPHES.sub("", text)
