"""Stage: where. Toponyms in a clause (named entities and proper nouns in a locative frame), the article's
country context, and the resolution of toponyms to gazetteer places."""

from __future__ import annotations

import dataclasses
import itertools
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from service.extract import lexicon as lx
from service.extract.docs import text_of
from service.extract.mentions import in_motive, related, taking
from service.extract.resources import actor_dictionary, countries
from service.gazetteer.names import fold
from service.gazetteer.sources import (
    STATE_COUNTRIES,
    admin1_aliases,
    admin1_countries,
    admin1_owners,
    region_keys,
    regions,
)

LOCATIVE_PREPOSITIONS = frozenset(
    {
        "in",
        "at",
        "near",
        "into",
        "outside",
        "around",
        "across",
        "on",
        "including",
        "from",
        "between",
        "inside",
        "through",
    }
)
NOUN_SUFFIXES = lx.PLACE_NOUNS | lx.AREA_NOUNS
WATER_WORDS = frozenset(
    {"lake", "river", "gulf", "sea", "bay", "strait", "basin", "mount", "mountains", "lac", "fleuve", "golfe", "mer",
     "mont", "monts"}
)  # fmt: skip


def names_water(name: str) -> bool:
    """ "Lake Ruritania", "the Gulf of Guinea", « lac Ruritanie »: a lake, a river, a sea or a mountain."""
    words = fold(name).split()
    return bool(words) and (
        words[0] in WATER_WORDS or (words[0] == "the" and len(words) > 1 and words[1] in WATER_WORDS)
    )


# words of the names of organisations and meetings, never of a town's
ORGANISATION_WORDS = frozenset(
    {"development", "union", "commission", "council", "organisation", "organization", "movement", "alliance",
     "association", "agency", "ministry", "bank", "fund", "federation", "coalition", "summit", "forum",
     "tribunal", "committee", "secretariat", "institute", "foundation"}
)  # fmt: skip
DIRECTIONS = frozenset(
    {"the", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "north-east",
     "north-west", "south-east", "south-west", "northeast", "northwest", "southeast", "southwest", "-"}
)  # fmt: skip
REPORTED_FROM = re.compile(r"\b(?:reports?|reporting|speaking|dispatch(?:es)?|calls?) from\s*$")
NEAR_AFTER_PLACE = re.compile(
    r"\w, (?:near|close to|not far from|outside|on the outskirts of)(?: the (?:town|city) of)? $"
)
ROAD_ENDS = re.compile(
    r"\b(?:road|roads|highway|motorway|route|railway|rail line|corridor|artery|supply line)s? (?:that )?"
    r"(?:linking|links|connecting|connects|joining|joins)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:(?:with|and|to)\s+(?:[\w'-]+\s+){0,3}?)?$",
    re.I,
)
# where travellers were going is not where they were struck: "a bus carrying pilgrims from the shrine to Dala",
# "on its way to Dala", "bound for Kuru"; nor where people fled or the wounded were taken: "residents who fled to the
# nearby town of Dala", "the wounded were taken to health centres in Kuru"
DESTINATION = re.compile(
    r"(?:\bon (?:its|their|his|her|the) way to|\ben route to|\bbound for|\bhead(?:ing|ed) (?:to|for|towards)"
    r"|\b(?:fled|fleeing|sought refuge|took refuge|evacuated|taken|rushed|airlifted|transported)"
    r"(?: [^.;:,]{0,40}?)? (?:to|in|into)(?: the nearby| nearby| the neighbouring| neighbouring| the neighboring)?"
    r"|\b(?:bus|buses|minibus|vehicle|convoy|truck|train|boat|car|passengers?|travell?ers?|pilgrims?|devotees|"
    r"commuters)\b[^.;:]{0,60}?\b(?:from|of) [^.;:,]{1,50}? to)\s+(?:the (?:town|city|village|base camp) of\s+)?$",
    re.I,
)
POSSESSIVES = frozenset({"'s", "\u2019s", "'", "\u2019"})
# what a government has or does, that a capital's name stands for: "Tehran's influence", "Moscow's backing"
STATE_DEEDS = frozenset({"influence", "policy", "backing", "support", "ally", "role", "decision", "interference",
                         "involvement", "meddling", "proxy", "stance", "position", "response", "demand", "approval",
                         "order", "sanction", "pressure", "envoy", "ambassador"})  # fmt: skip
