"""The ``incidents`` command against a real server process."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import asyncpg
import httpx
import pytest

from tests.servers import free_port, spawn, wait_ready

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def api_server(clean_db: asyncpg.Pool, migrated_url: str) -> Iterator[str]:
    """``incidents serve --no-worker`` on a free loopback port."""
    port = free_port()
    env = {**os.environ, "DATABASE_URL": migrated_url, "PORT": str(port), "LOG_FORMAT": "json"}
    process = spawn(["-m", "service", "serve", "--no-worker"], env, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_ready(base)
        yield base
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=30)
        # uvicorn re-raises the signal it handled once shutdown is complete
        assert process.returncode in (0, -signal.SIGTERM), stderr[-2000:]
        assert "Application shutdown complete." in stderr
        lines = [json.loads(line) for line in stderr.splitlines() if line.startswith("{")]
        requests = [line for line in lines if line.get("event") == "request"]
        assert requests, "one summary line per request"
        assert all(line.get("request_id") for line in requests)


def test_ingest_posts_a_jsonl_file(api_server: str, tmp_path: Path) -> None:
    articles = [
        {"text": "First article about an attack.", "url": "https://example.org/1", "id": "ignored"},
        {"text": "Second article.", "published_at": "2024-05-01"},
        {"text": "First article again.", "url": "https://example.org/1"},
        {"text": "   "},
    ]
    source = tmp_path / "articles.jsonl"
    source.write_text("\n".join(json.dumps(a) for a in articles) + "\nnot json\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "service", "ingest", str(source), "--base-url", api_server, "--concurrency", "2"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1  # two lines were refused
    assert "created=2 existing=1 failed=2" in result.stdout
    assert "line 4: 400" in result.stdout
    assert "line 5: not a JSON object" in result.stdout
    # two clients post concurrently, so which article got which id is not fixed
    stored = [httpx.get(f"{api_server}/v1/articles/{n}", timeout=5).json() for n in (1, 2)]
    assert sorted(str(a["published_at"])[:10] for a in stored) == ["2024-05-01", "None"]
