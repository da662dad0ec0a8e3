"""Stage: incidents. Groups event mentions into incidents (one event, one place, one day), then codes each
one: event type, date, place, actors with roles, fatalities, evidence and confidence."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from service.extract.actors import CIVILIANS, UNIDENTIFIED, ActorHit, state_aliases, state_name
from service.extract.dates import DateMention
from service.extract.fatalities import Figure
from service.extract.mentions import Mention
from service.extract.model import ActorRef, DatePrecision, Evidence, Incident, PlaceRef, Role
from service.extract.places import Toponym
from service.extract.resources import actor_dictionary, countries
from service.gazetteer.names import fold
from service.gazetteer.sources import regions


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

    def place_keys(self) -> set[str]:
        return {fold(t.text) for t in self.places}

    def area_keys(self) -> set[str]:
        return {fold(t.text) for t in self.areas if not t.country}


@dataclass(frozen=True, slots=True)
class Article:
    text: str
    published: dt.date | None
    countries: list[str]  # most likely first
    places: dict[str, PlaceRef]  # toponym query -> gazetteer place


def _is_area(toponym: Toponym, article: Article) -> bool:
    place = article.places.get(toponym.query)
    if place is not None:
        return place.precision in {"admin1", "country"}
    return toponym.area


def cluster_mentions(facts: list[MentionFacts], article: Article) -> list[Cluster]:
    clusters: list[Cluster] = []
    current: Cluster | None = None

    def fits(cluster: Cluster, date: DateMention | None) -> bool:
        """Undated mentions fit anywhere; a dated one fits the cluster's date, or the lead event's."""
        known = cluster.date or next((c.date for c in clusters if c.date is not None), None)
        return date is None or known is None or known.key == date.key

    for fact in facts:
        usable = [t for t in fact.toponyms if not t.reference]
        fine = [t for t in usable if not _is_area(t, article)]
        areas = [t for t in usable if _is_area(t, article)]
        date = next((d for d in fact.dates), None)
        target: Cluster | None = None
        opens = fact.mention.creates
        if fact.mention.new_event and current is not None and opens:
            target = None
        elif fine:
            keys = {fold(t.text) for t in fine}
            target = next((c for c in clusters if c.place_keys() & keys), None)
            if target is None and current is not None and not current.places and fits(current, date):
                target = current
        elif date is not None and not date.relative and current is not None and fits(current, date):
            target = current
        elif date is not None and opens:
            target = next((c for c in clusters if c.date is not None and c.date.key == date.key), None)
        elif areas and current is not None and opens and current.area_keys() and not _areas_fit(current, areas):
            target = None
        else:
            target = current
        if target is None and not opens and current is not None:
            target = current
        if target is None:
            target = Cluster()
            clusters.append(target)
        target.facts.append(fact)
        if fine and not (target.place_keys() & {fold(t.text) for t in fine}):
            listed = [t for t in fine if t.listed] or fine[:1]
            target.places.extend(listed)
        target.areas.extend(areas)
        if target.date is None and date is not None and (opens or not target.facts[:-1]):
            target.date = date
        current = target
    for cluster in clusters:
        if not cluster.places and not cluster.areas:
            # "imposed a curfew in South Waziristan after a convoy came under attack": no better place
            nearby = [t for f in cluster.facts[:1] for t in f.nearby if not t.reference]
            found = cluster.areas if nearby and _is_area(nearby[0], article) else cluster.places
            found.extend(nearby[:1])
    return [c for c in clusters if any(f.mention.creates for f in c.facts)]


def _areas_fit(cluster: Cluster, areas: list[Toponym]) -> bool:
    keys = {fold(t.text) for t in areas if not t.country}
    return not keys or bool(cluster.area_keys() & keys) or bool(cluster.place_keys() & keys)


def _event_type(cluster: Cluster, actors: list[tuple[ActorRef, str]]) -> tuple[str, str]:
    mentions = [f.mention for f in cluster.facts]
    lead = next((m for m in mentions if m.creates), mentions[0])
    kinds = {kind for _, kind in actors}
    if lead.family == "remote" and lead.remote:
        return "Explosions/Remote violence", lead.remote
    if any(m.overtake for m in mentions) and kinds & {"named", "unidentified"}:
        return "Battles", "Non-state actor overtakes territory"
    retaken = any(m.retake for m in mentions) and lead.family == "attack"
    if retaken and "state" in kinds and not kinds & {"named", "unidentified"}:
        return "Battles", "Government regains territory"
    if lead.family == "abduction":
        return "Violence against civilians", "Abduction/forced disappearance"
    if lead.family == "protest":
        text = " ".join(m.text.lower() for m in mentions)
        if any(w in text for w in ("killed", "shot dead", "live ammunition", "live rounds")):
            return "Protests", "Excessive force against protesters"
        if any(w in text for w in ("tear gas", "teargas", "dispersed", "arrested", "detained", "rubber bullets")):
            return "Protests", "Protest with intervention"
        return "Protests", "Peaceful protest"
    if lead.family == "riot":
        text = " ".join(m.text.lower() for m in mentions)
        return ("Riots", "Mob violence") if ("mob" in text or "lynch" in text) else ("Riots", "Violent demonstration")
    if lead.family == "arrest":
        return "Strategic developments", "Arrests"
    if lead.remote:
        return "Explosions/Remote violence", lead.remote
    # a battle needs two organised armed sides; one side using force on others is violence against civilians
    armed = [a for a, kind in actors if kind in {"named", "unidentified"}]
    forces = kinds & {"state", "external"}
    if (forces and armed) or (len(armed) > 1 and "civilians" not in kinds) or (forces and "civilians" not in kinds):
        return "Battles", "Armed clash"
    return "Violence against civilians", "Attack"


def _actor_ref(name: str, kind: str, role: Role) -> ActorRef:
    entry = actor_dictionary().lookup(name)
    if entry is not None:
        return ActorRef(name=entry.name, type=entry.type, role=role, country_code=entry.country,
                        affiliation=entry.affiliation, aliases=tuple(entry.aliases))  # fmt: skip
    if kind == "state":
        code = _state_country(name)
        force = name.split(" Forces of ", 1)[0]
        aliases = state_aliases(force, code) if code else ()
        return ActorRef(name=name, type="state forces", role=role, country_code=code, aliases=aliases)
    if kind == "civilians":
        return ActorRef(name=name, type="civilians", role=role)
    if kind in {"protesters", "rioters"}:
        return ActorRef(name=name, type=kind, role=role)
    return ActorRef(name=name, type="rebel group" if name != UNIDENTIFIED else "political militia", role=role)


def _state_country(name: str) -> str | None:
    known = countries()
    display = name.split(" Forces of ", 1)[-1].removeprefix("the ")
    return known.by_name.get(fold(display))


def _kind(name: str, found_as: str) -> str:
    entry = actor_dictionary().lookup(name)
    if entry is not None and entry.type == "external forces":
        return "external"
    if entry is not None and (entry.affiliation or "").startswith(("Military Forces", "Police Forces")):
        return "state"  # pro-government militias fight on the state's side
    return found_as


def _actors(cluster: Cluster, article: Article, perpetrators: list[str]) -> list[tuple[ActorRef, str]]:
    home = article.countries[0] if article.countries else None
    seen: dict[str, str] = {}
    for fact in cluster.facts:
        for hit in fact.actors:
            name = hit.name or (state_name(hit.force, home) if home else None)
            if hit.kind in {"protesters", "rioters"} and home:
                name = f"{hit.name} ({countries().names.get(home, home)})"
            if name is None:
                continue
            seen.setdefault(name, _kind(name, hit.kind))
    kinds = set(seen.values())
    if "named" in kinds:
        seen.pop(UNIDENTIFIED, None)
    elif perpetrators and (UNIDENTIFIED in seen or not kinds & {"named", "unidentified"}):
        seen.pop(UNIDENTIFIED, None)
        for name in perpetrators:
            seen.setdefault(name, "named")
    return [(ActorRef(name=n, type="", role="actor1"), k) for n, k in seen.items()]


AIR_AND_ARTILLERY = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})


def _roles(actors: list[tuple[ActorRef, str]], event_type: str, sub_event: str) -> list[ActorRef]:
    armed = [a.name for a, k in actors if k in {"named", "unidentified"}]
    state = [a.name for a, k in actors if k in {"state", "external"}]
    civilians = [a.name for a, k in actors if k == "civilians"]
    kinds = {a.name: k for a, k in actors}
    if event_type == "Violence against civilians":
        perpetrators = armed or state
        victims = civilians or [CIVILIANS]
        ordered = [(n, "actor1") for n in perpetrators[:1]] + [(n, "associated") for n in perpetrators[1:]]
        ordered += [(n, "actor2") for n in victims[:1]]
    elif event_type == "Explosions/Remote violence" and state and (not armed or sub_event in AIR_AND_ARTILLERY):
        ordered = [(state[0], "actor1")] + [(n, "actor2") for n in (armed or civilians)[:1]]
        ordered += [(n, "associated") for n in state[1:] + armed[1:]]
    elif event_type == "Strategic developments" and state:
        ordered = [(state[0], "actor1")] + [(n, "actor2") for n in (armed or civilians)[:1]]
    elif event_type in {"Protests", "Riots"}:
        crowd = [a.name for a, k in actors if k in {"protesters", "rioters"}]
        ordered = [(n, "actor1") for n in crowd[:1]] + [(n, "actor2") for n in (state or armed)[:1]]
        if sub_event == "Excessive force against protesters" and state:
            ordered = [(state[0], "actor1")] + [(n, "actor2") for n in crowd[:1]]
    else:
        first = armed or state
        second = (state if armed else armed[1:]) or civilians
        ordered = [(first[0], "actor1")] if first else []
        ordered += [(n, "associated") for n in first[1:] if n not in second]
        ordered += [(second[0], "actor2")] if second else []
        ordered += [(n, "associated") for n in second[1:]]
        ordered += [(n, "associated") for n in civilians if n not in second and first]
    refs: list[ActorRef] = []
    for name, role in ordered:
        if any(r.name == name for r in refs):
            continue
        refs.append(_actor_ref(name, kinds.get(name, "named"), role))  # type: ignore[arg-type]
    return refs


def _fatalities(cluster: Cluster) -> tuple[int | None, int | None, int | None, str | None, Figure | None]:
    figures = [f for fact in cluster.facts for f in fact.figures]
    if not figures:
        return None, None, None, None, None
    firm = [f for f in figures if not f.high_only] or figures
    best = min(firm, key=lambda f: f.value)
    values = [f.value for f in figures]
    return best.value, min(values), max(values), best.source, best


def _split(total: int | None, parts: int, index: int) -> int | None:
    """A total reported for several places is divided among them, the remainder to the first ones."""
    if total is None or parts <= 1:
        return total
    return total // parts + (1 if index < total % parts else 0)


def _sentence_of(article: Article, start: int, end: int, facts: list[MentionFacts]) -> Evidence | None:
    for fact in facts:
        sentence = fact.mention.sentence
        if sentence.start_char <= start and end <= sentence.end_char:
            return Evidence(field="", start=sentence.start_char, end=sentence.end_char, quote=sentence.text)
    return None


def _evidence(name: str, found: Evidence | None) -> tuple[Evidence, ...]:
    if found is None:
        return ()
    return (Evidence(field=name, start=found.start, end=found.end, quote=found.quote),)


def _place(toponym: Toponym | None, cluster: Cluster, article: Article) -> PlaceRef | None:
    home = article.countries[0] if article.countries else None
    context = [article.places.get(a.query) for a in cluster.areas]
    admin = next((p for p in context if p is not None and p.precision == "admin1"), None)
    region = next((regions()[fold(a.text)] for a in cluster.areas if fold(a.text) in regions()), None)
    if toponym is not None:
        found = article.places.get(toponym.query)
        if found is not None and found.precision == "point":
            return found
        if region is None:
            region = regions().get(fold(toponym.text))
        country = (admin.country_code if admin else None) or (region.country if region else None) or home
        if admin is not None:
            return PlaceRef(name=toponym.text, precision="admin1", country_code=country, admin1=admin.admin1 or
                            admin.name, latitude=admin.latitude, longitude=admin.longitude)  # fmt: skip
        admin1 = region.admin1 if region else None
        return PlaceRef(name=toponym.text, precision="admin1" if admin1 else "country", country_code=country,
                        admin1=admin1)  # fmt: skip
    if admin is not None:
        return admin
    if region is not None:
        return PlaceRef(name=region.name, precision="admin1", country_code=region.country, admin1=region.admin1)
    country_place = next((p for p in context if p is not None and p.precision == "country"), None)
    if country_place is not None:
        return country_place
    if home:
        return PlaceRef(name=countries().names.get(home, home), precision="country", country_code=home)
    return None


def build_incidents(clusters: list[Cluster], article: Article) -> list[Incident]:
    perpetrators = _perpetrators(clusters)
    main_date = next((c.date for c in clusters if c.date is not None and c.date.value is not None), None)
    incidents: list[Incident] = []
    for cluster in clusters:
        actors = _actors(cluster, article, perpetrators)
        if not actors:
            continue  # ACLED codes no event without at least one actor
        event_type, sub_event = _event_type(cluster, actors)
        refs = _roles(actors, event_type, sub_event)
        date, precision = _date(cluster, main_date, article)
        best, low, high, source, figure = _fatalities(cluster)
        lead = next(f for f in cluster.facts if f.mention.creates)
        targets: list[Toponym | None] = list(cluster.places) or [None]
        for index, toponym in enumerate(targets):
            place = _place(toponym, cluster, article)
            evidence = list(_evidence("event", _sentence_of(article, lead.mention.clause.start_char,
                                                            lead.mention.clause.end_char, cluster.facts)))  # fmt: skip
            if toponym is not None:
                evidence += _evidence("location", _sentence_of(article, toponym.start, toponym.end, cluster.facts))
            if cluster.date is not None:
                evidence += _evidence("date", _sentence_of(article, cluster.date.start, cluster.date.end,
                                                           cluster.facts))  # fmt: skip
            if figure is not None:
                evidence += _evidence("fatalities", _sentence_of(article, figure.start, figure.end, cluster.facts))
            actor_hit = next((h for f in cluster.facts for h in f.actors), None)
            if actor_hit is not None:
                evidence += _evidence("actors", _sentence_of(article, actor_hit.start, actor_hit.end, cluster.facts))
            share = _split(best, len(targets), index)
            incidents.append(
                Incident(
                    event_type=event_type,
                    sub_event_type=sub_event,
                    date=date,
                    date_precision=precision,
                    place=place,
                    actors=tuple(refs),
                    fatalities=share,
                    fatalities_low=_split(low, len(targets), index) if low != best or high != best else None,
                    fatalities_high=_split(high, len(targets), index) if low != best or high != best else None,
                    fatalities_source=source,
                    summary=_summary(sub_event, refs, place, date, share),
                    confidence=_confidence(place, date, refs, share),
                    evidence=tuple(evidence),
                )
            )
    return _distinct(incidents)


def _distinct(incidents: list[Incident]) -> list[Incident]:
    """Two clusters that resolve to the same event, place and day are one incident."""
    kept: dict[str, Incident] = {}
    for incident in incidents:
        kept.setdefault(incident.key(), incident)
    return list(kept.values())


def _perpetrators(clusters: list[Cluster]) -> list[str]:
    """Armed groups the article names as carrying out its ground attacks (not as targets of air strikes)."""
    names: list[str] = []
    for cluster in clusters:
        if any(f.mention.family == "remote" for f in cluster.facts[:1]):
            continue
        for fact in cluster.facts:
            for hit in fact.actors:
                if hit.name and hit.kind == "named" and _kind(hit.name, "named") == "named" and hit.name not in names:
                    names.append(hit.name)
    return names


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
    score += 0.15 if any(a.role == "actor1" and a.name != UNIDENTIFIED for a in actors) else 0.05
    score += 0.05 if fatalities is not None else 0.0
    return round(min(score, 0.95), 2)
