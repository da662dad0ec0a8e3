"""Stage: where, per incident. The place of one incident: the gazetteer's point for its toponym, else the
toponym kept by name at the region or country the article supports; coordinates are never invented."""

from __future__ import annotations

from collections import Counter

import msgspec

from service.extract.cluster import Article, Cluster
from service.extract.model import PlaceRef
from service.extract.places import DIRECTIONS, Toponym, names_water
from service.extract.resources import countries
from service.gazetteer.names import fold
from service.gazetteer.sources import regions

# How sure a place is, by how it was tied to the event (multiplied into the gazetteer's certainty, which is 1.0
# for a country named): its own sentence names it (1.0); only the dateline does; a name the gazetteer lacks, kept
# at the region or country around it; nothing but the story's main country.
DATELINE = 0.8
KEPT_BY_NAME = 0.7
COUNTRY_ONLY = 0.4


def choose_place(toponym: Toponym | None, cluster: Cluster, article: Article) -> PlaceRef | None:
    home = article.countries[0] if article.countries else None
    context = [article.places.get(a.query) for a in cluster.areas]
    admins = [p for p in context if p is not None and p.precision == "admin1"]
    if toponym is not None and toponym.within:
        # "U.S. strikes on Yemen's Kuru port ... since Washington began": a region of the country the name is in
        admins = [p for p in admins if p.country_code == toponym.within]
    admin = next(iter(admins), None)
    # (a lake named like a region, "Lake Ruritania", is shared by the countries around it)
    region = next((regions()[fold(a.text)] for a in cluster.areas if fold(a.text) in regions()
                   and not names_water(a.text)), None)  # fmt: skip
    if toponym is not None:
        found = article.places.get(toponym.query)
        if found is not None and (found.precision == "point" or (toponym.area and found.precision == "admin1")):
            # a town, or a region listed as the event's place ("strikes on Kuru and Dala provinces")
            return _sure(found, DATELINE if toponym is article.dateline else 1.0)
        if region is None:
            region = regions().get(fold(toponym.text))
        country = (admin.country_code if admin else None) or (region.country if region else None)
        country = country or toponym.within or _named_country(cluster) or home
        if admin is not None:
            return PlaceRef(name=toponym.text, precision="admin1", country_code=country, admin1=admin.admin1 or
                            admin.name, latitude=admin.latitude, longitude=admin.longitude,
                            confidence=round((admin.confidence or 1.0) * KEPT_BY_NAME, 2))  # fmt: skip
        admin1 = region.admin1 if region else None
        sure = KEPT_BY_NAME if admin1 or country != home else COUNTRY_ONLY
        return PlaceRef(name=toponym.text, precision="admin1" if admin1 else "country", country_code=country,
                        admin1=admin1, confidence=sure)  # fmt: skip
    if admin is not None:
        return admin
    if region is not None:
        return PlaceRef(name=region.name, precision="admin1", country_code=region.country, admin1=region.admin1,
                        confidence=KEPT_BY_NAME)  # fmt: skip
    # "in Panyagoor Payam of Twic East County": a district the gazetteer lacks is still finer than the country
    unknown = next((a for a in cluster.areas if a.query not in article.places and not a.country
                    and fold(a.text).split()[0] not in DIRECTIONS), None)  # fmt: skip
    if unknown is not None and home:
        return PlaceRef(name=unknown.text, precision="country", country_code=home, confidence=KEPT_BY_NAME)
    country_place = next((p for p in context if p is not None and p.precision == "country"), None)
    if country_place is not None:
        return country_place
    if home:
        return PlaceRef(name=countries().names.get(home, home), precision="country", country_code=home,
                        confidence=COUNTRY_ONLY)  # fmt: skip
    return None


def _sure(place: PlaceRef, factor: float) -> PlaceRef:
    if factor == 1.0 or place.confidence is None:
        return place
    return msgspec.structs.replace(place, confidence=round(place.confidence * factor, 2))


def _named_country(cluster: Cluster) -> str | None:
    """The country the event's own sentences name most ("strikes by Pakistani forces on Dala province in eastern
    Afghanistan ... Afghan officials said"): where a place the gazetteer lacks is, when the story spans two."""
    named = Counter(a.country for a in cluster.areas if a.country)
    ranked = named.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]
