"""The extraction pipeline: spaCy analysis, event mentions, dates, fatalities, actors, toponyms, geocoding,
then incidents. The model and reference data load once; `extract` runs per article."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import re
import threading
import time
from collections.abc import Callable, Sequence
from typing import Protocol

import msgspec
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from service.extract import lexicon as lx
from service.extract.assemble import build_incidents
from service.extract.cluster import Article, MentionFacts, cluster_mentions
from service.extract.dates import DateMention
from service.extract.fatalities import Figure
from service.extract.mentions import Mention, governing_verb, in_motive
from service.extract.model import ArticleText, Incident, PlaceRef
from service.extract.pack import LanguagePack, english
from service.extract.places import DIRECTIONS, FIRM_VOTE, Toponym, is_spot, names_water
from service.extract.resources import countries, seed_version
from service.gazetteer.names import fold
from service.gazetteer.resolve import place_votes
from service.limits import ArticleLimits, checkpoint

PIPELINE_VERSION = "rules-15"
StageObserver = Callable[[str, float], None]
PARSE_BATCH = 8
"""Articles parsed together at most; a worker has as many in hand as its WORKER_CONCURRENCY, which is fewer."""


@dataclasses.dataclass(eq=False)
class _Parse:
    """An article waiting for its parse, then its parse or what stopped it."""

    text: str
    doc: Doc | None = None
    error: Exception | None = None


# What the gazetteer's reading of an article's names adds to its country at most: a chain ("Sinjar (Ninewa)")
# outweighs a force's demonym; a lone name found abroad does not outweigh a group's home country.
GAZETTEER_VOTE = 2.0
SPOT_CONFIDENCE = 0.5  # a spot placed at the town the report was filed from: the town is a guess, the spot is not
# What the city a report was filed from adds to its country, when the story also names that country: a bureau is
# most often in the country it reports on, and a regional one ("NAIROBI (Reuters) - ... in Baidoa") tells the
# story of a neighbour it need not name.
DATELINE_VOTE = 1.0
HEADER_SENTENCES = 3  # a bulletin's header: where, then what and when, before its first sentence with a verb


# words that rank a building, not a town: "Kuru International Airport", "Kuru Central Prison"
RANKS = frozenset({"international", "national", "central", "regional", "general", "main"})


class Gazetteer(Protocol):
    async def resolve(
        self, names: Sequence[str], *, countries: Sequence[str] = (), regions: Sequence[str] = ()
    ) -> dict[str, PlaceRef]: ...


NAME_MODIFIERS = frozenset({"upper", "lower", "greater", "little", "new", "old", "great", "grand", "small", "big"})


def _sides_of(mention: Mention) -> tuple[Token, ...]:
    """The triggers state forces must take part in to count as a side; any force present counts at a protest
    (it intervenes) or an arrest (it arrests)."""
    return () if mention.family in {"protest", "riot", "arrest", "remote"} else mention.triggers


def _antecedent(mention: Mention) -> Span | None:
    """The part of the sentence before a clause opened by "where": what that clause is about."""
    clause, sentence = mention.clause, mention.sentence
    if clause.start <= sentence.start or clause.doc[clause.start].lower_ != "where":
        return None
    return clause.doc[sentence.start : clause.start]


def _refers_there(mention: Mention) -> bool:
    """The clause's "there" points back at the place just told ("Security forces there were conducting a search");
    an existential "there" ("there was an attack") points at nothing."""
    verbs = {t.i for t in mention.triggers} | {governing_verb(t).i for t in mention.triggers}
    return any(
        t.lower_ == "there" and t.dep_ == "advmod" and (t.head.i in verbs or t.head.dep_ in {"nsubj", "nsubjpass"})
        for t in mention.clause
    )  # not "captured the town once the army had left before the fighters got there"


def _figures_of_the_news(figures: list[Figure], mention: Mention) -> list[Figure]:
    """Not the dead of the deed the news answers or comes after ("the raid came days after a strike killed 20")."""
    doc = mention.clause.doc
    return [f for f in figures if (word := doc.char_span(f.start, f.end, alignment_mode="expand")) is None
            or not in_motive(word.root, mention.triggers)]  # fmt: skip


LOCATED = frozenset({"locate", "situate", "lie", "sit", "base"})


def _located_by(mention: Mention) -> Span | None:
    """The relative clause after the mention's clause that says where its object is: ", which is located outside
    the city of Kaduna", ", which lies in Faru district"."""
    clause, sentence = mention.clause, mention.sentence
    doc = clause.doc
    if clause.end + 2 >= sentence.end or (doc[clause.end].text != "," and doc[clause.end].lower_ != "which"):
        return None
    rest = doc[clause.end : sentence.end]
    opener = next((t for t in rest[:2] if t.lower_ in {"which", "that"}), None)
    if opener is None:
        return None
    verb = opener.head
    # ", which is in the Nasl area of Khuzdar district"
    located = verb.lemma_.lower() == "be" and any(
        c.dep_ == "prep" and c.lower_ in {"in", "near"} for c in verb.children
    )
    if verb.lemma_.lower() not in LOCATED and not located:
        return None
    return rest


