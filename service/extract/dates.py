"""Stage: when. Date expressions in a clause, resolved against the publication date or against the date of
an event mentioned before ("a day prior"). Dates that only say when something was reported are ignored."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

import dateparser
from spacy.tokens import Span, Token

from service.extract import lexicon as lx
from service.extract.docs import text_of
from service.extract.mentions import armed_subject, governing_verb, in_motive, related
from service.extract.model import DatePrecision
from service.extract.places import DATELINE, dateline_end

_WEEKDAY = "|".join(lx.WEEKDAYS)
_MONTH = "|".join(lx.MONTHS) + r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
EXPRESSION = re.compile(
    rf"\b(?P<weekday>(?:last )?(?:{_WEEKDAY}))(?:'s)?\b"
    rf"|\b(?P<md>(?:{_MONTH})\.? \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?)\b"
    rf"|\b(?P<dm>\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{_MONTH})(?:,? \d{{4}})?)\b"
    # "08/04/2022", "29.10.2021", "2022-04-08": a bulletin's date in figures
    r"|\b(?P<numeric>\d{1,2}(?P<separator>[/.])\d{1,2}(?P=separator)\d{4}|\d{4}-\d{2}-\d{2})\b"
    r"|\b(?P<yesterday>yesterday|last night|overnight)\b"
    r"|\b(?P<weekend>(?:during|at|over|on) the weekend|last weekend|this weekend)\b"
    r"|\b(?P<today>today|this morning|earlier today|this afternoon|tonight)\b"
    r"|\b(?P<relative>(?:a|one|two|three|four|five|\d+) days? (?:prior|before|earlier|later|after)|the (?:day|night)"
    r" (?:before|after)|the previous (?:day|night)|the next day|the following day)\b"
    r"|\b(?P<lastweek>last week|earlier this week|this week|past week)\b"
    r"|\b(?P<lastmonth>last month|earlier this month|this month)\b"
    r"|\b(?P<before>(?:(?:a|one|two|three|four|five|six|several|a few|\d+) )?(?:weeks?|months?) "
    r"(?:earlier|before|ago|prior|after))\b"
    rf"|\b(?P<month>(?:(?:in|early|late|mid|last|the end of|the beginning of)[- ])+(?:{_MONTH})(?:,? \d{{4}})?"
    rf"|(?:{_MONTH}) \d{{4}})(?:,? (?:of )?last year)?\b",
    re.I,
)
# "on Palm Sunday", "on Good Friday": a weekday named as a feast, after a capitalised word that is no date
HOLIDAY_BEFORE = re.compile(r"\b(?!On\b|Last\b|This\b|Next\b|Late\b|Early\b|By\b|Until\b|Since\b)[A-Z][a-z]+ $")
# "since May 2017", "since Monday": where a span starts, not when an event happened
SINCE = re.compile(r"\b(?:since|until|till|from)\s+(?:early |late |mid-?)?$", re.I)
EXPLICIT_AFTER_WEEKDAY = re.compile(
    rf",?\s+(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH})|(?:{_MONTH})\.?\s+\d)", re.I
)
# the event the article told, named again: "a week before the massacre", "two months after the attack"
EVENT_TOLD = re.compile(
    r"\s+(?:the|that|this)\s+(?:[\w-]+\s+)?(?:massacres?|attacks?|killings?|raids?|ambush(?:es)?|bombings?|blasts?"
    r"|explosions?|assaults?|abductions?|kidnappings?|clashes|strikes?)\b",
    re.I,
)
# a day told between a reporting verb and what was reported: "said on Monday it had taken control of the town"
SAID_ON = re.compile(
    r"\b(?:said|says|announced|claimed|reported|confirmed|stated|told (?:reporters|journalists|\w+))"
    r"(?: late| early)? on\s*$",
    re.I,
)
REPORT_FOLLOWS = re.compile(r",?\s+(?:that|it|they|he|she|its|their|his|her)\b", re.I)
LINKED_TO = re.compile(r"\b(?:linked|connected|related|tied)\s+to\s+(?:the\s+)?$", re.I)
AS_REPORTED = re.compile(r"\s*[(\[]as reported[)\]]", re.I)
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


@dataclass(frozen=True, slots=True)
class DateMention:
    value: dt.date | None  # None when it cannot be resolved (no publication date)
    precision: DatePrecision
    key: str  # comparable form, resolved or not: "2025-07-01" or "weekday:tuesday"
    start: int  # character offsets into the article
    end: int
    relative: bool  # dated relative to another event

    def last_day(self) -> dt.date | None:
        """The last day the date may stand for: the day itself, the end of its week ("last week" is dated by the
        week's first day), the end of its month."""
        if self.value is None or self.precision == "day":
            return self.value
        if self.precision == "week":
            return self.value + dt.timedelta(days=6)
        return (self.value.replace(day=1) + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)


# "Rescuers pulled more bodies from the rubble on Tuesday, raising the toll from the bombing": the day the dead were
# pulled out, buried or mourned, which is no day of the deed
AFTERMATH_LEMMAS = frozenset({"pull", "bury", "mourn", "dig", "exhume", "retrieve"})
STATEMENT_NOUNS = frozenset({"statement", "communique", "video", "message", "post", "report", "bulletin"})


def _reporting(clause: Span, start: int) -> bool:
    """True when the date says when something was said or published ("residents said on Monday")."""
    date = token = next((t for t in clause if t.idx >= start), None)
    depth = 0
    while token is not None and date is not None and depth < 4:
        if token.pos_ in {"VERB", "AUX"} or token.lemma_ == "statement":
            reporting = (token.lemma_.lower() in lx.REPORTING_LEMMAS or token.lemma_ == "statement" or _claimed(token)
                         or _called_for(token) or _aftermath(token))  # fmt: skip
            # "in a statement carried by its news agency on Monday": when the statement was put out
            reporting = reporting or (token.dep_ == "acl" and token.head.lemma_.lower() in STATEMENT_NOUNS)
            # "gunmen killed 12 in Gujba on Sunday, residents said": the attribution trails the report, whose
            # date the parser may hang on the reporting verb
            trailing = token.i > date.i and any(c.dep_ == "ccomp" and c.i < date.i for c in token.children)
            return reporting and not trailing
        if token.i == token.head.i:
            return False
        token, depth = token.head, depth + 1
    return False


def _aftermath(verb: Token) -> bool:
    """ "pulled more bodies from the rubble on Tuesday", "gathered in Ankara on Sunday to mourn the victims": the day
    the dead were pulled out, buried or mourned (not "gunmen arrived in the town on Saturday": the attackers came)."""
    if armed_subject(verb):
        return False
    return verb.lemma_.lower() in AFTERMATH_LEMMAS or any(
        c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in AFTERMATH_LEMMAS for c in verb.children
    )


def _called_for(verb: Token) -> bool:
    """ "Guterres called on Friday for an inquiry into the strike": the day of the call, not of the strike."""
    return verb.lemma_.lower() == "call" and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)


