"""Stage: find event mentions. A mention is a clause that reports a violent event or a demonstration
(a trigger that is not negated, hypothetical, or background), with what kind of event it announces."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from service.extract import lexicon as lx
from service.extract.docs import text_of

FAMILY_ORDER = ("abduction", "attack", "protest", "riot", "arrest", "development", "death", "remote", "claim")
# A claim of responsibility names the perpetrator of the event just reported.
# An attack blamed on a group names it as the perpetrator too ("officials blamed X"), unless the blame is for
# what others failed to do ("blamed the police for failing to protect them").
CLAIM = re.compile(r"\bclaim(?:ed|s|ing)? responsibility\b|\bsaid (?:it|they) (?:had )?carried out\b"
                   r"|\bblam(?:ed|es|ing) (?!it\b|them\b|him\b|her\b|this\b)", re.I)  # fmt: skip
NO_CLAIM = re.compile(
    r"\b(?:no|not|nobody|none|yet to)\b[^.]{0,30}\b(?:claim|blam)"
    r"|\bblam\w* [^.]{0,60}\bfor (?:failing|not|their failure|the failure|negligence|lapses|inaction|a lapse)\b",
    re.I,
)
RELATIVE_OPENERS = frozenset({"where", "which", "while", "whereas"})
RELATIVE_TO_EVENT = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|\d+) days? (?:prior|before|earlier|later|after)|the (?:day|night) "
    r"(?:before|after)|the previous (?:day|night)|the next day|the following day"
    r"|(?:(?:a|one|two|three|four|five|several|a few|\d+) )?(?:weeks?|months?) (?:before|after|earlier|prior))\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Mention:
    """One clause reporting one event."""

    sentence: Span
    clause: Span
    trigger: Token
    triggers: tuple[Token, ...]  # every trigger in the clause: places and actors must relate to one of them
    family: str  # attack | remote | abduction | protest | riot | arrest | death | claim
    remote: str | None  # ACLED sub-event type when the clause names a remote-violence means
    overtake: bool
    retake: bool
    new_event: bool  # opened by "Elsewhere", "In other violence", ...
    creates: bool  # strong enough to open an incident of its own
    development: tuple[str, str] | None = None  # (type, sub-type) of an event that is not fighting: looting, a truce
    families: frozenset[str] = frozenset()  # the families of every trigger: "shot a protester during a march"
    labelled: bool = False  # an analyst's note names its sub-event type first ("Looting: ..."): `development`
    # the sub-event a development word of the clause names beside its lead deed: "where they raped aid workers and
    # shot dead a journalist" tells an attack with sexual violence in it
    told_beside: frozenset[tuple[str, str]] = frozenset()

    @property
    def text(self) -> str:
        return self.clause.text


def _is_armed(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return (
        token.ent_type_ == "ACTOR"
        or lemma in lx.ARMED_GENERIC
        or lemma in lx.MILITARY_NOUNS
        or lemma in lx.POLICE_NOUNS
        or lemma in lx.FORCE_MEANS - {"plane"}  # "fighter jets hit targets"; a plane that hits a tower crashed
        or any(c.lower_ == "armed" for c in token.children)
        # "Russian forces", "security forces", "government forces": a state's or a side's, not market forces
        or (lemma == "force" and any(c.ent_type_ == "NORP" or c.lower_ in FORCE_QUALIFIERS for c in token.children))
    )


FORCE_QUALIFIERS = frozenset(
    {"security", "armed", "government", "special", "air", "naval", "coalition", "allied", "enemy", "rebel",
     "opposition", "regime", "state", "federal", "defence", "defense", "paramilitary", "militia", "insurgent"}
)  # fmt: skip


MUNITION_LEMMAS = frozenset(
    {"strike", "airstrike", "missile", "rocket", "shell", "bomb", "drone", "mortar", "projectile", "barrage", "blast"}
)


def armed_subject(verb: Token) -> bool:
    """ "bandits hit Kuru", "dozens of gunmen arrived", "the strike hit a police post": someone armed, or what was
    fired or dropped."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    # "dozens of gunmen", "a group of bandits": the people the count is of
    subjects += [o for s in subjects if s.lemma_.lower() in COUNT_NOUNS for p in s.children if p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    return any(_is_armed(c) or (c.lemma_.lower() in MUNITION_LEMMAS and c.pos_ == "NOUN") for c in subjects)


COUNT_NOUNS = lx.GROUP_NOUNS | {"score", "scores", "number"}


def _place_object(verb: Token) -> bool:
    """The verb's object, or the object of its preposition ("swept through Wurma"), is a settlement or base."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    objects += [g for c in verb.children if c.dep_ in {"prep", "prt"} for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in lx.PLACE_NOUNS or o.ent_type_ in {"GPE", "LOC"} for o in objects)


def _people_taken(verb: Token) -> bool:
    """People are what is taken: "seized four students", "students were seized", "took 15 women hostage". A
    vehicle "carrying schoolboys" takes nobody."""
    if verb.dep_ == "acl":
        return False
    people = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    # "took away a number of people", "seized dozens of villagers": the people a quantity counts
    people += [o for p in people for c in p.children if c.dep_ == "prep" and c.lower_ == "of"
               for o in c.children if o.dep_ == "pobj"]  # fmt: skip
    return any(
        p.lemma_.lower() in lx.CIVILIAN_NOUNS or p.lemma_.lower() in {"hostage", "captive"} for p in people
    ) or any(c.lower_ in {"hostage", "captive"} for c in verb.children)


MARCHING_UNITS = lx.MILITARY_NOUNS | {"troops", "soldiers", "units", "forces", "contingent", "band", "cadet", "cadets"}


def _forces_march(token: Token) -> bool:
    """ "Troops marched down the avenue", "a military parade": soldiers on parade make no protest."""
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if any(s.lemma_.lower() in MARCHING_UNITS or s.lower_.removesuffix("s") in MARCHING_UNITS for s in subjects):
        return True
    return any(t.lower_ == "parade" for t in token.sent) and any(t.lower_ == "military" for t in token.sent)


def _campaign_rally(token: Token) -> bool:
    """ "a campaign rally", "wrapped up their campaigns with huge rallies": candidates canvassing for votes, not a
    crowd demonstrating."""
    if token.lemma_.lower() != "rally":
        return False
    verb = next((t for t in token.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    around = [*token.children, *(verb.children if verb is not None else ()), *([verb] if verb is not None else ())]
    return any(t.lemma_.lower() in {"campaign", "campaigning", "electioneering"} for t in around)


CASE_NOUNS = frozenset({"case", "trial", "verdict", "probe", "inquiry", "investigation", "anniversary", "hearing"})
CAUSES = frozenset(
    {"autonomy", "independence", "freedom", "rights", "right", "justice", "self-determination", "secession", "cause",
     "survival", "democracy", "recognition", "equality", "liberation", "statehood", "sovereignty", "reform"}
)  # fmt: skip


def _named_for_a_case(token: Token) -> bool:
    """ "the 2008 serial blasts case", "the 2019 attack": a deed named by its year, or as what a court tries, is
    one told before."""
    if token.pos_ == "VERB" and token.dep_ in {"acl", "relcl"}:
        # "over the forced marriage of girls abducted by his brigade", "over the bombing that killed 20 people"
        return _judged(token)
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if following is not None and following.lower_ in CASE_NOUNS:
        return True
    if any(YEAR_WORD.fullmatch(t.text) for c in token.lefts for t in c.subtree):
        return True
    return _judged(token)


# what a court does with deeds: "found guilty over attacks on four camps", "convicted of the killing of", "charged
# with the murder of"
VERDICT_LEMMAS = frozenset({"guilty", "convict", "acquit", "sentence", "charge", "indict", "try", "trial", "verdict",
                            "prosecute", "prosecution", "conviction", "accuse", "acquittal", "count"})  # fmt: skip


# the links from a deed up to what holds it: nouns, their prepositions, and the clauses that describe them
JUDGED_CHAIN = frozenset({"pobj", "prep", "conj", "appos", "compound", "amod", "nmod", "acl", "relcl"})


def _judged(noun: Token) -> bool:
    """The deed is what a court judges: what "guilty over", "convicted of", "charged with" govern, through the
    nouns and prepositions between ("convicted him of 61 counts of crimes, including murder")."""
    node = noun
    for _ in range(12):
        head = node.head
        if head.i == node.i or node.dep_ not in JUDGED_CHAIN:
            return False
        if node.pos_ == "ADP" and node.dep_ in {"prep", "conj"} and node.lower_ in {"over", "of", "for", "with"}:
            # ("..., as well as over the forced marriage": a preposition joined to another hangs where it does)
            holder = head if node.dep_ == "prep" else head.head
            if holder.lemma_.lower() in VERDICT_LEMMAS or any(c.lower_ == "guilty" for c in holder.children):
                return True  # ("found the commander guilty over attacks": the verdict's verb holds the preposition)
            if holder.pos_ in {"PROPN", "PRON", "NOUN"} and any(
                above.lemma_.lower() in VERDICT_LEMMAS for above in holder.ancestors
            ):
                return True  # "convicted him of 61 counts": the convicted one holds it, however the parse hangs him
        if head.pos_ in {"VERB", "AUX"} and head.dep_ != "prep":  # ("including" is a preposition here)
            return False
        node = head
    return False


YEAR_WORD = re.compile(r"(?:19|20)\d\d")


# what a cause is said to be: "fighting for an independent state", "for a separate homeland"
SOVEREIGN_ADJECTIVES = frozenset({"independent", "separate", "autonomous", "sovereign"})


def _fought_for_a_cause(token: Token) -> bool:
    """ "groups fighting for greater autonomy", "fighting for an independent state": a struggle for a cause, not a
    fight on a day."""

    def cause(noun: Token) -> bool:
        return noun.lemma_.lower() in CAUSES or any(
            a.dep_ == "amod" and a.lower_ in SOVEREIGN_ADJECTIVES for a in noun.children
        )

    return token.lemma_.lower() in {"fight", "struggle", "battle"} and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(cause(o) for o in c.children) for c in token.children
    )


# what "riot" names as a modifier: a force's kit or unit, no unrest
RIOT_EQUIPMENT = frozenset({"gear", "police", "policeman", "officer", "shield", "squad", "unit", "control", "helmet",
                            "van", "act", "gun", "equipment"})  # fmt: skip


def _family(token: Token) -> str | None:
    lemma = token.lemma_.lower()
    if lemma in lx.ABDUCTION_LEMMAS:
        return None if _judged(token) else "abduction"
    if lemma in lx.PROTEST_LEMMAS and token.pos_ in {"NOUN", "VERB"}:
        return None if _forces_march(token) or _campaign_rally(token) else "protest"
    if lemma == "burn" and token.pos_ == "NOUN":
        return None  # "treated for severe burns": an injury
    if lemma in lx.HAZARD_LEMMAS and token.pos_ != "VERB":
        return None  # "Storm Nadia", "the storm hit the coast": weather, where "troops stormed" is an attack
    if lemma in lx.RIOT_LEMMAS:
        if token.dep_ in {"compound", "amod"} and token.head.lemma_.lower() in RIOT_EQUIPMENT:
            return None  # "Rangers personnel in riot gear", "riot police": what a force wears or is
        return "riot"
    if lemma == "battle" and any(c.lower_ == "running" for c in token.children):
        return "riot"  # "youths engaged police in running battles": street fighting with a crowd
    if lemma in lx.ARREST_LEMMAS and token.pos_ == "VERB":
        return "arrest"
    if lemma == "arrest" and token.pos_ == "NOUN" and _arrest_told(token):
        return "arrest"
    if _named_for_a_case(token) or _fought_for_a_cause(token):
        return None
    if lemma in lx.ATTACK_LEMMAS and token.pos_ in {"NOUN", "VERB", "PROPN"}:
        if lemma == "target" and token.pos_ != "VERB":
            return None  # "regime targets", "was the target": what is aimed at, not an attack
        return "attack"
    if lemma in lx.GUARDED_ATTACK_LEMMAS and token.pos_ == "VERB" and (armed_subject(token) or _place_object(token)):
        # ("a dam burst near the town": what bursts into a place is an attack, what bursts near one broke)
        into = lemma != "burst" or armed_subject(token) or any(c.lower_ == "into" for c in token.children)
        return "attack" if into else None
    if lemma in lx.TAKING_LEMMAS and token.pos_ == "VERB" and _people_taken(token):
        return "abduction"
    if lemma == "go" and any(c.lower_ == "after" for c in token.children) and armed_subject(token):
        return "attack"  # "the terrorists went after a military detachment"
    if lemma == "break" and any(c.lower_ == "into" for c in token.children) and armed_subject(token):
        return "attack"  # "the attackers broke into the seminary"
    if lemma == "encounter" and token.pos_ == "NOUN" and any(_is_armed(t) for t in token.sent):
        return "attack"  # South Asian reporting's word for a gunfight with the security forces
    if lemma == "lose" and token.pos_ == "VERB" and _people_lost(token):
        return "death"  # "Kuru lost 16 people": a place's or a side's dead
    if lemma in OPERATION_NOUNS and token.pos_ == "NOUN" and _aimed(token):
        return "death"  # "conducted an operation against TTP militants in Lakki Marwat": where and when, not what
    if lemma in lx.DEATH_LEMMAS:
        if lemma == "combat" and token.pos_ != "NOUN":
            return None  # "supporting the army in combating terror": a mission, not a fight
        if lemma == "toll" and _road_toll(token):
            return None  # "protesters at the Lekki toll gate": a fee for the road, not a count of the dead
        return "death"
    return None


# what is asked for, not done: "a warrant for the arrest of", "called for the arrest of"
ARREST_SOUGHT = frozenset({"warrant", "call", "demand", "order", "seek", "urge", "push", "appeal", "reward", "avoid",
                           "evade", "escape", "resist", "fear", "risk", "threaten"})  # fmt: skip


DETAINED_NOUNS = frozenset({"suspect", "member", "militant", "leader", "commander", "activist", "protester", "official",
                            "officer", "soldier", "individual", "opponent", "figure", "man"})  # fmt: skip


def _arrest_told(noun: Token) -> bool:
    """ "led to the arrest of 14 people", "announced the arrests of three suspects": an arrest told by its noun, of
    people counted or named as people (not "a warrant for the arrest of", "called for the arrest of")."""
    people = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    counted = any(
        any(c.dep_ == "nummod" for c in o.children) or o.ent_type_ in {"PERSON", "CARDINAL"} or o.like_num
        or o.lemma_.lower() in lx.CIVILIAN_NOUNS | DETAINED_NOUNS
        for o in people
    )  # fmt: skip
    asked = noun.head.lemma_.lower() in ARREST_SOUGHT or (
        noun.head.dep_ == "prep" and noun.head.head.lemma_.lower() in ARREST_SOUGHT
    )
    return counted and not asked


def _people_lost(verb: Token) -> bool:
    """ "lost 16 people", "the army lost 12 soldiers": people counted as lost are dead ("lost 16 homes" is not)."""
    return any(
        c.dep_ == "dobj" and any(n.dep_ == "nummod" for n in c.children) and c.lemma_.lower() in LOST_PEOPLE
        for c in verb.children
    )


LOST_PEOPLE = frozenset({"people", "person", "life", "man", "member", "resident", "villager", "inhabitant", "civilian",
                         "soldier", "officer", "policeman", "fighter", "troop", "child", "woman"})  # fmt: skip


# what a toll is paid at: "the toll gate", "a toll plaza", "toll roads"
ROAD_TOLL_WORDS = frozenset({"gate", "plaza", "road", "booth", "bridge", "station", "house", "fee", "collection",
                             "highway", "point"})  # fmt: skip


def _road_toll(token: Token) -> bool:
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is not None and following.lemma_.lower() in ROAD_TOLL_WORDS


OPERATION_NOUNS = frozenset({"operation", "offensive", "crackdown"})
LAUNCH_LEMMAS = frozenset({"conduct", "launch", "carry", "mount", "stage", "undertake"})


SEARCH_WORDS = frozenset({"search", "combing", "cordon", "rescue", "relief", "evacuation", "manhunt", "clearance"})


def _aimed(token: Token) -> bool:
    """An operation aimed at someone or launched: "an operation against militants", "launched an offensive"; a
    search for attackers who fled ("launched a search operation in the forests") fights no one yet."""
    if any(c.lower_ in SEARCH_WORDS for c in token.children if c.dep_ in {"compound", "amod"}):
        return False
    against = any(c.dep_ == "prep" and c.lower_ in {"against", "targeting"} for c in token.children)
    return against or (token.dep_ == "dobj" and token.head.lemma_.lower() in LAUNCH_LEMMAS)


def _caused_by_hazard(token: Token) -> bool:
    """A death whose cause is a disaster or an accident: "the quake killed 230", "killed in a landslide"."""
    if token.lemma_.lower() not in {"kill", "die", "dead", "death", "claim", "hit", "strike"}:
        return False
    preps = {"in", "by", "from", "after"}
    causes = [c for c in token.children if c.dep_ in {"nsubj", "agent"} or (c.dep_ == "prep" and c.lower_ in preps)]
    if any(t.lemma_.lower() in lx.HAZARD_LEMMAS for cause in causes for t in cause.subtree):
        return True
    # "an earthquake struck Herat, flattening homes and killing nine": the subject of the verb the death hangs on
    node = token
    while (
        node.dep_ in {"advcl", "conj", "xcomp"}
        and node.head.i != node.i
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children)
    ):
        node = node.head
    if token.dep_ == "conj" and token.head.lemma_.lower() in lx.ACCIDENT_LEMMAS:
        return True  # "dozens of houses collapsed and at least 50 people were killed"
    if any(_lost_control(verb) for verb in (node, *node.conjuncts)):
        return True  # "a truck lost control and ploughed into traders, killing 52"
    if node is not token and any(c.dep_ == "nsubj" and any(t.lemma_.lower() in lx.HAZARD_LEMMAS for t in c.subtree)
                                 for c in node.children):  # fmt: skip
        return True
    # "survivors of a mudslide that buried the hillside, killing 300" (however the parser hung "killing"): deaths
    # told in a sentence about a disaster, with no one armed in it, are the disaster's
    sentence = token.sent
    if any(t.lemma_.lower() in lx.HAZARD_LEMMAS and t.pos_ == "NOUN" for t in sentence) and not any(
        _is_armed(t) or t.lemma_.lower() in lx.ATTACK_LEMMAS for t in sentence if t.i != token.i
    ):
        return True
    # "14 passengers were killed when a bus overturned": the clause that says how they died
    # ("30 were killed and 50 injured when a tanker exploded": the clause may hang on the second verb)
    if any(_accident(c) for verb in (token, *token.conjuncts) for c in verb.children if c.dep_ == "advcl"):
        return True
    # "the quake that hit central Mexico", "the quake ... killed 230" (parsed as describing the quake)
    return token.dep_ in {"acl", "relcl"} and token.head.lemma_.lower() in lx.HAZARD_LEMMAS


def _lost_control(verb: Token) -> bool:
    """ "the driver lost control", "a bus lost its brakes": what a vehicle's driver did not mean to do."""
    return verb.lemma_.lower() == "lose" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in {"control", "brake", "brakes"} for c in verb.children
    )


