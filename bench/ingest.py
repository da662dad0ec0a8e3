"""`make bench-ingest`: the whole service as `make run` starts it (API + worker processes + PostgreSQL), fed real
articles, measured as a crawler sees it. Writes bench/REPORT-ingest.md.

1. capacity: bursts of articles posted at once, the rate at which the workers clear each, and bare spaCy (`nlp.pipe`
   of the same model over the same texts in one process per core, the service idle) timed before each burst and
   after the last, each burst set against the bare runs either side of it;
2. freshness: articles posted at half that capacity, each timed from its POST until GET /v1/articles/{id}?wait=
   (a long-poll, asked again while the article is unfinished) says done (its incidents are saved in the
   transaction that marks it done, so they are queryable then);
3. overload: 1.5x capacity for a while, GET /v1/incidents timed meanwhile against the same reads when idle, then
   the backlog left to clear; every article posted must end done or failed.

The database is a fresh one on the server DATABASE_URL names (default: the local PostgreSQL), dropped at the end.
Every loop is bounded and every connection is on the loopback."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import multiprocessing
import os
import platform
import re
import signal
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import httpx

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_ARTICLES = next(
    (p for p in (ROOT.parent / "shared/eval/dev-wide.jsonl", ROOT / "tests/eval/dev-wide.jsonl") if p.exists()),
    ROOT / "tests/eval/dev-wide.jsonl",
)
REPORT = ROOT / "bench" / "REPORT-ingest.md"
FINISHED = ("done", "failed")
WATCH_CONNECTIONS = 512
"""Connections the bench keeps for the articles it waits for: one per article waited for at once, up to this."""
CLIENT_KEEPALIVE_S = 4.0
"""How long the client keeps an idle connection: shorter than the server's keep-alive (`HTTP_KEEPALIVE_SECONDS`,
and uvicorn's own 5 s), so that the client, not the server, closes an idle one and no request is sent on a
connection the server is closing."""


def load_articles(path: Path) -> list[dict[str, str]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [{"text": r["text"], "title": r.get("title") or "", "published_at": r["published_at"]} for r in rows]


def _cores() -> int:
    from service.supervisor import available_cores

    return available_cores()


# ---- bare spaCy ---------------------------------------------------------------------------------------------


def _bare_worker(texts: list[str], rounds: int, one_thread: bool, ready: Any, go: Any, out: Any) -> None:
    if one_thread:
        from service.extract.languages import one_blas_thread

        one_blas_thread()  # as the service's extraction processes run
    import spacy

    from service.extract.nlp import MODEL

    nlp = spacy.load(MODEL)
    list(nlp.pipe(texts[:5]))
    ready.release()
    go.wait()
    started = time.perf_counter()
    for _ in range(rounds):
        for _doc in nlp.pipe(texts):
            pass
    out.put((rounds * len(texts), time.perf_counter() - started))


def bare_spacy(texts: list[str], processes: int, rounds: int, *, one_thread: bool = False) -> dict[str, float]:
    """Articles/s of `nlp.pipe` over `texts` in `processes` processes at once: all of them parse, none waits. With
    `one_thread`, each process runs BLAS on one thread, as the service's extraction processes do."""
    context = multiprocessing.get_context("spawn")
    ready, go, out = context.Semaphore(0), context.Event(), context.Queue()
    children = [context.Process(target=_bare_worker, args=(texts, rounds, one_thread, ready, go, out))
                for _ in range(processes)]  # fmt: skip
    for child in children:
        child.start()
    for _ in children:
        ready.acquire(timeout=300)
    go.set()
    results = [out.get(timeout=600) for _ in children]
    for child in children:
        child.join(timeout=30)
    articles = sum(n for n, _ in results)
    seconds = max(s for _, s in results)
    return {"processes": processes, "articles": articles, "seconds": seconds, "per_second": articles / seconds}


# ---- the service ----------------------------------------------------------------------------------------------


def _with_database(url: str, name: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))


async def _admin(server_url: str, sql: str) -> None:
    conn = await asyncpg.connect(server_url)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


