"""Stage: incidents. Codes each cluster of mentions: event type, date, place, actors with roles, fatalities,
evidence and confidence; a cluster that lists several places becomes one incident per place."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import msgspec
from spacy.tokens import Token

from service.extract.actors import UNIDENTIFIED
from service.extract.cluster import Article, Cluster, MentionFacts
from service.extract.dates import DateMention
from service.extract.event_type import code_event
from service.extract.evidence import incident_evidence
from service.extract.fatalities import Figure
from service.extract.mentions import governing_verb
from service.extract.model import ActorRef, DatePrecision, Incident, PlaceRef
from service.extract.place_choice import choose_place
from service.extract.places import DIRECTIONS, Toponym
from service.extract.resources import countries
from service.extract.roles import cluster_actors, perpetrators_of, roles
from service.gazetteer.names import fold
from service.taxonomy import REMOTE_VIOLENCE

Toll = tuple[int | None, int | None, int | None, str | None, Figure | None]


def _fatalities(cluster: Cluster) -> Toll:
    return _toll([f for fact in cluster.facts for f in fact.figures])


def _tolls_by_place(cluster: Cluster, targets: list[Toponym | None]) -> list[Toll] | None:
    """ "Airstrikes on Kuru and Dala ... In Kuru Province, airstrikes killed 12": a toll told of one of the
    listed places is that place's, and a place no toll names has none; None when no toll names a single place."""
    keys = [fold(t.text) if t else "" for t in targets]
    local: dict[str, list[Figure]] = {k: [] for k in keys}
    shared: list[Figure] = []  # told of several of the places together
    for fact in cluster.facts:
        names = _names_told(fact, targets)
        named = {key for key, _ in names}
        if len(named) == 1 and fact.figures:
            local[next(iter(named))].extend(fact.figures)
        elif len(named) > 1 and (told := _figure_by_place(fact.figures, names)) is not None:
            for key, figure in told:
                local[key].append(figure)
        elif len(named) > 1:
            shared.extend(fact.figures)
    if len(targets) < 2 or not any(local.values()):
        return None
    tolls = [_toll(local[k]) for k in keys]
    # "killed fourteen in Sukma and Bijapur ... in Bijapur, two": the place no toll names has the rest
    untold = [i for i, toll in enumerate(tolls) if toll[0] is None]
    total = _toll(shared)
    if len(untold) == 1 and total[0] is not None:
        rest = total[0] - sum(toll[0] or 0 for toll in tolls)
        if rest > 0:
            tolls[untold[0]] = (rest, None, None, total[3], total[4])
    return tolls


def _names_told(fact: MentionFacts, targets: list[Toponym | None]) -> list[tuple[str, int]]:
    """The event's places the mention names, with where: its toponyms, and the places named again where the clause
    frames them as no place ("Kuru lost 16 people", told once the article has placed Kuru)."""
    told = {(fold(t.text), t.start) for t in fact.toponyms}
    clause = fact.mention.clause
    for target in targets:
        if target is None:
            continue
        for found in re.finditer(rf"\b{re.escape(target.text)}\b", clause.text):
            told.add((fold(target.text), clause.start_char + found.start()))
    keys = {fold(t.text) for t in targets if t}
    return sorted(((key, start) for key, start in told if key in keys), key=lambda told: told[1])


def _figure_by_place(figures: list[Figure], names: list[tuple[str, int]]) -> list[tuple[str, Figure]] | None:
    """ "70 people were killed in Kuru and 30 in Dala": each figure is the toll of the listed place told right after
    it; "Kuru lost 70 people and Dala 30": of the place told right before it. None unless every figure has a place
    of its own."""
    if len(figures) < 2:
        return None
    ordered = sorted(figures, key=lambda f: f.start)
    for after in (True, False):
        told: list[tuple[str, Figure]] = []
        for index, figure in enumerate(ordered):
            if after:
                limit = ordered[index + 1].start if index + 1 < len(ordered) else figure.end + 80
                place = next((key for key, start in names if figure.start < start < limit), None)
            else:
                since = ordered[index - 1].end if index else figure.start - 80
                place = next((key for key, start in reversed(names) if since <= start < figure.start), None)
            if place is None:
                break
            told.append((place, figure))
        if len(told) == len(ordered) and len({key for key, _ in told}) == len(told):
            return told
    return None


