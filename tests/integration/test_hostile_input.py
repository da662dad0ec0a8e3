"""Hostile and pathological input (issue 13): NUL characters and invalid UTF-8 in parameters and bodies, deep
JSON, bodies that are empty or not JSON, dates far in the future. Each is a 4xx problem naming what was wrong,
never a 500, and nothing is written."""

from __future__ import annotations

import dataclasses

import asyncpg
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

from service.app import create_app
from service.settings import Settings

Client = AsyncTestClient[Litestar]


async def _counts(pool: asyncpg.Pool) -> tuple[int, int]:
    async with pool.acquire() as conn:
        return await conn.fetchval("SELECT count(*) FROM articles"), await conn.fetchval("SELECT count(*) FROM jobs")


def _assert_problem(response: object, status: int, name: str) -> dict[str, object]:
    assert response.status_code == status, response.text  # type: ignore[attr-defined]
    assert response.headers["content-type"].startswith("application/problem+json")  # type: ignore[attr-defined]
    problem: dict[str, object] = response.json()  # type: ignore[attr-defined]
    assert name in str(problem["detail"]), problem
    assert problem["request_id"]
    return problem


@pytest.mark.parametrize(
    ("path", "parameter"),
    [
        ("/v1/incidents?q=%00", "q"),
        ("/v1/incidents?actor=JN%00IM", "actor"),
        ("/v1/incidents?admin1=Borno%00", "admin1"),
        ("/v1/stats/incidents?group_by=country&q=%00", "q"),
        ("/v1/stats/incidents?group_by=country&actor=%00", "actor"),
        ("/v1/stats/incidents?group_by=country&admin1=%00", "admin1"),
        ("/v1/actors?q=%00", "q"),
        ("/v1/locations?q=a%00b", "q"),
        ("/v1/incidents?q=%ff%fe", "q"),
        ("/v1/incidents?actor=%C3", "actor"),
        ("/v1/stats/incidents?group_by=country&admin1=%E2%82", "admin1"),
        ("/v1/actors?q=caf%C3%28", "q"),
        ("/v1/locations?q=%80", "q"),
    ],
)
async def test_nul_or_invalid_utf8_in_a_parameter_is_400_naming_it(client: Client, path: str, parameter: str) -> None:
    problem = _assert_problem(await client.get(path), 400, parameter)
    assert problem["errors"] == [{"parameter": parameter, "message": problem["detail"]}]


async def test_valid_utf8_parameters_still_work(client: Client) -> None:
    assert (await client.get("/v1/incidents?q=caf%C3%A9+bar&actor=%E2%82%AC")).status_code == 200


@pytest.mark.parametrize("field", ["title", "url", "source", "text"])
async def test_nul_in_a_body_field_is_400_naming_it(client: Client, clean_db: asyncpg.Pool, field: str) -> None:
    value = {"url": "https://example.org/a\\u0000b"}.get(field, "a\\u0000b")
    body = f'{{"text": "Gunmen attacked a village.", "{field}": "{value}"}}'
    response = await client.post("/v1/articles", content=body, headers={"content-type": "application/json"})
    problem = _assert_problem(response, 400, field)
    assert "NUL" in str(problem["detail"])
    assert await _counts(clean_db) == (0, 0)


@pytest.mark.parametrize("field", ["title", "url", "source", "text"])
async def test_invalid_utf8_in_a_body_field_is_400_naming_it(
    client: Client, clean_db: asyncpg.Pool, field: str
) -> None:
    value = {"url": b"https://example.org/\xff"}.get(field, b"caf\xc3(")
    body = b'{"text": "Gunmen attacked a village.", "' + field.encode() + b'": "' + value + b'"}'
    response = await client.post("/v1/articles", content=body, headers={"content-type": "application/json"})
    problem = _assert_problem(response, 400, field)
    assert "UTF-8" in str(problem["detail"])
    assert await _counts(clean_db) == (0, 0)


