"""`make bench-merge`: the merge step's cost per article with 1,000,000 incidents in the table.

1. Loads the database (DATABASE_URL, a database of its own) as `make bench-api` does: 1,000,000 synthetic
   incidents, each its article's report, over 30 countries, 5,000 places, 300 actors and ten years.
2. Saves N synthetic articles' extractions through `service.incidents.merge.save_extraction`, each in its own
   transaction and committed, one after the other on one connection, as a worker does once its pipeline has run.
   Each article has two reports: one of an event already in the table (another outlet's report of an incident, at
   the same place and day, by the same actors: it merges) and one of a new event (a place and a day of its own:
   it founds an incident). The time is the whole step: places and actors upserted, the merge locks, the candidate
   query, scoring, the writes, the documents and the change feed, and the commit.
3. Writes bench/REPORT-merge.md with p50/p90/p99 and EXPLAIN (ANALYZE, BUFFERS) of the candidate query.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import platform
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

import asyncpg

from bench.api import load
from service.db import migrate
from service.db.queries import reports
from service.extract.model import ActorRef, Evidence, Incident, PlaceRef
from service.incidents import merge

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "bench" / "REPORT-merge.md"
TARGET_P50_MS = 20.0

# an incident of the table with what another outlet's report of it would say
_EXISTING = """
SELECT i.id, i.event_type, i.sub_event_type, i.event_date, i.fatalities, l.name, l.country_code, l.admin1,
       l.latitude, l.longitude,
       ARRAY(SELECT a.name FROM incident_actors ia JOIN actors a ON a.id = ia.actor_id
             WHERE ia.incident_id = i.id ORDER BY ia.position) AS actors,
       ARRAY(SELECT a.type FROM incident_actors ia JOIN actors a ON a.id = ia.actor_id
             WHERE ia.incident_id = i.id ORDER BY ia.position) AS actor_types
FROM incidents i JOIN locations l ON l.id = i.location_id
WHERE i.id = $1
"""
_PLACE = "SELECT name, country_code, admin1, latitude, longitude FROM locations WHERE key = 'bench:' || $1::int"
_ARTICLE = """
INSERT INTO articles (url, title, text, published_at, content_hash)
VALUES ($1::text, 'Merge bench', 'Synthetic article', now(), sha256(convert_to($1::text, 'UTF8'))) RETURNING id
"""


def _place(row: asyncpg.Record) -> PlaceRef:
    return PlaceRef(name=row["name"], precision="point", country_code=row["country_code"].strip(),
                    admin1=row["admin1"], latitude=row["latitude"], longitude=row["longitude"])  # fmt: skip


def _incident(place: PlaceRef, day: dt.date, types: tuple[str, str], actors: tuple[ActorRef, ...],
              fatalities: int | None) -> Incident:  # fmt: skip
    return Incident(event_type=types[0], sub_event_type=types[1], date=day, date_precision="day", place=place,
                    actors=actors, fatalities=fatalities, summary=f"{types[1]} in {place.name} on {day}.",
                    confidence=0.8, evidence=(Evidence(field="event", start=0, end=9, quote="Synthetic"),))  # fmt: skip


async def _extraction(conn: asyncpg.Connection, rng: random.Random, top: int) -> list[Incident]:
    """Two reports: another outlet's of an incident in the table, and one of a new event."""
    known = await conn.fetchrow(_EXISTING, rng.randint(1, top))
    while known is None:  # an id a merge absorbed
        known = await conn.fetchrow(_EXISTING, rng.randint(1, top))
    named = enumerate(zip(known["actors"], known["actor_types"], strict=True))
    actors = tuple(ActorRef(name=n, type=t, role="actor2" if i else "actor1") for i, (n, t) in named)
    again = _incident(_place(known), known["event_date"], (known["event_type"], known["sub_event_type"]), actors,
                      known["fatalities"])  # fmt: skip
    where = await conn.fetchrow(_PLACE, rng.randint(1, 5000))
    day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
    other = (ActorRef(name=f"Actor {rng.randint(1, 300)}", type="rebel group", role="actor1"),)
    new = _incident(_place(where), day, ("Battles", "Armed clash"), other, rng.randint(0, 40))
    return [again, new]


