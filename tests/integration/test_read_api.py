"""The read API: filters, sorts, keyset cursors, formats, conditional GETs, actors, locations and stats."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import asyncpg
import msgspec
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

from service.api.v1.pagination import Cursors, Position
from service.contract.schemas import Incident as IncidentSchema
from service.db.queries.incidents import save_extraction
from service.extract.model import ActorRef, Evidence, Incident, PlaceRef
from service.settings import Settings

Client = AsyncTestClient[Litestar]

KAYES = PlaceRef(name="Kayes", precision="point", country_code="ML", admin1="Kayes", geoname_id=2455518,
                 latitude=14.45, longitude=-11.44)  # fmt: skip
TIMBUKTU = PlaceRef(name="Timbuktu", precision="point", country_code="ML", admin1="Tombouctou", geoname_id=2449067,
                    latitude=16.77, longitude=-3.01)  # fmt: skip
MAIDUGURI = PlaceRef(name="Maiduguri", precision="point", country_code="NG", admin1="Borno", geoname_id=2331447,
                     latitude=11.85, longitude=13.16)  # fmt: skip
JNIM = ActorRef(name="JNIM", type="rebel group", role="actor1", aliases=("Jama'at Nusrat al-Islam wal-Muslimin",))
MALI_ARMY = ActorRef(name="Military Forces of Mali", type="state forces", role="actor2", aliases=("Malian army",))
BOKO_HARAM = ActorRef(name="Boko Haram", type="rebel group", role="actor1", aliases=("JAS",))
CIVILIANS = ActorRef(name="Civilians", type="civilians", role="actor2")


def incident(place: PlaceRef, day: int, fatalities: int | None, actors: tuple[ActorRef, ...], kind: str) -> Incident:
    event_type, sub = {"clash": ("Battles", "Armed clash"), "attack": ("Violence against civilians", "Attack")}[kind]
    return Incident(
        event_type=event_type,
        sub_event_type=sub,
        date=dt.date(2025, 6, day),
        date_precision="day",
        place=place,
        actors=actors,
        fatalities=fatalities,
        summary=f"{sub}: {actors[0].name} in {place.name} on day {day}.",
        confidence=0.8,
        evidence=(Evidence(field="event", start=0, end=5, quote="Gunme"),),
    )


async def store(client: Client, pool: asyncpg.Pool, n: int, incidents: list[Incident]) -> int:
    posted = await client.post("/v1/articles", json={"text": f"Gunmen attacked, article {n}.",
                                                     "url": f"https://example.org/{n}"})  # fmt: skip
    article_id = int(posted.json()["id"])
    async with pool.acquire() as conn, conn.transaction():
        await save_extraction(conn, article_id, incidents, "test-1")
    return article_id


@pytest.fixture
async def corpus(client: Client, clean_db: asyncpg.Pool) -> list[int]:
    """Twelve incidents in Mali and Nigeria over June 2025, no two of one place within a day of each other with
    tolls that agree, so that none is taken for another article's report of it (service.incidents.merge)."""
    ids = []
    for day, toll in zip(range(1, 7), (1, 4, 2, 5, 3, 6), strict=True):
        ids.append(await store(client, clean_db, day, [incident(KAYES, day, toll, (JNIM, MALI_ARMY), "clash")]))
    for day in range(7, 10):
        ids.append(await store(client, clean_db, day, [incident(TIMBUKTU, day, None, (JNIM, MALI_ARMY), "clash")]))
    for day, toll in ((10, 100), (12, 110), (14, 120)):
        ids.append(await store(client, clean_db, day, [incident(MAIDUGURI, day, toll, (BOKO_HARAM, CIVILIANS),
                                                                "attack")]))  # fmt: skip
    return ids


