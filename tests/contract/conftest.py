"""A real server process for contract tests: the service as another team's client sees it."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator

import pytest

from tests.servers import serve


@pytest.fixture(scope="module")
def live_server(migrated_url: str) -> Iterator[str]:
    """``incidents serve --no-worker`` on a free loopback port, for the whole module."""
    process, base = serve(migrated_url, RATE_LIMIT_PER_MINUTE="0")
    try:
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=45)
        except subprocess.TimeoutExpired:
            process.kill()
            raise