def _toll(figures: list[Figure]) -> Toll:
    if not figures:
        return None, None, None, None, None
    # a count told as an early one gives way to the others ("an early count had put the toll at 20")
    figures = [f for f in figures if not f.early] or figures
    # and so does any count the story tells before the one that replaced it ("the toll rose to 37")
    figures = [f for f in figures if f.revised] or figures
    figures = _risen_by_one(figures)
    # the lowest firm total: not an upper estimate, not a part of another figure, not a magnitude ("dozens")
    firm = (
        [f for f in figures if not (f.high_only or f.partial or f.vague)]
        or [f for f in figures if not (f.high_only or f.partial)]
        or figures
    )
    if all(f.added and f.side for f in firm):
        # "one soldier and two contractors were killed ... four of the attackers were killed": the attackers are
        # dead besides the others, even when those were told group by group
        firm = firm + [f for f in figures if f.partial and not (f.high_only or f.vague or (f.added and f.side))]
    # a count of the dead outranks bodies one witness saw, and "more than 40" does not contradict "killed 41"
    tolls = [f for f in firm if not f.found] or firm
    exact = [f.value for f in tolls if not f.floor]
    tolls = [f for f in tolls if not (f.floor and any(v > f.value for v in exact))]
    best = min(tolls, key=lambda f: f.value)
    values = [f.value for f in figures]
    total = _sides_total(tolls)
    if total != best.value:
        return total, total, max(total, *values), best.source, dataclasses.replace(best, value=total)
    return best.value, min(values), max(values), best.source, best


def _risen_by_one(figures: list[Figure]) -> list[Figure]:
    """ "at least six children were killed ... a seventh child died overnight": the seventh's rank is the toll, and
    the six are the count before; a rank that follows no such count ("a second soldier died" after "12 killed")
    is a part of the toll, not the toll."""
    ranked = [f for f in figures if f.ranked]
    if not ranked:
        return figures
    before = {f.value + 1 for f in figures if not f.ranked}
    risen = {f.value for f in ranked if f.value in before}
    return [
        dataclasses.replace(f, partial=True) if f.ranked and f.value not in risen else f
        for f in figures
        if f.ranked or f.value + 1 not in risen
    ]


def _sides_total(tolls: list[Figure]) -> int:
    """The dead of each side told apart are summed, as ACLED counts an event's fatalities: "21 insurgents were
    killed ... four soldiers lost their lives" is 25, and so is "20 people were killed ... five of the attackers
    also died". Two figures of one side, or of people in general, are two tellings of one toll: the lowest."""
    base = [f for f in tolls if not (f.added and f.side)] or tolls
    sides = {f.side for f in base}
    total = (sum(min(f.value for f in base if f.side == side) for side in sides)
             if len(sides) > 1 and None not in sides else min(f.value for f in base))  # fmt: skip
    added = {f.side for f in tolls if f.added and f.side and f.side not in sides}
    return total + sum(min(f.value for f in tolls if f.added and f.side == side) for side in added)


def _split(total: int | None, parts: int, index: int) -> int | None:
    """A total reported for several places is divided among them, the remainder to the first ones."""
    if total is None or parts <= 1:
        return total
    return total // parts + (1 if index < total % parts else 0)


# An event dated this long before its report is history told again (an anniversary, a trial, a film), not news.
HISTORY = dt.timedelta(days=365)


# An event dated only by a month this long before a report of days ("In March, insurgents overran the base") is
# the story's background.
BACKGROUND_MONTHS = dt.timedelta(days=60)


def _history(date: dt.date | None, article: Article, precision: DatePrecision | None = None) -> bool:
    """Told again, not reported: the event is over a year older than the report (or, told only by its month, over
    two months older), and the report also tells of days around its publication ("on Thursday", "yesterday"). A
    note dated long before it was filed (an analyst's note, an archive) tells only its own date and stays."""
    published = article.published
    if date is None or published is None:
        return False
    # "On 14 March 2019, a bomber struck ..." told on 14 March 2020: a year to the day is an anniversary
    year_before = published - HISTORY if (published.month, published.day) == (2, 29) else published.replace(
        year=published.year - 1)  # fmt: skip
    if precision != "month" and date <= year_before:
        return bool(article.rules.news_days.search(article.text))
    if published - date <= (BACKGROUND_MONTHS if precision == "month" else HISTORY):
        return False
    return bool(article.rules.news_days.search(article.text))


