"""Queue wake-ups: a LISTEN connection that sets an event when a job is enqueued, reconnecting when lost; or, in a
worker process under a supervisor, the supervisor's one LISTEN connection, passed on down a pipe. `listen` is that
connection's loop, for any channel (the API's watcher of finished articles, `service.waits`, uses it too)."""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import Callable
from typing import Any, Protocol

import asyncpg

from service.db.queries.articles import JOBS_CHANNEL
from service.logging import get_logger

_log = get_logger("service.queue")
WAKE_FD = "INCIDENTS_WAKE_FD"  # in a supervised worker's environment: the pipe its supervisor wakes it through


class Wakeups(Protocol):
    """What a worker waits on between polls: `wake` is set when a job may be ready."""

    wake: asyncio.Event

    def start(self) -> None: ...

    async def stop(self) -> None: ...


def job_notifications(url: str) -> Wakeups:
    """The supervisor's pipe in a worker process it started, else a LISTEN connection of this process's own."""
    fd = os.environ.get(WAKE_FD)
    return PipeNotifications(int(fd)) if fd else JobNotifications(url)


class JobNotifications:
    """Wakes idle workers on ``NOTIFY``; polling in the worker covers any notification lost meanwhile."""

    def __init__(self, url: str, *, retry_s: float = 2.0) -> None:
        self._url = url
        self._retry_s = retry_s
        self.wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._listen(), name="job-notifications")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    def _on_notify(self, *_: Any) -> None:
        self.wake.set()

    async def _listen(self) -> None:
        # jobs may have arrived while we were not listening: a (re)connection wakes the workers
        await listen(self._url, JOBS_CHANNEL, self._on_notify, on_connected=self.wake.set, retry_s=self._retry_s)


async def listen(
    url: str,
    channel: str,
    on_notify: Callable[[asyncpg.Connection, int, str, str], None],
    *,
    on_connected: Callable[[], None],
    retry_s: float = 2.0,
) -> None:
    """LISTEN on `channel` on a connection of its own until cancelled, reconnecting every `retry_s` while the
    database is away. `on_connected` runs each time it listens again: what was notified meanwhile is lost, and
    the caller's polling should look now."""
    while True:
        conn: asyncpg.Connection | None = None
        try:
            conn = await asyncpg.connect(url, timeout=5)
            lost = asyncio.Event()
            conn.add_termination_listener(lambda _conn, lost=lost: lost.set())
            await conn.add_listener(channel, on_notify)
            on_connected()
            await lost.wait()
            _log.warning("notification connection lost; reconnecting", channel=channel)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # the database being away is expected here; polling covers it
            _log.warning("cannot listen for notifications", channel=channel, error=repr(exc))
        finally:
            if conn is not None and not conn.is_closed():
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(conn.close(), 2)
        await asyncio.sleep(retry_s)


class PipeNotifications:
    """Wakes idle workers when the supervisor writes to the pipe it gave this process: the supervisor holds the
    one LISTEN connection for all its processes. At the pipe's end (the supervisor is gone) polling goes on."""

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self.wake = asyncio.Event()
        self._loop: asyncio.AbstractEventLoop | None = None

    def start(self) -> None:
        os.set_blocking(self._fd, False)
        self._loop = asyncio.get_running_loop()
        self._loop.add_reader(self._fd, self._on_readable)

    async def stop(self) -> None:
        if self._loop is not None:
            self._loop.remove_reader(self._fd)
            self._loop = None

    def _on_readable(self) -> None:
        try:
            data = os.read(self._fd, 4096)  # every wake-up written so far: one is as good as many
        except BlockingIOError:
            return
        if data:
            self.wake.set()
            return
        _log.warning("the supervisor's wake-up pipe closed; polling for jobs")
        if self._loop is not None:
            self._loop.remove_reader(self._fd)