# lower-case words that begin a place's name: "al-Busayrah", "el Fasher", "de la Paz"
NAME_PARTICLES = frozenset(
    {"al", "el", "ad", "ar", "as", "an", "ash", "at", "az", "ed", "en", "es", "la", "le", "les", "de", "del", "della",
     "di", "da", "do", "dos", "das", "des", "du", "van", "von", "bin", "ibn", "abu", "bir", "ain", "tal", "wadi"}
)  # fmt: skip
SKIP_WORDS = (
    frozenset(lx.WEEKDAYS)
    | frozenset(lx.MONTHS)
    | frozenset(m[:3] for m in lx.MONTHS)  # "IMPHAL, Jul 3:"
    # a bulletin's day: "Attack, Sun 5 May" ("Mon" is also a state of Myanmar)
    | {"tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
    | {"sept", "god", "islam", "muslim", "christian"}
    # a saint's title cut from the church or town it begins: "stormed St. Francis Catholic Church"
    | {"st", "st.", "ste", "ste.", "saint", "sainte"}
    # faiths and sects describe a neighbourhood's people, not where it is: "the predominantly Shiite district of Dala"
    | {"shiite", "shia", "shiites", "sunni", "sunnis", "alawite", "druze", "sufi", "hindu", "sikh", "jewish"}
    | {"catholic", "protestant", "orthodox", "coptic", "yazidi", "ahmadi", "christians", "muslims"}
    # what a name ends with when it names a gathering, not a place: "Pentecost Mass", "the Unity Festival"
    | {"mass", "service", "prayers", "vigil", "funeral", "festival", "ceremony", "celebration", "summit", "conference"}
    # feasts and holidays: "on New Year's Day", "over Easter"
    | {"new year", "christmas", "easter", "ramadan", "eid", "diwali", "thanksgiving", "hanukkah", "passover"}
    # news agencies, in brackets after a dateline: "KANO (Reuters) -"
    | {
        "reuters",
        "afp",
        "ap",
        "ani",
        "pti",
        "ians",
        "xinhua",
        "upi",
        "dpa",
        "efe",
        "anadolu",
        "bernama",
        "kyodo",
        "yonhap",
        "tass",
        "bloomberg",
        "apa",
        "aps",
        "mena",
        "wafa",
        "irna",
        "sana",
        "nna",
        "kuna",
        "qna",
        "spa",
    }
)


@dataclass(frozen=True, slots=True)
class Toponym:
    text: str
    query: str  # what to look up: the name with its region word, if any ("Borno State")
    start: int  # character offsets into the article
    end: int
    area: bool  # names a region or a country rather than a settlement
    country: str | None  # set when the toponym is a country name
    listed: bool  # one of several places listed together ("Binoli, Kayes and Sandere")
    reference: bool  # a landmark used to locate another place ("32km away from Biu")
    # a place only where the gazetteer knows it as a town: the town an institution is named with ("outside the
    # Dhaka University campus"; institutions are also named after people: "Ahmadu Bello University"), and a name
    # the tagger took for an organisation that is attacked ("gunmen attacked Kuru", but "attacked MTN's mast")
    gazetteer_only: bool = False
    within: str | None = None  # the country it is told as a part of: "Yemen's Kuru port"


def _coordinated(token: Token) -> bool:
    """ "Tambuzi, Quifuque and Vamizi" is a list; "Upper Sangay, Brgy Anomar, Surigao City" (no "and") is one
    address, from the village up."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    group = [first, *(t for t in first.subtree if t.dep_ == "conj")]
    return any(c.dep_ == "cc" and c.lower_ in {"and", "or", "&"} for t in group for c in t.children)


def _chunk(token: Token) -> tuple[int, int, int]:
    """The proper-noun run around a token, as (start, end, lead): consecutive proper nouns and compounds,
    cut after an institution word ("Government Secondary School Kankara" -> Kankara). `lead` is where the
    run began, which is where its preposition is."""
    doc = token.doc
    start = end = token.i
    # "in Kuru and Barkin Dala areas": the words of one name the tagger took for a person's stay together
    while start > 0 and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].lower_ in {"el", "al"}) and \
            (doc[start - 1].ent_type_ not in {"ACTOR", "PERSON"} or _same_name(doc[start])):  # fmt: skip
        start -= 1
    while end + 1 < len(doc) and doc[end + 1].ent_type_ != "ACTOR" and doc[end + 1].lemma_.lower() not in NOUN_SUFFIXES:
        following = doc[end + 1]
        compound = doc[end].dep_ == "compound" and doc[end].head.i > end
        if not (compound or (following.pos_ == "PROPN" and (following.ent_type_ != "PERSON" or _same_name(following)))):
            break
        end += 1
    if doc[end].text == "-" and not doc[end].whitespace_ and end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
        end += 1  # "Maarat al-Numan", however the tagger split the name it took for a person's
    while end > start and doc[end].text == "-":
        end -= 1  # "the Kuru-majority districts": the name ends before the hyphen
    start, end = _hyphenated(doc, start, end)
    lead = start
    for i in range(end, start - 1, -1):
        if doc[i].lower_ in lx.INSTITUTIONS:
            if i == end and i > start:
                end -= 1  # "Dhaka University": the town before the institution's word
            else:
                start = i + 1
            break
    return start, end + 1, lead


def _same_name(token: Token) -> bool:
    """The token goes on the person's name the tagger began with the word before it."""
    return token.ent_iob_ == "I" and token.ent_type_ == "PERSON" and token.pos_ == "PROPN"


# Lower-case words inside hyphenated names: "Kuru-au-Dala", "Tell al-Kuru", "Dar es-Kuru".
NAME_PARTICLES = frozenset({"al", "el", "au", "de", "la", "du", "des", "di", "da", "do", "le", "les", "ash", "as",
                            "ad", "an", "ar", "es", "en", "sur", "sous"})  # fmt: skip
ROUTE_NOUNS = frozenset({"road", "highway", "border", "axis", "route", "corridor", "railway", "line", "expressway"})


def _hyphenated(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """ "Kuru-Dala", "Ye-Ku", "Tell al-Kuru": a name the tokenizer cut at its hyphens is one name; "the
    Kuru-Dala highway" joins two towns by a road, and stays two names."""

    def joined(left: Token, hyphen: Token, right: Token) -> bool:
        return hyphen.text == "-" and not left.whitespace_ and not hyphen.whitespace_ and (
            right.is_title or right.is_upper or right.lower_ in NAME_PARTICLES) and not right.is_digit  # fmt: skip

    first, last = start, end
    while first >= 2 and joined(doc[first - 2], doc[first - 1], doc[first]) and (
            doc[first - 2].is_title or doc[first - 2].lower_ in NAME_PARTICLES):  # fmt: skip
        first -= 2
    while last + 2 < len(doc) and joined(doc[last], doc[last + 1], doc[last + 2]):
        last += 2
    if (first, last) == (start, end) or (last + 1 < len(doc) and doc[last + 1].lemma_.lower() in ROUTE_NOUNS):
        return start, end
    return first, last


DISTANCE_FROM = re.compile(
    r"\b\d[\d,.]* ?(?:km|kms|kilometres|kilometers|miles|mi)\.? (?:\(\d+ miles\) )?(?:to the )?"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)? of\s*$",
    re.I,
)
LIST_JOINERS = frozenset({",", "and", "&", "neighbouring", "neighboring", "nearby"})


def _shared_unit(doc: Doc, end: int) -> str | None:
    """The unit a list of names shares: "Kuru and Dala provinces", "the Bama and Gwoza areas", "Sukma and
    neighbouring Bijapur districts" -> "province", "area", "district" for every name of the list."""
    i, joined = end, False
    while i < len(doc) and i - end <= 8:
        token = doc[i]
        if token.lower_ in LIST_JOINERS:
            joined = joined or token.lower_ in {"and", "&"}
        elif not (token.is_title and token.pos_ in {"PROPN", "ADJ", "NOUN"}):
            break
        i += 1
    if not joined or i >= len(doc) or not _plural_unit(doc[i]):
        return None
    return doc[i].lemma_.lower()


def _plural_unit(token: Token) -> bool:
    """ "provinces", "areas", "states" (the tagger may take "states" after a name for a proper noun)."""
    word = token.lower_
    singular = word[:-1] if word.endswith("s") else word  # "Payams": the tagger may not lemmatise a name's unit
    lemma = token.lemma_.lower()
    units = lx.AREA_NOUNS | lx.PLACE_NOUNS
    return word.endswith("s") and ((lemma in units and lemma != word) or singular in units)


def _shares_unit_with_list(doc: Doc, start: int, end: int) -> bool:
    """The last name of such a list, followed by the plural unit: "... and Dala provinces"."""
    if end >= len(doc) or not _plural_unit(doc[end]):
        return False
    i = start - 1
    while i >= 0 and start - i <= 8 and (doc[i].is_title or doc[i].lower_ in LIST_JOINERS):
        if doc[i].lower_ in {"and", "&"}:
            return True
        i -= 1
    return False


def _names_institution(doc: Doc, end: int) -> bool:
    """The name is followed by an institution's word: "Dhaka University", "Kabul University's campus"."""
    return end < len(doc) and doc[end].lower_ in lx.INSTITUTIONS and doc[end].pos_ == "PROPN"


# buildings, not the places around them: the institutions less markets and camps, which name places too
FACILITY_NOUNS = (lx.INSTITUTIONS - {"market", "camp"}) | {
    "clinic", "cathedral", "temple", "jail", "hotel", "factory", "monastery", "synagogue", "centre", "center", "mall",
    "supermarket", "warehouse", "restaurant", "cafe", "bakery", "nightclub", "shrine", "chapel", "basilica"
}  # fmt: skip


def _names_facility(token: Token) -> bool:
    """ "the Okhmatdyt children's hospital", "the Al-Noor mosque": the word names a building, not a town."""
    node = token
    for _ in range(3):
        if node.dep_ not in {"compound", "poss", "amod", "nmod"} or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in FACILITY_NOUNS and node.pos_ == "NOUN":
            return True
    return False


def _institution_frame(doc: Doc, end: int, lead: int) -> bool:
    """ "at Dhaka University", "outside the Dhaka University campus": an institution named with its town, in a
    locative frame."""
    if not _names_institution(doc, end) or lead < 1:
        return False
    before = doc[lead - 1]
    if before.lower_ == "the" and lead > 1:
        before = doc[lead - 2]
    return before.lower_ in STRONG_PREPOSITIONS | {"on"}


def _trim_unit_words(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """ "Barangay Cabacnitan" -> Cabacnitan, "Gwer West Local Government" (Area) -> Gwer West: the name of an
    administrative unit without the unit's kind."""
    while end - start > 1 and (doc[start].lower_.rstrip(".") in lx.UNIT_PREFIXES or doc[start].text in POSSESSIVES):
        start += 1  # "Nigeria’s Zamfara state": the possessive belongs to the country before it
    while end - start > 1 and doc[end - 1].lower_ in lx.UNIT_WORDS:
        end -= 1
    return start, end


def _attached_to_person(token: Token) -> bool:
    """The name places a person rather than the event: "a resident of Maiduguri said", "the governor of Borno".
    Victims placed by a locative are the event's place: "killed 12 villagers in Gujba"."""
    node, depth = token.head, 0
    while depth < 5:
        # "members of the Kuru and Dala communities": people of a place, not where the event was
        if node.lemma_.lower() in lx.PERSON_ROLES | {"member"} and node.pos_ in {"NOUN", "PROPN"}:
            # "in Kuru and Dala": the second town hangs on the first, which the preposition heads; "in Kuru
            # district": the name hangs on its unit's noun
            first = token
            while first.dep_ in {"conj", "compound"} and first.head.i != first.i:
                first = first.head
            preposition = first.head if first.head.dep_ == "prep" else None
            victims = node.dep_ in {"dobj", "nsubjpass"} and node.head.pos_ == "VERB"
            # "abducted eight people, including the deputy mayor, in Kuru": set off by a comma, the place is the
            # clause's, whatever the parser hung it on
            aside = preposition is not None and preposition.i > 0 and token.doc[preposition.i - 1].text == ","
            locative = preposition is not None and preposition.lower_ in LOCATIVE_PREPOSITIONS
            return not (locative and (victims or aside))
        if node.pos_ == "VERB" or node.i == node.head.i:
            return False
        node, depth = node.head, depth + 1
    return False


# the words that describe a noun before it: "a small gold-mining community"
MODIFIERS = frozenset({"compound", "amod", "nmod", "npadvmod"})


def _appositive_place(doc: Doc, end: int) -> bool:
    """ "attacked Magami, a community in Faru District": the name is what the place noun after it says it is."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in {"a", "the", "an"}:
        return False
    following = doc[end + 2 : end + 5]
    # nouns only: "Ayaba Cho, a separatist leader based abroad" is no base
    if any(t.pos_ in {"NOUN", "PROPN"} and t.lemma_.lower() in lx.PLACE_NOUNS | lx.AREA_NOUNS for t in following):
        return True
    # "Solhan, a small gold-mining community": the noun the words before it describe
    head = next((t for t in doc[end + 2 : end + 9] if t.pos_ in {"NOUN", "PROPN"} and t.dep_ not in MODIFIERS), None)
    return head is not None and head.lemma_.lower() in lx.PLACE_NOUNS | lx.AREA_NOUNS


def _located_in_area(doc: Doc, end: int) -> bool:
    """ "gunmen attacked Solhan, in Yagha province": the name is located in a region, as only a place is."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "in":
        return False
    following = doc[end + 2 : end + 6]
    words = following[: next((i for i, t in enumerate(following) if t.is_punct), len(following))]
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in lx.AREA_NOUNS for t in words)


def _appositive_area(doc: Doc, end: int) -> str | None:
    """ "in Narathiwat, a province on the border": the region word the apposition names the place by."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in {"a", "the", "an"}:
        return None
    first_noun = next((t for t in doc[end + 2 : end + 5] if t.pos_ == "NOUN"), None)
    return first_noun.text if first_noun is not None and first_noun.lemma_.lower() in lx.AREA_NOUNS else None


def _bearing(doc: Doc, lead: int) -> bool:
    """ "north of Kismayo", "30 km south-west of Biu" (the place the event is measured from is still its area)."""
    return lead > 1 and doc[lead - 1].lower_ == "of" and doc[lead - 2].lower_ in DIRECTIONS - {"the", "-"}


def _locative(doc: Doc, start: int, end: int, lead: int) -> bool:
    before = doc[lead - 1] if lead > 0 else None
    after = doc[end] if end < len(doc) else None
    root = doc[start:end].root
    if _bearing(doc, lead) or _appositive_place(doc, end) or _institution_frame(doc, end, lead):
        return True
    if _in_admin_parenthesis(doc, start) or _taken_place(doc, start, end, lead):
        return True  # "Kitchanga (Masisi, Nord-Kivu)": the names in the brackets are its district and region
    if _shared_unit(doc, end) is not None:
        return True  # "the Khiam and Kfarhamam areas", as "the Khiam area"
    if root.dep_ == "conj" and (root.head.ent_type_ in {"GPE", "LOC"} or root.head.pos_ == "PROPN"):
        return True
    if after is not None and after.lemma_.lower() in lx.PLACE_NOUNS | lx.AREA_NOUNS:
        return True
    if root.dep_ == "compound" and root.head.i == end and _placed_attack(root.head):
        return True
    if after is not None and after.text == "'s" and end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
        return True
    if _attacked_name(doc, start, end):
        return True  # "gunmen attacked Damboa", "troops stormed Kidal": what is raided or overrun is a place
    if before is None:
        return False
    if before.lower_ in LOCATIVE_PREPOSITIONS or _country_possessive(doc, lead) or _announced_list(doc, lead):
        return True
    if before.lower_ == "of" and start > 1 and doc[start - 2].lemma_.lower() in lx.PLACE_NOUNS | lx.AREA_NOUNS:
        return True
    if before.lower_ == "of" and start > 1 and doc[start - 2].lower_ in PARTITIVES | TOWN_PARTS:
        return _part_of_place(doc, start)
    if before.lower_ in {",", "and"} and start > 1:
        return doc[start - 2].ent_type_ in {"GPE", "LOC"} or doc[start - 2].pos_ == "PROPN"
    return before.lower_ in {"nearby", "neighbouring", "neighboring"}


def _part_of_place(doc: Doc, start: int) -> bool:
    """ "swept through much of Aleppo", "seized large parts of the town of Kuru", "missiles struck the centre of
    Dala": the part is framed as a place, by a locative preposition or a verb that raids or strikes places ("a
    rally at the heart of the campaign" is none)."""
    part = doc[start - 2]
    framing = doc[part.left_edge.i - 1] if part.left_edge.i > 0 else None
    # "took control of most of Aleppo": the part a force holds
    controlled = framing is not None and framing.lower_ == "of" and framing.i > 0 and doc[framing.i - 1].lower_ == \
        "control"  # fmt: skip
    return framing is not None and (framing.lower_ in LOCATIVE_PREPOSITIONS or controlled
                                    or framing.lemma_.lower() in PLACE_TAKING_VERBS)  # fmt: skip


# The part of a town a missile or a crowd reached: "struck the centre of Kuru", "in the heart of Dala".
TOWN_PARTS = frozenset({"center", "centre", "heart", "downtown"})
# Words that take a part of a place: "much of Aleppo", "large parts of the city".
PARTITIVES = frozenset({"much", "most", "part", "parts", "swathes", "swaths", "all", "half", "whole", "rest"})
# Verbs whose object is a place when it is a name: people are killed or shot, places are raided and overrun.
PLACE_TAKING_VERBS = frozenset(
    {"attack", "assault", "raid", "storm", "invade", "overrun", "besiege", "ransack", "loot", "plunder", "torch",
     "bomb", "shell", "hit", "strike", "capture", "seize", "overpower", "bombard", "pound", "recapture", "retake",
     "occupy", "liberate", "reclaim"}
)  # fmt: skip
LEAVING_VERBS = frozenset({"leave", "flee", "exit", "depart"})
STRONG_PREPOSITIONS = frozenset(
    {"in", "at", "near", "into", "outside", "around", "across", "inside", "from", "between", "towards"}
)


def _strong_frame(doc: Doc, start: int, end: int, lead: int, *, attacked: bool = True) -> bool:
    """Only a place can stand here: "in X", "the village of X", "X village", "X State". Names the tagger took
    for a person or an organisation count as places only in such a frame (it often tags villages so)."""
    before = doc[lead - 1] if lead > 0 else None
    after = doc[end] if end < len(doc) else None
    if after is not None and after.lemma_.lower() in lx.PLACE_NOUNS | lx.AREA_NOUNS:
        return True
    if start > lead:
        return True  # the town an institution is named with: "Government Secondary School Kankara"
    if _appositive_place(doc, end) or _located_in_area(doc, end):
        return True  # "Tashar Bature, a village in Zamfara state", "attacked Solhan, in Yagha province"
    if _institution_frame(doc, end, lead):
        return True  # "outside the Dhaka University campus"
    if _continues_list(doc, lead):
        return True  # "three villages – among them Tse Abe, Tse-Ugbadu and Goh"
    if _shared_unit(doc, end) is not None:
        return True  # "the Khiam and Kfarhamam areas"
    if _admin_parenthesis_after(doc, end) or _in_admin_parenthesis(doc, start):
        return True  # an analyst's note: "Kyauktaw (Kyauktaw, Rakhine)", whatever the tagger took the names for
    if _target_of_on(before):
        return True  # "a raid on Tashar Bature", "dropped bombs on Kuru"
    if _taken_place(doc, start, end, lead):
        return True  # "recaptured Andriivka", "took control of Kidal": whatever the tagger took the name for
    if attacked and _attacked_name(doc, start, end):
        return True  # "gunmen attacked Kuru": the tagger's organisation or person, if the gazetteer knows the town
    if _country_possessive(doc, lead) or _bearing(doc, lead) or _announced_list(doc, lead):
        return True  # "Sudan's El-Obeid", "north of Kismayo", "three villages – Tse Abe, Tse-Ugbadu and Goh"
    root = doc[start:end].root
    if (
        root.dep_ == "conj"
        and root.head.i < start
        and (root.head.ent_type_ in {"GPE", "LOC"} or root.head.pos_ == "PROPN")
    ):
        head_start, head_end, head_lead = _chunk(root.head)
        if head_end <= start and _strong_frame(doc, head_start, head_end, head_lead):
            return True  # "between Gao and Ansongo"
        first = root.head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first.dep_ == "dobj" and first.head.lemma_.lower() in PLACE_TAKING_VERBS and not first.ent_type_:
            return True  # "attacked Damboa, Gujba and Biu": the tagger's person in a list of raided towns
    if before is None or doc[lead - 2 : lead].text.lower() in lx.TITLES or before.lower_ in lx.TITLES:
        return False
    if before.lower_ in STRONG_PREPOSITIONS:
        return True
    if before.lower_ == "of" and lead > 1 and doc[lead - 2].lower_ in TOWN_PARTS | PARTITIVES:
        return _part_of_place(doc, lead)  # "missiles struck the centre of Dala", whatever the tagger took it for
    return before.lower_ == "of" and start > 1 and doc[lead - 2].lemma_.lower() in lx.PLACE_NOUNS | lx.AREA_NOUNS


DROPPING_LEMMAS = frozenset({"drop", "rain", "fire", "launch", "hurl", "unleash", "lob"})


def _target_of_on(before: Token | None) -> bool:
    """ "on X" after an attack ("a raid on X") or after what is dropped or fired ("dropped munitions containing
    a nerve agent on X"), however the parser hung the preposition."""
    if before is None or before.lower_ != "on":
        return False
    node = before.head
    for _ in range(5):
        lemma = node.lemma_.lower()
        if lemma in lx.ATTACK_LEMMAS or (lemma in DROPPING_LEMMAS and node.pos_ == "VERB"):
            return True
        if (node.pos_ == "VERB" and node.dep_ != "acl") or node.head.i == node.i:
            return False  # up through what is dropped ("munitions containing ..."), not past the clause's verb
        node = node.head
    return False


def _attacked_name(doc: Doc, start: int, end: int) -> bool:
    """ "gunmen attacked Kuru", "vehicles leaving Kuru airport": what is raided, or left where the deed was done."""
    root = doc[start:end].root
    if root.dep_ == "dobj" and root.head.lemma_.lower() in PLACE_TAKING_VERBS:
        return True
    head = _phrase_head(root)  # "vehicles leaving Kuru International Airport"
    return head.dep_ == "dobj" and head.head.lemma_.lower() in LEAVING_VERBS


# settlements, not sites: "stormed Kuru and the neighbouring hamlet of Dala" ("attacked X and the army base" is not)
SETTLEMENT_NOUNS = frozenset(
    {"village", "town", "city", "community", "settlement", "locality", "hamlet", "neighbourhood", "neighborhood",
     "suburb", "township"}
)  # fmt: skip


def _listed_with_a_place(root: Token) -> bool:
    """ "the attackers struck Kuru and Dala", "stormed Kuru and the neighbouring hamlet of Dala": a name the tagger
    took for an organisation or a person, raided together with a place, is a village the gazetteer may lack."""
    first = root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    group = [first, *(t for t in first.subtree if t.dep_ == "conj")]
    for other in group:
        if other.i == root.i:
            continue
        if other.lemma_.lower() in SETTLEMENT_NOUNS:
            return True
        if other.pos_ == "PROPN" and other.ent_type_ not in {"PERSON", "ORG", "FAC", "ACTOR"} and not \
                countries().by_demonym.get(other.lower_):  # fmt: skip
            return True
    return False


def _phrase_head(token: Token) -> Token:
    """ "Kuru" in "Kuru International Airport": the head of the name the word begins."""
    while token.dep_ == "compound" and token.head.i > token.i and token.head.pos_ == "PROPN":
        token = token.head
    return token


def _taken_place(doc: Doc, start: int, end: int, lead: int) -> bool:
    root = doc[start:end].root
    taken = root.dep_ in {"dobj", "attr"} or (root.dep_ == "nsubjpass" and root.head.lemma_.lower() != "liberate")
    named = root.pos_ == "PROPN" and root.ent_type_ != "PERSON" and not any(c.isdigit() for c in root.text)
    if taken and taking(root.head) and named:
        return True  # "recaptured Andriivka", "Kuru was captured by the rebels"
    return lead > 1 and [t.lower_ for t in doc[lead - 2 : lead]] == ["control", "of"]


def _continues_list(doc: Doc, lead: int, depth: int = 0) -> bool:
    """The name follows, after a comma or "and", a name only a place could be."""
    if depth > 6 or lead < 2 or doc[lead - 1].lower_ not in {",", "and", "or"} or doc[lead - 2].pos_ != "PROPN":
        return False
    previous = lead - 2  # the first word of the name before: "Tse" of "Tse Abe", "Tse-Ugbadu"
    while previous > 0 and (doc[previous - 1].pos_ == "PROPN" or doc[previous - 1].text == "-"):
        previous -= 1
    return _announced_list(doc, previous) or _continues_list(doc, previous, depth + 1)


LIST_OPENERS = ("including", "namely", "among them", "amongst them", "such as", "notably")
LIST_HEAD_HOPS = 6  # "villages in Kuru district of Dala State": a noun, its preposition, their objects and compounds


def _announced_list(doc: Doc, lead: int) -> bool:
    """Places a place noun announces: "attacks on three villages – A, B and C", "the communities of: A, B",
    "three villages – among them A, B and C"."""
    i = lead
    for opener in LIST_OPENERS:
        words = opener.split()
        if i > len(words) and [t.lower_ for t in doc[i - len(words) : i]] == words:
            i -= len(words)
            break
    else:
        if lead > 1 and doc[lead - 1].text in {"\u2013", "\u2014", "-", ":", "--"}:
            return doc[lead - 2].lemma_.lower() in lx.PLACE_NOUNS or doc[lead - 2].lower_ in {"including", "namely"}
        return False
    if i > 1 and doc[i - 1].text in {"\u2013", "\u2014", "-", ":", "--", ","}:
        i -= 1
    if i > 0 and doc[i - 1].pos_ in {"VERB", "AUX"}:
        # "Seven towns were hit, among them A, B and C": the places the verb was told of
        told = [c for c in doc[i - 1].children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
        return any(t.lemma_.lower() in lx.PLACE_NOUNS for c in told for t in (c, *c.conjuncts))
    if i > 0 and doc[i - 1].lemma_.lower() in lx.PLACE_NOUNS:
        return True
    # "a raid on three villages in Kuru district of Dala State, among them A, B and C": the place noun the words
    # before the list hang from, through their prepositions
    token = doc[i - 1] if i > 0 else None
    for _ in range(LIST_HEAD_HOPS):
        if token is None or token.head.i == token.i or token.dep_ not in {"pobj", "prep", "compound", "appos"}:
            return False
        token = token.head
        if token.lemma_.lower() in lx.PLACE_NOUNS:
            return True
    return False


def _country_possessive(doc: Doc, lead: int) -> bool:
    return lead > 1 and doc[lead - 1].text in {"'s", "\u2019s"} and doc[lead - 2].ent_id_.startswith("country:")


def _names_a_group(span: Span) -> bool:
    """ "Ambazonia fighters", "an Ambazonia attack": a name that modifies armed men or their attack is a side."""
    root = span.root
    head = root.head
    armed = head.lemma_.lower() in lx.ARMED_GENERIC | lx.ATTACK_LEMMAS | {"force", "forces", "fighter", "separatist"}
    # "Dinka communal militias": words that describe the men may stand between
    between = span.doc[span.end : head.i]
    adjacent = head.i == span.end or all(t.dep_ in {"amod", "compound"} and t.head.i == head.i for t in between)
    placed = _placed_attack(head)
    return root.dep_ in {"compound", "amod", "nmod"} and head.i >= span.end and adjacent and armed and not placed


def _placed_attack(noun: Token) -> bool:
    """ "Eight dead in Kuru battle", "killed in the Kuru attack": an attack placed with a preposition, whose name
    before it is its place ("in an Ambazonia attack" names whose attack it was)."""
    return (
        noun.lemma_.lower() in lx.ATTACK_LEMMAS
        and noun.lemma_.lower() not in lx.ARMED_GENERIC
        and noun.dep_ == "pobj"
        and noun.head.lower_ in {"in", "at"}
        and not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)
    )


# what weapons are named after: "a Tochka-U missile", "Kalibr cruise missiles", "a Bayraktar drone"
WEAPON_NOUNS = frozenset({"missile", "rocket", "drone", "warhead", "launcher", "jet", "tank", "helicopter", "howitzer",
                          "interceptor", "munition", "shell"})  # fmt: skip


def _names_a_weapon(span: Span) -> bool:
    """A name that modifies a weapon is the weapon's ("a Tochka-U missile struck the station"), not a place."""
    token = span.root
    while token.dep_ in {"compound", "amod", "nmod"} and token.head.i != token.i and token.head.i >= span.end:
        token = token.head
        if token.lemma_.lower() in WEAPON_NOUNS:
            return True
    return False


def _listed_after(doc: Doc, lead: int) -> str | None:
    """The preposition a list of names follows: "from" in "farmers from FNSEA and Jeunes Agriculteurs"."""
    i = lead - 1
    while i > 0 and (doc[i].pos_ == "PROPN" or doc[i].text in {",", "and"}) and lead - i <= 8:
        i -= 1
    return doc[i].lower_ if i >= 0 and doc[i].pos_ == "ADP" else None


STANCE_VERBS = lx.REPORTING_LEMMAS | {"deny", "reject", "insist", "claim", "condemn", "warn", "vow", "dismiss"}


def _speaks_for_a_state(span: Span) -> bool:
    """ "Moscow and Damascus deny targeting civilians": a capital that speaks stands for its government."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in STANCE_VERBS


# nouns of deeds that end a name the tagger took for a place ("Maoist IED blast", "Shabaab attack")
DEED_NOUNS = frozenset(
    {"blast", "explosion", "bombing", "attack", "ambush", "clash", "killing", "massacre", "raid", "shooting"}
)


def _not_a_place(span: Span) -> bool:
    """An organisation, a unit or an institution named after a person ("the Additional Superintendent of Police",
    "Saint X Seminary"), a title's holder ("President X"), or a sea."""
    doc = span.doc
    words = {t.lower_ for t in span}
    if words & (lx.ORGANISATION_WORDS | lx.WATER_WORDS) or fold(span.text) in lx.MACRO_REGIONS:
        return True
    if words <= lx.TITLES:
        return True  # "Commander of the Somali National Army"
    if len(span) > 1 and span[-1].is_lower and span[-1].lemma_.lower() in DEED_NOUNS:
        return True  # "killed in Maoist IED blast in Kuru": a deed named by who did it, not a place
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    if _acronym_of_the_name_before(span):
        return True
    if after is not None and after.lower_ in lx.ORGANISATION_WORDS | lx.WATER_WORDS:
        return span[0].lower_ in lx.SAINT_WORDS or after.lower_ in {"forces", "force", "army", "police", "militia"}
    return before is not None and before.lower_ in lx.TITLES


def _acronym_of_the_name_before(span: Span) -> bool:
    """ "the Malian Armed Forces (FAMa)", "the Kuru Liberation Front (KLF)": letters in brackets after a name are
    its short form, not a place ("Sinjar (Ninewa)" brackets a region written as a word)."""
    doc = span.doc
    if len(span) != 1 or span.start < 2 or span.end >= len(doc):
        return False
    if doc[span.start - 1].text != "(" or doc[span.end].text != ")":
        return False
    letters = [c for c in span.text if c.isalpha()]
    return 2 <= len(letters) <= 8 and sum(c.isupper() for c in letters) >= 2 and doc[span.start - 2].is_title


def _named_by_place_noun(token: Token) -> bool:
    """ "in Kasese town": a capitalised word the tagger took for an adjective, named by the place noun after it."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if not (token.is_title and not token.is_sent_start and not token.is_stop and token.pos_ in {"ADJ", "NOUN"}):
        return False
    if countries().by_demonym.get(token.lower_):
        return False
    if following is not None and following.lemma_.lower() in lx.PLACE_NOUNS | lx.AREA_NOUNS:
        return True
    # "in a village of Kuru (Kuru, Dala)": named by the place noun before it
    before = doc[max(0, token.i - 2) : token.i]
    return len(before) == 2 and before[1].lower_ == "of" and before[0].lemma_.lower() in lx.PLACE_NOUNS | lx.AREA_NOUNS


def _in_since_phrase(token: Token) -> bool:
    """The name is inside the "since" phrase of a comparison: "the deadliest attack since the 2004 school siege in
    Beslan", "the first bombing in the city since the 2019 blast at Kuru" measure the deed against an earlier one."""
    for ancestor in token.ancestors:
        if ancestor.lower_ == "since" and ancestor.dep_ == "prep":
            before = token.doc[ancestor.head.left_edge.i : ancestor.i]
            return any(t.tag_ == "JJS" or t.lower_ in {"first", "worst"} for t in before)
    return False


def _in_anniversary(token: Token) -> bool:
    """The name is told of what an anniversary or a memorial marks: "marking the fourth anniversary of the
    commander's killing in a strike in Kuru"."""
    return any(a.lemma_.lower() in {"anniversary", "commemoration"} for a in token.ancestors)


def _in_admin_parenthesis(doc: Doc, start: int) -> bool:
    """ "Malam Fatori (Abadam, Borno)": the names in brackets after a place are its districts and regions."""
    i = start - 1
    while i > 0 and doc[i].text not in {"(", ")", "."} and start - i <= 6:
        i -= 1
    if not (
        i > 0 and doc[i].text == "(" and (doc[i - 1].pos_ == "PROPN" or doc[i - 1].lemma_.lower() in lx.PLACE_NOUNS)
    ):
        return False
    close = next((t.i for t in doc[i + 1 : min(len(doc), i + 12)] if t.text in {")", "."}), None)
    # only names: "(Paul from Breaking Bad)" is an aside, not an address; "(PA)" is an acronym
    inside = doc[i + 1 : close] if close is not None else doc[i:i]
    if len(inside) == 1 and inside[0].is_upper and len(inside[0]) <= 6:
        return False
    return (
        close is not None
        and doc[close].text == ")"
        and all(
            t.pos_ == "PROPN"
            or t.is_title
            or t.text in {",", "-", "/"}
            or t.ent_type_ in {"GPE", "LOC"}
            or t.lower_ in lx.AREA_NOUNS | lx.UNIT_WORDS  # "(Bakhmut raion, Donetsk)"
            or (t.lower_ in NAME_PARTICLES and t.i + 1 < len(doc) and doc[t.i + 1].text == "-")  # "Kuru-au-Dala"
            for t in doc[i + 1 : close]
        )
    )


def _in_aside(doc: Doc, start: int) -> bool:
    """ "a drone pilot based in Nevada (Paul from Breaking Bad)": brackets of words, not an address of names."""
    i = start - 1
    while i > 0 and doc[i].text not in {"(", ")", "."} and start - i <= 8:
        i -= 1
    return i >= 0 and doc[i].text == "(" and not _in_admin_parenthesis(doc, start)


def _admin_parenthesis_after(doc: Doc, end: int) -> bool:
    """The name is followed by its district and region in brackets, "(Chikun, Kaduna)": only places are."""
    if end + 2 >= len(doc) or doc[end].text != "(":  # "(", a name, ")"
        return False
    inside = doc[end + 1 : min(len(doc), end + 10)]
    close = next((t.i for t in inside if t.text == ")"), None)
    if close is None:
        return False
    words = doc[end + 1 : close]
    if not any(t.text == "," for t in words):
        # "Chitungwiza (Harare)", "Saraqib (Idleb)": one name in brackets, when it is a known region
        name = fold(words.text)
        return bool(words) and words[0].is_title and (name in admin1_aliases() or name in admin1_countries())
    return all(t.pos_ == "PROPN" or t.text in {",", "-"} or t.lower_ in lx.AREA_NOUNS | lx.UNIT_WORDS for t in words)


def _one_region_name(doc: Doc, start: int, end: int) -> int:
    """ "Jammu and Kashmir", "Sistan and Baluchestan": a region whose name holds an "and" is one name, not two."""
    if end + 1 >= len(doc) or doc[end].lower_ not in {"and", "&"} or doc[end + 1].pos_ != "PROPN":
        return end
    last = end + 1
    while last + 1 < len(doc) and doc[last + 1].pos_ == "PROPN":
        last += 1
    name = fold(doc[start : last + 1].text)
    return last + 1 if name in admin1_aliases() or name in admin1_countries() else end


def _named_where(doc: Doc, end: int) -> bool:
    """ "A resident of Babo-Gembel district, where the attack happened": the place a "where" clause is about is
    the event's, whoever it was named with."""
    following = [t.lower_ for t in doc[end : end + 3]]
    return ", where" in " ".join(following[:2]) or " ".join(following[1:3]) == ", where"


_LOWER_CASE_TITLES = frozenset({"spokesman", "spokesperson", "minister", "governor", "commissioner", "mayor",
                                "lawmaker", "secretary", "commander", "inspector", "superintendent"})  # fmt: skip


def _titled_names(doc: Doc) -> frozenset[str]:
    """The surnames of people the article introduces with a title ("Lieutenant General Saad Harbiyeh", "Mrs. Grace
    Igbabon"), folded; computed once per document."""
    names: frozenset[str] | None = doc.user_data.get("titled_names")
    if names is None:
        found = set()
        for token in doc:
            # a role told in lower case is a title too where it is a noun: "defence ministry spokesman Omar Saranga"
            role = token.pos_ == "NOUN" and token.lower_ in _LOWER_CASE_TITLES
            if token.lower_.rstrip(".") not in lx.TITLES or not (token.is_title or role):
                continue
            i = token.i + 1
            while i < len(doc) and doc[i].lower_.rstrip(".") in lx.TITLES:
                i += 1  # "Lieutenant General"
            run = i
            while run < len(doc) and doc[run].pos_ == "PROPN" and doc[run].is_title and doc[run].ent_type_ != "GPE":
                run += 1
            if run - i >= 2:  # a first name and a surname: "General Saad Harbiyeh", not "General Assembly"
                found.add(fold(doc[run - 1].text))
        names = doc.user_data["titled_names"] = frozenset(found)
    return names


def _entity_at(doc: Doc, i: int) -> Span:
    """The entity a token is part of; the index is built once per document (doc.ents makes new spans each time)."""
    index: dict[int, Span] | None = doc.user_data.get("entity_at")
    if index is None:
        index = doc.user_data["entity_at"] = {t: e for e in doc.ents for t in range(e.start, e.end)}
    return index[i]


QUOTES = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "``", "''"})


