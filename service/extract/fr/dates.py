"""French stage: when. « mardi », « ce mardi 26 juillet », « le 12 mars », « hier », « la veille », « le
lendemain », « quelques jours plus tôt », « dans la nuit de samedi à dimanche » (the Saturday: ACLED dates a night by
its evening), « dans la nuit du 3 au 4 février », « le week-end dernier », resolved against the publication date or
the event told before. A date that says when something was said (« a indiqué jeudi l'armée ») dates no event."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from service.extract.dates import DateMention
from service.extract.docs import text_of
from service.extract.fr import lexicon as fx
from service.extract.fr.mentions import token_at
from service.extract.model import DatePrecision

_WD = "|".join(fx.WEEKDAYS)
_MO = "|".join(fx.MONTHS) + "|fevrier|aout|decembre|janv|févr|sept|oct|nov|déc"
EXPRESSION = re.compile(
    rf"\bnuit (?:de |du )(?:(?P<n_wd>{_WD}) ?)?(?:(?P<n_day>\d{{1,2}})(?:er)? ?)?(?:(?P<n_mo>{_MO}) )?"
    rf"(?:au|à) (?:(?:{_WD}) ?)?(?:\d{{1,2}}(?:er)? ?)?(?P<n_mo2>{_MO})?(?: (?P<n_year>\d{{4}}))?"
    rf"|\b(?:(?P<dm_wd>{_WD}) )?(?P<dm_day>\d{{1,2}})(?:er|e|ème)? (?P<dm_mo>{_MO})(?: (?P<dm_year>(?:19|20)\d\d))?\b"
    rf"(?! prochain)"
    rf"|\b(?P<wd>{_WD})(?! prochain)\b"
    r"|\b(?P<before>avant-hier)\b"
    r"|\b(?P<yesterday>hier|la nuit dernière)\b"
    r"|\b(?P<today>aujourd'hui|ce matin|cet après-midi|ce soir|cette nuit|dans la matinée)\b(?![-\s]là)"
    # « ce soir-là », « cette nuit-là »: the day of the event told before
    r"|\b(?P<relative>la veille|le lendemain|le même jour|la même nuit|le surlendemain"
    r"|(?:ce|cette) (?:jour|soir|matin|nuit|journée|soirée|matinée)[-\s]là"
    r"|(?:un|deux|trois|quatre|cinq|quelques|\d+) jours? (?:plus tôt|auparavant|plus tard"
    # « deux jours après leur enlèvement »: the time of what is told, after an event it names, not a day of its own
    r"|(?:avant|après)(?!\s+(?:le|la|les|leur|leurs|son|sa|ses|cette|ce|cet|un|une|que|qu|l)\b)))\b"
    r"|\b(?P<ago>il y a (?:un|deux|trois|quatre|cinq|six|\d+) jours)\b"
    r"|\b(?P<weekend>(?:ce|le|du) week-end(?: dernier)?)\b"
    r"|\b(?P<lastweek>la semaine dernière|(?:il y a )?(?:tout juste )?une semaine|cette semaine)\b"
    r"|\b(?P<lastmonth>le mois dernier|ce mois-ci)\b"
    rf"|\b(?:en|début|fin|mi-|courant) ?(?P<month>{_MO})\b(?! \d)",
    re.I,
)
_SMALL = {"un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6}
_MONTH_OF = {name: i for i, name in enumerate(fx.MONTHS, 1)} | {
    "fevrier": 2, "aout": 8, "decembre": 12, "janv": 1, "févr": 2, "sept": 9, "oct": 10, "nov": 11, "déc": 12,
}  # fmt: skip
# what was said or published on that day, not what happened
REPORTED_BEFORE = re.compile(
    r"(?:déclaré|indiqué|annoncé|affirmé|savoir|précisé|confirmé|rapporté|raconté|publié|diffusé|expliqué|ajouté"
    r"|communiqué|dit|joint|jointe|contacté|interrogé|rendu public|réuni|publiée|diffusée|indique|affirme"
    # « le gouvernement a revu à la hausse, ce mardi, le bilan »: the day the toll was revised
    r"|revu(?: à la (?:hausse|baisse))?,?|actualisé,?|relevé,?)"
    # (« dans son communiqué du 9 mai »: the day it was issued)
    r"\s+(?:ce |le |du |la journée de )?$",
    re.I,
)


# the deed a day falls after: « au lendemain d'une journée de manifestations »
DAY_AFTER = re.compile(r"\bau lendemain (?:de |d'|d\u2019|du |des )(?:la |l'|une |un )?(?:[\w-]+ ){0,3}$", re.I)
# « depuis le lundi 25 juillet », « jusqu'au 3 mars »: where a span starts or ends, not when an event happened
SPAN_BOUND = re.compile(r"\b(?:depuis|jusqu'(?:à|au|aux)|à partir d[ue])\s+(?:le |la |l'|les |ce |cette )?$", re.I)


def weekday(published: dt.date, name: str) -> dt.date:
    """The last such day on or before publication."""
    target = fx.WEEKDAYS.index(name.lower())
    return published - dt.timedelta(days=(published.weekday() - target) % 7)


def day_month(day: int, month: int, year: int | None, published: dt.date | None) -> dt.date | None:
    if year is None and published is None:
        return None
    try:
        value = dt.date(year or published.year, month, day)  # type: ignore[union-attr]
    except ValueError:
        return None
    if year is None and published is not None and value > published:
        value = value.replace(year=value.year - 1)
    return value


# « le boulevard du 30 Juin », « la place du 26 Mars »: a street or a landmark named for a day, its month capitalised
STREET_BEFORE = re.compile(
    r"\b(?:boulevard|avenue|rue|place|pont|stade|carrefour|rond-point|échangeur|lycée|collège|école|cité|monument"
    r"|esplanade|camp|quartier)s? du\s*$",
    re.I,
)


def _names_a_street(match: re.Match[str], text: str, start: int) -> bool:
    month = match.group("dm_mo")
    return month[:1].isupper() and bool(STREET_BEFORE.search(text[max(0, start - 30) : start]))


def _reporting(clause: Span, start: int) -> bool:
    text = text_of(clause.doc)
    if REPORTED_BEFORE.search(text[max(0, start - 40) : start]):
        return True
    token = token_at(clause, start - clause.start_char)
    head = token.head
    # « des manifestants se sont réunis vendredi »: a crowd gathering, where « a réuni la presse vendredi » reports
    gathered = head.lemma_.lower() == "réunir" and any(c.lower_ in {"se", "s'", "s’"} for c in head.children)
    return (
        token.dep_.startswith("obl")
        and head.pos_ == "VERB"
        and head.lemma_.lower() in fx.REPORTING_LEMMAS
        and not gathered
    )


def find_dates(
    clause: Span, published: dt.date | None, anchor: dt.date | None, triggers: tuple[Token, ...] = ()
) -> list[DateMention]:
    found: list[DateMention] = []
    base = clause.start_char
    for match in EXPRESSION.finditer(clause.text):
        start, end = base + match.start(), base + match.end()
        kind = match.lastgroup or ""
        if kind in {"n_wd", "n_day", "n_mo", "n_mo2", "n_year"}:
            kind = "night"
        elif kind.startswith("dm_"):
            kind = "dm"
        if _reporting(clause, start) or (kind == "dm" and _names_a_street(match, text_of(clause.doc), start)):
            continue
        if SPAN_BOUND.search(clause.text[: match.start()].replace("\u2019", "'")):
            continue
        text = match.group().lower()
        if kind == "relative" and text.endswith("là"):
            # « Ce soir-là, des hommes armés avaient ouvert le feu »: the day the text named last, told as an event
            # or not (« un an après l'attaque du 15 janvier 2016 »)
            anchor = _last_day_named(text_of(clause.doc)[:start], published) or anchor
        value, precision, relative = _value(match, kind, published, anchor)
        if (
            value is not None
            and not relative
            and any(DAY_AFTER.search(text_of(clause.doc)[max(0, t.idx - 60) : t.idx]) for t in triggers)
        ):
            # « N'Djamena s'est réveillée ce vendredi au lendemain d'une journée de manifestations »: the deed the
            # day after which the clause's day falls
            value -= dt.timedelta(days=1)
        key = value.isoformat() if value else f"{kind}:{text}"
        found.append(DateMention(value, precision, key, start, end, relative))
    return found


def _last_day_named(before: str, published: dt.date | None) -> dt.date | None:
    """The last day and month the text names before this point."""
    named = [m for m in EXPRESSION.finditer(before) if (m.lastgroup or "").startswith("dm_")]
    if not named:
        return None
    value, _, _ = _value(named[-1], "dm", published, None)
    return value


def _value(
    match: re.Match[str], kind: str, published: dt.date | None, anchor: dt.date | None
) -> tuple[dt.date | None, DatePrecision, bool]:
    text = match.group().lower()
    if kind == "night":
        if match.group("n_day"):
            month = match.group("n_mo") or match.group("n_mo2")
            if month:
                year = int(match.group("n_year")) if match.group("n_year") else None
                return day_month(int(match.group("n_day")), _MONTH_OF[month.lower()], year, published), "day", False
        if match.group("n_wd") and published:
            return weekday(published, match.group("n_wd")), "day", False
        return None, "day", False
    if kind == "dm":
        year = int(match.group("dm_year")) if match.group("dm_year") else None
        return (
            day_month(int(match.group("dm_day")), _MONTH_OF[match.group("dm_mo").lower()], year, published),
            "day",
            False,
        )
    if kind == "relative":
        # « quelques jours plus tôt »: some days before the event told, no day of its own
        return _relative(text, anchor), "week" if text.startswith("quelques") else "day", True
    if published is None:
        return None, "day", False
    return _from_published(match, kind, text, published)


def _relative(text: str, anchor: dt.date | None) -> dt.date | None:
    """ "la veille", "le lendemain", "le même jour", "deux jours plus tôt", « quelques jours plus tôt » (about three):
    from the event told before."""
    if anchor is None:
        return None
    fixed = {"le même jour": 0, "la même nuit": 0, "la veille": -1, "le lendemain": 1, "le surlendemain": 2}
    if text in fixed:
        return anchor + dt.timedelta(days=fixed[text])
    if text.endswith("là"):
        return anchor
    words = text.split()
    count = int(words[0]) if words[0].isdigit() else _SMALL.get(words[0], 3 if words[0] == "quelques" else 1)
    return anchor + dt.timedelta(days=count if any(w in text for w in ("tard", "après")) else -count)


def _from_published(
    match: re.Match[str], kind: str, text: str, published: dt.date
) -> tuple[dt.date | None, DatePrecision, bool]:
    if kind == "wd":
        return weekday(published, match.group("wd")), "day", False
    if kind in {"before", "yesterday", "today"}:
        return published - dt.timedelta(days={"before": 2, "yesterday": 1, "today": 0}[kind]), "day", False
    if kind == "ago":
        words = text.split()
        days = int(words[3]) if words[3].isdigit() else _SMALL.get(words[3], 1)
        return published - dt.timedelta(days=days), "day", False
    if kind == "weekend":
        return weekday(published - dt.timedelta(days=1), "dimanche"), "day", False
    if kind == "lastweek":
        return published - dt.timedelta(days=2 if "cette" in text else 7), "week", False
    if kind == "month":
        return day_month(1, _MONTH_OF[match.group("month").lower()], None, published), "month", False
    first = published.replace(day=1)
    return (first if "ci" in text else (first - dt.timedelta(days=1)).replace(day=1)), "month", False
