"""The merge gate counts pairs of gold incidents as score_dedup.py does (service.merge_evaluation)."""

from __future__ import annotations

import pytest

from service.merge_evaluation import MergeScore, below_floors

PLACE = {"country": "NG", "location": ["Gujba"], "date": "2024-03-10", "event_type": "Battles", "actors": []}


def incident(incident_id: int, article_ids: list[int]) -> dict[str, object]:
    return {"id": incident_id, "article_ids": article_ids, "date": "2024-03-10", "event_type": "Battles",
            "location": {"name": "Gujba", "country_code": "NG"}, "actors": []}  # fmt: skip


def test_pairs_of_one_event_given_one_incident_and_pairs_merged_wrongly() -> None:
    score = MergeScore()
    # articles 1 and 2 report event A, 3 reports event B: 1 and 2 are kept apart, 3 is merged into 1's incident
    score.add("one", 1, [{**PLACE, "event_key": "A"}], [incident(10, [1, 3])])
    score.add("two", 2, [{**PLACE, "event_key": "A"}], [incident(20, [2])])
    score.add("three", 3, [{**PLACE, "event_key": "B"}], [incident(10, [1, 3])])
    metrics = score.metrics()
    assert metrics["merge_precision"] == 0.0  # the one pair given one id is of two events
    assert metrics["merge_recall"] == 0.0  # the one pair of one event was kept apart
    assert metrics["article_ids_ok"] == 1.0
    assert sorted(line.split(":")[0] for line in score.lines) == ["NOT MERGED", "WRONGLY MERGED"]
    assert below_floors({"dedup.jsonl": score}, {"dedup.jsonl": {"merge_recall": 0.5}}) == [
        "dedup.jsonl: merge_recall 0.000 < floor 0.500"
    ]


def test_a_merged_incident_must_list_every_article_that_reported_it() -> None:
    score = MergeScore()
    score.add("one", 1, [{**PLACE, "event_key": "A"}], [incident(10, [1])])  # the document forgets article 2
    score.add("two", 2, [{**PLACE, "event_key": "A"}, {**PLACE, "event_key": None}], [incident(10, [1])])
    metrics = score.metrics()
    assert (metrics["merge_precision"], metrics["merge_recall"]) == (1.0, 1.0)
    assert metrics["article_ids_ok"] == 0.0
    assert metrics["merge_f1"] == pytest.approx(1.0)