def _the_accident(token: Token) -> bool:
    """In an article that tells of an accidental explosion, the blast and the deaths it caused are the accident:
    "an explosion at the port that killed 100", "the blast killed 12", "killed in the explosion"."""
    if token.lemma_.lower() in BLAST_NOUNS:
        return True
    preps = {"in", "by", "from", "after"}
    verb = token
    while verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        verb = verb.head  # "the blasts sent up smoke and destroyed buildings": the subject said once
    causes = [c for v in {token, verb} for c in v.children
              if c.dep_ in {"nsubj", "agent"} or (c.dep_ == "prep" and c.lower_ in preps)]  # fmt: skip
    if any(t.lemma_.lower() in BLAST_NOUNS for cause in causes for t in cause.subtree):
        return True  # "the blast killed 12", "the blasts destroyed buildings nearby"
    if token.lemma_.lower() not in {"kill", "die", "dead", "death", "claim"}:
        return False
    if token.dep_ == "relcl" and token.head.lemma_.lower() in BLAST_NOUNS:
        return True
    # however the parser hung the deaths ("BATA, March 8 - Explosions at a barracks ... killed 20"): deaths told in a
    # sentence about the blasts, with no one armed in it (a "military barracks" is a place), are the accident's
    sentence = token.sent
    armed = any(_is_armed(t) and t.dep_ not in {"amod", "compound"} for t in sentence)
    attacked = any(t.lemma_.lower() in lx.ATTACK_LEMMAS and t.i != token.i for t in sentence)
    return any(t.lemma_.lower() in BLAST_NOUNS for t in sentence) and not armed and not attacked


