"""`make bench-api`: the read API under load on 1,000,000 synthetic incidents.

1. Loads the database (DATABASE_URL, which should name a database of its own) with synthetic articles,
   locations, actors and incidents spread over 30 countries, 300 actors and ten years, in set-based SQL.
2. Serves the API (`incidents serve --no-worker`) and drives it with wrk on loopback at 32 connections:
   /health/live, the filtered list (country + date_from + event_type, 100 rows), and a page 50,000 rows deep.
3. Writes bench/REPORT-api.md with the figures, the machine, and EXPLAIN ANALYZE of every filter.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import asyncpg
import httpx

from service.api.v1.pagination import Cursors, Position
from service.contract.filters import IncidentFilter
from service.db import migrate
from service.db.queries.incidents import by_actor_id, search_sql
from service.settings import Settings, cursor_secret

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "bench" / "REPORT-api.md"
COUNTRIES = ["ML", "BF", "NE", "NG", "CM", "TD", "SO", "ET", "SD", "SS", "CD", "CF", "MZ", "KE", "UG", "PK", "AF",
             "IN", "MM", "PH", "CO", "MX", "HT", "YE", "SY", "IQ", "LB", "UA", "LY", "BI"]  # fmt: skip
PLAN_LINES = ("Limit", "Scan", "Sort", "Index Cond", "Recheck Cond", "Filter:", "Planning Time", "Execution Time")
TYPES = [
    ("Battles", "Armed clash"),
    ("Battles", "Non-state actor overtakes territory"),
    ("Violence against civilians", "Attack"),
    ("Violence against civilians", "Abduction/forced disappearance"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Protests", "Peaceful protest"),
    ("Riots", "Violent demonstration"),
    ("Strategic developments", "Arrests"),
]

LOAD = [
    # ten incidents per article
    """INSERT INTO articles (url, title, text, published_at, content_hash)
       SELECT 'https://bench.example/' || g, 'Article ' || g, 'Synthetic article ' || g,
              timestamptz '2015-01-01' + (g % 3650) * interval '1 day', sha256(g::text::bytea)
       FROM generate_series(1, $1::int / 10) g""",
    """INSERT INTO jobs (article_id, status, max_attempts, finished_at) SELECT id, 'done', 5, now() FROM articles""",
    """INSERT INTO locations (key, geoname_id, name, country_code, admin1, latitude, longitude, precision)
       SELECT 'bench:' || g, 900000000 + g, 'Place ' || g, ($2::text[])[1 + g % 30], 'Region ' || (g % 400),
              -35 + (g * 7919 % 7000) / 100.0, -20 + (g * 104729 % 12000) / 100.0, 'point'
       FROM generate_series(1, 5000) g""",
    """INSERT INTO actors (name, type, country_code)
       SELECT 'Actor ' || g, CASE WHEN g % 3 = 0 THEN 'state forces' ELSE 'rebel group' END, ($2::text[])[1 + g % 30]
       FROM generate_series(1, 300) g""",
    """INSERT INTO actor_aliases (actor_id, alias) SELECT id, name FROM actors""",
    """INSERT INTO incidents (event_type, sub_event_type, event_date, date_precision, location_id,
                              country_code, fatalities, summary, confidence, extractor_version)
       SELECT ($3::text[])[1 + g % 9], ($4::text[])[1 + g % 9],
              date '2015-01-01' + (g * 7 % 3650), 'day', l.id, l.country_code,
              CASE WHEN g % 4 = 0 THEN NULL ELSE (g * 13) % 60 END,
              ($4::text[])[1 + g % 9] || ' near Place ' || l.id, 0.8, 'bench'
       FROM generate_series(1, $1::int) g
       JOIN locations l ON l.key = 'bench:' || (1 + g * 31 % 5000)
       ORDER BY g""",
    """INSERT INTO incident_actors (incident_id, actor_id, role, position)
       SELECT i.id, (SELECT min(id) FROM actors) + i.id % 300, 'actor1', 0 FROM incidents i
       UNION ALL
       SELECT i.id, (SELECT min(id) FROM actors) + (i.id * 7 + 1) % 300, 'actor2', 1 FROM incidents i""",
    # ten incidents per article, each its article's only report of it
    """INSERT INTO incident_reports (article_id, key, incident_id, event_type, sub_event_type, event_date,
                                    date_precision, location_id, country_code, fatalities, summary, confidence,
                                    actor_ids, actor_roles, extractor_version)
       SELECT (i.id - 1) / 10 + (SELECT min(id) FROM articles), 'k' || i.id, i.id, i.event_type, i.sub_event_type,
              i.event_date, i.date_precision, i.location_id, i.country_code, i.fatalities, i.summary, i.confidence,
              ARRAY[(SELECT min(id) FROM actors) + i.id % 300, (SELECT min(id) FROM actors) + (i.id * 7 + 1) % 300],
              ARRAY['actor1', 'actor2'], i.extractor_version
       FROM incidents i""",
    """INSERT INTO evidence (incident_id, field, article_id, start_offset, end_offset, quote)
       SELECT incident_id, 'event', article_id, 0, 9, 'Synthetic' FROM incident_reports""",
    "UPDATE incidents i SET doc = incident_doc(i)",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def load(url: str, count: int) -> float:
    conn = await asyncpg.connect(url)
    try:
        if await conn.fetchval("SELECT count(*) FROM incidents") >= count:
            return 0.0
        started = time.perf_counter()
        await conn.execute("TRUNCATE incident_reports, evidence, incident_actors, incidents, locations, actor_aliases, "
                           "actors, jobs, articles RESTART IDENTITY CASCADE")  # fmt: skip
        async with conn.transaction():
            values = {"1": count, "2": COUNTRIES, "3": [t for t, _ in TYPES], "4": [s for _, s in TYPES]}
            for statement in LOAD:
                used = sorted(set(re.findall(r"\$(\d)", statement)))
                # PostgreSQL wants $1..$n without gaps: number the parameters this statement uses
                numbered = statement
                for position, index in enumerate(used, start=1):
                    numbered = numbered.replace(f"${index}", f"${position}")
                await conn.execute(numbered, *[values[n] for n in used])
        await conn.execute("VACUUM ANALYZE")
        return time.perf_counter() - started
    finally:
        await conn.close()


def cpu_seconds(server_pid: int) -> tuple[float, float]:
    """CPU seconds used so far by the API process and by all PostgreSQL processes on the machine."""
    tick = os.sysconf("SC_CLK_TCK")
    api = database = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:  # the process ended while we looked
            continue
        name, fields = stat[stat.index("(") + 1 : stat.rindex(")")], stat[stat.rindex(")") + 2 :].split()
        used = (int(fields[11]) + int(fields[12])) / tick
        if int(entry.name) == server_pid:
            api += used
        elif name.startswith("postgres"):
            database += used
    return api, database


def wrk(url: str, seconds: int, server_pid: int) -> dict[str, float]:
    before = cpu_seconds(server_pid)
    out = subprocess.run(["wrk", "-t2", "-c32", f"-d{seconds}s", "--latency", url], capture_output=True, text=True,
                         check=True).stdout  # fmt: skip
    after = cpu_seconds(server_pid)

    def ms(label: str) -> float:
        match = re.search(rf"^\s+{label}%?\s+([\d.]+)(us|ms|s)\b", out, re.M)
        if not match:
            return float("nan")
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    requests = (float(rps.group(1)) if rps else 0.0) * seconds or 1.0
    return {"p50": ms("50"), "p99": ms("99"), "rps": float(rps.group(1)) if rps else 0.0,
            "non2xx": float(errors.group(1)) if errors else 0.0, "api_us": (after[0] - before[0]) / requests * 1e6,
            "db_us": (after[1] - before[1]) / requests * 1e6}  # fmt: skip


async def explain(url: str) -> list[tuple[str, str]]:
    """EXPLAIN ANALYZE of the page query under each filter (first page, 100 rows)."""
    cases = {
        "country + date_from + event_type (the benchmarked list)": IncidentFilter(
            country=("NG",), date_from=dt.date(2023, 1, 1), event_type="Battles"
        ),
        "no filter (sort -date)": IncidentFilter(),
        "country": IncidentFilter(country=("ML",)),
        "admin1": IncidentFilter(admin1="Region 7"),
        "location_id": IncidentFilter(location_id=42),
        "actor_id": IncidentFilter(actor_id=7),
        "actor (name or alias)": IncidentFilter(actor="Actor 7"),
        "event_type": IncidentFilter(event_type="Riots"),
        "sub_event_type": IncidentFilter(sub_event_type=("Arrests",)),
        "date_from + date_to": IncidentFilter(date_from=dt.date(2020, 1, 1), date_to=dt.date(2020, 1, 31)),
        "bbox": IncidentFilter(bbox=(10.0, 5.0, 12.0, 7.0)),
        "bbox, a continent": IncidentFilter(bbox=(-20.0, -35.0, 55.0, 38.0)),
        "near + radius_km": IncidentFilter(near=(6.0, 11.0), radius_km=50),
        "near + radius_km, 3,000 km": IncidentFilter(near=(6.0, 11.0), radius_km=3000),
        "min_fatalities": IncidentFilter(min_fatalities=55),
        "min_fatalities, a threshold no incident reaches": IncidentFilter(min_fatalities=1000),
        "article_id": IncidentFilter(article_id=500),
        "updated_since": IncidentFilter(updated_since=dt.datetime.now(dt.UTC)),
        "q (full text)": IncidentFilter(q="drone"),
    }
    conn = await asyncpg.connect(url)
    plans = []
    try:
        for name, f in cases.items():
            sql, args = search_sql(await by_actor_id(conn, f), "-date", None, 101)
            await conn.fetch(sql, *args)  # once before, so that the plan is timed with its pages in memory
            rows = await conn.fetch("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, SUMMARY ON) " + sql, *args)
            # the outer plan; the per-row subplans that build each document are the same for every filter
            outer = [r[0] for r in rows if r[0].startswith(("Limit", "  ", "Planning", "Execution"))]
            plans.append((name, "\n".join(line for line in outer if any(k in line for k in PLAN_LINES))))
        sql, args = search_sql(IncidentFilter(), "-fatalities", None, 101)
        rows = await conn.fetch("EXPLAIN (ANALYZE, COSTS OFF) " + sql, *args)
        plans.append(("sort=-fatalities", "\n".join(r[0] for r in rows if "Scan" in r[0] or "Execution" in r[0])))
    finally:
        await conn.close()
    return plans


async def deep_cursor(url: str, secret: str, depth: int) -> str:
    conn = await asyncpg.connect(url)
    try:
        row = await conn.fetchrow(
            "SELECT coalesce(event_date, DATE '0001-01-01')::text AS key, id FROM incidents "
            "ORDER BY coalesce(event_date, DATE '0001-01-01') DESC, id DESC OFFSET $1 LIMIT 1",
            depth,
        )
    finally:
        await conn.close()
    return Cursors(secret).encode(Position(sort="-date", key=row["key"], id=row["id"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--incidents", type=int, default=1_000_000)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3, help="runs of every target; the report gives medians")
    args = parser.parse_args()
    url = os.environ.get("DATABASE_URL")
    if not url:
        sys.exit("bench-api needs DATABASE_URL naming a database of its own (it truncates the incident tables)")
    if not shutil.which("wrk"):
        sys.exit("bench-api needs wrk: apt-get install wrk")
    migrate.upgrade(url)
    loaded = asyncio.run(load(url, args.incidents))
    settings = Settings.from_env()
    port = _free_port()
    env = {**os.environ, "PORT": str(port), "LOG_LEVEL": "WARNING", "RATE_LIMIT_PER_MINUTE": "0",
           "DB_POOL_MAX": "32"}  # fmt: skip
    server = subprocess.Popen([sys.executable, "-m", "service", "serve", "--no-worker"], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if httpx.get(f"{base}/health/ready", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        listing = f"{base}/v1/incidents?country=NG&date_from=2023-01-01&event_type=Battles&limit=100"
        deep = f"{base}/v1/incidents?limit=100&cursor={asyncio.run(deep_cursor(url, cursor_secret(settings), 50_000))}"
        assert len(httpx.get(listing).json()["items"]) == 100
        assert len(httpx.get(deep).json()["items"]) == 100
        targets = {
            "/health/live": f"{base}/health/live",
            "filtered list": listing,
            "page 50,000 rows deep": deep,
            "first page, no filter": f"{base}/v1/incidents?limit=100",
        }
        # rounds rather than one long run: on a shared machine a neighbour's burst lands in one round, not all
        rounds = [{name: wrk(target, args.seconds, server.pid) for name, target in targets.items()}
                  for _ in range(args.rounds)]  # fmt: skip
    finally:
        server.terminate()
        server.wait(timeout=60)
    plans = asyncio.run(explain(url))
    write_report(rounds, plans, args.incidents, loaded, url)
    print(REPORT.read_text(encoding="utf-8").split("## EXPLAIN")[0])


def write_report(rounds: list[dict[str, dict[str, float]]], plans: list[tuple[str, str]], count: int,
                 loaded: float, url: str) -> None:  # fmt: skip
    version = subprocess.run(["psql", url, "-Atc", "SHOW server_version"], capture_output=True, text=True).stdout
    memory = Path("/proc/meminfo").read_text().split("\n")[0].split()[1]
    # each round's throughput is set against /health/live's in the same round
    for results in rounds:
        for r in results.values():
            r["ratio"] = r["rps"] / results["/health/live"]["rps"]
    transport = "its Unix socket" if "host=/" in url else "TCP"
    lines = [
        "# Read API benchmark (`make bench-api`)",
        "",
        f"Taken {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC on {platform.node()}: {os.cpu_count()} cores, "
        f"{int(memory) // 1024 // 1024} GiB, Python {platform.python_version()}, PostgreSQL {version.strip()} "
        f"on the same machine. {count:,} synthetic incidents (10 per article, 30 countries, 5,000 locations, "
        f"300 actors, 2015-2024)" + (f", loaded in {loaded:.0f} s" if loaded else "") + ". One API process "
        f"(`incidents serve --no-worker`, uvicorn, pool of 32, PostgreSQL reached over {transport}) and wrk "
        f"(2 threads, 32 connections) on the same 2 cores over loopback TCP; {len(rounds)} rounds of every target, "
        "each run for the same seconds, and the table gives each figure's median over the rounds.",
        "",
        "| target | p50 ms | p99 ms | p99 ms each round | requests/s | vs /health/live | vs /health/live each round "
        "| non-2xx | API CPU µs/req | database CPU µs/req |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name in rounds[0]:
        runs = [results[name] for results in rounds]

        def median(key: str, runs: list[dict[str, float]] = runs) -> float:
            return statistics.median(r[key] for r in runs)

        p99s = ", ".join(f"{r['p99']:.1f}" for r in runs)
        ratios = ", ".join(f"{r['ratio']:.0%}" for r in runs)
        lines.append(
            f"| {name} | {median('p50'):.1f} | {median('p99'):.1f} | {p99s} "
            f"| {median('rps'):.0f} | {median('ratio'):.0%} | {ratios} "
            f"| {sum(int(r['non2xx']) for r in runs)} | {median('api_us'):.0f} | {median('db_us'):.0f} |"
        )
    lines += ["", "Filtered list: `country=NG&date_from=2023-01-01&event_type=Battles&limit=100`. The CPU columns "
              "are the CPU seconds the API process and all PostgreSQL processes used during the target's run, per "
              "request served; wrk and the kernel's loopback work take the rest of the two cores.", "",
              "## EXPLAIN ANALYZE of each filter (first page of 100, sort -date)", "",
              "Each statement is run once before it is explained, so its time is with its pages in memory, as "
              "under the load above; the first run after a restart also reads them from disk.", ""]  # fmt: skip
    for name, plan in plans:
        lines += [f"### {name}", "", "```", plan, "```", ""]
    REPORT.write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
