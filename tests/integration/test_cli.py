"""The ``incidents`` command against a real server process."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import httpx
import pytest

from tests.servers import free_port, serve, spawn, wait_ready

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


def _incidents(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"} | {"LOG_LEVEL": "INFO", **env}
    return subprocess.run([sys.executable, "-m", "service", *args], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=60, check=False)  # fmt: skip


@pytest.mark.parametrize("command", [("keys", "list"), ("seed",), ("gazetteer", "load", "nothing.txt")])
def test_commands_needing_a_database_say_when_there_is_none(tmp_path: Path, command: tuple[str, ...]) -> None:
    result = _incidents(*command, INCIDENTS_DATA_DIR=str(tmp_path / "data"))
    assert result.returncode == 2, result.stderr
    assert "no database: DATABASE_URL is not set" in result.stderr
    assert "incidents migrate" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "data" / "pg").exists(), "no empty embedded server is started"


def test_keys_list_says_when_the_database_is_away_or_has_no_schema(migrated_url: str) -> None:
    away = _incidents("keys", "list", DATABASE_URL=f"postgresql://someone:s3cret@127.0.0.1:{free_port()}/incidents")
    assert away.returncode == 1
    assert "cannot connect to the database at 127.0.0.1:" in away.stderr
    assert "s3cret" not in away.stderr
    assert "Traceback" not in away.stderr
    # the same server's database without the schema (the embedded server's URL names its socket in the query)
    bare = _incidents("keys", "list", DATABASE_URL=urlunsplit(urlsplit(migrated_url)._replace(path="/postgres")))
    assert bare.returncode == 1
    assert "has no schema yet" in bare.stderr
    assert "run `incidents migrate`" in bare.stderr
    assert "Traceback" not in bare.stderr


def test_ingest_stops_when_the_key_is_refused(clean_db: asyncpg.Pool, migrated_url: str, tmp_path: Path) -> None:
    process, base = serve(migrated_url, INCIDENTS_AUTH="on")
    try:
        source = tmp_path / "articles.jsonl"
        lines = [json.dumps({"text": f"Protest number {n} in Bamako."}) for n in range(60)]
        source.write_text("\n".join(lines) + "\n", encoding="utf-8")
        result = _incidents("ingest", str(source), "--base-url", base, "--concurrency", "2", "--api-key", "inc_0_x")
    finally:
        process.terminate()
        process.wait(timeout=30)
    assert result.returncode == 1
    assert "stopped: the service refused the API key at line" in result.stdout
    assert "401" in result.stdout
    not_posted = int(result.stdout.split(" lines not posted")[0].rsplit(" ", 1)[1])
    assert not_posted >= 50
    assert "HTTP Request" not in result.stderr, "one log line per request would bury the progress bar"