def _quoted(doc: Doc, start: int, end: int) -> bool:
    """ "militants of the “Kharijites”", "the so-called “Kuru Front”": a name set in quotation marks is a label the
    press puts on a group or an operation; it is a place only where the gazetteer knows a town of that name."""
    return start > 0 and end < len(doc) and doc[start - 1].text in QUOTES and doc[end].text in QUOTES


def _named_object(token: Token) -> bool:
    return token.dep_ == "pobj" and token.pos_ == "PROPN" and token.ent_type_ not in {"DATE", "TIME", "CARDINAL"}


def find_toponyms(clause: Span, triggers: tuple[Token, ...] | None = None) -> list[Toponym]:
    doc = clause.doc
    seen: set[tuple[int, int]] = set()
    found: list[Toponym] = []
    filed = dateline_end(clause) or 0  # the dateline is where the report was filed from, read apart
    for token in clause:
        if token.idx < filed:
            continue
        if token.pos_ != "PROPN" and token.ent_type_ not in {"GPE", "LOC"} and not _named_by_place_noun(token):
            continue
        if token.lemma_.lower() in NOUN_SUFFIXES:
            continue
        if token.ent_type_ in {"ACTOR", "DATE", "TIME", "CARDINAL"}:
            continue
        if token.ent_type_ == "NORP" and (token.pos_ != "PROPN" or countries().by_demonym.get(token.lower_)) and \
                not _named_by_place_noun(token):  # fmt: skip
            continue
        if token.ent_type_ in {"GPE", "LOC"}:
            ent = _entity_at(doc, token.i)
            start, end = ent.start, ent.end
            while start < end and doc[start].idx < filed:
                start += 1  # "SULAYMANIYAH, Kuru Region - A civilian": the tagger ran the dateline into the lede
            if start >= end or (end - start == 1 and len(doc[start].text) < 2):
                continue
            lead = start
            while (
                start < end - 1 and doc[start].lower_ in DIRECTIONS and countries().code_of(doc[start + 1 : end].text)
            ):
                start += 1  # "north-east Nigeria" -> Nigeria, but "South Waziristan" stays whole
            trimmed = doc[start : end - 1].text
            if end - start > 1 and doc[end - 1].lemma_.lower() in NOUN_SUFFIXES and not countries().code_of(trimmed):
                end -= 1  # "Katsina State" -> Katsina; the area noun is kept as a feature below
            if end - start > 1 and doc[end - 1].text == "'s":
                end -= 1
            end = next((t.i for t in doc[start + 1 : end] if t.text == "("), end)  # "Pul-e Khumri (Baghlan"
            named = True
        else:
            start, end, lead = _chunk(token)
            named = False
        start, end = _trim_unit_words(doc, start, end)
        end = _one_region_name(doc, start, end)
        if (start, end) in seen or start >= end:
            continue
        seen.add((start, end))
        if not named and not _locative(doc, start, end, lead):
            continue
        tagged = {t.ent_type_ for t in doc[start:end]} & {"PERSON", "ORG", "NORP", "FAC"}
        # "marched through Accra": a name the tagger took for a person's, where the gazetteer knows the town
        passed_through = bool(tagged) and lead > 0 and doc[lead - 1].lower_ == "through"
        if not named and tagged and (not (_strong_frame(doc, start, end, lead) or passed_through)
                                     or _in_aside(doc, start)):  # fmt: skip
            continue
        span = doc[start:end]
        if _not_a_place(span) or _names_a_group(span) or _speaks_for_a_state(span) or _names_a_weapon(span):
            continue
        if fold(span.text) in SKIP_WORDS or actor_dictionary().lookup(span.text) or fold(span[-1].text) in SKIP_WORDS:
            continue
        if any(t.lower_ in ORGANISATION_WORDS for t in doc[start : min(end + 1, len(doc))]):
            continue  # "the Southern African Development Community", "a BRICS summit": an organisation or a meeting
        if fold(span.text) == "mon" and end < len(doc) and doc[end].like_num:
            continue  # "Ambush, Mon 6 May": a bulletin's Monday, not Mon State
        if len(span) == 1 and span.root.lemma_.lower() in lx.ARMED_GENERIC:  # "Gunmen burst into a pool hall"
            continue
        if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in {"based", "born", "made", "bound"}:
            continue  # "an Ohio-based charity": where an organisation is from, not where anything happened
        if _acronym(span) or (
            span.root.ent_type_ == "NORP"
            and end < len(doc)
            and doc[end].pos_ == "NOUN"
            and doc[end].lemma_.lower() not in lx.PLACE_NOUNS | lx.AREA_NOUNS
        ):
            continue  # "a UN base", "Fulani villagers": an organisation's initials, a people named as an adjective
        if in_motive(span.root, triggers):
            continue  # "in retaliation for the killing of 14 soldiers in Gao": where the answered deed happened
        if span.root.dep_ == "poss" and span.root.head.lemma_.lower() in STATE_DEEDS:
            continue  # "chanting against Tehran's influence": a capital named for its government
        if _in_since_phrase(span.root) or _in_anniversary(span.root):
            # "the deadliest attack since the 2004 school siege in Beslan", "marking the anniversary of the
            # commander's killing in a strike in Kuru": where the earlier deed happened
            continue
        if fold(span.text) in _titled_names(doc):
            continue  # "Lieutenant General Saad Harbiyeh said ... According to Harbiyeh": a man, not a town
        in_address = _in_admin_parenthesis(doc, start)
        # "(Kuru-au-Dala, Ouest)": a chain of names in brackets is the address of the place before, whoever the
        # parser hung it on ("(Nortcom)" after a command's name is no address)
        chained = in_address and any(t.text == "," for t in doc[max(0, start - 6) : min(len(doc), end + 6)])
        # an analyst's note gives the event's place its address in brackets, however the parser hung it on
        addressed = _admin_parenthesis_after(doc, end)
        if (_attached_to_person(span.root) and not _named_where(doc, end) and not chained and not addressed) or (
            triggers is not None and not addressed and not related(span.root, triggers)
        ):
            continue
        if countries().by_demonym.get(span.text.lower()) and (
            (end < len(doc) and doc[end].pos_ == "NOUN") or not _locative(doc, start, end, lead)
        ):
            continue  # a demonym used as an adjective: "a US drone", "US and British warplanes"
        after = doc[end] if end < len(doc) else None
        if fold(span.text) in DIRECTIONS:
            continue
        before_text = text_of(doc)[max(0, span.start_char - 16) : span.start_char].lower()
        if before_text.rstrip().endswith("according to"):
            continue  # "according to Captain Dala": who said it, not where
        country = span.ent_id_.split(":", 1)[1] if span.ent_id_.startswith("country:") else None
        country = country or countries().by_name.get(fold(span.text))
        if names_water(span.text):
            country = None  # "islands in Lake Ruritania", "the Gulf of Guinea": a lake or a sea, not its country
        bearing = fold(span.text).split()[0] in DIRECTIONS
        if country and bearing and admin1_countries().get(fold(span.text), country) != country:
            country = None  # "Northern Ireland" is a region of the United Kingdom, not Ireland
        unit_after = after is not None and (after.lemma_.lower() in lx.AREA_NOUNS or after.lower_ in lx.UNIT_WORDS)
        shared_unit = None if unit_after or country else _shared_unit(doc, end)
        area = bool(country) or unit_after or any(before_text.rstrip().endswith(f"{noun} of") for noun in lx.AREA_NOUNS)
        area = area or shared_unit in lx.AREA_NOUNS
        if fold(span.text) in regions():
            area = True
        listed = (any(t.dep_ == "conj" for t in span) or any(c.dep_ == "conj" for c in span.root.children)) and \
            _coordinated(span.root)  # fmt: skip
        # "in Toulouse, in Lille and in Rouen": coordinated prepositions list places too
        preposition = span.root.head if span.root.dep_ == "pobj" else None
        if preposition is not None and preposition.lower_ in STRONG_PREPOSITIONS:
            siblings = [p for p in preposition.head.children if p.dep_ == "prep" and p.lower_ in STRONG_PREPOSITIONS
                        and any(_named_object(o) for o in p.children)]  # fmt: skip
            coordinated = preposition.dep_ == "conj" or any(c.dep_ == "conj" for c in preposition.children)
            enumerated = [p for p in siblings if p.i > 0 and doc[p.i - 1].lower_ in {",", "and", "or"}]
            listed = listed or coordinated or (len(siblings) > 1 and bool(enumerated))
        # "between Gao and Ansongo" is one stretch of road, not two places
        first = span.root.head if span.root.dep_ == "conj" else span.root
        listed = listed and not (first.i > 0 and doc[_chunk(first)[2] - 1].lower_ == "between")
        listed = listed or shared_unit is not None or _shares_unit_with_list(doc, start, end)
        listed = listed or (_announced_list(doc, lead) and end < len(doc) and doc[end].lower_ in {",", "and"})
        # "close to the boundary with Kuru province", "near the border with Dala": the neighbour only locates the place
        reference = before_text.rstrip().endswith(
            ("away from", "km from", "kilometres from", "miles from", "border with", "boundary with", "frontier with")
        ) or bool(
            REPORTED_FROM.search(before_text)  # "according to reports from Maiduguri": where word came from
        )
        # "the base, about 120 km southwest of Mogadishu": a distance from a landmark, not the place
        reference = reference or bool(
            DISTANCE_FROM.search(text_of(doc)[max(0, span.start_char - 48) : span.start_char])
        )
        # "in Kuru, near Dala": the town after the comma locates the place before it
        reference = reference or bool(NEAR_AFTER_PLACE.search(before_text))
        # "cutting the highway linking Aleppo with Damascus": the towns a road runs between name the road
        reference = reference or bool(ROAD_ENDS.search(text_of(doc)[max(0, span.start_char - 64) : span.start_char]))
        # (a name joined to the destination is one too: "taken to health centres in Kuru and Dala")
        first = span.root.head if span.root.dep_ == "conj" and span.root.head.i < span.start else span.root
        told_at = first.left_edge.idx if first is not span.root else span.start_char
        reference = reference or bool(DESTINATION.search(text_of(doc)[max(0, told_at - 120) : told_at]))
        # "neighbouring Niger" locates; "in Sukma and neighbouring Bijapur districts" lists
        reference = reference or (before_text.rstrip().endswith(("neighboring", "neighbouring")) and not listed)
        region_word = next((n for n in lx.AREA_NOUNS if before_text.rstrip().endswith(f"{n} of")), None)
        if after is not None and unit_after:
            region_word = after.lemma_ if _plural_unit(after) else after.text  # "Kuru and Dala provinces"
        elif shared_unit in lx.AREA_NOUNS:
            region_word = shared_unit
        if (named_as := _appositive_area(doc, end)) is not None and not region_word:
            area, region_word = True, named_as
        if in_address:
            area, region_word = True, region_word or "region"  # "Boni (Douentza, Mopti)": the regions around it
        query = f"{span.text} {region_word}" if region_word else span.text
        if any(t.lower_ in {"and", "&"} for t in span):  # "Jammu and Kashmir": one region, not a list
            area, listed = True, False
        # the tagger's person or organisation that is attacked or bombed: a place where the gazetteer knows it
        attacked = bool(tagged) and (
            (
                _attacked_name(doc, start, end)
                and not _strong_frame(doc, start, end, lead, attacked=False)
                and not _listed_with_a_place(span.root)
            )
            or ("PERSON" in tagged and lead > 0 and _target_of_on(doc[lead - 1]))
        )
        # "Gunmen burst into...": a common noun the tagger took for a place
        common_noun = named and not country and all(t.pos_ == "NOUN" for t in span) and \
            (bool(span[0].is_sent_start) or doc[span.start - 1].is_punct or not span[0].is_title)  # fmt: skip
        # "a drone strike hits minibus near Dejen", "chanting in English", "the Ecuadoran city of": a word in lower
        # case, a people or a language is a place only where the gazetteer knows a town of that name
        lower_case = span[0].is_lower and span[0].lower_.split("-")[0] not in NAME_PARTICLES
        people = span.root.ent_type_ == "NORP" and span.text.lower().endswith(("an", "ish", "ese"))
        people = people or (span.start > 0 and doc[span.start - 1].lower_ == "ethnic")  # "all ethnic Kurus"
        # "farmers from FNSEA and Jeunes Agriculteurs", "militias from the Dinka": who people are, said with "from"
        origin = not named and _listed_after(doc, lead) == "from"
        # "KANO - Grief gripped the town": a sentence's capitalised first word that the tagger took for a place and
        # that nothing says is where anything happened
        opening = span[0].is_sent_start or (start > 0 and doc[start - 1].text in {"-", "\u2014", "\u2013", ":"})
        # (a name the parser listed with the dateline's city has no frame of its own either)
        unframed = not country and opening and (not named or not _locative(doc, start, end, lead))
        unlikely = lower_case or people or origin or unframed or span.root.ent_type_ == "LANGUAGE"
        gazetteer_only = common_noun or unlikely or (not named and (_names_institution(doc, end) or attacked))
        gazetteer_only = gazetteer_only or _names_facility(span.root) or passed_through or _quoted(doc, start, end)
        within = doc[lead - 2].ent_id_.split(":", 1)[1] if _country_possessive(doc, lead) else None
        found.append(Toponym(span.text, query, span.start_char, span.end_char, area, country, listed, reference,
                             gazetteer_only, within))  # fmt: skip
    # "Dande" inside "Dande Darpa Khel": keep the longest name
    found = [t for t in found if not any(o is not t and o.start <= t.start and t.end <= o.end for o in found)]
    return _enumerated_phrases(doc, found)


