"""French stage: how many died. « au moins 30 soldats tués », « ont coûté la vie à 21 militaires », « une dizaine
de civils » (ACLED reads the round figure: 10), « faisant une soixantaine de morts », « neutralisés » (the army's
word for enemies it killed), with who gives the toll: « selon l'armée », « selon des sources locales ». Wounded
(« blessés »), missing and abducted people are not fatalities."""

from __future__ import annotations

import re

from spacy.tokens import Span

from service.extract.fatalities import Figure
from service.extract.fr import lexicon as fx

_TENS = "vingt|trente|quarante|cinquante|soixante"
_UNIT_WORDS = "un|une|deux|trois|quatre|cinq|six|sept|huit|neuf"
_WORDS = "|".join(sorted((w for w in fx.UNITS if w not in {"un", "une"}), key=len, reverse=True))
_APPROX = "|".join(fx.APPROXIMATE)
_TEENS = "onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf|dix"
# seventy to ninety-nine count by twenties: « soixante-quinze », « quatre-vingt-douze », « quatre-vingt-dix-sept »
_SEVENTY_UP = rf"(?:soixante|quatre-vingt)(?:-| et )(?:{_TEENS})|quatre-vingt-(?:{_UNIT_WORDS})"
_BELOW_HUNDRED = (
    rf"{_SEVENTY_UP}|(?:{_TENS})(?:-| et )(?:{_UNIT_WORDS}|dix|onze|douze|treize|quatorze|quinze|seize)"
    rf"|dix-(?:sept|huit|neuf)|{_TEENS}|{_TENS}|{_UNIT_WORDS}"
)
# « cent quinze », « deux cent cinquante », « trois cents »
_HUNDREDS = rf"(?:(?:{_UNIT_WORDS})[- ])?cents?(?:[- ](?:{_BELOW_HUNDRED}))?"
_NUMBER = (
    rf"(?P<num>\d{{1,3}}(?:[ .\u202f\u00a0]\d{{3}})+|\d+|{_HUNDREDS}|(?:une )?(?:{_APPROX})|des (?:dizaines|centaines)"
    rf"|{_SEVENTY_UP}|(?:{_TENS})(?:-| et )(?:{_UNIT_WORDS}|dix|onze|douze|treize|quatorze|quinze|seize)|quatre-vingts?"
    rf"|dix-(?:sept|huit|neuf)|{_WORDS}|un|une)"
    r"(?! (?:ans|an|heures?|h|km|kilomètres|mètres|jours|mois|semaines|%|nombre|partie|série|quantité)\b)"
)
BESIDES = re.compile(r"\b(?:également|aussi)\b", re.I)
INNER_NUMBER = re.compile(rf"\b(?:\d+|{_TENS}|{_TEENS}|{_WORDS})\b", re.I)
_QUALIFIER = (
    r"(?:(?P<qual>au moins|d'au moins|plus de|plus d'|près de|environ|quelque|pas moins de|jusqu'à|au total"
    r"|un total de|un bilan de|une) ?)?"
)
_VICTIMS = r"(?:(?!(?:ont|a|avaient|auraient|sont|et|dans|à|au|lors|qui|par|selon)\b)[\w'-]+ ){0,4}?"
# « sept enfants, dont deux filles, tués », « sept enfants, âgés de 9 à 12 ans, tués »: an aside between the victims and
# their death
# (« seize personnes, quatorze civils et deux soldats, ont été tuées »: the dead counted by kind between commas; a
# count spelt out again, as _NUMBER's named group may stand only once in a pattern)
_COUNT = rf"(?:\d+|{_TEENS}|{_WORDS}|un|une|(?:{_TENS})[\w-]*)"
_ASIDE = rf"(?:[\w'-]+, (?:(?:qui|dont|parmi|âgé(?:e|s|es)? de|tous|toutes)|{_COUNT} )[^,.;]{{1,80}}, )?"
_ADVERB_WORDS = r"y|aussi|également|tous|toutes|déjà|lui|eux|elles|ensuite|finalement|respectivement|par ailleurs"
_ADVERBS = rf"(?:(?:{_ADVERB_WORDS}) )*"
# « ont été tués », « sont tués », « tués »: a killing told in the passive; « une frappe a tué » is active, and what
# comes before its verb is the killer, not the dead
_BE_KILLED = (
    rf"{_ADVERBS}(?:(?:ont|a|avaient|auraient|avait|aurait) {_ADVERBS}été "
    rf"|(?:sont|seraient|étaient|était|est) {_ADVERBS}(?:été )?)?{_ADVERBS}"
)
_KILLED = (
    # (« massacré », « assassinés »: not the nouns « un massacre », « deux assassins »)
    r"(?:tu[ée]e?s?|abattu(?:e|s|es)?|neutralis[ée]e?s?|massacrée?s?|assassinée?s?|exécut[ée]e?s?"
    r"|égorg[ée]e?s?|décapit[ée]e?s?)"
)
_BE = rf"(?:(?:ont|a|avaient|auraient|avait|aurait|sont|seraient|étaient|était|est|été|{_ADVERB_WORDS}) )*"
_DIED = r"(?:morts?|mortes|péri|perdu la vie|trouvé la mort|succombé|décédé(?:e|s|es)?|tombés)"
PASSIVE = re.compile(
    rf"(?<![\w-]){_QUALIFIER}{_NUMBER} {_VICTIMS}{_ASIDE}(?:{_BE_KILLED}{_KILLED}|{_BE}{_DIED})\b", re.I
)
# « a tué dimanche après-midi une vingtaine de civils »: when, told between the verb and its dead
_WHEN = rf"(?:(?:{'|'.join(fx.WEEKDAYS)}|hier|avant-hier|matin|soir|après-midi|dans la nuit) )*"
ACTIVE = re.compile(
    rf"(?<![\w-])(?:tu[ée]e?s?|tuant|tuer|tue|tuent|abattu|abattant|neutralis[ée]|neutralisant|massacr[ée]|"
    rf"massacrant|assassin[ée]|assassinant|exécuté|coût[ée] la vie à|coûtant la vie à|coûte la vie à"
    rf"|ôté la vie à) {_WHEN}(?:à coups? de [\w']+(?: et de [\w']+)? )?{_QUALIFIER}{_NUMBER}\b",
    re.I,
)
TOLL = re.compile(rf"(?<![\w-]){_QUALIFIER}{_NUMBER} (?:de )?(?:morts|tués|victimes mortelles|décès)\b", re.I)
# « l'attaque a fait 12 victimes »: victims a toll makes are the dead
# « 70 personnes ont été tuées à A et trente autres à B »: the second place's dead, the verb left out
ELIDED = re.compile(rf"\bet {_QUALIFIER}{_NUMBER} autres (?=(?:à|au|aux|dans|en)\b)", re.I)
MADE = re.compile(rf"\b(?:fait|faisant|causé|causant) {_QUALIFIER}{_NUMBER} victimes\b", re.I)
ALSO = re.compile(rf"^[\w' -]{{0,30}}?\b(?:ainsi qu'|ainsi que|et) ?{_QUALIFIER}{_NUMBER}\b", re.I)
LISTED = re.compile(rf"(?<![\w-]){_NUMBER} [\w'-]+(?: [\w'-]+)? (?:et|ainsi que) $", re.I)
PART_BEFORE = re.compile(r"(?:dont|parmi (?:eux|elles|lesquels|lesquelles|les \w+)|y compris)\s*$", re.I)
# « neuf des enfants tués », « trois d'entre eux »: a part of the dead told before
PART_OF = re.compile(r"\s*(?:d'entre eux|d'entre elles|parmi|des|d'entre les)\b", re.I)
# « neuf blessés ont succombé à leurs blessures »: those of the wounded who died since, a part of the dead
WOUNDED_SINCE_DEAD = re.compile(
    r"\s*(?:autres\s+)?blessés\s+(?:qui\s+)?(?:ont|avaient|sont)\s+(?:succombé|décédé|morts?)", re.I
)
SOURCE = re.compile(
    r"(?:selon|d'après|de source|à en croire) ((?:l'|le |la |les |des |une |un |plusieurs |nos )?[\w' -]{2,40}?)"
    r"(?:[,.;»]|$)",
    re.I,
)
QUOTES = str.maketrans({c: " " for c in '«»"\u201c\u201d\u2018'} | {"\u2019": "'"})