BLAST_NOUNS = frozenset({"explosion", "blast"})


def _accident(clause: Token) -> bool:
    """ "when a bus overturned", "after the building collapsed", "when the quake struck": a clause that tells an
    accident or a disaster."""
    if clause.lemma_.lower() in lx.ACCIDENT_LEMMAS:
        return True
    things = [clause] if clause.pos_ == "NOUN" else [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    # "when a fuel tanker exploded": a thing that failed, where "a bomb exploded" was set off
    if clause.lemma_.lower() in lx.FAILING_LEMMAS and any(
        t.lemma_.lower() in lx.INDUSTRIAL_THINGS for thing in things for t in thing.subtree
    ):
        return True
    return any(
        any(t.lemma_.lower() in lx.HAZARD_LEMMAS and t.pos_ == "NOUN" for t in thing.subtree)
        or any(c.dep_ == "acl" and c.lemma_.lower() in lx.ACCIDENT_LEMMAS for c in thing.children)
        for thing in things
    )


def _descriptive(token: Token) -> bool:
    if token.dep_ == "relcl" and token.tag_ in {"VBZ", "VBP"} and not any(c.dep_ == "aux" for c in token.children):
        return True  # "a civilian militia that fights alongside the army": what a group does, not a deed of a day
    return token.dep_ in {"amod", "compound"} and token.tag_ in {"VBN", "JJ"}


def _suppressed(token: Token) -> bool:
    """Negated ("made no attempt to engage"), hypothetical ("could attack"), intended ("plans to strike"), or a
    death a disaster caused."""
    if _caused_by_hazard(token):
        return True
    verb = token if token.pos_ in {"VERB", "AUX"} else token.head
    clause_verb = governing_verb(token)
    for node in (token, verb, clause_verb):
        for child in node.children:
            if child.dep_ == "neg" or (child.dep_ == "aux" and child.lower_ in lx.MODAL_WORDS):
                return True
            if child.dep_ == "det" and child.lower_ == "no":
                return True
    if token.pos_ == "NOUN" and any(c.dep_ in {"amod", "compound"} and c.lower_ in lx.PLANNED_WORDS
                                    for c in token.children):  # fmt: skip
        return True  # "ahead of a planned march"
    if _banned_protest(token):
        return True
    # ("the insurgency left 100,000 dead and thousands of children abducted": a clause under the toll's verb)
    under = clause_verb.head if clause_verb.dep_ in {"ccomp", "xcomp", "conj"} else clause_verb
    if (token.pos_ == "VERB" and _conflict_toll(token)) or _conflict_toll(clause_verb) or _conflict_toll(under):
        return True
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ == "without":
        return True  # "took over the positions without clashes"
    if _answered(token):
        return True  # "strikes in retaliation for last month's killing of 26 tourists": the motive, told before
    if _purpose(token) or _activity(token):
        return True
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.lemma_.lower() in lx.FUELLING_LEMMAS:
        return True  # "armed groups have kept fuelling the unrest": violence in general, no event
    if _chronic(token):
        return True
    for depth, ancestor in enumerate(token.ancestors):
        if depth >= 4:
            break
        if ancestor.lemma_.lower() in lx.INTENT_LEMMAS | lx.JUDICIAL_LEMMAS:
            return True
        if ancestor.lemma_.lower() in ALLEGATIONS and ancestor.pos_ == "NOUN":
            return True  # "over accusations that a police commander in Chabahar had raped a girl": what is alleged
        if ancestor.lemma_.lower() == "attempt" and any(c.lower_ == "no" for c in ancestor.children):
            return True
    return False


def _chronic(token: Token) -> bool:
    """What a place has long suffered, told as its condition: "a state plagued by cattle rustling and kidnapping for
    ransom", "the region, wracked by attacks since 2015". The sufferer is the participle's subject or the noun it
    describes; its agent ("by ...") holds the violence."""
    for depth, ancestor in enumerate(token.ancestors):
        if depth >= 4:
            return False
        if ancestor.dep_ == "agent" and ancestor.head.lemma_.lower() in lx.CHRONIC_LEMMAS:
            return True
    return False


# nouns whose content is alleged, not reported as happening
ALLEGATIONS = frozenset({"accusation", "allegation", "rumour", "rumor", "suspicion"})


# what authorities do to a protest that then is not held: "had banned the march", "the rally was cancelled"
BANNING_LEMMAS = frozenset({"ban", "prohibit", "forbid", "outlaw", "cancel", "postpone"})


def _banned_protest(token: Token) -> bool:
    """ "Authorities had banned the march the day before": the protest forbidden, not a protest held."""
    return (
        token.lemma_.lower() in lx.PROTEST_LEMMAS
        and token.pos_ == "NOUN"
        and token.dep_ in {"dobj", "nsubjpass"}
        and token.head.lemma_.lower() in BANNING_LEMMAS
    )


def _answered(token: Token) -> bool:
    """The deed an event answers is told as its motive, not as news: "in retaliation for last month's killing",
    "in revenge for the attack on the convoy", "in response to Monday's bombing"."""
    while token.dep_ == "conj" and token.head.pos_ == "NOUN":
        token = token.head
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.lower_ not in {"for", "to"}:
        return False
    return token.head.head.lemma_.lower() in {"retaliation", "revenge", "reprisal", "response", "retribution"}


def in_motive(token: Token, triggers: tuple[Token, ...] | None = None) -> bool:
    """The word is told of the deed an event answers, or of the earlier one the news comes after: "in retaliation
    for last month's killing of 14 soldiers in Gao" and "the raid came days after a strike on Dala killed 20"
    neither date, place nor count the news. The earlier deed is still an event of its own where the clause's
    trigger tells it ("it came a day after a bomb had targeted soldiers in Kuru")."""
    for told in (token, *token.ancestors):
        if _answered(told):
            return True
        if _told_before(told):
            return not triggers or not any(told.is_ancestor(t) or told == t for t in triggers)
    return False


WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _told_as_news(told: Token) -> bool:
    """A weekday or a day of the month among the words of what is told ("on Sunday", "on 3 May"), or another event
    of the kind ("another bomb")."""
    return any((t.ent_type_ == "DATE" and (t.lower_ in WEEKDAYS or t.like_num)) or t.lower_ == "another"
               for t in told.subtree)  # fmt: skip


def _after_earlier(token: Token) -> bool:
    after = next((c for c in token.children if c.dep_ == "mark" and c.lower_ == "after"), None)
    if after is None and token.dep_ == "pobj" and token.head.lower_ == "after":
        after = token.head
    return after is not None and _came_after(after) == token


def _told_before(told: Token) -> bool:
    """The word heads an "after" clause of an earlier deed: "came days after", "hours after"."""
    return _after_earlier(told) or _a_span_after(told)


def _after_earlier_clause(token: Token) -> bool:
    """The word is told in an "after" clause of an earlier deed."""
    return any(_told_before(t) for t in (token, *token.ancestors))


def _a_span_after(verb: Token) -> bool:
    """ "..., hours after demonstrators stormed the consulate": a clause told a span of time before the news."""
    children = list(verb.children)
    return any(c.dep_ == "mark" and c.lower_ == "after" for c in children) and any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in SPANS_OF_TIME for c in children
    )