# what may stand between one "in <place>" and the next of a list: "in Kuru in the west, in Dala and in Bida"
_BETWEEN_PHRASES = re.compile(
    r"^(?:\s+in the (?:far )?(?:north|south|east|west|centre|center|north-?east|north-?west|south-?east"
    r"|south-?west)(?:ern region)?)?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$",
    re.I,
)
# what may frame the name after its preposition: "in the port city of Mombasa", "in the town of Kuru"
_PHRASE_FRAME = re.compile(r"\b(in|at)\s+(?:the\s+(?:[\w-]+\s+){1,3}of\s+)?$", re.I)


def _enumerated_phrases(doc: Doc, found: list[Toponym]) -> list[Toponym]:
    """ "clashed with police in the port city of Mombasa, in Kisumu in the west and in Nakuru": places each told
    with a preposition of their own, one after another, are a list, however the parser attached the phrases."""
    text = text_of(doc)
    heads: dict[int, tuple[int, str]] = {}  # toponym index -> (where its preposition starts, the preposition)
    for i, toponym in enumerate(found):
        frame = _PHRASE_FRAME.search(text[max(0, toponym.start - 48) : toponym.start])
        if frame is not None:
            heads[i] = (max(0, toponym.start - 48) + frame.start(1), frame.group(1).lower())
    listed: set[int] = set()
    chain: list[int] = []
    joined = False  # a list ends with "and" or "or"; "in Kuru, in Dala" tells where Kuru is
    for a, b in itertools.pairwise([*sorted(heads, key=lambda i: found[i].start), -1]):
        between = _BETWEEN_PHRASES.match(text[found[a].end : heads[b][0]]) if b >= 0 else None
        if between is not None and heads[a][1] == heads[b][1] and not found[a].area and not found[b].area:
            chain = chain or [a]
            chain.append(b)
            joined = joined or bool(re.search(r"\b(?:and|or)\b", between.group()))
            continue
        if joined:
            listed.update(chain)
        chain, joined = [], False
    return [dataclasses.replace(t, listed=True) if i in listed and not t.listed else t for i, t in enumerate(found)]


