"""SQL for API keys. Only digests are stored; the token itself is shown once, at creation."""

from __future__ import annotations

import datetime as dt

import asyncpg
import msgspec


class StoredKey(msgspec.Struct, kw_only=True):
    id: int
    name: str
    prefix: str
    scopes: list[str]
    created_at: dt.datetime
    last_used_at: dt.datetime | None
    revoked_at: dt.datetime | None


_INSERT = "INSERT INTO api_keys (name, prefix, digest, scopes) VALUES ($1, $2, $3, $4) RETURNING id"
_BY_PREFIX = "SELECT id, digest, scopes FROM api_keys WHERE prefix = $1 AND revoked_at IS NULL"
_TOUCH = "UPDATE api_keys SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')"  # noqa: E501
_LIST = "SELECT id, name, prefix, scopes, created_at, last_used_at, revoked_at FROM api_keys ORDER BY id"
_REVOKE = "UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id"


async def insert(conn: asyncpg.Connection, name: str, prefix: str, digest: bytes, scopes: list[str]) -> int:
    return int(await conn.fetchval(_INSERT, name, prefix, digest, scopes))


async def active_by_prefix(conn: asyncpg.Connection, prefix: str) -> tuple[int, bytes, list[str]] | None:
    row = await conn.fetchrow(_BY_PREFIX, prefix)
    return None if row is None else (row["id"], bytes(row["digest"]), list(row["scopes"]))


async def touch(conn: asyncpg.Connection, key_id: int) -> None:
    await conn.execute(_TOUCH, key_id)


async def list_all(conn: asyncpg.Connection) -> list[StoredKey]:
    return [msgspec.convert(dict(r), StoredKey) for r in await conn.fetch(_LIST)]


async def revoke(conn: asyncpg.Connection, key_id: int) -> bool:
    return await conn.fetchval(_REVOKE, key_id) is not None