@pytest.mark.parametrize("body", [b"[" * 100_000 + b"]" * 100_000, b'{"text": ' + b"[" * 100_000, b'{"a":' * 50_000])
async def test_deeply_nested_json_is_400(client: Client, clean_db: asyncpg.Pool, body: bytes) -> None:
    response = await client.post("/v1/articles", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 400, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert await _counts(clean_db) == (0, 0)


async def test_published_at_more_than_a_day_ahead_is_400(client: Client, clean_db: asyncpg.Pool) -> None:
    for published_at in ("9999-12-31", "2999-01-01T00:00:00Z"):
        response = await client.post("/v1/articles", json={"text": "Protest in Bamako.", "published_at": published_at})
        problem = _assert_problem(response, 400, "published_at")
        assert "future" in str(problem["detail"])
        assert problem["errors"][0]["field"] == "published_at"  # type: ignore[index]
    assert await _counts(clean_db) == (0, 0)


async def test_published_at_today_in_any_time_zone_is_accepted(client: Client) -> None:
    import datetime as dt

    ahead = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=14)).replace(microsecond=0)
    response = await client.post(
        "/v1/articles", json={"text": "Protest in Apia.", "published_at": ahead.isoformat().replace("+00:00", "Z")}
    )
    assert response.status_code == 202, response.text


@pytest.mark.parametrize("content", [b"", b"   \n", b"null"])
async def test_empty_body_says_so(client: Client, clean_db: asyncpg.Pool, content: bytes) -> None:
    response = await client.post("/v1/articles", content=content, headers={"content-type": "application/json"})
    assert response.status_code == 400, response.text
    detail = str(response.json()["detail"])
    assert "'data'" not in detail
    assert "empty" in detail or "object" in detail
    assert await _counts(clean_db) == (0, 0)


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", None])
async def test_body_that_is_not_declared_json_is_415(
    client: Client, clean_db: asyncpg.Pool, content_type: str | None
) -> None:
    headers = {"content-type": content_type} if content_type else {}
    response = await client.post("/v1/articles", content=b'{"text": "Protest in Bamako."}', headers=headers)
    problem = _assert_problem(response, 415, "application/json")
    assert (content_type or "no Content-Type") in str(problem["detail"])
    assert await _counts(clean_db) == (0, 0)


async def test_json_with_a_charset_is_accepted(client: Client) -> None:
    response = await client.post(
        "/v1/articles",
        content=b'{"text": "Protest in Bamako."}',
        headers={"content-type": "application/json; charset=utf-8"},
    )
    assert response.status_code == 202, response.text


async def test_413_states_the_limit(clean_db: asyncpg.Pool, migrated_url: str, settings: Settings) -> None:
    small = dataclasses.replace(settings, max_body_bytes=1000)
    async with AsyncTestClient(app=create_app(small, db_url=migrated_url, run_worker=False)) as client:
        response = await client.post("/v1/articles", json={"text": "x" * 2000})
        problem = _assert_problem(response, 413, "1,000 bytes")
        assert "MAX_BODY_BYTES" in str(problem["detail"])
    assert await _counts(clean_db) == (0, 0)


async def test_a_url_over_the_limit_is_a_414_problem_from_the_real_server(migrated_url: str) -> None:
    """A 20 KB URL reaches the application through the real server and is refused as a problem naming the limit.
    (Written on a raw socket: HTTP clients refuse to send such URLs.)"""
    import asyncio
    import json
    from urllib.parse import urlsplit

    from service.inputs import MAX_URL_BYTES
    from tests.servers import serve

    async def get(host: str, port: int, target: str) -> tuple[int, str, dict[str, object]]:
        reader, writer = await asyncio.open_connection(host, port)
        writer.write(f"GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
        await writer.drain()
        raw = await asyncio.wait_for(reader.read(), 30)
        writer.close()
        head, _, body = raw.partition(b"\r\n\r\n")
        lines = head.decode().split("\r\n")
        headers = dict(line.split(": ", 1) for line in lines[1:])
        content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), "")
        return int(lines[0].split()[1]), content_type, json.loads(body) if body.startswith(b"{") else {}

    server, base = await asyncio.to_thread(serve, migrated_url)
    parts = urlsplit(base)
    assert parts.hostname is not None
    assert parts.port is not None
    try:
        status, content_type, problem = await get(parts.hostname, parts.port, "/v1/incidents?q=" + "x" * 20_000)
        fine, _, _ = await get(parts.hostname, parts.port, "/v1/incidents?q=" + "x" * 100)
    finally:
        server.terminate()
        await asyncio.to_thread(server.wait, 30)
    assert status == 414, (status, content_type, problem)
    assert content_type.startswith("application/problem+json")
    assert f"{MAX_URL_BYTES:,}" in str(problem["detail"])
    assert fine == 200
