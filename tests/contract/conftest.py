"""A real server process for contract tests: the service as another team's client sees it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def live_server(migrated_url: str) -> Iterator[str]:
    """``incidents serve --no-worker`` on a free loopback port, for the whole module."""
    port = _free_port()
    env = {**os.environ, "DATABASE_URL": migrated_url, "PORT": str(port), "LOG_LEVEL": "WARNING",
           "RATE_LIMIT_PER_MINUTE": "0"}  # fmt: skip
    process = subprocess.Popen(
        [sys.executable, "-m", "service", "serve", "--no-worker"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                if httpx.get(f"{base}/health/ready", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        else:
            raise AssertionError("server did not become ready")
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=45)
        except subprocess.TimeoutExpired:
            process.kill()
            raise
