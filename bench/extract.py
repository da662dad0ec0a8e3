"""`make bench`: extraction throughput per core against bare spaCy on the same corpus, and peak memory.

Each measurement runs in its own process pinned to one core, so that its throughput is per core and its peak
resident memory is that of a worker doing only that job. The pipeline is measured end to end, gazetteer
lookups in PostgreSQL included (DATABASE_URL, or the embedded server)."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import time

from bench.corpus import articles

WARMUP = 5


def _pin() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bare(count: int) -> dict[str, float]:
    import spacy

    from service.extract.nlp import MODEL

    texts = [a["text"] for a in articles(count)]
    nlp = spacy.load(MODEL)
    list(nlp.pipe(texts[:WARMUP]))
    started = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    seconds = time.perf_counter() - started
    return {"articles": count, "seconds": seconds, "per_second": count / seconds, "peak_mib": _peak_mib()}


async def _pipeline(count: int) -> dict[str, float]:
    from service.db import migrate
    from service.db.embedded import database_url
    from service.db.pool import create_pool
    from service.extract.model import ArticleText
    from service.extract.pipeline import Pipeline
    from service.gazetteer.resolve import Geocoder
    from service.seed import seed_all
    from service.settings import Settings

    settings = Settings.from_env()
    url = await asyncio.to_thread(database_url, settings)
    await asyncio.to_thread(migrate.upgrade, url)
    pool = await create_pool(url, settings)
    try:
        await seed_all(pool, settings)
        pipeline = Pipeline.load(Geocoder(pool))
        inputs = [
            ArticleText(text=a["text"], published=dt.date.fromisoformat(a["published_at"])) for a in articles(count)
        ]
        for article in inputs[:WARMUP]:
            await pipeline.extract(article)
        incidents = 0
        started = time.perf_counter()
        for article in inputs:
            incidents += len(await pipeline.extract(article))
        seconds = time.perf_counter() - started
    finally:
        await pool.close()
    return {"articles": count, "seconds": seconds, "per_second": count / seconds, "peak_mib": _peak_mib(),
            "incidents": incidents}  # fmt: skip


def _child(mode: str, count: int) -> dict[str, float]:
    env = {**os.environ, "LOG_LEVEL": os.environ.get("LOG_LEVEL", "warning")}
    out = subprocess.run([sys.executable, "-m", "bench.extract", "--mode", mode, "--articles", str(count)],
                         capture_output=True, text=True, check=True, env=env)  # fmt: skip
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--mode", choices=("bare", "pipeline"))
    args = parser.parse_args()
    if args.mode:
        _pin()
        result = bare(args.articles) if args.mode == "bare" else asyncio.run(_pipeline(args.articles))
        print(json.dumps(result))
        return
    spacy_only = _child("bare", args.articles)
    ours = _child("pipeline", args.articles)
    ratio = ours["per_second"] / spacy_only["per_second"]
    print(f"corpus: {args.articles} synthetic articles (bench/corpus.py), one core each run")
    print(
        f"bare spaCy nlp.pipe : {spacy_only['per_second']:7.1f} articles/s   peak RSS {spacy_only['peak_mib']:6.0f} MiB"
    )
    print(f"extraction pipeline : {ours['per_second']:7.1f} articles/s   peak RSS {ours['peak_mib']:6.0f} MiB"
          f"   ({int(ours['incidents'])} incidents)")  # fmt: skip
    print(f"pipeline / bare     : {ratio:7.0%}  (target >= 60%; worker peak RSS target < 1024 MiB)")


if __name__ == "__main__":
    main()
