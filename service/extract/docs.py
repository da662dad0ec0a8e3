"""What the stages read from a parsed document many times, computed once per document."""

from __future__ import annotations

from spacy.tokens import Doc


def text_of(doc: Doc) -> str:
    """The article's text, built once per document: spaCy's `Doc.text` joins every token again at each call, and a
    stage that looks at the words around each name would pay for the whole article each time."""
    text: str = doc.user_data.get("text") or doc.user_data.setdefault("text", doc.text)
    return text
