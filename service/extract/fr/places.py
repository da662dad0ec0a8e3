"""French stage: where. Proper names in a locative frame (« à Blamonga », « au village Beu Manyama », « les camps de
Farabougou et de Biriki-Were », « Doumam, localité de la province de l'Oudalan »), areas by their French unit word
(« région de Tillabéri » -> "Tillabéri region" for the gazetteer), landmarks that only locate another place (« à 45
km de Bocaranga ») and the article's countries, French demonyms included."""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Doc, Span, Token

from service.extract.docs import text_of
from service.extract.fr import lexicon as fx
from service.extract.places import Toponym
from service.extract.places import find_dateline as english_dateline
from service.extract.resources import actor_dictionary, countries
from service.gazetteer.names import fold
from service.gazetteer.sources import admin1_countries, regions

SKIP = frozenset(fold(w) for w in (*fx.WEEKDAYS, *fx.MONTHS, *fx.NOT_PLACES, *fx.DIRECTIONS, *fx.FORCE_ACRONYMS))
JOINERS = frozenset({"de", "du", "des", "d'", "d\u2019", "l'", "l\u2019", "la", "le", "les", "et", ","})
ARTICLES = frozenset({"l'", "l\u2019", "la", "le", "les"})
REFERENCE = re.compile(
    # « à la frontière avec le Niger », « cité frontalière avec l'Ouganda »: the neighbour only locates the place
    r"(?:front(?:ières?|ali(?:er|ère)s?) (?:avec|de|du|des) (?:le |les |la |l'|l\u2019)?|"
    # « l'ambassade de France à Niamey », « les ambassades de France, de Belgique et du Rwanda »: the embassy's state
    r"ambassades?|consulats?|chancelleries?|"
    r"\d+ ?(?:km|kilomètres)|kilomètres|loin|ouest|est|nord|sud|direction|provenance|voisins?"
    # « la défaite face au Maroc »: the side met, not a place
    r"|face (?:à|au|aux)"
    # « une réunion tenue à Kuru » only locates; « des manifestants se sont réunis à Kuru » is where they marched
    r"|jouxte|borde|partagent|(?:tenue?s?|organisée?s?|(?<!se sont )(?<!s'est )(?<!s\u2019est )réunie?s?"
    r"|conférence de presse|visite) (?:\w+ )?"
    r"(?:en|au|à))\s*"
    r"(?:de |d'|d\u2019|du |des )?(?:la |l'|l\u2019|ce |cette )?$",
    re.I,
)
TOLD_TO = re.compile(
    r"\b(?:confirmée?|déclarée?|indiquée?|affirmée?|expliquée?|racontée?|précisée?|confiée?|annoncée?|rapportée?"
    r"|dit|assuré|souligné|ajouté|témoigné|répondu)\s+(?:à|au|aux)\s+(?:la |l'|l\u2019)?$",
    re.I,
)
# « une frappe de drone attribuée à Israël »: who is said to have struck, not where
ATTRIBUTED_TO = re.compile(r"\b(?:attribuée?s?|imputée?s?)\s+(?:à|au|aux)\s+(?:la |l'|l\u2019)?$", re.I)
NEIGHBOUR_AFTER = re.compile(r"\s+voisin(?:e|s|es)?\b", re.I)
LEDE = 250  # characters
# where people fled or were taken after the event is not where it happened: « réfugiées dans la ville de Bozoum »
DESTINATION = re.compile(
    r"\b(?:réfugi\w*|refuge|fui|fuient|fuyant|fuir|évacu\w*|transféré\w*|transporté\w*|hébergé\w*|accueilli\w*"
    r"|dépêché\w*|envoyé\w*|acheminé\w*)\b[^.;]{0,50}$",
    re.I,
)
# where a march set out from is not where it went: « Partis du village de Vanzay, les manifestants ont convergé vers
# la réserve », « les cortèges sont partis de la place de la Nation »
MARCH_ORIGIN = re.compile(
    r"(?:(?:^|[.!?»]\s+)Parti(?:e|s|es)?|\b(?:sont|étaient|était|est) parti(?:e|s|es)?) (?:en [^.;,]{0,30})?"
    r"(?:de |du |des |d'|d\u2019)[^.;,]{0,40}$"
)
# ", au nord," between two listed places says where each is, not that they are one
ASIDE = re.compile(r",\s*(?:au|à l'|dans le|en)\s+[\w-]+\s*,")
ORGANISATION_AFTER = re.compile(r"^\s+(?:de|du|des|d'|d\u2019)\s*(?:la |l'|l\u2019|le )?[A-ZÀ-Ý]")
# « Sainte-Soline (Deux-Sèvres) », « Beni (Nord-Kivu) »: a town is named with its department or province in
# parentheses; an acronym in parentheses (« (FACA) ») names an organisation
AREA_IN_PARENTHESES = re.compile(r"^ \((?=[^)]*[a-zà-ÿ])[A-ZÀ-Ý][\w'\u2019-]+(?: [\w'\u2019-]+){0,2}\)")
# "Nord-Kivu", "Extrême-Nord", "Haut-Uele", "Bas-Sassandra": names built on a bearing are regions
REGION_NAME = re.compile(r"^(?:Nord|Sud|Est|Ouest|Centre|Extrême|Haut|Haute|Bas|Basse|Moyen)-", re.I)
APPOSITIVE = re.compile(
    r"^\s*,\s*(?:un |une |le |la |l'|l\u2019)?(?:petit |petite )?(\w+)( (?:de|du|des|d'|d\u2019))?", re.I
)


