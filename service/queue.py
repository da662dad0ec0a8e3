"""Queue wake-ups: a LISTEN connection that sets an event when a job is enqueued, reconnecting when lost."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import asyncpg

from service.db.queries.articles import JOBS_CHANNEL
from service.logging import get_logger

_log = get_logger("service.queue")


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
        while True:
            conn: asyncpg.Connection | None = None
            try:
                conn = await asyncpg.connect(self._url, timeout=5)
                lost = asyncio.Event()
                conn.add_termination_listener(lambda _conn, lost=lost: lost.set())
                await conn.add_listener(JOBS_CHANNEL, self._on_notify)
                self.wake.set()  # jobs may have arrived while we were not listening
                await lost.wait()
                _log.warning("notification connection lost; reconnecting")
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the database being away is expected here; polling covers it
                _log.warning("cannot listen for jobs", error=repr(exc))
            finally:
                if conn is not None and not conn.is_closed():
                    with contextlib.suppress(Exception):
                        await asyncio.wait_for(conn.close(), 2)
            await asyncio.sleep(self._retry_s)
