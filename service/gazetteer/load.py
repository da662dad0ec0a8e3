"""The gazetteer in PostgreSQL: GeoNames places with their alternate names and first-level regions.

`seed_gazetteer` loads what ships with the service and skips the work when that version is already loaded.
`load_geonames_dump` adds an operator's full GeoNames file (allCountries.txt or a country file) for
village-level coverage. Both upsert, so loading twice leaves the same rows."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Iterator
from pathlib import Path

import asyncpg
from tqdm import tqdm

from service.db.queries import gazetteer as sql
from service.db.queries.gazetteer import NameRow, PlaceRow
from service.gazetteer.sources import admin_rows, cities, dump_records, seed_version
from service.logging import get_logger

BATCH = 20_000
_log = get_logger("service.gazetteer")


async def _load(pool: asyncpg.Pool, records: Iterator[tuple[PlaceRow, list[NameRow]]]) -> int:
    """Upsert places in batches, one transaction per batch so a long load holds no lock for long."""
    loaded = 0
    places: list[PlaceRow] = []
    names: list[NameRow] = []

    async def flush() -> None:
        async with pool.acquire() as conn, conn.transaction():
            await sql.stage(conn)
            await sql.copy_places(conn, places, names)
        places.clear()
        names.clear()

    for place, place_names in records:
        places.append(place)
        names.extend(place_names)
        loaded += 1
        if len(places) >= BATCH:
            await flush()
    if places:
        await flush()
    return loaded


async def seed_gazetteer(pool: asyncpg.Pool) -> int:
    """Load the bundled gazetteer unless this version is already in. Returns the number of places."""
    version = seed_version()
    async with pool.acquire() as conn:
        current = await sql.loaded_version(conn, "gazetteer")
    if current is not None and current[0] == version:
        return current[1]
    async with pool.acquire() as conn, conn.transaction():
        await sql.upsert_admin_regions(conn, admin_rows())
    loaded = await _load(pool, cities())
    async with pool.acquire() as conn, conn.transaction():
        await sql.upsert_admin_regions(conn, admin_rows())  # fills admin1 names of the new places
        await sql.mark_loaded(conn, "gazetteer", version, loaded)
    async with pool.acquire() as conn:
        await sql.upkeep(conn)
    return loaded


async def load_geonames_dump(pool: asyncpg.Pool, path: Path) -> int:
    """Stream a GeoNames dump into the gazetteer with a progress bar on stderr. Returns places loaded."""
    size = await asyncio.to_thread(lambda: path.stat().st_size)
    with tqdm(total=size, unit="B", unit_scale=True, desc=path.name, file=sys.stderr) as progress:
        loaded = await _load(pool, dump_records(path, progress))
    async with pool.acquire() as conn, conn.transaction():
        await sql.upsert_admin_regions(conn, admin_rows())
    async with pool.acquire() as conn:
        await sql.upkeep(conn)
    _log.info("geonames dump loaded", path=str(path), places=loaded)
    return loaded
