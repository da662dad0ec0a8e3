"""Stage: who. Actor phrases in a clause, normalised: dictionary groups ("JNIM"), state forces named by
country ("Malian troops" -> Military Forces of Mali), unnamed armed men (Unidentified armed group) and
victims (Civilians). Spokesmen, sources and groups named only as an affiliation are not actors."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from service.extract import lexicon as lx
from service.extract.docs import text_of
from service.extract.mentions import related
from service.extract.resources import actor_dictionary, countries
from service.gazetteer.names import fold, without_apostrophes
from service.gazetteer.sources import admin1_countries

UNIDENTIFIED = "Unidentified armed group"
CIVILIANS = "Civilians"
PROTESTERS = "Protesters"
RIOTERS = "Rioters"


@dataclass(frozen=True, slots=True)
class ActorHit:
    kind: str  # named | state | unidentified | civilians | protesters | rioters
    name: str | None  # canonical name; None for state forces whose country is not yet known
    force: str  # for state forces: "Military" or "Police"
    country: str | None
    start: int
    end: int


TOLL_WORDS = frozenset({"toll", "figure", "number", "count", "tally"})
COUNTING_LEMMAS = frozenset({"put", "give", "place", "estimate", "raise", "revise", "set", "lower", "update"})
INQUIRY_LEMMAS = frozenset({"look", "investigate", "examine", "review", "probe", "check", "verify", "monitor", "be"})


def _reported_speaker(token: Token) -> bool:
    """Part of the subject of a reporting verb ("the army said"), or of a phrase headed by a person role
    ("al Shabaab's spokesman", "a police officer from Afgoye")."""
    node, depth = token, 0
    while depth < 5:
        if node.i != token.i and node.lemma_.lower() in lx.PERSON_ROLES and node.pos_ in {"NOUN", "PROPN"}:
            # "was shot by a police officer": who did the deed, not who told of it
            return not (node.dep_ == "pobj" and node.head.dep_ == "agent")
        if (
            node.dep_ == "nsubj"
            and node.head.lemma_.lower() in COUNTING_LEMMAS
            and any(c.dep_ == "dobj" and c.lemma_.lower() in TOLL_WORDS for c in node.head.children)
        ):
            return True  # "the army had put the toll at 16", "police gave a figure of 12": who counted
        if node.dep_ in {"nsubj", "nsubjpass"} and node.head.lemma_.lower() in lx.REPORTING_LEMMAS:
            # "Al Shabaab said it carried out the attack" is a claim: the speaker is the perpetrator
            claim = " ".join(t.lower_ for t in node.head.subtree)
            if any(cue in claim for cue in ("carried out", "responsibility", "were behind", "was behind")):
                return False
            # "the army said its aircraft struck ...", "the army said it repelled ...": the speaker acted, unless
            # all it did was look into what happened ("said it was looking into the incident")
            return not any(
                t.lower_ in {"it", "its", "we", "our"}
                and t.dep_ in {"nsubj", "poss"}
                and t.i > node.i
                and t.head.lemma_.lower() not in INQUIRY_LEMMAS
                for t in node.head.subtree
            )
        if node.i == node.head.i:
            return False
        node, depth = node.head, depth + 1
    return False


def _cargo_owner(token: Token) -> bool:
    """ "a column of UN fuel trucks", "an AU supply convoy": the group owns what is on the road, its drivers are
    civilians."""
    head = token.head
    if token.dep_ != "compound" or head.i == token.i:
        return False
    return head.lemma_.lower() in lx.CARGO_VEHICLES or any(
        child.dep_ == "compound" and child.lemma_.lower() in lx.CARGO_MODIFIERS for child in head.children
    )


def _victim(token: Token) -> bool:
    node, depth = token.head, 0
    while depth < 4:
        lemma = node.lemma_.lower()
        if lemma in lx.ATTACK_LEMMAS or lemma in lx.ABDUCTION_LEMMAS or lemma in lx.HARM_LEMMAS:
            return True
        if node.i == node.head.i:
            return False
        node, depth = node.head, depth + 1
    return False


CROWD_GROUPS = lx.GROUP_NOUNS | {"gang", "crowd", "mob"}


def _group_of(token: Token) -> Token | None:
    """The group a noun is told as the members of: "groups of youths", "a gang of youths"."""
    if token.dep_ != "pobj" or token.head.lower_ != "of" or token.head.head.i == token.head.i:
        return None
    group = token.head.head
    return group if group.lemma_.lower() in CROWD_GROUPS else None


def _sets_fire(verb: Token) -> bool:
    """ "set cars on fire", "set the hall ablaze", "set fire to a bus"."""
    if verb.lemma_.lower() != "set":
        return False
    words = [c for c in verb.children] + [g for c in verb.children if c.dep_ == "prep" for g in c.children]
    return any(w.lower_ in {"fire", "ablaze", "alight", "alight."} for w in words)


SAME_NAME = 0.8  # how alike two spellings of one name are at least (difflib's ratio)
# capitalised words before an acronym in brackets: "the Rwanda Security Forces (RSF)"
SPELLED_OUT = r"((?:[A-Z][\w'\u2019-]*\s+(?:(?:of|for|the|and|de|du|des|la|le)\s+)*){1,6})"


def _spelled_out_otherwise(ent: Span, name: str) -> bool:
    """The article spells the acronym out as another body than the dictionary's group of that acronym."""
    if not ent.text.isupper():
        return False
    spelled = re.search(SPELLED_OUT + re.escape(f"({ent.text})"), text_of(ent.doc))
    if spelled is None:
        return False
    # the same group, however spelt ("the ethnic Arkan Army (AA)", "New People’s Army (NPA)")
    known = fold(without_apostrophes(name)).split()
    told = fold(without_apostrophes(spelled.group(1))).split()[-len(known) :]
    return difflib.SequenceMatcher(None, " ".join(known), " ".join(told)).ratio() < SAME_NAME