# how a sentence brings armed men to a place without an attack word: "The insurgents arrived in Dapchi"
ARRIVING = frozenset({"arrive", "enter", "ride", "drive", "descend", "converge", "invade", "reach", "come", "move"})


def _scene_set_before(mention: Mention, facts: list[MentionFacts]) -> Span | None:
    """The sentence right before the mention's, when it tells no event and brings armed men to a place: what the
    mention's unlocated attack happened at."""
    sentence = mention.sentence
    if sentence.start == 0 or not mention.creates:
        return None
    before = sentence.doc[sentence.start - 1].sent
    if any(f.mention.sentence.start == before.start for f in facts):
        return None
    return before if any(
        t.lemma_.lower() in ARRIVING and t.pos_ == "VERB" and any(
            c.dep_ == "nsubj" and (c.lemma_.lower() in lx.ARMED_GENERIC or c.ent_type_ == "ACTOR")
            for c in t.children)
        for t in before) else None  # fmt: skip


# "Dalakaleri town of Gwoza Local Government Area", "Kwaga, a village of Bama": the place the name is a part of
PART_OF = re.compile(
    r",?\s+(?:a |the )?(?:village|town|community|settlement|hamlet|ward|neighbourhood|neighborhood|suburb|quarter)"
    r"\s+(?:of|in)\s+(?P<town>[A-Z][\w'\u2019-]+)"
)


def _parts_of_towns(text: str, toponyms: Sequence[Toponym], places: dict[str, PlaceRef]) -> dict[str, str]:
    """Names the gazetteer lacks that the text tells as a part of another place: name -> that place's name."""
    found = {}
    for toponym in toponyms:
        known = places.get(toponym.query)
        if known is not None and known.precision == "point":
            continue
        if (told := PART_OF.match(text, toponym.end)) is not None:
            found[toponym.query] = told.group("town")
    return found


def _at_town(fact: MentionFacts, towns: dict[str, Toponym]) -> MentionFacts:
    """A village the gazetteer lacks, told as a part of a town it knows, is an event at that town: one place for the
    events that name either."""
    if not any(t.query in towns for t in (*fact.toponyms, *fact.nearby)):
        return fact

    def moved(toponym: Toponym) -> Toponym:
        town = towns.get(toponym.query)
        return toponym if town is None else dataclasses.replace(toponym, text=town.text, query=town.query)

    return dataclasses.replace(fact, toponyms=[moved(t) for t in fact.toponyms], nearby=[moved(t) for t in fact.nearby])


def _without_unknown_institutions(fact: MentionFacts, places: dict[str, PlaceRef]) -> MentionFacts:
    """A name that is a place only if the gazetteer knows the town places nothing otherwise: "Ahmadu Bello
    University" is named after a man."""

    def known(toponym: Toponym) -> bool:
        place = places.get(toponym.query)
        return not toponym.gazetteer_only or (place is not None and place.precision == "point")

    if all(known(t) for t in (*fact.toponyms, *fact.nearby)):
        return fact
    return dataclasses.replace(
        fact, toponyms=[t for t in fact.toponyms if known(t)], nearby=[t for t in fact.nearby if known(t)]
    )


