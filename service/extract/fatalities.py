"""Stage: how many died. Figures as reported, read conservatively ("at least 30" -> 30, "over 80" -> 80,
"up to 19" -> a high estimate), with who reported or claimed them. Wounded, missing and abducted people
are not fatalities."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from service.extract import lexicon as lx
from service.extract.places import dateline_end

_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_NUMBER = (
    rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{_TENS})[- ](?:{_UNITS})\b|a dozen|dozens|hundreds|scores|a hundred|"
    + "|".join(sorted((w for w in lx.NUMBER_WORDS if w not in {"a", "an"} and " " not in w), key=len, reverse=True))
    + r")"
)
_QUALIFIER = (
    r"(?:(?P<qual>at least|more than|over|up to|about|around|nearly|almost|some|as many as|no fewer than|not fewer "
    r"than|no less than|not less than|roughly|approximately|an estimated|close to|a total of|a further|another) )?"
)
_VICTIMS = r"(?:(?!(?:were|was|and|in|on|at|by|after|who|as)\b)[\w'-]+ ){0,6}?"
_DEATH = (
    r"(?:killed|dead|slain|died|murdered|massacred|executed|neutrali[sz]ed|lost their lives|perished|bodies"
    r"|beheaded|slaughtered|shot dead|lynched|burnt to death|burned to death|left dead|martyred|gunned down"
    r"|hacked to death|stabbed to death|beaten to death|stoned to death)"
)
_BE = (
    r"(?:(?:were|was|have been|had been|has been|are|been|being|reportedly|also|confirmed|later|all|now|next|then"
    r"|subsequently|eventually|instantly|immediately|either|initially) )*"
)
# "at least 11 villagers, a child among them, died": an aside between the victims and their death
_ASIDE = r"(?:[\w'-]+, (?!who|which|whose|where|when)[^,.;]{1,50}, )?"

PASSIVE = re.compile(rf"\b{_QUALIFIER}{_NUMBER} {_VICTIMS}{_ASIDE}{_BE}(?:had |have |has )?{_DEATH}\b", re.I)
ACTIVE = re.compile(
    rf"\b(?:(?:to have|to have been) )?(?:killing|killed|kills|kill|slaughtered|slaughtering|neutrali[sz]ed|"
    rf"neutrali[sz]ing|massacred|executed|"
    rf"claimed the lives of|claiming the lives of|(?:the )?deaths? of|shot dead|beheaded|lynched) +"
    rf"{_QUALIFIER}{_NUMBER}\b",
    re.I,
)
LIVES = re.compile(rf"\bclaim(?:ed|ing|s)? {_QUALIFIER}{_NUMBER} (?:more )?lives\b", re.I)  # "claimed six lives"
LEFT_DEAD = re.compile(rf"\b(?:left|leaving) {_QUALIFIER}{_NUMBER} {_VICTIMS}dead\b", re.I)
LEFT_DEAD_FIRST = re.compile(rf"\b(?:left|leaving) dead {_QUALIFIER}{_NUMBER}\b", re.I)  # "left dead five rebels"
# (not "the toll plaza at about 6:50pm": a fee for the road)
ROAD_TOLL = r"(?! (?:gate|plaza|road|booth|bridge|station|house|fee|highway)s?\b)"
TOLL = re.compile(rf"\b(?:death toll|toll{ROAD_TOLL}) (?:\w+ ){{0,3}}?(?:rose to|of|stood at|is|was|reached|climbed to"
                  rf"|at) {_QUALIFIER}{_NUMBER}\b", re.I)  # fmt: skip
# "the death toll from a truck bomb that ripped through the market on Saturday has risen to 80", "the number of
# people killed in Friday's attack has risen to 137"
TOLL_RISEN = re.compile(rf"\b(?:(?:death )?toll|number of (?:people |those )?(?:killed|dead|deaths|victims)|death count"
                        rf")\b[^.;]{{0,140}}?\b(?:(?:has|had|have) "
                        rf"(?:risen|climbed|jumped|increased)|rose|climbed|jumped|increased) to "
                        rf"{_QUALIFIER}{_NUMBER}\b", re.I)  # fmt: skip
# "raising the death toll from a suicide bombing there to 100", "bringing the toll to 12"
TOLL_RAISED = re.compile(rf"\b(?:rais|bring|push|tak)(?:ing|ed|es|e)? the (?:death )?toll\b[^.;]{{0,100}}?\bto "
                         rf"{_QUALIFIER}{_NUMBER}\b", re.I)  # fmt: skip
# an analyst's note counts them: "5 fatalities.", "Fatalities: 5"
COUNTED = re.compile(rf"\b{_QUALIFIER}{_NUMBER} (?:reported )?fatalit(?:y|ies)\b", re.I)
LABELLED = re.compile(rf"\bfatalities ?[:=-] ?{_QUALIFIER}{_NUMBER}\b", re.I)
# "killing the commander, his deputy and eight others": the people named, and the others counted
OTHERS = re.compile(
    rf"\b(?:killing|killed|kills) (?P<named>(?:(?!\b(?:and|in|on|at|when|while|after)\b)[^.;:()]){{3,120}}?),? "
    rf"and {_QUALIFIER}{_NUMBER} others?\b(?! than\b)(?: (?:people|persons|civilians|soldiers|passengers)\b)?",
    re.I,
)
# "70 people were killed in Kuru and 30 in Dala": a toll told place by place, the verb said once
GAPPED = re.compile(
    rf"\b{_DEATH} (?:in|at) [A-Z][\w'-]*(?: [A-Z][\w'-]*){{0,3}},? and {_QUALIFIER}{_NUMBER} (?:in|at) [A-Z]"
)
# "Kuru lost 16 people and Dala nine": the dead of a place or a side, counted as lost
LOST = re.compile(
    rf"\blos(?:t|ing|es) {_QUALIFIER}{_NUMBER} (?:of (?:its|their) )?(?:[\w-]+ )?(?:people|persons|lives|men|members"
    rf"|residents|villagers|inhabitants|civilians|soldiers|officers|policemen|fighters|troops|children|women)\b",
    re.I,
)
# the figure of the next place, the verb said once: "... lost 16 people and Dala nine"
LOST_GAPPED = re.compile(
    rf"\blos(?:t|ing|es) [^.;]{{1,40}}?,? and (?:the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*){{0,3}} {_QUALIFIER}{_NUMBER}\b"
)
COUNT_FIRST = re.compile(rf"{_QUALIFIER}{_NUMBER}\b", re.I)  # "killing two soldiers and three others" counts both
# "ten policemen and the civilian driver were killed": a count, and one more told by name
AND_ONE = re.compile(
    rf"\b{_QUALIFIER}{_NUMBER} {_VICTIMS}and (?:a|an|the|one|his|her|their) "
    rf"(?!(?:number|few|dozen|handful|group|lot|host|score)\b)(?:[\w-]+ ){{0,2}}?[\w-]+ "
    rf"{_BE}(?:had |have |has )?{_DEATH}\b",
    re.I,
)
# "shot dead a local elder": one death
SINGLE = re.compile(
    r"\b(?P<num>(?:killing|killed|kills|shot dead|shooting dead|beheaded|murdered|executed|lynched|claimed the life"
    r" of|claiming the life of|(?:beat|beating|hacked|hacking|stabbed|stabbing|stoned|stoning|burnt|burned) to death"
    r"|gunned down|gunning down|martyred) an? )"
    # "killed an unknown number of rebels": a count not given is no death of one
    r"(?!(?:(?:unknown|unstated|unspecified|undisclosed|undetermined|unconfirmed|indeterminate|untold|large|small"
    r"|significant|great|certain|high|huge|considerable) )?(?:number|total|dozen|few|handful|lot|group|series|spate"
    r"|wave|string)\b)",
    re.I,
)
ALSO = re.compile(rf"^[\w'\- ]{{0,40}}?\b(?:along with|as well as|and) {_QUALIFIER}{_NUMBER}\b", re.I)
PART_OF = re.compile(r"\s+of (?:those|the|them|whom|these|which|the dead)\b", re.I)
EARLY_COUNT = re.compile(
    r"\b(?:initial(?:ly)?|early (?:count|toll|tally|figures?|reports?)|earlier (?:count|toll|tally|figures?|reports?)"
    r"|preliminary|first (?:count|toll|tally|figures?|reports?))\b",
    re.I,
)
# A sentence that tells the count that replaced the earlier ones: "the toll rose to 37", "in an updated statement".
REVISED_COUNT = re.compile(
    r"\b(?:(?:toll|tally|count|number of (?:the )?dead)\b[^.;]{0,40}?\b(?:rose|risen|rising|climbed|jumped"
    r"|increased|grew|reached|was revised|has been revised|now stands)|(?:updated|revised|latest|new) (?:death )?"
    r"(?:toll|tally|count|figures?|statement|report)|has (?:since )?risen to"
    r"|later (?:raised|revised|put) the (?:death )?toll)\b",
    re.I,
)
ALSO_WORD = re.compile(r"\balso\b", re.I)
# "one other woman later died", "two more bodies": a part of the dead, told besides those counted before, and no
# toll of its own ("two more than" compares)
BESIDES_AFTER = re.compile(r"\s+(?:other|more|further)\b(?!\s+than\b)", re.I)
# "two of the attackers were also killed": a part of the attackers, not of the dead
PART_OF_SIDE = re.compile(r"\s+of (?:the|their) (?P<side>(?:[\w-]+ ){0,2}?[\w-]+)", re.I)
PART_BEFORE = re.compile(r"\b(?:including|among them|among whom|among the dead(?: were)?|of whom)\s+$", re.I)
# "the soldier, two forestry agents, two customs officials and a civilian died": the figure ends a list of
# victim groups, so it counts one group, not the dead
LISTED_BEFORE = re.compile(r"[\w'-]+(?:,| and| as well as)\s+$", re.I)
# "In Kuru, 31 people were killed", "In the town of Kuru, the district's seat, 10 died": a sentence that opens on
# where it happened, not a list of victim groups
INTRODUCED = re.compile(r"^\s*(?:in|at|near|outside|around|on|from|across)\b[^,;]{1,60},(?: [^,;]{1,60},)?\s*$", re.I)
# "more than 40", "over 80": a floor that an exact count above it does not contradict
FLOORS = frozenset({"more than", "over", "no fewer than", "not fewer than", "no less than", "not less than"})
BODIES = re.compile(r"\b(?:bodies|corpses|graves)\b", re.I)
VAGUE = frozenset({"dozens", "scores", "hundreds"})
SOURCE_VERBS = frozenset({"say", "claim", "report", "tell", "confirm", "state", "announce", "add"})


@dataclass(frozen=True, slots=True)
class Figure:
    value: int
    high_only: bool  # "up to 19": an upper estimate
    start: int  # character offsets into the article
    end: int
    source: str | None
    partial: bool = False  # "one of those killed", "including two soldiers": a part of another figure
    vague: bool = False  # "dozens", "hundreds": a magnitude, not a count
    floor: bool = False  # "more than 40": the dead were at least one more
    found: bool = False  # "29 bodies", "42 graves": what one witness saw, which a toll of the dead outranks
    side: str | None = None  # whose dead: "armed" (militants), "forces" (soldiers), "civilians"; None: "people"
    added: bool = False  # "three soldiers were also killed", "two of the attackers": dead besides the others
    early: bool = False  # "an early count had put the toll at 20": a figure a later count replaced
    revised: bool = False  # "the toll rose to 37", "an updated statement said 37 had died": the count that replaced
    ranked: bool = False  # "a seventh child died": the toll told before has risen by one to this


QUOTES = str.maketrans({'"': " ", "\u201c": " ", "\u201d": " ", "\u2018": " "})


def _number(text: str) -> int | None:
    text = text.lower().replace(",", "")
    if text.isdigit():
        return int(text)
    tens, _, units = text.replace("-", " ").partition(" ")
    if units and tens in _TENS.split("|") and units in _UNITS.split("|"):
        return lx.NUMBER_WORDS[tens] + lx.NUMBER_WORDS[units]  # "forty-one"
    return lx.NUMBER_WORDS.get(text)


def _source(sentence: Span) -> str | None:
    """Who the sentence attributes its content to: the subject of its reporting verb."""
    for token in sentence:
        if token.pos_ == "VERB" and token.lemma_.lower() in SOURCE_VERBS:
            subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is not None and subject.lower_ not in {"it", "he", "she", "they", "we", "i"}:
                words = [t for t in subject.subtree if t.dep_ not in {"appos", "relcl"}][:6]
                return " ".join(t.text for t in words)
    match = re.search(r"according to ((?:the )?[\w ]{2,40}?)(?:[,.]|$)", sentence.text, re.I)
    return match.group(1) if match else None


# "more than 3,000 people have been killed since the insurgency flared in 2012": a toll of years, not of one event
# "the deadliest attack since the war began": "since" ranks the event among others, it counts nothing since
RANKED = re.compile(r"\b(?:deadliest|worst|bloodiest|biggest|largest|heaviest|most \w+)\b[^,.;]{0,40}$", re.I)
CUMULATIVE = re.compile(
    r"\bsince (?:(?:19|20)\d\d|the (?:[\w-]+ ){0,2}?(?:insurgency|conflict|war|uprising|crisis|revolution|start"
    r"|beginning|outbreak|invasion)|(?:the |it |they |this )?[\w-]+ (?:began|started|erupted|flared|broke out))"
    r"|\bso far this year\b|\bthis year alone\b"
    # "a five-year civil war, in which some 400,000 people died": the war's toll
    r"|\b(?:war|conflict|insurgency|genocide|rebellion),? in which\b",
    re.I,
)


def find_figures(clause: Span, sentence: Span) -> list[Figure]:
    """Fatality figures in one clause; several victim groups in one phrase are summed."""
    text, base = re.sub(r"\s", " ", clause.text.translate(QUOTES)), clause.start_char
    if (filed := dateline_end(clause)) is not None:
        text = " " * (filed - base) + text[filed - base :]  # "YALA, Nov 6 - Fifteen people": 6 is the day filed
    figures: list[Figure] = []
    taken: list[tuple[int, int]] = []
    source = _source(sentence)
    singles: set[int] = set()
    early = bool(EARLY_COUNT.search(sentence.text))  # every figure of a sentence that tells an early count
    revised = not early and bool(REVISED_COUNT.search(sentence.text))
    if any(
        not RANKED.search(clause.text[max(0, m.start() - 50) : m.start()]) for m in CUMULATIVE.finditer(clause.text)
    ):
        return []
    for pattern in (OTHERS, AND_ONE, ACTIVE, PASSIVE, LEFT_DEAD, LEFT_DEAD_FIRST, TOLL, TOLL_RISEN, TOLL_RAISED,
                    COUNTED, LABELLED, LIVES, LOST, SINGLE):  # fmt: skip
        for match in pattern.finditer(text):
            span = match.span("num")
            if any(s <= span[0] < e for s, e in taken):
                continue
            value = 1 if pattern is SINGLE else _number(match.group("num"))
            if value is None:
                continue
            if pattern is SINGLE:
                singles.add(base + match.start())
            elif pattern is OTHERS:
                if COUNT_FIRST.match(match.group("named")):
                    continue  # "killing two soldiers and three others": counts both, which ACTIVE reads
                value += match.group("named").count(",") + 1
                taken.append(match.span())  # the people named are counted here, not one by one again
            elif pattern is AND_ONE:
                value += 1
                taken.append(match.span())
            taken.append(span)
            high = (match.groupdict().get("qual") or "").lower() == "up to"
            if pattern is ACTIVE:
                tail = ALSO.match(text[match.end() :])
                if tail and (extra := _number(tail.group("num"))) is not None:
                    value += extra
                    taken.append((match.end() + tail.start("num"), match.end() + tail.end("num")))
            before = text[: span[0]]
            listed = pattern is PASSIVE and bool(LISTED_BEFORE.search(before)) and not INTRODUCED.search(before)
            if listed and (groups := _groups_before(before)) is not None:
                # "4 soldiers and 9 militants were killed": 13, still a part where a total is told beside it ("Nine
                # were killed ...; a teacher, two farmers and four traders died at the market")
                value += groups
            of_side = PART_OF_SIDE.match(text[span[1] :])
            side = _side(of_side.group("side")) if of_side else _side(_victims(pattern, match, text))
            partial = (bool(PART_OF.match(text[span[1] :]) and not (of_side and side == "armed"))
                       or bool(PART_BEFORE.search(before)) or listed
                       or bool(BESIDES_AFTER.match(text[span[1] :])))  # fmt: skip
            vague = match.group("num").lower() in VAGUE
            qualifier = (match.groupdict().get("qual") or "").lower()
            found = pattern is PASSIVE and bool(BODIES.search(match.group(0)))
            added = (
                bool(of_side and side)
                or qualifier in {"another", "a further"}
                or bool(
                    ALSO_WORD.search(match.group(0))
                    or ALSO_WORD.search(text[max(0, match.start() - 6) : match.start()])
                )
            )
            figures.append(Figure(value, high, base + match.start(), base + match.end(), source, partial, vague,
                                  qualifier in FLOORS, found, side, added, early, revised=revised))  # fmt: skip
    for match in GAPPED.finditer(text):
        span = match.span("num")
        value = _number(match.group("num"))
        if value is None or any(s <= span[0] < e for s, e in taken):
            continue
        taken.append(span)
        # a part of the toll, the place's: the total is the figure told with the verb, unless each place has its own
        figures.append(Figure(value, False, base + span[0], base + span[1], source, partial=True, early=early,
                              revised=revised))  # fmt: skip
    for match in LOST_GAPPED.finditer(text):
        span = match.span("num")
        value = _number(match.group("num"))
        if value is not None and not any(s <= span[0] < e for s, e in taken):
            taken.append(span)  # the next place's own dead, as many as its figure says
            figures.append(Figure(value, False, base + span[0], base + span[1], source, early=early, revised=revised))
    if not figures or all(f.value == 1 and f.start in singles for f in figures):
        # "killing a woman and her son": the people told one by one, when no figure counts them
        named = _one_named(clause, source)
        if not figures or (named and named[0].value > 1):
            figures = named
    return figures


FORCE_VICTIMS = (
    lx.MILITARY_NOUNS
    | lx.POLICE_NOUNS
    | {
        "officer",
        "personnel",
        "serviceman",
        "servicemen",
        "guard",
        "policemen",
        "soldiers",
        "gendarmes",
        "troop",
        "trooper",
    }
)
GENERIC_VICTIMS = frozenset({"people", "person", "persons", "others", "individuals", "more"})


def _victims(pattern: re.Pattern[str], match: re.Match[str], text: str) -> str:
    """The words that say who died: between the figure and the death ("21 insurgents were killed"), or after
    the figure where the verb comes first ("killing 21 insurgents")."""
    if pattern in (PASSIVE, LEFT_DEAD, LOST):
        return text[match.end("num") : match.end()]
    if pattern in (ACTIVE, SINGLE, LEFT_DEAD_FIRST):
        return " ".join(text[match.end() :].split()[:4])
    return ""


def _side(words: str) -> str | None:
    """Whose dead a figure counts, from the first noun that tells it; None for people in general."""
    head = re.split(r"[,;(]| including | among ", words.lower(), maxsplit=1)[0]  # "11 people, including gunmen"
    for word in re.findall(r"[a-z-]+", head):
        singular = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
        if word in GENERIC_VICTIMS:
            return None
        if word in lx.ARMED_GENERIC or singular in lx.ARMED_GENERIC:
            return "armed"
        if word in FORCE_VICTIMS or singular in FORCE_VICTIMS:
            return "forces"
        if word in lx.CIVILIAN_NOUNS or singular in lx.CIVILIAN_NOUNS:
            return "civilians"
    return None


# one victim group of a list: "4 soldiers", "two village heads", "a civilian", "the driver"
GROUP = re.compile(rf"^(?:{_QUALIFIER}{_NUMBER}|(?P<one>an?|one|the)) (?:[\w'-]+ ){{0,3}}?(?P<noun>[\w'-]+)$", re.I)
LIST_SEPARATORS = re.compile(r",? and |, | as well as ")


def _groups_before(before: str) -> int | None:
    """The dead of the victim groups listed before a figure ("4 soldiers and", "two officials, a driver and"), or
    None when a group of the list gives no count ("the soldier's men and")."""
    head = LISTED_BEFORE.search(before)
    if head is None:
        return None
    parts = LIST_SEPARATORS.split(before[: head.end()].rstrip().removesuffix(",").removesuffix(" and")
                                  .removesuffix(" as well as").rstrip())  # fmt: skip
    total, counted = 0, 0
    for part in reversed(parts[-6:]):
        words = part.strip().split()
        match = GROUP.match(" ".join(words[-6:])) if words else None
        if match is None:
            break
        if match.group("one"):
            if match.group("noun").lower().endswith("s"):
                return None  # "the soldiers": how many is not told
            total += 1
        else:
            value = _number(match.group("num"))
            if value is None or match.group("num").lower() in VAGUE:
                return None
            total += value
        counted += 1
        if not GROUP.match(part.strip()):
            break  # the group begins the list: "Gunmen killed 4 soldiers" is not itself a group
    return total if counted else None


QUANTITY_NOUNS = frozenset(
    {"number", "total", "dozen", "few", "handful", "lot", "group", "series", "spate", "wave", "string", "score"}
)
KILL_LEMMAS = frozenset({"kill", "assassinate", "murder", "execute", "behead", "slay", "lynch", "martyr"})
DIE_LEMMAS = frozenset({"die", "succumb", "perish"})
SINGULAR_TAGS = frozenset({"NN", "NNP"})


def _one_named(clause: Span, source: str | None) -> list[Figure]:
    """One death told by who died, not by a number: "a drone strike killed Qasem Soleimani", "a journalist was
    killed", "Abbas al-Debs was allegedly killed", "a mob beat a shopkeeper to death"."""
    for token in clause:
        lemma = token.lemma_.lower()
        if token.pos_ != "VERB" or (lemma not in KILL_LEMMAS | DIE_LEMMAS and not _to_death(token)
                                    and not _shot_dead(token)):  # fmt: skip
            continue
        passive = token.tag_ == "VBN" and any(a.dep_ == "auxpass" for a in token.children)
        roles = {"nsubj"} if lemma in DIE_LEMMAS else {"nsubjpass"} if passive else {"dobj"}
        victim = next((c for c in token.children if c.dep_ in roles), None)
        if victim is None or (lemma in DIE_LEMMAS and _told_also(token)):
            continue  # "the motorcyclist carrying them also died": one more than a toll told before
        # "killing a woman and her son": one each, when every one of them is one person
        victims = [victim, *victim.conjuncts]
        if any(v.tag_ not in SINGULAR_TAGS or any(c.dep_ == "nummod" for c in v.children) for v in victims):
            continue
        if any(v.lemma_.lower() in QUANTITY_NOUNS or any(c.dep_ == "prep" and c.lower_ == "of" for c in v.children)
               for v in victims):  # fmt: skip
            continue  # "killed a number of soldiers", "a group of herders"
        if all(_one_person(v) for v in victims):
            start, end = token.idx, token.idx + len(token)
            # "a seventh child died of her wounds overnight": the toll has risen to seven
            told = _ordinal(victim) if len(victims) == 1 else None
            # "an army general was also killed": a death of one side besides the dead told before
            also = _told_also(token)
            # "the motorcyclist was killed as well": a person of no armed side, killed besides those told before
            side = (_side(" ".join(t.text for v in victims for t in v.subtree)) or "civilians") if also else None
            return [Figure(told or len(victims), False, start, end, source, side=side, added=side is not None,
                           ranked=told is not None)]  # fmt: skip
    return []


