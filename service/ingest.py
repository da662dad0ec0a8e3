"""Ingest: validate an article, normalise it for de-duplication, store it with its job."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from urllib.parse import unquote, urlsplit, urlunsplit

import asyncpg

from service.contract.schemas import ArticleIn
from service.db.queries import articles
from service.errors import InvalidInput
from service.language import of_article

_SPACE = re.compile(r"\s+")
_RFC3339_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_RFC3339_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
# a publication date ahead of the clock by more than any time zone or clock skew explains is a wrong date: it would
# put the article's incidents at the top of every newest-first list and export
_FUTURE_SLACK = dt.timedelta(days=1)


# parameters that say where a reader came from, not which page they read
_TRACKING = re.compile(r"^(utm_\w*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl)$")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def url_key(url: str) -> str:
    """The form of a URL that re-posts of one page share: scheme and host in lower case, the default port, the
    fragment, a trailing slash and tracking parameters (utm_*, fbclid, gclid...) dropped, the other parameters
    sorted. The path and the parameters' values keep their case and encoding: servers may tell them apart."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    try:
        host, port = (parts.hostname or "").rstrip("."), parts.port
    except ValueError:  # a port that is not a number: keep the address as it is, in lower case
        host, port = parts.netloc.lower(), None
    if ":" in host:
        host = f"[{host}]"  # an IPv6 address
    userinfo = parts.netloc.rpartition("@")[0]
    netloc = (f"{userinfo}@" if userinfo else "") + host
    if port is not None and port != _DEFAULT_PORTS.get(scheme):
        netloc += f":{port}"
    kept = [p for p in parts.query.split("&") if p and not _TRACKING.match(unquote(p.partition("=")[0]).lower())]
    return urlunsplit((scheme, netloc, parts.path.rstrip("/"), "&".join(sorted(kept)), ""))


def content_hash(text: str) -> bytes:
    """Hash of the text with Unicode, case and white space normalised: re-posts of one text collide."""
    folded = _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()
    return hashlib.sha256(folded.encode()).digest()


def parse_published_at(value: str, now: dt.datetime | None = None) -> dt.datetime:
    """RFC 3339 date or date-time, at most a day after `now`; a bare date means midnight UTC."""
    published = _rfc3339(value)
    latest = (now or dt.datetime.now(dt.UTC)) + _FUTURE_SLACK
    if published > latest:
        raise InvalidInput(
            f"published_at {value!r} is more than a day in the future",
            errors=[{"field": "published_at", "message": f"must not be after {latest:%Y-%m-%dT%H:%M:%SZ}"}],
        )
    return published


def _rfc3339(value: str) -> dt.datetime:
    try:
        if _RFC3339_DATE.match(value):
            return dt.datetime.combine(dt.date.fromisoformat(value), dt.time(), tzinfo=dt.UTC)
        if _RFC3339_DATETIME.match(value):
            return dt.datetime.fromisoformat(value.replace("z", "Z").replace("Z", "+00:00"))
    except ValueError as exc:
        raise InvalidInput(
            f"published_at {value!r} is not a real date: {exc}",
            errors=[{"field": "published_at", "message": str(exc)}],
        ) from None
    raise InvalidInput(
        f"published_at {value!r} is not an RFC 3339 date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:MM:SSZ)",
        errors=[{"field": "published_at", "message": "expected an RFC 3339 date or date-time"}],
    )


def to_new_article(
    data: ArticleIn, api_key_id: int | None = None, *, default_language: str = "en"
) -> articles.NewArticle:
    if not data.text.strip():
        raise InvalidInput(
            "text is empty or only white space", errors=[{"field": "text", "message": "must contain text"}]
        )
    for name in ("text", "title", "url", "published_at", "source", "language"):
        if "\x00" in (getattr(data, name) or ""):  # PostgreSQL's text cannot hold it
            raise InvalidInput(f"{name} contains a NUL character", errors=[{"field": name, "message": "NUL character"}])
    url = data.url.strip() if data.url else None
    title = data.title.strip() or None if data.title else None
    language = of_article(data.text, title, data.language, default=default_language)
    return articles.NewArticle(
        text=data.text,
        content_hash=content_hash(data.text),
        url=url,
        url_key=url_key(url) if url else None,
        title=title,
        published_at=parse_published_at(data.published_at) if data.published_at else None,
        source=data.source,
        language=language.code,
        language_source=language.source,
        api_key_id=api_key_id,
    )


async def ingest(
    conn: asyncpg.Connection,
    data: ArticleIn,
    *,
    max_attempts: int,
    api_key_id: int | None = None,
    request_id: str | None = None,
    default_language: str = "en",
) -> tuple[int, bool]:
    """Store the article and queue its extraction; ``(id, created)``, created False for a re-post. The article
    records the key that posted it, its job the request that made it, and the language it is read in: the declared
    one, else the detected one, else ``default_language``."""
    new = to_new_article(data, api_key_id, default_language=default_language)
    return await articles.insert_or_find(conn, new, max_attempts=max_attempts, request_id=request_id)