NEWS_LAG = dt.timedelta(days=7)  # a report's news happened within a week of it


# A day this long before the report dates no other event of it.
MAIN_DATE_REACH = dt.timedelta(days=31)


def _long_before(date: DateMention, article: Article) -> bool:
    return date.value is not None and article.published is not None and article.published - date.value > MAIN_DATE_REACH


def _recent_day(date: DateMention, article: Article) -> bool:
    """A day within a week before the report: the news it leads with."""
    published = article.published
    if date.value is None or date.precision != "day" or published is None:
        return False
    return dt.timedelta(0) <= published - date.value <= NEWS_LAG


def _months_before_the_news(date: DateMention | None, news_day: dt.date) -> bool:
    """Told after the news by its month or its week alone ("In June", "earlier this month", "last month"), and over
    before the week of the news: the background a wire story gives, not an event it reports."""
    if date is None or date.precision not in {"week", "month"}:
        return False
    last = date.last_day()
    return last is not None and last < news_day - NEWS_LAG


SPAN_STARTS = frozenset({"begin", "start", "commence", "débuter", "commencer"})


def _told_as_before_the_news(cluster: Cluster, news_day: dt.date) -> bool:
    """A day weeks before the news, told after it as what had happened before ("supporters had blocked highways on
    Dec. 12") or as the day a campaign began ("the weekly protests began on March 30"): background, not an event the
    report tells."""
    date = cluster.date
    if date is None or date.value is None or date.precision != "day" or date.value >= news_day - NEWS_LAG:
        return False
    lead = next((f.mention for f in cluster.facts if f.mention.creates), cluster.facts[0].mention)
    return _pluperfect_or_start(governing_verb(lead.trigger))


def _pluperfect_or_start(verb: Token) -> bool:
    began = verb.lemma_.lower() in SPAN_STARTS
    pluperfect = verb.tag_ == "VBN" and any(c.dep_ in {"aux", "auxpass"} and c.lower_ == "had" for c in verb.children)
    return began or pluperfect


def _vague(precision: DatePrecision | None, place: PlaceRef | None) -> bool:
    """Background told in passing ("in December, jihadists killed 21 civilians in the country"): an event placed
    no closer than its country and dated no closer than its month locates and times nothing an analyst can use."""
    whole_country = place is None or (place.precision == "country" and fold(place.name) in countries().by_name)
    return precision in {"week", "month"} and whole_country


def _crime(cluster: Cluster, actors: list[tuple[ActorRef, str]], article: Article) -> bool:
    """A robbery with shots fired is a crime, not political violence, unless a named group or an armed group of
    the kinds conflict reporting names (bandits, militants, gangs) commits it; and an arrest in a story with nothing
    political in it is of a suspect in a crime."""
    rules = article.rules
    lead = next((f.mention for f in cluster.facts if f.mention.creates), cluster.facts[0].mention)
    if lead.family == "arrest" and rules.ordinary_crime is not None and rules.political_context is not None:
        # "police arrested her husband a day after she was found stabbed to death": a story of an ordinary crime with
        # nothing political in it tells of a suspect's arrest, not of a political development
        told = article.text
        political = rules.political_context.search(told) or rules.political_armed.search(told)
        return (
            bool(rules.ordinary_crime.search(told))
            and not political
            and not any(kind in {"named", "rioters", "protesters", "unidentified"} for _, kind in actors)
        )
    text = " ".join(f.mention.sentence.text for f in cluster.facts)
    named = any(kind in {"named", "state", "external", "rioters", "protesters"} for _, kind in actors)
    return bool(article.rules.crime.search(text)) and not named and not article.rules.political_armed.search(text)


