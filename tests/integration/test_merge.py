"""One event, many reports: incidents of different articles merged, near misses kept apart, concurrent saves,
absorbed ids, re-extraction and withdrawal (service.incidents.merge)."""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools

import asyncpg
import msgspec
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

from service.db.queries import reports as stored_reports
from service.db.queries.reports import Copies, Report
from service.extract.model import ActorRef, Evidence, Incident, PlaceRef
from service.incidents import merge

Client = AsyncTestClient[Litestar]

GUJBA = PlaceRef(name="Gujba", precision="point", country_code="NG", admin1="Yobe", geoname_id=2339354,
                 latitude=11.50, longitude=11.93, confidence=0.6)  # fmt: skip
# 16 km from Gujba: the next town
BUNI_YADI = PlaceRef(name="Buni Yadi", precision="point", country_code="NG", admin1="Yobe", geoname_id=2346812,
                     latitude=11.27, longitude=12.01)  # fmt: skip
# 4 km from Gujba: close enough to be named for the same event by another outlet
GUJBA_OUTSKIRTS = PlaceRef(name="Wagir", precision="point", country_code="NG", admin1="Yobe", geoname_id=2319000,
                           latitude=11.52, longitude=11.90, confidence=0.9)  # fmt: skip
YOBE = PlaceRef(name="Yobe", precision="admin1", country_code="NG", admin1="Yobe", latitude=12.0, longitude=11.5,
                confidence=0.7)  # fmt: skip
DAMATURU = PlaceRef(name="Damaturu", precision="point", country_code="NG", admin1="Yobe", geoname_id=2334652,
                    latitude=11.75, longitude=11.96)  # fmt: skip
GUNMEN = ActorRef(name="Unidentified Armed Group (Nigeria)", type="political militia", role="actor1")
BOKO_HARAM = ActorRef(name="Boko Haram", type="rebel group", role="actor1", aliases=("JAS",))
ISWAP = ActorRef(name="ISWAP", type="rebel group", role="actor1")
CIVILIANS = ActorRef(name="Civilians", type="civilians", role="actor2")  # test_read_api's: no other civilians
ARMY = ActorRef(name="Military Forces of Nigeria", type="state forces", role="actor2")


def report(
    place: PlaceRef = GUJBA,
    day: int = 10,
    fatalities: int | None = 12,
    actors: tuple[ActorRef, ...] = (BOKO_HARAM, CIVILIANS),
    *,
    precision: str = "day",
    event_type: tuple[str, str] = ("Violence against civilians", "Attack"),
) -> Incident:
    return Incident(
        event_type=event_type[0],
        sub_event_type=event_type[1],
        date=dt.date(2024, 3, day),
        date_precision=precision,  # type: ignore[arg-type]
        place=place,
        actors=actors,
        fatalities=fatalities,
        summary=f"{event_type[1]} in {place.name} on March {day}.",
        confidence=0.8,
        evidence=(Evidence(field="event", start=0, end=6, quote="Gunmen"),),
    )


async def article(client: Client, n: int) -> int:
    posted = await client.post("/v1/articles", json={"text": f"Gunmen attacked, report {n}.",
                                                     "url": f"https://example.org/merge/{n}"})  # fmt: skip
    assert posted.status_code == 202, posted.text
    return int(posted.json()["id"])


async def save(pool: asyncpg.Pool, article_id: int, *incidents: Incident) -> list[int]:
    async with pool.acquire() as conn, conn.transaction():
        return await merge.save_extraction(conn, article_id, list(incidents), "test-1")


async def get(client: Client, incident_id: int) -> dict[str, object]:
    response = await client.get(f"/v1/incidents/{incident_id}")
    assert response.status_code == 200, response.text
    found: dict[str, object] = response.json()
    return found


async def listed(client: Client, article_id: int) -> list[dict[str, object]]:
    response = await client.get(f"/v1/incidents?article_id={article_id}")
    assert response.status_code == 200, response.text
    items: list[dict[str, object]] = response.json()["items"]
    return items