def _acronym(span: Span) -> bool:
    """Initials ("UN", "AU", "IDF", "BRICS") that name no country or region the service knows."""
    text = span.text.replace(".", "")
    return text.isupper() and len(text) <= 5 and not countries().code_of(span.text) and fold(span.text) not in regions()


# "OUAGADOUGOU, Burkina Faso (AP) —", "KANO:", "Niamey, Dec 11 (AFP)", "Islamabad [Pakistan], January 31 (ANI):",
# "KYIV/MOSCOW, May 7 (Reuters) -" (the first of two bureaus is the place)
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z'.\u00C0-\u017F-]+(?: [A-Z][A-Za-z'.\u00C0-\u017F-]+){0,2})"
    r"(?:/[A-Z][A-Za-z'.\u00C0-\u017F-]+(?: [A-Z][A-Za-z'.\u00C0-\u017F-]+){0,2})*"  # "NEW DELHI/ISLAMABAD, May 7"
    r"(?:\s*,\s*[^\n(\[:\u2014\u2013]{1,40}?)?\s*(?:[(\[][^)\]\n]{1,60}[)\]]\s*)*(?:--|[-\u2014\u2013:])\s",
    re.M,
)
DATELINE_REACH = 300  # a dateline opens one of the story's first lines (a headline may come before it)
NEWS_AGENCIES = frozenset({"afp", "ap", "reuters", "ani", "ians", "ibns", "pti", "xinhua", "upi", "dpa", "efe", "by"})