def start_service(url: str, processes: int, log: Path) -> tuple[subprocess.Popen[bytes], str, float]:
    """`incidents serve --migrate --seed`, as `make run` runs it, on a free loopback port; waits until ready."""
    from tests.servers import free_port

    port = free_port()
    env = {**os.environ, "DATABASE_URL": url, "PORT": str(port), "HOST": "127.0.0.1", "LOG_LEVEL": "WARNING",
           "LOG_FORMAT": "json", "RATE_LIMIT_PER_MINUTE": "0"}  # fmt: skip
    # Limiting off: the GETs that wait for each article are the bench's stopwatch, not a crawler's traffic (with
    # --wait 0, a poll of every waiting article every --poll seconds), and one refused with 429 would add the
    # limiter's wait to the time measured. (The local default's allowance for a crawler posting and polling 10
    # articles/s has its own test.)
    started = time.perf_counter()
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "service", "serve", "--migrate", "--seed", "--processes", str(processes)],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 900
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the service exited with {process.returncode}; see {log}")
        try:
            if httpx.get(f"{base}/health/ready", timeout=2).status_code == 200:
                return process, base, time.perf_counter() - started
        except httpx.TransportError:
            pass
        time.sleep(0.5)
    process.kill()
    raise SystemExit(f"the service was not ready in 900 s; see {log}")


def stop_service(process: subprocess.Popen[bytes]) -> None:
    process.send_signal(signal.SIGINT)  # Ctrl-C, as a `make run` user stops it
    try:
        process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


# ---- load ------------------------------------------------------------------------------------------------------


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))]


@dataclass
class Feed:
    """Unique articles from the real texts: a url of their own and a marker line, so none is a duplicate."""

    articles: list[dict[str, str]]
    run: str = field(default_factory=lambda: uuid.uuid4().hex[:8])
    count: int = 0

    def next(self) -> dict[str, str]:
        n, self.count = self.count, self.count + 1
        base = self.articles[n % len(self.articles)]
        return {**base, "text": f"{base['text']}\n\n(bench {self.run} no. {n})",
                "url": f"https://bench.example/{self.run}/{n}"}  # fmt: skip


@dataclass
class Load:
    client: httpx.AsyncClient
    feed: Feed
    watcher: httpx.AsyncClient | None = None
    """The connections that wait for articles (`watch`), apart from the posts': a long-poll holds its connection
    while it waits, and posts must not queue behind a backlog's worth of them."""
    posted: dict[int, float] = field(default_factory=dict)  # article id -> when its POST was sent
    finished: dict[int, float] = field(default_factory=dict)  # article id -> when it was seen done or failed
    queue_waits: list[float] = field(default_factory=list)
    retry_afters: int = 0
    errors: list[str] = field(default_factory=list)
    transport_errors: int = 0  # requests that got no answer at all: a connection refused, dropped or reset

    def _transport_error(self, what: str, exc: httpx.TransportError) -> None:
        self.transport_errors += 1
        self.errors.append(f"{what}: {exc!r}")

    async def post(self) -> int | None:
        sent = time.perf_counter()
        try:
            response = await self.client.post("/v1/articles", json=self.feed.next())
        except httpx.TransportError as exc:
            self._transport_error("POST", exc)  # not retried: the article is counted as not posted
            return None
        except httpx.HTTPError as exc:
            self.errors.append(repr(exc))
            return None
        if response.status_code != 202:
            self.errors.append(f"POST {response.status_code}: {response.text[:200]}")
            return None
        article_id = int(response.json()["id"])
        self.posted[article_id] = sent
        self.queue_waits.append(float(response.headers.get("x-queue-wait", "nan")))
        self.retry_afters += "retry-after" in response.headers
        return article_id

    async def watch(self, article_id: int, wait_s: float, poll_s: float, timeout_s: float) -> None:
        """Wait for the article to be done or failed, as a crawler waiting for it would: a long-poll of `wait_s`
        (`GET /v1/articles/{id}?wait=`) asked again while the article is unfinished, or with `wait_s` 0 a poll
        every `poll_s`. A request that gets no answer, or an answer other than 200, is counted and tried again
        after `poll_s` (a GET may be repeated)."""
        client = self.watcher or self.client
        deadline = time.perf_counter() + timeout_s
        while (left := deadline - time.perf_counter()) > 0:
            path = f"/v1/articles/{article_id}"
            if wait_s > 0:
                path += f"?wait={min(wait_s, max(left, 0.1)):.1f}"
            try:
                response = await client.get(path)
            except httpx.TransportError as exc:
                self._transport_error(f"GET {path}", exc)
                await asyncio.sleep(poll_s)
                continue
            if response.status_code == 200 and response.json()["status"] in FINISHED:
                self.finished[article_id] = time.perf_counter()
                return
            if response.status_code != 200:
                self.errors.append(f"GET {path} {response.status_code}: {response.text[:200]}")
            if wait_s <= 0 or response.status_code != 200:
                await asyncio.sleep(poll_s)
        self.errors.append(f"article {article_id} not finished in {timeout_s:.0f} s")


