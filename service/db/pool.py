"""Connection pool lifecycle."""

from __future__ import annotations

import asyncpg

from service.settings import Settings


async def _keep_session(conn: asyncpg.Connection) -> None:
    """Nothing to undo on release: pooled connections carry no session state of ours (no LISTEN, SET, or
    advisory lock; cursors live inside transactions), so asyncpg's RESET ALL round trip per request is
    skipped. asyncpg still rolls back a transaction left open."""


async def _json_as_bytes(conn: asyncpg.Connection) -> None:
    """`json` values come and go as the bytes on the wire (PostgreSQL's binary form of json is its text), through
    asyncpg's own bytea codec: the stored incident documents go out as they are, never decoded to str and
    encoded back, and without a Python call per row. A json parameter must be bytes."""
    await conn.set_builtin_type_codec("json", schema="pg_catalog", codec_name="bytea", format="binary")


async def create_pool(url: str, settings: Settings, *, max_size: int | None = None, role: str = "api") -> asyncpg.Pool:
    """A pool whose sessions say what they serve (`application_name` incidents-api, incidents-worker...), so that
    an operator reading pg_stat_activity tells the API's queries from the workers' saves."""
    size = max_size or settings.db_pool_max
    return await asyncpg.create_pool(
        url,
        min_size=min(settings.db_pool_min, size),
        max_size=size,
        statement_cache_size=settings.db_statement_cache_size,
        timeout=settings.db_connect_timeout_s,
        command_timeout=60,
        reset=_keep_session,
        init=_json_as_bytes,
        server_settings={"application_name": f"incidents-{role}"},
    )