STATE_NOUNS = frozenset(
    {"armée", "armées", "forces", "soldats", "militaires", "troupes", "gendarmes", "policiers", "autorités",
     "gouvernement", "président", "ministère", "état", "justice", "police", "gendarmerie", "régime"}
)  # fmt: skip
# « la population de Kuru », « le détachement militaire de Dala »: who lives or is posted at a place
PEOPLE_OF_A_PLACE = frozenset({"population", "populations", "habitants", "détachement", "garnison"})
ROAD_NOUNS = frozenset({"axe", "route", "tronçon", "corridor", "piste", "autoroute"})
ROAD_ENDS = re.compile(r"^([A-ZÀ-Ý][\w'\u2019]+(?: [A-ZÀ-Ý][\w'\u2019]+)?)\s*[-\u2013\u2014]\s*[A-ZÀ-Ý][\w'\u2019]+")
BORDER_NOUNS = frozenset({"frontière", "frontières", "côté"})
INSTITUTION_WORDS = frozenset({"police", "gendarmerie", "militaire", "douane", "douanes", "sécurité", "contrôle"})
# « avec le Niger et le Burkina », « de France, de Belgique et de celle du Rwanda »: the next country of the list
NEIGHBOURS_JOINED = re.compile(
    r"^(?:et |ou )?(?:de |du |des |d')?(?:celles? |celui |ceux )?(?:de |du |des |d')?(?:le |la |les |l')?$"
)
INSTITUTION_NAMES = frozenset(
    {"academy", "school", "college", "university", "hospital", "institute", "université", "lycée", "collège",
     "hôpital", "institut", "école", "clinique"}
)  # fmt: skip
OFFICE_JOINERS = ARTICLES | {"de", "du", "des", "d'", "d\u2019", "et", "-"}
ELIDED = re.compile(r"^[A-Z][\u2019']$")
FUNCTION_POS = frozenset({"ADP", "DET", "PRON", "ADV", "CCONJ", "SCONJ", "AUX", "VERB", "NUM", "PUNCT"})


def _capitalised(token: Token) -> bool:
    if token.ent_type_ in {"LOC", "GPE"} and (token.text[:1].isupper() or token.is_alpha or token.ent_iob_ == "I"):
        return True  # (not an elided article the tagger took for a name of its own: « à l’est »)
    # ("Pont-Kuru" may be one token: a name joined by hyphens is a word too)
    if not (token.text[:1].isupper() and token.text.replace("-", "").isalpha()):
        return False
    # French capitalises only names inside a sentence; its first word only when the tagger says it is a name
    return not token.is_sent_start or token.pos_ not in FUNCTION_POS


