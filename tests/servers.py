"""Real service processes for tests: free loopback ports, spawning, and waiting until they are ready."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def spawn(args: list[str], env: dict[str, str] | None = None, **popen: object) -> subprocess.Popen[bytes]:
    """`python <args>` from the repository root, quiet unless the caller asks for its output."""
    options: dict[str, object] = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, **popen}
    return subprocess.Popen([sys.executable, *args], cwd=ROOT, env=env or dict(os.environ), **options)  # type: ignore[call-overload, no-any-return]


def serve(database_url: str, **settings: str) -> tuple[subprocess.Popen[bytes], str]:
    """`incidents serve --no-worker` on a free port; returns the process and its base URL once it is ready."""
    port = free_port()
    env = {**os.environ, "DATABASE_URL": database_url, "PORT": str(port), "LOG_LEVEL": "WARNING", **settings}
    process = spawn(["-m", "service", "serve", "--no-worker"], env)
    base = f"http://127.0.0.1:{port}"
    wait_ready(base)
    return process, base


def wait_ready(base: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/health/ready", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise AssertionError(f"{base} did not become ready in {seconds:.0f} s")


async def wait_ready_async(base: str, seconds: float = 30) -> None:
    await asyncio.to_thread(wait_ready, base, seconds)
