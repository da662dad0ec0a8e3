"""Stage: evidence. The sentences of the article that support each field of an incident."""

from __future__ import annotations

from service.extract.cluster import Cluster, MentionFacts
from service.extract.fatalities import Figure
from service.extract.model import Evidence
from service.extract.places import Toponym


def sentence_of(start: int, end: int, facts: list[MentionFacts]) -> Evidence | None:
    for fact in facts:
        sentence = fact.mention.sentence
        if sentence.start_char <= start and end <= sentence.end_char:
            return Evidence(field="", start=sentence.start_char, end=sentence.end_char, quote=sentence.text)
    return None


def evidence_of(name: str, found: Evidence | None) -> tuple[Evidence, ...]:
    if found is None:
        return ()
    return (Evidence(field=name, start=found.start, end=found.end, quote=found.quote),)


def incident_evidence(cluster: Cluster, toponym: Toponym | None, figure: Figure | None) -> list[Evidence]:
    """The sentence behind each field: the lead event, the place, the date, the toll and the first actor."""
    facts = cluster.facts
    lead = next(f for f in facts if f.mention.creates).mention.clause
    spans: list[tuple[str, int, int]] = [("event", lead.start_char, lead.end_char)]
    if toponym is not None:
        spans.append(("location", toponym.start, toponym.end))
    if cluster.date is not None:
        spans.append(("date", cluster.date.start, cluster.date.end))
    if figure is not None:
        spans.append(("fatalities", figure.start, figure.end))
    actor = next((h for f in facts for h in f.actors), None)
    if actor is not None:
        spans.append(("actors", actor.start, actor.end))
    return [e for name, start, end in spans for e in evidence_of(name, sentence_of(start, end, facts))]
