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

from service.contract.schemas import Incident
from service.db import migrate


async def run_sql(url: str, *statements: str) -> list[asyncpg.Record]:
    """Execute the statements in order, returning the last one's rows."""
    conn = await asyncpg.connect(url)
    try:
        for sql in statements[:-1]:
            await conn.execute(sql)
        return await conn.fetch(statements[-1])  # type: ignore[no-any-return]
    finally:
        await conn.close()


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


def test_incidents_stored_before_reports_get_one_report_each(scratch_url: str) -> None:
    """Migration 0012 links every existing incident to its article (one report, the incident's own fields), and
    its downgrade gives a merged incident's other reports incidents of their own again."""
    migrate.upgrade(scratch_url, "0011")

    async def run(*statements: str) -> list[asyncpg.Record]:
        conn = await asyncpg.connect(scratch_url)
        try:
            for sql in statements[:-1]:
                await conn.execute(sql)
            return await conn.fetch(statements[-1])  # type: ignore[no-any-return]
        finally:
            await conn.close()

    asyncio.run(
        run(
            "INSERT INTO articles (text, content_hash) VALUES ('Gunmen attacked Kayes.', sha256('a')), "
            "('Kayes was attacked.', sha256('b'))",
            "INSERT INTO actors (name, type) VALUES ('JNIM', 'rebel group')",
            "INSERT INTO incidents (article_id, key, event_type, sub_event_type, event_date, date_precision, "
            "fatalities, fatalities_high, summary, confidence, extractor_version) SELECT a.id, 'k', 'Battles', "
            "'Armed clash', '2025-07-01', 'day', 3 * a.id, 9, 'JNIM attacked Kayes.', 0.8, 'v1' FROM articles a",
            "INSERT INTO incident_actors (incident_id, actor_id, role, position) "
            "SELECT i.id, a.id, 'actor1', 0 FROM incidents i, actors a",
            "INSERT INTO evidence (incident_id, field, article_id, start_offset, end_offset, quote) "
            "SELECT id, 'event', article_id, 0, 6, 'Gunmen' FROM incidents",
            "SELECT 1",
        )
    )
    migrate.upgrade(scratch_url, "0012")
    rows = asyncio.run(
        run(
            "SELECT r.article_id, r.incident_id, r.fatalities, r.fatalities_used, r.actor_roles, i.doc "
            "FROM incident_reports r JOIN incidents i ON i.id = r.incident_id ORDER BY r.article_id"
        )
    )
    assert [(r["article_id"], r["incident_id"], r["fatalities"]) for r in rows] == [(1, 1, 3), (2, 2, 6)]
    assert rows[0]["fatalities_used"] == ["best", "high"]
    assert rows[0]["actor_roles"] == ["actor1"]
    doc = json.loads(rows[0]["doc"])
    assert doc["article_ids"] == [1]
    assert [(r["article_id"], r["fatalities"]) for r in doc["reports"]] == [(1, 3)]

    # merge the two as the service would, then go back: each article has its incident again
    asyncio.run(
        run(
            "UPDATE evidence SET incident_id = 1 WHERE incident_id = 2",
            "UPDATE incident_reports SET incident_id = 1 WHERE incident_id = 2",
            "DELETE FROM incidents WHERE id = 2",
            "SELECT 1",
        )
    )
    migrate.downgrade(scratch_url, "0011")
    back = asyncio.run(
        run(
            "SELECT i.article_id, i.fatalities, "
            "(SELECT count(*) FROM evidence e WHERE e.incident_id = i.id) AS quotes, "
            "(SELECT count(*) FROM incident_actors ia WHERE ia.incident_id = i.id) AS actors, i.doc "
            "FROM incidents i ORDER BY i.article_id"
        )
    )
    assert [(r["article_id"], r["fatalities"], r["quotes"], r["actors"]) for r in back] == [(1, 3, 1, 1), (2, 6, 1, 1)]
    assert [json.loads(r["doc"])["article_ids"] for r in back] == [[1], [2]]


