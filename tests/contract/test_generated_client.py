"""The generated Python client (openapi/client), used against a running server as another service would."""

from __future__ import annotations

import datetime as dt

import asyncpg
from incidents_api_client import Client
from incidents_api_client.api.articles import create_article, get_article
from incidents_api_client.api.incidents import get_incident, list_incident_reports, list_incidents
from incidents_api_client.api.stats import incident_stats
from incidents_api_client.models import (
    Article,
    ArticleIn,
    Incident,
    IncidentPage,
    IncidentStats,
    Problem,
    ReportPage,
)
from incidents_api_client.models.incident_stats_group_by import IncidentStatsGroupBy

from service.db.queries.incidents import save_extraction
from service.extract.model import ActorRef, PlaceRef
from service.extract.model import Incident as Coded


async def test_generated_client_round_trip(live_server: str, db_pool: asyncpg.Pool) -> None:
    with Client(base_url=live_server, raise_on_unexpected_status=True) as client:
        await _round_trip(client, db_pool)


async def _round_trip(client: Client, db_pool: asyncpg.Pool) -> None:
    posted = create_article.sync(client=client, body=ArticleIn(text="Gunmen attacked Kayes on Tuesday.",
                                                               url="https://client.example/kayes"))  # fmt: skip
    assert isinstance(posted, Article)
    assert isinstance(get_article.sync(posted.id, client=client), Article)
    waited = get_article.sync(posted.id, client=client, wait=0.2)  # no worker: the wait passes, still queued
    assert isinstance(waited, Article)
    assert waited.status == "queued"

    place = PlaceRef(name="Kayes", precision="point", country_code="ML", latitude=14.45, longitude=-11.44)
    coded = Coded(event_type="Battles", sub_event_type="Armed clash", date=dt.date(2025, 7, 1), date_precision="day",
                  place=place, actors=(ActorRef(name="JNIM", type="rebel group", role="actor1"),), fatalities=3,
                  summary="Armed clash: JNIM in Kayes.", confidence=0.9, evidence=())  # fmt: skip
    async with db_pool.acquire() as conn, conn.transaction():
        await save_extraction(conn, posted.id, [coded], "client-test")

    page = list_incidents.sync(client=client, article_id=posted.id, country=["ML"], event_type="Battles")
    assert isinstance(page, IncidentPage)
    assert [i.location.name for i in page.items if i.location] == ["Kayes"]
    one = get_incident.sync(page.items[0].id, client=client)
    assert isinstance(one, Incident)
    assert one.actors[0].name == "JNIM"
    assert one.report_count == 1
    reports = list_incident_reports.sync(one.id, client=client)
    assert isinstance(reports, ReportPage)
    assert [r.article_id for r in reports.items] == [posted.id]
    assert reports.next_cursor is None
    stats = incident_stats.sync(client=client, group_by=IncidentStatsGroupBy.COUNTRY, article_id=posted.id)
    assert isinstance(stats, IncidentStats)
    assert stats.groups[0].key == "ML"
    assert isinstance(get_incident.sync(999_999_999, client=client), Problem)
