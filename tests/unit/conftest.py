"""The spaCy pipeline, loaded once for all stage tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from service.extract.nlp import load_nlp


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_nlp()


@pytest.fixture
def parse(nlp: Language):  # type: ignore[no-untyped-def]
    def run(text: str) -> Doc:
        return nlp(text)

    return run
