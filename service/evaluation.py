"""The extraction quality gate: run the pipeline in-process over gold files, score it the way
`score.py` scores the running service (incident F1 and per-field accuracy on paired incidents), count
the errors by class, and fail when a metric falls below its committed floor.

    python -m service.evaluation GOLD.jsonl [...] [--floors tests/eval/floors.json] [--verbose]

Gold format: one article per line with `text`, `published_at`, and `incidents`: [{event_type,
sub_event_type, date, country, location: [names], lat, lon, actors: [[aliases], ...], fatalities, ...}] with
the optional `*_accept` lists, `fatalities_accept: "any"` and `optional` that score.py documents."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import difflib
import json
import math
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PAIR_KM = 50.0  # a predicted place this close to the gold place can pair with it
GEO_KM = 25.0  # and this close counts as geocoded right
ACTOR_SIMILARITY = 0.88
ERROR_CLASSES = ("missed", "extra", "type", "sub_type", "date", "place", "fatalities", "actors")
Json = dict[str, Any]


def norm(text: str | None) -> str:
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"^the ", "", re.sub(r"[^a-z0-9]+", " ", text.lower()).strip())


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def parse_date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def date_right(pred: Json, gold: Json) -> bool:
    accept = gold.get("date_accept") or [gold.get("date")]
    return parse_date(pred.get("date")) in {parse_date(d) for d in accept}


def type_right(pred: Json, gold: Json) -> bool:
    return pred.get("event_type") in (gold.get("event_type_accept") or [gold.get("event_type")])


def sub_type_right(pred: Json, gold: Json) -> bool | None:
    if not gold.get("sub_event_type"):
        return None
    accept = gold.get("sub_event_type_accept") or [gold.get("sub_event_type")]
    return norm(pred.get("sub_event_type")) in {norm(a) for a in accept}


def fatalities_right(pred: Json, gold: Json) -> bool:
    accept = gold.get("fatalities_accept")
    if accept == "any":
        return True
    wanted = accept if isinstance(accept, list) else [gold.get("fatalities")]
    return (pred.get("fatalities") or 0) in {(w or 0) for w in wanted}


def place_of(incident: Json) -> tuple[str, str, tuple[float, float] | None]:
    loc = incident.get("location") or {}
    lat, lon = loc.get("latitude"), loc.get("longitude")
    point = (float(lat), float(lon)) if isinstance(lat, int | float) and isinstance(lon, int | float) else None
    return norm(loc.get("name")), (loc.get("country_code") or "").upper(), point


def place_matches(pred: Json, gold: Json, radius: float) -> bool:
    name, country, point = place_of(pred)
    if country != (gold.get("country") or "").upper():
        return False
    gold_names = {norm(n) for n in gold.get("location") or []}
    if not gold_names or (name and name in gold_names):
        return True
    if point and gold.get("lat") is not None and gold.get("lon") is not None:
        return km(point, (gold["lat"], gold["lon"])) <= radius
    return False


def _actor_matches(names: list[str], aliases: list[str]) -> bool:
    wanted = [norm(a) for a in aliases]
    return any(
        name == alias or difflib.SequenceMatcher(None, name, alias).ratio() >= ACTOR_SIMILARITY
        for name in (norm(n) for n in names)
        for alias in wanted
    )


def actor_f1(pred: Json, gold: Json) -> float:
    predicted = [[a["name"], *a.get("aliases", ())] for a in pred.get("actors") or []]
    groups = gold.get("actors") or []
    if not predicted and not groups:
        return 1.0
    used: set[int] = set()
    for group in groups:
        hit = next((i for i, names in enumerate(predicted) if i not in used and _actor_matches(names, group)), None)
        if hit is not None:
            used.add(hit)
    return 2 * len(used) / (len(predicted) + len(groups))


def pair(preds: list[Json], golds: list[Json]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairing: same place (name or within PAIR_KM) and date within a day."""
    candidates = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            if not place_matches(p, g, PAIR_KM):
                continue
            pd, gd = parse_date(p.get("date")), parse_date(g.get("date"))
            if pd and gd and abs((pd - gd).days) > 1:
                continue
            score = (2.0 if date_right(p, g) else 1.0) + (1.0 if type_right(p, g) else 0.0)
            score += 0.5 if place_matches(p, g, GEO_KM) and g.get("location") else 0.0
            score += 0.0 if g.get("optional") else 0.25
            score += 0.1 if p.get("event_type") == g.get("event_type") else 0.0
            score += 0.5 * actor_f1(p, g)
            candidates.append((score, i, j))
    taken_p: set[int] = set()
    taken_g: set[int] = set()
    pairs = []
    for _, i, j in sorted(candidates, reverse=True):
        if i not in taken_p and j not in taken_g:
            taken_p.add(i)
            taken_g.add(j)
            pairs.append((i, j))
    return pairs


