"""Article limits and the job budget, without a database."""

from __future__ import annotations

import time

import pytest

from service.limits import ArticleLimits, OverBudget, Stopped, TooComplex, checkpoint, job_budget


def test_text_is_measured_with_white_space_collapsed() -> None:
    limits = ArticleLimits(max_chars=10)
    limits.check_text("a  \n\n\n    b" + " " * 1000)  # 3 characters once collapsed
    with pytest.raises(TooComplex, match=r"^12 characters > 10$"):
        limits.check_text("hello world!")


def test_limits_name_the_count_and_the_limit_with_thousands() -> None:
    limits = ArticleLimits()
    with pytest.raises(TooComplex, match=r"^5,000 toponyms > 500$"):
        limits.check_toponyms(range(5000))
    with pytest.raises(TooComplex, match=r"^301 event mentions > 300$"):
        limits.check_mentions(301)
    limits.check_mentions(300)


def test_checkpoint_enforces_the_budget_of_its_job_only() -> None:
    checkpoint()  # outside a job: nothing to enforce
    with job_budget(0.05) as budget:
        checkpoint()
        time.sleep(0.06)
        with pytest.raises(OverBudget, match=r"^0.05 s$"):
            checkpoint()
        budget.stop("lease lost")
        with pytest.raises(Stopped, match="lease lost"):
            checkpoint()
    checkpoint()


def test_the_parsed_document_is_held_to_the_sentence_and_place_limits() -> None:
    import spacy
    from spacy.tokens import Span

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    limits = ArticleLimits(max_sentences=3, max_toponyms=2)
    limits.check_doc(nlp("Gunmen came. They fired. Many fled."))
    with pytest.raises(TooComplex, match=r"^4 sentences > 3$"):
        limits.check_doc(nlp("Gunmen came. They fired. Many fled. Troops arrived."))
    doc = nlp("Attacks in Gao, Kidal and Mopti.")
    doc.ents = [Span(doc, 2, 3, "GPE"), Span(doc, 4, 5, "GPE"), Span(doc, 6, 7, "LOC")]
    with pytest.raises(TooComplex, match=r"^3 toponyms > 2$"):
        limits.check_doc(doc)