async def paced(rate: float, seconds: float, action: Callable[[], Coroutine[Any, Any, object]]) -> int:
    """`action` started `rate` times a second for `seconds`, on a schedule (a slow answer does not delay the next)."""
    total = max(1, round(rate * seconds))
    started = time.perf_counter()
    tasks: list[asyncio.Task[object]] = []
    for n in range(total):
        delay = started + n / rate - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(action()))
    await asyncio.gather(*tasks)
    return total


async def finished_count(conn: asyncpg.Connection) -> tuple[int, int, int]:
    row = await conn.fetchrow(
        "SELECT count(*) FILTER (WHERE status = 'done'), count(*) FILTER (WHERE status = 'failed'), count(*) FROM jobs"
    )
    assert row is not None
    return int(row[0]), int(row[1]), int(row[2])


async def wait_drained(conn: asyncpg.Connection, timeout_s: float) -> list[tuple[float, int]]:
    """(time, finished jobs) every quarter second until every job is done or failed."""
    samples = []
    deadline = time.perf_counter() + timeout_s
    while time.perf_counter() < deadline:
        done, failed, total = await finished_count(conn)
        samples.append((time.perf_counter(), done + failed))
        if done + failed == total:
            return samples
        await asyncio.sleep(0.25)
    raise SystemExit(f"the queue did not drain in {timeout_s:.0f} s")


def clearing_rate(samples: list[tuple[float, int]], low: int, high: int) -> float:
    """Articles/s cleared between the moments `low` and `high` jobs had finished: the sustained rate, without the
    start (workers picking up) and the tail (the last jobs finishing one by one)."""
    start = next(t for t, n in samples if n >= low)
    end = next(t for t, n in samples if n >= high)
    return (high - low) / max(end - start, 1e-9)


async def read_latencies(client: httpx.AsyncClient, rate: float, seconds: float, errors: list[str]) -> list[float]:
    """GET /v1/incidents pages (the first page, and one country's) timed, `rate` a second; a read that gets no
    answer at all goes in `errors`, not in the latencies."""
    latencies: list[float] = []
    paths = ["/v1/incidents?limit=50", "/v1/incidents?country=NG&limit=50", "/v1/incidents?sort=-fatalities&limit=20"]

    async def read() -> None:
        path = paths[(len(latencies) + len(errors)) % len(paths)]
        started = time.perf_counter()
        try:
            response = await client.get(path)
        except httpx.TransportError as exc:
            errors.append(f"GET {path}: {exc!r}")
            return
        latencies.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"GET {path}: {response.status_code}")

    await paced(rate, seconds, read)
    return latencies


def stage_means(metrics: str) -> dict[str, dict[str, float]]:
    """Each extraction stage's mean and bucket-bound p50, from the workers' histogram on /metrics."""
    stages: dict[str, dict[str, float]] = {}
    for stage in sorted(set(re.findall(r'incidents_extraction_stage_seconds_count\{stage="(\w+)"\}', metrics))):
        count = float(re.search(rf'_seconds_count\{{stage="{stage}"\}} (\S+)', metrics).group(1))  # type: ignore[union-attr]
        total = float(re.search(rf'_seconds_sum\{{stage="{stage}"\}} (\S+)', metrics).group(1))  # type: ignore[union-attr]
        buckets = [(float(le), float(n)) for le, n in re.findall(
            rf'_seconds_bucket\{{le="([\d.e+-]+|\+Inf)",stage="{stage}"\}} (\S+)', metrics)]  # fmt: skip
        p50 = next((le for le, n in sorted(buckets) if n >= count / 2), float("inf"))
        stages[stage] = {"count": count, "mean_ms": 1000 * total / max(count, 1), "p50_le_ms": 1000 * p50}
    return stages


