"""Kept-alive connections on the server as `incidents serve` runs it: the client, not the server, is the one to
close an idle connection, so a request sent on a connection the client still holds is never lost."""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

import httpx

from tests.servers import serve

CLIENT_EXPIRY_S = httpx.Limits().keepalive_expiry or 5.0
"""How long httpx (and so the bench and many crawlers) keeps an idle connection by default: 5 s."""
CLIENT_LAG_S = 0.5
"""How much later than the server a busy client starts its idle clock: the server's starts when it has written the
response, the client's when it has read it."""


def _request(path: str) -> bytes:
    return f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode()


async def _response(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    """One response read off a kept-alive connection (its body by Content-Length); raises if the server closed it."""
    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 30)
    lines = head.decode("latin-1").split("\r\n")
    headers = {name.lower(): value for name, _, value in (line.partition(": ") for line in lines[1:] if line)}
    body = await asyncio.wait_for(reader.readexactly(int(headers["content-length"])), 30)
    return int(lines[0].split()[1]), body


async def test_a_connection_a_client_still_holds_is_served_not_dropped(migrated_url: str) -> None:
    """A client reads its answer a little late, keeps the connection as long as httpx does by default, then sends
    its next request on it. With uvicorn's default keep-alive (5 s, httpx's expiry too) the server had closed it
    by then and the request was lost (`httpx.ReadError` or "Server disconnected"): the server's idle timeout must
    outlast the client's. Two requests written at once (pipelined) on the same connection are both answered."""
    server, base = await asyncio.to_thread(serve, migrated_url)
    parts = urlsplit(base)
    try:
        reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
        try:
            writer.write(_request("/health/live"))
            await writer.drain()
            await asyncio.sleep(CLIENT_LAG_S)
            assert (await _response(reader))[0] == 200
            await asyncio.sleep(CLIENT_EXPIRY_S - 0.1)  # within the client's expiry: it would reuse the connection
            writer.write(_request("/health/live"))
            await writer.drain()
            try:
                status, _ = await _response(reader)
            except (asyncio.IncompleteReadError, ConnectionResetError) as exc:
                raise AssertionError(f"the server dropped a request on a kept-alive connection: {exc!r}") from exc
            assert status == 200
            writer.write(_request("/health/live") + _request("/v1/incidents?limit=1"))
            await writer.drain()
            assert [(await _response(reader))[0] for _ in range(2)] == [200, 200]
        finally:
            writer.close()
    finally:
        server.terminate()
        await asyncio.to_thread(server.wait, 30)