def test_reports_with_near_matches_get_them_in_their_documents(scratch_url: str) -> None:
    """Migration 0018 writes again the documents of the incidents whose reports have near matches (the others stay
    byte for byte), with an upsert in the change feed; its downgrade takes them out again."""
    migrate.upgrade(scratch_url, "0017")

    async def run(*statements: str) -> list[asyncpg.Record]:
        conn = await asyncpg.connect(scratch_url)
        try:
            for sql in statements[:-1]:
                await conn.execute(sql)
            return await conn.fetch(statements[-1])  # type: ignore[no-any-return]
        finally:
            await conn.close()

    documents = "SELECT i.id, i.doc::text AS doc, c.seq FROM incidents i LEFT JOIN incident_changes c ON c.incident_id = i.id ORDER BY i.id"  # noqa: E501
    before = asyncio.run(
        run(
            "INSERT INTO articles (text, content_hash) VALUES ('Gunmen attacked Gujba.', sha256('a')), "
            "('Gunmen attacked in Yobe.', sha256('b'))",
            "INSERT INTO incidents (event_type, sub_event_type, event_date, date_precision, summary, confidence, "
            "extractor_version) SELECT 'Violence against civilians', 'Attack', '2024-03-10', 'day', 'An attack.', "
            "0.8, 'v1' FROM articles",
            "INSERT INTO incident_reports (article_id, key, incident_id, event_type, sub_event_type, event_date, "
            "date_precision, summary, confidence, extractor_version) SELECT id, 'k', id, 'Violence against civilians', "
            "'Attack', '2024-03-10', 'day', 'An attack.', 0.8, 'v1' FROM articles",
            "INSERT INTO incident_near_matches (article_id, key, incident_id, score, reasons) "
            "VALUES (2, 'k', 1, 0.69, '{same region,same day}')",
            "UPDATE incidents i SET doc = incident_doc(i)",
            "INSERT INTO incident_changes (incident_id, kind) SELECT id, 'upsert' FROM incidents ORDER BY id",
            documents,
        )
    )
    migrate.upgrade(scratch_url, "0018")
    after = asyncio.run(run(documents))
    assert after[0]["doc"] == before[0]["doc"], "an incident without near matches keeps its document"
    assert after[0]["seq"] == before[0]["seq"]
    assert after[1]["seq"] > before[1]["seq"], "the rewritten document is fed to mirrors"
    [report] = json.loads(after[1]["doc"])["reports"]  # as 0018 wrote it, before report_count
    assert [(m["incident_id"], round(m["score"], 2), m["reasons"]) for m in report["near_matches"]] == [
        (1, 0.69, ["same region", "same day"])
    ]
    migrate.downgrade(scratch_url, "0017")
    assert "near_matches" not in asyncio.run(run(documents))[1]["doc"]


def test_geo_confidence_joins_documents_only_where_it_is_known(scratch_url: str) -> None:
    """Migration 0020 leaves every existing document as it was; a location coded with a geo_confidence carries it
    (the incident's and its report's); the downgrade writes those documents again without it, fed to mirrors."""
    migrate.upgrade(scratch_url, "0019")

    def run(*statements: str) -> list[asyncpg.Record]:
        return asyncio.run(run_sql(scratch_url, *statements))

    documents = "SELECT i.id, i.doc::text AS doc, c.seq FROM incidents i LEFT JOIN incident_changes c ON c.incident_id = i.id ORDER BY i.id"  # noqa: E501
    before = run(
        "INSERT INTO articles (text, content_hash) VALUES ('Gunmen attacked Gujba.', sha256('a')), "
        "('Gunmen attacked Buni Yadi.', sha256('b'))",
        "INSERT INTO locations (key, name, country_code, admin1, latitude, longitude, precision) "
        "VALUES ('NG|gujba', 'Gujba', 'NG', 'Yobe', 11.5, 11.93, 'point')",
        "INSERT INTO incidents (event_type, sub_event_type, event_date, date_precision, location_id, summary, "
        "confidence, extractor_version) SELECT 'Violence against civilians', 'Attack', '2024-03-10', 'day', "
        "(SELECT id FROM locations), 'An attack.', 0.8, 'v1' FROM articles",
        "INSERT INTO incident_reports (article_id, key, incident_id, event_type, sub_event_type, event_date, "
        "date_precision, location_id, summary, confidence, extractor_version) SELECT id, 'k', id, "
        "'Violence against civilians', 'Attack', '2024-03-10', 'day', (SELECT id FROM locations), 'An attack.', "
        "0.8, 'v1' FROM articles",
        "UPDATE incidents i SET doc = incident_doc(i)",
        "INSERT INTO incident_changes (incident_id, kind) SELECT id, 'upsert' FROM incidents ORDER BY id",
        documents,
    )
    migrate.upgrade(scratch_url, "0020")
    assert run(documents) == before, "no document is written again"
    after = run(
        "UPDATE incident_reports SET geo_confidence = 0.6 WHERE article_id = 2",
        "UPDATE incidents SET geo_confidence = 0.6 WHERE id = 2",
        "UPDATE incidents i SET doc = incident_doc(i)",
        documents,
    )
    assert after[0]["doc"] == before[0]["doc"], "a location without one is as it was"
    incident = json.loads(after[1]["doc"])  # as 0020 wrote it, before report_count
    assert incident["location"]["geo_confidence"] == pytest.approx(0.6)
    assert incident["reports"][0]["location"]["geo_confidence"] == pytest.approx(0.6)
    migrate.downgrade(scratch_url, "0019")
    back = run(documents)
    assert back[0] == before[0]
    assert back[1]["doc"] == before[1]["doc"], "the document is as 0019 wrote it"
    assert back[1]["seq"] > before[1]["seq"], "the rewritten document is fed to mirrors"


