"""Stage: clusters. Groups event mentions into clusters, each one event at one place on one day: a new place
or a new date opens a cluster, undated and unlocated mentions join the current one."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field

from spacy.tokens import Token

from service.extract.actors import ActorHit
from service.extract.dates import DateMention
from service.extract.docs import text_of
from service.extract.fatalities import Figure
from service.extract.mentions import Mention, governing_verb
from service.extract.model import PlaceRef
from service.extract.places import DIRECTIONS, Toponym, is_spot
from service.extract.rules import Rules, english
from service.gazetteer.names import fold


@dataclass(slots=True)
class MentionFacts:
    """Everything the earlier stages found in one mention."""

    mention: Mention
    toponyms: list[Toponym]
    nearby: list[Toponym]  # toponyms of the clause not tied to the event's predicate
    dates: list[DateMention]
    figures: list[Figure]
    actors: list[ActorHit]


@dataclass(slots=True)
class Cluster:
    places: list[Toponym] = field(default_factory=list)
    areas: list[Toponym] = field(default_factory=list)
    date: DateMention | None = None
    facts: list[MentionFacts] = field(default_factory=list)
    beside: Cluster | None = None  # the event this one is told "also" of, at another place

    def place_keys(self) -> set[str]:
        return {place_key(t) for t in self.places}

    def area_keys(self) -> set[str]:
        return {_area_key(t) for t in self.areas if not t.country}


def place_key(toponym: Toponym) -> str:
    """A place as the events told of it are matched: "Tse-Kuru" and "Tse Kuru" are one village, spelt two ways."""
    return fold(toponym.text).replace("-", " ")


def _area_key(toponym: Toponym) -> str:
    """ "the northern Kuru province" is Kuru: a bearing in lower case names a part of the region, not another one
    (North Dala is not South Dala)."""
    words = toponym.text.split()
    while len(words) > 1 and words[0].islower() and words[0] in DIRECTIONS:
        words = words[1:]
    return fold(" ".join(words))


@dataclass(frozen=True, slots=True)
class Article:
    text: str
    published: dt.date | None
    countries: list[str]  # most likely first
    places: dict[str, PlaceRef]  # toponym query -> gazetteer place
    dateline: Toponym | None = None  # where the report was filed from
    rules: Rules = field(default_factory=english)  # the vocabulary of the article's language
    header: bool = False  # the dateline is the town a bulletin's header line names: where its lead event was
    header_date: DateMention | None = None  # the day a bulletin's verbless opening lines give ("Grenade, 23 June")


def _is_area(toponym: Toponym, article: Article) -> bool:
    place = article.places.get(toponym.query)
    if place is not None:
        return place.precision in {"admin1", "country"}
    # "the Kistaram area", "the Nasl area of Khuzdar district": a locality the gazetteer lacks, not a region
    return toponym.area and not toponym.query.lower().endswith((" area", " areas"))


def cluster_mentions(facts: list[MentionFacts], article: Article) -> list[Cluster]:
    clusters: list[Cluster] = []
    current: Cluster | None = None

    def fits(cluster: Cluster, date: DateMention | None) -> bool:
        """Undated mentions fit anywhere; a dated one fits the cluster's date, or the lead event's."""
        known = cluster.date or next((c.date for c in clusters if c.date is not None), None)
        return date is None or known is None or known.key == date.key or _refines(known, date)

    for fact in facts:
        usable = [t for t in fact.toponyms if not t.reference]
        fine = [t for t in usable if not _is_area(t, article)]
        areas = [t for t in usable if _is_area(t, article)]
        # "airstrikes on Kuru and Dala provinces": regions listed by their unit as the event's places are its
        # places ("attacks, particularly in Khyber Pakhtunkhwa and Balochistan" only says where such things happen)
        listed_areas = [t for t in areas if t.listed and not t.country and t.query != t.text]
        # arrests announced across "Garissa, Wajir and Mandera counties" are one sweep
        listed_areas = listed_areas if all(t.listed for t in fine) and fact.mention.family != "arrest" else []
        if len(listed_areas) + len(fine) < 2:
            listed_areas = []
        located = fine or listed_areas
        date = _nearest_date(fact)
        target: Cluster | None = None
        inside_town = False  # the mention's places are spots of the town of the event it joins
        also: Cluster | None = None  # the event another place's is told beside
        opens = fact.mention.creates
        told_again = current is not None and _told_again(fact, article) and fits(current, date)
        if fact.mention.new_event and current is not None and opens:
            target = None
        elif told_again:
            target = current  # "the fighting erupted when militants targeted checkpoints in Aarz Begi village"
        elif opens and current is not None and _answered_from_the_air(fact, current):
            target = Cluster(places=list(current.places), areas=list(current.areas))  # where the attackers were hit
            clusters.append(target)
        elif located:
            keys = {place_key(t) for t in located}
            target = next((c for c in clusters if c.place_keys() & keys), None)
            if target is not None and opens and (_another_day(target, date) or _months_apart(target, date)):
                target = None  # the same town on another day is another event
            if target is not None and opens and _marched_after_a_bombing(target, fact):
                target = None
            if target is not None and opens and _force_on_a_bystander(fact, target):
                target = None  # "In Nanterre, youths set cars on fire ... The teenager was shot by a police officer"
            if target is not None and opens and _struck_from_the_air(fact, target):
                target = None  # "rebels took control of Aleppo on Saturday ... warplanes struck parts of Aleppo"
            if target is None and current is not None and not current.places and fits(current, date):
                if _also_elsewhere(fact, current, keys, article):
                    # "Gunmen surrounded Ogossagou at dawn on Saturday ... The neighbouring village of Welingara
                    # was also attacked": another place's event, of the same day
                    also = current
                else:
                    target = current
            if (
                target is None
                and also is None
                and current is not None
                and current.places
                and fits(current, date)
                and _spots_in(located, current, article)
            ):
                target = current  # "a bombing in central Baghdad ... The bombers struck a market near Tayaran Square"
                inside_town = True
        elif date is not None and not date.relative and current is not None and fits(current, date):
            target = current
        elif date is not None and opens:
            target = next((c for c in clusters if c.date is not None and c.date.key == date.key), None)
        elif areas and current is not None and opens and current.area_keys() and not _areas_fit(current, areas):
            target = None
        else:
            target = current
        elsewhen = False  # a detail told with a date months away: "In April, a professor was hacked to death in X"
        if target is None and not opens and current is not None:
            target = current
            elsewhen = bool(located) and not fits(current, date) and _months_apart(current, date)
        aside = False
        if current is not None and _in_a_year_before(fact, article):
            target = None  # "In 2019 the group was blamed for a bombing in Kuru": history told in passing
            aside = True
        joined = target is not None and bool(target.facts)  # the mention tells of an event already told
        if target is None:
            target = Cluster()
            clusters.append(target)
            # "..., weeks after the army had stormed Konshisha": an earlier event told in passing; what follows
            # goes on with the story, not with it
            aside = aside or (current is not None and date is not None and date.relative)
            if also is not None:
                target.beside = also
                target.date = None if date is not None else also.date
                aside = True  # what follows goes on with the story told so far
        target.facts.append(fact)
        # a mention that only adds to an event ("fighting in Arge") does not give a located event a second place
        joins_located = (
            (not opens or told_again) and bool(target.places) and not _also_at(fact, article)
        ) or inside_town
        if (
            joined
            and (joins_located or not fine)
            and not elsewhen
            and (finer := _inside_the_region_town(target, fact, fine, article))
        ):
            # "a bombing in the northern governorate of Kuru ... The blast struck near Dala, a town in the Tora
            # district": a town named like its region told first stands for the region; a town of that region told
            # of the same event is where it happened
            target.places[:] = finer
        if fine and not joins_located and not elsewhen and not (target.place_keys() & {place_key(t) for t in fine}):
            listed = [t for t in fine if t.listed and fact.mention.family != "arrest"] or _address(fine, article)[:1]
            target.places.extend(listed)
        if (
            listed_areas
            and not joins_located
            and not elsewhen
            and not (target.place_keys() & {place_key(t) for t in listed_areas})
        ):
            target.places.extend(listed_areas)
        target.areas.extend(t for t in areas if t not in listed_areas)
        # "the fighting took place on Monday"
        tells_event = fact.mention.trigger.lemma_.lower() in article.rules.event_nouns
        if target.date is None and date is not None and (opens or tells_event or not target.facts[:-1]):
            target.date = date
        elif opens and _refines(target.date, date):
            target.date = date  # "last week during their attack on the islands" ... "struck the islands on 1 May"
        current = current if aside else target
    for index, cluster in enumerate(clusters):
        if not cluster.places:
            # "imposed a curfew in South Waziristan after a convoy came under attack", "the attack occurred when
            # a vehicle struck an IED between Malelei and Kulan": the lead sentence's place, when no finer one
            nearby = [t for f in cluster.facts for t in f.nearby if not t.reference]
            fine = [t for t in nearby if not _is_area(t, article)]
            before = next((c.places for c in reversed(clusters[:index]) if c.places), None)
            if fine:
                cluster.places.append(fine[0])
            elif before and any(THE_PLACE.search(f.mention.clause.text) for f in cluster.facts):
                cluster.places.append(before[0])  # "near the town", "in the same area": the place told before
            elif (measured := _measured_from(cluster, article)) is not None:
                cluster.places.append(measured)
            elif _dateline_fits(cluster, article):
                cluster.places.append(article.dateline)  # type: ignore[arg-type]
            elif nearby[:1] and not cluster.areas and nearby[0] in cluster.facts[0].nearby:
                cluster.areas.append(nearby[0])
        elif _header_beats(cluster, index, article):
            cluster.places[:] = [article.dateline]  # type: ignore[list-item]
    return [c for c in clusters if any(f.mention.creates for f in c.facts)]


# A place named again by its noun alone: "advancing on the town", "near the village", "in the same area" ("the
# city" is as often the capital a wire report was filed from).
THE_PLACE = re.compile(
    r"\b(?:the|that|this) (?:same |[\w-]+ ){0,2}?(?:town|village|area|locality|camp|base)\b(?! of\b)", re.I
)

ADDRESS_KM = 100.0  # the parts of one address lie this close together


def _inside_the_region_town(
    cluster: Cluster, fact: MentionFacts, fine: list[Toponym], article: Article
) -> list[Toponym]:
    """The town a mention of the cluster's event places it at, when the cluster is placed only at a town named like
    its first-level region (Kuru, in Kuru governorate) and that town is another of the same region: [] otherwise.
    A mention that names no place of its own may name it beside its trigger ("went to the bar in Dala")."""
    if len(cluster.places) != 1:
        return []
    region_town = article.places.get(cluster.places[0].query)
    if region_town is None or region_town.precision != "point" or not region_town.admin1:
        return []
    if fold(region_town.name) != fold(region_town.admin1):
        return []
    told = fine or [t for t in fact.nearby if not t.reference and not _is_area(t, article)]
    known = cluster.place_keys()
    told = [t for t in told if place_key(t) not in known]

    def inside(toponym: Toponym) -> bool:
        place = article.places.get(toponym.query)
        return (
            place is not None
            and place.precision == "point"
            and place.geoname_id != region_town.geoname_id
            and place.country_code == region_town.country_code
            and fold(place.admin1 or "") == fold(region_town.admin1 or "")
        )

    if not any(inside(t) for t in told):
        return []
    # the spot the gazetteer lacks before the town it is in ("near Dala, a town in the Tora district") is finer still
    return [next(t for t in _address(told, article) if inside(t) or t.query not in article.places)]


def _address(fine: list[Toponym], article: Article) -> list[Toponym]:
    """ "Barangay Tambobong, Baguio District, Davao City": an address runs from the spot up to its city, so a part
    the gazetteer places far from the place the address ends with is a namesake (Baguio, a city 1,000 km north),
    not the spot."""
    if len(fine) < 2:
        return fine
    places = [article.places.get(t.query) for t in fine]
    # a district the gazetteer matched to a town of its name ("Juliaca (San Roman, Puno)": San Roman is a town of
    # another region too) is no anchor: only what the text does not call a district, or a first-level region
    anchor = next((p for t, p in zip(reversed(fine[1:]), reversed(places[1:]), strict=True) if p is not None and (
        p.precision == "admin1" or (p.precision == "point" and not t.area))), None)  # fmt: skip
    if anchor is None:
        return fine

    def fits(place: PlaceRef | None) -> bool:
        if place is None or place.precision != "point" or place.latitude is None or place is anchor:
            return True  # a spot the gazetteer lacks is still the finest part
        inside = fold(place.admin1 or "") in {fold(anchor.admin1 or ""), fold(anchor.name)}
        if anchor.precision == "admin1":
            return inside
        # "Oakland, California": a town may share its name with the region it stands for
        return inside or (anchor.latitude is not None and _km(place, anchor) <= ADDRESS_KM)

    return [t for t, place in zip(fine, places, strict=True) if fits(place)] or fine


def _km(a: PlaceRef, b: PlaceRef) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude or 0.0, a.longitude or 0.0, b.latitude or 0.0,
                                                b.longitude or 0.0))  # fmt: skip
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _refines(known: DateMention | None, told: DateMention | None) -> bool:
    """A day told later that falls in the week an event was first dated by."""
    if known is None or told is None or known.value is None or told.value is None:
        return False
    return known.precision == "week" and told.precision == "day" and abs((told.value - known.value).days) <= 7


def _nearest_date(fact: MentionFacts) -> DateMention | None:
    """ "succeeded last weekend in returning a boat the terrorists had taken last week during their attack": of
    two dates in a clause, the event's is the one told next to it."""
    if len({d.key for d in fact.dates}) < 2:
        return fact.dates[0] if fact.dates else None
    at = fact.mention.trigger.idx
    # "broke through the lines last week and entered Kuru on Thursday": the day told on the trigger's own verb, or on
    # another of the deed's verbs (« a revendiqué jeudi l'attaque, au cours de laquelle 71 soldats ont été tués mardi »)
    own = [d for d in fact.dates if _dates_verb(d, fact.mention.trigger)] or [
        d for d in fact.dates if any(_dates_verb(d, t) for t in fact.mention.triggers)
    ]
    return min(own or fact.dates, key=lambda d: min(abs(d.start - at), abs(d.end - at)))