def _conflict_toll(verb: Token) -> bool:
    """A war's toll so far: "the Anglophone crisis, which began in 2016, has killed more than 6,000 people",
    "violence has claimed 300 lives this year"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in lx.CONFLICT_NOUNS:
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    return perfect or subject.lemma_.lower() not in {"violence", "fighting", "unrest"}


# Verbs after which "to attack" still reports the attack: "began to shell", "went on to storm".
ASPECT_LEMMAS = frozenset({"begin", "start", "continue", "resume", "manage", "go", "proceed", "return", "come"})


# Verbs after which "in doing" reports the deed: "succeeded in carrying off four students".
DEED_LEMMAS = frozenset({"succeed", "persist", "engage", "participate", "part", "involve", "implicate"})


def _activity(token: Token) -> bool:
    """A gerund after a preposition names an activity, not an event: "deployed to assist in fighting insurgents"."""
    if token.tag_ == "VBG" and token.dep_ == "amod" and token.head.dep_ == "pobj":
        return True  # "in fighting insurgents", parsed as fighting insurgents
    if token.tag_ != "VBG" or token.dep_ != "pcomp":
        return False
    preposition = token.head
    return preposition.head.lemma_.lower() not in DEED_LEMMAS and preposition.head.head.lemma_.lower() != "take"


def _purpose(token: Token) -> bool:
    """An infinitive that says what something was for, not what happened: "teamed up with the KIA to hit regime
    targets", "troops were deployed to repel attacks"."""
    if token.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    if token.lemma_.lower() in lx.PROTEST_LEMMAS:
        return False  # "gathered to protest against taxes": the gathering is the protest
    head = token.head
    return token.dep_ in {"xcomp", "advcl", "acl", "relcl"} and head.lemma_.lower() not in ASPECT_LEMMAS