async def items(client: Client, query: str) -> list[dict[str, object]]:
    response = await client.get(f"/v1/incidents?{query}")
    assert response.status_code == 200, response.text
    found: list[dict[str, object]] = response.json()["items"]
    return found


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("country=ML", 9),
        ("country=NG&country=ML", 12),
        ("country=ng", 3),
        ("admin1=borno", 3),
        ("event_type=Violence%20against%20civilians", 3),
        ("sub_event_type=Armed%20clash", 9),
        ("date_from=2025-06-05&date_to=2025-06-08", 4),
        ("bbox=-12,14,-11,15", 6),
        ("near=16.7,-3.0&radius_km=50", 3),
        ("near=16.7,-3.0&radius_km=1000", 9),  # Timbuktu and Kayes (930 km), not Maiduguri (1,840 km)
        ("near=16.7,-3.0&radius_km=2000", 12),
        ("near=16.7,-3.0&radius_km=20000", 12),  # the whole earth: no longitude bound
        ("bbox=-180,-90,180,90", 12),
        ("min_fatalities=5", 5),
        ("min_fatalities=0", 9),  # unknown counts (NULL) are not counts of at least 0
        ("min_fatalities=1000", 0),
        ("actor=Malian%20army", 9),
        ("actor=jas", 3),
        ("q=Timbuktu", 3),
        ("country=ML&event_type=Battles&date_from=2025-06-08", 2),
    ],
)
async def test_filters(client: Client, corpus: list[int], query: str, expected: int) -> None:
    assert len(await items(client, f"{query}&limit=100")) == expected


async def test_actor_and_location_ids(client: Client, corpus: list[int]) -> None:
    first = (await items(client, "country=NG"))[0]
    actor_id = first["actors"][0]["id"]  # type: ignore[index]
    location_id = first["location"]["id"]  # type: ignore[index]
    assert len(await items(client, f"actor_id={actor_id}")) == 3
    assert len(await items(client, f"location_id={location_id}")) == 3
    assert len(await items(client, f"article_id={corpus[0]}")) == 1


async def pages(client: Client, query: str, limit: int) -> list[int]:
    """The ids of every page of `query`, followed by cursor."""
    seen: list[int] = []
    cursor = ""
    while True:
        page = (await client.get(f"/v1/incidents?{query}&limit={limit}{cursor}")).json()
        seen += [i["id"] for i in page["items"]]
        if not page["next_cursor"]:
            return seen
        cursor = f"&cursor={page['next_cursor']}"


async def test_actor_and_place_pages_follow_their_incidents_dates(
    client: Client, clean_db: asyncpg.Pool, corpus: list[int]
) -> None:
    # JNIM on both sides of one clash: two incident_actors rows, one incident in JNIM's pages
    await store(client, clean_db, 50, [incident(TIMBUKTU, 20, 2, (JNIM, msgspec.structs.replace(JNIM, role="actor2")),
                                                "clash")])  # fmt: skip
    jnim = await clean_db.fetchval("SELECT id FROM actors WHERE name = 'JNIM'")
    # a date changed by any writer moves the incident in the actor's pages (the copy in incident_actors follows)
    moved = await clean_db.fetchval("SELECT min(id) FROM incidents")
    await clean_db.execute("UPDATE incidents SET event_date = DATE '2025-07-15' WHERE id = $1", moved)
    newest_first = [
        r["id"]
        for r in await clean_db.fetch(
            "SELECT i.id FROM incidents i WHERE EXISTS (SELECT 1 FROM incident_actors ia WHERE ia.incident_id = i.id "
            "AND ia.actor_id = $1) ORDER BY i.event_date DESC, i.id DESC",
            jnim,
        )
    ]
    assert len(newest_first) == 10
    assert newest_first[0] == moved
    for query in (f"actor_id={jnim}", "actor=JNIM", "actor=jama%27at%20nusrat%20al-islam%20wal-muslimin"):
        assert await pages(client, query, 3) == newest_first
        assert await pages(client, f"{query}&sort=date", 4) == newest_first[::-1]
    assert await pages(client, f"actor_id={jnim}&country=ML&date_from=2025-06-05", 2) == newest_first[:7]
    kayes = await clean_db.fetchval("SELECT location_id FROM incidents WHERE id = $1", moved)
    at_kayes = [r["id"] for r in await clean_db.fetch(
        "SELECT id FROM incidents WHERE location_id = $1 ORDER BY event_date DESC, id DESC", kayes)]  # fmt: skip
    assert len(at_kayes) == 6
    assert await pages(client, f"location_id={kayes}", 4) == at_kayes
    assert await pages(client, f"location_id={kayes}&sort=date", 4) == at_kayes[::-1]
    # a region's pages read the incidents' copy of their place's region, which follows the place
    assert await pages(client, "admin1=kayes", 4) == at_kayes
    await clean_db.execute("UPDATE locations SET admin1 = 'Région de Kayes' WHERE id = $1", kayes)
    assert await pages(client, "admin1=region%20de%20kayes", 4) == at_kayes
    assert await pages(client, "admin1=kayes", 4) == []

    # a name two actors share is read through both of them
    boko_haram = await clean_db.fetchval("SELECT id FROM actors WHERE name = 'Boko Haram'")
    await clean_db.execute("INSERT INTO actor_aliases (actor_id, alias) VALUES ($1, 'JNIM')", boko_haram)
    try:
        assert len(set(await pages(client, "actor=JNIM", 4))) == len(await pages(client, "actor=JNIM", 4)) == 13
    finally:  # actors and their aliases outlive a test
        await clean_db.execute("DELETE FROM actor_aliases WHERE actor_id = $1 AND alias = 'JNIM'", boko_haram)