def _dates_verb(date: DateMention, trigger: Token) -> bool:
    """The date hangs on the trigger, a verb, with no other verb between them."""
    if trigger.pos_ != "VERB":
        return False
    doc = trigger.doc
    span = doc.char_span(date.start, date.end, alignment_mode="expand")
    return span is not None and governing_verb(span.root).i == trigger.i


def _also_elsewhere(fact: MentionFacts, current: Cluster, keys: set[str], article: Article) -> bool:
    """The deed is told "also" of a place other than the one the event told so far names nearby."""
    trigger = fact.mention.trigger
    if not any(t.lower_ == "also" and t.head.i == trigger.i for t in fact.mention.clause):
        return False
    nearby = [t for f in current.facts for t in f.nearby if not t.reference and not _is_area(t, article)]
    return any(place_key(t) not in keys for t in nearby)


YEAR_PREPOSITIONS = frozenset({"in", "during", "en", "durant", "pendant"})


def _in_a_year_before(fact: MentionFacts, article: Article) -> bool:
    """The deed is dated by a year before the report's alone ("In 2019 the group was blamed for a bombing in
    Kuru", "en 2018, des hommes armés avaient attaqué Dala"): history told in passing, which neither joins the event
    told so far nor lends it a place or a toll. The year must date the deed's own verb, not a word beside it ("the
    group, founded in 2006, attacked")."""
    if article.published is None or fact.dates:
        return False
    triggers = fact.mention.triggers
    verbs = {t.i for t in triggers} | {governing_verb(t).i for t in triggers}
    for token in fact.mention.clause:
        if not (token.shape_ == "dddd" and 1900 <= int(token.text) < article.published.year):
            continue
        if token.head.lower_ in YEAR_PREPOSITIONS and token.head.head.i in verbs:  # in -> 2019, in hangs on the verb
            return True
        if token.head.i in verbs and any(c.lower_ in YEAR_PREPOSITIONS for c in token.children):  # 2019 <-case- en
            return True
    return False