# words that name the dead without telling whose they are: « personnes », « autres »
GENERIC_VICTIMS = frozenset({"personnes", "personne", "autres", "individus", "victimes", "morts", "tués", "décès"})


def of_attackers(words: str) -> bool:
    """The first noun that names the dead names armed men: « trente assaillants ont été neutralisés », « tuant
    sept terroristes »."""
    for word in re.findall(r"[\w-]+", words.lower()):
        if word in GENERIC_VICTIMS:
            return False
        if fx.ARMED_GENERIC.fullmatch(word):
            return True
    return False


def number(text: str) -> int | None:
    text = re.sub(r"[\s.\u202f\u00a0]", "", text.lower()) if re.match(r"\d", text) else text.lower().strip()
    if text.isdigit():
        return int(text)
    hundreds = re.match(r"^(?:(\S+)[- ])?cents?(?:[- ](.+))?$", text)
    if hundreds:
        times = number(hundreds.group(1)) if hundreds.group(1) else 1
        rest = number(hundreds.group(2)) if hundreds.group(2) else 0
        return None if times is None or rest is None else times * 100 + rest
    words = text.split()
    if words and words[-1] in fx.APPROXIMATE:
        return fx.APPROXIMATE[words[-1]]
    if words and words[-1] in fx.VAGUE:
        return fx.VAGUE[words[-1]]
    # a written number adds its parts ("soixante-dix-sept" = 60 + 10 + 7), where "quatre-vingt(s)" is 80
    parts = re.sub(r"quatre-vingts?", "quatre-vingt", re.sub(r" et ", " ", text)).replace("quatre-vingt", "80")
    values = [80 if part == "80" else fx.UNITS.get(part) for part in re.split(r"[- ]", parts) if part]
    if not values or None in values:
        return None
    return sum(v for v in values if v is not None)


