"""The geocode stage's time per article, as the pipeline reports it to the worker's metrics.

    python -m bench.geocode ARTICLES.jsonl [...] [--passes 2]

Runs the extraction pipeline in-process over the articles (lines with `text` and `published_at`, the gold
files' format) against DATABASE_URL (or the embedded server), migrated and seeded first. The first pass starts
with the geocoder's cache empty, as a fresh worker does; later passes find the same names remembered."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import statistics
from pathlib import Path


def _summary(seconds: list[float]) -> str:
    ms = sorted(s * 1000 for s in seconds)
    p90 = ms[min(len(ms) - 1, int(0.9 * len(ms)))]
    return f"articles={len(ms)} p50_ms={statistics.median(ms):.1f} mean_ms={statistics.mean(ms):.1f} " + (
        f"p90_ms={p90:.1f} max_ms={ms[-1]:.1f}"
    )


async def _run(paths: list[Path], passes: int) -> list[str]:
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
    pool = await create_pool(url, settings, max_size=2)
    try:
        await seed_all(pool, settings)
        timings: list[float] = []
        pipeline = Pipeline.load(
            Geocoder(pool), on_stage=lambda stage, s: timings.append(s) if stage == "geocode" else None
        )
        texts = []
        for path in paths:
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    article = json.loads(line)
                    day = article.get("published_at")
                    published = dt.date.fromisoformat(day[:10]) if day else None
                    texts.append(ArticleText(text=article["text"], title=article.get("title"), published=published))
        lines = []
        for number in range(passes):
            timings.clear()
            for text in texts:
                await pipeline.extract(text)
            lines.append(f"pass {number + 1} ({'cache empty' if number == 0 else 'cache warm'}): {_summary(timings)}")
        return lines
    finally:
        await pool.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("articles", nargs="+", type=Path)
    parser.add_argument("--passes", type=int, default=2)
    args = parser.parse_args()
    from service.logging import configure_logging
    from service.settings import Settings

    configure_logging("WARNING", Settings.from_env().log_format)
    for line in asyncio.run(_run(args.articles, args.passes)):
        print(line)


if __name__ == "__main__":
    main()
