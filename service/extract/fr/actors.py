"""French stage: who. Groups of the actor dictionary by their French names and acronyms (GSIM, EIGS, ADF), state
forces named by their country (« l'armée malienne », « les soldats tchadiens », FAMa, FARDC, FDS), unnamed armed
men (« hommes armés non identifiés », « terroristes »), victims, crowds. Who speaks (« selon l'armée », « le
porte-parole des FACA ») and what a group is affiliated to (« liés à l'État islamique ») are not parties."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from service.extract.actors import CIVILIANS, PROTESTERS, RIOTERS, UNIDENTIFIED, ActorHit, state_name
from service.extract.docs import text_of
from service.extract.fr import lexicon as fx
from service.extract.resources import actor_dictionary, countries
from service.gazetteer.names import fold

# a gang named by its leader, as Haitian reporting names them: « le chef de gang Mikanò », « le gang de Barbecue »
GANG = re.compile(
    r"\b(?:chef de gang|chef du gang|gang(?: de| du| d')?|bande (?:de|à))\s*([A-ZÀ-Ý][\w\u00c0-\u017f-]+)"
)
# communities fighting each other: armed men of each side, whom the report does not name
COMMUNAL = re.compile(
    r"\b(?:inter-?communautaires?|entre (?:éleveurs|agriculteurs|communautés|membres des communautés))",
    re.I,
)
# a roadside bomb is planted by someone: the armed group nobody names
IED = fx.REMOTE[2][0]
# victims are near what was done to them: « tué dix civils », « dix civils ont été tués »
NEAR = 60
# « Cinq autres ont été tués »: more victims of the kind just counted
OTHERS = re.compile(r"\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) autres\b", re.I)
HARM = re.compile(fx.ATTACK.pattern + "|" + fx.DEATH.pattern + "|" + fx.ABDUCTION.pattern, re.I)
# at a protest, the forces are a party only where they act on the crowd
CROWD_CONTROL = re.compile(r"\b(?:dispers|lacrymog|heurt|affront|réprim|tir|balle|charg|interpell|arrêt|matraqu)", re.I)
_COUNTRY_AFTER = re.compile(r"^\s*(?:de la |du |de l'|des |de |d')([\w'\u2019 -]{3,40})", re.I)


def _before(clause: Span, start: int, width: int = 45) -> str:
    return text_of(clause.doc)[max(clause.start_char, start - width) : start].replace("\u2019", "'")


def _speaker(clause: Span, start: int) -> bool:
    return bool(fx.SPEAKER_BEFORE.search(_before(clause, start)))


def _country_after(clause: Span, end: int) -> str | None:
    """ "l'armée malienne", "forces armées du Mali", "soldats tchadiens": the country named just after."""
    text = text_of(clause.doc)[end : end + 45]
    words = re.findall(r"[\w\u00c0-\u017f-]+", text.lower())[:3]
    for word in words:
        if word in fx.DEMONYMS:
            return fx.DEMONYMS[word]
    match = _COUNTRY_AFTER.match(text)
    if match:
        name = fold(match.group(1))
        for size in (4, 3, 2, 1):
            candidate = " ".join(name.split()[:size])
            code = _country(candidate)
            if code:
                return code
    return None


def _country(name: str) -> str | None:
    folded = fold(name.replace("\u2019", "'"))
    return fx.FOLDED_COUNTRIES.get(folded) or countries().by_name.get(folded)


def _token(clause: Span, start: int) -> Token:
    return next((t for t in clause if t.idx + len(t) > start), clause[-1])


ANSWERED = re.compile(r"\ben (?:représailles?|riposte|réponse|rétorsion|vengeance)\s+(?:à|aux|au|d'|de|des|du)\b", re.I)


def find_actors(clause: Span, triggers: tuple[Token, ...] = ()) -> list[ActorHit]:
    hits: list[ActorHit] = []
    covered: list[tuple[int, int]] = []
    dictionary = actor_dictionary()
    for ent in clause.ents:
        if ent.label_ != "ACTOR":
            continue
        covered.append((ent.start_char, ent.end_char))
        if fx.AFFILIATION.search(_before(clause, ent.start_char, 70)) or _speaker(clause, ent.start_char):
            continue
        entry = dictionary.lookup(ent.ent_id_) or dictionary.lookup(ent.text)
        if entry:
            hits.append(ActorHit("named", entry.name, "", entry.country, ent.start_char, ent.end_char))
    for token in clause:
        acronym = token.text.lower()
        if acronym in fx.FORCE_ACRONYMS and token.text[:2].isupper() and not _speaker(clause, token.idx):
            hits.append(_state("Military", fx.FORCE_ACRONYMS[acronym], token.idx, token.idx + len(token)))
            covered.append((token.idx, token.idx + len(token)))
    # the pipeline gives no sides for protests, riots, arrests and strikes from afar; forces count at a crowd only
    # when they break it up, but a drone strike « menée par l'armée » or a bomb that killed « quatre soldats » is
    # theirs, or aimed at them
    protest = not triggers and not any(pattern.search(clause.text) for pattern, _ in fx.REMOTE)
    text, base = clause.text.replace("\u2019", "'"), clause.start_char
    for pattern, force in ((fx.POLICE, "Police"), (fx.MILITARY, "Military")):
        for match in pattern.finditer(text):
            start, end = base + match.start(), base + match.end()
            if any(s <= start < e for s, e in covered) or _speaker(clause, start):
                continue
            if fx.AFFILIATION.search(_before(clause, start, 70)):
                continue  # « supplétifs civils de l'armée »: the auxiliaries act, not the army
            if _token(clause, start).pos_ not in {"NOUN", "PROPN"}:
                continue  # "opérations militaires": an adjective names no force
            if protest and not CROWD_CONTROL.search(text):
                continue
            covered.append((start, end))
            kind = "Police" if force == "Police" or fx.GENDARMERIE.match(match.group()) else "Military"
            hits.append(_state(kind, _country_after(clause, end), start, end))
    for match in GANG.finditer(text):
        start, end = base + match.start(1), base + match.end(1)
        if not any(s <= start < e for s, e in covered):
            covered.append((start, end))
            hits.append(ActorHit("named", match.group(1), "", None, start, end))
    for pattern, kind, name in (
        (fx.ARMED_GENERIC, "unidentified", UNIDENTIFIED),
        (fx.PROTESTERS, "protesters", PROTESTERS),
        (fx.RIOTERS, "rioters", RIOTERS),
        (fx.CIVILIANS, "civilians", CIVILIANS),
        (OTHERS, "civilians", CIVILIANS),
    ):
        for match in pattern.finditer(text):
            start, end = base + match.start(), base + match.end()
            if any(s <= start < e for s, e in covered) or _speaker(clause, start):
                continue
            if kind == "civilians" and not _harmed(text, match.start(), match.end()):
                continue
            if kind == "unidentified" and fx.AFFILIATION.search(_before(clause, start, 70)):
                continue
            covered.append((start, end))
            hits.append(ActorHit(kind, name, "", None, start, end))
    if (clash := COMMUNAL.search(text)) and not any(h.kind in {"named", "unidentified"} for h in hits):
        hits.append(ActorHit("unidentified", UNIDENTIFIED, "", None, base + clash.start(), base + clash.end()))
    if (bomb := IED.search(text)) and not any(h.kind in {"named", "unidentified"} for h in hits):
        hits.append(ActorHit("unidentified", UNIDENTIFIED, "", None, base + bomb.start(), base + bomb.end()))
    # « en représailles à des affrontements entre le M23 et des FDLR »: the sides of the deed answered are not the
    # event's
    answered = ANSWERED.search(clause.text)
    if answered is not None:
        hits = [h for h in hits if h.start < clause.start_char + answered.start()]
    return sorted(hits, key=lambda h: h.start)


def _harmed(text: str, start: int, end: int) -> bool:
    """Victims: harm named just before them or just after, and not the « supplétifs civils » of an army."""
    if re.search(r"supplétifs?\s*$", text[:start], re.I):
        return False
    return bool(HARM.search(text[max(0, start - NEAR) : start]) or HARM.search(text[end : end + NEAR]))


def _state(force: str, code: str | None, start: int, end: int) -> ActorHit:
    return ActorHit("state", state_name(force, code) if code else None, force, code, start, end)