def _claimed(verb: Token) -> bool:
    """ "IS claimed responsibility on Tuesday for Friday's bombing", "the group claimed the attack in a statement on
    Monday": the day of the claim, which is no day of the deed (where "the blast claimed 12 lives on Monday" is)."""
    if verb.lemma_.lower() != "claim":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and not any(
        o.lemma_.lower() in {"life", "death"} or any(n.dep_ == "nummod" for n in o.children) for o in objects
    )


def _in_dateline(clause: Span, start: int) -> bool:
    """The date is part of the wire dateline the article opens with ("BEIRUT, Nov 30 (Reuters) -")."""
    if start > 300:
        return False
    head = text_of(clause.doc)[:300]
    for line in DATELINE.finditer(head):
        if line.start() > 0 and head[line.start() - 1] != "\n":
            continue  # a dateline opens a line, after the headline if there is one
        if line.start() > 0 and not (line.group("place").isupper() or "(" in line.group()):
            continue  # "On Monday, 12 people - ": a dateline is in capitals or names an agency
        if line.start() <= start < line.end():
            return True
    return False


def _weekday(published: dt.date, name: str) -> dt.date:
    target = lx.WEEKDAYS.index(name.split()[-1].lower())
    back = (published.weekday() - target) % 7
    if back == 0 and name.split()[0].lower() == "last":
        back = 7  # "last Sunday" told on a Sunday is the Sunday a week before
    return published - dt.timedelta(days=back)


