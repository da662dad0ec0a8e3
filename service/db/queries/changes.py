"""SQL for the change feed (`incident_changes`, migration 0016): what happened last to each incident, in commit
order. Writers record their changes at the end of the transaction that made them; `GET /v1/incidents/changes`
reads them in `seq` order."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping

import asyncpg

# Sequence values are taken under this lock, held to the end of the transaction, so they commit in their order:
# a reader that has seen value n can never later meet a commit of a value below it. Writers take it last, after
# the merge locks, so no two wait on each other in a circle; the work left after it is the job's row and the commit.
_LOCK_KEY = int.from_bytes(hashlib.blake2b(b"incident-changes", digest_size=8).digest(), "big", signed=True)
_LOCK = "SELECT pg_advisory_xact_lock($1)"

_RECORD = """
INSERT INTO incident_changes (incident_id, kind, survivor_id, reason)
SELECT c.incident_id, c.kind, c.survivor_id, c.reason
FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::text[]) AS c (incident_id, kind, survivor_id, reason)
ORDER BY c.incident_id
ON CONFLICT (incident_id) DO UPDATE SET seq = nextval('incident_changes_seq'), kind = EXCLUDED.kind,
    survivor_id = EXCLUDED.survivor_id, reason = EXCLUDED.reason, changed_at = now()
"""
# ids that an absorbed incident had itself absorbed now answer with its survivor (as incident_redirects do)
_FOLLOW_MERGES = """
UPDATE incident_changes SET seq = nextval('incident_changes_seq'), survivor_id = $2, changed_at = now()
WHERE kind = 'merge' AND survivor_id = $1
"""
# ids merged into an incident that is deleted answer 404 with it (their redirects go with it)
_FOLLOW_DELETES = """
UPDATE incident_changes SET seq = nextval('incident_changes_seq'), kind = 'delete', survivor_id = NULL, reason = $2,
    changed_at = now()
WHERE kind = 'merge' AND survivor_id = ANY($1::bigint[])
"""

# an upsert whose incident is gone would have been replaced by its deletion in the same transaction: the join only
# guards against a row removed behind the service's back
_PAGE = """
SELECT c.seq, c.incident_id, c.kind, c.survivor_id, c.reason, c.changed_at, i.doc
FROM incident_changes c LEFT JOIN incidents i ON c.kind = 'upsert' AND i.id = c.incident_id
WHERE c.seq > $1 AND (c.kind <> 'upsert' OR i.id IS NOT NULL)
ORDER BY c.seq
LIMIT $2
"""

WITHDRAWN = "article_withdrawn"
NO_REPORTS_LEFT = "no_reports_left"


async def record(
    conn: asyncpg.Connection,
    *,
    upserted: Iterable[int] = (),
    merged: Mapping[int, int] | None = None,
    deleted: Iterable[int] = (),
    reason: str = NO_REPORTS_LEFT,
) -> None:
    """Record changes to incidents: call last in the transaction that made them (see `_LOCK_KEY`)."""
    rows: list[tuple[int, str, int | None, str | None]] = [(i, "upsert", None, None) for i in upserted]
    rows += [(absorbed, "merge", survivor, None) for absorbed, survivor in (merged or {}).items()]
    rows += [(i, "delete", None, reason) for i in deleted]
    if not rows:
        return
    await conn.execute(_LOCK, _LOCK_KEY)
    for absorbed, survivor in sorted((merged or {}).items()):
        await conn.execute(_FOLLOW_MERGES, absorbed, survivor)
    deleted = [i for i, kind, _, _ in rows if kind == "delete"]
    if deleted:
        await conn.execute(_FOLLOW_DELETES, deleted, reason)
    ids, kinds, survivors, reasons = (list(column) for column in zip(*rows, strict=True))
    await conn.execute(_RECORD, ids, kinds, survivors, reasons)


async def page(conn: asyncpg.Connection, after: int, limit: int) -> list[asyncpg.Record]:
    """Changes after sequence value `after`, in order: seq, incident_id, kind, survivor_id, reason, changed_at and,
    for an upsert, the incident's document as stored."""
    return await conn.fetch(_PAGE, after, limit)  # type: ignore[no-any-return]