async def test_two_reports_of_one_event_make_one_incident(client: Client, clean_db: asyncpg.Pool) -> None:
    first, second = await article(client, 1), await article(client, 2)
    [a] = await save(clean_db, first, report(GUJBA, 10, 12, (BOKO_HARAM, CIVILIANS)))
    # another outlet: a village next to Gujba, the next day's toll, unnamed gunmen besides Boko Haram, 19 dead
    [b] = await save(clean_db, second, report(GUJBA_OUTSKIRTS, 10, 19, (GUNMEN, BOKO_HARAM, CIVILIANS)))
    assert a == b
    incident = await get(client, a)
    assert incident["article_ids"] == [first, second]
    # the lowest firm figure is the incident's; the other report's higher one is its high
    assert (incident["fatalities"], incident["fatalities_low"], incident["fatalities_high"]) == (12, None, 19)
    reports = {r["article_id"]: r for r in incident["reports"]}  # type: ignore[attr-defined]
    assert reports[first]["fatalities_used"] == ["best"]
    assert reports[second]["fatalities_used"] == ["high"]
    assert reports[first]["match_score"] is None, "the first report founded the incident"
    assert reports[second]["match_score"] >= merge.MERGE_AT
    assert "same day" in reports[second]["match_reasons"]
    assert reports[second]["location"]["name"] == "Wagir"
    assert {e["article_id"] for e in incident["evidence"]} == {first, second}  # type: ignore[attr-defined]
    assert [a["name"] for a in incident["actors"]] == [  # type: ignore[attr-defined]
        "Boko Haram",
        "Civilians",
        "Unidentified Armed Group (Nigeria)",
    ]
    # each article lists the incident among its own, in the list and on the article, with the same document
    for article_id in (first, second):
        assert await listed(client, article_id) == [incident]
        assert (await client.get(f"/v1/articles/{article_id}")).json()["incident_ids"] == [a]
    assert (await client.get("/v1/incidents")).json()["items"] == [incident]


@pytest.mark.parametrize(
    ("name", "later"),
    [
        ("the same town three days later", report(GUJBA, 13, 12)),
        ("the next town the same night", report(BUNI_YADI, 10, 12)),
        ("a second attack in the same district the same week", report(DAMATURU, 12, 4)),
        ("the same town the next day with another toll", report(GUJBA, 11, 3)),
        ("another armed group's attack on the same day", report(GUJBA, 10, 12, (ISWAP, CIVILIANS))),
        ("a protest, not an attack", report(GUJBA, 10, 12, event_type=("Protests", "Peaceful protest"))),
    ],
)
async def test_near_misses_stay_apart(client: Client, clean_db: asyncpg.Pool, name: str, later: Incident) -> None:
    first, second = await article(client, 1), await article(client, 2)
    [a] = await save(clean_db, first, report())
    [b] = await save(clean_db, second, later)
    assert a != b, name
    assert (await get(client, a))["article_ids"] == [first]
    assert (await get(client, b))["article_ids"] == [second]


async def test_a_borderline_candidate_is_recorded_not_merged(client: Client, clean_db: asyncpg.Pool) -> None:
    first, second = await article(client, 1), await article(client, 2)
    [a] = await save(clean_db, first, report(GUJBA, 10, 12))
    # the same day in the region, by unnamed gunmen, no toll: compatible, not enough to merge
    [b] = await save(clean_db, second, report(YOBE, 10, None, (GUNMEN, CIVILIANS)))
    assert a != b
    row = await clean_db.fetchrow("SELECT incident_id, score, reasons FROM incident_near_matches")
    assert row is not None
    assert row["incident_id"] == a
    assert merge.NEAR_AT <= row["score"] < merge.MERGE_AT
    assert "same region" in row["reasons"]
    # the incident's document shows it on the report that was scored, with its score and reasons
    [scored] = (await get(client, b))["reports"]  # type: ignore[misc]
    assert scored["near_matches"] == [
        {"incident_id": a, "score": pytest.approx(row["score"], abs=1e-6), "reasons": list(row["reasons"])}
    ]
    assert "near_matches" not in (await get(client, a))["reports"][0]  # type: ignore[index]
    # the near match goes with the incident it names: withdrawn, `a` leaves b's document, which the feed upserts
    assert (await client.delete(f"/v1/articles/{first}")).status_code == 204
    assert "near_matches" not in (await get(client, b))["reports"][0]  # type: ignore[index]
    feed = (await client.get("/v1/incidents/changes")).json()["items"]
    assert [(c["kind"], c["incident_id"]) for c in feed][-2:] == [("delete", a), ("upsert", b)]
    assert feed[-1]["incident"] == await get(client, b)


