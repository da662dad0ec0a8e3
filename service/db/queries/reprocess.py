"""SQL for `incidents reprocess`: which articles a selection names, queued again in batches behind new articles
(priority 1), and each run's progress (`reprocess_runs`, migration 0017) so an interrupted run resumes."""

from __future__ import annotations

import datetime as dt

import asyncpg
import msgspec

from service.db.queries.articles import JOBS_CHANNEL

PRIORITY = 1
"""Reprocessing's priority: claimed after every posted article (0)."""

# A finished job is one a worker no longer holds: the others are queued or processing, and will be extracted anyway.
_FINISHED = "j.status IN ('done', 'failed')"
# The version a job was extracted with: its own record, else (a job done before migration 0017) its reports'. An
# article done with no report and no record is outdated: nothing says which extractor read it. $3 is a JSON object of
# each language's current version; an article stored without a language was read in English.
_OUTDATED = (
    "j.status = 'done' AND coalesce(j.extractor_version, (SELECT max(r.extractor_version) FROM incident_reports r "
    "WHERE r.article_id = j.article_id)) IS DISTINCT FROM ($3::text::jsonb ->> coalesce(a.language, 'en'))"
)
SELECTIONS: dict[str, str] = {
    "all": f"{_FINISHED} AND $3::text IS NULL",
    "outdated": _OUTDATED,
    "article": f"{_FINISHED} AND j.article_id = $3::text::bigint",
    "since": f"{_FINISHED} AND a.created_at >= $3::text::date",
}
"""What each kind of selection takes, with its argument as $3 (text); $1 and $2 bound a batch."""

_FROM = "FROM jobs j JOIN articles a ON a.id = j.article_id"
_BATCH = {kind: f"SELECT j.article_id {_FROM} WHERE j.article_id > $1 AND {where} ORDER BY j.article_id LIMIT $2"  # nosec B608
          for kind, where in SELECTIONS.items()}  # fmt: skip
_COUNT = {kind: f"SELECT count(*) FROM ({batch}) s" for kind, batch in _BATCH.items()}  # nosec B608 (LIMIT NULL: all)

# status is checked again: a job claimed since the batch was read is left to its worker
_REQUEUE = f"""
UPDATE jobs SET status = 'queued', priority = {PRIORITY}, attempts = 0, run_at = now(), last_error = NULL,
    request_id = $2, locked_by = NULL, lease_expires_at = NULL, finished_at = NULL, updated_at = now()
WHERE article_id = ANY($1::bigint[]) AND status IN ('done', 'failed')
"""  # nosec B608

_UNFINISHED = """
SELECT id, selection, after_article_id, total, examined, queued FROM reprocess_runs
WHERE selection = $1 AND finished_at IS NULL
"""
_START = """
INSERT INTO reprocess_runs (selection, total) VALUES ($1, $2)
RETURNING id, selection, after_article_id, total, examined, queued
"""
_ABANDON = "UPDATE reprocess_runs SET finished_at = now() WHERE selection = $1 AND finished_at IS NULL"
_ADVANCE = """
UPDATE reprocess_runs SET after_article_id = $2, examined = examined + $3, queued = queued + $4, updated_at = now(),
    finished_at = CASE WHEN $5 THEN now() END
WHERE id = $1
"""


class Run(msgspec.Struct, kw_only=True):
    """One `incidents reprocess` selection and how far it has got."""

    id: int
    selection: str
    after_article_id: int
    total: int
    examined: int
    queued: int


def selection_key(kind: str, argument: str | None) -> str:
    return kind if argument is None else f"{kind}:{argument}"


async def start(conn: asyncpg.Connection, kind: str, argument: str | None, *, restart: bool = False) -> Run:
    """The unfinished run of this selection, to resume, or a new one (`restart`: always a new one)."""
    key = selection_key(kind, argument)
    async with conn.transaction():
        if restart:
            await conn.execute(_ABANDON, key)
        found = await conn.fetchrow(_UNFINISHED, key)
        if found is None:
            total = await conn.fetchval(_COUNT[kind], 0, None, argument)
            found = await conn.fetchrow(_START, key, total)
    return msgspec.convert(dict(found), Run)


async def queue_batch(
    conn: asyncpg.Connection, run: Run, kind: str, argument: str | None, *, size: int
) -> tuple[int, int, bool]:
    """Queue the run's next batch of articles in one transaction, its progress with it, and wake the workers.
    Returns (articles examined, jobs queued, whether the run is over)."""
    async with conn.transaction():
        ids = [r["article_id"] for r in await conn.fetch(_BATCH[kind], run.after_article_id, size, argument)]
        queued = 0
        if ids:
            status = await conn.execute(_REQUEUE, ids, f"reprocess-{run.id}")
            queued = int(status.split()[-1])
            await conn.execute("SELECT pg_notify($1, $2)", JOBS_CHANNEL, "reprocess")
        over = len(ids) < size
        await conn.execute(_ADVANCE, run.id, ids[-1] if ids else run.after_article_id, len(ids), queued, over)
    if ids:
        run.after_article_id = ids[-1]
    run.examined += len(ids)
    run.queued += queued
    return len(ids), queued, over


def since_argument(value: str) -> str:
    """A --since date, checked (argparse type)."""
    return dt.date.fromisoformat(value).isoformat()
