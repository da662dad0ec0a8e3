"""The incident list in the formats analysts already use: GeoJSON, CSV with ACLED-like columns, NDJSON."""

from __future__ import annotations

import csv
import io
from typing import Any

from service.contract.schemas import Incident

CSV_COLUMNS = (
    "event_id", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
    "assoc_actors", "country_code", "admin1", "location", "latitude", "longitude", "geo_precision", "geo_confidence",
    "fatalities",
    "fatalities_low", "fatalities_high", "source_url", "notes", "confidence", "article_id", "timestamp",
)  # fmt: skip


def geojson(items: list[Incident], next_cursor: str | None) -> dict[str, Any]:
    """A FeatureCollection; incidents without coordinates have a null geometry, as RFC 7946 allows."""
    features = []
    for incident in items:
        place = incident.location
        point = place is not None and place.latitude is not None and place.longitude is not None
        geometry = {"type": "Point", "coordinates": [place.longitude, place.latitude]} if point and place else None
        properties = {f: getattr(incident, f) for f in incident.__struct_fields__ if f != "id"}
        features.append({"type": "Feature", "id": incident.id, "geometry": geometry, "properties": properties})
    return {"type": "FeatureCollection", "features": features, "next_cursor": next_cursor}


def csv_text(items: list[Incident], urls: dict[int, str | None]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for i in items:
        by_role: dict[str, list[str]] = {}
        for actor in i.actors:
            by_role.setdefault(actor.role, []).append(actor.name)
        place = i.location
        article = i.article_ids[0] if i.article_ids else None
        writer.writerow(
            [
                i.id, i.date.isoformat() if i.date else "", i.date.year if i.date else "", i.date_precision or "",
                i.event_type, i.sub_event_type, "; ".join(by_role.get("actor1", [])),
                "; ".join(by_role.get("actor2", [])), "; ".join(by_role.get("associated", [])),
                place.country_code if place else "", place.admin1 if place else "", place.name if place else "",
                place.latitude if place and place.latitude is not None else "",
                place.longitude if place and place.longitude is not None else "",
                place.precision if place else "",
                place.geo_confidence if place and place.geo_confidence is not None else "",
                "" if i.fatalities is None else i.fatalities,
                "" if i.fatalities_low is None else i.fatalities_low,
                "" if i.fatalities_high is None else i.fatalities_high,
                urls.get(article) or "" if article else "", i.summary, i.confidence, article or "",
                int(i.updated_at.timestamp()),
            ]
        )  # fmt: skip
    return out.getvalue()
