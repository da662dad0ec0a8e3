"""Stage: where, per incident. The place of one incident: the gazetteer's point for its toponym, else the
toponym kept by name at the region or country the article supports; coordinates are never invented."""

from __future__ import annotations

from collections import Counter

from service.extract.cluster import Article, Cluster
from service.extract.model import PlaceRef
from service.extract.places import DIRECTIONS, Toponym
from service.extract.resources import countries
from service.gazetteer.names import fold
from service.gazetteer.sources import regions


def choose_place(toponym: Toponym | None, cluster: Cluster, article: Article) -> PlaceRef | None:
    home = article.countries[0] if article.countries else None
    context = [article.places.get(a.query) for a in cluster.areas]
    admin = next((p for p in context if p is not None and p.precision == "admin1"), None)
    region = next((regions()[fold(a.text)] for a in cluster.areas if fold(a.text) in regions()), None)
    if toponym is not None:
        found = article.places.get(toponym.query)
        if found is not None and (found.precision == "point" or (toponym.area and found.precision == "admin1")):
            return found  # a town, or a region listed as the event's place ("strikes on Khost and Kunar provinces")
        if region is None:
            region = regions().get(fold(toponym.text))
        country = (admin.country_code if admin else None) or (region.country if region else None)
        country = country or _named_country(cluster) or home
        if admin is not None:
            return PlaceRef(name=toponym.text, precision="admin1", country_code=country, admin1=admin.admin1 or
                            admin.name, latitude=admin.latitude, longitude=admin.longitude)  # fmt: skip
        admin1 = region.admin1 if region else None
        return PlaceRef(name=toponym.text, precision="admin1" if admin1 else "country", country_code=country,
                        admin1=admin1)  # fmt: skip
    if admin is not None:
        return admin
    if region is not None:
        return PlaceRef(name=region.name, precision="admin1", country_code=region.country, admin1=region.admin1)
    # "in Panyagoor Payam of Twic East County": a district the gazetteer lacks is still finer than the country
    unknown = next((a for a in cluster.areas if a.query not in article.places and not a.country
                    and fold(a.text).split()[0] not in DIRECTIONS), None)  # fmt: skip
    if unknown is not None and home:
        return PlaceRef(name=unknown.text, precision="country", country_code=home)
    country_place = next((p for p in context if p is not None and p.precision == "country"), None)
    if country_place is not None:
        return country_place
    if home:
        return PlaceRef(name=countries().names.get(home, home), precision="country", country_code=home)
    return None


def _named_country(cluster: Cluster) -> str | None:
    """The country the event's own sentences name most ("strikes by Pakistani forces on Kunar province in eastern
    Afghanistan ... Afghan officials said"): where a place the gazetteer lacks is, when the story spans two."""
    named = Counter(a.country for a in cluster.areas if a.country)
    ranked = named.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]
