"""Reprocessing cost: N synthetic articles extracted once, then `incidents reprocess --all` drained by P worker
processes, for each P asked. Prints one line per run: the wall time from the workers' start to an empty queue, the
steady rate (first to last job finished), and how many incidents the re-extraction wrote again (the extractor is the
same, so none should be) and how many changes it added to the feed.

    DATABASE_URL=postgresql://... python -m bench.reprocess --articles 1000 --processes 1 2

It creates, seeds and drops a database of its own on that server."""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import subprocess
import sys
import time
import uuid

import asyncpg
import msgspec

from bench.corpus import articles
from service.contract.schemas import ArticleIn
from service.ingest import ingest

BUSY = "SELECT count(*) FROM jobs WHERE status IN ('queued', 'processing')"
SPAN = "SELECT extract(epoch FROM max(finished_at) - min(finished_at)), count(*) FROM jobs WHERE status = 'done'"


def _incidents(url: str, *args: str, wait: bool = True) -> subprocess.Popen[bytes]:
    env = os.environ | {"DATABASE_URL": url, "LOG_LEVEL": "WARNING", "JOB_POLL_SECONDS": "1"}
    child = subprocess.Popen([sys.executable, "-m", "service", *args], env=env, stdout=subprocess.DEVNULL)
    if wait and child.wait() != 0:
        raise SystemExit(f"incidents {' '.join(args)} failed")
    return child


async def _drain(url: str, processes: int) -> tuple[float, float, int]:
    """Run `processes` workers until no job is queued or processing: (wall s, steady s, jobs done)."""
    conn = await asyncpg.connect(url)
    try:
        started = time.perf_counter()
        worker = _incidents(url, "worker", "--processes", str(processes), wait=False)
        try:
            while await conn.fetchval(BUSY):  # noqa: ASYNC110 (the queue is in another process: polled)
                await asyncio.sleep(0.5)
            wall = time.perf_counter() - started
        finally:
            worker.send_signal(signal.SIGTERM)
            worker.wait(60)
        steady, done = await conn.fetchrow(SPAN)
        return wall, float(steady or 0), int(done)
    finally:
        await conn.close()


async def main(args: argparse.Namespace) -> None:
    admin = os.environ["DATABASE_URL"]
    name = f"bench_reprocess_{uuid.uuid4().hex[:8]}"
    server = await asyncpg.connect(admin)
    await server.execute(f'CREATE DATABASE "{name}"')
    url = admin.rsplit("/", 1)[0] + "/" + name
    try:
        _incidents(url, "migrate")
        _incidents(url, "seed")
        conn = await asyncpg.connect(url)
        for record in articles(args.articles):
            await ingest(conn, msgspec.convert(record, ArticleIn), max_attempts=5)
        wall, steady, done = await _drain(url, max(args.processes))
        print(f"first extraction: articles={done} processes={max(args.processes)} wall_s={wall:.1f} "
              f"steady_per_s={done / steady:.1f}", flush=True)  # fmt: skip
        for processes in args.processes:
            before = await conn.fetchval("SELECT max(updated_at) FROM incidents")
            feed = await conn.fetchval("SELECT max(seq) FROM incident_changes")
            await conn.execute("UPDATE jobs SET finished_at = NULL")
            queued_at = time.perf_counter()
            _incidents(url, "reprocess", "--all", "--restart", "--no-progress")
            queue_s = time.perf_counter() - queued_at
            wall, steady, done = await _drain(url, processes)
            rewritten = await conn.fetchval("SELECT count(*) FROM incidents WHERE updated_at > $1", before)
            changes = await conn.fetchval("SELECT count(*) FROM incident_changes WHERE seq > $1", feed)
            incidents = await conn.fetchval("SELECT count(*) FROM incidents")
            print(f"reprocess: articles={done} processes={processes} queue_s={queue_s:.1f} wall_s={wall:.1f} "
                  f"steady_per_s={done / steady:.1f} incidents={incidents} rewritten={rewritten} "
                  f"feed_changes={changes}", flush=True)  # fmt: skip
        await conn.close()
    finally:
        await server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await server.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    asyncio.run(main(parser.parse_args()))
