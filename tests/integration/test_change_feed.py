"""The change feed (GET /v1/incidents/changes): a mirror that replays it holds what the service serves, after
merges, re-extractions and withdrawals; unchanged incidents make no change."""

from __future__ import annotations

import datetime as dt
import json

import asyncpg
from litestar import Litestar
from litestar.testing import AsyncTestClient

from service.extract.model import ActorRef, Evidence, Incident, PlaceRef
from service.incidents import merge

Client = AsyncTestClient[Litestar]

GUJBA = PlaceRef(name="Gujba", precision="point", country_code="NG", admin1="Yobe", geoname_id=2339354,
                 latitude=11.50, longitude=11.93)  # fmt: skip
BUNI_YADI = PlaceRef(name="Buni Yadi", precision="point", country_code="NG", admin1="Yobe", geoname_id=2346812,
                     latitude=11.27, longitude=12.01)  # fmt: skip
BOKO_HARAM = ActorRef(name="Boko Haram", type="rebel group", role="actor1", aliases=("JAS",))
ISWAP = ActorRef(name="ISWAP", type="rebel group", role="actor1")
CIVILIANS = ActorRef(name="Civilians", type="civilians", role="actor2")
ARMY = ActorRef(name="Military Forces of Nigeria", type="state forces", role="actor2")


def report(
    place: PlaceRef = GUJBA,
    day: int = 10,
    fatalities: int | None = 12,
    actors: tuple[ActorRef, ...] = (BOKO_HARAM, CIVILIANS),
    *,
    precision: str = "day",
    quote: str = "Gunmen",
) -> Incident:
    return Incident(
        event_type="Violence against civilians",
        sub_event_type="Attack",
        date=dt.date(2024, 3, day),
        date_precision=precision,  # type: ignore[arg-type]
        place=place,
        actors=actors,
        fatalities=fatalities,
        summary=f"Attack in {place.name} on March {day}.",
        confidence=0.8,
        evidence=(Evidence(field="event", start=0, end=len(quote), quote=quote),),
    )


async def article(client: Client, n: int) -> int:
    posted = await client.post("/v1/articles", json={"text": f"Gunmen attacked, feed report {n}.",
                                                     "url": f"https://example.org/feed/{n}"})  # fmt: skip
    assert posted.status_code == 202, posted.text
    return int(posted.json()["id"])


async def save(pool: asyncpg.Pool, article_id: int, *incidents: Incident) -> list[int]:
    async with pool.acquire() as conn, conn.transaction():
        return await merge.save_extraction(conn, article_id, list(incidents), "test-1")


class Mirror:
    """What a consumer keeps: incidents by id and the ids merged away, from the feed alone."""

    def __init__(self) -> None:
        self.incidents: dict[int, dict[str, object]] = {}
        self.merged: dict[int, int] = {}
        self.deleted: dict[int, str] = {}
        self.cursor: str | None = None
        self.read = 0

    async def follow(self, client: Client, limit: int = 2) -> None:
        """Read the feed from the mirror's cursor to its end, in pages of `limit` (at most 50 pages)."""
        for _ in range(50):
            params: dict[str, str | int] = {"limit": limit}
            if self.cursor is not None:
                params["since"] = self.cursor
            response = await client.get("/v1/incidents/changes", params=params)
            assert response.status_code == 200, response.text
            page = response.json()
            for change in page["items"]:
                self.read += 1
                incident_id = change["incident_id"]
                self.incidents.pop(incident_id, None)
                self.merged.pop(incident_id, None)
                self.deleted.pop(incident_id, None)
                if change["kind"] == "upsert":
                    assert change["incident"]["id"] == incident_id
                    self.incidents[incident_id] = change["incident"]
                elif change["kind"] == "merge":
                    self.merged[incident_id] = change["merged_into"]
                else:
                    self.deleted[incident_id] = change["reason"]
            self.cursor = page["next_cursor"]
            if not page["has_more"]:
                return
        raise AssertionError("the feed did not end")


async def export(client: Client) -> dict[int, dict[str, object]]:
    response = await client.get("/v1/incidents", params={"format": "ndjson"})
    assert response.status_code == 200
    docs = [json.loads(line) for line in response.text.splitlines() if line]
    return {int(d["id"]): d for d in docs}


async def assert_in_step(client: Client, mirror: Mirror) -> None:
    await mirror.follow(client)
    assert mirror.incidents == await export(client)
    for absorbed, survivor in mirror.merged.items():
        response = await client.get(f"/v1/incidents/{absorbed}", follow_redirects=False)
        assert (response.status_code, response.json()["incident_id"]) == (308, survivor)
    for gone in mirror.deleted:
        assert (await client.get(f"/v1/incidents/{gone}")).status_code == 404