async def test_sorts(client: Client, corpus: list[int]) -> None:
    newest = await items(client, "limit=100")
    assert [i["date"] for i in newest] == sorted((i["date"] for i in newest), reverse=True)
    oldest = await items(client, "sort=date&limit=100")
    assert oldest[0]["date"] == "2025-06-01"
    deadliest = await items(client, "sort=-fatalities&limit=3")
    assert [i["fatalities"] for i in deadliest] == [120, 110, 100]


async def test_cursor_pages_neither_skip_nor_repeat_while_incidents_arrive(
    client: Client, clean_db: asyncpg.Pool, corpus: list[int]
) -> None:
    seen: list[int] = []
    page = (await client.get("/v1/incidents?limit=5")).json()
    seen += [i["id"] for i in page["items"]]
    # a newer incident arrives between pages: it sorts before the cursor and must not shift later pages
    await store(client, clean_db, 99, [incident(KAYES, 30, 1, (JNIM, MALI_ARMY), "clash")])
    while page["next_cursor"]:
        page = (await client.get(f"/v1/incidents?limit=5&cursor={page['next_cursor']}")).json()
        seen += [i["id"] for i in page["items"]]
    assert len(seen) == len(set(seen)) == 12


async def test_updated_since_is_a_change_feed(client: Client, clean_db: asyncpg.Pool, corpus: list[int]) -> None:
    everything = await items(client, "sort=updated_at&limit=100")
    mark = everything[-1]["updated_at"]
    await store(client, clean_db, 98, [incident(KAYES, 20, 2, (JNIM, MALI_ARMY), "clash")])
    changed = await items(client, f"updated_since={mark}&sort=updated_at")
    assert [i["date"] for i in changed] == ["2025-06-20"]


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("bbox=1,2,3", "bbox"),
        ("bbox=1,2,a,4", "bbox"),
        ("limit=0", "limit"),
        ("limit=501", "limit"),
        ("event_type=Skirmish", "event_type"),
        ("sub_event_type=Skirmish", "sub_event_type"),
        ("country=Mali", "country"),
        ("date_from=2025-06-10&date_to=2025-06-01", "date_from"),
        ("near=95,10&radius_km=5", "near"),
        ("near=10,10", "radius_km"),
        ("cursor=bm90LWEtY3Vyc29y", "cursor"),
        ("sort=severity", "sort"),
    ],
)
async def test_bad_parameters_are_400_naming_them(client: Client, query: str, parameter: str) -> None:
    response = await client.get(f"/v1/incidents?{query}")
    assert response.status_code == 400, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert parameter in response.text


async def test_tampered_cursor_and_cursor_of_another_sort(client: Client, corpus: list[int]) -> None:
    cursor = (await client.get("/v1/incidents?limit=2")).json()["next_cursor"]
    forged = cursor[:-2] + ("AA" if cursor[-2:] != "AA" else "BB")
    for query in (f"cursor={forged}", f"cursor={cursor}&sort=date"):
        response = await client.get(f"/v1/incidents?limit=2&{query}")
        assert response.status_code == 400
        assert response.json()["errors"][0]["parameter"] == "cursor"


