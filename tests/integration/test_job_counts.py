"""Queue depth from counts kept by triggers: always the jobs table's own count, read without scanning it."""

from __future__ import annotations

import json

import asyncpg
from litestar import Litestar
from litestar.testing import AsyncTestClient

from service.db.queries import jobs
from tests.integration.test_worker import post

Client = AsyncTestClient[Litestar]


async def counted(conn: asyncpg.Connection) -> dict[str, int]:
    return {r["status"]: r["count"] for r in await conn.fetch("SELECT status, count(*) FROM jobs GROUP BY status")}


async def test_depth_follows_every_change_of_the_jobs_table(client: Client, clean_db: asyncpg.Pool) -> None:
    async with clean_db.acquire() as conn:
        assert await jobs.depth(conn) == {}, "a truncated table counts nothing"
    ids = [await post(client, f"ATTACK Town{n}\n") for n in range(6)]
    async with clean_db.acquire() as conn:
        assert await jobs.depth(conn) == {"queued": 6}
        await conn.execute("UPDATE jobs SET status = 'failed' WHERE article_id = any($1::bigint[])", ids[:2])
        await conn.execute("UPDATE jobs SET status = 'done' WHERE article_id = $1", ids[2])
        await conn.execute("UPDATE jobs SET attempts = 2 WHERE article_id = $1", ids[3])  # no change of status
        await conn.execute("DELETE FROM articles WHERE id = $1", ids[4])  # its job goes with it
        assert await jobs.depth(conn) == await counted(conn) == {"queued": 2, "failed": 2, "done": 1}
        await conn.execute("TRUNCATE jobs")
        assert await jobs.depth(conn) == {}

    await post(client, "ATTACK Gao\n")
    metrics = (await client.get("/metrics")).text
    assert 'incidents_jobs{status="queued"} 1.0' in metrics
    assert 'incidents_jobs{status="failed"} 0.0' in metrics


async def test_the_depth_query_does_not_read_the_jobs_table(clean_db: asyncpg.Pool) -> None:
    async with clean_db.acquire() as conn:
        plan = json.loads(await conn.fetchval(f"EXPLAIN (FORMAT JSON) {jobs._DEPTH}"))

    def relations(node: dict[str, object]) -> set[str]:
        found = {str(node["Relation Name"])} if "Relation Name" in node else set()
        for child in node.get("Plans", []):  # type: ignore[attr-defined]
            found |= relations(child)
        return found

    assert relations(plan[0]["Plan"]) == {"job_counts"}
