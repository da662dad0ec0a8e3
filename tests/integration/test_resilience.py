"""The service while its database goes away and comes back."""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

import asyncpg
from litestar import Litestar
from litestar.testing import AsyncTestClient

Client = AsyncTestClient[Litestar]


def _dbname(url: str) -> str:
    return urlsplit(url).path.lstrip("/")


async def _cut_off(admin: asyncpg.Connection, dbname: str) -> None:
    """Refuse new connections to the database and drop the open ones: the database is 'down'."""
    await admin.execute(f'ALTER DATABASE "{dbname}" WITH ALLOW_CONNECTIONS false')
    await admin.execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
        dbname,
    )


async def test_database_lost_and_regained(client: Client, migrated_url: str) -> None:
    assert (await client.post("/v1/articles", json={"text": "before the outage"})).status_code == 202
    dbname = _dbname(migrated_url)
    admin = await asyncpg.connect(migrated_url.replace(f"/{dbname}", "/postgres", 1))
    try:
        await _cut_off(admin, dbname)
        down = await client.post("/v1/articles", json={"text": "during the outage"})
        assert down.status_code == 503, down.text
        assert down.headers["content-type"].startswith("application/problem+json")
        assert "Retry-After" in down.headers
        ready = await client.get("/health/ready")
        assert ready.status_code == 503
        assert (await client.get("/health/live")).status_code == 200
    finally:
        await admin.execute(f'ALTER DATABASE "{dbname}" WITH ALLOW_CONNECTIONS true')
        await admin.close()

    for _ in range(50):  # the pool replaces its dead connections on the next acquire
        response = await client.post("/v1/articles", json={"text": "after the outage"})
        if response.status_code == 202:
            break
        await asyncio.sleep(0.1)
    assert response.status_code == 202, response.text
    assert (await client.get("/health/ready")).status_code == 200
    listed = await client.get(f"/v1/articles/{response.json()['id']}")
    assert listed.json()["status"] == "queued"