def find_actors(clause: Span, triggers: tuple[Token, ...] = ()) -> list[ActorHit]:
    """The actors of one mention. State forces count only where they take part in the event (subject or object
    of its predicate, or under its trigger): troops sent after the attack, or the army named in passing, do not
    make a raid on villagers a battle."""
    hits: list[ActorHit] = []
    doc = clause.doc
    dictionary = actor_dictionary()
    covered: set[int] = set()
    for ent in clause.ents:
        if ent.label_ != "ACTOR":
            continue
        before = text_of(doc)[max(0, ent.start_char - 40) : ent.start_char]
        after = text_of(doc)[ent.end_char : ent.end_char + 8].lower()
        covered.update(range(ent.start, ent.end))
        # "al-Qaeda-linked", "Houthi-run health authorities", "rebel-held": who is tied to, runs or holds something
        if lx.AFFILIATION.search(before) or after.startswith(
            ("-linked", " linked", "-affiliated", "-aligned", "-run", "-controlled", "-held", "-backed", "-allied")
        ):
            continue
        if _reported_speaker(ent.root) or _cargo_owner(ent.root):
            continue
        entry = dictionary.lookup(ent.ent_id_) or dictionary.lookup(ent.text)
        if entry and _spelled_out_otherwise(ent, entry.name):
            continue  # "the Rwanda Security Forces (RSF)": the article's own meaning of the acronym
        if entry:
            hits.append(ActorHit("named", entry.name, "", entry.country, ent.start_char, ent.end_char))
    for token in clause:
        if token.i in covered:
            continue
        lemma, lower = token.lemma_.lower(), token.lower_
        if token.pos_ == "PROPN" and lemma not in lx.PROTESTER_NOUNS | lx.RIOTER_NOUNS and \
                lemma.removesuffix("s") in lx.PROTESTER_NOUNS | lx.RIOTER_NOUNS:  # fmt: skip
            # "KINSHASA, Jan 28 - Protesters attacked ...": a crowd's noun the tagger took for a name, capitalised
            # where the sentence opens
            lemma = lemma.removesuffix("s")
        pair = f"{lower} {token.nbor(1).lower_}" if token.i + 1 < len(doc) else lower
        lemma_pair = f"{lower} {token.nbor(1).lemma_.lower()}" if token.i + 1 < len(doc) else lower
        if lower in lx.FORCE_ACRONYMS and token.pos_ in {"PROPN", "NOUN"}:
            hits.append(_state("Military", lx.FORCE_ACRONYMS[lower], token))
            continue
        force = _force_noun(token, pair)
        if force:
            claimant = token.dep_ == "nsubj" and token.head.lemma_.lower() in lx.REPORTING_LEMMAS
            # "police officers were killed": the phrase is the force, whose head is no speaker's title
            head = token.head if pair in lx.FORCE_PHRASES and token.dep_ == "compound" else token
            if _reported_speaker(head) or (triggers and not claimant and not related(token, triggers, side=True)):
                continue
            codes: list[str | None] = [*_demonyms_before(token)] or [_demonym_before(token)]
            hits.extend(_state(force, code, token) for code in codes)
            continue
        armed_pair = pair in lx.ARMED_GENERIC or lemma_pair in lx.ARMED_GENERIC  # "armed groups"
        if (lemma in lx.ARMED_GENERIC or armed_pair) and token.pos_ in {"NOUN", "PROPN", "ADJ"}:
            if token.pos_ == "ADJ" and not armed_pair:
                continue
            if not _reported_speaker(token):
                name, kind = _armed_by_modifier(token) or (UNIDENTIFIED, "unidentified")
                hits.append(ActorHit(kind, name, "", None, token.idx, token.idx + len(token)))
            continue
        if lemma == "clan" and (clan := _modifier_name(token)) and not _reported_speaker(token):
            hits.append(ActorHit("named", f"{clan} Clan Militia", "", None, token.idx, token.idx + len(token)))
            continue
        # "marauding youths burned a school": young men doing the damage are rioters, not victims
        # ("groups of youths set cars on fire": the group is the subject, the youths what it is made of)
        doer = _group_of(token) or token
        rioting_youth = lemma == "youth" and doer.dep_ in {"nsubj", "agent"}
        if rioting_youth or (lemma in lx.PROTESTER_NOUNS | lx.RIOTER_NOUNS and token.pos_ in {"NOUN", "PROPN"}):
            kind, name = ("protesters", PROTESTERS) if lemma in lx.PROTESTER_NOUNS else ("rioters", RIOTERS)
            deed = doer.head
            if rioting_youth and deed.lemma_.lower() not in lx.ATTACK_LEMMAS | lx.RIOT_LEMMAS and not _sets_fire(deed):
                continue
            hits.append(ActorHit(kind, name, "", None, token.idx, token.idx + len(token)))
            continue
        victim = lemma in lx.CIVILIAN_NOUNS and token.pos_ in {"NOUN", "PROPN"} and _victim(token)
        if victim and not _reported_speaker(token):
            hits.append(ActorHit("civilians", CIVILIANS, "", None, token.idx, token.idx + len(token)))
        # "Russian strikes", "Russian fire", "Israeli airstrikes": a state's forces named by their fire
        if lemma in lx.FIRE_NOUNS and token.pos_ == "NOUN" and (code := _demonym_modifier(token)):
            hits.append(_state("Military", code, token))
        # "the Saudi-led coalition", "US-led forces": the state that leads them
        led = lower == "led" and token.head.lemma_.lower() in LED_FORCES and not _reported_speaker(token.head)
        if led and (code := _leading_state(token)):
            hits.append(_state("Military", code, token))
        # "Ruritania launched missiles at Dala", "Ruritania bombed Kuru": a state that strikes does so with its forces
        if token.dep_ == "nsubj" and token.ent_type_ == "GPE" and (code := _striking_state(token)):
            hits.append(_state("Military", code, token))
    return hits