class Pipeline:
    """Implements the worker's Extractor protocol."""

    def __init__(
        self,
        nlp: Language,
        gazetteer: Gazetteer,
        on_stage: StageObserver | None = None,
        limits: ArticleLimits | None = None,
        pack: LanguagePack | None = None,
    ) -> None:
        self._nlp = nlp
        self._pack = pack or english()
        self._rules = self._pack.rules()
        self._gazetteer = gazetteer
        self._limits = limits or ArticleLimits()
        self._on_stage = on_stage or (lambda stage, seconds: None)
        self._cpu = threading.Lock()  # one parse or mention reading at a time in this process: see `_parse`
        self._queue = threading.Lock()
        self._waiting: list[_Parse] = []  # articles whose threads wait for the core to parse them
        self.version = f"{PIPELINE_VERSION}+{nlp.meta['name']}-{nlp.meta['version']}+seeds-{seed_version()}"

    @classmethod
    def load(
        cls, gazetteer: Gazetteer, on_stage: StageObserver | None = None, pack: LanguagePack | None = None
    ) -> Pipeline:
        pack = pack or english()
        return cls(pack.load_nlp(), gazetteer, on_stage, pack=pack)

    def analyse(self, article: ArticleText) -> tuple[Doc, list[MentionFacts]]:
        """The CPU-bound part, run in a worker thread: parse the article and read every mention. A worker running
        several jobs at once then parses one article while another is geocoded and saved, and never parses or
        reads two at once (they would only share the core, each taking twice as long)."""
        self._limits.check_text(article.text)
        doc = self._parse(article.text)
        self._limits.check_doc(doc)
        with self._cpu:
            checkpoint()  # a job stopped while it waited here does not start its reading
            return doc, self._read(article, doc)

    def _parse(self, text: str) -> Doc:
        """The article's parse. Articles that wait for the core at once are parsed together, by whichever of their
        threads takes it first: spaCy parses a batch faster per article than one article at a time (its matrix
        products are larger), and each article's parse is the same either way. One article alone waits for no
        other, so a quiet queue pays nothing for this and a busy one clears faster."""
        checkpoint()  # a job stopped before its parse does not start it
        waiting = _Parse(text)
        with self._queue:
            self._waiting.append(waiting)
        with self._cpu:
            if waiting.doc is None and waiting.error is None:  # no other thread parsed it meanwhile
                with self._queue:
                    others = [w for w in self._waiting if w is not waiting][: PARSE_BATCH - 1]
                    batch = [waiting, *others]
                    self._waiting = [w for w in self._waiting if all(w is not b for b in batch)]
                self._parse_batch(batch)
        if waiting.error is not None:
            raise waiting.error
        assert waiting.doc is not None
        return waiting.doc

    def _parse_batch(self, batch: list[_Parse]) -> None:
        started = time.perf_counter()
        try:
            docs = list(self._nlp.pipe([w.text for w in batch], batch_size=len(batch)))
        except Exception:
            docs = []
        if len(docs) == len(batch):
            for waiting, doc in zip(batch, docs, strict=True):
                waiting.doc = doc
        else:  # an article spaCy cannot parse fails alone, not the articles parsed with it
            for waiting in batch:
                try:
                    waiting.doc = self._nlp(waiting.text)
                except Exception as exc:
                    waiting.error = exc
        share = (time.perf_counter() - started) / len(batch)
        for _ in batch:
            self._on_stage("parse", share)

    def _read(self, article: ArticleText, doc: Doc) -> list[MentionFacts]:
        """Every event mention of the parsed article with its dates, places, figures and actors."""
        started = time.perf_counter()
        facts: list[MentionFacts] = []
        anchor = article.published
        pack = self._pack
        dateline = pack.find_dateline(doc)

        def filed_from(toponym: Toponym) -> bool:
            """ "ZARIA, Nigeria, March 8 - Gunmen stormed a school in Kaduna state": the city the report was filed
            from opens the lead sentence but is no place of its event (the dateline places only what nothing else
            does)."""
            return dateline is not None and toponym.start < dateline.end and dateline.start < toponym.end

        for count, mention in enumerate(pack.find_mentions(doc), 1):
            self._limits.check_mentions(count)
            checkpoint()
            dates = pack.find_dates(mention.clause, article.published, anchor, mention.triggers)
            linked = [t for t in pack.find_toponyms(mention.clause, mention.triggers) if not filed_from(t)]
            if not linked and (where := _located_by(mention)) is not None:
                linked = pack.find_toponyms(where, None)[:1]  # "stormed the seminary, which is located outside Kaduna"
            if not linked and (scene := _scene_set_before(mention, facts)) is not None:
                # "The insurgents arrived in Dapchi on Monday evening. Residents said they shot sporadically": the
                # place the sentence before brought the attackers to (not its day: "on Monday" there may be the Monday
                # before last, which the story dates from its lede)
                linked = [t for t in pack.find_toponyms(scene, None) if not t.area and not t.country][:1]
            if not linked and _refers_there(mention):
                # "In Bijapur, another encounter is under way; there, security forces have killed two Maoists": the
                # place of the event told just before
                linked = next((f.toponyms for f in reversed(facts) if any(not t.area for t in f.toponyms)), [])
            if not dates and mention.clause != mention.sentence:
                # "On Sunday, thousands filled the square in Bogota, while crowds also took to the streets of Cali": a
                # clause that tells no day of its own happens on its sentence's
                told = pack.find_dates(mention.sentence, article.published, anchor, mention.triggers)
                dates = [d for d in told if not d.relative and d.precision == "day"][:1]
            before = _antecedent(mention)
            if before is not None:
                # "On Saturday, gangs looted a police station in Cite Soleil, where an officer was killed": the
                # relative clause happens where and when its antecedent does
                # ("visited the base at Kuru, on a peninsula in Dala province, where the fighting took place": the
                # finest place the antecedent names)
                named = pack.find_toponyms(before, None)
                linked = linked or [t for t in named if not t.area and not t.country][-1:] or named[-1:]
                dates = dates or pack.find_dates(before, article.published, anchor, ())
            # ("last week's bombing" is dated by the week's first day, which is no day to count "a day after" from)
            anchor = next((d.value for d in reversed(dates) if d.value is not None and d.precision != "week"), anchor)
            facts.append(
                MentionFacts(
                    mention=mention,
                    toponyms=linked,
                    nearby=[
                        t for t in pack.find_toponyms(mention.clause, None) if t not in linked and not filed_from(t)
                    ],
                    dates=dates,
                    figures=_figures_of_the_news(pack.find_figures(mention.clause, mention.sentence), mention),
                    actors=pack.find_actors(mention.clause, _sides_of(mention))
                    + (pack.find_actors(before, ()) if before is not None else []),
                )
            )
        self._on_stage("mentions", time.perf_counter() - started)
        return facts

    async def _within_known_place(
        self, names: list[str], places: dict[str, PlaceRef], context: list[str], regions: list[str]
    ) -> dict[str, PlaceRef]:
        """ "Press Enclave Srinagar", "Dhaka University": a spot the gazetteer lacks, named with the town it is in,
        is placed at that town."""
        parts: dict[str, str] = {}
        for name in names:
            words = name.split()
            if name in places or len(words) < 2 or fold(words[0]) in NAME_MODIFIERS:
                continue  # "Upper Sangay" is not Sangay
            # the town, not the building's word: "Baghdad International Airport" is at Baghdad
            for word in (words[-1], words[0]):
                if len(word) >= 4 and word[:1].isupper() and fold(word) not in DIRECTIONS | lx.INSTITUTIONS | RANKS:
                    parts.setdefault(name, word)
                    break
        if not parts:
            return {}
        found = await self._gazetteer.resolve(sorted(set(parts.values())), countries=context[:3], regions=regions)
        # the town by its own name, never by a close spelling: "Ruwan Bagaji" is no spot in Obagaji; and a town of the
        # story's country: a metropolis abroad that begins a spot's name names the person it honours ("the Kuru
        # Dala International Airport" in a story of another country is not at Kuru)
        return {
            name: found[word]
            for name, word in parts.items()
            if word in found
            and found[word].precision == "point"
            and fold(found[word].name) == fold(word)
            and (not context or found[word].country_code == context[0])
        }

    def _header_date(self, doc: Doc, published: dt.date | None) -> DateMention | None:
        """The day a bulletin's opening lines give before its first sentence with a verb: "MOZAMBIQUE — Maputo.
        Agreement, 6 Aug 2019.", "ZIMBABWE — Bulawayo, White City Stadium.\nGrenade, 23 June 2018."."""
        for sentence in list(doc.sents)[:HEADER_SENTENCES]:
            if any(t.pos_ in {"VERB", "AUX"} for t in sentence):
                return None
            days = [d for d in self._pack.find_dates(sentence, published, None, ()) if d.value and d.precision == "day"]
            if days:
                return days[0]
        return None

    async def extract(self, article: ArticleText) -> list[Incident]:
        doc, facts = await asyncio.to_thread(self.analyse, article)
        if not facts:
            return []
        started = time.perf_counter()
        toponyms = [t for f in facts for t in (*f.toponyms, *f.nearby)]
        everywhere = self._pack.find_toponyms(doc[:], None)
        votes = self._pack.country_votes(doc, everywhere)
        dateline = self._pack.find_dateline(doc)
        if dateline is not None:
            filed = (await self._gazetteer.resolve([dateline.query])).get(dateline.query)
            if filed is not None and filed.precision == "point" and filed.country_code in votes:
                votes[filed.country_code] += DATELINE_VOTE
        header = self._pack.find_header_places(doc)
        lines = (*([dateline] if dateline else []), *header)
        names = sorted({t.query for t in (*toponyms, *lines) if not t.country})
        regions = sorted({t.text for t in (*toponyms, *everywhere) if not t.country})
        self._limits.check_toponyms(regions)
        checkpoint()
        if names and max(votes.values(), default=0.0) < FIRM_VOTE:
            # local reporting and analysts' notes often name no country ("Bokkos, Plateau State"), and a force's
            # demonym does not say where it struck ("Israeli forces shelled Aitaroun"): the gazetteer votes too
            # (a lake or a sea is shared by the countries around it: "islands in Lake Ruritania" votes for none)
            everything = sorted(
                {t.query for t in (*toponyms, *everywhere) if not t.country and not names_water(t.text)}
            )
            found = place_votes(await self._gazetteer.resolve(everything, regions=regions), regions)
            for code in sorted(found, key=lambda code: -found[code])[:1]:
                votes[code] = votes.get(code, 0.0) + min(found[code], GAZETTEER_VOTE)
        context = sorted(votes, key=lambda code: -votes[code])
        places = await self._gazetteer.resolve(names, countries=context[:3], regions=regions) if names else {}
        places |= await self._within_known_place(names, places, context, regions)
        filed = places.get(dateline.query) if dateline is not None else None
        if filed is not None and filed.precision == "point" and filed.country_code in context[:1]:
            # "SURABAYA, May 14 - ... bombs went off at churches on Diponegoro street": a street, a square or a market
            # the gazetteer does not know, in a story filed from a town of its country, is in that town
            for toponym in toponyms:
                if toponym.query not in places and is_spot(toponym.text):
                    places[toponym.query] = msgspec.structs.replace(filed, confidence=SPOT_CONFIDENCE)
        known = countries()
        for toponym in toponyms:
            if toponym.country:
                places[toponym.query] = PlaceRef(name=known.names.get(toponym.country, toponym.text),
                                                 precision="country", country_code=toponym.country,
                                                 confidence=1.0)  # fmt: skip
        if not context:
            context = [p.country_code for p in places.values() if p.country_code][:1]
        if dateline is None or not _is_town(places.get(dateline.query)):
            # "MEXICO — Acatlán de Osorio, Puebla.", "Chin State, Thantlang — 29/10/2021": the header's first town
            dateline = next((t for t in header if _is_town(places.get(t.query))), dateline)
        parts = _parts_of_towns(article.text, toponyms, places)
        missing = sorted({town for town in parts.values() if town not in places})
        if missing:
            places |= await self._gazetteer.resolve(missing, countries=context[:3], regions=regions)
        towns = {
            name: Toponym(town, town, 0, 0, False, None, False, False)
            for name, town in parts.items()
            if (place := places.get(town)) is not None and place.precision == "point" and fold(place.name) == fold(town)
        }
        facts = [_without_unknown_institutions(_at_town(fact, towns), places) for fact in facts]
        self._on_stage("geocode", time.perf_counter() - started)
        checkpoint()
        started = time.perf_counter()
        header_town = any(t is dateline for t in header)
        header_date = self._header_date(doc, article.published) if header_town else None
        resolved = Article(article.text, article.published, context, places, dateline, self._rules, header_town,
                           header_date)  # fmt: skip
        incidents = build_incidents(cluster_mentions(facts, resolved), resolved)
        self._on_stage("assemble", time.perf_counter() - started)
        return incidents


def _is_town(place: PlaceRef | None) -> bool:
    return place is not None and place.precision == "point"
