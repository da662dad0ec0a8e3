"""Request-scoped dependencies."""

from __future__ import annotations

from collections.abc import AsyncGenerator

import asyncpg
from litestar.datastructures import State
from litestar.di import NamedDependency

from service.errors import CONNECT_ERRORS, Unavailable


async def provide_conn(state: State) -> AsyncGenerator[asyncpg.Connection, None]:
    """A pooled connection for one request; a database that is away is a 503, not a hang."""
    pool: asyncpg.Pool = state.pool
    try:
        conn = await pool.acquire(timeout=state.settings.db_connect_timeout_s)
    except CONNECT_ERRORS as exc:
        raise Unavailable("The database is unavailable; retry shortly.", headers={"Retry-After": "2"}) from exc
    try:
        yield conn
    finally:
        await pool.release(conn)


Conn = NamedDependency[asyncpg.Connection]
"""Handler parameter type for the request's pooled connection (the ``conn`` dependency)."""
