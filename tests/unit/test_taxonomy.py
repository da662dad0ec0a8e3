"""The extractor codes only what ACLED's taxonomy has."""

from __future__ import annotations

import pytest

from service.contract.taxonomy import EVENT_TYPES, REMOTE_VIOLENCE, coded
from service.extract import event_type as coding
from service.extract import lexicon as lx
from service.extract.roles import AIR_AND_ARTILLERY


def test_every_pair_the_extractor_names_is_in_the_taxonomy() -> None:
    pairs = [value for value in vars(coding).values() if isinstance(value, tuple) and len(value) == 2]
    assert len(pairs) >= 11
    for event_type, sub_event_type in pairs:
        assert sub_event_type in EVENT_TYPES[event_type]


def test_remote_means_are_remote_violence_sub_types() -> None:
    for _, sub_event_type in lx.REMOTE_PATTERNS:
        assert sub_event_type in EVENT_TYPES[REMOTE_VIOLENCE]
    assert set(EVENT_TYPES[REMOTE_VIOLENCE]) >= AIR_AND_ARTILLERY


def test_a_pair_outside_the_taxonomy_is_refused() -> None:
    with pytest.raises(ValueError, match="not a sub-event type"):
        coded("Battles", "Attack")