def _chunk(doc: Doc, i: int) -> tuple[int, int]:
    """Capitalised words joined by spaces or hyphens: "Beu Manyama", "Biriki-Were", "Cité Soleil"."""
    end = i + 1
    while end < len(doc):
        token = doc[end]
        hyphen = token.text in {"-", "\u2013"} and not doc[end - 1].whitespace_ and end + 1 < len(doc)
        elided = ELIDED.match(token.text) and not token.whitespace_ and end + 1 < len(doc)
        if (hyphen or elided) and _capitalised(doc[end + 1]):
            end += 2  # "Gorom-Gorom", "Fada N'Gourma"
        elif token.ent_iob_ == "B" and doc[end - 1].ent_iob_ != "O":
            break  # « à Kuru Jean Dala »: a place and the person named after it are two names
        elif _capitalised(token) and token.ent_type_ != "ACTOR" and fold(token.text) not in SKIP:
            end += 1
        elif doc[end - 1].like_num and token.text[:1].isupper() and token.lower_ in fx.MONTHS:
            end += 1  # "boulevard du 30 Juin": a street named for a day
        else:
            break
    return i, end


def _with_particles(doc: Doc, start: int, end: int) -> int:
    """ "Boucle du Mouhoun", "Mayo-Kebbi Est": a region's name with its particles, when the gazetteer knows it."""
    if end + 1 < len(doc) and doc[end].lower_ in {"du", "de", "des"} and _capitalised(doc[end + 1]):
        _, longer = _chunk(doc, end + 1)
        name = fold(doc[start:longer].text)
        if name in admin1_countries() or name in regions():
            return longer
    return end


def _cue(doc: Doc, start: int) -> tuple[str | None, str | None]:
    """The word that frames the name, skipping articles and "de": ("à", None), ("village", None),
    ("région", "region")."""
    i = start - 1
    while i >= 0 and doc[i].lower_ in ARTICLES | {"de", "du", "des", "d'", "d\u2019"}:
        i -= 1
    if i < 0:
        return None, None
    # "le camp de déplacés de Plaine Savo": the place noun before a noun that says what the place is for
    purpose = doc[i].pos_ == "NOUN" and doc[i].is_lower and doc[i].lower_ not in fx.PLACE_NOUNS and i > 1
    if purpose and doc[i - 1].lower_ in {"de", "des", "du"} and doc[i - 2].lower_ in fx.PLACE_NOUNS:
        i -= 2
    # "le parc transfrontalier W", "la commune rurale de Partiaga": the noun before the adjectives
    while (
        i > 0 and doc[i].pos_ == "ADJ" and doc[i].is_lower and doc[i - 1].lower_ in fx.PLACE_NOUNS | set(fx.AREA_NOUNS)
    ):
        i -= 1
    word = doc[i].lower_
    if doc[i].text == "-" and i > 0:
        word = doc[i - 1].lower_
    elif i > 1 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_:
        word = f"{doc[i - 2].lower_}-{word}"  # "rond-point", split by the tokenizer
    if i > 0 and doc[i - 1].lower_ in {"presqu'", "presqu\u2019"}:
        word = f"presqu'{word}"
    # "le poste de police de Kantchari", "le camp militaire de Thiaroye": the post's town
    if word in INSTITUTION_WORDS and i > 1:
        j = i - 1
        while j > 0 and doc[j].lower_ in ARTICLES | {"de", "du", "des", "d'", "d\u2019"}:
            j -= 1
        if doc[j].lower_ in fx.PLACE_NOUNS:
            word = doc[j].lower_
    return word, fx.AREA_NOUNS.get(word)


def _listed_partner(doc: Doc, start: int) -> bool:
    """ "Farabougou et de Biriki-Were", "Cabia, Wanbila et Loudji": a name joined to a name before it."""
    i = start - 1
    while i >= 0 and doc[i].lower_ in {"de", "d'", "d\u2019", "du"}:
        i -= 1
    return i > 0 and doc[i].lower_ in {"et", ","} and _capitalised(doc[i - 1]) and not _office_holder(doc, i)