def _told_again(fact: MentionFacts, article: Article) -> bool:
    """The clause's subject is the event already told, named with a definite or demonstrative article: "the
    fighting erupted when ...", "the attack occurred when ...", "the strike hit the bus as it passed through a
    market in Dahyan", « ces affrontements ont éclaté »."""
    for token in fact.mention.clause:
        if token.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        # a deed's noun names the deed told in a clause of its own ("The strike hit the bus"), not in one that
        # says where it was ("Kuru district, where the attack happened")
        deed = token.lemma_.lower() in article.rules.deed_nouns and token.head.dep_ not in {"relcl", "acl", "advcl"}
        if token.lemma_.lower() not in article.rules.event_nouns and not deed:
            continue
        if any(c.dep_ == "det" and (c.morph.get("Definite", []) == ["Def"] or c.morph.get("PronType", []) == ["Dem"])
               for c in token.children):  # fmt: skip
            return True
    return False


CROWDS = frozenset({"rioters", "protesters"})


def _force_on_a_bystander(fact: MentionFacts, cluster: Cluster) -> bool:
    """A state's force told using force on people who are no crowd, at a place where a crowd's riot was told:
    another event, by another hand (the force meeting the crowd itself joins the riot)."""
    kinds = {hit.kind for hit in fact.actors}
    if not {"state", "civilians"} <= kinds or kinds & CROWDS:
        return False
    return any(hit.kind == "rioters" for f in cluster.facts for hit in f.actors)


