"""Hypothesis fuzzing of the ingest body: arbitrary JSON, wrong types, odd unicode, huge numbers, and raw bytes
(NUL, invalid UTF-8, deep nesting, huge values) in bodies and query parameters. The service answers with a 2xx or a 4xx
problem, never a 5xx, and a refused body writes nothing."""

from __future__ import annotations

import asyncio
from typing import Any
from urllib.parse import quote_from_bytes

import asyncpg
import httpx
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

FIELDS = ("text", "title", "url", "published_at", "source", "language")
scalars = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=50)
)
json_values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8),
                                                                                                 inner, max_size=3),
                           max_leaves=8)  # fmt: skip
bodies = st.one_of(
    json_values,
    st.dictionaries(st.sampled_from(FIELDS), json_values, max_size=6),
    st.fixed_dictionaries({"text": st.text(max_size=200)}, optional={f: st.text(max_size=40) for f in FIELDS[1:]}),
)


def _count(url: str) -> int:
    async def run() -> int:
        conn = await asyncpg.connect(url)
        try:
            return int(await conn.fetchval("SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM jobs)"))
        finally:
            await conn.close()

    return asyncio.run(run())


def test_ingest_body_fuzz(live_server: str, migrated_url: str) -> None:
    with httpx.Client(base_url=live_server, timeout=30) as http:

        @settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck), database=None,
                  derandomize=True)  # fmt: skip
        @given(body=bodies)
        def post(body: Any) -> None:
            before = _count(migrated_url)
            response = http.post("/v1/articles", json=body)
            assert response.status_code < 500, response.text
            if response.status_code >= 400:
                assert response.headers["content-type"].startswith("application/problem+json")
                assert _count(migrated_url) == before, "a refused body must write nothing"

        post()


raw_bytes = st.binary(max_size=40)
hostile_bodies = st.one_of(
    # a JSON object whose string values carry arbitrary bytes: NUL, invalid UTF-8, stray quotes and backslashes
    st.dictionaries(st.sampled_from(FIELDS), raw_bytes, min_size=1, max_size=4).map(
        lambda d: b"{" + b",".join(b'"' + k.encode() + b'":"' + v + b'"' for k, v in d.items()) + b"}"
    ),
    st.integers(min_value=1, max_value=200_000).map(lambda depth: b"[" * depth + b"]" * depth),
    st.integers(min_value=1, max_value=50_000).map(lambda depth: b'{"text":' * depth),
    raw_bytes,
    # huge values: a long text, and one past the 2 MB body limit
    st.sampled_from([100_000, 2_100_000]).map(lambda size: b'{"text":"' + b"a" * size + b'"}'),
)
# huge parameter values, past the 8 KB URL limit (httpx sends no URL over 64 KB: test_hostile_input sends those)
huge_values = st.sampled_from([9_000, 60_000]).map(lambda size: b"x" * size)
LISTS = ("/v1/incidents", "/v1/stats/incidents?group_by=country", "/v1/actors", "/v1/locations")
PARAMETERS = ("q", "actor", "admin1", "country", "cursor", "sort", "bbox")


def test_hostile_bytes_fuzz(live_server: str, migrated_url: str) -> None:
    """Raw bytes where text is expected, in bodies and in query parameters: a 4xx problem or a 2xx, never a 5xx."""
    with httpx.Client(base_url=live_server, timeout=30) as http:

        @settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck), database=None,
                  derandomize=True)  # fmt: skip
        @given(body=hostile_bodies, path=st.sampled_from(LISTS), name=st.sampled_from(PARAMETERS),
               value=raw_bytes | huge_values)  # fmt: skip
        @example(body=b'{"text":"' + b"a" * 2_100_000 + b'"}', path="/v1/incidents", name="q", value=b"x" * 60_000)
        def probe(body: bytes, path: str, name: str, value: bytes) -> None:
            before = _count(migrated_url)
            posted = http.post("/v1/articles", content=body, headers={"content-type": "application/json"})
            assert posted.status_code < 500, posted.text
            if posted.status_code >= 400:
                assert posted.headers["content-type"].startswith("application/problem+json")
                assert _count(migrated_url) == before, "a refused body must write nothing"
            separator = "&" if "?" in path else "?"
            read = http.get(f"{path}{separator}{name}={quote_from_bytes(value)}")
            assert read.status_code < 500, read.text
            if read.status_code >= 400:
                assert read.headers["content-type"].startswith("application/problem+json")

        probe()
