"""Shared fixtures: one real PostgreSQL per test session (embedded, or a fresh database on DATABASE_URL),
migrated and seeded once; tables holding articles and incidents are emptied before each test that asks."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

from service.app import create_app
from service.db import migrate
from service.db.embedded import database_url as embedded_url
from service.settings import Settings
from service.worker import Worker

MUTABLE_TABLES = (
    "incident_changes, incident_near_matches, incident_redirects, incident_reports, evidence, incident_actors, "
    "incidents, locations, jobs, articles, reprocess_runs"
)
# service processes the tests start sign cursors with this rather than write a secret into ./.data
os.environ.setdefault("INCIDENTS_CURSOR_SECRET", "tests-cursor-secret")


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A database of its own for this session: on DATABASE_URL's server when set, else embedded."""
    server_url = os.environ.get("DATABASE_URL")
    if not server_url:
        data_dir = Path(os.environ.get("INCIDENTS_TEST_DATA_DIR") or tmp_path_factory.mktemp("pgdata"))
        yield embedded_url(Settings(data_dir=data_dir))
        return
    name = f"incidents_test_{uuid.uuid4().hex[:10]}"

    async def admin(sql: str) -> None:
        conn = await asyncpg.connect(server_url)
        try:
            await conn.execute(sql)
        finally:
            await conn.close()

    asyncio.run(admin(f'CREATE DATABASE "{name}"'))
    try:
        yield _with_database(server_url, name)
    finally:
        asyncio.run(admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def migrated_url(database_url: str) -> str:
    migrate.upgrade(database_url)
    return database_url


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(
        data_dir=tmp_path_factory.mktemp("unused"),
        job_poll_s=0.2,
        job_lease_s=3.0,
        job_backoff_base_s=0.05,
        job_backoff_max_s=0.2,
        job_max_attempts=3,
        shutdown_grace_s=10,
        db_pool_max=8,
        cursor_secret="tests-cursor-secret",
    )


@pytest.fixture(scope="session")
async def db_pool(migrated_url: str, settings: Settings) -> AsyncIterator[asyncpg.Pool]:
    """A pool on the migrated test database."""
    from service.db.pool import create_pool

    pool = await create_pool(migrated_url, settings)
    try:
        yield pool
    finally:
        await pool.close()


@pytest.fixture(scope="session")
async def seeded_pool(db_pool: asyncpg.Pool, settings: Settings) -> asyncpg.Pool:
    """The test database with seeds/ loaded (gazetteer, actor dictionary): once per session."""
    from service.seed import seed_all

    await seed_all(db_pool, settings)
    return db_pool


@pytest.fixture
async def clean_db(db_pool: asyncpg.Pool) -> asyncpg.Pool:
    async with db_pool.acquire() as conn:
        await conn.execute(f"TRUNCATE {MUTABLE_TABLES} RESTART IDENTITY CASCADE")
    return db_pool


@pytest.fixture
async def workers(clean_db: asyncpg.Pool) -> AsyncIterator[list[Worker]]:
    """Workers a test starts, stopped when it ends."""
    started: list[Worker] = []
    yield started
    for worker in started:
        await worker.stop(grace_s=5)


@pytest.fixture
async def leaves_no_actors(db_pool: asyncpg.Pool) -> AsyncIterator[None]:
    """For a test whose real extraction creates generic actors ("Civilians (Mali)"): the actors table, which tests
    share and no truncation clears, is left as the test found it, with the incidents that pointed at them."""
    last = await db_pool.fetchval("SELECT coalesce(max(id), 0) FROM actors")
    yield
    async with db_pool.acquire() as conn:
        await conn.execute(f"TRUNCATE {MUTABLE_TABLES} RESTART IDENTITY CASCADE")
        await conn.execute("DELETE FROM actors WHERE id > $1", last)


@pytest.fixture
async def api_app(clean_db: asyncpg.Pool, migrated_url: str, settings: Settings) -> Litestar:
    return create_app(settings, db_url=migrated_url, run_worker=False)


@pytest.fixture
async def client(api_app: Litestar) -> AsyncIterator[AsyncTestClient[Litestar]]:
    async with AsyncTestClient(app=api_app) as test_client:
        yield test_client