@dataclass
class Score:
    """What one gold file scored: counts, per-field hits over paired incidents, and errors by class."""

    articles: int = 0
    gold: int = 0
    predicted: int = 0
    paired: int = 0
    negatives: int = 0
    negatives_clean: int = 0
    hits: Counter[str] = field(default_factory=Counter)
    sub_total: int = 0
    actor_sum: float = 0.0
    errors: Counter[str] = field(default_factory=Counter)
    lines: list[str] = field(default_factory=list)
    predictions: list[Json] = field(default_factory=list)
    # geo_confidence of the paired incidents placed right, and of those placed wrong
    geo_right: list[float] = field(default_factory=list)
    geo_wrong: list[float] = field(default_factory=list)

    def add(self, article: Json, preds: list[Json]) -> None:
        golds = article.get("incidents") or []
        self.predictions.append({"id": article.get("id"), "incidents": preds})
        all_pairs = pair(preds, golds)
        optional = {j for j, g in enumerate(golds) if g.get("optional")}
        pairs = [(i, j) for i, j in all_pairs if j not in optional]
        self.articles += 1
        self.predicted += len(preds) - (len(all_pairs) - len(pairs))
        self.gold += len(golds) - len(optional)
        self.paired += len(pairs)
        if not golds:
            self.negatives += 1
            self.negatives_clean += not preds
        name = article.get("id", "?")
        for j in sorted({*range(len(golds))} - {j for _, j in all_pairs} - optional):
            g = golds[j]
            where = f"{g.get('country')} {g.get('location')}"
            self._error("missed", f"{name}: {g.get('event_type')} {g.get('date')} {where}")
        for i in sorted({*range(len(preds))} - {i for i, _ in all_pairs}):
            p = preds[i]
            place, country, _ = place_of(p)
            self._error("extra", f"{name}: {p.get('event_type')} {p.get('date')} {country} {place!r}")
        for i, j in pairs:
            self._paired(name, preds[i], golds[j])

    def _paired(self, name: str, p: Json, g: Json) -> None:
        checks = {
            "type": (type_right(p, g), f"{p.get('event_type')} != {g.get('event_type')}"),
            "date": (date_right(p, g), f"{p.get('date')} != {g.get('date')}"),
            "place": (place_matches(p, g, GEO_KM), f"{place_of(p)[0]!r} vs {g.get('location')}"),
            "fatalities": (fatalities_right(p, g), f"{p.get('fatalities')} != {g.get('fatalities')}"),
        }
        self._geo_confidence(p, right=checks["place"][0])
        for key, (right, detail) in checks.items():
            self.hits[key] += right
            if not right:
                self._error(key, f"{name}: {detail}")
        sub = sub_type_right(p, g)
        if sub is not None:
            self.sub_total += 1
            self.hits["sub_type"] += sub
            if not sub:
                self._error("sub_type", f"{name}: {p.get('sub_event_type')} != {g.get('sub_event_type')}")
        f1 = actor_f1(p, g)
        self.actor_sum += f1
        if f1 < 1.0:
            names = [a["name"] for a in p.get("actors") or []]
            self._error("actors", f"{name}: {names} vs {[grp[0] for grp in g.get('actors') or []]}")

    def _geo_confidence(self, p: Json, *, right: bool) -> None:
        sure = (p.get("location") or {}).get("geo_confidence")
        if isinstance(sure, (int, float)):
            (self.geo_right if right else self.geo_wrong).append(float(sure))

    def _error(self, kind: str, line: str) -> None:
        self.errors[kind] += 1
        self.lines.append(f"{kind.upper():<10} {line}")

    def metrics(self) -> dict[str, float]:
        precision = self.paired / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)
        recall = self.paired / self.gold if self.gold else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_pair = {k: self.hits[k] / self.paired if self.paired else 0.0 for k in ("type", "date", "place")}
        return {
            "incident_f1": f1,
            "precision": precision,
            "recall": recall,
            "event_type_acc": per_pair["type"],
            "sub_event_type_acc": self.hits["sub_type"] / self.sub_total if self.sub_total else 1.0,
            "date_acc": per_pair["date"],
            "geo_acc": per_pair["place"],
            "fatalities_acc": self.hits["fatalities"] / self.paired if self.paired else 0.0,
            "actor_f1": self.actor_sum / self.paired if self.paired else 0.0,
            "negatives_clean": self.negatives_clean / self.negatives if self.negatives else 1.0,
            # how well geo_confidence tells the two apart: the mean of each (0 where there is none)
            "geo_confidence_right": sum(self.geo_right) / len(self.geo_right) if self.geo_right else 0.0,
            "geo_confidence_wrong": sum(self.geo_wrong) / len(self.geo_wrong) if self.geo_wrong else 0.0,
        }