def _struck_from_the_air(fact: MentionFacts, cluster: Cluster) -> bool:
    """Air strikes on a place where a ground event was told: another event, by the other side, coded apart (unless
    the event told so far was itself fought from the air)."""
    if fact.mention.remote != "Air/drone strike":
        return False
    return not any(f.mention.remote for f in cluster.facts) and any(f.mention.creates for f in cluster.facts)


def _also_at(fact: MentionFacts, article: Article) -> bool:
    """A toll or a deed told with "also" at a place of its own: the event reached that place too, whose own event it
    is, with the same hands."""
    also = article.rules.also_at
    return also is not None and bool(also.search(fact.mention.clause.text)) and not fact.mention.creates


def _answered_from_the_air(fact: MentionFacts, cluster: Cluster) -> bool:
    """Air strikes told after a ground attack ("the attackers were hit by air strikes that killed 15") are the
    forces' answer: another event, coded apart, unless the event told so far was itself fought from the air."""
    if fact.mention.remote != "Air/drone strike" or fact.toponyms:
        return False
    return not any(f.mention.remote for f in cluster.facts) and any(f.mention.creates for f in cluster.facts)


# "some 15 km from Kuru", "about 20 miles north of Kuru", « à une quinzaine de kilomètres de Kuru »
MEASURED_FROM = re.compile(
    r"(?:\bkms?|kilom[eè]tres?|kilometers?|miles?)\.?(?: \([^)]*\))?\s+(?:(?:to the )?(?:north|south|east|west"
    r"|north-?east|north-?west|south-?east|south-?west)(?:ern)? of|from|de|d'|d\u2019|du)\s*$",
    re.I,
)


