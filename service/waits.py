"""Long-polls on articles: a request that asks to wait for its article to finish (`GET /v1/articles/{id}?wait=`)
waits here, on its API process's one watcher, holding no database connection.

The transaction that finishes an article (done, failed for good, cancelled, or the article withdrawn) notifies
`FINISHED_CHANNEL` with its id, delivered as it commits; the watcher LISTENs on one connection of its own and wakes
that article's waiters. While anyone waits, one query a second over every awaited id (`articles.finished_among`)
covers what a notification would have said but did not reach us: the listening connection lost and reconnecting,
or a pooler that does not pass notifications on. However many requests wait, the database sees one listening
connection and at most one re-check a second."""

from __future__ import annotations

import asyncio
import collections
import contextlib
from collections.abc import Iterator

import asyncpg

from service.db.queries import articles
from service.logging import get_logger
from service.metrics import ARTICLE_WAITERS, ARTICLE_WAKEUPS
from service.queue import listen

_log = get_logger("service.waits")

FINISHED = ("done", "failed")
"""The statuses an article is waited for until: after them, nothing changes but by a reprocessing."""
MAX_WAIT_S = 30.0
"""The longest a request may ask to wait: below the usual proxy and client read timeouts (60 s)."""


class ArticleWaits:
    """Requests waiting for articles to finish, woken by notification, by the periodic re-check, or all at once
    when the service stops (`close`)."""

    def __init__(self, *, recheck_s: float = 1.0, retry_s: float = 2.0) -> None:
        self._recheck_s = recheck_s
        self._retry_s = retry_s
        self._waiters: dict[int, set[asyncio.Future[None]]] = {}
        self._look_now = asyncio.Event()
        self.listening = asyncio.Event()
        """Set once the listening connection is up: from then on a finish is told as it commits."""
        self._closed = False
        self._pool: asyncpg.Pool | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self.rechecks = 0
        """Re-check queries run so far: one per interval while anyone waits, however many."""
        self.woken: collections.Counter[str] = collections.Counter()
        """Waiters woken before their wait elapsed, by what woke them (notification, recheck, shutdown)."""

    @property
    def waiting(self) -> int:
        return sum(len(futures) for futures in self._waiters.values())

    def start(self, url: str, pool: asyncpg.Pool) -> None:
        """Listen on a connection of its own to the database at `url`; re-check on a connection of `pool`."""
        self._pool = pool
        self._tasks = [
            asyncio.create_task(
                listen(url, articles.FINISHED_CHANNEL, self._on_notify, on_connected=self._on_listening,
                       retry_s=self._retry_s),
                name="article-waits-listen",
            ),
            asyncio.create_task(self._recheck(), name="article-waits-recheck"),
        ]  # fmt: skip

    def close(self) -> None:
        """The service is stopping: every request waiting answers now, and one that asks to wait from now on
        answers at once. Idempotent."""
        self._closed = True
        for article_id in list(self._waiters):
            self._wake(article_id, "shutdown")

    async def stop(self) -> None:
        self.close()
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)  # a cancellation of our caller is not swallowed
        self._tasks = []

    @contextlib.contextmanager
    def watching(self, article_id: int) -> Iterator[asyncio.Future[None]]:
        """A future done when `article_id` may have finished. Registered before the caller reads the article, so a
        finish committed after that read cannot be missed."""
        finished: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        if self._closed:
            finished.set_result(None)
            yield finished
            return
        self._waiters.setdefault(article_id, set()).add(finished)
        ARTICLE_WAITERS.inc()
        try:
            yield finished
        finally:
            ARTICLE_WAITERS.dec()
            waiting = self._waiters.get(article_id)
            if waiting is not None:
                waiting.discard(finished)
                if not waiting:
                    del self._waiters[article_id]

    def _on_listening(self) -> None:
        self.listening.set()
        self._look_now.set()  # what finished while we were not listening is re-checked now

    def _on_notify(self, _conn: asyncpg.Connection, _pid: int, _channel: str, payload: str) -> None:
        try:
            article_id = int(payload)
        except ValueError:
            _log.warning("unexpected notification payload", channel=articles.FINISHED_CHANNEL, payload=payload[:64])
            return
        self._wake(article_id, "notification")

    def _wake(self, article_id: int, by: str) -> None:
        futures = self._waiters.pop(article_id, None)
        if not futures:
            return
        for future in futures:
            if not future.done():
                future.set_result(None)
        ARTICLE_WAKEUPS.labels(by).inc(len(futures))
        self.woken[by] += len(futures)

    async def _recheck(self) -> None:
        """Every `recheck_s` while anyone waits (and at once after the listening connection is back): one query
        for every awaited article, waking those that finished without their notification reaching us."""
        while not self._closed:
            # asyncio.timeout, not wait_for: on 3.11 wait_for swallows a cancellation that arrives as the event is
            # set (the listening connection coming up as the service stops), and the loop would go on for ever
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self._recheck_s):
                    await self._look_now.wait()
            self._look_now.clear()
            if not self._waiters or self._pool is None:
                continue
            try:
                async with asyncio.timeout(max(5.0, self._recheck_s)), self._pool.acquire() as conn:
                    finished = await articles.finished_among(conn, list(self._waiters))
            except Exception as exc:  # the database being away: waiters answer when their wait elapses
                _log.warning("cannot re-check awaited articles", error=repr(exc))
                continue
            self.rechecks += 1
            for article_id in finished:
                self._wake(article_id, "recheck")