def build_incidents(clusters: list[Cluster], article: Article) -> list[Incident]:
    perpetrators = perpetrators_of(clusters, article)
    # the article's date for its undated events: a day told of one of them, not of an event told as another
    # ("Separately, ... on Thursday", "Only last week, ...")
    dated = [(i, c.date) for i, c in enumerate(clusters) if c.date is not None and c.date.value is not None
             and c.date.precision == "day" and not c.facts[0].mention.new_event]  # fmt: skip

    def main_date(index: int) -> DateMention | None:
        """The day an undated event takes: of one told before it; else of one told after it, unless months before
        the report ("Seventeen missionaries are still held ... On 11 April, the gang had kidnapped ten people")."""
        told = next((d for i, d in dated if i < index or not _long_before(d, article)), None)
        # "ZIMBABWE — Bulawayo. Grenade, 23 June 2018. An explosive device went off ...": else the bulletin's own day
        return told or article.header_date

    roundup = _roundup_lead(clusters, article, perpetrators)
    crowd = _rioting_lead(clusters, article, perpetrators)
    incidents: list[Incident] = []
    filed_at: set[int] = set()  # the incidents placed only by the dateline
    summing: set[int] = set()  # the incidents of a lede that sums up several events over a region
    past_only = False  # every event dated so far is history: the article tells of the past
    news_told = False
    news_day: dt.date | None = None  # the day of the news the article leads with, when it leads with a recent day
    for index, cluster in enumerate(clusters):
        if cluster.date is not None and cluster.date.value is not None and not news_told:
            past_only = _history(cluster.date.value, article, cluster.date.precision)
            news_told = not past_only
            news_day = cluster.date.value if _recent_day(cluster.date, article) else None
        elif news_day is not None and (
            _months_before_the_news(cluster.date, news_day) or _told_as_before_the_news(cluster, news_day)
        ):
            continue  # "the mayor was shot dead on Wednesday ... In June, gang fighting in Dala forced many to flee"
        elif cluster.date is None and not news_told and (past_only or _years_before(cluster, article)):
            continue  # "The killings began in April 1994 ... Militias hunted people down in their homes": that past
        actors = cluster_actors(cluster, article, perpetrators)
        if not actors and crowd is not None and cluster is not crowd[0] and _crowd_damage(cluster):
            # "Rioters set fire to cars in towns across France ... In Mons-en-Baroeul, part of the town hall was set
            # ablaze": a town's damage or clashes told with no hand, in an article that leads with rioters, is
            # theirs
            actors = crowd[1]
        if not actors and cluster.beside is not None:
            # "The neighbouring village of Welingara was also attacked": by the hand of the event told beside it
            actors = cluster_actors(cluster.beside, article, perpetrators)
        if not actors:
            continue  # ACLED codes no event without at least one actor
        event_type, sub_event = code_event(cluster, actors, article.rules)
        if roundup is not None and cluster is not roundup[0] and _deaths_only(cluster):
            # "Russian missiles killed 41 across the country ... In Kuru, 10 people were killed": each town's toll
            # of a strike told once for all is that strike's, by the same hand
            event_type, sub_event = REMOTE_VIOLENCE, roundup[1]
            actors = [a for a in actors if a[1] != "unidentified"] + [a for a in roundup[2] if a not in actors]
        targets: list[Toponym | None] = list(cluster.places) or [None]
        # generic actors are named by the country the event happened in: "Civilians (Palestine)" in Jenin
        where = choose_place(targets[0], cluster, article)
        home = (where.country_code if where else None) or (article.countries[0] if article.countries else None)
        refs = roles(actors, event_type, sub_event, home)
        date, precision = _date(cluster, main_date(index), article)
        if cluster.date is None and _in_a_past_year(cluster, article):
            continue
        if _history(date, article, precision) or _crime(cluster, actors, article) or _vague(precision, where):
            continue
        best, low, high, source, figure = _fatalities(cluster)
        by_place = _tolls_by_place(cluster, targets)
        days = _days_by_place(cluster, targets)
        for index, toponym in enumerate(targets):
            place = choose_place(toponym, cluster, article)
            date = days[index] or date
            if by_place is not None:
                best, low, high, source, figure = by_place[index]
            evidence = incident_evidence(cluster, toponym, figure)
            parts = 1 if by_place is not None else len(targets)
            share = _split(best, parts, index)
            if toponym is not None and toponym is article.dateline and not article.header:
                filed_at.add(len(incidents))
            if (place is None or place.precision != "point") and _sums_up(cluster):
                summing.add(len(incidents))
            incidents.append(
                Incident(
                    event_type=event_type,
                    sub_event_type=sub_event,
                    date=date,
                    date_precision=precision,
                    place=place,
                    actors=tuple(refs),
                    fatalities=share,
                    fatalities_low=_split(low, parts, index) if low != best or high != best else None,
                    fatalities_high=_split(high, parts, index) if low != best or high != best else None,
                    fatalities_source=source,
                    summary=_summary(sub_event, refs, place, date, share),
                    confidence=_confidence(place, date, refs, share),
                    evidence=tuple(evidence),
                )
            )
    told_where = [i for n, i in enumerate(incidents) if n not in filed_at]
    dropped = {n for n in filed_at if _told_where(incidents[n], told_where)}
    # "accused the military of killing 21 civilians in two attacks in the region this month", then each attack told
    # at its village: the lede's sum is no event of its own once the body tells two or more
    told = [i for n, i in enumerate(incidents) if n not in summing and i.place and i.place.precision == "point"]
    if len(told) >= 2:
        dropped |= summing
    return _distinct([i for n, i in enumerate(incidents) if n not in dropped])