AHEAD = dt.timedelta(days=45)  # a day and month without a year this soon after the report is one to come


def _ahead(day: dt.date, published: dt.date) -> bool:
    try:
        this_year = day.replace(year=published.year)
    except ValueError:  # 29 February
        return False
    return published < this_year <= published + AHEAD


@functools.lru_cache(maxsize=1024)  # (dateparser again, for the rare day it could not place in the past)
def _upcoming(text: str, published: dt.date) -> bool:
    """A day and month told without a year that falls soon after the report: a day to come."""
    if re.search(r"\d{4}", text):
        return False
    parsed = dateparser.parse(text, languages=["en"], settings={"REQUIRE_PARTS": ["day", "month"]})
    return parsed is not None and _ahead(parsed.date(), published)


@functools.lru_cache(maxsize=4096)  # dateparser takes about 10 ms a call; reports repeat their dates
def _absolute(text: str, published: dt.date | None) -> dt.date | None:
    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"]}
    if published:
        settings["RELATIVE_BASE"] = dt.datetime.combine(published, dt.time(23, 59))
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    if parsed is None:
        return None
    day = parsed.date()
    if published and not re.search(r"\d{4}", text) and _ahead(day, published):
        return None  # "a presidential vote on December 27", told on 13 December: a day to come, no event's
    if published and not re.search(r"\d{4}", text) and day > published:
        day = day.replace(year=day.year - 1)
    return day if published or re.search(r"\d{4}", text) else None


def _in_figures(text: str, published: dt.date | None) -> dt.date | None:
    """ "08/04/2022" is 8 April in most of the world and 4 August in the United States: the reading that falls on or
    before the report, nearest to it, else the day first; "2022-04-08" is year, month, day."""
    numbers = [int(n) for n in re.findall(r"\d+", text)]
    if numbers[0] > 31:
        readings = [(numbers[0], numbers[1], numbers[2])]
    else:
        readings = [(numbers[2], numbers[1], numbers[0]), (numbers[2], numbers[0], numbers[1])]
    days = []
    for year, month, day in readings:
        try:
            days.append(dt.date(year, month, day))
        except ValueError:
            continue
    if published is not None:
        past = [d for d in days if d <= published]
        return max(past, default=None)
    return days[0] if days else None


def _month(text: str, published: dt.date | None) -> dt.date | None:
    """The first day of the month named ("in late March", "December 2024", "last October"): the year given, else
    the last such month up to the report."""
    name = next(m for m in lx.MONTHS if re.search(rf"\b{m[:3]}", text))
    month = lx.MONTHS.index(name) + 1
    year = re.search(r"\d{4}", text)
    if year:
        return dt.date(int(year.group()), month, 1)
    if published is None:
        return None
    if re.search(r"\blast year$", text):
        return dt.date(published.year - 1, month, 1)  # "in October last year"
    if month < published.month or (month == published.month and not re.search(r"\blast\b", text)):
        return dt.date(published.year, month, 1)
    return dt.date(published.year - 1, month, 1)  # "last April" told in April is a year before


def _in_since_phrase(clause: Span, start: int) -> bool:
    """The date is told inside a "since" phrase or clause, of the start of a span: "the deadliest attack since the
    coup in February", "the first bombing since rebels took the city in December"."""
    token = next((t for t in clause if t.idx >= start), None)
    if token is None:
        return False
    for ancestor in token.ancestors:
        if ancestor.lower_ == "since" and ancestor.dep_ == "prep":
            return True
        if any(c.lower_ == "since" and c.dep_ == "mark" for c in ancestor.children) and ancestor.dep_ == "advcl":
            return True
    return False