async def test_the_stored_document_and_the_v1_shape_agree_field_by_field(
    client: Client, clean_db: asyncpg.Pool
) -> None:
    """incident_doc (SQL) writes what service.contract.schemas declares (Python): the same fields, no more, no
    fewer, at every level; `near_matches`, which a report without one omits, is given here."""
    from service.contract import schemas

    first, second, third = await article(client, 1), await article(client, 2), await article(client, 3)
    [a] = await save(clean_db, first, report(GUJBA, 10, 12))
    assert await save(clean_db, second, report(GUJBA_OUTSKIRTS, 10, 19, (GUNMEN, BOKO_HARAM, CIVILIANS))) == [a]
    [b] = await save(clean_db, third, report(YOBE, 10, None, (GUNMEN, CIVILIANS)))
    for doc in (await get(client, a), await get(client, b)):
        msgspec.convert(doc, schemas.Incident, strict=False)  # and of the declared types
        assert set(doc) == set(schemas.Incident.__struct_fields__)
        assert set(doc["location"]) == set(schemas.IncidentLocation.__struct_fields__)  # type: ignore[arg-type]
        for actor in doc["actors"]:  # type: ignore[attr-defined]
            assert set(actor) == set(schemas.IncidentActor.__struct_fields__)
        for evidence in doc["evidence"]:  # type: ignore[attr-defined]
            assert set(evidence) == set(schemas.Evidence.__struct_fields__)
        for contribution in doc["reports"]:  # type: ignore[attr-defined]
            assert set(contribution) | {"near_matches"} == set(schemas.IncidentReport.__struct_fields__)
            assert set(contribution["location"]) == set(schemas.IncidentLocation.__struct_fields__)
            for near in contribution.get("near_matches", []):
                assert set(near) == set(schemas.NearMatch.__struct_fields__)
    assert "near_matches" in (await get(client, b))["reports"][0]  # type: ignore[index]


async def test_reports_that_agree_on_a_place_make_it_surer(client: Client, clean_db: asyncpg.Pool) -> None:
    """Each report keeps its own geo_confidence; the incident's combines those of the reports at its location (two
    at 0.6: 1 - 0.4 * 0.4), not those placed elsewhere; a place coded with none has none in its document."""
    first, second, third = await article(client, 1), await article(client, 2), await article(client, 3)
    [a] = await save(clean_db, first, report(GUJBA, 10, 12))
    assert (await get(client, a))["location"]["geo_confidence"] == pytest.approx(0.6)  # type: ignore[index]
    assert await save(clean_db, second, report(GUJBA, 10, 12)) == [a]
    assert await save(clean_db, third, report(GUJBA_OUTSKIRTS, 10, 12)) == [a]
    incident = await get(client, a)
    assert incident["location"]["name"] == "Gujba"  # type: ignore[index]
    assert incident["location"]["geo_confidence"] == pytest.approx(0.84)  # type: ignore[index]
    sureness = {r["article_id"]: r["location"]["geo_confidence"] for r in incident["reports"]}  # type: ignore[attr-defined]
    assert sureness == {first: pytest.approx(0.6), second: pytest.approx(0.6), third: pytest.approx(0.9)}
    fourth = await article(client, 4)
    [b] = await save(clean_db, fourth, report(DAMATURU, 20, 3))
    assert "geo_confidence" not in (await get(client, b))["location"]  # type: ignore[operator]


async def test_reports_saved_at_the_same_moment_make_one_incident(client: Client, clean_db: asyncpg.Pool) -> None:
    """Two workers save two reports of one event at once: the second waits for the first's lock and joins it."""
    first, second = await article(client, 1), await article(client, 2)
    async with clean_db.acquire() as one, clean_db.acquire() as two:
        tx_one = one.transaction()
        await tx_one.start()
        [a] = await merge.save_extraction(one, first, [report(GUJBA, 10, 12)], "test-1")
        tx_two = two.transaction()
        await tx_two.start()
        saving = asyncio.create_task(merge.save_extraction(two, second, [report(GUJBA, 11, 13)], "test-1"))
        await asyncio.sleep(0.5)
        assert not saving.done(), "the second save waits for the first, which has not committed"
        await tx_one.commit()
        [b] = await saving
        await tx_two.commit()
    assert a == b
    assert (await get(client, a))["article_ids"] == [first, second]
    assert await clean_db.fetchval("SELECT count(*) FROM incidents") == 1


async def test_many_concurrent_reports_make_one_incident(client: Client, clean_db: asyncpg.Pool) -> None:
    ids = [await article(client, n) for n in range(6)]
    saved = await asyncio.gather(*(save(clean_db, i, report(GUJBA, 10, 12)) for i in ids))
    assert len({incident for [incident] in saved}) == 1
    assert (await get(client, saved[0][0]))["article_ids"] == ids