def _partner_of_a_place(doc: Doc, start: int) -> bool:
    """ "ses camps de Kuru et de Dala-Tora": a name joined with its own « de » to one the tagger takes for a place is
    a place, whatever it takes the name for."""
    i = start - 1
    while i >= 0 and doc[i].lower_ in {"de", "d'", "d\u2019", "du"}:
        i -= 1
    repeated = i < start - 1  # « de X et de Y »: the preposition said again, as only places take it
    return repeated and _listed_partner(doc, start) and doc[i - 1].ent_type_ == "LOC"


def _office_holder(doc: Doc, comma: int) -> bool:
    """ "le maire de Kouré, Amadou Issa", "le ministre de la Communication, Paul Biya": the name after the comma
    is the holder of the office named before it, not a second place."""
    if doc[comma].text != ",":
        return False
    # back over the office's complement: "de Kouré", "de la Communication et des Médias", "de paix de Jacmel"
    for token in reversed(doc[max(0, comma - 9) : comma]):
        if token.lower_ in fx.PERSON_TITLES:
            return True
        if not (token.lower_ in OFFICE_JOINERS or _capitalised(token) or token.pos_ in {"NOUN", "PROPN"}):
            return False
    return False


def find_toponyms(clause: Span, triggers: tuple[Token, ...] | None = None) -> list[Toponym]:
    doc = clause.doc
    found: list[Toponym] = []
    i = clause.start
    while i < clause.end:
        token = doc[i]
        if not _capitalised(token) or token.ent_type_ in {"ACTOR"}:
            i += 1
            continue
        start, end = _chunk(doc, i)
        if fold(token.text) in SKIP and not _bearing_region(doc, start, end):
            i += 1
            continue
        end = min(_with_particles(doc, start, end), clause.end)
        while start < end - 1 and not doc[start].text[:1].isupper():
            start += 1  # "forêt de Madjoari" tagged whole: the name is Madjoari
        i = end
        toponym = _toponym(doc, start, end)
        if toponym is not None:
            found.append(toponym)
    return _mark_lists(doc, found)


STREETS = frozenset({"rue", "avenue", "boulevard"})


def _bearing_region(doc: Doc, start: int, end: int) -> bool:
    """ "la région de l'Extrême-Nord", "la province du Sanmatenga (Centre-Nord)", "dans le Centre-Nord": a bearing
    written capitalised and joined to another, in a place's frame, is the name of a region the gazetteer knows, not a
    direction."""
    name = doc[start:end].text
    if "-" not in name or not name[:1].isupper() or fold(name) not in admin1_countries():
        return False
    cue, unit = _cue(doc, start)
    return cue in fx.LOCATIVE or unit is not None or (start > 0 and doc[start - 1].text == "(")


