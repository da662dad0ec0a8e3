"""Stage: who, per incident. The actors of a cluster with their kinds (named group, state, unidentified,
civilians, crowds), and their ACLED roles once the event type is known."""

from __future__ import annotations

from spacy.tokens import Token

from service.extract.actors import CIVILIANS, PROTESTERS, RIOTERS, UNIDENTIFIED, ActorHit, state_aliases, state_name
from service.extract.cluster import Article, Cluster, MentionFacts
from service.extract.event_type import LOOTING
from service.extract.mentions import governing_verb
from service.extract.model import ActorRef, Role
from service.extract.resources import actor_dictionary, countries
from service.extract.rules import Rules
from service.gazetteer.names import fold
from service.taxonomy import PROTESTS, REMOTE_VIOLENCE, RIOTS, STRATEGIC_DEVELOPMENTS, VIOLENCE_AGAINST_CIVILIANS


def _actor_ref(name: str, kind: str, role: Role, home: str | None) -> ActorRef:
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
        return ActorRef(name=_of_country(name, home), type="civilians", role=role, country_code=home, aliases=(name,))
    if kind in {"protesters", "rioters"}:
        # a crowd is named by the country it marched in, which a story told from abroad names second at best
        return ActorRef(name=_of_country(name, home), type=kind, role=role)
    if name.endswith((" Ethnic Militia", " Clan Militia")):
        return ActorRef(name=_of_country(name, home), type="identity militia", role=role, country_code=home,
                        aliases=(name,))  # fmt: skip
    if name == UNIDENTIFIED:
        return ActorRef(name=_of_country("Unidentified Armed Group", home), type="political militia", role=role,
                        country_code=home, aliases=(UNIDENTIFIED,))  # fmt: skip
    return ActorRef(name=name, type="rebel group", role=role)


def _of_country(name: str, home: str | None) -> str:
    """ACLED names generic actors by the country they act in: "Civilians (Nigeria)"."""
    return f"{name} ({countries().names.get(home, home)})" if home else name


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


def _foreign_acronym(hit: ActorHit, article: Article) -> bool:
    """ "PMF" is Iraq's Popular Mobilization Forces in Baghdad and the Police Mobile Force in Zamfara: a group
    named by an acronym alone, from another continent than the article's, is another group that shares it."""
    if hit.kind != "named" or hit.country is None or not article.countries:
        return False
    continents = countries().continents
    if continents.get(hit.country) == continents.get(article.countries[0]):
        return False  # ISWAP in Niger, TTP in Afghanistan: groups cross their neighbours' borders
    written = article.text[hit.start : hit.end]
    return written.isupper() and len(written) <= 5


# Means that armed groups, not armies, use: an event by them with no author named has an unidentified one.
INSURGENT_MEANS = frozenset({"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"})


def _arrester_named(fact: MentionFacts) -> bool:
    """An armed group or a crowd is told as making the arrest: "Taliban fighters detained three journalists"."""
    trigger = fact.mention.trigger
    doers = [c for c in trigger.children if c.dep_ in {"nsubj", "agent", "poss"}]
    spans = [range(d.left_edge.idx, d.right_edge.idx + len(d.right_edge)) for d in doers]
    return any(hit.start in span for hit in fact.actors for span in spans)