def as_scored(incident: Any) -> Json:
    """An extracted incident in the shape score.py reads from the API."""
    place = incident.place
    return {
        "event_type": incident.event_type,
        "sub_event_type": incident.sub_event_type,
        "date": incident.date.isoformat() if incident.date else None,
        "location": {
            "name": place.name if place else None,
            "country_code": place.country_code if place else None,
            "latitude": place.latitude if place else None,
            "longitude": place.longitude if place else None,
            "geo_confidence": place.confidence if place else None,
        },
        "actors": [{"name": a.name, "aliases": list(a.aliases)} for a in incident.actors],
        "fatalities": incident.fatalities,
    }


async def score_files(paths: list[Path], database_url: str) -> dict[str, Score]:
    """Score every gold file; the database is migrated and seeded first (both are no-ops when done)."""
    from service.db import migrate
    from service.db.pool import create_pool
    from service.extract import languages
    from service.extract.model import ArticleText
    from service.gazetteer.resolve import Geocoder
    from service.language import of_article
    from service.seed import seed_all
    from service.settings import Settings

    settings = Settings.from_env()
    await asyncio.to_thread(migrate.upgrade, database_url)
    pool = await create_pool(database_url, settings, max_size=2, role="evaluation")
    try:
        await seed_all(pool, settings)
        pipelines = languages.load(Geocoder(pool), preload=())
        scores: dict[str, Score] = {}
        for path in paths:
            score = scores[path.name] = Score()
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                article = json.loads(line)
                # as the service reads it: an article in a language without a pipeline yields nothing
                language = of_article(article["text"], article.get("title"), article.get("language"),
                                      default=settings.default_language)  # fmt: skip
                if language.code not in pipelines.languages:
                    score.add(article, [])
                    continue
                text = ArticleText(text=article["text"], title=article.get("title"),
                                   published=parse_date(article.get("published_at")))  # fmt: skip
                extracted = await pipelines.get(language.code).extract(text)
                score.add(article, [as_scored(i) for i in extracted])
        return scores
    finally:
        await pool.close()


def _table(scores: dict[str, Score]) -> str:
    metrics = list(next(iter(scores.values())).metrics()) if scores else []
    head = ["file", "articles", "gold", "pred", *metrics, *ERROR_CLASSES]
    rows = [" | ".join(head), " | ".join("---" for _ in head)]
    for name, score in scores.items():
        values = [f"{v:.3f}" for v in score.metrics().values()]
        counts = [str(score.errors[k]) for k in ERROR_CLASSES]
        rows.append(" | ".join([name, str(score.articles), str(score.gold), str(score.predicted), *values, *counts]))
    return "\n".join(f"| {row} |" for row in rows)


def below_floors(scores: dict[str, Score], floors: dict[str, dict[str, float]]) -> list[str]:
    failures = []
    for name, score in scores.items():
        metrics = score.metrics()
        for metric, floor in floors.get(name, {}).items():
            if metrics[metric] + 1e-9 < floor:
                failures.append(f"{name}: {metric} {metrics[metric]:.3f} < floor {floor:.3f}")
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--floors", type=Path, help="JSON: file name -> metric -> lowest acceptable value")
    parser.add_argument("--verbose", action="store_true", help="print every error, by class")
    parser.add_argument("--json", type=Path, help="write the metrics here")
    parser.add_argument("--predictions", type=Path, help="write what was extracted here, one article per line")
    args = parser.parse_args(argv)
    from service.extract.languages import one_blas_thread

    one_blas_thread()  # extracts as a worker process does
    from service.db.embedded import database_url
    from service.logging import configure_logging
    from service.settings import Settings

    settings = Settings.from_env()
    configure_logging("WARNING", settings.log_format)
    url = database_url(settings)
    scores = asyncio.run(score_files(args.gold, url))
    if args.verbose:
        for name, score in scores.items():
            print(f"## {name}")
            print("\n".join(sorted(score.lines)))
    print(_table(scores))
    if args.json:
        args.json.write_text(json.dumps({n: s.metrics() for n, s in scores.items()}, indent=2))
    if args.predictions:
        with args.predictions.open("w", encoding="utf-8") as out:
            for score in scores.values():
                out.writelines(json.dumps(p, ensure_ascii=False) + "\n" for p in score.predictions)
    floors = json.loads(args.floors.read_text()) if args.floors else {}
    failures = below_floors(scores, floors)
    for failure in failures:
        print(f"BELOW FLOOR {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
