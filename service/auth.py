"""API keys: creation, verification, and the guard that asks for a scope.

A key is `inc_<prefix>_<secret>`: the prefix finds the row, the SHA-256 digest of the whole token is compared
in constant time. Keys are high-entropy random tokens, so a fast digest is the right tool (no password
stretching needed), and a leaked database holds no usable key."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from typing import Any, Literal

import asyncpg
from litestar.connection import ASGIConnection
from litestar.handlers.base import BaseRouteHandler

from service.db.queries import api_keys
from service.errors import Forbidden, Unauthorized

Scope = Literal["read", "write", "admin"]
SCOPES: tuple[Scope, ...] = ("read", "write", "admin")
_PREFIX = re.compile(r"^[0-9a-f]{8}$")


def _digest(token: str) -> bytes:
    return hashlib.sha256(token.encode()).digest()


async def create_key(conn: asyncpg.Connection, name: str, scopes: list[str]) -> tuple[int, str]:
    """A new key; returns its id and the token, which is not stored and cannot be shown again."""
    unknown = set(scopes) - set(SCOPES)
    if unknown or not scopes:
        raise ValueError(f"scopes must be among {', '.join(SCOPES)}; got {', '.join(scopes) or 'none'}")
    prefix = secrets.token_hex(4)
    token = f"inc_{prefix}_{secrets.token_urlsafe(32)}"
    key_id = await api_keys.insert(conn, name, prefix, _digest(token), sorted(set(scopes)))
    return key_id, token


def _token(connection: ASGIConnection[Any, Any, Any, Any]) -> str | None:
    return token_of(connection.headers.get("authorization", ""), connection.headers.get("x-api-key", ""))


def token_of(authorization: str, x_api_key: str) -> str | None:
    """The key a request carries: ``Authorization: Bearer <key>``, else ``X-API-Key``."""
    if authorization.lower().startswith("bearer "):
        return authorization[7:].strip() or None
    return x_api_key or None


def key_prefix(token: str) -> str | None:
    """The non-secret part of a key (`inc_<prefix>_<secret>`), or None when the token is not one of ours."""
    parts = token.split("_")
    return parts[1] if len(parts) >= 3 and parts[0] == "inc" and _PREFIX.match(parts[1]) else None


async def verified_key(conn: asyncpg.Connection, token: str) -> tuple[int, list[str]] | None:
    """The id and scopes of the valid, unrevoked key `token` is; None for anything else."""
    prefix = key_prefix(token)
    if prefix is None:
        return None
    found = await api_keys.active_by_prefix(conn, prefix)
    if found is None or not hmac.compare_digest(found[1], _digest(token)):
        return None
    return found[0], found[2]


async def key_of(pool: asyncpg.Pool, token: str) -> tuple[int, list[str]] | None:
    """The id and scopes of a valid, unrevoked key, whose last use is recorded; None for anything else."""
    async with pool.acquire() as conn:
        found = await verified_key(conn, token)
        if found is None:
            return None
        await api_keys.touch(conn, found[0])
    return found


def requires(scope: Scope):  # type: ignore[no-untyped-def]
    """A guard: the request must carry a key with `scope` (admin implies every scope) when auth is on.
    Reads need a key only when INCIDENTS_PUBLIC_READS is off."""

    async def guard(connection: ASGIConnection[Any, Any, Any, Any], _: BaseRouteHandler) -> None:
        settings = connection.app.state.settings
        if not settings.auth_required or (scope == "read" and settings.public_reads):
            return
        if scope == "read" and connection.scope.get("method") not in ("GET", "HEAD"):
            return  # the router-wide read guard leaves other methods to their own, stricter guard
        token = _token(connection)
        if token is None:
            raise Unauthorized("An API key is required: send it as 'Authorization: Bearer <key>' or 'X-API-Key'.",
                               headers={"WWW-Authenticate": "Bearer"})  # fmt: skip
        found = await key_of(connection.app.state.pool, token)
        if found is None:
            raise Unauthorized("The API key is unknown or revoked.", headers={"WWW-Authenticate": "Bearer"})
        key_id, granted = found
        if scope not in granted and "admin" not in granted:
            raise Forbidden(f"This API key lacks the '{scope}' scope.")
        connection.state.api_key_id = key_id  # what the handler records as the author of a write

    return guard