def _inside_main_clause(opener: Token) -> bool:
    """A relative clause told before the sentence's verb ("In Kuru, a village near Dala, which is the district's
    seat, they killed six men") is an aside within the main clause, which goes on after it."""
    if opener.lower_ != "which":
        return False  # ", where the attack happened," tells an event of its own
    root = opener.sent.root
    clause = opener.head if opener.head.dep_ == "relcl" else opener
    return root.i > clause.right_edge.i and not clause.is_ancestor(root)


def _clauses(sentence: Span) -> list[Span]:
    """A sentence splits where a second event is dated relative to the first ("..., in a raid a day prior")
    and where a relative clause adds background (", where since 2015 ..."); background parts are dropped."""
    doc = sentence.doc
    cuts = [t.i for t in sentence if t.text == ";" or (t.text == "\u2014" and not _dated_after_dash(t)) or (
        t.text == "," and t.i + 1 < sentence.end and doc[t.i + 1].lower_ in RELATIVE_OPENERS
        and not _inside_main_clause(doc[t.i + 1]))]  # fmt: skip
    match = RELATIVE_TO_EVENT.search(sentence.text)
    if match:
        anchor = sentence.start_char + match.start()
        commas = [t.i for t in sentence if t.text in {",", ";"} and t.idx < anchor]
        cuts += commas[-1:]
    bounds = [sentence.start, *sorted(set(cuts)), sentence.end]
    parts = [doc[a + (1 if a != sentence.start else 0) : b] for a, b in itertools.pairwise(bounds)]
    # a relative clause that is background goes; elsewhere only the triggers the background cue governs go
    return [p for p in parts if len(p) and not (p.start != sentence.start and
                                                 doc[p.start].lower_ in RELATIVE_OPENERS and
                                                 lx.BACKGROUND.search(p.text))]  # fmt: skip


def _dated_after_dash(dash: Token) -> bool:
    """ "Missile strike on railway station — 08/04/2022, ~10:30.": a bulletin's date after a dash is the event's,
    told without a verb; a dash before words that go on to a verb opens another clause."""
    rest = dash.doc[dash.i + 1 : dash.sent.end]
    return bool(len(rest)) and rest[0].text[:1].isdigit() and not any(t.pos_ in {"VERB", "AUX"} for t in rest)


def governing_verb(token: Token) -> Token:
    """The verb whose clause a token belongs to (prepositions like "including" do not count)."""
    node, depth = token, 0
    while (node.pos_ not in {"VERB", "AUX"} or node.dep_ == "prep") and node.i != node.head.i and depth < 8:
        node, depth = node.head, depth + 1
    return node


def related(token: Token, triggers: tuple[Token, ...], *, side: bool = False) -> bool:
    """The toponym belongs to the same predicate as one of the event triggers, or sits under a trigger noun. A side
    (`side`) must not be told in a clause of its own under the trigger: "opened fire on travellers after soldiers
    shut the checkpoint" is no fight with the soldiers."""
    verb = governing_verb(token).i
    if triggers and _named_target(token):
        return True  # "a police patrol was the target of the ambush": the event's victim
    for trigger in triggers:
        if verb in (trigger.i, governing_verb(trigger).i):
            return True
        if trigger.is_ancestor(token) and not (side and _in_own_clause(token, trigger)):
            return True
        # "blew himself up in Peshawar, killing five": the participle reports the place's event
        if trigger.tag_ == "VBG" and trigger.dep_ in {"advcl", "xcomp"} and trigger.head.i == verb:
            return True
        if _shared_subject(token, trigger):
            return True
    return False


def _in_own_clause(token: Token, above: Token) -> bool:
    """Between the token and a word above it stands the verb of an adverbial or reported clause."""
    node = token.head
    while node.i != above.i and node.head.i != node.i:
        if node.pos_ in {"VERB", "AUX"} and node.dep_ in {"advcl", "ccomp"}:
            return True
        node = node.head
    return False


def _shared_subject(token: Token, trigger: Token) -> bool:
    """ "troops broke through the lines and entered Kuru": a verb told after "and" without a subject of its own
    is done by the subject of the verb it is coordinated with."""
    if trigger.dep_ != "conj" or trigger.pos_ != "VERB" or any(c.dep_.startswith("nsubj") for c in trigger.children):
        return False
    return any(c.dep_ == "nsubj" and (c.i == token.i or c.is_ancestor(token)) for c in trigger.head.children)


def _named_target(token: Token) -> bool:
    """The subject of "was the target" or "were the victims"."""
    noun = token
    while noun.dep_ in {"amod", "compound"} and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ not in {"nsubj", "csubj"}:
        return False
    verb = noun.head
    if verb.dep_ == "csubj":
        verb = verb.head  # "a patrol guarding the road was the target"
    return any(c.dep_ == "attr" and c.lemma_.lower() in {"target", "victim"} for c in verb.children)


# what ranks the news among the events since a year: "for the first time since 2016", "the deadliest since 2019"
RANKED_SINCE = re.compile(
    r"\b(?:first|deadliest|worst|bloodiest|biggest|largest|heaviest|most \w+)\b(?: time| such)?[^,.;]{0,40}$", re.I
)
# "the worst attack since Feb. 14, 2019, when a bomber killed 40": the past event the news is ranked against
PAST_TOLD_AFTER = re.compile(r"\s*,?\s*(?:when|in which|where)\b", re.I)
# A background cue that names a year long past ("in 2017", "last year", "years ago"), not a span or a trend.
PAST_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\byears?\b", re.I)