async def test_a_mirror_that_follows_the_feed_holds_what_the_service_serves(
    client: Client, clean_db: asyncpg.Pool
) -> None:
    live = Mirror()  # follows the feed as things happen
    a1, a2, a3, a4, a5 = [await article(client, n) for n in range(1, 6)]
    [x] = await save(clean_db, a1, report(GUJBA, 10, 2, (ISWAP, ARMY)))
    [y] = await save(clean_db, a2, report(GUJBA, 11, 63, (BOKO_HARAM, ARMY), precision="week"))
    [z] = await save(clean_db, a4, report(BUNI_YADI, 20, 5))
    await assert_in_step(client, live)
    assert set(live.incidents) == {x, y, z}

    # a report that matches both merges them: y is absorbed into x
    assert await save(clean_db, a3, report(GUJBA, 10, 100, (BOKO_HARAM, ARMY))) == [x]
    await assert_in_step(client, live)
    assert live.merged == {y: x}

    # re-extraction: a4's report moves to Gujba and joins x; its own incident z is left without a report
    assert await save(clean_db, a4, report(GUJBA, 10, 90, (BOKO_HARAM, ARMY))) == [x]
    # a5 reports an event of its own, then re-extraction finds nothing in it
    [w] = await save(clean_db, a5, report(BUNI_YADI, 25, 1))
    assert await save(clean_db, a5) == []
    await assert_in_step(client, live)
    assert live.merged == {y: x, z: x}
    assert live.deleted[w] == "no_reports_left"

    # withdrawals: a3 changes x; then every article of x goes, and x with the last
    assert (await client.delete(f"/v1/articles/{a3}")).status_code == 204
    await assert_in_step(client, live)
    [v] = await save(clean_db, a5, report(BUNI_YADI, 27, 3))
    for withdrawn in (a1, a2, a4):
        assert (await client.delete(f"/v1/articles/{withdrawn}")).status_code == 204
    await assert_in_step(client, live)
    assert set(live.incidents) == {v}
    assert x not in live.incidents
    assert live.deleted[x] == live.deleted[y] == live.deleted[z] == "article_withdrawn"

    # a client that replays the whole feed now holds the same, reading each incident id once
    replayed = Mirror()
    await assert_in_step(client, replayed)
    assert (replayed.incidents, replayed.merged) == (live.incidents, live.merged)
    assert replayed.read == len(set(replayed.incidents) | set(replayed.merged) | set(replayed.deleted))


async def test_an_unchanged_incident_makes_no_change(client: Client, clean_db: asyncpg.Pool) -> None:
    first, second = await article(client, 1), await article(client, 2)
    [a] = await save(clean_db, first, report(GUJBA, 10, 12))
    assert await save(clean_db, second, report(GUJBA, 10, 12)) == [a]
    mirror = Mirror()
    await assert_in_step(client, mirror)
    row = await clean_db.fetchrow("SELECT updated_at, xmin::text AS version FROM incidents WHERE id = $1", a)
    # the same extraction again: not a row of the incident is written, and the feed has nothing new
    assert await save(clean_db, second, report(GUJBA, 10, 12)) == [a]
    assert await clean_db.fetchrow("SELECT updated_at, xmin::text AS version FROM incidents WHERE id = $1", a) == row
    read = mirror.read
    await mirror.follow(client)
    assert mirror.read == read
    # a report's evidence alone changes the document: updated_at moves with it, and the feed carries it
    assert await save(clean_db, second, report(GUJBA, 10, 12, quote="Gunmen killed")) == [a]
    await assert_in_step(client, mirror)
    assert mirror.read == read + 1
    assert str(mirror.incidents[a]["updated_at"]) > row["updated_at"].isoformat()[:19]


async def test_a_bad_cursor_is_a_problem(client: Client, clean_db: asyncpg.Pool) -> None:
    for since in ("nonsense", "A" * 40):
        response = await client.get("/v1/incidents/changes", params={"since": since})
        assert response.status_code == 400
        assert response.headers["content-type"].startswith("application/problem+json")
        assert "cursor" in response.text
    # a cursor of another listing is not one of the feed
    first = await article(client, 1)
    await save(clean_db, first, report(GUJBA, 10, 12))
    await save(clean_db, first, report(GUJBA, 10, 12), report(BUNI_YADI, 11, 3))
    page = (await client.get("/v1/incidents", params={"limit": 1})).json()
    response = await client.get("/v1/incidents/changes", params={"since": page["next_cursor"]})
    assert response.status_code == 400
    assert (await client.get("/v1/incidents/changes", params={"limit": 0})).status_code == 400
    caught_up = (await client.get("/v1/incidents/changes")).json()
    assert (len(caught_up["items"]), caught_up["has_more"]) == (2, False)
    again = (await client.get("/v1/incidents/changes", params={"since": caught_up["next_cursor"]})).json()
    assert again == {"items": [], "next_cursor": caught_up["next_cursor"], "has_more": False}
