"""Stage: what happened. The ACLED event type and sub-event type of a cluster, from its lead mention and the
kinds of actor involved."""

from __future__ import annotations

from spacy.tokens import Token

from service.extract.cluster import Cluster, MentionFacts
from service.extract.mentions import Mention, governing_verb
from service.extract.model import ActorRef
from service.extract.rules import Rules, english
from service.taxonomy import BATTLES, PROTESTS, REMOTE_VIOLENCE, RIOTS, STRATEGIC_DEVELOPMENTS, coded
from service.taxonomy import VIOLENCE_AGAINST_CIVILIANS as VAC

ARMED_CLASH = coded(BATTLES, "Armed clash")
OVERTAKES = coded(BATTLES, "Non-state actor overtakes territory")
REGAINS = coded(BATTLES, "Government regains territory")
ATTACK = coded(VAC, "Attack")
ABDUCTION = coded(VAC, "Abduction/forced disappearance")
SEXUAL_VIOLENCE = coded(VAC, "Sexual violence")
EXCESSIVE_FORCE = coded(PROTESTS, "Excessive force against protesters")
INTERVENTION = coded(PROTESTS, "Protest with intervention")
PEACEFUL = coded(PROTESTS, "Peaceful protest")
MOB_VIOLENCE = coded(RIOTS, "Mob violence")
VIOLENT_DEMONSTRATION = coded(RIOTS, "Violent demonstration")
ARRESTS = coded(STRATEGIC_DEVELOPMENTS, "Arrests")
LOOTING = coded(STRATEGIC_DEVELOPMENTS, "Looting/property destruction")
NON_VIOLENT_TRANSFER = coded(STRATEGIC_DEVELOPMENTS, "Non-violent transfer of territory")

TWO_SIDED = frozenset({"clash", "firefight", "gunfight", "gunbattle", "shootout", "skirmish", "battle", "encounter"})


def _destroys_property(mention: Mention, rules: Rules) -> bool:
    return bool(rules.property_destruction.search(mention.text))


def _takers(cluster: Cluster, rules: Rules) -> set[str]:
    """The kinds of actor that took or retook the place: the subjects of the taking verbs, or their passive agents."""
    takers: set[str] = set()
    for fact in cluster.facts:
        mention = fact.mention
        if not (mention.overtake or mention.retake):
            continue
        for verb in mention.clause:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in rules.taking_verbs:
                continue
            takers |= _subject_kinds(fact, verb)
    return takers


def _subject_kinds(fact: MentionFacts, verb: Token) -> set[str]:
    """The kinds of actor a verb's subject or passive agent names."""

    def subjects_of(node: Token) -> list[Token]:
        found = [c for c in node.children if c.dep_ == "nsubj"]
        return found + [g for c in node.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]

    subjects = subjects_of(verb)
    if not subjects and verb.dep_ == "conj":
        subjects = subjects_of(verb.head)  # "gunmen charged in and occupied it"
    if not subjects and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        subjects = subjects_of(verb.head)  # "security forces opened fire on protesters, killing 19"
    if verb.dep_ == "relcl" and any(s.lower_ in {"who", "which", "that"} for s in subjects):
        subjects = [verb.head]  # "al Shabaab militants, who also seized a base"
    kinds: set[str] = set()
    for subject in subjects:
        span = range(subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge))
        # "troops, backed by clan fighters, took the town": who helped is not who took it
        helpers = [c for c in subject.children if (c.dep_ == "acl" and c.lemma_.lower() in HELPING_LEMMAS)
                   or (c.dep_ == "prep" and c.lower_ in {"alongside", "with"})]  # fmt: skip
        aside = [range(h.left_edge.idx, h.right_edge.idx + len(h.right_edge)) for h in helpers]
        kinds.update(hit.kind for hit in fact.actors if hit.start in span and not any(hit.start in a for a in aside))
    return kinds


HELPING_LEMMAS = frozenset({"back", "support", "assist", "aid", "accompany", "help", "join"})


def _state_used_force(cluster: Cluster) -> bool:
    """ "police shot dead a protester", "security forces fired live rounds at the crowd": state forces are the
    subject of the lead deed."""
    fact = next((f for f in cluster.facts if f.mention.creates), cluster.facts[0])
    return bool(_subject_kinds(fact, governing_verb(fact.mention.trigger)) & {"state"})


