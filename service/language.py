"""An article's language: the code a client declared, checked against ISO 639-1, else what py3langid (a naive Bayes
model over byte n-grams that ships in its wheel, BSD-3) reads in the title and the start of the text. Text too short
to tell, or that the detector is unsure of, gets the service's default language (``DEFAULT_LANGUAGE``)."""

from __future__ import annotations

import threading
from typing import Literal, NamedTuple

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from service.errors import InvalidInput

UNDETERMINED = "und"
"""ISO 639-2's code for a language that cannot be told."""

LanguageSource = Literal["declared", "detected", "default"]

_ISO_639_1 = (
    "aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en "
    "eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv "
    "ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne "
    "ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st "
    "su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu"
)
ISO_639_1 = frozenset(_ISO_639_1.split())

# Measured on the project's gold sets (docs/operations.md, "Languages"): on whole articles every answer is right
# with a confidence of 1.0; on a headline and a sentence English competes with Nigerian Pidgin and a right answer
# may score 0.5. Below these the answer is too often wrong to act on.
MIN_LETTERS = 20
MIN_CONFIDENCE = 0.5
# the first characters say as much as the whole (100% from 300 characters on) at a bounded cost: a 1 MB body
# would otherwise take half a second of the event loop
_SAMPLE_CHARS = 2000
# a post's detection runs on the API's event loop, where each millisecond is one that reads wait: a first look at
# fewer characters (a third of the cost) settles most articles, and only one it leaves unsure reads the whole
# sample. Of the 130 gold articles 118 are settled by the first look, each as the whole sample reads it
_FIRST_LOOK_CHARS = 500
_SURE = 0.99

_lock = threading.Lock()
_identifier: LanguageIdentifier | None = None


class Language(NamedTuple):
    code: str
    """ISO 639-1, or ``und``."""
    source: LanguageSource


def identifier() -> LanguageIdentifier:
    """The detector, loaded once per process (about 0.8 s: the model is decompressed from the wheel)."""
    global _identifier
    with _lock:
        if _identifier is None:
            _identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        return _identifier


def declared(value: str) -> str:
    """The ISO 639-1 code of a declared language tag: ``fr``, ``FR`` and ``fr-CA`` are ``fr``. 400 otherwise."""
    code = value.strip().split("-", 1)[0].lower()
    if code not in ISO_639_1:
        raise InvalidInput(
            f"language {value!r} is not an ISO 639-1 language code (two letters: en, fr, ar...)",
            errors=[{"field": "language", "message": "expected an ISO 639-1 code such as 'en' or 'fr'"}],
        )
    return code


def detect(text: str, title: str | None = None, *, default: str = UNDETERMINED) -> Language:
    """The language of an article posted without one; ``default`` when the text is too short or the detector
    unsure, or when it names a language without a two-letter code (Nigerian Pidgin, 'no language')."""
    sample = _start(text, title, _SAMPLE_CHARS)
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return Language(default, "default")
    if len(text) > _FIRST_LOOK_CHARS:
        code, confidence = identifier().classify(_start(text, title, _FIRST_LOOK_CHARS))
        if confidence >= _SURE and code in ISO_639_1:
            return Language(code, "detected")
    code, confidence = identifier().classify(sample)
    if confidence < MIN_CONFIDENCE or code not in ISO_639_1:
        return Language(default, "default")
    return Language(code, "detected")


def _start(text: str, title: str | None, chars: int) -> str:
    """The title and the first `chars` characters of the text."""
    return f"{title}\n{text[:chars]}" if title else text[:chars]


def of_article(text: str, title: str | None, declared_code: str | None, *, default: str) -> Language:
    """The language an article is read in: the declared one when there is one, else the detected one."""
    if declared_code is not None:
        return Language(declared(declared_code), "declared")
    return detect(text, title, default=default)
