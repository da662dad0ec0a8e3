"""Opaque keyset cursors: the position of the last row served, signed so it cannot be forged or edited."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import hmac
import re
from collections.abc import Callable, Sequence
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


_BIGINT_MAX = 2**63 - 1
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_INTEGER = re.compile(r"^-?\d{1,10}$")


def _is_date(key: object) -> bool:
    try:
        return isinstance(key, str) and bool(_DATE.match(key)) and dt.date.fromisoformat(key) is not None
    except ValueError:
        return False


def _is_count(key: object) -> bool:
    return isinstance(key, str) and bool(_INTEGER.match(key)) and -1 <= int(key) <= 2**31 - 1


def _is_instant(key: object) -> bool:
    try:
        return isinstance(key, str) and len(key) <= 40 and dt.datetime.fromisoformat(key).tzinfo is not None
    except ValueError:
        return False


def _is_none(key: object) -> bool:
    return key is None


# what the sort key of each ordering must be for PostgreSQL to read it (incidents' keys come as text, see
# SORTS in db/queries/incidents.py); the id-keyed listings carry none
_KEY_CHECKS: dict[str, Callable[[object], bool]] = {
    "-date": _is_date,
    "date": _is_date,
    "-fatalities": _is_count,
    "updated_at": _is_instant,
}


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
        try:
            position = msgspec.json.decode(payload, type=Position)
        except (msgspec.DecodeError, msgspec.ValidationError) as exc:
            raise InvalidParameter("cursor", "cursor is not one this service issued") from exc
        if position.sort != sort:
            raise InvalidParameter("cursor", f"cursor belongs to sort={position.sort}, not sort={sort}")
        # a signed cursor holds what this service wrote, unless its secret leaked: then it must still not reach
        # PostgreSQL as an id out of range or a key of the wrong type
        key_check = _KEY_CHECKS.get(sort, _is_none)
        if not 0 <= position.id <= _BIGINT_MAX or not key_check(position.key):
            raise InvalidParameter("cursor", "cursor is not one this service issued")
        return position

    def after_id(self, cursor: str | None, kind: str) -> int:
        """The last id served, for a listing of `kind` ordered by id; 0 before the first page."""
        return self.decode(cursor, kind).id if cursor else 0

    def next_after(self, kind: str, items: Sequence[_Identified], limit: int) -> str | None:
        """The cursor after a page of `limit` items, read one past the page; None on the last page."""
        return self.encode(Position(sort=kind, key=None, id=items[limit - 1].id)) if len(items) > limit else None
