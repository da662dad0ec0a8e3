"""`make bench`: extraction throughput per core against bare spaCy on the same corpus, and peak memory, for each
language the service reads (English on `bench.corpus`, French on `bench.corpus_fr`), and the peak memory of a
worker that has loaded both languages' models and read both corpora.

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
from collections.abc import Callable, Iterator

from bench import corpus, corpus_fr

WARMUP = 5
CORPORA: dict[str, Callable[[int], Iterator[dict[str, str]]]] = {"en": corpus.articles, "fr": corpus_fr.articles}


def articles(count: int, language: str = "en") -> list[dict[str, str]]:
    return list(CORPORA[language](count))


def _pin() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bare(count: int, language: str) -> dict[str, float]:
    import spacy

    from service.extract.fr.nlp import MODEL as FRENCH
    from service.extract.nlp import MODEL as ENGLISH

    texts = [a["text"] for a in articles(count, language)]
    nlp = spacy.load({"en": ENGLISH, "fr": FRENCH}[language])
    list(nlp.pipe(texts[:WARMUP]))
    started = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    seconds = time.perf_counter() - started
    return {"articles": count, "seconds": seconds, "per_second": count / seconds, "peak_mib": _peak_mib()}


async def _pipeline(count: int, language: str) -> dict[str, float]:
    """One language's pipeline over its corpus; with language "both", a worker that loads both models (as the
    registry does when articles in both languages arrive) and reads both corpora: its peak memory is the figure."""
    from service.db import migrate
    from service.db.embedded import database_url
    from service.db.pool import create_pool
    from service.extract import languages
    from service.extract.model import ArticleText
    from service.gazetteer.resolve import Geocoder
    from service.seed import seed_all
    from service.settings import Settings

    settings = Settings.from_env()
    url = await asyncio.to_thread(database_url, settings)
    await asyncio.to_thread(migrate.upgrade, url)
    pool = await create_pool(url, settings)
    try:
        await seed_all(pool, settings)
        codes = ("en", "fr") if language == "both" else (language,)
        registry = languages.load(Geocoder(pool), preload=codes)
        inputs = [
            (code, ArticleText(text=a["text"], published=dt.date.fromisoformat(a["published_at"])))
            for code in codes
            for a in articles(count, code)
        ]
        for code, article in inputs[:WARMUP]:
            await registry.get(code).extract(article)
        incidents = 0
        started = time.perf_counter()
        for code, article in inputs:
            incidents += len(await registry.get(code).extract(article))
        seconds = time.perf_counter() - started
        count = len(inputs)
    finally:
        await pool.close()
    return {"articles": count, "seconds": seconds, "per_second": count / seconds, "peak_mib": _peak_mib(),
            "incidents": incidents}  # fmt: skip


def _child(mode: str, count: int, language: str) -> dict[str, float]:
    env = {**os.environ, "LOG_LEVEL": os.environ.get("LOG_LEVEL", "warning")}
    command = [sys.executable, "-m", "bench.extract", "--mode", mode, "--articles", str(count), "--language", language]
    out = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--mode", choices=("bare", "pipeline"))
    parser.add_argument("--language", choices=("en", "fr", "both"), default="en")
    args = parser.parse_args()
    if args.mode:
        _pin()
        if args.mode == "bare":
            result = bare(args.articles, args.language)
        else:
            result = asyncio.run(_pipeline(args.articles, args.language))
        print(json.dumps(result))
        return
    for language in ("en", "fr"):
        spacy_only = _child("bare", args.articles, language)
        ours = _child("pipeline", args.articles, language)
        ratio = ours["per_second"] / spacy_only["per_second"]
        source = CORPORA[language].__module__.replace(".", "/")
        bare_line = f"{spacy_only['per_second']:7.1f} articles/s   peak RSS {spacy_only['peak_mib']:6.0f} MiB"
        ours_line = f"{ours['per_second']:7.1f} articles/s   peak RSS {ours['peak_mib']:6.0f} MiB"
        print(f"[{language}] corpus: {args.articles} synthetic articles ({source}.py), one core each run")
        print(f"[{language}] bare spaCy nlp.pipe : {bare_line}")
        print(f"[{language}] extraction pipeline : {ours_line}   ({int(ours['incidents'])} incidents)")
        print(f"[{language}] pipeline / bare     : {ratio:7.0%}  (target >= 60%; worker peak RSS target < 1024 MiB)")
    both = _child("pipeline", args.articles, "both")
    print(
        f"[en+fr] one worker, both models loaded, both corpora: {both['per_second']:7.1f} articles/s   peak RSS "
        f"{both['peak_mib']:6.0f} MiB  (target < 1536 MiB)"
    )


if __name__ == "__main__":
    main()