async def test_an_absorbed_id_answers_with_the_incident_that_absorbed_it(
    client: Client, clean_db: asyncpg.Pool
) -> None:
    first, second = await article(client, 1), await article(client, 2)
    [a] = await save(clean_db, first, report(GUJBA, 10, 12))
    [b] = await save(clean_db, second, report(GUJBA, 14, 12))  # misdated: an incident of its own
    assert a != b
    # extracted again with the right date, the second report joins the first: its own incident is absorbed
    assert await save(clean_db, second, report(GUJBA, 10, 12)) == [a]
    response = await client.get(f"/v1/incidents/{b}", follow_redirects=False)
    assert response.status_code == 308
    assert response.headers["location"] == f"/v1/incidents/{a}"
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["incident_id"] == a
    followed = await client.get(f"/v1/incidents/{b}")
    assert followed.json()["article_ids"] == [first, second]
    assert (await client.get("/v1/incidents/999999")).status_code == 404


async def test_reextraction_changes_only_its_own_contribution(client: Client, clean_db: asyncpg.Pool) -> None:
    first, second, third = await article(client, 1), await article(client, 2), await article(client, 3)
    [a] = await save(clean_db, first, report(GUJBA, 10, 12))
    assert await save(clean_db, second, report(GUJBA, 10, 20)) == [a]
    assert await save(clean_db, third, report(GUJBA, 10, 30)) == [a]
    before = await get(client, a)
    assert (before["fatalities"], before["fatalities_high"]) == (12, 30)
    # the same extraction again changes nothing, not even updated_at
    assert await save(clean_db, second, report(GUJBA, 10, 20)) == [a]
    assert await get(client, a) == before
    # the third report, extracted again, is of the next town: it splits out; the others stay together
    [c] = await save(clean_db, third, report(BUNI_YADI, 10, 30))
    assert c != a
    after = await get(client, a)
    assert after["article_ids"] == [first, second]
    assert (after["fatalities"], after["fatalities_high"]) == (12, 20)
    assert (await get(client, c))["article_ids"] == [third]
    # an extraction that finds nothing removes the article's report, and an incident left without any
    assert await save(clean_db, third) == []
    assert (await client.get(f"/v1/incidents/{c}")).status_code == 404


async def test_withdrawing_an_article_removes_only_its_contribution(client: Client, clean_db: asyncpg.Pool) -> None:
    first, second = await article(client, 1), await article(client, 2)
    [a] = await save(clean_db, first, report(GUJBA, 10, 12))
    assert await save(clean_db, second, report(GUJBA_OUTSKIRTS, 10, 9, (BOKO_HARAM, CIVILIANS, ARMY))) == [a]
    merged = await get(client, a)
    assert merged["fatalities"] == 9
    assert len(merged["actors"]) == 3  # type: ignore[arg-type]

    assert (await client.delete(f"/v1/articles/{second}")).status_code == 204
    assert (await client.get(f"/v1/articles/{second}")).status_code == 404
    left = await get(client, a)
    assert left["article_ids"] == [first]
    assert (left["fatalities"], left["fatalities_low"], left["fatalities_high"]) == (12, None, None)
    assert [x["name"] for x in left["actors"]] == ["Boko Haram", "Civilians"]  # type: ignore[attr-defined]
    assert {e["article_id"] for e in left["evidence"]} == {first}  # type: ignore[attr-defined]
    assert left["location"]["name"] == "Gujba"  # type: ignore[index]

    assert (await client.delete(f"/v1/articles/{first}")).status_code == 204
    assert (await client.get(f"/v1/incidents/{a}")).status_code == 404
    assert await clean_db.fetchval("SELECT count(*) FROM incidents") == 0
    assert (await client.delete(f"/v1/articles/{first}")).status_code == 404


