"""The HTTP server's own refusals as problem+json: uvicorn's httptools protocol with a bounded request head.

uvicorn answers what its parser refuses with a plain-text 400 before the application sees the request: a request
target over 64 KB (httptools' URL parser keeps offsets in 16 bits) was "Invalid HTTP request received.", and the
header fields had no bound at all (a 1 MB header was buffered and served). Here the request target is refused with
414 as soon as it passes MAX_URL_BYTES, the header fields with 431 once they pass MAX_HEADER_BYTES, while they
arrive, and any other request the parser cannot read gets a 400; each answer a problem document naming the limit,
with a request id, a log line and a count in the request metric like every other response. Each request's
latency is measured from its first byte (see RECEIVED_AT). `DrainingServer` releases requests waiting server-side
(long-polls) as soon as a shutdown begins."""

from __future__ import annotations

import asyncio
import json
import socket
import time
import uuid
from collections.abc import Callable
from http import HTTPStatus

import httptools
import structlog
import uvicorn
from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol

from service.errors import PROBLEM_JSON, problem_document
from service.inputs import MAX_URL_BYTES
from service.metrics import RECEIVED_AT, observe_request

MAX_HEADER_BYTES = 32 * 1024
"""The header fields of one request, names and values together: a browser's cookies fit many times over."""
UNFINISHED_HEAD_BYTES = 2 * MAX_HEADER_BYTES
"""Bytes of header fields still incomplete that are refused at once. The parser buffers a header until its end,
so this bounds the memory one request can take; where the fields end, their exact size is held to the limit."""
LINGER_S = 2.0
"""After a refusal the connection reads and drops what the client is still sending for this long before closing:
closing a socket with unread data resets it, and the reset can destroy the answer before the client reads it."""
REFUSED_ROUTE = "refused by the server"  # the route label of the request metric: no route was matched

_log = structlog.stdlib.get_logger("service.http")


class _HeadRefused(Exception):
    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


def _too_many_header_bytes() -> _HeadRefused:
    return _HeadRefused(
        HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
        f"the header fields are longer than the limit of {MAX_HEADER_BYTES:,} bytes (names and values together)",
    )


class BoundedHttpToolsProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol whose refusals are problem documents, with the request head bounded."""

    _url_bytes = 0
    _header_bytes = 0
    _head_bytes = 0  # received while a request head is incomplete
    _in_head = True
    _refused = False

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._url_bytes = self._header_bytes = 0
        # the request's latency runs from here, its first byte read, not from when the application is called: a
        # stalled event loop or a client slow to send its head shows in the histogram
        self.scope["extensions"] = {RECEIVED_AT: {"perf_counter": time.perf_counter()}}

    def on_url(self, url: bytes) -> None:
        self._url_bytes += len(url)
        if self._url_bytes > MAX_URL_BYTES:
            raise _HeadRefused(
                HTTPStatus.REQUEST_URI_TOO_LONG,
                f"the URL is longer than the limit of {MAX_URL_BYTES:,} bytes",
            )
        super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._header_bytes += len(name) + len(value)
        if self._header_bytes > MAX_HEADER_BYTES:
            raise _too_many_header_bytes()
        super().on_header(name, value)

    def on_headers_complete(self) -> None:
        self._in_head = False
        self._head_bytes = 0
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        super().on_message_complete()
        self._in_head = True

    def data_received(self, data: bytes) -> None:
        """uvicorn's, with its plain-text 400 replaced by a problem, and the header fields bounded."""
        if self._refused:
            return  # the answer is sent; what the client still sends is dropped until the connection closes
        self._unset_keepalive_if_required()
        if self._in_head:
            self._head_bytes += len(data)
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            if self._should_upgrade():
                self.handle_websocket_upgrade()
            else:
                self._unsupported_upgrade_warning()
            return
        except httptools.HttpParserError as exc:
            refused = exc.__context__  # a limit of ours, raised in a parser callback, comes wrapped
            if isinstance(refused, _HeadRefused):
                self._refuse(refused.status, refused.detail)
            else:
                self._refuse(HTTPStatus.BAD_REQUEST, f"The request is not valid HTTP/1.1: {exc}.", method="-")
            return
        if self._in_head and self._head_bytes - self._url_bytes > UNFINISHED_HEAD_BYTES:
            refused = _too_many_header_bytes()
            self._refuse(refused.status, refused.detail)

    def _refuse(self, status: int, detail: str, *, method: str | None = None) -> None:
        """Answer with a problem and close; `method` when the parser may not have read a valid one."""
        self._refused = True
        request_id = uuid.uuid4().hex
        phrase = HTTPStatus(status).phrase
        document = problem_document(status, phrase, detail)
        document["request_id"] = request_id
        body = json.dumps(document).encode()
        head = [STATUS_LINE[status]]
        for name, value in self.server_state.default_headers:
            head += [name, b": ", value, b"\r\n"]
        head += [
            f"content-type: {PROBLEM_JSON}\r\ncontent-length: {len(body)}\r\n".encode(),
            b"x-request-id: " + request_id.encode() + b"\r\nconnection: close\r\n\r\n",
        ]
        self.transport.write(b"".join(head) + body)
        if self.transport.can_write_eof():
            self.transport.write_eof()
        asyncio.get_running_loop().call_later(LINGER_S, self.transport.close)
        observe_request(method or _method(self.parser), REFUSED_ROUTE, status, 0.0)
        client = f"{self.client[0]}:{self.client[1]}" if self.client else None
        _log.info("request", request_id=request_id, route=REFUSED_ROUTE, status=status, detail=detail, client=client)


def _method(parser: httptools.HttpRequestParser | None) -> str:
    try:
        return parser.get_method().decode("ascii") if parser is not None else "-"
    except (httptools.HttpParserError, UnicodeDecodeError):
        return "-"  # the request line was refused before its method was read


class DrainingServer(uvicorn.Server):
    """uvicorn's server, which on SIGTERM or SIGINT first calls `on_shutdown` (`service.app.stop_waiting`): uvicorn
    lets requests in flight finish before it ends the application's lifespan, and a request waiting for an article
    (`?wait=`, up to 30 s) must answer now rather than hold the shutdown that long."""

    def __init__(self, config: uvicorn.Config, on_shutdown: Callable[[], None]) -> None:
        super().__init__(config)
        self._on_shutdown = on_shutdown

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        self._on_shutdown()
        await super().shutdown(sockets=sockets)
