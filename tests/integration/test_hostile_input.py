"""Hostile and pathological input (issue 13): NUL characters and invalid UTF-8 in parameters and bodies, deep
JSON, bodies that are empty or not JSON, dates far in the future. Each is a 4xx problem naming what was wrong,
never a 500, and nothing is written."""

from __future__ import annotations

import dataclasses
import json

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


async def _raw(host: str, port: int, request: bytes) -> tuple[int, dict[str, str], bytes]:
    """One request written on a raw socket (HTTP clients refuse to send such heads), the answer read to its end."""
    import asyncio

    reader, writer = await asyncio.open_connection(host, port)
    try:
        writer.write(request)
        await writer.drain()
        raw = await asyncio.wait_for(reader.read(), 30)
    finally:
        writer.close()
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {name.lower(): value for name, _, value in (line.partition(": ") for line in lines[1:])}
    return int(lines[0].split()[1]), headers, body


def _get(target: str, *headers: str) -> bytes:
    return "\r\n".join([f"GET {target} HTTP/1.1", "Host: 127.0.0.1", *headers, "Connection: close", "", ""]).encode()


KB = 1024
OVERSIZED_HEADS = [
    ("20 KB URL", _get("/v1/incidents?q=" + "x" * 20 * KB), 414, "8,192 bytes"),
    ("70 KB URL", _get("/v1/incidents?q=" + "x" * 70 * KB), 414, "8,192 bytes"),  # past httptools' 64 KB URL parser
    ("1 MB URL", _get("/v1/incidents?q=" + "x" * 1024 * KB), 414, "8,192 bytes"),
    ("40 KB header", _get("/v1/incidents", "X-Big: " + "y" * 40 * KB), 431, "32,768 bytes"),
    ("many headers", _get("/v1/incidents", *[f"X-H{n}: " + "y" * 1000 for n in range(40)]), 431, "32,768 bytes"),
    ("1 MB header", _get("/v1/incidents", "X-Big: " + "y" * 1024 * KB), 431, "32,768 bytes"),
    ("no HTTP at all", b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + b"\x00" * 100, 400, "not valid HTTP/1.1"),
]


async def test_an_oversized_or_broken_request_head_is_a_problem_from_the_real_server(migrated_url: str) -> None:
    """URLs over 8 KB (also past 64 KB, where uvicorn's parser used to answer a plain-text 400), header fields over
    32 KB, and bytes that are not HTTP at all are each a problem document naming the limit, with a request id, a
    log line and a count, from the server as `incidents serve` runs it; heads under the limits are served."""
    import asyncio
    from urllib.parse import urlsplit

    import httpx

    from tests.servers import serve

    server, base = await asyncio.to_thread(serve, migrated_url)
    parts = urlsplit(base)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    try:
        for name, request, status, limit in OVERSIZED_HEADS:
            got, headers, body = await _raw(host, port, request)
            assert (got, headers.get("content-type")) == (status, "application/problem+json"), (name, got, body[:200])
            problem = json.loads(body)
            assert problem["status"] == status, name
            assert limit in problem["detail"], (name, problem)
            assert problem["request_id"] == headers["x-request-id"], name
        fine = [
            _get("/v1/incidents?q=" + "x" * 100),
            _get("/v1/incidents", "X-Big: " + "y" * 30 * KB),
            _get("/v1/incidents?q=" + "x" * 200, *[f"X-H{n}: " + "y" * 1000 for n in range(30)]),
        ]
        for request in fine:
            assert (await _raw(host, port, request))[0] == 200
        # a URL just under the limit reaches the application, which has its own say (q is 200 characters at most)
        got, _, body = await _raw(host, port, _get("/v1/incidents?q=" + "x" * 8000))
        assert got == 400
        assert "q" in json.loads(body)["errors"][0].get("field", ""), body
        metrics = (await asyncio.to_thread(httpx.get, f"{base}/metrics")).text
    finally:
        server.terminate()
        await asyncio.to_thread(server.wait, 30)
    assert 'route="refused by the server",status="414"} 3.0' in metrics
    assert 'route="refused by the server",status="431"} 3.0' in metrics


async def test_latency_runs_from_the_first_byte_of_the_request(migrated_url: str) -> None:
    """A client that sends half its request head and waits (or an event loop stalled meanwhile) shows in the
    latency histogram: the clock starts at the first byte the server read, not when the application was called."""
    import asyncio
    import re
    from urllib.parse import urlsplit

    import httpx

    from tests.servers import serve

    def slow_reads(metrics: str) -> float:
        """GET /v1/incidents answers that took longer than 0.5 s."""
        counts = {
            le: float(n)
            for le, n in re.findall(
                r'incidents_http_request_duration_seconds_bucket\{le="([^"]+)",method="GET",route="/v1/incidents"\} '
                r"(\S+)",
                metrics,
            )
        }
        return counts.get("+Inf", 0.0) - counts.get("0.5", 0.0)

    server, base = await asyncio.to_thread(serve, migrated_url)
    parts = urlsplit(base)
    try:
        reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
        writer.write(b"GET /v1/incidents HTTP/1.1\r\n")
        await writer.drain()
        await asyncio.sleep(1.0)
        writer.write(b"Host: 127.0.0.1\r\nConnection: close\r\n\r\n")
        await writer.drain()
        answer = await asyncio.wait_for(reader.read(), 30)
        writer.close()
        assert answer.startswith(b"HTTP/1.1 200"), answer[:200]
        metrics = (await asyncio.to_thread(httpx.get, f"{base}/metrics")).text
    finally:
        server.terminate()
        await asyncio.to_thread(server.wait, 30)
    assert slow_reads(metrics) == 1.0