def find_dateline(doc: Doc) -> Toponym | None:
    """The place a report was filed from, as wire copy opens: a place for events the body leaves unlocated."""
    head = text_of(doc)[:DATELINE_REACH]
    for match in DATELINE.finditer(head):
        if match.start() > 0 and head[match.start() - 1] != "\n":
            continue
        name = match.group("place")
        if fold(name) in NEWS_AGENCIES or fold(name.split()[0]) in NEWS_AGENCIES or countries().code_of(name):
            continue
        text = name.title() if name.isupper() else name
        start = match.start("place")
        return Toponym(text, text, start, start + len(name), False, None, False, False)
    return None


def dateline_end(clause: Span) -> int | None:
    """Where the wire dateline that opens the story ends, when the clause begins there ("BEIRUT, Nov 30 (Reuters)
    - ", "Niamey, Dec 11 (AFP) -"); "On Monday, 12 people -" is no dateline."""
    text = text_of(clause.doc)
    line_start = text.rfind("\n", 0, clause.start_char) + 1
    if line_start >= DATELINE_REACH:
        return None
    match = DATELINE.match(text, line_start)
    if match is None or not (match.group("place").isupper() or "(" in match.group()):
        return None
    if text[line_start : clause.start_char].strip() and clause.start_char >= match.end():
        return None  # the clause begins after the line's start, and after its dateline too
    if countries().code_of(match.group("place")):
        return None  # "INDONESIA — South Sulawesi, Makassar.": a bulletin's header says where, no bureau
    return match.end()