def _measured_from(cluster: Cluster, article: Article) -> Toponym | None:
    """ "Six fishermen were abducted on an island some 15 km from Kuru": a town the event is measured from is its
    nearest named place, where its sentences name none of their own (rather than the dateline's town or only the
    country)."""
    for fact in cluster.facts:
        text = text_of(fact.mention.clause.doc)
        for toponym in (*fact.toponyms, *fact.nearby):
            place = article.places.get(toponym.query)
            if not toponym.reference or place is None or place.precision != "point":
                continue
            if place.country_code in article.countries[:1] and MEASURED_FROM.search(text[: toponym.start][-40:]):
                return toponym
    return None


def _dateline_fits(cluster: Cluster, article: Article) -> bool:
    """The dateline places an unlocated event when it is a town of the article's country inside any region or
    country the event is said to be in."""
    line = article.dateline
    place = article.places.get(line.query) if line is not None else None
    if place is None or place.precision != "point" or place.country_code not in article.countries[:1]:
        return False
    if not article.header and any(a.country and a.country != place.country_code for a in cluster.areas):
        # "NAIROBI (Reuters) - Al Shabaab attacked a base in Somalia": a bureau abroad; a bulletin's header names
        # the event's own town ("UGANDA — Mpondwe. ... fighters who crossed from DR Congo")
        return False
    regions = [article.places.get(a.query) for a in cluster.areas]
    if not all(r is None or r.precision == "country" or r.admin1 == place.admin1 for r in regions):
        return False
    # "ambushed a convoy in Kuru district": an area the gazetteer lacks may lie anywhere; it holds the dateline's
    # town only where a known region of the dateline's is named with it ("in the Dala region's Kuru division")
    return None not in regions or any(r is not None and r.precision != "country" for r in regions)