@pytest.mark.parametrize(
    ("path", "position"),
    [
        ("/v1/incidents", Position(sort="-date", key="not-a-date", id=1)),
        ("/v1/incidents?sort=date", Position(sort="date", key="2025-02-30", id=1)),
        ("/v1/incidents?sort=-fatalities", Position(sort="-fatalities", key="many", id=1)),
        ("/v1/incidents?sort=-fatalities", Position(sort="-fatalities", key="99999999999", id=1)),
        ("/v1/incidents?sort=updated_at", Position(sort="updated_at", key="yesterday", id=1)),
        ("/v1/incidents?sort=updated_at", Position(sort="updated_at", key=7, id=1)),
        ("/v1/incidents", Position(sort="-date", key="2025-06-01", id=2**70)),
        ("/v1/incidents", Position(sort="-date", key="2025-06-01", id=-5)),
        ("/v1/incidents?actor_id=1", Position(sort="-date", key=None, id=1)),
        ("/v1/actors", Position(sort="actors", key=None, id=2**70)),
        ("/v1/actors", Position(sort="actors", key="x", id=1)),
        ("/v1/locations", Position(sort="locations", key=None, id=2**64)),
    ],
)
async def test_signed_cursor_holding_nonsense_is_400(
    client: Client, settings: Settings, path: str, position: Position
) -> None:
    """A cursor signed with the service's secret (as anyone could when the secret was a built-in default) that
    holds a position PostgreSQL cannot read is refused like a forged one, not a 500."""
    cursor = Cursors(settings.cursor_secret or "").encode(position)
    separator = "&" if "?" in path else "?"
    response = await client.get(f"{path}{separator}cursor={cursor}")
    assert response.status_code == 400, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["errors"][0]["parameter"] == "cursor"


async def test_geojson(client: Client, corpus: list[int]) -> None:
    for request in ({"url": "/v1/incidents?format=geojson&country=NG"},
                    {"url": "/v1/incidents?country=NG", "headers": {"Accept": "application/geo+json"}}):  # fmt: skip
        response = await client.get(**request)  # type: ignore[arg-type]
        assert response.headers["content-type"].startswith("application/geo+json")
        collection = response.json()
        assert collection["type"] == "FeatureCollection"
        assert len(collection["features"]) == 3
        assert collection["features"][0]["geometry"] == {"type": "Point", "coordinates": [13.16, 11.85]}


async def test_csv(client: Client, corpus: list[int]) -> None:
    response = await client.get("/v1/incidents?format=csv&country=NG&limit=2")
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 2
    assert rows[0]["actor1"] == "Boko Haram"
    assert rows[0]["source_url"].startswith("https://example.org/")
    assert response.headers["x-next-cursor"]


async def test_ndjson_exports_everything(client: Client, corpus: list[int]) -> None:
    response = await client.get("/v1/incidents?format=ndjson&limit=1")
    assert response.headers["content-type"].startswith("application/x-ndjson")
    lines = [json.loads(line) for line in response.text.splitlines()]
    assert len(lines) == 12


async def test_etag_and_304(client: Client, corpus: list[int]) -> None:
    for path in ("/v1/incidents?country=ML", f"/v1/incidents/{(await items(client, ''))[0]['id']}", "/v1/actors"):
        first = await client.get(path)
        etag = first.headers["etag"]
        assert first.headers["cache-control"].startswith("public")
        again = await client.get(path, headers={"If-None-Match": etag})
        assert again.status_code == 304
        assert again.content == b""
    missing = await client.get("/v1/incidents/999999")
    assert missing.status_code == 404
    assert missing.headers["cache-control"] == "no-store"


async def test_a_page_etag_changes_when_one_of_its_incidents_does(
    client: Client, clean_db: asyncpg.Pool, corpus: list[int]
) -> None:
    before = await client.get("/v1/incidents?country=ML")
    async with clean_db.acquire() as conn, conn.transaction():  # the same incident, now with 40 killed
        await save_extraction(conn, corpus[0], [incident(KAYES, 1, 40, (JNIM, MALI_ARMY), "clash")], "test-1")
    after = await client.get("/v1/incidents?country=ML", headers={"If-None-Match": before.headers["etag"]})
    assert after.status_code == 200
    assert after.headers["etag"] != before.headers["etag"]
    assert 40 in [i["fatalities"] for i in after.json()["items"]]
    other_page = await client.get("/v1/incidents?country=ML&limit=2")
    assert other_page.headers["etag"] != after.headers["etag"]