async def test_the_incident_takes_the_most_precise_place_and_date(client: Client, clean_db: asyncpg.Pool) -> None:
    """A report that gives only the region, then one that gives the town: the incident is coded to the town, and
    goes back to the region when that report is withdrawn; the same for a week and a day."""
    first, second, third, fourth = [await article(client, n) for n in range(1, 5)]
    [a] = await save(clean_db, first, report(YOBE, 10, 12))
    assert await save(clean_db, second, report(GUJBA, 10, 12)) == [a]
    merged = await get(client, a)
    assert (merged["location"]["name"], merged["location"]["precision"]) == ("Gujba", "point")  # type: ignore[index]
    assert (await client.delete(f"/v1/articles/{second}")).status_code == 204
    assert (await get(client, a))["location"]["name"] == "Yobe"  # type: ignore[index]

    [b] = await save(clean_db, third, report(DAMATURU, 20, 5, precision="week"))
    assert await save(clean_db, fourth, report(DAMATURU, 22, 5)) == [b]
    assert ((m := await get(client, b))["date"], m["date_precision"]) == ("2024-03-22", "day")
    assert (await client.delete(f"/v1/articles/{fourth}")).status_code == 204
    assert ((m := await get(client, b))["date"], m["date_precision"]) == ("2024-03-20", "week")


@pytest.mark.parametrize(("day", "together"), [(28, True), (1, False)])
async def test_a_month_date_matches_the_days_of_its_month(
    client: Client, clean_db: asyncpg.Pool, day: int, together: bool
) -> None:
    """ "Earlier this month": a report dated to March matches one of March 10; one of April 1 does not."""
    first, second = await article(client, 1), await article(client, 2)
    [a] = await save(clean_db, first, report(GUJBA, 10, 12))
    month = dt.date(2024, 3 if together else 4, day)
    later = msgspec.structs.replace(report(GUJBA, 10, 12, precision="month"), date=month)
    [b] = await save(clean_db, second, later)
    assert (a == b) is together


def as_report(article_id: int, incident: Incident) -> Report:
    place = incident.place
    assert place is not None
    return Report(
        article_id=article_id, key="k", incident_id=None, event_type=incident.event_type,
        sub_event_type=incident.sub_event_type, event_date=incident.date, date_precision=incident.date_precision,
        location_id=place.geoname_id, country_code=place.country_code, place_name=place.name,
        place_precision=place.precision, admin1=place.admin1, latitude=place.latitude,
        longitude=place.longitude, fatalities=incident.fatalities, fatalities_low=None, fatalities_high=None,
        fatalities_source=None, summary="", confidence=0.5, actor_ids=(), actor_roles=(), extractor_version="t",
    )  # fmt: skip


def test_pair_scores_are_symmetric() -> None:
    one = as_report(1, report(GUJBA, 10, 12))
    for other in (report(GUJBA_OUTSKIRTS, 10, 19), report(YOBE, 11, 12), report(GUJBA, 10, 12, precision="week"),
                  undated(report(GUJBA, 10, 12)), report(KASUWA, 10, 12)):  # fmt: skip
        two = as_report(2, other)
        assert merge.pair_score(one, two) == merge.pair_score(two, one)
    assert msgspec.structs.replace(one, article_id=3) != one


def test_only_the_reports_whose_part_changed_are_written_again() -> None:
    """derive names the reports whose part in the incident's figures differs from what they store: a report that
    joins with a lower toll takes `best` from the one that held it, which gives `high` instead; a third, which gave
    nothing and still gives nothing, is left alone."""
    held = msgspec.structs.replace(as_report(1, report(GUJBA, 10, 12)), fatalities_used=("best",))
    idle = as_report(2, report(GUJBA, 10, 12))
    lower = as_report(3, report(GUJBA, 10, 9))
    assert merge.derive([Copies.one(held), Copies.one(idle)]).fatalities_used == ()
    assert merge.derive([Copies.one(r) for r in (held, idle, lower)]).fatalities_used == (
        (1, held.key, ("high",)),
        (3, lower.key, ("best",)),
    )


