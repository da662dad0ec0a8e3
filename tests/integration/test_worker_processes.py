"""`incidents worker --processes N`: N worker processes under one supervisor, which restarts a child that dies
and drains them all on SIGTERM."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import asyncpg
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

from service.db.queries.articles import JOBS_CHANNEL
from service.settings import Settings
from service.supervisor import LOWEST_NICE, Supervisor
from tests.integration.test_worker import TEXT, post, wait_for_status

Client = AsyncTestClient[Litestar]
ROOT = Path(__file__).resolve().parents[2]


def started_workers(log: Path) -> set[str]:
    names = set()
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("{") and '"worker started"' in line:
            names.add(json.loads(line)["worker"])
    return names


@pytest.mark.timeout(180)
async def test_worker_processes_extract_and_drain_on_sigterm(
    client: Client, seeded_pool: asyncpg.Pool, clean_db: asyncpg.Pool, migrated_url: str, tmp_path: Path
) -> None:
    log = tmp_path / "worker.log"
    env = {**os.environ, "DATABASE_URL": migrated_url, "LOG_FORMAT": "json", "JOB_POLL_SECONDS": "120"}
    with log.open("wb") as out:
        supervisor = await asyncio.to_thread(
            subprocess.Popen,  # the real command, the real pipeline
            [sys.executable, "-m", "service", "worker", "--processes", "2"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=out,
        )
    try:
        for _ in range(600):  # each loads its language model first
            if len(started_workers(log)) == 2:
                break
            await asyncio.sleep(0.1)
        assert len(started_workers(log)) == 2, log.read_text()[-3000:]
        # an operator reading pg_stat_activity tells the workers' sessions from the API's
        sessions = await clean_db.fetch(
            "SELECT application_name FROM pg_stat_activity WHERE datname = current_database()"
        )
        assert {"incidents-worker", "incidents-api"} <= {s["application_name"] for s in sessions}
        # a poll every two minutes: the articles are taken up on wake-ups from the supervisor's LISTEN connection
        ids = [await post(client, f"{TEXT}Report {n}.") for n in range(6)]
        for article_id in ids:
            await wait_for_status(clean_db, article_id, {"done"}, timeout_s=90)
        children = [int(name.rsplit(":", 1)[1]) for name in started_workers(log)]
        supervisor.send_signal(signal.SIGTERM)
        assert await asyncio.to_thread(supervisor.wait, 60) == 0
    finally:
        if supervisor.poll() is None:
            supervisor.kill()
            supervisor.wait()
    for pid in children:  # the children went with it
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    async with clean_db.acquire() as conn:
        assert await conn.fetchval("SELECT max(attempts) FROM jobs") == 1


async def test_sigterm_drains_every_process_and_a_dead_one_is_replaced(
    client: Client, clean_db: asyncpg.Pool, migrated_url: str, settings: Settings
) -> None:
    # each child takes 2 s over a job: a stop while both have one in hand must let both finish
    supervisor = Supervisor(settings, migrated_url, 2, command=["-m", "tests.worker_main", migrated_url, "2"])
    await asyncio.to_thread(supervisor.start)
    try:
        first, second = await post(client), await post(client, TEXT + "again")
        await wait_for_status(clean_db, first, {"processing"})
        await wait_for_status(clean_db, second, {"processing"})
        victim = supervisor.pids()[0]
        os.kill(victim, signal.SIGKILL)
        for _ in range(100):
            if len(supervisor.pids()) == 2 and victim not in supervisor.pids():
                break
            await asyncio.sleep(0.1)
        assert len(supervisor.pids()) == 2  # replaced
        assert victim not in supervisor.pids()
        third = await post(client, TEXT + "a third")
        await wait_for_status(clean_db, third, {"processing"})
    finally:
        await asyncio.to_thread(supervisor.stop)
    async with clean_db.acquire() as conn:
        statuses = dict(await conn.fetch("SELECT article_id, status FROM jobs"))
    assert statuses[third] == "done"  # drained, not interrupted
    assert supervisor.pids() == []


async def _listening(pool: asyncpg.Pool) -> int:
    """Connections to the database whose last statement was a LISTEN for jobs: the ones that wait for job
    notifications (an API process listens for finished articles on a connection of its own, not counted)."""
    async with pool.acquire() as conn:
        return int(
            await conn.fetchval(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE $1",
                f'LISTEN "{JOBS_CHANNEL}"%',
            )
        )


async def _ready(ready_dir: Path, supervisor: Supervisor, count: int) -> list[int]:
    """The pids of `count` children that are up and waiting for jobs (each has made its file in `ready_dir`)."""
    for _ in range(300):
        pids = supervisor.pids()
        if len(pids) == count and all((ready_dir / str(pid)).exists() for pid in pids):
            return pids
        await asyncio.sleep(0.1)
    raise AssertionError(f"{count} children not all up and waiting: {supervisor.pids()}")


@pytest.mark.timeout(120)
async def test_one_listen_connection_wakes_every_process_restarted_ones_included(
    client: Client, clean_db: asyncpg.Pool, migrated_url: str, settings: Settings, tmp_path: Path
) -> None:
    # children that poll only once a minute: a job taken up within seconds was taken up on a wake-up
    command = ["-m", "tests.worker_main", migrated_url, "0", "60", str(tmp_path)]
    listening = await _listening(clean_db)
    supervisor = Supervisor(settings, migrated_url, 2, command=command)
    await asyncio.to_thread(supervisor.start)
    try:
        first_children = await _ready(tmp_path, supervisor, 2)
        assert await _listening(clean_db) == listening + 1  # the supervisor's, not one per process
        await wait_for_status(clean_db, await post(client), {"done"}, timeout_s=10)
        for pid in first_children:  # replacements get a pipe of their own
            os.kill(pid, signal.SIGKILL)
        for _ in range(100):
            if not set(first_children) & set(supervisor.pids()) and len(supervisor.pids()) == 2:
                break
            await asyncio.sleep(0.1)
        await _ready(tmp_path, supervisor, 2)
        assert not set(first_children) & set(supervisor.pids())
        await wait_for_status(clean_db, await post(client, TEXT + "again"), {"done"}, timeout_s=10)
        assert await _listening(clean_db) == listening + 1
    finally:
        await asyncio.to_thread(supervisor.stop)
    assert await _listening(clean_db) == listening


def test_workers_beside_the_api_give_way_to_it(settings: Settings, migrated_url: str) -> None:
    sleeper = ("-c", "import time; time.sleep(60)")
    supervisor = Supervisor(settings, migrated_url, 2, command=sleeper, give_way=True)
    supervisor.start()
    try:
        children = supervisor.pids()
        assert [os.getpriority(os.PRIO_PROCESS, pid) for pid in children] == [LOWEST_NICE] * 2
        if hasattr(os, "SCHED_IDLE"):
            assert [os.sched_getscheduler(pid) for pid in children] == [os.SCHED_IDLE] * 2
        # the supervisor's session, where the kernel shares CPU time between sessions (autogroup) and a child's
        # priority would count only within a session of its own; a process group of its own, out of a Ctrl-C's way
        assert [os.getsid(pid) for pid in children] == [os.getsid(0)] * 2
        assert [os.getpgid(pid) for pid in children] == children
    finally:
        supervisor.stop(grace_s=5)


def test_a_standalone_supervisor_keeps_its_priority(settings: Settings, migrated_url: str) -> None:
    sleeper = ("-c", "import time; time.sleep(60)")
    supervisor = Supervisor(settings, migrated_url, 1, command=sleeper)
    supervisor.start()
    try:
        (child,) = supervisor.pids()
        assert os.getpriority(os.PRIO_PROCESS, child) == os.getpriority(os.PRIO_PROCESS, 0)
        if hasattr(os, "sched_getscheduler"):
            assert os.sched_getscheduler(child) == os.sched_getscheduler(0)
    finally:
        supervisor.stop(grace_s=5)
