"""The merge quality gate: save every gold article's incidents through the merge step the worker uses, into a
database of its own, and score the incidents as `score_dedup.py` scores the running service; fail when a figure
falls below its committed floor.

    python -m service.merge_evaluation GOLD.jsonl [...] [--floors tests/eval/merge-floors.json] [--verbose]

Every gold incident that carries an `event_key` names a real event. Each is paired with one of the incidents its
article is listed in (as `service.evaluation` pairs them), which gives it an incident id. Over every two such gold
incidents of different articles: `merge_precision` is the share of the pairs given one id that are of one event,
`merge_recall` the share of the pairs of one event given one id, and `article_ids_ok` the share of incidents that
several gold articles were paired with whose `article_ids` lists each of them.

The database is created on DATABASE_URL's server (the embedded one when unset), migrated, seeded, and dropped at
the end, so that no incident saved before can match and the gate never writes into a database in use."""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import sys
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import msgspec

from service.evaluation import pair

Json = dict[str, Any]
METRICS = ("merge_precision", "merge_recall", "merge_f1", "article_ids_ok")


@dataclass
class MergeScore:
    """The pairs of gold incidents of different articles: of one event or not, given one incident or not."""

    articles: int = 0
    paired: list[tuple[str, Json, Json]] = field(default_factory=list)  # (article, gold incident, incident doc)
    article_ids: dict[str, int] = field(default_factory=dict)  # gold article id -> stored article id
    lines: list[str] = field(default_factory=list)

    def add(self, name: str, article_id: int, gold: list[Json], docs: list[Json]) -> None:
        self.articles += 1
        self.article_ids[name] = article_id
        keyed = [g for g in gold if g.get("event_key")]
        self.paired.extend((name, keyed[j], docs[i]) for i, j in pair(docs, keyed))

    def metrics(self) -> dict[str, float]:
        tp = fp = fn = 0
        self.lines = []
        for (a1, g1, p1), (a2, g2, p2) in itertools.combinations(self.paired, 2):
            if a1 == a2:
                continue
            same_event = g1["event_key"] == g2["event_key"]
            same_id = p1["id"] == p2["id"]
            tp += same_event and same_id
            fp += same_id and not same_event
            fn += same_event and not same_id
            if same_event != same_id:
                kind = "NOT MERGED" if same_event else "WRONGLY MERGED"
                self.lines.append(f"{kind}: {a1} (incident {p1['id']}) ~ {a2} (incident {p2['id']}): {g1['event_key']}"
                                  + ("" if same_event else f" / {g2['event_key']}"))  # fmt: skip
        reported: dict[int, set[int]] = {}
        docs = {}
        for name, _, doc in self.paired:
            reported.setdefault(doc["id"], set()).add(self.article_ids[name])
            docs[doc["id"]] = doc
        merged = {i: ids for i, ids in reported.items() if len(ids) > 1}
        listed = sum(ids <= set(docs[i]["article_ids"]) for i, ids in merged.items())
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        return {
            "merge_precision": precision,
            "merge_recall": recall,
            "merge_f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
            "article_ids_ok": listed / len(merged) if merged else 1.0,
        }


@asynccontextmanager
async def scratch_database(server_url: str) -> AsyncIterator[str]:
    """A new database on the server of `server_url`, dropped on the way out."""
    name = f"incidents_merge_eval_{uuid.uuid4().hex[:10]}"
    admin = await asyncpg.connect(server_url)
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield urlunsplit(urlsplit(server_url)._replace(path=f"/{name}"))
        finally:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await admin.close()


async def score_files(paths: list[Path], server_url: str) -> dict[str, MergeScore]:
    """Score every gold file, each in a fresh database: articles are saved in file order, as a crawler posts them,
    and every article's incidents are read once all are saved."""
    scores = {}
    for path in paths:
        articles = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        async with scratch_database(server_url) as url:
            scores[path.name] = await _score(articles, url)
    return scores


