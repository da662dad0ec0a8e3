"""Request-scoped dependencies."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, AsyncIterator
from contextlib import asynccontextmanager

import asyncpg
from litestar.datastructures import State
from litestar.di import NamedDependency

from service.errors import CONNECT_ERRORS, Unavailable


@asynccontextmanager
async def connection(state: State) -> AsyncIterator[asyncpg.Connection]:
    """A pooled connection; a database that is away is a 503, not a hang."""
    pool: asyncpg.Pool = state.pool
    try:
        # asyncio.timeout rather than acquire(timeout=): that one runs the acquisition in a task of its own
        async with asyncio.timeout(state.settings.db_connect_timeout_s):
            conn = await pool.acquire()
    except CONNECT_ERRORS as exc:
        raise Unavailable("The database is unavailable; retry shortly.", headers={"Retry-After": "2"}) from exc
    try:
        yield conn
    finally:
        await pool.release(conn)


async def provide_conn(state: State) -> AsyncGenerator[asyncpg.Connection, None]:
    """The request's pooled connection, held until the response is sent."""
    async with connection(state) as conn:
        yield conn


Conn = NamedDependency[asyncpg.Connection]
"""Handler parameter type for the request's pooled connection (the ``conn`` dependency)."""