# An analyst's bulletin opens with a header line that says where, from the country down, before the body tells
# what happened: "MEXICO — Acatlán de Osorio, Puebla. Lynching, Wed 29 Aug.", "UKRAINE | Donetsk oblast |
# Kramatorsk", "SYRIA / Rif Dimashq — Douma, Eastern Ghouta.", "Chin State, Thantlang — 29/10/2021."
HEADER_PARTS = re.compile(r"\s*(?:[|/,;:()\[\]\u2014\u2013]|\s-\s|--)\s*")
HEADER_NAME = re.compile(
    r"^[A-Z\u00C0-\u024F][\w'\u2019.-]*(?: (?:[A-Z\u00C0-\u024F][\w'\u2019.-]*|"
    + "|".join(sorted(NAME_PARTICLES))
    + r")){0,3}$"
)
HEADER_CHARS = 160  # a header is one short line; a longer first line is the story's lede


def find_header_places(doc: Doc) -> list[Toponym]:
    """The places a bulletin's header line names below its country, in the header's order: candidates for the
    place of events the body leaves unlocated ("MEXICO — Acatlán de Osorio, Puebla." ... "in front of the town
    hall"). Regions, districts and countries are left out (the body's own words place events in those); the
    caller keeps the first the gazetteer knows as a town."""
    text = text_of(doc)
    line = text.split("\n", 1)[0]
    if len(line) > HEADER_CHARS or len(line) == len(text.rstrip()):
        # a story that runs on from its header: "Chin State, Thantlang — 29/10/2021. Junta troops torched..."
        opening = DATELINE.match(text)
        if opening is None:
            return []
        line = opening.group(0)
    # the header ends where its first full sentence of prose begins: "Khartoum. Sit-in dispersal, 3 June 2019"
    parts: list[tuple[str, int]] = []
    offset = 0
    for piece in HEADER_PARTS.split(line):
        start = line.index(piece, offset) if piece else offset
        offset = start + len(piece)
        for sentence in re.split(r"(?<=[a-z\u00E0-\u024F]{3})\.\s+", piece.strip()):
            parts.append((sentence.strip().rstrip("."), line.index(sentence, start) if sentence else start))
    known = countries()
    # the line names a country, or starts with a name and a separator as a dateline does
    if not any(known.code_of(name) for name, _ in parts) and not _region_name(parts[0][0]):
        return []
    found = []
    for name, start in parts:
        words = name.lower().split()
        if (
            not name
            or not HEADER_NAME.match(name)
            or known.code_of(name)
            or _acronym_text(name)
            or words[-1] in lx.AREA_NOUNS | {"dept", "oblast"}
            or words[-1] in HEADER_EVENT_WORDS
            or fold(name) in SKIP_WORDS
            or words[-1].rstrip(".") in SKIP_WORDS
        ):
            continue
        text_name = name.title() if name.isupper() else name
        found.append(Toponym(text_name, text_name, start, start + len(name), False, None, False, False))
    return found


