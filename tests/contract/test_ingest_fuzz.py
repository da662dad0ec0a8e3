"""Hypothesis fuzzing of the ingest body: arbitrary JSON, wrong types, odd unicode, huge numbers. The service
answers with a 2xx or a 4xx problem, never a 5xx, and a refused body writes nothing."""

from __future__ import annotations

import asyncio
from typing import Any

import asyncpg
import httpx
from hypothesis import HealthCheck, given, settings
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
