"""POST /v1/articles and GET /v1/articles/{id}: ingest, de-duplication, and every kind of bad input."""

from __future__ import annotations

import asyncio

import asyncpg
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

from service.contract.schemas import ArticleIn
from service.db.queries import articles
from service.ingest import to_new_article

Client = AsyncTestClient[Litestar]

ARTICLE = {
    "text": "Gunmen attacked a village near Kayes on Tuesday, killing three people.",
    "title": "Attack near Kayes",
    "url": "https://example.org/news/kayes-attack",
    "published_at": "2025-07-01",
}


async def _counts(pool: asyncpg.Pool) -> tuple[int, int]:
    async with pool.acquire() as conn:
        return await conn.fetchval("SELECT count(*) FROM articles"), await conn.fetchval("SELECT count(*) FROM jobs")


async def test_post_article_queues_it(client: Client, clean_db: asyncpg.Pool) -> None:
    response = await client.post("/v1/articles", json=ARTICLE)
    assert response.status_code == 202
    body = response.json()
    assert response.headers["location"] == f"/v1/articles/{body['id']}"
    assert body["status"] == "queued"
    assert body["attempts"] == 0
    assert body["incident_ids"] == []
    assert body["published_at"].startswith("2025-07-01T00:00:00")
    assert await _counts(clean_db) == (1, 1)

    fetched = await client.get(f"/v1/articles/{body['id']}")
    assert fetched.status_code == 200
    assert fetched.json()["url"] == ARTICLE["url"]


async def test_same_url_is_not_stored_twice(client: Client, clean_db: asyncpg.Pool) -> None:
    first = await client.post("/v1/articles", json=ARTICLE)
    again = await client.post("/v1/articles", json={**ARTICLE, "text": "An updated text of the same page."})
    assert (first.status_code, again.status_code) == (202, 200)
    assert again.json()["id"] == first.json()["id"]
    assert await _counts(clean_db) == (1, 1)


async def test_one_page_posted_at_once_with_different_texts_is_stored_and_queued_once(
    client: Client, clean_db: asyncpg.Pool, migrated_url: str
) -> None:
    # texts that differ take different text locks: the url's unique index decides, and the posts that lose to it
    # find the winner's article once it commits, with no job and no wake-up of their own
    woken: list[str] = []
    listener = await asyncpg.connect(migrated_url)
    await listener.add_listener(articles.JOBS_CHANNEL, lambda *args: woken.append(args[-1]))
    try:
        texts = [f"Gunmen attacked a village near Kayes, version {n} of the page." for n in range(8)]
        answers = await asyncio.gather(*(client.post("/v1/articles", json={**ARTICLE, "text": t}) for t in texts))
        await asyncio.sleep(0.5)  # notifications are delivered as the transactions commit
    finally:
        await listener.close()
    assert sorted(a.status_code for a in answers) == [200] * 7 + [202]
    (article_id,) = {a.json()["id"] for a in answers}
    assert await _counts(clean_db) == (1, 1)
    assert woken == [str(article_id)]


async def test_same_text_without_url_is_not_stored_twice(client: Client, clean_db: asyncpg.Pool) -> None:
    body = {"text": "Protesters marched in Bamako on Friday."}
    first = await client.post("/v1/articles", json=body)
    again = await client.post("/v1/articles", json={"text": "  protesters marched in   BAMAKO on Friday.\n"})
    assert (first.status_code, again.status_code) == (202, 200)
    assert again.json()["id"] == first.json()["id"]
    assert await _counts(clean_db) == (1, 1)


async def test_datetime_with_offset_is_accepted(client: Client) -> None:
    response = await client.post("/v1/articles", json={"text": "x y z", "published_at": "2025-07-01T09:30:00+02:00"})
    assert response.status_code == 202
    assert response.json()["published_at"].startswith("2025-07-01T07:30:00")


@pytest.mark.parametrize(
    ("payload", "fragment"),
    [
        ({"title": "no text"}, "text"),
        ({"text": ""}, "text"),
        ({"text": "   \n\t "}, "text"),
        ({"text": 42}, "text"),
        ({"text": "ok", "unknown": 1}, "unknown"),
        ({"text": "ok", "published_at": "2025-02-30"}, "published_at"),
        ({"text": "ok", "published_at": "yesterday"}, "published_at"),
        ({"text": "ok", "published_at": "2025-13-01T00:00:00Z"}, "published_at"),
        ({"text": "ok", "url": "not a url"}, "url"),
        ({"text": "ok", "title": ["a", "list"]}, "title"),
        ({"text": "bad \u0000 byte"}, "NUL"),
    ],
)
async def test_bad_input_is_a_problem_and_writes_nothing(
    client: Client, clean_db: asyncpg.Pool, payload: dict[str, object], fragment: str
) -> None:
    response = await client.post("/v1/articles", json=payload)
    assert 400 <= response.status_code < 500, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    problem = response.json()
    assert problem["status"] == response.status_code
    assert fragment in problem["detail"]
    assert await _counts(clean_db) == (0, 0)


