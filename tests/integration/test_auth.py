"""API keys, scopes and rate limits, through the HTTP API and the `incidents keys` command."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from time import perf_counter
from types import SimpleNamespace

import asyncpg
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

from service.app import create_app
from service.auth import create_key
from service.metrics import REGISTRY
from service.settings import ConfigurationError, Settings, cursor_secret

Client = AsyncTestClient[Litestar]
ROOT = Path(__file__).resolve().parents[2]
ARTICLE = {"text": "Gunmen attacked a village near Kayes on Tuesday.", "url": "https://example.org/auth"}


async def make_client(settings: Settings, url: str) -> AsyncIterator[Client]:
    async with AsyncTestClient(app=create_app(settings, db_url=url, run_worker=False)) as client:
        yield client


@pytest.fixture
async def secured(clean_db: asyncpg.Pool, migrated_url: str, settings: Settings) -> AsyncIterator[Client]:
    async for client in make_client(dataclasses.replace(settings, auth_required=True), migrated_url):
        yield client


async def key(pool: asyncpg.Pool, *scopes: str) -> str:
    async with pool.acquire() as conn:
        return (await create_key(conn, "test", list(scopes)))[1]


def _requests_counted(status: int) -> float:
    from service.metrics import REGISTRY

    labels = {"method": "POST", "route": "/v1/articles", "status": str(status)}
    return REGISTRY.get_sample_value("incidents_http_requests_total", labels) or 0.0


async def test_missing_or_unknown_key_is_401(secured: Client) -> None:
    counted = _requests_counted(401)
    response = await secured.post("/v1/articles", json=ARTICLE)
    assert response.status_code == 401
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.headers["www-authenticate"] == "Bearer"
    forged = await secured.post("/v1/articles", json=ARTICLE, headers={"X-API-Key": "inc_deadbeef_not-a-real-key"})
    assert forged.status_code == 401
    assert _requests_counted(401) == counted + 2  # auth failures are counted


async def test_wrong_scope_is_403_and_right_scope_passes(secured: Client, clean_db: asyncpg.Pool) -> None:
    reader = await key(clean_db, "read")
    counted = _requests_counted(403)
    assert (await secured.post("/v1/articles", json=ARTICLE, headers={"X-API-Key": reader})).status_code == 403
    assert _requests_counted(403) == counted + 1
    writer = await key(clean_db, "write")
    response = await secured.post("/v1/articles", json=ARTICLE, headers={"Authorization": f"Bearer {writer}"})
    assert response.status_code == 202
    admin = await key(clean_db, "admin")
    again = await secured.post("/v1/articles", json=ARTICLE, headers={"X-API-Key": admin})
    assert again.status_code == 200  # the same article, stored once


async def test_withdrawing_an_article_needs_the_admin_scope(secured: Client, clean_db: asyncpg.Pool) -> None:
    writer, admin = await key(clean_db, "write"), await key(clean_db, "admin")
    posted = await secured.post("/v1/articles", json=ARTICLE, headers={"X-API-Key": writer})
    path = f"/v1/articles/{posted.json()['id']}"
    assert (await secured.delete(path)).status_code == 401
    assert (await secured.delete(path, headers={"X-API-Key": writer})).status_code == 403
    assert (await secured.get(path, headers={"X-API-Key": writer})).status_code == 200, "a refused withdrawal"
    assert (await secured.delete(path, headers={"X-API-Key": admin})).status_code == 204
    assert (await secured.get(path, headers={"X-API-Key": writer})).status_code == 404


async def test_reads_are_public_unless_configured(
    secured: Client, clean_db: asyncpg.Pool, migrated_url: str, settings: Settings
) -> None:
    assert (await secured.get("/v1/incidents")).status_code == 200
    closed = dataclasses.replace(settings, auth_required=True, public_reads=False)
    async for client in make_client(closed, migrated_url):
        assert (await client.get("/v1/incidents")).status_code == 401
        reader = await key(clean_db, "read")
        assert (await client.get("/v1/incidents", headers={"X-API-Key": reader})).status_code == 200
        assert (await client.get("/health/live")).status_code == 200


async def test_revoked_key_is_refused(secured: Client, clean_db: asyncpg.Pool) -> None:
    writer = await key(clean_db, "write")
    async with clean_db.acquire() as conn:
        await conn.execute("UPDATE api_keys SET revoked_at = now() WHERE prefix = $1", writer.split("_")[1])
    assert (await secured.post("/v1/articles", json=ARTICLE, headers={"X-API-Key": writer})).status_code == 401


async def test_rate_limit_is_429_with_retry_after(
    clean_db: asyncpg.Pool, migrated_url: str, settings: Settings
) -> None:
    limited = dataclasses.replace(settings, rate_limit_per_minute=60, rate_limit_burst=3)
    async for client in make_client(limited, migrated_url):
        statuses = [(await client.get("/v1/incidents")).status_code for _ in range(5)]
        assert statuses[:3] == [200, 200, 200]
        assert statuses[3:] == [429, 429]
        refused = await client.get("/v1/incidents")
        assert refused.headers["retry-after"] == "1"
        assert refused.json()["status"] == 429
        assert refused.headers["content-type"].startswith("application/problem+json")
        assert refused.json()["request_id"] == refused.headers["x-request-id"]  # issue 13: a 429 had no request id
        metrics = (await client.get("/metrics")).text
        assert 'incidents_rate_limited_total{identity="address"} 3.0' in metrics  # refusals are counted
        assert (await client.get("/health/live")).status_code == 200  # probes are never limited


def test_keys_command(clean_db: asyncpg.Pool, migrated_url: str) -> None:
    env = {**os.environ, "DATABASE_URL": migrated_url}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "service", "keys", *args], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=60)  # fmt: skip

    created = run("create", "--name", "crawler", "--scopes", "write")
    assert created.returncode == 0, created.stderr
    header, token = created.stdout.strip().splitlines()
    key_id = header.split()[0].removeprefix("id=")
    assert token.startswith("inc_")
    listed = run("list")
    assert "crawler" in listed.stdout
    assert token not in listed.stdout  # secrets are never shown again
    assert run("revoke", key_id).returncode == 0
    assert "revoked" in run("list").stdout
    assert run("create", "--name", "x", "--scopes", "root").returncode == 2


def test_service_with_auth_refuses_to_start_without_a_cursor_secret(settings: Settings, migrated_url: str) -> None:
    production = dataclasses.replace(settings, auth_required=True, cursor_secret=None)
    with pytest.raises(ConfigurationError, match="INCIDENTS_CURSOR_SECRET"):
        create_app(production, db_url=migrated_url, run_worker=False)
    env = {k: v for k, v in os.environ.items() if k != "INCIDENTS_CURSOR_SECRET"}
    env |= {"DATABASE_URL": migrated_url, "INCIDENTS_AUTH": "on", "PORT": "1"}
    served = subprocess.run([sys.executable, "-m", "service", "serve", "--no-worker"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)  # fmt: skip
    assert served.returncode == 2
    assert "INCIDENTS_CURSOR_SECRET is not set" in served.stderr
    assert "Traceback" not in served.stderr


def test_local_cursor_secret_is_generated_once_per_data_dir(settings: Settings, tmp_path: Path) -> None:
    local = dataclasses.replace(settings, cursor_secret=None, data_dir=tmp_path / "data")
    first = cursor_secret(local)
    assert len(first) >= 32
    assert cursor_secret(local) == first  # kept: cursors outlive a restart
    assert (tmp_path / "data" / "cursor-secret").stat().st_mode & 0o077 == 0
    assert cursor_secret(dataclasses.replace(local, data_dir=tmp_path / "other")) != first
    assert first != "incidents-development-cursor-secret"
    assert cursor_secret(dataclasses.replace(local, cursor_secret="given")) == "given"


def _rate_limited(identity: str) -> float:
    return REGISTRY.get_sample_value("incidents_rate_limited_total", {"identity": identity}) or 0.0


async def test_made_up_keys_are_limited_as_their_address(
    clean_db: asyncpg.Pool, migrated_url: str, settings: Settings
) -> None:
    limited = dataclasses.replace(settings, rate_limit_per_minute=60, rate_limit_burst=3)
    refused_before = _rate_limited("address")
    async for client in make_client(limited, migrated_url):
        statuses = [
            (await client.get("/v1/incidents", headers={"X-API-Key": f"inc_{n:08x}_made-up"})).status_code
            for n in range(6)
        ]
        assert statuses == [200, 200, 200, 429, 429, 429]
        plain = await client.get("/v1/incidents", headers={"Authorization": "Bearer not-even-shaped-like-a-key"})
        assert plain.status_code == 429
        assert plain.json()["request_id"] == plain.headers["x-request-id"]
    assert _rate_limited("address") == refused_before + 4


async def test_a_verified_key_has_its_own_allowance_that_its_prefix_cannot_spend(
    clean_db: asyncpg.Pool, migrated_url: str, settings: Settings
) -> None:
    limited = dataclasses.replace(settings, rate_limit_per_minute=60, rate_limit_burst=3)
    reader = await key(clean_db, "read")
    stolen_prefix = "_".join(reader.split("_")[:2])  # inc_<prefix>
    refused_before = _rate_limited("key")
    async for client in make_client(limited, migrated_url):
        # someone sending the victim's prefix with a made-up secret spends their own address's allowance
        forged = [
            (await client.get("/v1/incidents", headers={"X-API-Key": f"{stolen_prefix}_forged{n}"})).status_code
            for n in range(4)
        ]
        assert forged == [200, 200, 200, 429]
        # from the same address, the key's holder still has the key's whole allowance, and then is limited too
        owner = [(await client.get("/v1/incidents", headers={"X-API-Key": reader})).status_code for _ in range(4)]
        assert owner == [200, 200, 200, 429]
    assert _rate_limited("key") == refused_before + 1


async def crawl(client: Client, seconds: int, clock: list[float], site: str) -> list[int]:
    """A crawler at 10 articles/s on the rate limit's clock: each article posted, then polled twice (its status and
    its incidents) as a crawler waiting for it does. The statuses of every request."""
    statuses = []
    for n in range(seconds * 10):
        clock[0] += 0.1
        posted = await client.post(
            "/v1/articles", json={"text": f"ATTACK Kayes {site} {n}.\n", "url": f"https://{site}.example/{n}"}
        )
        statuses.append(posted.status_code)
        if posted.status_code == 202:
            article_id = posted.json()["id"]
            statuses.append((await client.get(f"/v1/articles/{article_id}")).status_code)
            statuses.append((await client.get("/v1/incidents", params={"article_id": article_id})).status_code)
    return statuses


async def test_the_local_default_does_not_throttle_one_crawler_at_10_articles_a_second(
    clean_db: asyncpg.Pool, migrated_url: str, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = [1000.0]
    monkeypatch.setattr(
        "service.middleware.time", SimpleNamespace(monotonic=lambda: clock[0], perf_counter=perf_counter)
    )
    defaults = Settings(cursor_secret="tests-cursor-secret")  # what `make run` gets: auth off, default limits
    assert not defaults.auth_required
    local = dataclasses.replace(settings, rate_limit_per_minute=defaults.rate_limit_per_minute,
                                rate_limit_burst=defaults.rate_limit_burst)  # fmt: skip
    async for client in make_client(local, migrated_url):
        statuses = await crawl(client, 20, clock, "local")  # 20 s of crawling, 600 requests, past any burst
    assert statuses.count(429) == 0
    assert len(statuses) == 600
    # the image's limits (Dockerfile, k8s ConfigMap) stop the same crawler: its posts and polls of different routes
    # spend one allowance
    production = dataclasses.replace(settings, rate_limit_per_minute=600, rate_limit_burst=120)
    async for client in make_client(production, migrated_url):
        assert 429 in await crawl(client, 10, clock, "production")
