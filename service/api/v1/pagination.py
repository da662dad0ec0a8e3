"""Opaque keyset cursors: the position of the last row served, signed so it cannot be forged or edited."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from collections.abc import Sequence
from typing import Annotated, Protocol

import msgspec
from litestar.params import Parameter

from service.errors import InvalidParameter

PageCursor = Annotated[str | None, Parameter(max_length=512, description="next_cursor of the page before.")]
PageLimit = Annotated[int, Parameter(ge=1, le=500, description="Page size, 1 to 500.")]


class _Identified(Protocol):
    @property
    def id(self) -> int: ...


class Position(msgspec.Struct, array_like=True):
    sort: str  # the ordering the position belongs to
    key: str | int | None  # the sort key of the last row served
    id: int  # its id, which breaks ties


class Cursors:
    def __init__(self, secret: str) -> None:
        self._secret = secret.encode()

    def _sign(self, payload: bytes) -> bytes:
        return hmac.new(self._secret, payload, hashlib.sha256).digest()[:16]

    def encode(self, position: Position) -> str:
        payload = msgspec.json.encode(position)
        return base64.urlsafe_b64encode(payload + self._sign(payload)).decode().rstrip("=")

    def decode(self, cursor: str, sort: str) -> Position:
        """The position a cursor holds; a cursor this service did not issue, or issued for another sort,
        is a 400 naming ``cursor``."""
        try:
            raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        except (binascii.Error, ValueError) as exc:
            raise InvalidParameter("cursor", "cursor is not one this service issued") from exc
        payload, signature = raw[:-16], raw[-16:]
        if len(raw) <= 16 or not hmac.compare_digest(signature, self._sign(payload)):
            raise InvalidParameter("cursor", "cursor is not one this service issued")
        position = msgspec.json.decode(payload, type=Position)
        if position.sort != sort:
            raise InvalidParameter("cursor", f"cursor belongs to sort={position.sort}, not sort={sort}")
        return position

    def after_id(self, cursor: str | None, kind: str) -> int:
        """The last id served, for a listing of `kind` ordered by id; 0 before the first page."""
        return self.decode(cursor, kind).id if cursor else 0

    def next_after(self, kind: str, items: Sequence[_Identified], limit: int) -> str | None:
        """The cursor after a page of `limit` items, read one past the page; None on the last page."""
        return self.encode(Position(sort=kind, key=None, id=items[limit - 1].id)) if len(items) > limit else None