async def burst_rate(client: httpx.AsyncClient, conn: asyncpg.Connection, feed: Feed, articles: int) -> dict[str, Any]:
    """Post `articles` at once (8 posts in flight) and time the workers clearing them."""
    burst = Load(client, feed)
    base_finished = sum((await finished_count(conn))[:2])
    posting = time.perf_counter()
    gate = asyncio.Semaphore(8)

    async def post_one() -> None:
        async with gate:
            await burst.post()

    await asyncio.gather(*(post_one() for _ in range(articles)))
    posted_s = time.perf_counter() - posting
    samples = [(t, n - base_finished) for t, n in await wait_drained(conn, 1800)]
    cleared_s = samples[-1][0] - posting
    return {"articles": articles, "post_s": posted_s, "all_cleared_s": cleared_s,
            "overall_per_s": articles / cleared_s,
            "sustained_per_s": clearing_rate(samples, articles // 5, articles * 9 // 10),
            "errors": burst.errors[:5], "transport_errors": burst.transport_errors}  # fmt: skip


def capacity_of(bursts: list[dict[str, Any]]) -> dict[str, Any]:
    """Each figure the median of the bursts', with every burst kept."""
    figures = ("post_s", "all_cleared_s", "overall_per_s", "sustained_per_s", "bare_per_s", "ratio",
               "bare_one_thread_per_s", "ratio_one_thread")  # fmt: skip
    return {
        "articles": bursts[0]["articles"],
        **{key: statistics.median(b[key] for b in bursts) for key in figures},
        "errors": [e for b in bursts for e in b["errors"]][:5],
        "transport_errors": sum(b["transport_errors"] for b in bursts),
        "bursts": bursts,
    }


async def drive(
    base: str, db_url: str, articles: list[dict[str, str]], processes: int, args: argparse.Namespace
) -> dict[str, Any]:
    result: dict[str, Any] = {}
    limits = httpx.Limits(max_connections=64, max_keepalive_connections=64, keepalive_expiry=CLIENT_KEEPALIVE_S)
    # a connection per article waited for at once, as a crawler that long-polls keeps them, apart from the posts'
    waiting = httpx.Limits(max_connections=WATCH_CONNECTIONS, max_keepalive_connections=WATCH_CONNECTIONS,
                           keepalive_expiry=CLIENT_KEEPALIVE_S)  # fmt: skip
    async with (
        httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client,
        httpx.AsyncClient(base_url=base, timeout=60, limits=waiting) as watcher,
    ):
        conn = await asyncpg.connect(db_url)
        try:
            result["postgres"] = await conn.fetchval("SHOW server_version")
            feed = Feed(articles)
            # warm-up: every worker has its model loaded and its caches started
            warm = Load(client, feed)
            await asyncio.gather(*(warm.post() for _ in range(args.warmup)))
            await wait_drained(conn, 600)

            # capacity: bursts posted at once, each cleared at the workers' rate and set against bare spaCy timed just
            # before and just after it, the service idle meanwhile: this machine's speed drifts from minute to
            # minute, and a ratio of figures taken minutes apart measures the drift as much as the service
            # Bare spaCy as it comes (the baseline), and with one BLAS thread per process as the service's
            # extraction processes run it (service.extract.languages.one_blas_thread), which is the stronger.
            texts = [a["text"] for a in articles]

            async def both_bare() -> tuple[dict[str, float], dict[str, float]]:
                as_it_comes = await asyncio.to_thread(bare_spacy, texts, processes, args.bare_rounds)
                one_thread = await asyncio.to_thread(bare_spacy, texts, processes, args.bare_rounds, one_thread=True)
                return as_it_comes, one_thread

            bares = [await both_bare()]
            bursts: list[dict[str, Any]] = []
            for _ in range(args.capacity_rounds):
                bursts.append(await burst_rate(client, conn, feed, args.burst))
                bares.append(await both_bare())
            bare, bare_one = [b for b, _ in bares], [b for _, b in bares]
            for n, burst in enumerate(bursts):
                around = (bare[n]["per_second"] + bare[n + 1]["per_second"]) / 2
                around_one = (bare_one[n]["per_second"] + bare_one[n + 1]["per_second"]) / 2
                burst |= {"bare_per_s": around, "ratio": burst["sustained_per_s"] / around,
                          "bare_one_thread_per_s": around_one,
                          "ratio_one_thread": burst["sustained_per_s"] / around_one}  # fmt: skip
            result["bare"] = bare
            result["bare_one_thread"] = bare_one
            result["capacity"] = capacity_of(bursts)
            result["capacity"]["warmup_transport_errors"] = warm.transport_errors
            capacity = result["capacity"]["sustained_per_s"]

            # freshness at half capacity
            steady = Load(client, feed, watcher)
            rate = capacity / 2

            async def post_and_watch() -> None:
                article_id = await steady.post()
                if article_id is not None:
                    await steady.watch(article_id, args.wait, args.poll, timeout_s=300)

            count = await paced(rate, args.steady_seconds, post_and_watch)
            await wait_drained(conn, 600)
            latencies = [steady.finished[i] - steady.posted[i] for i in steady.finished]
            result["freshness"] = {"rate_per_s": rate, "seconds": args.steady_seconds, "articles": count,
                                   "finished": len(latencies), "p50_s": pct(latencies, 50), "p90_s": pct(latencies, 90),
                                   "p99_s": pct(latencies, 99), "max_s": max(latencies, default=float("nan")),
                                   "queue_wait_max_s": max(steady.queue_waits, default=0.0),
                                   "errors": steady.errors[:5],
                                   "transport_errors": steady.transport_errors}  # fmt: skip

            # overload: 1.5x capacity, reads timed throughout, against the same reads when idle
            read_errors: list[str] = []
            idle = await read_latencies(client, args.read_rate, args.idle_seconds, read_errors)
            over = Load(client, feed)
            rate = capacity * 1.5
            reads = asyncio.create_task(read_latencies(client, args.read_rate, args.overload_seconds, read_errors))
            started = time.perf_counter()
            count = await paced(rate, args.overload_seconds, over.post)
            posted_until = time.perf_counter()
            loaded = await reads
            drain_reads = asyncio.create_task(read_latencies(client, args.read_rate, 5, read_errors))
            at_end = await finished_count(conn)
            samples = await wait_drained(conn, 1800)
            drain_latencies = await drain_reads
            # the same reads idle again: the overload's articles made the incidents read larger (each report is in
            # its incident's document), so the reads under load are set against idle reads of the data both before
            # and after it
            idle_after = await read_latencies(client, args.read_rate, args.idle_seconds, read_errors)
            done, failed, total = await finished_count(conn)
            queued_at_end = at_end[2] - at_end[0] - at_end[1]
            drained_s = samples[-1][0] - posted_until
            # the backlog's clearing rate measured like the burst's: 20%-90% of it, without the pick-up and the tail
            cleared = [(t, n - at_end[0] - at_end[1]) for t, n in samples]
            drain_sustained = (
                clearing_rate(cleared, queued_at_end // 5, queued_at_end * 9 // 10)
                if queued_at_end >= 10
                else float("nan")
            )
            result["overload"] = {
                "rate_per_s": rate, "seconds": args.overload_seconds, "posted": count, "accepted": len(over.posted),
                "post_s": posted_until - started, "backlog_at_end": queued_at_end, "drain_s": drained_s,
                "drain_per_s": queued_at_end / drained_s if drained_s > 0 else float("nan"),
                "drain_sustained_per_s": drain_sustained,
                "jobs_total": total, "jobs_done": done, "jobs_failed": failed, "lost": total - done - failed,
                "queue_wait_max_s": max(over.queue_waits, default=0.0), "retry_after_answers": over.retry_afters,
                "read_idle_p50_ms": pct(idle, 50), "read_idle_p99_ms": pct(idle, 99), "reads_idle": len(idle),
                "read_idle_after_p50_ms": pct(idle_after, 50), "read_idle_after_p99_ms": pct(idle_after, 99),
                "read_load_p50_ms": pct(loaded, 50), "read_load_p99_ms": pct(loaded, 99), "reads_load": len(loaded),
                "read_drain_p99_ms": pct(drain_latencies, 99), "errors": over.errors[:5] + read_errors[:5],
                "transport_errors": over.transport_errors, "read_transport_errors": len(read_errors),
            }  # fmt: skip
            # the same burst again on the data the drain ended with: the incidents hold every copy of their texts
            result["capacity_after"] = await burst_rate(client, conn, feed, args.burst)
            result["stages"] = stage_means((await client.get("/metrics")).text)
            failures = await conn.fetch(
                "SELECT last_error, count(*) AS n FROM jobs WHERE status = 'failed' GROUP BY 1 ORDER BY 2 DESC LIMIT 5"
            )
            result["failures"] = [dict(r) for r in failures]
        finally:
            await conn.close()
    return result


# ---- the run and its report -----------------------------------------------------------------------------------


def machine() -> dict[str, str]:
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor())  # fmt: skip
    return {"cpu": model, "cores": str(_cores()), "python": platform.python_version(),
            "load_before": " ".join(f"{x:.2f}" for x in os.getloadavg())}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES, help="JSONL of real articles (their texts)")
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL")
                        or "postgresql://postgres@127.0.0.1:5432/postgres",
                        help="a PostgreSQL server; a fresh database is made on it and dropped")  # fmt: skip
    parser.add_argument("--processes", type=int, default=0, help="worker processes (default: the cores available)")
    parser.add_argument("--warmup", type=int, default=20, help="articles cleared before measuring")
    parser.add_argument("--burst", type=int, default=300, help="articles posted at once to measure capacity")
    parser.add_argument("--bare-rounds", type=int, default=2, help="passes of bare spaCy over the texts")
    parser.add_argument(
        "--capacity-rounds",
        type=int,
        default=3,
        help="bursts timed, each between two bare spaCy runs; capacity is their median",
    )
    parser.add_argument("--steady-seconds", type=float, default=300, help="freshness at half capacity (issue: 300)")
    parser.add_argument("--overload-seconds", type=float, default=60, help="1.5x capacity (issue: 60)")
    # a p99 of 300 reads is their third slowest: idle reads as many as the overload's make the two p99s alike in kind
    parser.add_argument("--idle-seconds", type=float, default=60, help="reads timed with nothing queued, before the "
                        "overload and after it (default: as many reads as the overload's)")  # fmt: skip
    parser.add_argument("--read-rate", type=float, default=10, help="GET /v1/incidents per second while timed")
    parser.add_argument("--wait", type=float, default=5, help="seconds each long-poll of a waiting article asks "
                        "the service to wait (GET /v1/articles/{id}?wait=); 0: a poll every --poll s")  # fmt: skip
    parser.add_argument("--poll", type=float, default=0.1, help="seconds between a waiting article's polls with "
                        "--wait 0, and before trying again after a GET that got no answer")  # fmt: skip
    parser.add_argument("--report", type=Path, default=REPORT)
    args = parser.parse_args()
    if not 0 <= args.wait <= 30:
        parser.error("--wait: the service waits 0 to 30 s")
    processes = args.processes or _cores()
    articles = load_articles(args.articles)
    info = machine()
    started = dt.datetime.now(dt.UTC)

    name = f"incidents_bench_{uuid.uuid4().hex[:8]}"
    asyncio.run(_admin(args.database_url, f'CREATE DATABASE "{name}"'))
    url = _with_database(args.database_url, name)
    log = Path(os.environ.get("TMPDIR", "/tmp")) / f"{name}.log"
    try:
        print(f"service: incidents serve --migrate --seed --processes {processes} on database {name}", flush=True)
        process, base, setup_s = start_service(url, processes, log)
        try:
            print(f"  ready in {setup_s:.0f} s; driving it", flush=True)
            result = asyncio.run(drive(base, url, articles, processes, args))
        finally:
            stop_service(process)
    finally:
        asyncio.run(_admin(args.database_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    info["load_after"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    result |= {"setup_s": setup_s, "machine": info, "started": started.isoformat(timespec="seconds"),
               "args": {k: str(v) for k, v in vars(args).items() if k != "report"}, "processes": processes,
               "texts": len(articles)}  # fmt: skip
    args.report.write_text(report(result), encoding="utf-8")
    print(report(result))


def report(r: dict[str, Any]) -> str:
    c, f, o, bare, bare_one = r["capacity"], r["freshness"], r["overload"], r["bare"], r["bare_one_thread"]
    after = r.get("capacity_after", {})  # a report of a run before the burst after the drain was timed
    bursts = c["bursts"]
    within = o["read_load_p99_ms"] / o["read_idle_p99_ms"]
    nan = float("nan")  # a report of a run before the idle reads after the overload were timed
    within_after = o["read_load_p99_ms"] / o.get("read_idle_after_p99_ms", nan)
    m = r["machine"]
    stages = "\n".join(
        f"| {name} | {int(s['count'])} | {s['mean_ms']:.1f} ms | <= {s['p50_le_ms']:.0f} ms |"
        for name, s in r["stages"].items()
    )
    rows = [
        (f"bare spaCy `nlp.pipe`, same model and texts, {bare[0]['processes']} processes at once, before each burst "
         "and after the last (the service idle)",
         " / ".join(f"{b['per_second']:.1f}" for b in bare) + " articles/s", ""),
        ("the same with one BLAS thread per process, as the service's extraction processes run",
         " / ".join(f"{b['per_second']:.1f}" for b in bare_one) + " articles/s", ""),
        (f"capacity: bursts of {c['articles']} cleared at (sustained, 20%-90% of each burst): median (each)",
         f"{c['sustained_per_s']:.1f} articles/s ("
         + " / ".join(f"{b['sustained_per_s']:.1f}" for b in bursts) + ")", ""),
        ("capacity against bare spaCy on the same cores, each burst against the bare runs either side of it: "
         "median (each)",
         f"{100 * c['ratio']:.0f}% (" + " / ".join(f"{100 * b['ratio']:.0f}%" for b in bursts) + ")", ">= 60%"),
        ("the same against bare spaCy with one BLAS thread per process",
         f"{100 * c['ratio_one_thread']:.0f}% ("
         + " / ".join(f"{100 * b['ratio_one_thread']:.0f}%" for b in bursts) + ")", ""),
        ("a whole burst, first POST to last job done (median)",
         f"{c['all_cleared_s']:.1f} s ({c['overall_per_s']:.1f} articles/s)", ""),
        (f"at half capacity ({f['rate_per_s']:.1f} articles/s for {f['seconds']:.0f} s, {f['finished']} articles): "
         "ingest-to-queryable p50 / p90 / p99 / max",
         f"{f['p50_s']:.2f} / {f['p90_s']:.2f} / {f['p99_s']:.2f} / {f['max_s']:.2f} s", "p50 < 1 s, p99 <= 2 s"),
        (f"at 1.5x capacity ({o['rate_per_s']:.1f} articles/s for {o['seconds']:.0f} s): posted / accepted / lost",
         f"{o['posted']} / {o['accepted']} / {o['lost']} ({o['jobs_failed']} jobs failed in the whole run)",
         "nothing lost"),
        ("backlog when posting stopped, cleared in (overall; sustained, 20%-90% of the backlog, as the burst's)",
         f"{o['backlog_at_end']} articles in {o['drain_s']:.1f} s ({o['drain_per_s']:.1f} articles/s; "
         f"{o.get('drain_sustained_per_s', float('nan')):.1f} articles/s, "
         f"{100 * o.get('drain_sustained_per_s', float('nan')) / c['sustained_per_s']:.0f}% of capacity)",
         "clears at capacity"),
        (f"the burst of {c['articles']} again after the backlog cleared, on the data the drain ended with "
         "(sustained); the drain against it",
         f"{after.get('sustained_per_s', nan):.1f} articles/s; "
         f"{100 * o.get('drain_sustained_per_s', nan) / after.get('sustained_per_s', nan):.0f}%", ""),
        ("`X-Queue-Wait` at most during the overload; answers with `Retry-After`",
         f"{o['queue_wait_max_s']:.1f} s; {o['retry_after_answers']}", ""),
        (f"`GET /v1/incidents` p50 / p99 idle, before the overload / after its backlog cleared ({o['reads_idle']} "
         "reads each)",
         f"{o['read_idle_p50_ms']:.1f} / {o['read_idle_p99_ms']:.1f} ms; "
         f"{o.get('read_idle_after_p50_ms', nan):.1f} / {o.get('read_idle_after_p99_ms', nan):.1f} ms",
         ""),
        (f"`GET /v1/incidents` p50 / p99 during the overload ({o['reads_load']} reads)",
         f"{o['read_load_p50_ms']:.1f} / {o['read_load_p99_ms']:.1f} ms ({within:.1f}x idle before; "
         f"{within_after:.1f}x idle after)", "within 2x idle"),
        ("requests that got no answer (connection refused, dropped or reset): warm-up and burst / steady waits "
         "and posts / overload posts / timed reads",
         f"{c.get('warmup_transport_errors', 0) + c.get('transport_errors', 0)} / {f.get('transport_errors', 0)} / "
         f"{o.get('transport_errors', 0)} / {o.get('read_transport_errors', 0)}", "none"),
    ]  # fmt: skip
    table = "\n".join(f"| {a} | {v} | {t} |" for a, v, t in rows)
    rates = [b["per_second"] for b in bare]
    swing = (max(rates) - min(rates)) / statistics.median(rates)
    noise = (
        f"\n\nBare spaCy's {len(rates)} runs differ by up to {100 * swing:.0f}%: the machine's speed drifts, which is "
        "why each burst is set against the bare runs either side of it rather than against one taken minutes away."
        if swing > 0.1
        else ""
    )
    poll, read_rate = float(r["args"]["poll"]), float(r["args"]["read_rate"])
    wait = float(r["args"].get("wait", 0))
    timed = (
        f"a long-poll of `GET /v1/articles/{{id}}?wait={wait:g}`\n(asked again while the article is unfinished) "
        "answers it done: the service answers as the transaction that finishes\nthe article commits (a "
        "notification), so the figure carries no polling interval, and a waiting article\ncosts the API one "
        f"request every {wait:g} s rather than {1 / poll:.0f} a second"
        if wait > 0
        else f"a poll of `GET /v1/articles/{{id}}` (every\n{poll:.2f} s) finds it done"
    )
    return f"""# make bench-ingest

The whole service as `make run` starts it (`incidents serve --migrate --seed --processes {r["processes"]}`: the API in
one process, {r["processes"]} extraction worker processes beside it, the local PostgreSQL {r["postgres"]}), fed
the {r["texts"]} real articles of `{Path(r["args"]["articles"]).name}` (about 300 words each), each posted with a url
of its own and a marker line so that none is a duplicate. Over loopback HTTP, as a crawler sees it.
Started {r["started"]}.

**Machine:** {m["cpu"]}, {m["cores"]} cores, **shared with other work and noisy** (other sessions run tests and
benchmarks on it: load average {m["load_before"]} before the run, {m["load_after"]} after). The client, the API,
the workers and PostgreSQL all share those cores; figures from one run (capacity is the median of its
bursts).{noise}

| measure | figure | issue 14's target |
| --- | --- | --- |
{table}

Freshness is timed from the moment each POST is sent until {timed}.
Its incidents are saved in the transaction that marks it done, so they are readable from then on. Posts are
paced on a schedule (a slow answer does not delay the next), on connections of their own: the GETs that wait
hold theirs while they wait. The reads are
`GET /v1/incidents` pages (the first page, one country's, by fatalities) at {read_rate:.0f} a second. The texts
repeat, so every article joins the incidents of its text's earlier copies (as syndicated wire copy does): by the
overload each incident has about a hundred reports, against a few to a score while the bursts measured capacity, and a
save writes each incident it joins again (it reads one report of each kind and version, but the document
lists every article). So the backlog's
clearing rate is also set against the same burst posted again once it has cleared, and the reads under load against
idle reads both before the overload and after its backlog cleared.
The client keeps an idle connection {CLIENT_KEEPALIVE_S:.0f} s, less than the server keeps it
(`HTTP_KEEPALIVE_SECONDS`), as a crawler should; a request that gets no answer at all is counted in the table (a
GET that waits for an article is tried again, a post is not), never hidden.
The texts repeat every {r["texts"]} articles, so the workers' geocode cache is warm after the warm-up; bare
spaCy has no such help. Setting up the database (`--migrate --seed`, the 235k-place gazetteer) took
{r["setup_s"]:.0f} s and is not in any figure.

Extraction stages over the whole run, from the workers' own histogram on `/metrics`:

| stage | jobs | mean | p50 (bucket bound) |
| --- | --- | --- | --- |
{stages}

Failed jobs by reason: {r["failures"] or "none"}. Client errors: {c["errors"] + f["errors"] + o["errors"] or "none"}.

Reproduce: `make bench-ingest` (`python -m bench.ingest --help`; the defaults are the issue's durations, 300 s at
half capacity and 60 s at 1.5x, about 15 minutes in all; `--steady-seconds 60 --overload-seconds 30` for a quick run).

```json
{json.dumps(r, indent=1, default=str)}
```
"""


if __name__ == "__main__":
    main()
