"""SIGTERM while a response is in flight: the server stops taking connections, finishes what it is sending,
then exits cleanly."""

from __future__ import annotations

import asyncio
import signal
import time

import asyncpg
import httpx

from tests.servers import serve

ROWS = 5000


def _fill(url: str) -> None:
    async def run() -> None:
        conn = await asyncpg.connect(url)
        try:
            article = await conn.fetchval(
                "INSERT INTO articles (url, text, content_hash) VALUES ('https://drain.example/1', 'text', "
                "sha256('drain')) RETURNING id"
            )
            await conn.execute(
                "INSERT INTO incidents (event_type, sub_event_type, event_date, summary, confidence,"
                " extractor_version) SELECT 'Battles', 'Armed clash', date '2024-01-01' + g % 300,"
                " repeat('A long enough summary to fill the socket buffers. ', 40), 0.5, 'drain'"
                " FROM generate_series(1, $1::int) g",
                ROWS,
            )
            await conn.execute(
                "INSERT INTO incident_reports (article_id, key, incident_id, event_type, sub_event_type, event_date,"
                " summary, confidence, extractor_version) SELECT $1, 'k' || id, id, event_type, sub_event_type,"
                " event_date, summary, confidence, extractor_version FROM incidents",
                article,
            )
        finally:
            await conn.close()

    asyncio.run(run())


def test_sigterm_lets_a_response_in_flight_finish(clean_db: asyncpg.Pool, migrated_url: str) -> None:
    _fill(migrated_url)
    server, base = serve(migrated_url)
    try:
        with httpx.stream("GET", f"{base}/v1/incidents?format=ndjson", timeout=30) as response:
            lines = response.iter_lines()
            first = next(lines)
            server.send_signal(signal.SIGTERM)  # the rest of the export is still to be sent
            time.sleep(1)
            assert server.poll() is None, "the server is still sending the export it began"
            refused = False
            try:
                httpx.get(f"{base}/health/live", timeout=2)
            except httpx.TransportError:
                refused = True
            rest = [line for line in lines if line]
        assert refused, "no new connection is taken once shutdown has begun"
        assert first
        assert 1 + len(rest) == ROWS
        assert server.wait(timeout=30) in (0, -signal.SIGTERM)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