async def test_actors_and_locations(client: Client, corpus: list[int]) -> None:
    actors = (await client.get("/v1/actors?q=jnim")).json()["items"]
    assert [a["name"] for a in actors] == ["JNIM"]
    assert actors[0]["incident_count"] == 9
    assert actors[0]["first_seen"] == "2025-06-01"
    detail = (await client.get(f"/v1/actors/{actors[0]['id']}")).json()
    assert detail["event_types"] == {"Battles": 9}
    assert [a["name"] for a in (await client.get("/v1/actors?type=civilians")).json()["items"]] == ["Civilians"]
    places = (await client.get("/v1/locations?country=ML")).json()["items"]
    assert sorted(p["name"] for p in places) == ["Kayes", "Timbuktu"]
    assert [p["name"] for p in (await client.get("/v1/locations?bbox=13,11,14,12")).json()["items"]] == ["Maiduguri"]
    page = (await client.get("/v1/actors?limit=1")).json()
    following = (await client.get(f"/v1/actors?limit=1&cursor={page['next_cursor']}")).json()
    assert following["items"][0]["id"] > page["items"][0]["id"]


async def test_stats(client: Client, corpus: list[int]) -> None:
    by_country = (await client.get("/v1/stats/incidents?group_by=country")).json()["groups"]
    assert by_country == [
        {"key": "ML", "incidents": 9, "fatalities": 21},
        {"key": "NG", "incidents": 3, "fatalities": 330},
    ]
    by_actor = (await client.get("/v1/stats/incidents?group_by=actor&country=NG")).json()["groups"]
    assert {g["key"] for g in by_actor} == {"Boko Haram", "Civilians"}
    months = (await client.get("/v1/stats/incidents?group_by=month")).json()["groups"]
    assert months == [{"key": "2025-06-01", "incidents": 12, "fatalities": 351}]
    assert (await client.get("/v1/stats/incidents?group_by=planet")).status_code == 400


async def test_stored_documents_are_the_schema_and_follow_rewrites(client: Client, clean_db: asyncpg.Pool) -> None:
    article = await store(client, clean_db, 1, [incident(KAYES, 1, 3, (JNIM, MALI_ARMY), "clash")])
    [listed] = await items(client, f"article_id={article}")
    one = (await client.get(f"/v1/incidents/{listed['id']}")).json()
    assert listed == one
    decoded = msgspec.convert(one, IncidentSchema, strict=False)  # every field, with its type
    assert decoded.location is not None
    assert decoded.location.name == "Kayes"
    assert [a.name for a in decoded.actors] == ["JNIM", "Military Forces of Mali"]
    assert one["updated_at"].endswith("Z")
    assert one["created_at"].endswith("Z")

    # extracting the article again rewrites the document with the incident
    async with clean_db.acquire() as conn, conn.transaction():
        await save_extraction(conn, article, [incident(KAYES, 1, 7, (BOKO_HARAM, CIVILIANS), "clash")], "test-2")
    [rewritten] = await items(client, f"article_id={article}")
    assert rewritten["id"] == listed["id"]  # the same incident (same event, day and place), updated
    assert (rewritten["fatalities"], rewritten["extractor_version"]) == (7, "test-2")
    assert [a["name"] for a in rewritten["actors"]] == ["Boko Haram", "Civilians"]  # type: ignore[union-attr]
    assert rewritten["updated_at"] > listed["updated_at"]  # type: ignore[operator]


async def test_a_row_without_a_stored_document_is_served_whole(
    client: Client, clean_db: asyncpg.Pool, corpus: list[int]
) -> None:
    before = await items(client, "sort=date&limit=100")
    await clean_db.execute("UPDATE incidents SET doc = NULL WHERE id = $1", before[3]["id"])
    assert await items(client, "sort=date&limit=100") == before
