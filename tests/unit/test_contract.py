"""The v1 contract is a leaf, and each incident filter is declared once: the query parameters, the OpenAPI
document and the SQL of the list, the exports and the statistics all come from its declaration."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import msgspec
import pytest

from service.contract.filters import FILTERS, InvalidFilter, parse
from service.db.queries.incidents import where

ROOT = Path(__file__).resolve().parents[2]
DOCUMENT = json.loads((ROOT / "openapi" / "openapi.json").read_text(encoding="utf-8"))
# a valid query value for each filter (near and radius_km go together)
GIVEN = {
    "country": ["ml"], "admin1": "Borno", "location_id": 3, "actor_id": 4, "actor": "JNIM", "event_type": "Battles",
    "sub_event_type": ["Armed clash"], "date_from": "2025-06-01", "date_to": "2025-06-30",
    "bbox": "-12.5,13.5,-10.5,15.5", "near": "16.77,-3.01", "radius_km": 50.0, "min_fatalities": 5, "article_id": 9,
    "updated_since": "2025-06-01T00:00:00Z", "q": "drone strike",
}  # fmt: skip


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_the_contract_imports_no_framework() -> None:
    code = (
        "import sys, service.contract.schemas, service.contract.filters, service.contract.taxonomy; "
        "print(sorted({m.split('.')[0] for m in sys.modules}))"
    )
    loaded = json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                                       cwd=ROOT).stdout.replace("'", '"'))  # fmt: skip
    assert not {"litestar", "asyncpg", "structlog", "httpx"} & set(loaded)
    for path in (ROOT / "service" / "contract").glob("*.py"):
        outside = {m for m in _imports(path) if m.split(".")[0] not in sys.stdlib_module_names | {"msgspec"}}
        assert {m for m in outside if not m.startswith("service.contract")} == set(), path


def test_the_database_layer_does_not_import_the_api() -> None:
    for path in (ROOT / "service" / "db").rglob("*.py"):
        assert not {m for m in _imports(path) if m.startswith("service.api")}, path


def test_every_declared_filter_is_given_a_value_in_this_test() -> None:
    assert set(GIVEN) == set(FILTERS)


@pytest.mark.parametrize("name", list(FILTERS))
def test_every_filter_narrows_the_sql(name: str) -> None:
    given = {name: GIVEN[name]}
    if name in {"near", "radius_km"}:
        given = {"near": GIVEN["near"], "radius_km": GIVEN["radius_km"]}
    f = parse({k: _typed(k, v) for k, v in given.items()})
    assert getattr(f, name) not in (None, ())
    args: list[object] = []
    assert where(f, args) != "TRUE"


def _typed(name: str, value: object) -> object:
    """A query value as litestar hands it to the filter: of the declared query type."""
    return msgspec.convert(value, FILTERS[name].type, strict=False)


@pytest.mark.parametrize("operation", [("/v1/incidents", "get"), ("/v1/stats/incidents", "get")])
def test_every_filter_is_a_documented_query_parameter(operation: tuple[str, str]) -> None:
    path, method = operation
    parameters = {p["name"]: p for p in DOCUMENT["paths"][path][method]["parameters"] if p["in"] == "query"}
    for name, query in FILTERS.items():
        assert parameters[name]["description"] == query.description
        assert not parameters[name].get("required", False)


def test_bad_values_name_their_parameter() -> None:
    for given, parameter in [
        ({"country": ["Mali"]}, "country"),
        ({"event_type": "Battle"}, "event_type"),
        ({"sub_event_type": ["Armed clashes"]}, "sub_event_type"),
        ({"bbox": "1,2,3"}, "bbox"),
        ({"near": "1,2"}, "radius_km"),
        ({"radius_km": 5.0}, "near"),
    ]:
        with pytest.raises(InvalidFilter) as raised:
            parse(given)
        assert raised.value.parameter == parameter