async def test_copies_of_a_report_are_scored_as_one_kind(client: Client, clean_db: asyncpg.Pool) -> None:
    """Wire copy: five outlets tell the Gujba attack alike, a sixth with a higher toll. Matching reads one report
    of each kind, the earliest; every report still counts in the incident, and a report ruled apart by one kind
    (the next day, a toll that agrees with the copies' but not with the sixth's) stays apart."""
    copies = [await article(client, n) for n in range(5)]
    higher = await article(client, 5)
    [incident] = {i for n in copies for i in await save(clean_db, n, report(GUJBA, 10, 12))}
    assert await save(clean_db, higher, report(GUJBA, 10, 30)) == [incident]
    async with clean_db.acquire() as conn:
        every = await stored_reports.of_incidents(conn, [incident])
        kinds = await stored_reports.kinds_of_incidents(conn, [incident])
        without_first = await stored_reports.kinds_of_incidents(conn, [incident], besides=copies[0])
    assert len(every) == 6
    assert [(r.article_id, r.fatalities) for r in kinds] == [(copies[0], 12), (higher, 30)]
    assert [r.article_id for r in without_first] == [copies[1], higher]
    assert {r.named_actor_ids for r in kinds} == {every[0].named_actor_ids}
    assert (await get(client, incident))["report_count"] == 6
    # the incident is derived from the copies read once and counted as many, as from every report: the first copy,
    # which gives the best figure, apart from the four that give none
    async with clean_db.acquire() as conn:
        copied = await stored_reports.copies_of_incidents(conn, [incident])
    assert [(c.report.article_id, [a for a, _ in c.of]) for c in copied] == [
        (copies[0], copies[:1]),
        (copies[1], copies[1:]),
        (higher, [higher]),
    ]
    assert merge.derive(copied) == merge.derive([Copies.one(r) for r in every])
    # alike to the copies (a day apart, the same toll), ruled apart by the sixth report (another toll)
    [apart] = await save(clean_db, await article(client, 6), report(GUJBA, 11, 12))
    assert apart != incident


async def test_a_report_that_matches_two_incidents_merges_them(client: Client, clean_db: asyncpg.Pool) -> None:
    """The first report names the wrong group, the second dates the event only to the week: too unlike to merge.
    A third, which matches each, makes them one; the absorbed incident's id answers with the survivor."""
    first, second, third = await article(client, 1), await article(client, 2), await article(client, 3)
    [a] = await save(clean_db, first, report(GUJBA, 10, 2, (ISWAP, ARMY)))
    [b] = await save(clean_db, second, report(GUJBA, 11, 63, (BOKO_HARAM, ARMY), precision="week"))
    assert a != b
    assert await save(clean_db, third, report(GUJBA, 10, 100, (BOKO_HARAM, ARMY))) == [a]
    merged = await get(client, a)
    assert merged["article_ids"] == [first, second, third]
    assert (merged["date"], merged["date_precision"]) == ("2024-03-10", "day")
    assert (merged["fatalities"], merged["fatalities_high"]) == (2, 100)
    response = await client.get(f"/v1/incidents/{b}", follow_redirects=False)
    assert (response.status_code, response.json()["incident_id"]) == (308, a)
    assert await listed(client, second) == [merged]


# villages the gazetteer lacks, as the extraction keeps them: by name, at the country or at the region it was told
KASUWA = PlaceRef(name="Kasuwa", precision="country", country_code="NG")
KUKARETA = PlaceRef(name="Kukareta", precision="country", country_code="NG")
KASUWA_IN_YOBE = PlaceRef(name="Kasuwa", precision="admin1", country_code="NG", admin1="Yobe")


def undated(incident: Incident) -> Incident:
    """As read from a page that gives no publication date: 'on Saturday' cannot be dated."""
    return msgspec.structs.replace(incident, date=None, date_precision=None)


@pytest.mark.parametrize("undated_first", [False, True])
@pytest.mark.parametrize(
    ("name", "dated", "other"),
    [
        ("a village the gazetteer lacks, the same toll", report(KASUWA_IN_YOBE, 10, 17, (GUNMEN, CIVILIANS)),
         report(KASUWA, 10, 17, (GUNMEN, CIVILIANS))),
        ("a gazetteer town, the same toll", report(GUJBA, 10, 21), report(GUJBA, 10, 19)),
        ("a village the gazetteer lacks, a named group in common, another toll", report(KASUWA, 10, 21),
         report(KASUWA, 10, 5, (BOKO_HARAM, CIVILIANS, ARMY))),
    ],
)  # fmt: skip
async def test_an_undated_report_joins_a_dated_one_of_its_named_place(
    client: Client, clean_db: asyncpg.Pool, undated_first: bool, name: str, dated: Incident, other: Incident
) -> None:
    """No date can bring them together nor tell them apart: the same named place and a toll or a named actor in
    common do, whichever is saved first."""
    first, second = await article(client, 1), await article(client, 2)
    saves = [(first, dated), (second, undated(other))]
    [a], [b] = [await save(clean_db, *saved) for saved in (saves[::-1] if undated_first else saves)]
    assert a == b, name
    merged = await get(client, a)
    assert merged["article_ids"] == [first, second]
    assert merged["date"] == "2024-03-10", "the dated report dates the incident"
    joined = next(r for r in merged["reports"] if r["match_score"] is not None)  # type: ignore[attr-defined]
    assert "undated, the same named place: the date not weighed" in joined["match_reasons"]


