"""Toponym resolution against the PostgreSQL gazetteer. One database round trip per article."""

from __future__ import annotations

import re
from collections.abc import Sequence

import asyncpg

from service.db.queries import gazetteer as sql
from service.extract.model import PlaceRef

# "Borno State", "Tombouctou region", "province of Soum": the region word tells us a region is meant.
REGION_WORDS = re.compile(
    r"\s+(?:state|region|province|district|governorate|prefecture|department|county|division)$|^(?:the )?"
    r"(?:state|region|province|district|governorate|prefecture|department|county) of\s+",
    re.I,
)
MIN_SIMILARITY = 0.75  # trigram similarity a spelling variant needs ("Tombuctu" -> Timbuktu)
# A small place outside the story's main country is more likely a namesake than the place meant.
MIN_SECONDARY_POPULATION = 20_000  # in another country the story mentions
MIN_FOREIGN_POPULATION = 100_000  # in a country the story does not mention


class Geocoder:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool

    async def resolve(
        self, names: Sequence[str], *, countries: Sequence[str] = (), regions: Sequence[str] = ()
    ) -> dict[str, PlaceRef]:
        """Every mention -> its best gazetteer place; mentions with no acceptable match are absent.
        `countries` are ISO2 codes of the article's country context, most likely first; `regions` are
        first-level regions the article names ("Chhattisgarh"), which break ties between namesakes."""
        mentions = list(dict.fromkeys(n for n in names if n.strip()))
        if not mentions:
            return {}
        queries = [REGION_WORDS.sub("", m).strip() for m in mentions]
        wants_region = [q != m for q, m in zip(queries, mentions, strict=True)]
        async with self._pool.acquire() as conn:
            rows = await sql.resolve(conn, mentions, queries, wants_region, list(countries), MIN_SIMILARITY,
                                     [REGION_WORDS.sub("", r).strip() for r in regions])  # fmt: skip
        places: dict[str, PlaceRef] = {}
        for row in rows:
            if countries and row["country_code"] != countries[0]:
                floor = MIN_SECONDARY_POPULATION if row["country_code"] in countries else MIN_FOREIGN_POPULATION
                if (row["population"] or 0) < floor:
                    continue
            places[row["mention"]] = PlaceRef(
                name=row["name"],
                precision="admin1" if row["kind"] == "admin1" else "point",
                country_code=row["country_code"],
                admin1=row["admin1"],
                geoname_id=row["geoname_id"],
                latitude=row["latitude"],
                longitude=row["longitude"],
            )
        return places
