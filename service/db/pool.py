"""Connection pool lifecycle."""

from __future__ import annotations

import asyncpg

from service.settings import Settings


async def _keep_session(conn: asyncpg.Connection) -> None:
    """Nothing to undo on release: pooled connections carry no session state of ours (no LISTEN, SET, or
    advisory lock; cursors live inside transactions), so asyncpg's RESET ALL round trip per request is
    skipped. asyncpg still rolls back a transaction left open."""


def _as_bytes(value: bytes | str) -> bytes:
    return value if isinstance(value, bytes) else value.encode()


async def _json_as_bytes(conn: asyncpg.Connection) -> None:
    """`json` values arrive as the bytes PostgreSQL sent (its binary form of json is the text): the stored
    incident documents go out as they are, never decoded to str and encoded back. Other documents are read
    as text."""
    await conn.set_type_codec("json", schema="pg_catalog", encoder=_as_bytes, decoder=bytes, format="binary")


async def create_pool(url: str, settings: Settings, *, max_size: int | None = None) -> asyncpg.Pool:
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
        server_settings={"application_name": "incidents"},
    )