def _region_name(name: str) -> bool:
    """ "Chin State", "Borno": a first-level region's name, with or without its unit word."""
    words = name.split()
    if words and words[-1].lower() in lx.AREA_NOUNS:
        words = words[:-1]
    return bool(words) and any(key in admin1_countries() for key in region_keys(" ".join(words)))


def _acronym_text(name: str) -> bool:
    return name.replace(".", "").isupper() and len(name.replace(".", "")) <= 4


# what a header line says happened, beside where: "KAZAKHSTAN | Riots — Almaty", "Suicide bombing, Palm Sunday"
HEADER_EVENT_WORDS = (
    lx.ATTACK_LEMMAS
    | lx.PROTEST_LEMMAS
    | lx.RIOT_LEMMAS
    | lx.ARREST_LEMMAS
    | lx.ABDUCTION_LEMMAS
    | lx.EVENT_NOUNS
    | lx.CROWD_DEED_LEMMAS
    | {w + "s" for w in lx.ATTACK_LEMMAS | lx.PROTEST_LEMMAS | lx.RIOT_LEMMAS | lx.EVENT_NOUNS}
    | {"coup", "agreement", "clash", "clashes", "bombing", "shelling", "update", "territory", "development"}
    | {"air", "drone", "missile", "grenade", "ied"}
)


# A country named, or a region whose country is known, settles the article's country; weaker votes (demonyms,
# groups' home countries) are weighed with where the gazetteer finds the article's places.
FIRM_VOTE = 1.5


def country_context(doc: Doc, toponyms: list[Toponym]) -> list[str]:
    """The article's countries, most likely first."""
    votes = country_votes(doc, toponyms)
    return sorted(votes, key=lambda code: -votes[code])


NATIONALS = frozenset(
    {
        "settler",
        "national",
        "citizen",
        "tourist",
        "brother",
        "sister",
        "worker",
        "expatriate",
        "diplomat",
        "embassy",
        "envoy",
        "ambassador",
        "journalist",
        "hostage",
        "pilgrim",
        "manager",
        "engineer",
        "employee",
        "contractor",
        "missionary",
        "citizenship",
        "nationality",
        "passport",
    }
)
WHERE_BEFORE = re.compile(
    r"\b(?:in|inside|across|at|near|throughout|around|within|northern|southern|eastern|western|central|north|south"
    r"|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)(?: the)?\s+$",
    re.I,
)


def country_votes(doc: Doc, toponyms: list[Toponym]) -> dict[str, float]:
    """The article's countries with their weight: named countries, first-level regions and known second-level
    regions weigh most (FIRM_VOTE or more), then countries named in passing ("the Nigeria Army"), demonyms and
    the home countries of named armed groups. A demonym on a force ("Israeli forces shelled", "a Turkish drone")
    weighs least: forces act abroad."""
    votes: dict[str, float] = {}
    known = countries()
    admin1 = admin1_countries()

    def vote(code: str, weight: float) -> None:
        votes[code] = votes.get(code, 0.0) + weight

    for toponym in toponyms:
        key = fold(toponym.text)
        if toponym.country:
            # "in Nigeria" says where; "the embassies of Rwanda", "troops from Rwanda" say whose
            where = WHERE_BEFORE.search(text_of(doc)[max(0, toponym.start - 24) : toponym.start])
            vote(toponym.country, 2 if where else 1)
        elif (region := regions().get(key)) is not None:
            vote(region.country, 2)
        elif (code := next((admin1[k] for k in region_keys(key) if k in admin1), None)) and key.replace(
            "-", " "
        ).split()[0] not in DIRECTIONS:
            vote(code, 1.5)  # "North West" is a region in more countries than the gazetteer spells alike
        elif (
            toponym.query.lower().endswith(" state")
            and len(states := admin1_owners().get(key, frozenset()) & STATE_COUNTRIES) == 1
        ):
            vote(next(iter(states)), 1.5)  # "Plateau State": of the one country among its namesakes that has states
    for ent in doc.ents:
        if ent.label_ == "GPE" and ent.ent_id_.startswith("country:") and not _water_named(doc, ent.start):
            vote(ent.ent_id_.split(":", 1)[1], 0.5)
    told_through = -1  # the last token of the demonym just counted: "Sri Lankan" is one demonym, not two
    for token in doc:
        if token.i <= told_through:
            continue
        if token.ent_type_ not in {"NORP", "GPE", "ORG", ""} or token.pos_ not in {"ADJ", "PROPN", "NOUN"}:
            continue
        code = None if _water_named(doc, token.i) else known.demonym_at(doc, token.i)
        if code:
            start = token.i
            if token.i + 1 < len(doc) and known.by_demonym.get(f"{fold(token.text)} {fold(doc[token.i + 1].text)}"):
                token = doc[token.i + 1]
            told_through = token.i
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            # "the Sri Lankan general manager": the noun the demonym qualifies, wherever its modifiers end
            qualified = token.head if token.dep_ in {"amod", "compound", "nmod"} else following
            external = following is not None and (
                following.lower_ in {"drone", "drones", "officials"}
                or following.lemma_.lower() in lx.MILITARY_NOUNS | lx.FORCE_MEANS | {"force", "forces"}
                # "Israeli settlers", "two Israeli brothers", "Nepali tourists": whose people, not where
                or following.lemma_.lower() in NATIONALS
                or (qualified is not None and qualified.lemma_.lower() in NATIONALS)
            )
            # "nine Italians, an Indian and three Bangladeshis": people counted by their nationality, most often
            # foreigners among the victims
            before = doc[start - 1] if start else None
            counted = (
                before is not None
                and (before.like_num or before.lower_ in {"a", "an"})
                and (following is None or following.pos_ not in {"NOUN", "PROPN"})
            )
            vote(code, 0.5 if external or counted else 1.0)
    for ent in doc.ents:
        if ent.label_ == "ACTOR":
            entry = actor_dictionary().lookup(ent.ent_id_)
            if entry and entry.country:
                vote(entry.country, 0.5)
    return votes


def _water_named(doc: Doc, i: int) -> bool:
    """The word names a lake, a river or a sea after a country: "Lake Ruritania", "the Gulf of Guinea"."""
    before = doc[i - 1].lower_ if i > 0 else ""
    return before in WATER_WORDS or (before == "of" and i > 1 and doc[i - 2].lower_ in WATER_WORDS)


# what a spot inside a town is named with: "Tayaran Square", "Hamra Street", "the Zoobe junction"
SPOT_WORDS = frozenset(
    {"square", "street", "road", "avenue", "junction", "roundabout", "intersection", "bridge", "market", "bazaar",
     "mall", "hotel", "mosque", "church", "stadium", "station", "hospital", "university", "school", "plaza",
     "boulevard", "highway", "checkpoint", "gate", "park"}
)  # fmt: skip


def is_spot(name: str) -> bool:
    """ "Tayaran Square", "Diponegoro street": a spot in a town, named by what it is."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() in SPOT_WORDS
