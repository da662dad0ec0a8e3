"""Migrations: one head, and upgrade -> downgrade -> upgrade leaves a working schema."""

from __future__ import annotations

import asyncio
import uuid
from urllib.parse import urlsplit

import asyncpg
from alembic.script import ScriptDirectory

from service.db import migrate


def test_single_head() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config(""))
    assert len(script.get_heads()) == 1


def test_upgrade_downgrade_upgrade(migrated_url: str) -> None:
    dbname = urlsplit(migrated_url).path.lstrip("/")
    scratch = f"migrations_{uuid.uuid4().hex[:8]}"
    admin_url = migrated_url.replace(f"/{dbname}", "/postgres", 1)
    scratch_url = migrated_url.replace(f"/{dbname}", f"/{scratch}", 1)

    async def admin(sql: str) -> None:
        conn = await asyncpg.connect(admin_url)
        try:
            await conn.execute(sql)
        finally:
            await conn.close()

    async def tables() -> set[str]:
        conn = await asyncpg.connect(scratch_url)
        try:
            rows = await conn.fetch("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            return {r["tablename"] for r in rows}
        finally:
            await conn.close()

    asyncio.run(admin(f'CREATE DATABASE "{scratch}"'))
    try:
        migrate.upgrade(scratch_url)
        at_head = asyncio.run(tables())
        assert {"articles", "jobs", "incidents", "actors", "locations", "evidence"} <= at_head
        migrate.downgrade(scratch_url, "base")
        assert asyncio.run(tables()) == {"alembic_version"}
        migrate.upgrade(scratch_url)
        assert asyncio.run(tables()) == at_head
    finally:
        asyncio.run(admin(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)'))
