"""Client side of ``incidents ingest``: post a JSON Lines file of articles to a running service."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from tqdm import tqdm

_FIELDS = ("text", "title", "url", "published_at", "source", "language")
_RETRYABLE = {429, 502, 503, 504}
_REFUSED = {401, 403}  # every later line would be refused the same way


@dataclass
class IngestSummary:
    created: int = 0
    existing: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    stopped: str | None = None
    """Why the ingest stopped before the end of the file (the service refused the key), if it did."""
    skipped: int = 0

    def render(self) -> str:
        lines = [f"created={self.created} existing={self.existing} failed={self.failed}"]
        if self.stopped:
            lines.append(f"stopped: {self.stopped}; {self.skipped} lines not posted")
        lines += [f"  {e}" for e in self.errors[:20]]
        return "\n".join(lines)


async def _post(client: httpx.AsyncClient, body: dict[str, object], attempts: int = 6) -> tuple[int, str]:
    delay = 0.5
    for attempt in range(attempts):
        try:
            response = await client.post("/v1/articles", json=body)
        except httpx.TransportError as exc:
            if attempt == attempts - 1:
                return 0, f"{type(exc).__name__}: {exc}"
        else:
            if response.status_code not in _RETRYABLE or attempt == attempts - 1:
                return response.status_code, response.text[:300]
            delay = float(response.headers.get("Retry-After", delay))
        await asyncio.sleep(delay)
        delay = min(delay * 2, 10)
    return 0, "gave up"


async def ingest_file(path: Path, *, base_url: str, concurrency: int = 8, api_key: str | None = None) -> IngestSummary:
    text = await asyncio.to_thread(path.read_text, encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip()]
    summary = IngestSummary()
    headers = {"X-API-Key": api_key} if api_key else {}
    limit = asyncio.Semaphore(concurrency)
    async with httpx.AsyncClient(base_url=base_url, timeout=30, headers=headers) as client:
        with tqdm(total=len(lines), unit="article", desc="ingest") as progress:

            async def one(number: int, line: str) -> None:
                try:
                    record = json.loads(line)
                    body = {k: record[k] for k in _FIELDS if record.get(k) is not None}
                except (ValueError, TypeError, AttributeError) as exc:
                    summary.failed += 1
                    summary.errors.append(f"line {number}: not a JSON object: {exc}")
                    progress.update()
                    return
                async with limit:
                    if summary.stopped is not None:  # the key was refused: the posts still waiting are not sent
                        summary.skipped += 1
                        return
                    status, text = await _post(client, body)
                if status in _REFUSED and summary.stopped is None:
                    summary.stopped = f"the service refused the API key at line {number} ({status} {text})"
                if status == 202:
                    summary.created += 1
                elif status == 200:
                    summary.existing += 1
                else:
                    summary.failed += 1
                    summary.errors.append(f"line {number}: {status} {text}")
                progress.update()

            await asyncio.gather(*(one(n, line) for n, line in enumerate(lines, 1)))
    return summary