def _clean(text: str) -> str:
    """Quotes out (« six morts »), spaces single: each character keeps its offset by padding at the end."""
    return re.sub(r"\s", " ", text.translate(QUOTES))


def source_of(sentence: Span) -> str | None:
    match = SOURCE.search(sentence.text)
    return match.group(1).strip() if match else None


# « un premier bilan faisait état de sept morts »: a count a later one replaced; « le bilan s'est alourdi à 21 », « revu
# à la hausse »: the count that replaced it
EARLY_COUNT = re.compile(r"\b(?:premier bilan|bilan initial|initialement|dans un premier temps|bilan préliminaire)\b",
                         re.I)  # fmt: skip
REVISED_COUNT = re.compile(
    r"\b(?:s'est alourdi|s\u2019est alourdi|s'alourdit|s\u2019alourdit|revu à la hausse|revu à la baisse|nouveau bilan"
    r"|dernier bilan|bilan actualisé|est passé à|a grimpé à|a atteint|s'élève désormais|s\u2019élève désormais)",
    re.I,
)


def find_figures(clause: Span, sentence: Span) -> list[Figure]:
    raw = _clean(clause.text)
    # runs of spaces left by removed quotes collapse; `where` maps the collapsed text back to the clause's offsets
    where = [i for i, c in enumerate(raw) if not (c == " " and i > 0 and raw[i - 1] == " ")]
    text = "".join(raw[i] for i in where)
    base = clause.start_char
    figures: list[Figure] = []
    taken: list[tuple[int, int]] = []
    source = source_of(sentence)
    early = bool(EARLY_COUNT.search(sentence.text))
    revised = not early and bool(REVISED_COUNT.search(sentence.text))
    for pattern in (ACTIVE, PASSIVE, TOLL, MADE, ELIDED):
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue  # "un engin explosif a tué trois soldats": the device is no victim
            value = number(match.group("num"))
            if value is None:
                continue
            if match.group("num").lower() in {"un", "une"} and INNER_NUMBER.search(text, match.end("num"), match.end()):
                continue  # « un bilan provisoire de vingt-huit morts »: « un » is an article, the count comes after
            taken.append(match.span())
            qualifier = (match.group("qual") or "").lower()
            if pattern is ACTIVE and (tail := ALSO.match(text[match.end() :])):
                value += number(tail.group("num")) or 0
                taken.append((match.end(), match.end() + tail.end()))
            elif pattern is PASSIVE and (head := LISTED.search(text[: match.start()])):
                value += number(head.group("num")) or 0
            before, after = text[: match.start()], text[match.end("num") :]
            # the others' dead are a toll of their own place, never a lower telling of the first figure's
            partial = bool(PART_BEFORE.search(before) or PART_OF.match(after) or WOUNDED_SINCE_DEAD.match(after))
            partial = partial or pattern is ELIDED
            vague = match.group("num").lower().startswith("des ")
            start, end = base + where[match.start()], base + where[match.end() - 1] + 1
            floor = qualifier in {"plus de", "plus d'"}  # « plus de 40 »: at least one more
            # the attackers' dead are besides their victims' (« un Casque bleu a été tué ... trente assaillants
            # neutralisés » is 31), as ACLED counts an event's dead
            armed = pattern is not TOLL and of_attackers(" ".join(text[match.end("num") :].split()[:3]))
            # « un militaire a également perdu la vie »: dead besides those counted before
            besides = not armed and pattern is not TOLL and bool(BESIDES.search(text, match.end("num"), match.end()))
            side = "armed" if armed else "besides" if besides else None
            figures.append(Figure(value, qualifier == "jusqu'à", start, end, source, partial, vague, floor,
                                  side=side, added=armed or besides, early=early, revised=revised))  # fmt: skip
    return figures