# what a state leads with its forces ("a Somali-led jihadist group" is led by Somalis, not by Somalia)
LED_FORCES = frozenset(
    {
        "coalition",
        "force",
        "forces",
        "troop",
        "military",
        "alliance",
        "aircraft",
        "jet",
        "warplane",
        "strike",
        "airstrike",
        "operation",
        "mission",
        "campaign",
        "offensive",
        "intervention",
    }
)


def _leading_state(led: Token) -> str | None:
    """The country before "-led": "Saudi-led" -> SA, "US-led" -> US."""
    doc = led.doc
    if led.i < 2 or doc[led.i - 1].text != "-":
        return None
    name = doc[led.i - 2].text
    return countries().by_demonym.get(name.lower()) or countries().code_of(name)


STRIKING_LEMMAS = frozenset({"launch", "fire", "strike", "bomb", "shell", "pound", "hit", "attack", "bombard"})


LAUNCHED = frozenset(
    {
        "missile",
        "rocket",
        "drone",
        "strike",
        "airstrike",
        "attack",
        "offensive",
        "barrage",
        "raid",
        "shell",
        "bomb",
        "wave",
    }
)


def _striking_state(token: Token) -> str | None:
    """The country a subject names when its verb is a strike: "Russia launched 40 missiles", "Israel bombed
    Rafah" (not "Russia hit back at the sanctions")."""
    verb = token.head
    if verb.lemma_.lower() not in STRIKING_LEMMAS or verb.pos_ != "VERB":
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # "launched one of its heaviest missile attacks", "a wave of drones"
    objects += [g for o in objects for p in o.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    fired = verb.lemma_.lower() in {"launch", "fire"} and any(o.lemma_.lower() in LAUNCHED for o in objects)
    struck = any(o.ent_type_ in {"GPE", "LOC", "FAC"} or o.lemma_.lower() in lx.PLACE_NOUNS for o in objects)
    if not (fired or struck):
        return None
    if token.ent_id_.startswith("country:"):
        return token.ent_id_.split(":", 1)[1]
    return countries().code_of(token.text)


def _modifier_name(token: Token) -> str | None:
    """The proper name that qualifies a noun: "Fulani" in "Fulani militia", "Galje'el" in "the Galje'el clan"."""
    names = [c for c in token.children if c.dep_ in {"compound", "amod", "nmod"} and c.pos_ in {"PROPN", "ADJ"}
             and c.text[:1].isupper() and c.ent_type_ not in {"ACTOR", "DATE", "TIME"}]  # fmt: skip
    return names[-1].text if names else None


def _armed_by_modifier(token: Token) -> tuple[str, str] | None:
    """Armed men named by who they are: a group of the dictionary by its stem ("Ambazonia fighters"), or an
    ethnic militia ("Fulani militia", "armed Fulani herdsmen"), as ACLED names those it has no group for."""
    name = _modifier_name(token)
    if name is None or countries().code_of(name) or name.lower() in lx.ARMED_GENERIC:
        return None
    stem = fold(name)
    if stem in lx.RELIGIOUS_WORDS:
        return None  # "Islamic extremists" names no group
    entry = actor_dictionary().by_stem(stem) if len(stem) >= 6 else None
    if entry is not None:
        return entry.name, "named"
    tagged = next((c for c in token.children if c.text == name), None)
    communal = token.lemma_.lower() in {"militia", "militiaman", "militiamen", "herdsman", "herdsmen"}
    if tagged is not None and (tagged.ent_type_ == "NORP" or communal) and stem not in admin1_countries():
        return f"{name} Ethnic Militia", "named"
    return None


def _demonym_modifier(token: Token) -> str | None:
    known = countries()
    for child in token.children:
        if child.dep_ in {"amod", "compound", "nmod"} and (code := known.demonym_at(token.doc, child.i)):
            return code
    return None


# What "military" makes a force of the state: "a military base", "a military intervention unit".
MILITARY_THINGS = frozenset(
    {"base", "installation", "post", "convoy", "camp", "position", "outpost", "barracks", "vehicle", "unit",
     "patrol", "detachment", "column", "escort", "personnel"}
)  # fmt: skip


# who serves a force without being one: "killed a villager on suspicion of being a police informer"
SERVING_NOUNS = frozenset({"informer", "informant", "spy", "collaborator", "agent", "source"})


def _force_noun(token: Token, pair: str) -> str | None:
    lemma = token.lemma_.lower()
    if token.dep_ == "compound" and token.head.lemma_.lower() in SERVING_NOUNS:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(o.ent_type_ == "ACTOR" for o in c.subtree)
           for c in token.children):  # fmt: skip
        return None  # "soldiers of the Islamic State": a group's own fighters, as it calls them
    if pair in lx.FORCE_PHRASES:
        return "Police" if pair.startswith("police") else "Military"
    if token.pos_ not in {"NOUN", "PROPN"} and not (
        lemma == "military" and _compound_head(token).lemma_.lower() in MILITARY_THINGS
    ):
        return None
    if lemma in lx.MILITARY_NOUNS:
        return "Military"
    if lemma == "force" and token.lower_ == "forces" and _demonyms_before(token):
        return "Military"  # "Russian forces", "Rwandan forces"
    if lemma in lx.FORCE_MEANS and _demonyms_before(token):
        return "Military"
    if lemma in lx.POLICE_NOUNS:
        return "Police"
    return None


