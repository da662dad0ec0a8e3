"""incidents reprocess: articles queued again behind new ones, in resumable batches; an article's re-extraction is
seen whole or not at all."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import asyncpg
from litestar import Litestar
from litestar.testing import AsyncTestClient

from service.cli_reprocess import current_version
from service.db.queries import jobs, queue, reprocess
from service.extract.model import ActorRef, Evidence, Incident, PlaceRef
from service.incidents import merge

Client = AsyncTestClient[Litestar]
ROOT = Path(__file__).resolve().parents[2]
GUJBA = PlaceRef(name="Gujba", precision="point", country_code="NG", admin1="Yobe", geoname_id=2339354,
                 latitude=11.50, longitude=11.93)  # fmt: skip
BUNI_YADI = PlaceRef(name="Buni Yadi", precision="point", country_code="NG", admin1="Yobe", geoname_id=2346812,
                     latitude=11.27, longitude=12.01)  # fmt: skip


def report(place: PlaceRef, day: int) -> Incident:
    return Incident(
        event_type="Violence against civilians",
        sub_event_type="Attack",
        date=dt.date(2024, 3, day),
        date_precision="day",
        place=place,
        actors=(ActorRef(name="Boko Haram", type="rebel group", role="actor1"),),
        fatalities=4,
        summary=f"Attack in {place.name}.",
        confidence=0.8,
        evidence=(Evidence(field="event", start=0, end=6, quote="Gunmen"),),
    )


async def posted(client: Client, n: int) -> int:
    response = await client.post("/v1/articles", json={"text": f"Gunmen attacked, reprocess {n}.",
                                                       "url": f"https://example.org/reprocess/{n}"})  # fmt: skip
    assert response.status_code == 202, response.text
    return int(response.json()["id"])


async def finish_all(pool: asyncpg.Pool, version: str | None) -> None:
    await pool.execute("UPDATE jobs SET status = 'done', finished_at = now(), extractor_version = $1", version)


async def claimed_articles(pool: asyncpg.Pool) -> list[int]:
    order = []
    async with pool.acquire() as conn:
        while (job := await jobs.claim(conn, "test", 60)) is not None:
            order.append(job.article_id)
    return order


def incidents_cli(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    environment = os.environ | {"DATABASE_URL": url, "LOG_LEVEL": "WARNING"}
    return subprocess.run([sys.executable, "-m", "service", "reprocess", *args], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=120, check=False)  # fmt: skip


async def test_reprocessing_waits_behind_new_articles(
    client: Client, clean_db: asyncpg.Pool, migrated_url: str
) -> None:
    old = [await posted(client, n) for n in range(3)]
    await finish_all(clean_db, "rules-0")
    result = incidents_cli(migrated_url, "--all", "--no-progress")
    assert result.returncode == 0, result.stderr
    assert "3 articles" in result.stdout
    assert "queued 3 of 3" in result.stdout
    # the queue's age, which crawlers and the autoscaler act on, is that of posted articles: none wait
    async with clean_db.acquire() as conn:
        assert await queue.oldest_queued_age(conn) == 0.0
    new = await posted(client, 9)  # posted after the reprocessing was queued, extracted before it
    assert await claimed_articles(clean_db) == [new, *old]
    requests = await clean_db.fetch("SELECT request_id, priority FROM jobs WHERE article_id = ANY($1) ", old)
    assert {(r["request_id"].startswith("reprocess-"), r["priority"]) for r in requests} == {(True, 1)}


async def test_a_run_resumes_where_it_stopped(client: Client, clean_db: asyncpg.Pool) -> None:
    ids = [await posted(client, n) for n in range(5)]
    await finish_all(clean_db, "rules-0")
    async with clean_db.acquire() as conn:
        run = await reprocess.start(conn, "since", "2000-01-01")
        assert (run.total, run.examined) == (5, 0)
        assert await reprocess.queue_batch(conn, run, "since", "2000-01-01", size=2) == (2, 2, False)
        # interrupted here; the same selection again resumes the run rather than queueing the first two again
        await conn.execute("UPDATE jobs SET status = 'done' WHERE article_id = ANY($1)", ids[:2])
        resumed = await reprocess.start(conn, "since", "2000-01-01")
        assert (resumed.id, resumed.examined, resumed.after_article_id) == (run.id, 2, ids[1])
        while not (await reprocess.queue_batch(conn, resumed, "since", "2000-01-01", size=2))[2]:
            pass
        assert (resumed.examined, resumed.queued) == (5, 5)
        statuses = await conn.fetch("SELECT article_id, status FROM jobs ORDER BY article_id")
        assert [r["status"] for r in statuses] == ["done", "done", "queued", "queued", "queued"]
        # over: the next run of the selection is a new one
        assert (await reprocess.start(conn, "since", "2000-01-01")).id != run.id
        # a date after every article selects none
        assert (await reprocess.start(conn, "since", "2999-01-01")).total == 0


async def test_outdated_selects_other_versions(client: Client, clean_db: asyncpg.Pool, migrated_url: str) -> None:
    current = current_version()
    same, other, unknown_with_reports, unknown_without, french, french_read_as_english = [
        await posted(client, n) for n in range(6)
    ]
    await finish_all(clean_db, None)
    await clean_db.execute("UPDATE jobs SET extractor_version = $1 WHERE article_id = $2", current, same)
    await clean_db.execute("UPDATE jobs SET extractor_version = 'rules-0' WHERE article_id = $1", other)
    # each article is judged by its own language's pipeline
    await clean_db.execute(
        "UPDATE articles SET language = 'fr' WHERE id = any($1::bigint[])", [french, french_read_as_english]
    )
    await clean_db.execute(
        "UPDATE jobs SET extractor_version = $1 WHERE article_id = $2", current_version("fr"), french
    )
    await clean_db.execute(
        "UPDATE jobs SET extractor_version = $1 WHERE article_id = $2", current, french_read_as_english
    )
    assert current_version("fr") != current
    async with clean_db.acquire() as conn, conn.transaction():
        await merge.save_extraction(conn, unknown_with_reports, [report(GUJBA, 10)], current)
    result = incidents_cli(migrated_url, "--outdated", "--no-progress")
    assert result.returncode == 0, result.stderr
    queued = await clean_db.fetch("SELECT article_id FROM jobs WHERE status = 'queued' ORDER BY article_id")
    assert [r["article_id"] for r in queued] == [other, unknown_without, french_read_as_english]
    # one article, at once
    assert incidents_cli(migrated_url, "--article", str(same), "--no-progress").returncode == 0
    assert await clean_db.fetchval("SELECT status FROM jobs WHERE article_id = $1", same) == "queued"


async def test_the_worker_records_the_version_it_extracted_with(clean_db: asyncpg.Pool, client: Client) -> None:
    article_id = await posted(client, 1)
    async with clean_db.acquire() as conn:
        job = await jobs.claim(conn, "test", 60)
        assert job is not None
        async with conn.transaction():
            await jobs.mark_done(conn, job, "rules-9")
    assert await clean_db.fetchval("SELECT extractor_version FROM jobs WHERE article_id = $1", article_id) == "rules-9"


async def test_readers_see_an_article_re_extracted_whole_or_not_at_all(client: Client, clean_db: asyncpg.Pool) -> None:
    article_id = await posted(client, 1)
    async with clean_db.acquire() as conn, conn.transaction():
        before = await merge.save_extraction(conn, article_id, [report(GUJBA, 10), report(GUJBA, 12)], "v1")

    async def seen() -> list[tuple[int, str]]:
        page = (await client.get("/v1/incidents", params={"article_id": article_id})).json()
        return sorted((i["id"], i["location"]["name"]) for i in page["items"])

    first = await seen()
    assert [i for i, _ in first] == sorted(before)
    async with clean_db.acquire() as conn, conn.transaction():
        after = await merge.save_extraction(conn, article_id, [report(GUJBA, 10), report(BUNI_YADI, 20)], "v2")
        assert after[0] == before[0]  # the unchanged report keeps its incident
        assert await seen() == first  # mid-transaction, readers see the article as it was
    assert await seen() == sorted([(after[0], "Gujba"), (after[1], "Buni Yadi")])