@pytest.mark.parametrize(
    ("name", "other"),
    [
        ("nothing but the place and the type in common", report(KASUWA, 10, 4, (GUNMEN, CIVILIANS))),
        ("a region, not a named place", report(YOBE, 10, 17, (GUNMEN, CIVILIANS))),
        ("another village", report(KUKARETA, 10, 17, (GUNMEN, CIVILIANS))),
        ("a gazetteer town, a named group in common, another toll", report(GUJBA, 10, 5)),
    ],
)
async def test_an_undated_report_needs_a_named_place_and_a_toll_or_actor_to_agree(
    client: Client, clean_db: asyncpg.Pool, name: str, other: Incident
) -> None:
    """A town in the gazetteer, where the same group strikes again, needs the toll to agree."""
    first, second = await article(client, 1), await article(client, 2)
    dated = report(other.place if other.place in (YOBE, GUJBA) else KASUWA_IN_YOBE, 10, 17, (BOKO_HARAM, CIVILIANS))
    [a] = await save(clean_db, first, dated)
    [b] = await save(clean_db, second, undated(other))
    assert a != b, name


@pytest.mark.parametrize("unmapped_first", [False, True])
@pytest.mark.parametrize(
    ("name", "mapped"),
    [
        ("a village the gazetteer lacks and the town nearby", report(GUJBA, 10, 21, (BOKO_HARAM, ARMY))),
        ("two villages the gazetteer lacks", report(KUKARETA, 10, 21, (BOKO_HARAM, ARMY))),
    ],
)
async def test_an_unmapped_place_joins_a_report_of_the_same_day_toll_and_named_actor(
    client: Client, clean_db: asyncpg.Pool, unmapped_first: bool, name: str, mapped: Incident
) -> None:
    """Outlets name one event by different villages, or by one the gazetteer lacks: the place cannot tell them
    apart, the same day, a distinct toll and a named actor in common bring them together, in either order."""
    first, second = await article(client, 1), await article(client, 2)
    unmapped = report(KASUWA, 10, 21, (BOKO_HARAM, CIVILIANS), event_type=("Battles", "Armed clash"))
    saves = [(first, mapped), (second, unmapped)]
    [a], [b] = [await save(clean_db, *saved) for saved in (saves[::-1] if unmapped_first else saves)]
    assert a == b, name
    merged = await get(client, a)
    assert merged["article_ids"] == [first, second]
    joined = next(r for r in merged["reports"] if r["match_score"] is not None)  # type: ignore[attr-defined]
    assert "an unmapped place, the same day, toll and named actor" in joined["match_reasons"]


@pytest.mark.parametrize(
    ("name", "other"),
    [
        ("another toll", report(KASUWA, 10, 15, (BOKO_HARAM, CIVILIANS))),
        ("the next day", report(KASUWA, 11, 21, (BOKO_HARAM, CIVILIANS))),
        ("a toll too small to tell", report(KASUWA, 10, 2, (BOKO_HARAM, CIVILIANS))),
        ("no named actor in common", report(KASUWA, 10, 21, (GUNMEN, CIVILIANS))),
    ],
)
async def test_an_unmapped_place_needs_the_same_day_toll_and_named_actor(
    client: Client, clean_db: asyncpg.Pool, name: str, other: Incident
) -> None:
    first, second = await article(client, 1), await article(client, 2)
    mapped = report(GUJBA, 10, 21 if other.fatalities != 2 else 2, (BOKO_HARAM, ARMY))
    [a] = await save(clean_db, first, mapped)
    [b] = await save(clean_db, second, other)
    assert a != b, name


def test_only_a_named_place_leaves_the_date_of_an_undated_report_unweighed() -> None:
    """A region or a country is the place of many events: an undated report of one is weighed as undated."""
    nigeria = PlaceRef(name="Nigeria", precision="country", country_code="NG")
    for place, named in ((KASUWA_IN_YOBE, True), (KASUWA, True), (GUJBA, True), (YOBE, False), (nigeria, False)):
        one, two = as_report(1, report(place, 10, 17)), as_report(2, undated(report(place, 10, 17)))
        assert merge.named_place(one) is named, place.name
        assert ("date unknown" in merge.pair_score(one, two)[1]) is not named, place.name