def updated(doc: str) -> str:
    return str(json.loads(doc)["updated_at"])


def unstamped(doc: str) -> str:
    """A document without its updated_at, which a migration that writes it again moves."""
    return doc.replace(f',"updated_at":"{updated(doc)}"', "", 1)


def test_documents_embed_the_lead_reports_and_count_them_all(scratch_url: str) -> None:
    """Migration 0021: every document gains report_count (fed to mirrors), one of few reports is otherwise as it
    was byte for byte, and one of many embeds ten, with their evidence only: the report whose figure the incident
    uses, though the latest, and then the earliest. The downgrade writes every document as 0020 did."""
    migrate.upgrade(scratch_url, "0020")

    def run(*statements: str) -> list[asyncpg.Record]:
        return asyncio.run(run_sql(scratch_url, *statements))

    documents = "SELECT i.id, i.doc::text AS doc, c.seq FROM incidents i LEFT JOIN incident_changes c ON c.incident_id = i.id ORDER BY i.id"  # noqa: E501
    before = run(
        "INSERT INTO articles (text, content_hash) SELECT 'Gunmen attacked Gujba, ' || n, sha256(n::text::bytea) "
        "FROM generate_series(1, 13) n",
        "INSERT INTO incidents (event_type, sub_event_type, event_date, date_precision, fatalities, summary, "
        "confidence, extractor_version) VALUES ('Violence against civilians', 'Attack', '2024-03-10', 'day', 3, "
        "'An attack.', 0.8, 'v1'), ('Battles', 'Armed clash', '2024-03-11', 'day', NULL, 'A clash.', 0.7, 'v1')",
        # articles 1-12 report the first incident, the last of them with the figure it uses; 13 the second
        "INSERT INTO incident_reports (article_id, key, incident_id, event_type, sub_event_type, event_date, "
        "date_precision, fatalities, fatalities_used, summary, confidence, extractor_version) SELECT id, 'k', "
        "CASE WHEN id = 13 THEN 2 ELSE 1 END, 'Violence against civilians', 'Attack', '2024-03-10', 'day', "
        "CASE WHEN id = 12 THEN 3 ELSE 5 END, CASE WHEN id = 12 THEN '{best}'::text[] ELSE '{}' END, 'An attack.', "
        "0.8, 'v1' FROM articles",
        "INSERT INTO evidence (incident_id, field, article_id, start_offset, end_offset, quote) "
        "SELECT CASE WHEN id = 13 THEN 2 ELSE 1 END, 'event', id, 0, 6, 'Gunmen' FROM articles",
        "UPDATE incidents i SET doc = incident_doc(i)",
        "INSERT INTO incident_changes (incident_id, kind) SELECT id, 'upsert' FROM incidents ORDER BY id",
        documents,
    )
    migrate.upgrade(scratch_url, "0021")
    after = run(documents)
    assert updated(after[1]["doc"]) > updated(before[1]["doc"])
    assert unstamped(after[1]["doc"]) == unstamped(before[1]["doc"]).replace(
        ',"extractor_version"', ',"report_count":1,"extractor_version"', 1
    ), "a document of few reports gains its count, nothing else"
    assert all(a["seq"] > b["seq"] for a, b in zip(after, before, strict=True)), "every document is fed to mirrors"
    many = msgspec.json.decode(after[0]["doc"], type=Incident)
    assert many.report_count == 12
    assert many.article_ids == list(range(1, 13))
    assert [r.article_id for r in many.reports] == [*range(1, 10), 12]
    assert [r.fatalities_used for r in many.reports][-1] == ["best"]
    assert [e.article_id for e in many.evidence] == [*range(1, 10), 12]
    migrate.downgrade(scratch_url, "0020")
    back = run(documents)
    assert [unstamped(r["doc"]) for r in back] == [unstamped(r["doc"]) for r in before], "as 0020 wrote them"
    assert all(a["seq"] > b["seq"] for a, b in zip(back, after, strict=True))