def _toponym(doc: Doc, start: int, end: int) -> Toponym | None:
    span = doc[start:end]
    name = span.text
    key = fold(name)
    if (key in SKIP and not _bearing_region(doc, start, end)) or key in fx.MACRO_REGIONS:
        return None
    if actor_dictionary().lookup(name):
        return None
    if len(key) < 3 or span[0].like_num:
        # "la zone C", "le boulevard du 30 Juin": a letter or a day names a place only with its noun, which then
        # belongs to the name
        noun = next((t for t in reversed(doc[max(0, start - 3) : start]) if t.lower_ in fx.PLACE_NOUNS), None)
        if noun is None:
            return None
        span = doc[noun.i : end]
        name, key = span.text, fold(span.text)
    before = text_of(doc)[max(0, span.start_char - 30) : span.start_char]
    farther = text_of(doc)[max(0, span.start_char - 70) : span.start_char]
    reference = bool(REFERENCE.search(before) or DESTINATION.search(farther) or MARCH_ORIGIN.search(farther))
    # « le Mali voisin a lui aussi payé un lourd tribut »: the neighbour the story compares with, not its country
    reference = reference or bool(NEIGHBOUR_AFTER.match(text_of(doc)[span.end_char : span.end_char + 12]))
    if TOLD_TO.search(before) or ATTRIBUTED_TO.search(before):
        return None  # « a confirmé au Quotidien », « attribuée à Israël »: whom it was told to or laid on, not where
    if span.ent_id_.startswith("country:") or _country(name):
        code = span.ent_id_.split(":", 1)[1] if span.ent_id_.startswith("country:") else _country(name)
        return Toponym(name, name, span.start_char, span.end_char, True, code, False, reference)
    cue, unit = _cue(doc, start)
    ends = ROAD_ENDS.match(name)
    if cue in ROAD_NOUNS and ends and doc[start - 1].lower_ not in {"de", "d'", "d\u2019", "du"}:
        # « sur l'axe Kuru–Dala »: a road named by the towns it joins is placed at the first of them
        first = ends.group(1)
        return Toponym(first, first, span.start_char, span.start_char + len(first), False, None, False, reference)
    appositive = APPOSITIVE.match(text_of(doc)[span.end_char : span.end_char + 40])
    apposed = appositive.group(1).lower() if appositive else None
    framed = (
        cue in fx.LOCATIVE
        or cue in fx.PLACE_NOUNS
        or cue in ROAD_NOUNS
        or (cue in PEOPLE_OF_A_PLACE and start > 0 and doc[start - 1].lower_ in {"de", "d'", "d\u2019", "du"})
        or (apposed in fx.PLACE_NOUNS or apposed in fx.AREA_NOUNS)
        or _listed_partner(doc, start)
        or bool(AREA_IN_PARENTHESES.match(text_of(doc)[span.end_char : span.end_char + 40]))
    )
    if not framed and cue in fx.EVENT_OF_PLACE and doc[start - 1].lower_ in {"de", "d'", "d\u2019"}:
        # « la tuerie de Karma »: a place where the gazetteer knows a town ("l'attaque de Kaboré" is no place)
        return Toponym(name, name, span.start_char, span.end_char, False, None, False, reference, gazetteer_only=True)
    if not framed:
        return None
    if fold(name.split()[0]) in STATE_NOUNS:
        return None  # « les positions des Forces armées centrafricaines »: a state's force, not a place
    if name.isupper() and len(key) <= 5 and key not in regions() and cue not in fx.LOCATIVE:
        return None  # « des unités du GIGN et du RAID »: an organisation's initials
    if cue in STREETS:
        return None  # « le boulevard du Midi », « la rue Lemonnier »: a street of the town, not a town
    if (
        span.root.ent_type_ in {"PER", "ORG"}
        and cue not in fx.PLACE_NOUNS
        and unit is None
        # « le ministre, Jean Dala, arrivé à Kuru »: a name set off by commas is a place only after « à » or with
        # a place's noun
        and (
            apposed is None
            or (apposed not in fx.PLACE_NOUNS and apposed not in fx.AREA_NOUNS and cue not in fx.LOCATIVE)
        )
        and not _partner_of_a_place(doc, start)
    ):
        return None  # a person or an organisation, unless only a place can stand there
    if (
        start > 0
        and doc[start - 1].lower_ in {"la", "le", "les"}
        and ORGANISATION_AFTER.match(text_of(doc)[span.end_char :])
    ):
        return None  # "la Voix de l'Université", "le Front de libération": an institution's name
    # "Tillabéri, une région instable" is a region; "Amasrakad, région de Gao" is a place in one
    apposed_area = apposed in fx.AREA_NOUNS and apposed != "commune" and not (appositive and appositive.group(2))
    area = unit is not None or key in regions() or apposed_area
    area = area or bool(REGION_NAME.match(name))
    query = f"{name} {unit}" if unit and unit not in {"commune", "zone"} else name
    # « au Mother Teresa Bilingual Academy », « à l'Université Joseph Ki-Zerbo »: an institution's name is a place only
    # where the gazetteer knows it as a town
    words = name.split()
    institution = fold(words[0]) in INSTITUTION_NAMES or fold(words[-1]) in INSTITUTION_NAMES
    return Toponym(name, query, span.start_char, span.end_char, area, None, False, reference, institution)


def _country(name: str) -> str | None:
    folded = fold(name.replace("\u2019", "'"))
    return fx.FOLDED_COUNTRIES.get(folded) or countries().by_name.get(folded)