def _cpu_seconds(pid: int) -> float:
    """CPU seconds a process has used (user and system), from /proc: the database backend's, here."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat[stat.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _runs_here(pid: int) -> bool:
    """Whether the database backend is a process of this machine (its CPU can be read)."""
    return Path(f"/proc/{pid}").exists()


async def measure(url: str, count: int, seed: int | None) -> tuple[list[float], list[float], dict[str, float]]:
    """Milliseconds per article for the whole merge step, and for the candidate query of each report; the outcome
    (reports merged and founded) and the CPU the step used per article, on either side."""
    rng = random.Random(seed)
    conn = await asyncpg.connect(url)
    try:
        top = int(await conn.fetchval("SELECT max(id) FROM incidents"))
        stamp = f"{time.time_ns()}"
        per_article, per_query = [], []
        outcome = {"merged": 0.0, "founded": 0.0, "client_cpu_ms": 0.0, "server_cpu_ms": float("nan")}
        backend = int(await conn.fetchval("SELECT pg_backend_pid()"))
        # the backend's CPU is read from /proc in clock ticks (10 ms): summed over the run, not per article
        local = _runs_here(backend)
        server_before = _cpu_seconds(backend) if local else 0.0
        for n in range(count + 10):  # the first ten warm the caches and the prepared statements, and are not kept
            extraction = await _extraction(conn, rng, top)
            article_id = await conn.fetchval(_ARTICLE, f"https://bench.example/merge/{stamp}/{n}")
            if n == 10 and local:
                server_before = _cpu_seconds(backend)
            started, cpu = time.perf_counter(), time.process_time()
            async with conn.transaction():
                ids = await merge.save_extraction(conn, article_id, extraction, "bench")
            elapsed = (time.perf_counter() - started) * 1000
            if n < 10:
                continue
            outcome["client_cpu_ms"] += (time.process_time() - cpu) * 1000 / count
            per_article.append(elapsed)
            # the candidate queries alone, as save_extraction ran them for each report
            for report in await reports.of_article(conn, article_id):
                window = merge._window(report)
                assert window is not None
                unmapped, same_place = merge._may_match_beyond_the_window(report)
                started = time.perf_counter()
                await reports.candidate_incidents(conn, report, *window)
                if unmapped or same_place:
                    await reports.unmapped_or_undated_candidates(conn, report, unmapped=unmapped,
                                                                 same_place=same_place,
                                                                 latest=merge.UNDATED_CANDIDATES)  # fmt: skip
                per_query.append((time.perf_counter() - started) * 1000)
            merged = await conn.fetchval(
                "SELECT count(DISTINCT incident_id) FROM incident_reports "
                "WHERE incident_id = ANY($1::bigint[]) AND article_id <> $2",
                ids, article_id,
            )  # fmt: skip
            outcome["merged"] += int(merged)
            outcome["founded"] += len(ids) - int(merged)
        if local:
            outcome["server_cpu_ms"] = (_cpu_seconds(backend) - server_before) * 1000 / count
        return per_article, per_query, outcome
    finally:
        await conn.close()


async def explain(url: str, seed: int | None) -> tuple[str, str]:
    """EXPLAIN (ANALYZE, BUFFERS) of the candidate queries for a report of an incident in the table."""
    conn = await asyncpg.connect(url)
    try:
        rng = random.Random(seed)
        top = int(await conn.fetchval("SELECT max(id) FROM incidents"))
        [again, _] = await _extraction(conn, rng, top)
        location = await reports.location_id(conn, again.place) if again.place else None
        place = again.place
        assert place is not None
        assert again.date is not None
        first, last = again.date - dt.timedelta(days=32), again.date + dt.timedelta(days=8)
        args = (place.country_code, first, last, 0, location, place.name, True, place.admin1, place.latitude,
                place.longitude)  # fmt: skip
        await conn.fetch(reports._CANDIDATE_INCIDENTS, *args)
        rows = await conn.fetch("EXPLAIN (ANALYZE, BUFFERS) " + reports._CANDIDATE_INCIDENTS, *args)
        # the reports of the same day and toll when a place is unmapped, and the undated reports of the same place
        beyond = (place.country_code, again.date, again.fatalities, 0, True, False, True, location, place.name,
                  merge.UNDATED_CANDIDATES)  # fmt: skip
        await conn.fetch(reports._UNMAPPED_OR_UNDATED_CANDIDATES, *beyond)
        more = await conn.fetch("EXPLAIN (ANALYZE, BUFFERS) " + reports._UNMAPPED_OR_UNDATED_CANDIDATES, *beyond)
        return "\n".join(r[0] for r in rows), "\n".join(r[0] for r in more)
    finally:
        await conn.close()


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def write_report(per_article: list[float], per_query: list[float], outcome: dict[str, float],
                 plans: tuple[str, str], url: str, loaded: float, incidents: int) -> str:  # fmt: skip
    version = subprocess.run(["psql", url, "-Atc", "SHOW server_version"], capture_output=True, text=True).stdout
    memory = Path("/proc/meminfo").read_text().split("\n")[0].split()[1]
    p50 = statistics.median(per_article)
    lines = [
        "# Merge step benchmark (`make bench-merge`)",
        "",
        f"Taken {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC on {platform.node()}: {os.cpu_count()} cores (shared "
        f"with other work), {int(memory) // 1024 // 1024} GiB, Python {platform.python_version()}, PostgreSQL "
        f"{version.strip()} on the same machine, over TCP. {incidents:,} incidents in the table (`make bench-api`'s "
        "synthetic set: 10 per article, 30 countries, 5,000 places, 300 actors, 2015-2024, each incident its "
        "article's one report)" + (f", loaded in {loaded:.0f} s" if loaded else "") + ".",
        "",
        f"{len(per_article)} articles saved one after the other on one connection, each in its own transaction, "
        "committed, after ten not counted. Each article has two reports: another outlet's report of an incident in "
        "the table (it merges) and a report of a new event (it founds an incident). "
        f"Outcome: {outcome['merged']:.0f} reports merged, {outcome['founded']:.0f} founded an incident. Load average "
        f"{os.getloadavg()[0]:.1f} on the machine's {os.cpu_count()} cores at the end of the run: on a busy machine "
        "each of a step's ~40 round trips may wait for a core, so the CPU the step used is given too.",
        "",
        "| what | p50 ms | p90 ms | p99 ms | max ms |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for name, values in (("merge step per article (`save_extraction`, commit included)", per_article),
                         ("candidate queries per report", per_query)):  # fmt: skip
        lines.append(f"| {name} | {statistics.median(values):.1f} | {_quantile(values, 0.9):.1f} "
                     f"| {_quantile(values, 0.99):.1f} | {max(values):.1f} |")  # fmt: skip
    verdict = "meets" if p50 < TARGET_P50_MS else "misses"
    lines += [
        "",
        f"CPU per article (mean over the run): {outcome['client_cpu_ms']:.1f} ms in this process (matching, "
        f"scoring, deriving, asyncpg) and {outcome['server_cpu_ms']:.1f} ms in its PostgreSQL backend (from /proc, "
        "which also counts the bench's own few statements between articles).",
        "",
        f"Target: p50 under {TARGET_P50_MS:.0f} ms per article; this run {verdict} it ({p50:.1f} ms).",
        "",
        "## EXPLAIN (ANALYZE, BUFFERS) of the candidate queries",
        "",
        "For another outlet's report of an incident in the table: its country, a window of 32 days before and 8 "
        "after its date, its place (the same location, place name or region, or a point within about 20 km). Run "
        "once before it is explained, so its pages are in memory, as in the loop above.",
        "",
        "```",
        plans[0],
        "```",
        "",
        "And the second query a report with a named place, a distinct toll and a named actor runs (as every report "
        "here does): the reports of its day and toll whose place is unmapped, and the undated reports of its place "
        "(migration 0019's index).",
        "",
        "```",
        plans[1],
        "```",
        "",
    ]
    REPORT.write_text("\n".join(lines), encoding="utf-8")
    return "\n".join(lines[:14])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--incidents", type=int, default=1_000_000)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument(
        "--seed",
        type=int,
        default=None,
        help="default: a new one each run, so that a run's new "
        "events are new to the table (a run saves its reports in it)",
    )
    args = parser.parse_args()
    url = os.environ.get("DATABASE_URL")
    if not url:
        sys.exit("bench-merge needs DATABASE_URL naming a database of its own (it truncates the incident tables)")
    migrate.upgrade(url)
    loaded = asyncio.run(load(url, args.incidents))
    per_article, per_query, outcome = asyncio.run(measure(url, args.articles, args.seed))
    plans = asyncio.run(explain(url, args.seed))
    incidents = asyncio.run(_count(url))
    print(write_report(per_article, per_query, outcome, plans, url, loaded, incidents))


async def _count(url: str) -> int:
    conn = await asyncpg.connect(url)
    try:
        return int(await conn.fetchval("SELECT count(*) FROM incidents"))
    finally:
        await conn.close()


if __name__ == "__main__":
    main()