def _background_verbs(clause: Span) -> set[int]:
    """The predicates that a background cue ("since 2015", "numerous", "in recent weeks") qualifies."""
    verbs: set[int] = set()
    for cue in lx.BACKGROUND.finditer(clause.text):
        if (
            cue.group().lower().startswith("since")
            and RANKED_SINCE.search(clause.text[: cue.start()])
            and not PAST_TOLD_AFTER.match(clause.text[cue.end() :])
        ):
            continue  # "struck Aleppo, for the first time since 2016", "the deadliest attack since 2019": the news
        token = _token_at(clause, cue.start())
        verb = governing_verb(token)
        # "Since 2015, armed groups have stepped up attacks and seized the territory": the cue dates both verbs
        verbs.update(t.i for t in (verb, *verb.conjuncts) if t.i >= verb.i)
        if verb.dep_ == "conj" and token.dep_ == "prep" and token.head.i == verb.i and token.i > verb.i:
            # "the conflict has killed 3,000 people and forced 700,000 from their homes since 2016": a span told
            # after a coordination dates all of it
            verbs.update(t.i for t in (verb.head, *verb.head.conjuncts))
        verbs.add(token.i)
        if token.lower_ == "since" and token.dep_ == "mark" and token.head.dep_ == "advcl":
            # "more than 350 people have been killed since protests broke out": a toll counted over the span
            main = token.head.head
            if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in main.children):
                verbs.add(main.i)
        # "since September 2023, when armed men attacked police near Kuru", "30 years since the war in which
        # rebels killed thousands": what the cue's date or span is told by
        last = _token_at(clause, cue.end() - 1)
        for word in clause.doc[token.i : last.i + 1]:
            verbs.update(t.i for t in word.subtree if t.pos_ in {"VERB", "AUX"})
            if word.lower_ in {"since", "after"} and word.dep_ == "mark":
                # "gathered to mark ten years since gunmen stormed the mall": the clause the span counts from
                verbs.update(t.i for t in word.head.subtree if t.pos_ in {"VERB", "AUX", "NOUN"})
        if PAST_YEAR.search(cue.group()):
            # "Marawi was devastated in 2017 when militants occupied the city": the year dates what "when" tells
            for told in verb.children:
                if told.dep_ == "advcl" and any(c.lower_ == "when" and c.dep_ in {"advmod", "mark"}
                                                for c in told.children):  # fmt: skip
                    verbs.update(t.i for t in told.subtree if t.pos_ in {"VERB", "AUX", "NOUN"})
        if token.i - clause.start <= 1 and verb.i == clause.root.i:
            # "In 2025, security forces killed 250 Maoists, including one who died in May that year": a cue that
            # opens the sentence dates all of it
            verbs.update(t.i for t in clause if t.pos_ in {"VERB", "AUX", "NOUN"})
    for mark in clause:
        if mark.lower_ != "since" or mark.dep_ not in {"mark", "prep"}:
            continue
        # "More than 7,000 people have died since the insurgency in Yala and Pattani flared in 2004": a toll
        # counted from a year, and the start it is counted from, are the story's background
        start = mark.head if mark.dep_ == "mark" else mark
        main = start.head if start.dep_ in {"advcl", "prep"} else start
        if main.lemma_.lower() not in DEATH_LEMMAS | {"displace"}:
            continue  # "since 2015, no attack on the army has been deadlier than the attack at Kuru": the news
        # the parser may hang the start's own verb on the toll's ("since the rebellion ... resumed in 2004")
        counted = clause.doc[mark.i : max(start.right_edge.i, main.right_edge.i) + 1]
        if any(t.like_num and len(t.text) == 4 and t.text[:2] in {"19", "20"} for t in counted):
            verbs.update(t.i for t in counted if t.pos_ in {"VERB", "AUX", "NOUN"})
            verbs.update(t.i for t in (main, *main.conjuncts))
    for after in clause:
        # "The raid comes a week after gunmen killed 12 in Kuru", "..., coming nine days after a strike on Dala
        # killed 20": the wire's reference to an earlier event sets the news in context; it is news of its own only
        # told with its day or as another of its kind ("it came a day after another bomb had targeted soldiers")
        earlier = _came_after(after)
        if earlier is not None and not _told_as_news(earlier):
            verbs.update(t.i for t in earlier.subtree if t.pos_ in {"VERB", "AUX", "NOUN"})
    for series in lx.SERIES.finditer(clause.text):
        # "the newest in a string of attacks": the run's words only, not the verb of the event it is set among
        first, last = _token_at(clause, series.start()), _token_at(clause, series.end() - 1)
        verbs.update(range(first.i, last.i + 1))
    return verbs


SPANS_OF_TIME = frozenset({"hour", "day", "week", "month"})


def _came_after(after: Token) -> Token | None:
    """What "after" introduces when the news "comes", "came" or is "coming" a span of time after it: the earlier
    event's verb ("came days after militants ambushed a convoy") or noun ("comes a week after the bombing of X")."""
    if after.lower_ != "after" or after.dep_ not in {"mark", "prep"}:
        return None
    told = after.head if after.dep_ == "mark" else next((c for c in after.children if c.dep_ == "pobj"), None)
    coming = told.head if told is not None and after.dep_ == "mark" and told.dep_ == "advcl" else after.head
    if told is None or coming.lemma_.lower() != "come":
        return None
    spans = [*after.children, *(told.children if after.dep_ == "mark" else ()), *coming.children]
    if not any(t.dep_ == "npadvmod" and t.lemma_.lower() in SPANS_OF_TIME for t in spans):
        return None
    return told


def find_mentions(doc: Doc) -> list[Mention]:
    mentions: list[Mention] = []
    new_event = False
    struck: str | None = None  # the strike told, from the air or by missiles: "the strike" names it again
    # an article that tells of an industrial accident ("a gas cylinder explosion") calls it "the blast" later on
    sentences = list(doc.sents)
    accident = any(lx.ACCIDENT.search(sentence.text) for sentence in sentences)
    text = text_of(doc)
    if len({m.lower() for m in lx.FICTION.findall(text)}) >= lx.FICTION_WORDS:
        return []  # a review of a film or a book tells its scenes, not events
    # a match report: its "battles", "sieges" and "ambushes" are play; fans who fought would be hurt, and only the
    # clauses that tell of harm can tell of them
    match_report = len({m.lower() for m in lx.SPORT.findall(text)}) >= lx.SPORT_WORDS
    if match_report and not lx.CROWD_HARM.search(text):
        return []
    # an article that tells of deaths an earthquake or a crash caused counts its dead again ("nine were killed")
    disaster = bool(HAZARD_WORDS.search(text)) and any(
        t.lemma_.lower() in DEATH_LEMMAS and _caused_by_hazard(t) for t in doc
    )
    # an article about war games tells its jets' bombs and its rockets as drills: what hurts nobody is no event
    drills = (
        bool(lx.EXERCISE.search(text))
        and sum(1 for sentence in sentences if lx.EXERCISE.search(sentence.text)) >= EXERCISE_SENTENCES
    )
    for sentence in sentences:
        # a cue sentence without an event of its own ("Elsewhere, the group suffered losses.") opens the next one
        new_event = new_event or bool(lx.NEW_EVENT_CUES.search(sentence.text))
        for clause in _clauses(sentence):
            mention = _mention(sentence, clause, new_event, accident, struck)
            if mention and disaster and _bare_deaths(mention):
                continue
            if mention and drills and not lx.HARMED.search(sentence.text):
                continue
            if mention and match_report and not lx.CROWD_HARM.search(mention.clause.text):
                continue
            if mention:
                mentions.append(mention)
                new_event = False
                if mention.remote in STRIKES:
                    struck = mention.remote
    return mentions


