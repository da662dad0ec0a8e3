"""Soak under faults: 5,000 articles posted by concurrent clients to a real server process while three worker
processes extract them, one of them SIGKILLed and restarted again and again. Nothing may be lost or doubled."""

from __future__ import annotations

import asyncio
import os
import signal
import statistics
import subprocess
import time
from pathlib import Path

import asyncpg
import httpx
import pytest

from tests.servers import serve, spawn

ARTICLES = 5000
CLIENTS = 16
FIGURES = Path(os.environ.get("SOAK_FIGURES", "/dev/null"))


def _worker(url: str) -> subprocess.Popen[bytes]:
    return spawn(["-m", "tests.worker_main", url, "0.001"])


def article(n: int) -> dict[str, str]:
    places = "".join(f"ATTACK Place{n}x{k}\n" for k in range(n % 3))  # 0, 1 or 2 incidents
    return {"text": f"Report {n}.\n{places}{'FAIL' if n % 500 == 0 else ''}", "url": f"https://soak.example/{n}"}


@pytest.mark.timeout(600)
async def test_soak_with_a_worker_killed_repeatedly(clean_db: asyncpg.Pool, migrated_url: str) -> None:
    server, base = await asyncio.to_thread(serve, migrated_url, RATE_LIMIT_PER_MINUTE="0")
    workers = [_worker(migrated_url) for _ in range(3)]
    latencies: list[float] = []
    kills = 0
    resent = 0
    try:
        async with httpx.AsyncClient(base_url=base, timeout=30) as http:
            queue: asyncio.Queue[int] = asyncio.Queue()
            for n in range(ARTICLES):
                queue.put_nowait(n)

            async def client() -> None:
                nonlocal resent
                while not queue.empty():
                    n = queue.get_nowait()
                    started = time.perf_counter()
                    for attempt in range(5):
                        try:
                            response = await http.post("/v1/articles", json=article(n))
                            break
                        except httpx.TransportError:
                            # a dropped connection leaves the outcome unknown: posting again is safe, the same
                            # url answers 200 with the stored article
                            resent += 1
                            await asyncio.sleep(0.1 * (attempt + 1))
                    latencies.append(time.perf_counter() - started)
                    assert response.status_code in (200, 202), response.text

            async def killer() -> None:
                nonlocal kills
                while not queue.empty():
                    await asyncio.sleep(1.0)
                    victim = workers[kills % 3]
                    victim.send_signal(signal.SIGKILL)
                    victim.wait()
                    workers[kills % 3] = _worker(migrated_url)
                    kills += 1

            started = time.perf_counter()
            await asyncio.gather(killer(), *(client() for _ in range(CLIENTS)))
            ingest_s = time.perf_counter() - started
            drain_started = time.perf_counter()
            while True:
                async with clean_db.acquire() as conn:
                    pending = await conn.fetchval("SELECT count(*) FROM jobs WHERE status IN ('queued', 'processing')")
                if pending == 0:
                    break
                assert time.perf_counter() - drain_started < 300, f"{pending} jobs still pending"
                await asyncio.sleep(0.5)
            drain_s = time.perf_counter() - drain_started
    finally:
        for process in (*workers, server):
            process.terminate()
        for process in (*workers, server):
            process.wait(timeout=60)

    async with clean_db.acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM articles") == ARTICLES
        statuses = dict(await conn.fetch("SELECT status, count(*) FROM jobs GROUP BY status"))
        assert statuses == {"done": ARTICLES - ARTICLES // 500, "failed": ARTICLES // 500}
        assert await conn.fetchval("SELECT count(*) FROM jobs WHERE status = 'failed' AND last_error IS NULL") == 0
        per_article = await conn.fetch(
            "SELECT a.url, count(r.incident_id) AS n FROM articles a "
            "LEFT JOIN incident_reports r ON r.article_id = a.id GROUP BY a.url"
        )
    for row in per_article:
        n = int(row["url"].rsplit("/", 1)[1])
        assert row["n"] == (0 if n % 500 == 0 else n % 3), row["url"]
    assert kills >= 3
    latencies.sort()
    figures = (
        f"articles={ARTICLES} clients={CLIENTS} workers=3 kills={kills} resent={resent} ingest_s={ingest_s:.1f} "
        f"ingest_per_s={ARTICLES / ingest_s:.0f} post_p50_ms={statistics.median(latencies) * 1000:.1f} "
        f"post_p99_ms={latencies[int(len(latencies) * 0.99)] * 1000:.1f} drain_after_ingest_s={drain_s:.1f}"
    )
    print(figures)
    await asyncio.to_thread(FIGURES.write_text, figures + "\n", encoding="utf-8")