# a clause that counts the events it tells: "in two attacks", "in a series of raids", "three separate strikes"
SUMS_UP = re.compile(
    r"\b(?:two|three|four|five|six|several|a series of|a wave of|\d+) (?:separate |different |coordinated )?"
    r"(?:attacks|raids|strikes|air ?strikes|assaults|incidents|ambushes|bombings)\b",
    re.I,
)


def _sums_up(cluster: Cluster) -> bool:
    lead = next((f.mention for f in cluster.facts if f.mention.creates), cluster.facts[0].mention)
    return bool(SUMS_UP.search(lead.clause.text))


def _told_where(filed: Incident, located: list[Incident]) -> bool:
    """ "DALA - ... and troops killed three gunmen in a separate firefight the following day", then "On Monday, troops
    were fired on in Kuru ... leaving three of the aggressors dead": an event the lede tells with no place
    of its own, which the dateline placed where the report was filed, is the event of the same kind and toll the body
    places; without a toll, of the same kind and day."""
    for other in located:
        if other.event_type != filed.event_type or other.place is None or filed.place is None:
            continue
        if other.place.country_code != filed.place.country_code:
            continue
        if filed.fatalities is not None and filed.fatalities == other.fatalities:
            return True
        near = filed.date is not None and other.date is not None and abs((filed.date - other.date).days) <= 1
        if filed.fatalities is None and near:
            return True
    return False


# a year told as where a span begins ("violence since 2015") is background, not the past the article tells
YEAR = re.compile(r"(?<!since )(?<!depuis )(?<!from )\b(?:19|20)\d\d\b", re.I)
ANNIVERSARY_DAY = re.compile(r"\bago today\b", re.I)


def _in_a_past_year(cluster: Cluster, article: Article) -> bool:
    """An event told only by a year before the report's ("the Westgate mall attack, in which gunmen killed 67 people
    in 2013"), in an article that also tells of days around its publication: history told again."""
    if article.published is None:
        return False
    years = [_last_year(m) for f in cluster.facts for m in YEAR_TOLD.finditer(f.mention.clause.text)]
    return bool(years) and max(years) < article.published.year and bool(article.rules.news_days.search(article.text))


# a year that dates what a clause tells ("in 2013", "in early 2019", "during the 1992-1995 war"), not one a span
# begins from ("since 2015")
YEAR_TOLD = re.compile(
    r"(?<!since )(?<!depuis )\b(?:in|en|during|of) (?:the )?(?:early |late |mid-?)?(?P<year>(?:19|20)\d\d)"
    r"(?:[-\u2013](?P<end>(?:19|20)?\d\d))?\b",
    re.I,
)


def _last_year(told: re.Match[str]) -> int:
    """The year a span told ends in ("1992-1995", "1992-95"), else the year told."""
    year, end = told.group("year"), told.group("end")
    return int(year) if end is None else int(year[: 4 - len(end)] + end)


def _years_before(cluster: Cluster, article: Article) -> bool:
    """The article has told only of years long past before this undated event ("on January 6, 1999, ...
    Neighbourhoods were burnt"): it goes on with that past."""
    if article.published is None or not cluster.facts:
        return False
    before = article.text[: cluster.facts[0].mention.sentence.start_char]
    told = YEAR.findall(before)
    # "on Monday", "yesterday": the news has begun ("25 years ago today" has not)
    recent = article.rules.news_days.search(ANNIVERSARY_DAY.sub("", before))
    return bool(told) and not recent and max(int(year) for year in told) < article.published.year - 1