def _aside(clause: Span, start: int, triggers: tuple[Token, ...]) -> bool:
    """The date belongs to another happening than the event: "one of those killed was buried on Monday"."""
    token = next((t for t in clause if t.idx >= start), None)
    if token is None or not triggers:
        return False
    verb = governing_verb(token)
    if verb.dep_ == "relcl" and verb.i != triggers[0].i and _about_person(verb.head):
        return True  # "revenge for the commander who was slain in August": the person's story, not the event
    counted = [c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in TOLL_NOUNS]
    if verb.lemma_.lower() in TOLL_VERBS and counted and not any(token in c.subtree for c in counted):
        return True  # "the toll from Monday's bombing rose to 100 on Tuesday": Tuesday is the day of the count
    if verb.lemma_.lower() in REACTION_LEMMAS and not any(t.i == verb.i for t in triggers):
        return True  # "the UN on Friday condemned an air strike that hit a bus": Friday is the day of the words
    return verb.lemma_.lower() in lx.AFTERMATH_LEMMAS and not related(token, triggers)


# the words said of an event after it: their day is not the event's
REACTION_LEMMAS = frozenset({"condemn", "denounce", "decry", "deplore", "mourn", "bury", "vow", "pledge", "blame",
                             "criticise", "criticize", "commemorate"})  # fmt: skip


TOLL_VERBS = frozenset({"rise", "climb", "reach", "increase", "jump", "stand", "hit", "mount"})
TOLL_NOUNS = frozenset({"toll", "number", "tally", "count", "figure"})


# happenings that are no deeds, named with their day: "the Feb. 9 elections", "Sunday's vote", "the May 3 summit"
OCCASION_NOUNS = frozenset(
    {"election", "vote", "poll", "referendum", "summit", "talks", "deadline", "meeting", "inauguration",
     "ceremony", "conference", "session", "hearing", "anniversary", "festival", "celebration", "match", "runoff"}
)  # fmt: skip


def _names_occasion(clause: Span, start: int) -> bool:
    """The date modifies the noun of a happening that is no deed: "before the Feb. 9 legislative elections"."""
    token = next((t for t in clause if t.idx >= start), None)
    while token is not None and token.dep_ in {"nmod", "compound", "nummod", "poss", "amod", "npadvmod"}:
        token = token.head
        if token.pos_ in {"NOUN", "PROPN"} and token.dep_ not in {"nmod", "compound", "nummod"}:
            return token.lemma_.lower() in OCCASION_NOUNS
    return False


def _about_person(noun: Token) -> bool:
    return noun.ent_type_ == "PERSON" or noun.lemma_.lower() in lx.PERSON_ROLES or noun.lemma_.lower() == "commander"


