"""An event told by many articles: its document embeds the lead reports and counts them all, and
GET /v1/incidents/{id}/reports pages through every one with its evidence."""

from __future__ import annotations

import asyncpg
import msgspec

from service.contract import schemas
from tests.integration.test_merge import GUJBA, Client, article, get, report, save

EMBEDDED = 10


async def test_a_document_embeds_the_lead_reports_and_the_page_serves_them_all(
    client: Client, clean_db: asyncpg.Pool
) -> None:
    """Thirteen articles of one attack; the last gives the lowest toll, which the incident takes: its report is
    embedded with the nine earliest, and the evidence is theirs. Every report, with its own evidence, on pages."""
    ids = [await article(client, n) for n in range(13)]
    [incident] = await save(clean_db, ids[0], report(GUJBA, 10, 12))
    for article_id in ids[1:-1]:
        assert await save(clean_db, article_id, report(GUJBA, 10, 12)) == [incident]
    assert await save(clean_db, ids[-1], report(GUJBA, 10, 9)) == [incident]

    doc = await get(client, incident)
    assert doc["fatalities"] == 9
    assert doc["report_count"] == 13
    assert doc["article_ids"] == ids
    embedded = doc["reports"]
    assert isinstance(embedded, list)
    lead = [*ids[: EMBEDDED - 1], ids[-1]]
    assert [r["article_id"] for r in embedded] == lead
    assert embedded[-1]["fatalities_used"] == ["best"]
    # the report that held the toll gives the high figure now, those of the same toll after it nothing
    assert [r["fatalities_used"] for r in embedded[:3]] == [["high"], [], []]
    assert [e["article_id"] for e in doc["evidence"]] == lead  # type: ignore[attr-defined]

    items, cursor, pages = [], None, 0
    while True:
        response = await client.get(
            f"/v1/incidents/{incident}/reports", params={"limit": 5, **({"cursor": cursor} if cursor else {})}
        )
        assert response.status_code == 200, response.text
        page = msgspec.convert(response.json(), schemas.ReportPage, strict=False)
        items.extend(page.items)
        pages += 1
        cursor = page.next_cursor
        if cursor is None:
            break
    assert pages == 3
    assert [r.article_id for r in items] == ids
    for item in items:
        [evidence] = item.evidence
        assert (evidence.article_id, evidence.field, evidence.quote) == (item.article_id, "event", "Gunmen")
    # an embedded report is the same entry as on the page, without its evidence
    served = {r["article_id"]: r for r in (await client.get(f"/v1/incidents/{incident}/reports")).json()["items"]}
    for entry in embedded:
        assert {k: v for k, v in served[entry["article_id"]].items() if k != "evidence"} == entry


async def test_reports_of_an_absorbed_unknown_or_other_incident(client: Client, clean_db: asyncpg.Pool) -> None:
    """An absorbed id answers 308 to the reports of the incident that absorbed it, an unknown one 404, and a cursor
    of another incident's reports 400 naming `cursor`."""
    first, second, third = await article(client, 1), await article(client, 2), await article(client, 3)
    [a] = await save(clean_db, first, report(GUJBA, 10, 12))
    [b] = await save(clean_db, second, report(GUJBA, 14, 12))  # misdated: an incident of its own
    assert await save(clean_db, second, report(GUJBA, 10, 12)) == [a]  # corrected: b is absorbed
    moved = await client.get(f"/v1/incidents/{b}/reports", follow_redirects=False)
    assert moved.status_code == 308
    assert moved.headers["location"] == f"/v1/incidents/{a}/reports"
    assert moved.json()["incident_id"] == a
    assert (await client.get("/v1/incidents/999999/reports")).status_code == 404

    [c] = await save(clean_db, third, report(GUJBA, 20, 1))
    paged = (await client.get(f"/v1/incidents/{a}/reports", params={"limit": 1})).json()
    assert [r["article_id"] for r in paged["items"]] == [first]
    wrong = await client.get(f"/v1/incidents/{c}/reports", params={"cursor": paged["next_cursor"]})
    assert wrong.status_code == 400
    assert wrong.json()["errors"][0]["parameter"] == "cursor"