async def _score(gold: list[Json], url: str) -> MergeScore:
    from service import ingest
    from service.contract.filters import IncidentFilter
    from service.contract.schemas import ArticleIn
    from service.db import migrate
    from service.db.pool import create_pool
    from service.db.queries import actors, articles, incidents
    from service.extract import languages
    from service.extract.model import ArticleText
    from service.gazetteer.resolve import Geocoder
    from service.seed import seed_all
    from service.settings import Settings

    settings = Settings.from_env()
    await asyncio.to_thread(migrate.upgrade, url)
    pool = await create_pool(url, settings, max_size=2, role="evaluation")
    try:
        await seed_all(pool, settings)
        pipelines = languages.load(Geocoder(pool), preload=())
        stored: list[int] = []
        for article in gold:
            posted = msgspec.convert({k: article[k] for k in ("text", "title", "url", "published_at", "language")
                                      if article.get(k) is not None}, ArticleIn)  # fmt: skip
            new = ingest.to_new_article(posted, default_language=settings.default_language)
            async with pool.acquire() as conn:
                article_id, _ = await articles.insert_or_find(conn, new, max_attempts=1)
            stored.append(article_id)
            if new.language not in pipelines.languages:
                continue  # the service leaves it failed, with no incidents
            pipeline = pipelines.get(new.language)
            published = new.published_at.date() if new.published_at else None
            extracted = await pipeline.extract(ArticleText(text=new.text, title=new.title, published=published))
            async with pool.acquire() as conn, conn.transaction():
                await incidents.save_extraction(conn, article_id, extracted, pipeline.version)
        score = MergeScore()
        aliases: dict[int, list[str]] = {}
        for article, article_id in zip(gold, stored, strict=True):
            async with pool.acquire() as conn, conn.transaction():
                docs = [json.loads(doc) async for doc in incidents.export(conn, IncidentFilter(article_id=article_id),
                                                                          "date")]  # fmt: skip
                # an actor's aliases, as score_dedup.py reads them from /v1/actors/{id}, can decide a pairing
                for actor in (a for doc in docs for a in doc["actors"]):
                    if actor["id"] not in aliases:
                        found = await actors.get(conn, actor["id"])
                        aliases[actor["id"]] = list(found.aliases) if found else []
                    actor["aliases"] = aliases[actor["id"]]
            score.add(article["id"], article_id, article.get("incidents") or [], docs)
        return score
    finally:
        await pool.close()


def below_floors(scores: dict[str, MergeScore], floors: dict[str, dict[str, float]]) -> list[str]:
    failures = []
    for name, score in scores.items():
        metrics = score.metrics()
        for metric, floor in floors.get(name, {}).items():
            if metrics[metric] + 1e-9 < floor:
                failures.append(f"{name}: {metric} {metrics[metric]:.3f} < floor {floor:.3f}")
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="+", type=Path, help="gold files whose incidents carry event_key")
    parser.add_argument("--floors", type=Path, help="JSON: file name -> metric -> lowest acceptable value")
    parser.add_argument("--verbose", action="store_true", help="print every pair merged or kept apart wrongly")
    parser.add_argument("--json", type=Path, help="write the metrics here")
    args = parser.parse_args(argv)
    from service.extract.languages import one_blas_thread

    one_blas_thread()  # extracts as a worker process does
    from service.db.embedded import database_url
    from service.logging import configure_logging
    from service.settings import Settings

    settings = Settings.from_env()
    configure_logging("WARNING", settings.log_format)
    scores = asyncio.run(score_files(args.gold, database_url(settings)))
    print("| file | articles | paired | " + " | ".join(METRICS) + " |")
    print("| --- | --- | --- | " + " | ".join("---" for _ in METRICS) + " |")
    for name, score in scores.items():
        metrics = score.metrics()
        values = " | ".join(f"{metrics[m]:.3f}" for m in METRICS)
        print(f"| {name} | {score.articles} | {len(score.paired)} | {values} |")
        if args.verbose:
            print("\n".join(score.lines))
    if args.json:
        args.json.write_text(json.dumps({n: s.metrics() for n, s in scores.items()}, indent=2))
    floors = json.loads(args.floors.read_text()) if args.floors else {}
    failures = below_floors(scores, floors)
    for failure in failures:
        print(f"BELOW FLOOR {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