async def test_an_undated_report_saved_at_the_same_moment_as_a_dated_one_joins_it(
    client: Client, clean_db: asyncpg.Pool
) -> None:
    """An undated report takes no day's lock: the lock on its named place makes it wait for the dated report."""
    first, second, third = await article(client, 1), await article(client, 2), await article(client, 3)
    # the actors stored and committed first, so that nothing but the lock can make the second save wait
    await save(clean_db, third, report(GUJBA, 25, 3, (GUNMEN, CIVILIANS)))
    async with clean_db.acquire() as one, clean_db.acquire() as two:
        tx_one = one.transaction()
        await tx_one.start()
        [a] = await merge.save_extraction(one, first, [report(KASUWA_IN_YOBE, 10, 17, (GUNMEN, CIVILIANS))], "t")
        tx_two = two.transaction()
        await tx_two.start()
        later = undated(report(KASUWA, 10, 17, (GUNMEN, CIVILIANS)))
        saving = asyncio.create_task(merge.save_extraction(two, second, [later], "t"))
        await asyncio.sleep(0.5)
        assert not saving.done(), "the undated report waits for the dated one, which has not committed"
        await tx_one.commit()
        [b] = await saving
        await tx_two.commit()
    assert a == b
    assert (await get(client, a))["article_ids"] == [first, second]


# Three outlets on one bombing. One tells two events: the bombing at the town, 20 dead, and an attack by unnamed
# gunmen at a village the gazetteer lacks. Another tells the bombing by that village, 27 dead; the third by the
# town, 27 dead.
BOMBING = ("Explosions/Remote violence", "Suicide bomb")
ONE_OUTLET_TWO_EVENTS = (report(GUJBA, 10, 20, (BOKO_HARAM, CIVILIANS), event_type=BOMBING),
                         report(KASUWA, 10, None, (GUNMEN, CIVILIANS)))  # fmt: skip
BY_THE_VILLAGE = report(KASUWA, 10, 27, (BOKO_HARAM, CIVILIANS), event_type=BOMBING)
BY_THE_TOWN = report(GUJBA, 10, 27, (BOKO_HARAM, CIVILIANS), event_type=BOMBING)


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
async def test_the_incidents_do_not_depend_on_the_order_the_reports_are_saved_in(
    client: Client, clean_db: asyncpg.Pool, order: tuple[int, ...]
) -> None:
    """Saved before the town's 27 dead were told, the village's report joins the gunmen at its village (the same
    name); once the town's report agrees with it on the day, the toll and the group, it is drawn to the bombing,
    where it would have gone had it been saved last."""
    ids = [await article(client, n) for n in range(3)]
    told = [ONE_OUTLET_TWO_EVENTS, (BY_THE_VILLAGE,), (BY_THE_TOWN,)]
    for n in order:
        await save(clean_db, ids[n], *told[n])
    [bombing, gunmen] = [await listed(client, ids[0])][0]
    if "Kasuwa" in str(bombing["location"]):
        bombing, gunmen = gunmen, bombing
    assert bombing["article_ids"] == ids, order
    assert gunmen["article_ids"] == [ids[0]], order
    for article_id in ids:
        told_by = {i["id"] for i in await listed(client, article_id)}
        assert told_by == ({bombing["id"], gunmen["id"]} if article_id == ids[0] else {bombing["id"]}), order
    drawn = next(r for r in bombing["reports"] if r["article_id"] == ids[1])  # type: ignore[attr-defined]
    assert drawn["match_score"] is None or drawn["match_score"] >= merge.MERGE_AT, "it founded the incident or joined"
    assert all(n["incident_id"] != bombing["id"] for n in drawn.get("near_matches", [])), "no near match to its own"


async def test_a_report_another_save_holds_locked_is_not_drawn_and_the_save_does_not_wait(
    client: Client, clean_db: asyncpg.Pool
) -> None:
    """Locks on a drawn report's place are tried, not waited for: the writer holding them may be waiting for ours."""
    ids = [await article(client, n) for n in range(3)]
    await save(clean_db, ids[0], *ONE_OUTLET_TWO_EVENTS)
    [village] = await save(clean_db, ids[1], BY_THE_VILLAGE)
    async with clean_db.acquire() as holder, holder.transaction():
        await holder.execute("SELECT pg_advisory_xact_lock($1)", merge._lock_key("NG|place|kasuwa"))
        [town] = await asyncio.wait_for(save(clean_db, ids[2], BY_THE_TOWN), timeout=10)
    assert town != village
    assert (await get(client, village))["article_ids"] == ids[:2]
