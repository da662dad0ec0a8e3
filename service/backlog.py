"""Back-pressure a crawler can act on: how far behind the queue is, told on every accepted article.

The figure is the oldest claimable job's age (the query /metrics exports), read at most once a second per API
process, so a crawler posting hundreds of articles a second costs the database one more index probe a second."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

import asyncpg

from service.db.queries import queue

QUEUE_WAIT_HEADER = "X-Queue-Wait"


class QueueLag:
    """The oldest claimable job's age, remembered for `ttl_s`. A request that finds it stale reads it again on its
    own connection; requests meanwhile use the last figure rather than queue behind that read."""

    def __init__(self, ttl_s: float = 1.0, clock: Callable[[], float] = time.monotonic) -> None:
        self._ttl_s = ttl_s
        self._clock = clock
        self._age_s = 0.0
        self._read_at = -math.inf
        self._reading = False

    async def age(self, conn: asyncpg.Connection) -> float:
        if self._reading or self._clock() - self._read_at < self._ttl_s:
            return self._age_s
        self._reading = True
        try:
            self._age_s = await queue.oldest_queued_age(conn)
            self._read_at = self._clock()
        finally:
            self._reading = False
        return self._age_s


def backlog_headers(age_s: float, limit_s: float) -> dict[str, str]:
    """``X-Queue-Wait``: the oldest claimable job's age in seconds, always; ``Retry-After`` only when that age is
    over `limit_s` (``QUEUE_WAIT_LIMIT_SECONDS``): by how many seconds the queue is behind its limit, the pause
    after which posting again does not add to a backlog the workers are still clearing."""
    headers = {QUEUE_WAIT_HEADER: f"{age_s:.1f}"}
    if limit_s > 0 and age_s > limit_s:
        headers["Retry-After"] = str(max(1, math.ceil(age_s - limit_s)))
    return headers