def _roundup_lead(
    clusters: list[Cluster], article: Article, perpetrators: list[str]
) -> tuple[Cluster, str, list[tuple[ActorRef, str]]] | None:
    """The article's first event when it was struck from afar, with its means and who struck."""
    lead = next((c for c in clusters if any(f.mention.creates for f in c.facts)), None)
    means = next((f.mention.remote for f in lead.facts if f.mention.remote), None) if lead else None
    if lead is None or means is None:
        return None
    strikers = [a for a in cluster_actors(lead, article, perpetrators) if a[1] in {"state", "external", "named"}]
    return lead, means, strikers


def _rioting_lead(
    clusters: list[Cluster], article: Article, perpetrators: list[str]
) -> tuple[Cluster, list[tuple[ActorRef, str]]] | None:
    """The article's first event when rioters did it, with the rioters."""
    lead = next((c for c in clusters if any(f.mention.creates for f in c.facts)), None)
    if lead is None:
        return None
    rioters = [a for a in cluster_actors(lead, article, perpetrators) if a[1] == "rioters"]
    return (lead, rioters) if rioters else None


def _crowd_damage(cluster: Cluster) -> bool:
    """Damage or clashes at a place of their own (a town, not a country: "back from the G20 in Argentina, he
    visited the scene of the clashes"), told with no means from afar and nobody killed."""
    facts = cluster.facts
    return (
        bool(cluster.places)
        and not any(t.country for t in cluster.places)
        and all(f.mention.family in {"attack", "riot"} and not f.mention.remote for f in facts)
        and not any(f.figures for f in facts)
    )


def _deaths_only(cluster: Cluster) -> bool:
    """A place's toll told with no means and no hand of its own: "In Kuru, 10 people were killed" (not a crowd that
    took to the streets)."""
    killing = all(f.mention.family in {"death", "attack"} for f in cluster.facts)
    return (
        killing
        and not any(f.mention.remote for f in cluster.facts)
        and all(hit.kind == "civilians" for f in cluster.facts for hit in f.actors)
    )


def _days_by_place(cluster: Cluster, targets: list[Toponym | None]) -> list[dt.date | None]:
    """ "raided Kuru and Dala on 3 June and Bama the next day": listed places each dated by the day
    told after them, before the next place; None where the sentence gives a place no day of its own."""
    days: list[dt.date | None] = [None] * len(targets)
    if len(targets) < 2:
        return days
    dates = sorted((d for f in cluster.facts for d in f.dates if d.value is not None and d.precision == "day"),
                   key=lambda d: d.start)  # fmt: skip
    for index, toponym in enumerate(targets):
        if toponym is None:
            continue
        following = targets[index + 1] if index + 1 < len(targets) else None
        limit = following.start if following is not None and following.start > toponym.end else toponym.end + 60
        days[index] = next((d.value for d in dates if toponym.end <= d.start < limit), None)
    # the days said place by place, or none: "on 1 May, gunmen struck A and B" dates both by the cluster's day
    if len({d for d in days if d is not None}) < 2:
        return [None] * len(targets)
    return days


def _distinct(incidents: list[Incident]) -> list[Incident]:
    """Two clusters that resolve to the same event, place and day are one incident; and an event told only at
    the level of its country or region (a headline, a lede) is the located event of the same kind and day that
    the body tells."""
    kept: dict[str, Incident] = {}
    for incident in incidents:
        kept.setdefault(incident.key(), incident)
    found = list(kept.values())
    fine_of = {id(i): next((o for o in found if o is not i and _within(i, o)), None) for i in found}
    result: list[Incident] = []
    for incident in found:
        if fine_of[id(incident)] is not None:
            continue
        # "ten soldiers died in an ambush in the Tillaberi region" then "the ambush in the Bankilare area": the
        # lede's toll belongs to the event the body locates
        told = [c for c in found if fine_of[id(c)] is incident and c.fatalities is not None]
        if incident.fatalities is None and told:
            lede = told[0]
            incident = msgspec.structs.replace(
                incident, fatalities=lede.fatalities, fatalities_low=lede.fatalities_low,
                fatalities_high=lede.fatalities_high, fatalities_source=lede.fatalities_source,
                evidence=incident.evidence + tuple(e for e in lede.evidence if e.field == "fatalities"),
            )  # fmt: skip
        result.append(incident)
    return result