# the words of a deed that say nothing of its means: "the attack", "five die", "the death toll"
UNTOLD_MEANS = frozenset({"attack", "assault", "die", "death", "toll", "dead", "martyr", "attentat", "mourir", "mort"})


def _means_untold(mention: Mention) -> bool:
    """The mention tells an attack by its noun ("attack", « attentat »), and nothing of how it was done."""
    lemmas = {t.lemma_.lower() for t in mention.triggers}
    return lemmas <= UNTOLD_MEANS and any(t.pos_ == "NOUN" and t.lemma_.lower() in {"attack", "assault", "attentat"}
                                          for t in mention.triggers)  # fmt: skip


def code_event(cluster: Cluster, actors: list[tuple[ActorRef, str]], rules: Rules | None = None) -> tuple[str, str]:
    rules = rules or english()
    mentions = [f.mention for f in cluster.facts]
    lead = next((m for m in mentions if m.creates), mentions[0])
    if lead.family == "protest":
        # "triggering violent protests ... In Lahore, a mob forced its way into the residence": the crowd's deed the
        # story goes on to tell makes its protest a riot
        lead = next((m for m in mentions if m.creates and m.family == "riot"), lead)
    kinds = {kind for _, kind in actors}
    if lead.labelled and lead.development is not None:
        return coded(*lead.development)  # the analyst's own label
    # "the army and a paramilitary force battled for a second day amid gunfire and air strikes": two sides fighting,
    # told with the means they used, is a battle
    fought = lead.trigger.lemma_.lower() in rules.two_sided and lead.trigger.pos_ == "VERB"
    if lead.family == "remote" and lead.remote and not fought:
        return coded(REMOTE_VIOLENCE, lead.remote)
    # "five die in mosque attack ... a suicide bomber struck the mosque": an attack told by its noun alone takes the
    # means the story tells of it, unless two sides fought
    means = next((m.remote for m in mentions if m.remote and m.creates), None)
    if (
        means
        and lead.family == "attack"
        and _means_untold(lead)
        and not any(t.lemma_.lower() in rules.two_sided for m in mentions for t in m.triggers)
    ):
        return coded(REMOTE_VIOLENCE, means)
    # "militants stormed a beach restaurant ... after a suicide bomber blew himself up at the entrance": an assault
    # with a suicide bombing in it is coded as the suicide bombing, unless two sides fought or a place was taken
    bombed = any(m.remote == "Suicide bomb" and m.creates for m in mentions) and not any(m.overtake for m in mentions)
    if bombed and lead.family == "attack" and not any(t.lemma_.lower() in rules.two_sided for m in mentions
                                                      for t in m.triggers):  # fmt: skip
        return coded(REMOTE_VIOLENCE, "Suicide bomb")
    crowd = bool(kinds & {"rioters", "protesters"})
    if lead.development is not None and not (lead.development == LOOTING and crowd):
        return coded(*lead.development)
    # "militia burned houses in Kagoro", nobody killed: property destruction, not an attack on people
    burned = lead.trigger.lemma_.lower() in rules.burning
    destroyed = any(m.development == LOOTING for m in mentions) or _destroys_property(lead, rules)
    if burned and destroyed and not crowd and not any(f.figures for f in cluster.facts) and "civilians" not in kinds:
        return LOOTING
    # "militants looted livestock from herders", nobody killed or taken: looting, whoever was robbed
    looted = lead.trigger.lemma_.lower() in {"loot", "plunder", "ransack", "pillage"}
    if looted and not crowd and not any(f.figures for f in cluster.facts) and lead.family != "abduction":
        return LOOTING
    # "gunmen raided the market, carting away grain", nobody killed, hurt or taken: goods taken in a raid are
    # looting
    plundered = (
        lead.family == "attack"
        and not crowd
        and any(m.family == "attack" and _destroys_property(m, rules) for m in mentions)
    )
    if plundered and not any(f.figures for f in cluster.facts) and not any(m.family == "abduction" for m in mentions) \
            and not any(rules.harmed.search(m.sentence.text) for m in mentions):  # fmt: skip
        return LOOTING
    takers = _takers(cluster, rules)
    armed_takers = takers & {"named", "unidentified"}
    if any(m.retake for m in mentions) and takers & {"state", "external"} and not armed_takers:
        return REGAINS  # "the army regained control of the town from the rebels"
    liberated = rules.liberated_from is not None and any(rules.liberated_from.search(m.clause.text) for m in mentions)
    if liberated and not armed_takers:
        return REGAINS  # "declared the city liberated from the militants": they lost it, whoever took it back
    if any(m.overtake for m in mentions) and takers & {"state", "external"} and not armed_takers:
        # "the army took control of the town", "Rwandan and Mozambican troops captured the port town": a state's own
        # territory taken back, by its army or the foreign forces beside it
        return REGAINS
    if any(m.overtake for m in mentions) and (armed_takers or (not takers and kinds & {"named", "unidentified"})):
        # "the army put up no resistance as they took the towns": territory changed hands without a fight
        if any(rules.unopposed.search(m.sentence.text) for m in mentions if m.overtake):
            return NON_VIOLENT_TRANSFER
        return OVERTAKES
    retaken = any(m.retake for m in mentions) and lead.family == "attack"
    if retaken and "state" in kinds and not kinds & {"named", "unidentified"}:
        return REGAINS
    # "soldiers stormed the compound, where they raped aid workers and shot dead a journalist": a raid on civilians
    # with rape in it is coded as the sexual violence, whatever else was done
    raped = any(m.development == SEXUAL_VIOLENCE or SEXUAL_VIOLENCE in m.told_beside for m in mentions)
    if raped and lead.family in {"attack", "death", "abduction"} and not crowd and "civilians" in kinds:
        return SEXUAL_VIOLENCE
    # a raid in which people are taken and none killed is coded as the abduction
    taken = any(m.family == "abduction" for m in mentions) and not any(f.figures for f in cluster.facts)
    if taken and "state" in kinds and not kinds & {"named", "unidentified", "external", "rioters"}:
        return ARRESTS  # "police raided the party's headquarters and took away a number of people": a detention
    if lead.family == "abduction" or (taken and lead.family == "attack" and not kinds & {"state", "external"}):
        return ABDUCTION
    # "police shot dead a protester during a demonstration": the force met the protest, whoever is named
    # (a paramilitary the dictionary names beside the army is a state's force too, when the state's forces struck)
    met_with_force = any("protest" in m.families for m in mentions) and lead.family == "attack" and \
        not kinds & {"rioters", "unidentified"} and _state_used_force(cluster)  # fmt: skip
    if lead.family == "protest" or met_with_force:
        text = " ".join(m.text.lower() for m in mentions)
        # deaths counted at the protest, or deadly means named ("live ammunition")
        if any(f.figures for f in cluster.facts) or any(w in text for w in rules.lethal_force):
            return EXCESSIVE_FORCE
        if any(w in text for w in rules.crowd_control):
            return INTERVENTION
        return PEACEFUL
    # a crowd that attacks (a police station, a man it accuses) riots, whoever it attacks
    crowd_only = kinds & {"rioters", "protesters"} and not kinds & {"named", "unidentified"}
    if lead.family == "riot" or (lead.family == "attack" and crowd_only):
        text = " ".join(m.text.lower() for m in mentions)
        return MOB_VIOLENCE if any(w in text for w in rules.mob) else VIOLENT_DEMONSTRATION
    if lead.family == "arrest":
        return ARRESTS
    if lead.remote and not fought:
        return coded(REMOTE_VIOLENCE, lead.remote)
    # a battle needs two organised armed sides; one side using force on others is violence against civilians
    armed = [a for a, kind in actors if kind in {"named", "unidentified"}]
    forces = kinds & {"state", "external"}
    if lead.trigger.lemma_.lower() in rules.two_sided and (armed or forces):
        return ARMED_CLASH  # "clashes between armed groups": two sides, even if one is unnamed
    if (forces and armed) or (len(armed) > 1 and "civilians" not in kinds) or (forces and "civilians" not in kinds):
        return ARMED_CLASH
    return ATTACK