def _header_beats(cluster: Cluster, index: int, article: Article) -> bool:
    """ "AZERBAIJAN — Ganja. ... hours after a truce in Nagorno-Karabakh was due to take effect": a bulletin's header
    names the lead event's town, finer than a region, a country or a street the gazetteer lacks that its sentences
    name; a later event is placed there only when its sentences name nothing finer than a country."""
    if not article.header or not (index == 0 or all(t.country for t in cluster.places)):
        return False
    town = any((p := article.places.get(t.query)) is not None and p.precision == "point" for t in cluster.places)
    return not town and _dateline_fits(cluster, article)


def _marched_after_a_bombing(cluster: Cluster, fact: MentionFacts) -> bool:
    """ "Last week's car bombing in Bogota ... On Sunday, thousands filled Bogota's main square": a crowd that
    gathers where a bomb or a strike hit is an event of its own, not a part of the strike."""
    lead = next((f.mention for f in cluster.facts if f.mention.creates), None)
    return lead is not None and lead.family == "remote" and fact.mention.family == "protest"


def _spots_in(located: list[Toponym], cluster: Cluster, article: Article) -> bool:
    """A spot the gazetteer does not know by itself, named by what it is ("a market near Tayaran Square, in the Bab
    al-Sharqi area"): a part of a town, so of the town the event told so far is in (or placed at it), not a place of
    another event. Names told with it must be unknown too, or that town."""
    towns = {p.geoname_id for t in cluster.places if (p := article.places.get(t.query)) is not None}
    inside = [(place := article.places.get(t.query)) is None or place.geoname_id in towns for t in located]
    return all(inside) and any(is_spot(t.text) for t in located)


def _months_apart(cluster: Cluster, date: DateMention | None) -> bool:
    """ "last week's bombing in Bogota ... In February 2017, a bomb in Bogota killed a policeman": told by its month
    or its week, an event months away from the one the town's mentions tell is another."""
    known = cluster.date
    if date is None or known is None or date.value is None or known.value is None:
        return False
    return abs((date.value - known.value).days) > MONTHS_APART


MONTHS_APART = 62


def _another_day(cluster: Cluster, date: DateMention | None) -> bool:
    return (
        date is not None and not date.relative and date.precision == "day" and cluster.date is not None
        and cluster.date.precision == "day" and cluster.date.key != date.key
    )  # fmt: skip


def _areas_fit(cluster: Cluster, areas: list[Toponym]) -> bool:
    keys = {_area_key(t) for t in areas if not t.country}
    return not keys or bool(cluster.area_keys() & keys) or bool(cluster.place_keys() & keys)
