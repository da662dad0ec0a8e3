"""Migrations: one head, upgrade -> downgrade -> upgrade leaves a working schema, and data migrations
fill what they add."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Iterator
from urllib.parse import urlsplit

import asyncpg
import msgspec
import pytest
from alembic.script import ScriptDirectory

from service.api.v1.schemas import Incident
from service.db import migrate


def test_single_head() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config(""))
    assert len(script.get_heads()) == 1


@pytest.fixture
def scratch_url(migrated_url: str) -> Iterator[str]:
    """An empty database of the test's own."""
    dbname = urlsplit(migrated_url).path.lstrip("/")
    scratch = f"migrations_{uuid.uuid4().hex[:8]}"
    admin_url = migrated_url.replace(f"/{dbname}", "/postgres", 1)

    async def admin(sql: str) -> None:
        conn = await asyncpg.connect(admin_url)
        try:
            await conn.execute(sql)
        finally:
            await conn.close()

    asyncio.run(admin(f'CREATE DATABASE "{scratch}"'))
    try:
        yield migrated_url.replace(f"/{dbname}", f"/{scratch}", 1)
    finally:
        asyncio.run(admin(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)'))


def test_upgrade_downgrade_upgrade(scratch_url: str) -> None:
    async def tables() -> set[str]:
        conn = await asyncpg.connect(scratch_url)
        try:
            rows = await conn.fetch("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            return {r["tablename"] for r in rows}
        finally:
            await conn.close()

    migrate.upgrade(scratch_url)
    at_head = asyncio.run(tables())
    assert {"articles", "jobs", "incidents", "actors", "locations", "evidence"} <= at_head
    migrate.downgrade(scratch_url, "base")
    assert asyncio.run(tables()) == {"alembic_version"}
    migrate.upgrade(scratch_url)
    assert asyncio.run(tables()) == at_head


def test_incidents_written_before_documents_get_theirs(scratch_url: str) -> None:
    migrate.upgrade(scratch_url, "0005")
    rows = [
        "INSERT INTO articles (text, content_hash) VALUES ('Gunmen attacked Kayes.', sha256('a'))",
        "INSERT INTO locations (key, name, country_code, admin1, latitude, longitude, precision) "
        "VALUES ('geonames:2455518', 'Kayes', 'ML', 'Kayes', 14.45, -11.44, 'point')",
        "INSERT INTO actors (name, type) VALUES ('JNIM', 'rebel group'), ('Military Forces of Mali', 'state forces')",
        "INSERT INTO incidents (article_id, key, event_type, sub_event_type, event_date, date_precision, "
        "location_id, country_code, fatalities, summary, confidence, extractor_version) SELECT a.id, 'k', "
        "'Battles', 'Armed clash', '2025-07-01', 'day', l.id, 'ML', 4, 'JNIM attacked Kayes.', 0.8, 'v1' "
        "FROM articles a, locations l",
        "INSERT INTO incident_actors (incident_id, actor_id, role, position) "
        "SELECT i.id, a.id, CASE a.name WHEN 'JNIM' THEN 'actor1' ELSE 'actor2' END, a.id FROM incidents i, actors a",
        "INSERT INTO evidence (incident_id, field, article_id, start_offset, end_offset, quote) "
        "SELECT id, 'event', article_id, 0, 6, 'Gunmen' FROM incidents",
    ]

    async def run(statements: list[str]) -> object:
        conn = await asyncpg.connect(scratch_url)
        try:
            for sql in statements[:-1]:
                await conn.execute(sql)
            return await conn.fetchval(statements[-1])
        finally:
            await conn.close()

    asyncio.run(run([*rows, "SELECT 1"]))
    migrate.upgrade(scratch_url)
    stored = str(asyncio.run(run(["SELECT doc FROM incidents"])))
    doc = json.loads(stored)
    assert stored == json.dumps(doc, separators=(",", ":"), ensure_ascii=False), "documents are stored compact"
    incident = msgspec.convert(doc, Incident, strict=False)
    assert (incident.event_type, incident.fatalities, str(incident.date)) == ("Battles", 4, "2025-07-01")
    assert incident.location is not None
    assert incident.location.name == "Kayes"
    assert [(a.name, a.role) for a in incident.actors] == [("JNIM", "actor1"), ("Military Forces of Mali", "actor2")]
    assert [e.quote for e in incident.evidence] == ["Gunmen"]


def test_articles_stored_before_url_keys_get_theirs_when_their_url_is_already_normal(scratch_url: str) -> None:
    """Migration 0010 keys existing articles whose url is its own normal form, so a variant posted later finds
    them; the key it writes is what ingest computes."""
    from service.ingest import url_key

    urls = [
        "https://example.org/news/kayes",
        "https://example.org",
        "http://news.example.net/a/b.html",
        "https://example.org/news/bamako/",
        "https://Example.org/news/gao",
        "https://example.org/news/mopti?utm_source=x",
        "https://example.org/news/segou#top",
        "https://example.org:8443/news/sikasso",
    ]

    async def run(sql: str, *args: object) -> list[asyncpg.Record]:
        conn = await asyncpg.connect(scratch_url)
        try:
            return await conn.fetch(sql, *args)
        finally:
            await conn.close()

    migrate.upgrade(scratch_url, "0009")
    for n, url in enumerate(urls):
        asyncio.run(run("INSERT INTO articles (url, text, content_hash) VALUES ($1, 'x', sha256($2))", url, bytes([n])))
    migrate.upgrade(scratch_url)
    keys = {r["url"]: r["url_key"] for r in asyncio.run(run("SELECT url, url_key FROM articles"))}
    assert keys == {url: url if n < 3 else None for n, url in enumerate(urls)}
    assert all(url_key(url) == url for url in urls[:3])