def _within(coarse: Incident, fine: Incident) -> bool:
    if coarse.place is None or fine.place is None or coarse.event_type != fine.event_type:
        return False
    if coarse.place.country_code != fine.place.country_code or fine is coarse:
        return False
    # a region named by its bearing holds the villages the body names, found in the gazetteer or not
    by_bearing = _region_by_bearing(coarse.place.name) and not _region_by_bearing(fine.place.name)
    # a village the gazetteer lacks, kept by name in its region ("Babo-Gembel district" in Oromia), is finer too
    named_within = fine.place.precision in {"admin1", "country"} and fold(fine.place.name) not in {
        fold(fine.place.admin1 or ""),
        fold(countries().names.get(fine.place.country_code or "", "")),
    }
    if (
        fine.place.precision != "point"
        and not named_within
        and not (by_bearing and coarse.place.precision == "country")
    ):
        return False
    # only a place that is the area itself is coarse: a village kept by name at its region's precision is not
    if coarse.place.precision == "admin1":
        region = fold(coarse.place.admin1 or "")
        if fold(coarse.place.name) != region:
            return False
        unplaced = named_within and fine.place.admin1 is None  # a village kept by name, in no region yet
        if not unplaced and fold(fine.place.admin1 or "") != region:
            return False
    elif coarse.place.precision != "country" or not (
        countries().code_of(coarse.place.name) == coarse.place.country_code or by_bearing
    ):
        return False
    if coarse.date is None or fine.date is None or coarse.date_precision != "day":
        return True
    # "attacks on villages in North Kurdufan over the weekend" (Sunday), then "in Kuru, 200 were killed on
    # Saturday": a region's telling dated by a span holds the day the body gives; a country's is another event
    return abs((coarse.date - fine.date).days) <= (1 if coarse.place.precision == "admin1" else 0)


def _region_by_bearing(name: str) -> bool:
    """ "Eastern Mindanao", "northern Borno": a part of the country named by its bearing, kept by name because the
    gazetteer has no such unit; "Three clashes in Eastern Mindanao" is told again, located, in the body."""
    words = fold(name).split()
    return len(words) > 1 and words[0] in DIRECTIONS - {"the", "-"}


def _date(cluster: Cluster, main: DateMention | None, article: Article) -> tuple[dt.date | None, DatePrecision | None]:
    chosen = cluster.date if cluster.date is not None and cluster.date.value is not None else None
    if chosen is None and cluster.date is None:
        chosen = main
    if chosen is not None and chosen.value is not None:
        return chosen.value, chosen.precision
    if cluster.date is None and article.published is not None:
        return article.published, "week"  # reported without a date: on or shortly before publication
    return None, None


def _summary(sub_event: str, actors: list[ActorRef], place: PlaceRef | None, date: dt.date | None,
             fatalities: int | None) -> str:  # fmt: skip
    first = next((a.name for a in actors if a.role == "actor1"), "Unknown actor")
    second = next((a.name for a in actors if a.role == "actor2"), None)
    where = f" in {place.name}" + (f" ({place.country_code})" if place and place.country_code else "") if place else ""
    when = f" on {date.isoformat()}" if date else ""
    against = f" against {second}" if second else ""
    toll = f"; {fatalities} reported killed" if fatalities else ""
    return f"{sub_event}: {first}{against}{where}{when}{toll}."


def _confidence(place: PlaceRef | None, date: dt.date | None, actors: list[ActorRef], fatalities: int | None) -> float:
    score = 0.4
    score += {"point": 0.2, "admin1": 0.1, "country": 0.05}.get(place.precision if place else "", 0.0)
    score += 0.15 if date else 0.0
    named = any(a.role == "actor1" and UNIDENTIFIED not in (a.name, *a.aliases) for a in actors)
    score += 0.15 if named else 0.05
    score += 0.05 if fatalities is not None else 0.0
    return round(min(score, 0.95), 2)