def cluster_actors(cluster: Cluster, article: Article, perpetrators: list[str]) -> list[tuple[ActorRef, str]]:
    home = article.countries[0] if article.countries else None
    # "Kuru forces raided the camp ... one soldier was killed": a force told with no country, in an event whose
    # state forces are all of one named country, is that country's (the article's own forces are named otherwise)
    named_states = {h.country for f in cluster.facts for h in f.actors if h.kind == "state" and h.country}
    force_home = next(iter(named_states)) if len(named_states) == 1 else home
    seen: dict[str, str] = {}
    for fact in cluster.facts:
        habitual = _habitual(fact)
        for hit in fact.actors:
            if _foreign_acronym(hit, article) or (habitual and hit.kind == "named"):
                continue
            name = hit.name or (state_name(hit.force, force_home) if force_home else None)
            if name is None:
                continue
            seen.setdefault(name, _kind(name, hit.kind))
    # a protest called for ("a shutdown to protest the killings") joins the story of a killing, not its sides
    told = [f.mention for f in cluster.facts if f.mention.creates]
    families = {m.family for m in told if not _purpose_of(m.trigger, article.rules)}
    for family, kind, name in (("riot", "rioters", RIOTERS), ("protest", "protesters", PROTESTERS)):
        if family in families and not {"rioters", "protesters"} & set(seen.values()):
            seen[name] = kind  # "unrest was reported in Kuru": a crowd
    lead = next((f for f in cluster.facts if f.mention.creates), cluster.facts[0])
    arrests = [f for f in cluster.facts if f.mention.creates and f.mention.family == "arrest"]
    if (
        lead.mention.family == "arrest"
        and force_home
        and not {"state", "external"} & set(seen.values())
        and not any(_arrester_named(f) for f in arrests)
    ):
        # "the raid led to the arrest of 14 Boko Haram members, police said": an arrest told with no one making it
        # is the state's police's
        seen[state_name("Police", force_home)] = "state"
    kinds = set(seen.values())
    planted = {f.mention.remote for f in cluster.facts} & INSURGENT_MEANS
    # "two village heads were killed in the attack on Kuru": a killing told with neither side named
    unnamed_killing = (
        not kinds
        and any(f.figures for f in cluster.facts)
        and any(
            t.lemma_.lower() in ASSAULT_LEMMAS for f in cluster.facts if f.mention.creates for t in f.mention.triggers
        )
    )
    # "four Levies personnel were martyred when an armed attack targeted their post": forces killed by no one named
    forces_killed = kinds == {"state"} and any(f.figures for f in cluster.facts) and _forces_as_victims(cluster)
    planted_unclaimed = planted and not kinds & {"named", "unidentified"}
    # "a missile hit the station while thousands waited, killing 52": a deadly strike told with no side was launched
    # by someone
    # (or hurt: "two drones carrying explosives detonated near the stage; seven soldiers were injured")
    struck_unclaimed = (
        not kinds
        and any(f.mention.remote for f in cluster.facts if f.mention.creates)
        and any(f.figures or article.rules.harmed.search(f.mention.sentence.text) for f in cluster.facts)
    )
    if (
        kinds == {"civilians"} or unnamed_killing or forces_killed or planted_unclaimed or struck_unclaimed
    ) and not perpetrators:
        # victims of an attack whose authors are not named, as ACLED codes them: "a roadside bomb killed five
        # police officers" was set by someone
        seen[UNIDENTIFIED] = "unidentified"
        kinds.add("unidentified")
    if _struck_people(cluster, kinds):
        # "an air strike on the market killed 12 people": those a strike kills, told as no side, are civilians
        seen[CIVILIANS] = "civilians"
    if "named" in kinds:
        seen.pop(UNIDENTIFIED, None)
    elif perpetrators and (UNIDENTIFIED in seen or not kinds & {"named", "unidentified", "protesters", "rioters"}):
        # (a crowd that marched against the group's bombing is no deed of the group)
        seen.pop(UNIDENTIFIED, None)
        for name in perpetrators:
            seen.setdefault(name, "named")
    return [(ActorRef(name=n, type="", role="actor1"), k) for n, k in seen.items()]


def _struck_people(cluster: Cluster, kinds: set[str]) -> bool:
    """A strike from afar by one side that killed people no figure tells as fighters or forces."""
    if not any(f.mention.remote for f in cluster.facts) or "civilians" in kinds:
        return False
    if len(kinds & {"state", "external", "named", "unidentified"}) != 1:
        return False
    killed = [figure for f in cluster.facts for figure in f.figures if not figure.partial]
    return bool(killed) and all(figure.side in {None, "civilians"} for figure in killed)


def _purpose_of(trigger: Token, rules: Rules) -> bool:
    """ "called a shutdown to protest the killings": the verb of a purpose, not of a deed ("gathered to protest"
    tells the deed)."""
    marker = rules.infinitive_marker
    if not marker or trigger.pos_ != "VERB":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == marker for c in trigger.children):
        return False
    return trigger.head.pos_ == "NOUN" or trigger.head.lemma_.lower() in rules.calling_verbs


