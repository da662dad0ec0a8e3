"""Raw request input, checked before litestar parses it: every query parameter and every JSON body is valid
UTF-8 without NUL characters (PostgreSQL's text holds neither; both were 500s), a body comes as JSON, is not
empty, and is nested no deeper than the decoder's recursion limit. Each refusal is a 4xx problem naming the
parameter or field."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote_to_bytes

import msgspec
from litestar import Request
from litestar.status_codes import HTTP_414_REQUEST_URI_TOO_LONG, HTTP_415_UNSUPPORTED_MEDIA_TYPE

from service.errors import DomainError, InvalidInput, InvalidParameter

_DECODER = msgspec.json.Decoder()


class UnsupportedMediaType(DomainError):
    status = HTTP_415_UNSUPPORTED_MEDIA_TYPE
    title = "Unsupported media type"


MAX_URL_BYTES = 8192
"""Longer URLs are refused with 414: no filter of this API needs more. The server refuses them as they arrive
(service/http_server.py); this check holds the same limit under any other server."""


class UriTooLong(DomainError):
    status = HTTP_414_REQUEST_URI_TOO_LONG
    title = "URI too long"


async def check_input(request: Request[Any, Any, Any]) -> None:
    """A before-request hook: refuses what cannot be stored or parsed before any handler or query sees it."""
    length = len(request.scope.get("raw_path") or b"") + len(request.scope["query_string"])
    if length > MAX_URL_BYTES:
        raise UriTooLong(f"the URL is {length:,} bytes long; the limit is {MAX_URL_BYTES:,} bytes")
    check_query(request.scope["query_string"])
    if request.route_handler.parsed_data_field is not None:
        await check_json_body(request)


def check_query(query: bytes) -> None:
    """Every parameter of a raw query string is valid UTF-8 once percent-decoded, and holds no NUL."""
    if not query or (query.isascii() and b"%" not in query and b"\x00" not in query):
        return
    for pair in query.split(b"&"):
        raw_name, _, raw_value = pair.partition(b"=")
        name_bytes = unquote_to_bytes(raw_name.replace(b"+", b" "))
        name = name_bytes.decode("utf-8", "replace")
        for part, what in ((name_bytes, "name"), (unquote_to_bytes(raw_value.replace(b"+", b" ")), "value")):
            try:
                text = part.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise InvalidParameter(name, f"{name}: the {what} is not valid UTF-8 (byte {exc.start})") from None
            if "\x00" in text:
                raise InvalidParameter(name, f"{name}: the {what} contains a NUL character")


async def check_json_body(request: Request[Any, Any, Any]) -> None:
    """The body of an operation that takes one: JSON, not empty, valid UTF-8, bounded depth, no NUL in a string.
    litestar keeps the body it read here for the handler."""
    media_type, _ = request.content_type
    if media_type != "application/json" and not media_type.endswith("+json"):
        got = f"Content-Type {media_type}" if media_type else "no Content-Type"
        raise UnsupportedMediaType(
            f"This operation takes a JSON body sent with Content-Type: application/json; the request has {got}.",
            errors=[{"in": "header", "field": "content-type", "message": "expected application/json"}],
        )
    body = await request.body()
    if not body.strip():
        raise InvalidInput(
            "The request body is empty; this operation takes a JSON object.",
            errors=[{"in": "body", "message": "empty body"}],
        )
    try:
        value = _DECODER.decode(body)
    except UnicodeDecodeError as exc:
        field = _field_with_invalid_utf8(body)
        where = f"{field}: " if field else ""
        raise InvalidInput(
            f"{where}the body is not valid UTF-8 (byte {exc.start})",
            errors=[{"in": "body", **({"field": field} if field else {}), "message": "invalid UTF-8"}],
        ) from None
    except RecursionError:
        raise InvalidInput(
            "The body is JSON nested too deeply.", errors=[{"in": "body", "message": "nested too deeply"}]
        ) from None
    except msgspec.DecodeError as exc:
        raise InvalidInput(f"The body is not valid JSON: {exc}", errors=[{"in": "body", "message": str(exc)}]) from None
    if b"\\u0000" in body or b"\x00" in body:
        field = next((path for path, text in _strings(value) if "\x00" in text), None)
        if field is not None:
            raise InvalidInput(
                f"{field or 'the body'} contains a NUL character",
                errors=[{"in": "body", "field": field, "message": "NUL character"}],
            )


def _strings(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """Every string of a decoded JSON value, keys included, with where it is (``title``, ``a.b[2]``)."""
    stack = [(path, value)]
    while stack:
        where, item = stack.pop()
        if isinstance(item, str):
            yield where, item
        elif isinstance(item, dict):
            inner_items = []
            for key, inner in item.items():
                inside = f"{where}.{key}" if where else str(key)
                yield inside, key
                inner_items.append((inside, inner))
            stack.extend(reversed(inner_items))  # in document order
        elif isinstance(item, list):
            stack.extend(reversed([(f"{where}[{n}]", inner) for n, inner in enumerate(item)]))


def _field_with_invalid_utf8(body: bytes) -> str | None:
    """Which field holds the bytes that are not UTF-8: decoded with each bad byte kept as a lone surrogate,
    the string that carries one names it. None when that cannot be told (the body is not JSON either)."""
    try:
        value = json.loads(body.decode("utf-8", "surrogateescape"))
    except (ValueError, RecursionError):
        return None
    return next((path for path, text in _strings(value) if any("\udc80" <= c <= "\udcff" for c in text)), None)
