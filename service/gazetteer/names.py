"""How place and actor names are compared, and where the reference data lives: defined once, here."""

from __future__ import annotations

import unicodedata
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def fold(text: str) -> str:
    """Lower case without accents: the form names are compared in (the database's fold() does the same)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip()
