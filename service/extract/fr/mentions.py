"""French stage: event mentions. A clause reports an event when it holds a trigger that no negation, hypothesis,
background cue, or non-political cause (sport, illness, accident) takes back. French reporting hedges what it has
not seen itself with the conditional (« auraient été tués »): that is a report, not a hypothesis, and counts."""

from __future__ import annotations

import dataclasses
import itertools
import re

from spacy.tokens import Doc, Span, Token

from service.extract.docs import text_of
from service.extract.fr import lexicon as fx
from service.extract.mentions import FAMILY_ORDER, Mention

FAMILIES: tuple[tuple[re.Pattern[str], str], ...] = (
    (fx.ABDUCTION, "abduction"),
    (fx.ATTACK, "attack"),
    (fx.PROTEST, "protest"),
    (fx.RIOT, "riot"),
    (fx.ARREST, "arrest"),
    (fx.CROWD_CONTROL, "arrest"),
    (fx.DEATH, "death"),
)
# what only adds to an event already told: a toll, an arrest after the fact, a claim
NOT_CREATING = frozenset({"death", "claim", "arrest"})
SPORT_CUES = 3  # an article with this many sport words is about sport


def token_at(span: Span, offset: int) -> Token:
    """The token of a span at a character offset of the span's text."""
    position = span.start_char + offset
    return next((t for t in span if t.idx + len(t) > position), span[-1])


END = re.compile(r"[.!?\u2026:»\"\u201d)]\s*$")


def sentences(doc: Doc) -> list[Span]:
    """The parser's sentences, with a fragment it cut off mid-sentence ("Vendredi, | dans le nord du pays, deux
    engins ...") joined to what follows: a sentence ends at a full stop or a line break."""
    merged: list[Span] = []
    start: int | None = None
    for sentence in doc.sents:
        start = sentence.start if start is None else start
        ends = bool(END.search(sentence.text)) or "\n" in sentence[-1].whitespace_ or sentence[-1].is_space
        if ends or sentence.end == len(doc):
            merged.append(doc[start : sentence.end])
            start = None
    return merged


def _clauses(sentence: Span) -> list[Span]:
    doc = sentence.doc
    cuts = [t.i for t in sentence if t.text in {";", "\u2014"}]
    bounds = [sentence.start, *cuts, sentence.end]
    parts = [doc[a + (1 if a != sentence.start else 0) : b] for a, b in itertools.pairwise(bounds)]
    return [p for p in parts if len(p)]


def _taken_back(text: str, start: int) -> bool:
    """Negated, hypothetical or banned, or what an inquiry is about (« l'enquête sur la double explosion au port »):
    the cue stands before the trigger, within its clause."""
    before = text[max(0, start - 60) : start]
    return any(cue.search(before) for cue in (fx.NEGATION, fx.HYPOTHETICAL, fx.BANNED, fx.INQUIRY_INTO))


def find_mentions(doc: Doc) -> list[Mention]:
    sport = len(fx.SPORT.findall(text_of(doc))) >= SPORT_CUES
    mentions: list[Mention] = []
    new_event = False
    setting: Span | None = None  # the sentence before, when it reported no event of its own
    for sentence in sentences(doc):
        new_event = new_event or bool(fx.NEW_EVENT_CUES.search(sentence.text))
        found = False
        for clause in _clauses(sentence):
            mention = None if sport else _mention(sentence, clause, new_event)
            if mention:
                if setting is not None and mention.creates:
                    mention = _set_in(mention, setting)
                mentions.append(mention)
                new_event, found = False, True
        setting = None if found or not _sets_scene(sentence) else sentence
    return mentions


def _sets_scene(sentence: Span) -> bool:
    """ "Jeudi matin, les forces ont repéré une concentration de terroristes dans le secteur de Balliata.": a
    sentence that places and dates what the next one reports."""
    from service.extract.fr.places import find_toponyms

    text = sentence.text
    if fx.BACKGROUND.search(text) or fx.NOT_VIOLENCE.search(text):
        return False
    armed = fx.ARMED_GENERIC.search(text) or fx.MILITARY.search(text) or any(e.label_ == "ACTOR" for e in sentence.ents)
    return bool(armed) and any(not t.country and not t.reference for t in find_toponyms(sentence))


def _set_in(mention: Mention, setting: Span) -> Mention:
    """The event told right after a sentence that set its scene, and names no place itself, takes that scene in."""
    from service.extract.fr.places import find_toponyms

    if setting.end > mention.clause.start or any(not t.country for t in find_toponyms(mention.clause)):
        return mention
    doc = mention.clause.doc
    return dataclasses.replace(mention, clause=doc[setting.start : mention.clause.end])


def _remote(text: str) -> tuple[str, re.Match[str]] | None:
    for pattern, sub_event in fx.REMOTE:
        for match in pattern.finditer(text):
            if sub_event.startswith("Remote") and fx.MINE_NOT_WEAPON.search(text[match.start() : match.end() + 12]):
                continue
            if fx.BARE_EXPLOSION.match(match.group()) and fx.WORKS_EXPLOSION.search(text):
                continue  # « une explosion sur un site d'orpaillage »: the miners' explosives, not a bomb
            return sub_event, match
    return None


