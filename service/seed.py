"""``incidents seed``: reference data from seeds/ into the database. Idempotent."""

from __future__ import annotations

import time

import asyncpg

from service.logging import get_logger
from service.settings import Settings

_log = get_logger("service.seed")


async def seed_all(pool: asyncpg.Pool, settings: Settings) -> None:
    from service.gazetteer.load import seed_gazetteer

    started = time.perf_counter()
    places = await seed_gazetteer(pool)
    _log.info("seeded", gazetteer_places=places, seconds=round(time.perf_counter() - started, 1))
