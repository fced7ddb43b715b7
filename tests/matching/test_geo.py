"""The one box formula (kit/geo): the box a radius spans is the one provider_profile.coverage
computes in SQL, holds the radius's edge and not much more; places get the box around them."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Float, func, literal, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from kring.kit.geo import haversine_km, points_box, radius_box, radius_box_sql
from tests.matching.helpers import LAT, LON, east


def _corners(box: Any) -> list[float]:
    return [coordinate for point in box for coordinate in point]


async def test_the_radius_box_is_the_providers_formula(session: AsyncSession) -> None:
    python = await session.scalar(select(radius_box(LAT, LON, 12)))
    values = {"lat": LAT, "lon": LON, "km": 12.0}
    sql = await session.scalar(text(f"SELECT {radius_box_sql(':lat', ':lon', ':km')}"), values)
    # provider_profile.coverage, written out as its generated column is.
    provider = await session.scalar(
        text(
            "SELECT box(point(:lon - :km / (111.2 * cos(radians(:lat))), :lat - :km / 111.2),"
            " point(:lon + :km / (111.2 * cos(radians(:lat))), :lat + :km / 111.2))"
        ),
        values,
    )
    assert _corners(python) == pytest.approx(_corners(sql), abs=1e-9)
    assert _corners(sql) == pytest.approx(_corners(provider), abs=1e-9)


async def _holds(session: AsyncSession, box: Any, spot: tuple[float, float]) -> bool:
    point = func.point(literal(spot[1], Float), literal(spot[0], Float))
    return bool(await session.scalar(select(box.op("@>")(point))))


async def test_the_box_holds_the_edge_and_places_get_the_box_around_them(
    session: AsyncSession,
) -> None:
    inside, outside = east(9.99), east(10.3)
    assert haversine_km(LAT, LON, *inside) < 10 < haversine_km(LAT, LON, *outside)
    assert await _holds(session, radius_box(LAT, LON, 10), inside)
    assert not await _holds(session, radius_box(LAT, LON, 10), outside)
    around = points_box([(LAT, LON), (52.37, 4.89)], 5)
    for spot in ((LAT, LON), (52.37, 4.89), east(4.9)):
        assert await _holds(session, around, spot)
    assert not await _holds(session, around, east(5.5))