# « cette attaque », « ces violences », « cette journée de manifestation »: an event already told
ANAPHORA = re.compile(r"\b(?:cette|ce|ces|cet|la même|le même)\s+(?:[\w-]+\s+(?:de\s+|d')?)?$", re.I)
# « le bilan ... fait état de cinq soldats tués »: a toll adds to the event it counts
TOLL = re.compile(r"\bbilans?\b", re.I)
# « ont été tués samedi à X, selon un bilan communiqué dimanche »: the toll only says who counted the killing told
TOLL_AS_SOURCE = re.compile(r"\b(?:selon|d'après)\s+(?:un|une|le|la|les|des|l')?\s*(?:[\w-]+\s+)?$", re.I)
KILLING = re.compile(r"^tu[ée]", re.I)
NEUTRALISED = re.compile(r"^neutralis", re.I)


# « ..., partisans de l'opposant X, condamné le jour même à deux ans de prison »: a participle set off by a comma
# tells of someone the clause names, up to the next comma
APPOSED_PARTICIPLE = re.compile(r",\s+(?!qui\b)[a-zà-ÿ]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)\b[^,;.]*")
TRIGGERS = tuple(pattern for pattern, _ in FAMILIES)


def _background(text: str) -> bool:
    """A background cue takes the clause back unless it stands in an apposition that tells no deed of its own: the
    person's conviction said in passing does not make the clashes told around it history."""
    asides = [m.span() for m in APPOSED_PARTICIPLE.finditer(text)]
    asides = [(a, b) for a, b in asides if not any(p.search(text, a, b) for p in TRIGGERS)]
    return any(not any(a <= cue.start() < b for a, b in asides) for cue in fx.BACKGROUND.finditer(text))


def _mention(sentence: Span, clause: Span, new_event: bool) -> Mention | None:
    text = clause.text.replace("\u2019", "'")
    if _background(text) or fx.NOT_VIOLENCE.search(text):
        return None
    triggers: list[tuple[Token, str]] = []
    toll = any(not TOLL_AS_SOURCE.search(text[max(0, m.start() - 30) : m.start()]) for m in TOLL.finditer(text))
    anaphoric: set[int] = set()  # triggers that name an event already told
    for pattern, family in FAMILIES:
        for found in pattern.finditer(text):
            if _taken_back(text, found.start()):
                continue
            if found.group().isupper() and len(found.group()) > 1:
                continue  # « les unités du RAID »: a unit's initials, not a raid
            if ANAPHORA.search(text[max(0, found.start() - 30) : found.start()]):
                anaphoric.add(token_at(clause, found.start()).i)
            kind = "death" if toll and family == "attack" and KILLING.match(found.group()) else family
            if kind == "death" and NEUTRALISED.match(found.group()) and fx.ARMED_GENERIC.search(text):
                kind = "attack"  # « l'armée a neutralisé une trentaine de terroristes »: an engagement
            triggers.append((token_at(clause, found.start()), kind))
    development = next(((coded, m) for pattern, coded in fx.DEVELOPMENTS if (m := pattern.search(text))), None)
    remote_match = _remote(text)
    if development and development[0][1] == "Disrupted weapons use":
        remote_match = None  # "des engins explosifs ont été désamorcés": nothing went off
    if remote_match and not _taken_back(text, remote_match[1].start()):
        triggers.append((token_at(clause, remote_match[1].start()), "remote"))
    else:
        remote_match = None
    if development and not _taken_back(text, development[1].start()):
        triggers.append((token_at(clause, development[1].start()), "development"))
    overtake = bool(fx.OVERTAKE.search(text))
    if overtake:
        triggers.append((token_at(clause, fx.OVERTAKE.search(text).start()), "attack"))  # type: ignore[union-attr]
    # « l'armée a repris le contrôle de la commune »: territory taken back is an event of its own, fought or not
    retaken = fx.RETAKE.search(text)
    retaken = None if retaken is None or _taken_back(text, retaken.start()) else retaken
    if retaken:
        triggers.append((token_at(clause, retaken.start()), "attack"))
    if not triggers and (claim := fx.CLAIM.search(text)):
        triggers.append((token_at(clause, claim.start()), "claim"))
    if not triggers:
        return None
    trigger, family = sorted(triggers, key=lambda tf: FAMILY_ORDER.index(tf[1]))[0]
    if family == "protest" and any(f == "riot" for _, f in triggers):
        trigger, family = next((t, f) for t, f in triggers if f == "riot")  # barricades, burning tyres: a riot
    remote = remote_match[0] if remote_match else None
    if remote and family in {"attack", "death"}:
        family = "remote"
    fresh = [t for t, f in triggers if f not in NOT_CREATING and t.i not in anaphoric]
    # « les forces de sécurité ont interpellé neuf individus à Kuru »: an arrest told as the news, not as what
    # followed an event told before (« trois suspects ont été arrêtés après l'attaque »), is an event of its own
    arrested = family == "arrest" and bool(fx.ARREST.search(text)) and not fx.ARREST_AFTER.search(text)
    creates = (
        overtake
        or bool(retaken)
        or (family not in NOT_CREATING and bool(fresh))
        or (arrested and trigger.i not in anaphoric)
    )
    coded_as = development[0] if development and family == "development" else None
    every = tuple(t for t, _ in triggers)
    retake = bool(fx.RETAKE.search(text))
    return Mention(sentence, clause, trigger, every, family, remote, overtake, retake, new_event, creates, coded_as)
