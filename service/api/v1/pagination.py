"""Opaque keyset cursors: the position of the last row served, signed so it cannot be forged or edited."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac

import msgspec

from service.errors import InvalidParameter


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