def _compound_head(token: Token) -> Token:
    """The noun an adjective describes through compounds: "military intervention unit" -> unit."""
    head = token.head
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return head


# the words of a force's own name between its demonym and its means: "Israeli Air Force jets", "Russian Navy ships"
FORCE_NAME_WORDS = frozenset({"air", "force", "forces", "army", "navy", "naval", "military", "marine", "marines"})


def _demonyms_before(token: Token) -> list[str]:
    """'US and British warplanes' -> [GB, US]: the countries named just before a force noun."""
    doc = token.doc
    known = countries()
    found: list[str] = []
    for i in range(token.i - 1, max(-1, token.i - 6), -1):
        word = doc[i]
        code = known.demonym_at(doc, i)
        if word.ent_id_.startswith("country:") and word.ent_iob_ == "B":
            code = word.ent_id_.split(":", 1)[1]
        if code and code not in found:
            found.append(code)
        elif word.pos_ in {"VERB", "AUX", "ADP"} or word.text in {".", ";", ":"}:
            break
        elif word.pos_ == "PROPN" and word.lower_ not in FORCE_NAME_WORDS:
            break  # "a Saudi Arabian Airlines plane": a company's name, whose plane is no state's force
    return found


def _demonym_before(token: Token) -> str | None:
    """'Malian troops', 'troops of the Nigerian Army', 'the US drone': the country a force belongs to."""
    named = _demonyms_before(token)
    if named:
        return named[0]
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for grandchild in child.children:
                code = _demonym_before(grandchild) if grandchild.lemma_.lower() in {"army", "force"} else None
                if code:
                    return code
    return None


def _state(force: str, code: str | None, token: Token) -> ActorHit:
    name = state_name(force, code) if code else None
    return ActorHit("state", name, force, code, token.idx, token.idx + len(token))


def state_name(force: str, code: str) -> str:
    return f"{force} Forces of {countries().display(code)}"


def state_aliases(force: str, code: str) -> tuple[str, ...]:
    """How reporting names a country's forces: 'Malian army', 'Malian troops', 'FAMa', ..."""
    demonyms = [d for d, c in countries().by_demonym.items() if c == code]
    nouns: tuple[str, ...] = ("army", "armed forces", "military", "troops", "soldiers", "security forces")
    if force == "Police":
        nouns = ("police", "police force")
    aliases = [f"{d.title() if d.islower() else d} {noun}" for d in demonyms for noun in nouns]
    if force == "Military":
        aliases += [a.upper() if len(a) <= 4 else a for a, c in lx.FORCE_ACRONYMS.items() if c == code]
    return tuple(aliases)