def _told_also(verb: Token) -> bool:
    """ "was also killed", "was killed as well", "died too": besides the dead told before."""
    return any(
        c.lower_ in {"also", "too"} or (c.lower_ == "well" and any(a.lower_ == "as" for a in c.children))
        for c in verb.children
    )


ORDINALS = {
    word: number
    for number, word in enumerate(
        ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
         "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"],
        start=2,
    )
}  # fmt: skip
NUMBERED = re.compile(r"(?P<n>\d{1,3})(?:st|nd|rd|th)")


def _ordinal(victim: Token) -> int | None:
    """ "a seventh child", "the 12th victim": the victim's rank among the dead, which is their number."""
    for modifier in victim.children:
        if modifier.dep_ != "amod" or modifier.i > victim.i:
            continue
        numbered = NUMBERED.fullmatch(modifier.lower_)
        value = int(numbered.group("n")) if numbered else ORDINALS.get(modifier.lower_)
        if value is not None and value > 1:
            return value
    return None


def _shot_dead(verb: Token) -> bool:
    """ "shot dead journalist John Gatluak", "gunned down a chief": the deed killed whom it names (the parser hangs
    "dead" on the verb or on the victim)."""
    if verb.lemma_.lower() == "gun":
        return any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
    if verb.lemma_.lower() != "shoot" or verb.i + 1 >= len(verb.doc):
        return False
    return verb.doc[verb.i + 1].lower_ == "dead"


def _to_death(verb: Token) -> bool:
    """ "a mob beat a factory manager to death", "was stabbed to death": the deed killed whom it names."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
               for c in verb.children)  # fmt: skip


def _one_person(token: Token) -> bool:
    """ "a journalist", "the driver", "her son", "Qasem Soleimani": one person, told by who died."""
    if token.ent_type_ == "PERSON":
        return True
    return any(c.dep_ in {"det", "poss"} and c.lower_ in {"a", "an", "the", "her", "his", "their", "its"}
               for c in token.children) and token.ent_type_ not in {"ORG", "GPE", "NORP"}  # fmt: skip
