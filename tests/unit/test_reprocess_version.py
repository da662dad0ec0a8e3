"""`incidents reprocess --outdated` compares job versions with the one the workers' pipeline stamps."""

from __future__ import annotations

from spacy.language import Language

from service.cli_reprocess import current_version
from service.extract.pipeline import Pipeline


def test_the_version_read_without_the_model_is_the_pipelines(nlp: Language) -> None:
    assert current_version() == Pipeline(nlp, gazetteer=None).version  # type: ignore[arg-type]
