"""Language detection on gold sets: accuracy and cost per article of `service.language.detect`, on whole articles
(title and text, as ingest sees them) and on their first 200 and 100 characters (a headline and a sentence).

    python scripts/language_eval.py ../shared/eval/dev-fr.jsonl=fr ../shared/eval/dev-wide.jsonl=en

FILE=CODE says what every article of FILE is written in; without it each record's "language" field is the truth.
A 'default' answer is the service's default language given to a text too short or too unsure to tell."""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from service.language import detect, identifier  # noqa: E402


def _ms(values: list[float]) -> str:
    ordered = sorted(values)
    p90 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.9))]
    return (
        f"p50={statistics.median(ordered) * 1000:.2f}ms mean={statistics.fmean(ordered) * 1000:.2f}ms "
        f"p90={p90 * 1000:.2f}ms max={ordered[-1] * 1000:.2f}ms"
    )


def evaluate(path: Path, expected: str | None) -> None:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for limit in (None, 200, 100):
        outcomes: Counter[str] = Counter()
        costs: list[float] = []
        wrong: list[str] = []
        for record in records:
            truth = expected or record.get("language")
            text = record["text"] if limit is None else record["text"][:limit]
            title = record.get("title") if limit is None else None
            started = time.perf_counter()
            found = detect(text, title, default="und")
            costs.append(time.perf_counter() - started)
            if found.source == "default":
                outcomes["default"] += 1
            elif found.code == truth:
                outcomes["right"] += 1
            else:
                outcomes["wrong"] += 1
                wrong.append(f"{record.get('id', '?')}:{found.code}")
        what = "whole article" if limit is None else f"first {limit} chars"
        print(
            f"{path.name} ({expected or 'per record'}) {what}: articles={len(records)} right={outcomes['right']} "
            f"wrong={outcomes['wrong']} default={outcomes['default']} {_ms(costs)}"
            + (f" wrong: {', '.join(wrong)}" if wrong else "")
        )


def main(argv: list[str]) -> None:
    started = time.perf_counter()
    identifier()
    print(f"model load: {time.perf_counter() - started:.2f}s")
    for argument in argv:
        name, _, code = argument.partition("=")
        evaluate(Path(name), code or None)


if __name__ == "__main__":
    main(sys.argv[1:])