# the words of disasters and accidents as written, to skip the search for their dead in articles without them
HAZARD_WORDS = re.compile(
    r"\b(?:" + "|".join(sorted(lx.HAZARD_LEMMAS | lx.ACCIDENT_LEMMAS, key=len, reverse=True)) + r")\w*|\bs[au]nk\b",
    re.I,
)
EXERCISE_SENTENCES = 2  # sentences that tell of drills and war games: the article is about one
DEATH_LEMMAS = frozenset({"kill", "die", "dead", "death", "toll", "perish", "claim", "injure", "wound"})


def _bare_deaths(mention: Mention) -> bool:
    """Deaths told with nobody who killed: no armed men, no group, no attack word."""
    if any(t.lemma_.lower() not in DEATH_LEMMAS for t in mention.triggers):
        return False
    told = [t for trigger in mention.triggers for t in trigger.subtree]
    return not any(t.ent_type_ == "ACTOR" or t.lemma_.lower() in lx.ARMED_GENERIC for t in told)


def _rank(trigger: tuple[Token, str]) -> float:
    """Triggers by how much they say of the event. A crowd's own deeds ("a mob lynched", "pelted police with
    stones") say who acted, so they lead the attack words and protest words of their clause."""
    token, family = trigger
    crowd_deed = token.lemma_.lower() in lx.CROWD_DEED_LEMMAS or lx.THROWING_PHRASES.match(
        text_of(token.doc), token.idx
    )
    if family == "riot" and crowd_deed and token.dep_ not in {"compound", "amod"}:
        return 0.5  # ("protesters broke through the main gate": the phrase's verb)
    if family in {"attack", "death"} and _stance_object(token):
        return FAMILY_ORDER.index("development") + 0.5  # "signed a deal to end revenge attacks"
    if family == "attack" and _setting_of_arrest(token):
        return FAMILY_ORDER.index("arrest") + 0.5  # "arrested three suspects during a raid on a house"
    return float(FAMILY_ORDER.index(family))


def _stance_object(token: Token) -> bool:
    """Violence a clause takes a stand on: "to end revenge attacks", "against the killing of a teenager",
    "demanding justice for those killed during the protests"."""
    if token.pos_ in {"NOUN", "VERB"} and token.dep_ in {"dobj", "pobj"} and token.head.lemma_.lower() in \
            lx.STANCE_LEMMAS:  # fmt: skip
        return True
    if token.dep_ not in {"acl", "relcl", "pobj", "dobj"}:
        return False  # the deed of the clause itself, not a thing named inside what it demands
    return any(a.lemma_.lower() in lx.STANCE_LEMMAS and a.pos_ == "VERB" for a in list(token.ancestors)[1:5])


def _setting_of_arrest(token: Token) -> bool:
    """An operation noun that sets an arrest: "arrested two suspects during a raid", "in an operation", "the
    arrest of 14 suspects followed a raid"."""
    if token.pos_ != "NOUN":
        return False
    if token.dep_ == "dobj" and token.head.lemma_.lower() == "follow":
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in lx.ARREST_LEMMAS for c in token.head.children)
    if token.dep_ == "nsubj" and token.head.lemma_.lower() in {"lead", "result"}:  # "the raid led to the arrest of"
        ends = [o for p in token.head.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        return any(o.lemma_.lower() in lx.ARREST_LEMMAS for o in ends)
    if token.dep_ != "pobj" or token.head.lower_ not in {"during", "in", "after"}:
        return False
    verb = token.head.head
    return verb.lemma_.lower() in lx.ARREST_LEMMAS and (verb.pos_ == "VERB" or _arrest_told(verb))


def _token_at(clause: Span, offset: int) -> Token:
    """The token of a clause at a character offset of the clause's text."""
    position = clause.start_char + offset
    return next((t for t in clause if t.idx + len(t) > position), clause[-1])


AT_A_CROWD = re.compile(r"\b(?:protests?|protesters?|demonstrat\w*|marchers|rall(?:y|ies)|sit-ins?|crowds?)\b", re.I)


def _state_fire(clause: Span) -> Token | None:
    """Fire from afar named with a state's demonym: "Russian fire", "Russian strikes"."""
    from service.extract.resources import countries

    demonyms = countries().by_demonym
    return next((t for t in clause if t.lemma_.lower() in lx.SHELLING_NOUNS and t.pos_ == "NOUN" and any(
        c.dep_ in {"amod", "compound"} and c.lower_ in demonyms for c in t.children)), None)  # fmt: skip


# what flies and strikes from the air ("plane" is left out: a plane that hits a tower crashed into it)
AIRCRAFT_LEMMAS = (lx.FORCE_MEANS - {"plane", "navy", "airforce"}) | {"uav"}
AIR_STRIKING_LEMMAS = frozenset({"strike", "hit", "bomb", "attack", "target", "pound", "fire"})


def _aircraft_struck(clause: Span) -> Token | None:
    """ "a drone launched from Kuru struck the depot": the verb whose subject is an aircraft, however many words
    describe the aircraft between them."""
    return next((t for t in clause if t.pos_ == "VERB" and t.lemma_.lower() in AIR_STRIKING_LEMMAS and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in AIRCRAFT_LEMMAS for c in t.children)), None)  # fmt: skip


# what a strike from the air or by missiles is named again by
STRIKES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})


def _the_strike(clause: Span) -> Token | None:
    """ "The strike", "the raid", as the subject of its clause, or "in Friday's strike": the event an article has
    told as a strike from the air or by missiles."""
    for t in clause:
        if t.pos_ != "NOUN" or t.lemma_.lower() not in {"strike", "raid"}:
            continue
        if t.dep_ in {"nsubj", "nsubjpass"} and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"}
                                                    for c in t.children):  # fmt: skip
            return t
        if t.dep_ == "pobj" and t.head.lower_ == "in" and any(c.dep_ == "poss" for c in t.children):
            return t
    return None


def _takes_named_place(clause: Span) -> Token | None:
    """A place taken, named as the verb's object (not a person: "captured Abu Musab" is no town)."""
    # ("retook" is sometimes tagged a noun; a noun with a direct object is the verb mistagged)
    return next((t for t in clause if taking(t) and t.pos_ in {"VERB", "NOUN"} and any(
        c.dep_ in {"dobj", "attr", "nsubjpass"} and c.pos_ == "PROPN" and not any(d.isdigit() for d in c.text)
        and c.ent_type_ not in {"PERSON", "ACTOR", "DATE"}
        for c in t.children)), None)  # fmt: skip


def taking(verb: Token) -> bool:
    """ "captured", "overran", and "took over" (not "took", which takes anything)."""
    over = verb.lemma_.lower() == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)
    return over or verb.lemma_.lower() in lx.TERRITORY_VERBS


def _head_at(clause: Span, start: int, end: int) -> Token:
    """The head word of a phrase found in the clause's text: "strike" in "a US drone strike"."""
    first, last = _token_at(clause, start), _token_at(clause, max(start, end - 1))
    return clause.doc[first.i : last.i + 1].root


