"""The PostgreSQL gazetteer: bundled seed, GeoNames dump loading and toponym resolution."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from service.gazetteer.load import load_geonames_dump, seed_gazetteer
from service.gazetteer.resolve import Geocoder
from service.gazetteer.sources import GazetteerFileError

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "data" / "geonames_sample.txt"


async def counts(pool: asyncpg.Pool) -> tuple[int, int, int]:
    async with pool.acquire() as conn:
        row = await conn.fetchrow(
            "SELECT (SELECT count(*) FROM gazetteer), (SELECT count(*) FROM gazetteer_names), "
            "(SELECT count(*) FROM admin_regions)"
        )
    assert row is not None
    return row[0], row[1], row[2]


async def test_seed_is_idempotent_and_skips_when_loaded(seeded_pool: asyncpg.Pool) -> None:
    before = await counts(seeded_pool)
    assert before[0] > 200_000
    assert before[2] > 3000
    assert await seed_gazetteer(seeded_pool) == 234_908
    assert await counts(seeded_pool) == before


@pytest.mark.parametrize(
    ("mention", "countries", "name", "country", "precision"),
    [
        ("Tombouctou", ["ML"], "Timbuktu", "ML", "point"),
        ("Timbuktu", [], "Timbuktu", "ML", "point"),
        ("Tombuctu", ["ML"], "Timbuktu", "ML", "point"),  # a misspelling, by trigram similarity
        ("Kayes", ["ML"], "Kayes", "ML", "point"),
        ("Kayes", ["CG"], "Kayes", "CG", "point"),  # the same name, another country in context
        ("Maiduguri", [], "Maiduguri", "NG", "point"),
        ("Afgoye", ["SO"], "Afgooye", "SO", "point"),
        ("Miram Shah", ["PK"], "Miran Shah", "PK", "point"),
        ("Borno State", ["NG"], "Borno", "NG", "admin1"),
        ("Kaduna", ["NG"], "Kaduna", "NG", "point"),
        ("Kaduna State", ["NG"], "Kaduna", "NG", "admin1"),
        # a metropolis abroad is found by its own name only: a village's name that is one of its other names is not it
        ("Paris", ["BF"], "Paris", "FR", "point"),
        # a town of that name outranks a larger one that bore it once (a city's former name)
        ("Southport", [], "Southport", "GB", "point"),
        # a transliteration's apostrophe, left out or typed otherwise; named as the report writes it
        ("Debre Markos", ["ET"], "Debre Markos", "ET", "point"),
        ("Debre Mark'os", ["ET"], "Debre Mark'os", "ET", "point"),
    ],
)
async def test_resolve(
    seeded_pool: asyncpg.Pool, mention: str, countries: list[str], name: str, country: str, precision: str
) -> None:
    place = (await Geocoder(seeded_pool).resolve([mention], countries=countries))[mention]
    assert (place.name, place.country_code, place.precision) == (name, country, precision)
    if precision == "point":
        assert place.latitude is not None
        assert place.geoname_id is not None


async def test_words_and_people_are_not_places(seeded_pool: asyncpg.Pool) -> None:
    found = await Geocoder(seeded_pool).resolve(["Reinforcements", "Babakura Kolo", "Souleymane Dembele"],
                                                countries=["NG", "ML"])  # fmt: skip
    assert found == {}


async def test_small_namesake_abroad_is_rejected(seeded_pool: asyncpg.Pool) -> None:
    # "Soum" is a small town in Senegal; in a Burkina Faso story it is the province, which cities500 lacks
    assert await Geocoder(seeded_pool).resolve(["Soum"], countries=["BF"]) == {}
    # "Daka" is one of Dhaka's other names; a metropolis abroad is found by its own name only
    assert await Geocoder(seeded_pool).resolve(["Daka"], countries=["BF"]) == {}


async def test_geo_confidence_falls_with_each_doubt(seeded_pool: asyncpg.Pool) -> None:
    """The only place of that name in the story's country is sure; a namesake chosen by size, a place in the
    story's second country, a story that names no country and a metropolis abroad are each less so; the region the
    story names settles a choice among namesakes."""
    geocoder = Geocoder(seeded_pool)

    async def sure(name: str, countries: list[str], regions: tuple[str, ...] = ()) -> float | None:
        return (await geocoder.resolve([name], countries=countries, regions=regions))[name].confidence

    assert await sure("Maiduguri", ["NG"]) == 1.0
    assert await sure("Maiduguri", ["CM", "NG"]) == pytest.approx(0.8)
    assert await sure("Maiduguri", []) == pytest.approx(0.7)
    assert await sure("Paris", ["BF"]) == pytest.approx(0.5)
    # two towns called Aboh in Nigeria, in Delta and in Imo
    assert await sure("Aboh", ["NG"]) == pytest.approx(0.83)
    assert await sure("Aboh", ["NG"], ("Delta State",)) == 1.0


class CountingPool:
    """The pool, counting how often the geocoder goes to the database."""

    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool
        self.acquired = 0

    def acquire(self) -> Any:
        self.acquired += 1
        return self.pool.acquire()


async def test_recent_resolutions_are_remembered_under_their_context(seeded_pool: asyncpg.Pool) -> None:
    pool = CountingPool(seeded_pool)
    geocoder = Geocoder(pool, cache_size=3)  # type: ignore[arg-type]
    first = await geocoder.resolve(["Kayes", "Soum"], countries=["ML"])
    assert first["Kayes"].country_code == "ML"
    assert "Soum" not in first
    assert await geocoder.resolve(["Soum", "Kayes"], countries=["ML"]) == first  # a miss is remembered too
    assert pool.acquired == 1
    # what the answer depends on is part of the key: the countries in order, the region hints
    assert (await geocoder.resolve(["Kayes"], countries=["CG"]))["Kayes"].country_code == "CG"
    assert (await geocoder.resolve(["Kayes"], countries=["CG", "ML"]))["Kayes"].country_code == "CG"
    assert pool.acquired == 3
    await geocoder.resolve(["Kayes"], countries=["ML"], regions=["Kayes Region"])
    assert pool.acquired == 4
    # bounded: the least recently used went out
    assert await geocoder.resolve(["Kayes", "Soum"], countries=["ML"]) == first
    assert pool.acquired == 5


async def test_remembered_resolutions_expire(seeded_pool: asyncpg.Pool) -> None:
    pool = CountingPool(seeded_pool)
    geocoder = Geocoder(pool, cache_seconds=0)  # type: ignore[arg-type]
    for _ in range(2):
        assert (await geocoder.resolve(["Kayes"], countries=["ML"]))["Kayes"].country_code == "ML"
    assert pool.acquired == 2


async def test_loads_leave_the_search_ready(seeded_pool: asyncpg.Pool) -> None:
    """A load ends by merging the trigram index's pending list (every spelling search reads it through) and
    analysing the tables, so the planner knows how selective a name is."""
    async with seeded_pool.acquire() as conn:
        analysed = await conn.fetchval("SELECT reltuples FROM pg_class WHERE relname = 'gazetteer_names'")
        assert analysed > 800_000
        if await conn.fetchval("SELECT count(*) FROM pg_available_extensions WHERE name = 'pgstattuple'"):
            await conn.execute("CREATE EXTENSION IF NOT EXISTS pgstattuple")
            index = "gazetteer_names_fold_trgm"
            assert await conn.fetchval(f"SELECT pending_tuples FROM pgstatginindex('{index}')") == 0


async def test_dump_loads_idempotently_and_villages_resolve(seeded_pool: asyncpg.Pool) -> None:
    before = await counts(seeded_pool)
    assert await load_geonames_dump(seeded_pool, SAMPLE) == 3
    after = await counts(seeded_pool)
    assert after[0] == before[0] + 3
    assert await load_geonames_dump(seeded_pool, SAMPLE) == 3
    assert await counts(seeded_pool) == after
    geocoder = Geocoder(seeded_pool)
    soumpi = (await geocoder.resolve(["Soumpi"], countries=["ML"]))["Soumpi"]
    assert (soumpi.country_code, soumpi.admin1, soumpi.precision) == ("ML", "Tombouctou", "point")
    assert (await geocoder.resolve(["Gaskinde"], countries=["BF"]))["Gaskinde"].name == "Gaskindé"
    # a village in a neighbouring country the story only mentions is more likely a namesake
    assert await geocoder.resolve(["Gaskinde"], countries=["ML", "BF"]) == {}


async def test_malformed_dump_names_the_line(seeded_pool: asyncpg.Pool, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text(SAMPLE.read_text(encoding="utf-8") + "123\tonly three\tcolumns\n", encoding="utf-8")
    with pytest.raises(GazetteerFileError, match=r"bad.txt:4: expected 19"):
        await load_geonames_dump(seeded_pool, bad)


def test_cli_gazetteer_load(seeded_pool: asyncpg.Pool, migrated_url: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "service", "gazetteer", "load", str(SAMPLE)],
        cwd=ROOT,
        env={**os.environ, "DATABASE_URL": migrated_url},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "geonames_sample.txt" in result.stderr  # the progress bar