@pytest.mark.parametrize("raw", [b"{not json", b"[1, 2]", b"", b'"text"'])
async def test_malformed_json_is_a_problem(client: Client, clean_db: asyncpg.Pool, raw: bytes) -> None:
    response = await client.post("/v1/articles", content=raw, headers={"content-type": "application/json"})
    assert response.status_code == 400, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["detail"]
    assert await _counts(clean_db) == (0, 0)


async def test_body_over_two_megabytes_is_refused(client: Client, clean_db: asyncpg.Pool) -> None:
    response = await client.post("/v1/articles", json={"text": "x" * (2 * 1024 * 1024 + 10)})
    assert response.status_code == 413
    assert response.headers["content-type"].startswith("application/problem+json")
    assert await _counts(clean_db) == (0, 0)


async def test_unknown_article_is_404_problem(client: Client) -> None:
    response = await client.get("/v1/articles/999999")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")
    assert "999999" in response.json()["detail"]


async def test_request_id_is_echoed(client: Client) -> None:
    response = await client.get("/health/live", headers={"x-request-id": "abc-123"})
    assert response.headers["x-request-id"] == "abc-123"


@pytest.mark.parametrize(
    "variant",
    [
        "https://example.org/news/kayes-attack/",
        "https://EXAMPLE.org/news/kayes-attack",
        "HTTPS://Example.ORG:443/news/kayes-attack",
        "https://example.org/news/kayes-attack#comments",
        "https://example.org/news/kayes-attack?utm_source=feed&utm_medium=rss",
        "https://example.org/news/kayes-attack?fbclid=IwAR0x&gclid=abc",
    ],
)
async def test_same_page_under_a_variant_url_is_not_stored_twice(
    client: Client, clean_db: asyncpg.Pool, variant: str
) -> None:
    first = await client.post("/v1/articles", json=ARTICLE)
    again = await client.post("/v1/articles", json={**ARTICLE, "url": variant, "text": "Another version."})
    assert (first.status_code, again.status_code) == (202, 200), again.text
    assert again.json()["id"] == first.json()["id"]
    assert again.json()["url"] == ARTICLE["url"]  # the stored article, its url as first given
    assert await _counts(clean_db) == (1, 1)


async def test_url_is_stored_as_given_and_other_pages_stay_apart(client: Client, clean_db: asyncpg.Pool) -> None:
    given = "https://Example.org/News/Kayes?id=7&utm_source=x#top"
    first = await client.post("/v1/articles", json={**ARTICLE, "url": given})
    assert first.status_code == 202
    assert first.json()["url"] == given
    for other in ("https://example.org/News/Kayes?id=8", "https://example.org/news/kayes?id=7"):
        response = await client.post("/v1/articles", json={**ARTICLE, "url": other, "text": f"Text of {other}"})
        assert response.status_code == 202, other  # another parameter value, another path case: another page
    assert await _counts(clean_db) == (3, 3)


async def test_same_text_under_another_url_answers_the_stored_article(client: Client, clean_db: asyncpg.Pool) -> None:
    first = await client.post("/v1/articles", json=ARTICLE)
    syndicated = {**ARTICLE, "url": "https://mirror.example.net/kayes", "text": "  " + ARTICLE["text"].upper()}
    again = await client.post("/v1/articles", json=syndicated)
    assert again.status_code == 200, again.text
    assert again.json()["id"] == first.json()["id"]
    without_url = await client.post("/v1/articles", json={"text": ARTICLE["text"]})
    assert without_url.status_code == 200
    assert without_url.json()["id"] == first.json()["id"]
    assert await _counts(clean_db) == (1, 1)


async def test_a_text_posted_under_another_url_meanwhile_waits_and_finds_it(clean_db: asyncpg.Pool) -> None:
    """Two posts of one text under two urls conflict on no index: the second waits for the first to commit."""
    first_post = to_new_article(ArticleIn(text=ARTICLE["text"], url="https://one.example/kayes"))
    second_post = to_new_article(ArticleIn(text=ARTICLE["text"], url="https://two.example/kayes"))
    async with clean_db.acquire() as first, clean_db.acquire() as second:
        transaction = first.transaction()
        await transaction.start()
        first_id, created = await articles.insert_or_find(first, first_post, max_attempts=3)
        assert created
        meanwhile = asyncio.create_task(articles.insert_or_find(second, second_post, max_attempts=3))
        await asyncio.sleep(0.3)
        assert not meanwhile.done()
        await transaction.commit()
        assert await asyncio.wait_for(meanwhile, 5) == (first_id, False)
    assert await _counts(clean_db) == (1, 1)