def _mention(
    sentence: Span, clause: Span, new_event: bool, accident: bool, struck: str | None = None
) -> Mention | None:
    text = clause.text
    if lx.EXERCISE.search(sentence.text):
        return None
    remote_match = next(((sub, m) for pattern, sub in lx.REMOTE_PATTERNS if (m := pattern.search(text))), None)
    if remote_match and any(t.lemma_.lower() in lx.HAZARD_LEMMAS and t.pos_ == "NOUN" for t in clause):
        remote_match = None  # "a blast set off by a gas cylinder" (not "the rubble of the collapsed hall")
    if remote_match and accident and remote_match[1].group().lower().startswith(("blast", "explosion")):
        remote_match = None
    if remote_match and _named_for_a_case(_head_at(clause, *remote_match[1].span())):
        remote_match = None  # "the 2008 serial blasts case"
    development = next(((coded, m) for pattern, coded in lx.DEVELOPMENT_PATTERNS if (m := pattern.search(text))), None)
    if development and development[0][1] == "Disrupted weapons use":
        remote_match = None  # "troops found an IED": the bomb did not go off
    remote = remote_match[0] if remote_match else None
    if remote is None and development and development[0][0] == "Explosions/Remote violence":
        remote = development[0][1]  # "a suspected chemical attack on the town": the means, whatever the verb
    # "killed by Israeli fire during mass protests": a force's fire on a crowd is gunfire, not shelling
    shelled = None if remote or AT_A_CROWD.search(clause.text) else _state_fire(clause)
    if shelled is not None:
        remote = "Shelling/artillery/missile attack"  # "killed by Russian fire", "Russian strikes hit a village"
    # "The strike took place on Thursday in Kuru", "wounded in Friday morning's strike on the station": the strike
    # told before, named again where and when it happened
    flown = None if remote else _aircraft_struck(clause)
    if flown is not None:
        remote = "Air/drone strike"
    elif remote is None and struck is not None and (flown := _the_strike(clause)) is not None:
        remote = struck
    background = _background_verbs(clause)
    # "burned-out cars", "the murdered officers": a participle describing a thing reports no event of its own
    triggers = [(t, f) for t in clause if (f := _family(t)) and not _suppressed(t) and not _descriptive(t)
                and not (accident and _the_accident(t))]  # fmt: skip
    for phrase in (lx.FIRE_PHRASES.search(text), lx.OVERTAKE.search(text)):
        if phrase:
            # where the phrase names its deed apart ("declared the town liberated"), the deed is the trigger
            at = phrase.start("deed") if phrase.groupdict().get("deed") else phrase.start()
            triggers.append((_token_at(clause, at), "attack"))
    if taken := _takes_named_place(clause):
        triggers.append((taken, "attack"))
    if throwing := lx.THROWING_PHRASES.search(text):
        triggers.append((_token_at(clause, throwing.start()), "riot"))
    if gathering := lx.PROTEST_PHRASES.search(text):
        triggers.append((_token_at(clause, gathering.start()), "protest"))
    if control := lx.CROWD_CONTROL.search(text):
        triggers.append((_token_at(clause, control.start()), "protest"))
    if remote_match:
        triggers.append((_head_at(clause, remote_match[1].start(), remote_match[1].end()), "remote"))
    elif shelled is not None:
        triggers.append((shelled, "remote"))
    elif flown is not None:
        triggers.append((flown, "remote"))
    if development:
        head = _head_at(clause, development[1].start(), development[1].end())
        if not _suppressed(head) and not (accident and _the_accident(head)) and not _judged(head):
            if development[0][1] == "Disrupted weapons use":
                # "defused a pipe bomb": the bomb named in the finding is no attack
                first, last = clause.start_char + development[1].start(), clause.start_char + development[1].end()
                triggers = [(t, f) for t, f in triggers if not first <= t.idx < last]
            triggers.append((head, "development"))
    triggers = [(t, f) for t, f in triggers if t.i not in background and governing_verb(t).i not in background]
    if not triggers and (claim := CLAIM.search(text)) and not NO_CLAIM.search(text):
        triggers.append((_token_at(clause, claim.start()), "claim"))
    label = _note_label(sentence, clause)
    if label is not None and not triggers:
        triggers.append((clause[0], "development"))  # "Other: On 15 May, authorities found a mass grave in Izium"
    if not triggers:
        return None
    ranked = sorted(triggers, key=_rank)
    trigger, family = ranked[0]
    if remote and family in {"attack", "death"}:
        family = "remote"
    elif remote and family == "protest" and _where_the_deed_struck(trigger):
        family = "remote"  # "twin suicide bombings that killed 95 people at a peace rally": the rally was the target
    overtake = bool(lx.OVERTAKE.search(text) or taken) and not any(t.lemma_ in lx.CLAIM_VERBS for t in clause)
    creates = (
        (family not in {"death", "claim"} or overtake) and not _after_the_event(trigger) and not _the_dead(trigger)
    )
    retake = bool(lx.RETAKE.search(text))
    # "shot dead 25 protesters in Kuru, hours after demonstrators stormed the consulate in Dala": the earlier deed's
    # words tell the news neither its place nor its sides
    earlier = _after_earlier_clause(trigger)
    every = tuple(t for t, _ in triggers if earlier or not _after_earlier_clause(t))
    coded_as = development[0] if development and family == "development" else None
    families = frozenset(f for _, f in triggers)
    return Mention(sentence, clause, trigger, every, family, remote, overtake, retake, new_event, creates,
                   label or coded_as, families, labelled=label is not None,
                   told_beside=frozenset(coded for pattern, coded in lx.DEVELOPMENT_PATTERNS
                                         if development and pattern.search(text)))  # fmt: skip


def _where_the_deed_struck(trigger: Token) -> bool:
    """The gathering is told as where a deed struck ("at a peace rally", "on a march", "during a protest"), not as
    the clause's own deed."""
    return trigger.dep_ == "pobj" and trigger.head.lower_ in {"at", "on", "during", "near", "into", "targeting"}


# event nouns that name an event already told when the story goes on after it: "after the blasts", "since the attack"
TOLD_EVENT_NOUNS = frozenset(
    {"blast", "explosion", "attack", "bombing", "attacks", "bombings", "blasts", "raid", "ambush", "massacre",
     "killing", "killings", "fighting", "clash", "clashes", "violence"}
)  # fmt: skip


def _after_the_event(trigger: Token) -> bool:
    """ "Blood littered the square after the blasts, and shop owners swept up glass on Friday": the event told
    again, named with its article after "after" or "since", as the time of what followed."""
    return (
        trigger.pos_ == "NOUN"
        and (trigger.lemma_.lower() in TOLD_EVENT_NOUNS or trigger.lower_ in TOLD_EVENT_NOUNS)
        and trigger.dep_ == "pobj"
        and trigger.head.lower_ in {"after", "since", "following"}
        and any(
            c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "these", "those", "that"}
            for c in trigger.children
        )
        and not any(c.dep_ in {"prep", "acl", "relcl", "amod", "compound", "nummod"} for c in trigger.children)
    )


def _the_dead(trigger: Token) -> bool:
    """ "relatives of those killed gathered", "among those abducted were two nurses": the victims of an event told
    elsewhere, named by what befell them; they add to that event and open none."""
    return trigger.tag_ == "VBN" and trigger.dep_ == "acl" and trigger.head.lower_ == "those"


def _note_label(sentence: Span, clause: Span) -> tuple[str, str] | None:
    """The sub-event type an analyst's note names before its first clause: "Looting: On 21 December, ..."."""
    if clause.start_char > sentence.start_char + 60:
        return None
    found = lx.NOTE_LABEL.match(sentence.text)
    return lx.NOTE_LABELS.get(found.group("label").lower()) if found else None
