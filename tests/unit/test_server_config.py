"""The uvicorn configuration `incidents serve` runs with: its keep-alive comes from the settings."""

from __future__ import annotations

import httpx
import pytest

from service.cli import server_config
from service.http_server import BoundedHttpToolsProtocol
from service.settings import ConfigurationError, Settings


async def _app(scope: object, receive: object, send: object) -> None:  # pragma: no cover - never called
    raise AssertionError


def test_the_default_keepalive_outlasts_common_client_and_proxy_idle_timeouts() -> None:
    config = server_config(Settings(), _app)
    assert config.http is BoundedHttpToolsProtocol
    # httpx 5 s, aiohttp 15 s, an AWS load balancer or nginx upstream 60 s, Go's net/http 90 s
    assert config.timeout_keep_alive > max(httpx.Limits().keepalive_expiry or 0, 15, 60, 90)


def test_the_keepalive_is_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_KEEPALIVE_SECONDS", "650")
    settings = Settings.from_env()
    assert settings.http_keepalive_s == 650
    assert server_config(settings, _app).timeout_keep_alive == 650


@pytest.mark.parametrize("seconds", [0.0, -1.0])
def test_a_keepalive_of_no_time_is_refused(seconds: float) -> None:
    with pytest.raises(ConfigurationError, match="HTTP_KEEPALIVE_SECONDS"):
        server_config(Settings(http_keepalive_s=seconds), _app)
