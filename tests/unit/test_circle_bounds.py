"""The bounding box a `near` filter puts around its circle: never narrower than the circle."""

from __future__ import annotations

import math

import pytest

from service.db.queries.incidents import EARTH_KM_PER_DEGREE, _latitude_band, _longitude_band


def _widest_longitude(lat: float, arc: float) -> float:
    """How far in longitude a circle of `arc` degrees around a point at `lat` reaches (spherical trigonometry)."""
    return math.degrees(math.asin(min(1.0, math.sin(math.radians(arc)) / math.cos(math.radians(lat)))))


@pytest.mark.parametrize("radius_km", [1, 50, 500, 2000, 5000, 9000])
def test_the_box_holds_the_circle(radius_km: float) -> None:
    arc = radius_km / EARTH_KM_PER_DEGREE
    for lat in [x / 2 for x in range(-170, 171, 7)]:
        south, north = _latitude_band(lat, radius_km)
        assert south <= max(-90.0, lat - arc)
        assert north >= min(90.0, lat + arc)
        across = _longitude_band(lat, 0.0, radius_km)
        if across is not None:
            assert across[1] >= _widest_longitude(lat, arc)
            assert across[0] <= -_widest_longitude(lat, arc)


def test_no_longitude_bound_round_a_pole_or_across_the_antimeridian() -> None:
    assert _longitude_band(85.0, 0.0, 500) is None  # the circle takes in the north pole
    assert _longitude_band(0.0, 179.0, 500) is None  # and this one crosses 180°
    assert _longitude_band(0.0, 170.0, 500) == pytest.approx((170 - 4.5, 170 + 4.5), abs=0.05)