def _mark_lists(doc: Doc, found: list[Toponym]) -> list[Toponym]:
    """Names joined by "et" or commas are listed together, unless "entre X et Y" names one stretch between them."""
    marked = list(found)
    for n in range(1, len(found)):
        first, second = found[n - 1], found[n]
        between = ASIDE.sub("", text_of(doc)[first.end : second.start].replace("\u2019", "'")).strip(" ,").lower()
        if (
            marked[n - 1].reference
            and first.country
            and second.country
            and NEIGHBOURS_JOINED.match(f"{between} ".replace("' ", "'"))
        ):
            # « à la frontière avec le Niger et le Burkina Faso »: both neighbours only locate the place
            marked[n] = dataclasses.replace(marked[n], reference=True)
            continue
        if (
            (between in {"et", "et de", "et d'", "", "ou", "et à", "et au", "ou à"} or TOLL_BETWEEN.match(between))
            and not first.country
            and not second.country
        ):
            if re.search(r"\bentre\s*$", text_of(doc)[max(0, first.start - 8) : first.start], re.I):
                continue
            marked[n - 1] = _listed(marked[n - 1])
            marked[n] = _listed(marked[n])
    return marked


# « tuées à A et trente autres à B », « soixante-dix ont péri à A et trente à B »: each place of the list with its own
# dead
TOLL_BETWEEN = re.compile(
    rf"^et (?:(?:[\w-]+ ){{1,3}}autres|(?:\d+|{'|'.join(sorted(fx.UNITS, key=len, reverse=True))})[\w-]*(?: [\w-]+)?)"
    r" (?:à|au|aux|dans)$"
)


def _listed(toponym: Toponym) -> Toponym:
    return Toponym(toponym.text, toponym.query, toponym.start, toponym.end, toponym.area, toponym.country, True,
                   toponym.reference)  # fmt: skip


def find_dateline(doc: Doc) -> Toponym | None:
    line = english_dateline(doc)
    return None if line is None or fold(line.text) in SKIP else line


def country_votes(doc: Doc, toponyms: list[Toponym]) -> dict[str, float]:
    """The article's countries with their weight, as English weighs them, with French demonyms."""
    votes: dict[str, float] = {}
    admin1 = admin1_countries()

    def vote(code: str | None, weight: float) -> None:
        if code:
            votes[code] = votes.get(code, 0.0) + weight

    for toponym in toponyms:
        key = fold(toponym.text)
        if toponym.country:
            # « Au Mali, », « En Côte d'Ivoire, »: the lede names the story's country
            lede = toponym.start < LEDE and not toponym.reference
            vote(toponym.country, 0.5 if toponym.reference else 4 if lede else 2)
        elif (region := regions().get(key)) is not None:
            vote(region.country, 1.5)  # second-level names recur across countries: "Nara" is in Mali and Japan
        elif key in admin1:
            vote(admin1[key], 1.5)
    # a country named only to locate or to oppose (« à la frontière avec le Niger », « face au Maroc ») has counted
    # above as a reference, and does not count again as a name
    referred = {(t.start, t.end) for t in toponyms if t.reference}
    for ent in doc.ents:
        named = ent.label_ == "GPE" and ent.ent_id_.startswith("country:")
        if named and (ent.start_char, ent.end_char) not in referred:
            vote(ent.ent_id_.split(":", 1)[1], 0.5)
        if ent.label_ == "ACTOR" and (entry := actor_dictionary().lookup(ent.ent_id_)) and entry.country:
            vote(entry.country, 0.5)
    for token in doc:
        if (code := fx.DEMONYMS.get(token.lower_)) is None:
            continue
        # « l'armée malienne », « les autorités nigériennes »: a state's own people name the story's country
        state = any(t.lower_ in STATE_NOUNS for t in doc[max(0, token.i - 2) : token.i])
        # « près de la frontière malienne »: the border only locates the place, on the other side of it
        border = any(t.lower_ in BORDER_NOUNS for t in doc[max(0, token.i - 2) : token.i])
        vote(code, 0.25 if border else 2.0 if state else 1.0)
    return votes