def find_dates(
    clause: Span, published: dt.date | None, anchor: dt.date | None, triggers: tuple[Token, ...] = ()
) -> list[DateMention]:
    """Every event date in the clause. `anchor` is the last event date seen before this clause."""
    found: list[DateMention] = []
    base = clause.start_char
    for match in EXPRESSION.finditer(clause.text):
        start, end = base + match.start(), base + match.end()
        # "Around 4 March 2024 (as reported),": an analyst's mark that the date is the one reported, not a report
        as_reported = AS_REPORTED.match(clause.text[match.end() :]) is not None
        if (_reporting(clause, start) and not as_reported) or _aside(clause, start, triggers):
            continue
        if SAID_ON.search(text_of(clause.doc)[max(0, start - 40) : start]) and REPORT_FOLLOWS.match(
            clause.text[match.end() :]
        ):
            continue  # "Islamic State said on Monday it had taken the town": the day of the saying
        if _names_occasion(clause, start):
            continue  # "before the Feb. 9 legislative elections": the day of the vote, not of a deed
        if match.group().endswith("'s") and LINKED_TO.search(clause.text[: match.start()]):
            continue  # "whether the attack was linked to Sunday's bombings": the day of the other event
        if _in_dateline(clause, start):
            continue  # "Maputo, 29 Mar 2021 (Lusa) - Dozens were killed in the attack": when the report was filed
        kind = match.lastgroup or ""
        if kind == "relative" and re.match(r"\s+(?:the|that|this|an?)\b", clause.text[match.end() :]):
            continue  # "seen three days before the attack": dates something else relative to the known event
        if kind == "weekday" and HOLIDAY_BEFORE.search(clause.text[: match.start()]):
            continue  # "Palm Sunday", "Good Friday": a feast day, not the last such weekday
        if kind == "weekday" and EXPLICIT_AFTER_WEEKDAY.match(clause.text[match.end() :]):
            continue  # "on Thursday, November 29, 2018": the explicit date that follows says which Thursday
        # ("the toll from Monday's bombing": a possessive day names the event, whatever preposition precedes)
        if SINCE.search(clause.text[: match.start()]) and not match.group().endswith("'s"):
            continue
        if _in_since_phrase(clause, start):
            continue  # "the first suicide bombing since the fall of the government in December": what it counts from
        if (word := next((t for t in clause if t.idx >= start), None)) is not None and in_motive(word, triggers):
            continue  # "in retaliation for last month's killing": the day of the deed answered
        if kind == "month" and re.search(r"\bmay\b", match.group()) and not match.group().endswith("last year"):
            continue  # "in may": the verb, not the month
        text = match.group().lower()
        value: dt.date | None = None
        precision: DatePrecision = "day"
        relative = False
        if kind == "weekday":
            value = _weekday(published, match.group("weekday")) if published else None
        elif kind in {"md", "dm"}:
            value = _absolute(text, published)
            if value is None and published is not None and _upcoming(text, published):
                continue  # "a presidential vote on December 27", told on 13 December: a day to come
        elif kind == "numeric":
            value = _in_figures(text, published)
        elif kind == "yesterday":
            value = published - dt.timedelta(days=1) if published else None
        elif kind == "today":
            value = published
        elif kind == "relative":
            relative = True
            words = text.split()
            days = int(words[0]) if words[0].isdigit() else _SMALL.get(words[0], 1)
            forward = any(w in text for w in ("later", "after", "next", "following"))
            if text.endswith(("after", "before")) and re.match(r"\s+\w", clause.text[match.end() :]):
                # "five were killed on Thursday, a day after nine police died": what follows "after" came first
                forward = not forward
            value = anchor + dt.timedelta(days=days if forward else -days) if anchor else None
        elif kind == "weekend":
            value = _weekday(published - dt.timedelta(days=1), "sunday") if published else None
        elif kind == "lastweek":
            precision = "week"
            back = 7 if "last" in text or "past" in text else 2
            value = published - dt.timedelta(days=back) if published else None
        elif kind == "lastmonth":
            precision = "month"
            if published:
                first = published.replace(day=1)
                value = first if "this" in text else (first - dt.timedelta(days=1)).replace(day=1)
        elif kind == "before":
            # "a month earlier" counts back from the event told before it; "two weeks ago" from the report
            words = text.split()
            count = int(words[0]) if words[0].isdigit() else _SMALL.get(words[0], 2 if words[0] in {
                "several", "weeks", "months", "few"} else 1)  # fmt: skip
            precision = "week" if "week" in text else "month"
            relative = words[-1] != "ago"
            # "the exercise comes six months after four soldiers were killed": with no event told before, the
            # sentence's present is the report's
            base_date = (anchor or published) if relative else published
            days = count * (7 if precision == "week" else 30)
            # "weeks after the army stormed Konshisha": the storming came weeks before; "weeks before X": X after
            later = words[-1] == "before" and bool(re.match(r"\s+\w", clause.text[match.end() :]))
            if relative and EVENT_TOLD.match(clause.text[match.end() :]):
                # "A week before the massacre, fighters killed 20 soldiers": the deed is dated from the event the
                # article told, named again after the preposition
                later = words[-1] in {"after", "later"}
            days = -days if later else days
            value = base_date - dt.timedelta(days=days) if base_date else None
        elif kind == "month":
            precision = "month"
            value = _month(text, published)
        key = value.isoformat() if value else f"{kind}:{text}"
        found.append(DateMention(value, precision, key, start, end, relative))
        if value is not None and precision == "day":
            anchor = value  # "raided A on 3 June and B the next day": the day after 3 June
    filed = dateline_end(clause)
    if filed is not None and any(d.start >= filed for d in found):
        # "YALA, Nov 6 - Fifteen people were killed ... late on Tuesday": the dateline's day is when the report
        # was filed; a day the story tells is the event's
        found = [d for d in found if d.start >= filed]
    return found