def _forces_as_victims(cluster: Cluster) -> bool:
    """State forces told only as the ones killed or attacked: the passive subject of the deed or its object."""
    for fact in cluster.facts:
        doc = fact.mention.sentence.doc
        for hit in fact.actors:
            span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
            if hit.kind != "state" or span is None:
                continue
            head = span.root
            while head.dep_ in {"compound", "amod"} and head.head.i != head.i:
                head = head.head  # "security forces": the phrase's noun
            if head.dep_ in {"nsubj", "agent"} or head.head.dep_ == "agent":
                return False
    return True


def _habitual(fact: MentionFacts) -> bool:
    """ "The state also faces violence from Boko Haram": a present-tense aside tells what is usual, not who
    took part in the event it follows."""
    mention = fact.mention
    return not mention.creates and mention.family != "claim" and governing_verb(mention.trigger).tag_ in {"VBZ", "VBP"}


# Words that tell of an assault by someone, beyond a death: "killed in the attack on Kuru", "in an ambush"
ASSAULT_LEMMAS = frozenset({"attack", "assault", "ambush", "raid", "storm", "invade", "onslaught", "incursion"})
AIR_AND_ARTILLERY = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})


def roles(actors: list[tuple[ActorRef, str]], event_type: str, sub_event: str, home: str | None) -> list[ActorRef]:
    armed = [a.name for a, k in actors if k in {"named", "unidentified"}]
    state = [a.name for a, k in actors if k in {"state", "external"}]
    civilians = [a.name for a, k in actors if k == "civilians"]
    kinds = {a.name: k for a, k in actors}
    if event_type == VIOLENCE_AGAINST_CIVILIANS:
        perpetrators = armed or state
        victims = civilians or [CIVILIANS]
        ordered = [(n, "actor1") for n in perpetrators[:1]] + [(n, "associated") for n in perpetrators[1:]]
        ordered += [(n, "actor2") for n in victims[:1]]
    elif event_type == REMOTE_VIOLENCE and state and (not armed or sub_event in AIR_AND_ARTILLERY):
        ordered = [(state[0], "actor1")] + [(n, "actor2") for n in (armed or civilians)[:1]]
        ordered += [(n, "associated") for n in state[1:] + armed[1:]]
    elif event_type == STRATEGIC_DEVELOPMENTS and state:
        ordered = [(state[0], "actor1")] + [(n, "actor2") for n in (armed or civilians)[:1]]
    elif sub_event == LOOTING[1] and armed:
        # a group's raid for goods: what it took or burned was civilians' ("Civilians (Mozambique)")
        ordered = [(armed[0], "actor1")] + [(n, "actor2") for n in (civilians or [CIVILIANS])[:1]]
    elif event_type in {PROTESTS, RIOTS}:
        crowd = [a.name for a, k in actors if k in {"protesters", "rioters"}]
        if not crowd:  # "killed by Israeli fire during mass protests": the crowd the force met, told by its protest
            name, kind = (PROTESTERS, "protesters") if event_type == PROTESTS else (RIOTERS, "rioters")
            crowd = [name]
            kinds[name] = kind
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
        refs.append(_actor_ref(name, kinds.get(name, "civilians" if name == CIVILIANS else "named"), role, home))  # type: ignore[arg-type]
    return refs


def perpetrators_of(clusters: list[Cluster], article: Article) -> list[str]:
    """Armed groups the article names as carrying out its ground attacks (not as targets of air strikes)."""
    names: list[str] = []
    for cluster in clusters:
        if any(f.mention.family == "remote" for f in cluster.facts[:1]):
            continue
        for fact in cluster.facts:
            if not (fact.mention.creates or fact.mention.family == "claim"):
                continue  # "the region also faces violence from ISWAP": a group in the background did nothing here
            for hit in fact.actors:
                named = hit.name and hit.kind == "named" and _kind(hit.name, "named") == "named"
                if named and hit.name not in names and not _foreign_acronym(hit, article):
                    names.append(hit.name)  # type: ignore[arg-type]
    return names
