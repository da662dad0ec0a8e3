"""Write the OpenAPI document of the service (`make openapi`), or check the committed one (`make openapi-check`).

The document comes from the application itself, so it is exactly what `/docs/openapi.json` serves."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from service.app import create_app
from service.settings import Settings

TARGET = Path(__file__).resolve().parents[1] / "openapi" / "openapi.json"


def render() -> str:
    app = create_app(Settings(cursor_secret="unused"), db_url="postgresql://unused", run_worker=False)  # noqa: S106
    return json.dumps(app.openapi_schema.to_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def main() -> int:
    document = render()
    if sys.argv[1:] == ["--check"]:
        if not TARGET.exists() or TARGET.read_text(encoding="utf-8") != document:
            print(f"{TARGET} is stale: run `make openapi` and commit it", file=sys.stderr)
            return 1
        return 0
    TARGET.parent.mkdir(exist_ok=True)
    TARGET.write_text(document, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
