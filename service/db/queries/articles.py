"""SQL for articles: ingest (article + job in one transaction) and status reads."""

from __future__ import annotations

import datetime as dt

import asyncpg
import msgspec

from service.contract.schemas import Article

JOBS_CHANNEL = "incident_jobs"
FINISHED_CHANNEL = "incident_articles_finished"
"""Notified, with the article's id, by the transaction that finishes an article (done or failed; a withdrawal too):
delivered as it commits, it wakes the requests waiting for that article (`service.waits`)."""

# the article, its job and the wake-up of the workers in one round trip: a post's statements are time on the API's
# event loop, which reads wait for. No row when the url conflicts with an article committed meanwhile.
_INSERT_AND_ENQUEUE = """
WITH article AS (
    INSERT INTO articles (
        url, url_key, title, text, published_at, source, language, language_source, content_hash, api_key_id
    )
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
    ON CONFLICT DO NOTHING
    RETURNING id
), job AS (
    INSERT INTO jobs (article_id, max_attempts, request_id) SELECT id, $11, $12 FROM article RETURNING article_id
)
SELECT article_id, pg_notify($13, article_id::text) FROM job
"""

# the same page (its url as given, or normalised), else the same text under any url; a url match first
_FIND_EXISTING = """
SELECT id FROM articles
WHERE url = $1 OR url_key = $2 OR content_hash = $3
ORDER BY (url = $1 OR url_key = $2) DESC NULLS LAST, id
LIMIT 1
"""

# two posts of one text under different urls conflict on no index: the second waits for the first to commit
# and then finds it. The lock is the transaction's, so a pooled connection keeps no state of ours.
_LOCK_TEXT = "SELECT pg_advisory_xact_lock($1)"

_ARTICLE_DOC = """
SELECT json_build_object(
    'id', a.id,
    'status', j.status,
    'attempts', j.attempts,
    'error', j.last_error,
    'url', a.url,
    'title', a.title,
    'published_at', a.published_at,
    'source', a.source,
    'language', a.language,
    'language_source', a.language_source,
    'created_at', a.created_at,
    'updated_at', greatest(a.updated_at, j.updated_at),
    'processed_at', j.finished_at,
    'incident_ids', coalesce(
        (SELECT json_agg(r.incident_id ORDER BY r.incident_id) FROM incident_reports r WHERE r.article_id = a.id),
        '[]'::json)
)::text
FROM articles a JOIN jobs j ON j.article_id = a.id
WHERE a.id = $1
"""

# the job row is what a worker saving the article's extraction holds (jobs.lock_owned): a withdrawal waits for it
_LOCK_ARTICLE = "SELECT article_id FROM jobs WHERE article_id = $1 FOR UPDATE"
# a request waiting for the article answers at once (404), not at its next re-check
_DELETE = """
WITH gone AS (DELETE FROM articles WHERE id = $1 RETURNING id)
SELECT pg_notify($2, id::text) FROM gone
"""

# of the articles awaited, those no longer to be waited for: their job done or failed, or the article withdrawn
_FINISHED_AMONG = """
SELECT w.id FROM unnest($1::bigint[]) AS w(id)
WHERE NOT EXISTS (SELECT 1 FROM jobs j WHERE j.article_id = w.id AND j.status NOT IN ('done', 'failed'))
"""

_ARTICLE_TEXT = """
SELECT text, title, published_at, language FROM articles WHERE id = $1
"""

# an article posted before languages were detected gets the one its worker detected; a declared one is kept
_SET_LANGUAGE = """
UPDATE articles SET language = $2, language_source = $3 WHERE id = $1 AND language IS NULL
"""


class NewArticle(msgspec.Struct, frozen=True, kw_only=True):
    text: str
    content_hash: bytes
    url: str | None = None
    url_key: str | None = None
    """The url normalised (`service.ingest.url_key`): re-posts of one page share it."""
    title: str | None = None
    published_at: dt.datetime | None = None
    source: str | None = None
    language: str | None = None
    """The ISO 639-1 code it is read in (`service.language`)."""
    language_source: str | None = None
    """declared, detected or default."""
    api_key_id: int | None = None
    """The API key that posted it, when writes need one."""


async def insert_or_find(
    conn: asyncpg.Connection, article: NewArticle, *, max_attempts: int, request_id: str | None = None
) -> tuple[int, bool]:
    """Store the article and its extraction job atomically; return ``(id, created)``. The job keeps the id of
    the request that made it.

    An article with the same url (as given or normalised) or the same normalised text is returned instead.
    """
    async with conn.transaction():
        await conn.execute(_LOCK_TEXT, int.from_bytes(article.content_hash[:8], "big", signed=True))
        existing = await conn.fetchval(_FIND_EXISTING, article.url, article.url_key, article.content_hash)
        if existing is not None:
            return int(existing), False
        article_id = await conn.fetchval(
            _INSERT_AND_ENQUEUE,
            article.url,
            article.url_key,
            article.title,
            article.text,
            article.published_at,
            article.source,
            article.language,
            article.language_source,
            article.content_hash,
            article.api_key_id,
            max_attempts,
            request_id,
            JOBS_CHANNEL,
        )
        if article_id is None:  # the same url, posted with another text, committed meanwhile
            existing = await conn.fetchval(_FIND_EXISTING, article.url, article.url_key, article.content_hash)
            if existing is None:  # the conflicting row was deleted meanwhile: nothing to return but to retry
                raise asyncpg.exceptions.SerializationError("article conflict vanished; retry")
            return int(existing), False
        return int(article_id), True


async def get(conn: asyncpg.Connection, article_id: int) -> Article | None:
    doc = await conn.fetchval(_ARTICLE_DOC, article_id)
    return None if doc is None else msgspec.json.decode(doc, type=Article)


class StoredText(msgspec.Struct, frozen=True, kw_only=True):
    text: str
    title: str | None
    published_at: dt.datetime | None
    language: str | None


async def get_text(conn: asyncpg.Connection, article_id: int) -> StoredText | None:
    row = await conn.fetchrow(_ARTICLE_TEXT, article_id)
    return None if row is None else msgspec.convert(dict(row), StoredText)


async def set_language(conn: asyncpg.Connection, article_id: int, language: str, source: str) -> None:
    """Record the language a worker read an article in when it had none (it was posted before detection)."""
    await conn.execute(_SET_LANGUAGE, article_id, language, source)


async def lock(conn: asyncpg.Connection, article_id: int) -> bool:
    """Inside a transaction: lock the article against its worker's save; False when there is no such article."""
    return await conn.fetchval(_LOCK_ARTICLE, article_id) is not None


async def delete(conn: asyncpg.Connection, article_id: int) -> None:
    """Delete the article and its job (its reports must be withdrawn first: `service.incidents.merge.withdraw`)."""
    await conn.execute(_DELETE, article_id, FINISHED_CHANNEL)


async def finished_among(conn: asyncpg.Connection, article_ids: list[int]) -> list[int]:
    """Which of `article_ids` are finished (done or failed) or no longer exist: one query for every request
    waiting, however many (`service.waits`)."""
    return [int(r["id"]) for r in await conn.fetch(_FINISHED_AMONG, article_ids)]
