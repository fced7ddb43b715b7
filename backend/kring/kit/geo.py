"""Distances on the map without an extension: the great-circle distance (haversine) and the box
a radius spans (longitude x latitude), which a GiST index on PostgreSQL's `box` answers
(`coverage && box(point, point)`) before the exact distance is checked.

`radius_box` is the one formula for a work area's box (the same as `provider_profile.coverage`
computes in SQL): a helper's coverage is `radius_box(home, radius_km)`, or `points_box` around
their chosen places."""

from __future__ import annotations

import math
from typing import Any

from sqlalchemy import Float, func, literal

EARTH_RADIUS_KM = 6371.0
# One degree of latitude, in km; a degree of longitude is this times cos(latitude).
KM_PER_DEGREE = 111.2
# A flat map for nearest-first index scans: longitude degrees shrunk to km-like units at the
# Low Countries' latitude (cos 52°), so `point <-> point` orders (almost) by true distance
# between 49.5° and 53.6° north (within 5%). The exact distance is always computed after.
LONGITUDE_SCALE = 0.6157


def radius_corners(latitude: float, longitude: float, km: float) -> tuple[float, ...]:
    """(east, north, west, south) of the box holding every point within `km` of the point."""
    d_lat = km / KM_PER_DEGREE
    d_lon = km / (KM_PER_DEGREE * math.cos(math.radians(latitude)))
    return longitude + d_lon, latitude + d_lat, longitude - d_lon, latitude - d_lat


def _box(east: float, north: float, west: float, south: float) -> Any:
    def f(value: float) -> Any:
        return literal(value, Float)

    return func.box(func.point(f(east), f(north)), func.point(f(west), f(south)))


def radius_box(latitude: float, longitude: float, km: float) -> Any:
    """The box around a point's radius, as an SQL value to store in a `box` column."""
    return _box(*radius_corners(latitude, longitude, km))


def points_box(points: list[tuple[float, float]], km: float) -> Any:
    """The box holding every point within `km` of any of (latitude, longitude): a helper's
    coverage when they work in chosen places (5 km around each)."""
    if not points:
        raise ValueError("at least one point")
    corners = [radius_corners(lat, lon, km) for lat, lon in points]
    return _box(
        max(c[0] for c in corners),
        max(c[1] for c in corners),
        min(c[2] for c in corners),
        min(c[3] for c in corners),
    )


def radius_box_sql(lat: str, lon: str, km: str) -> str:
    """`radius_box` as SQL over columns (set-based updates and seeds)."""
    return (
        f"box(point({lon} + {km} / (111.2 * cos(radians({lat}))), {lat} + {km} / 111.2),"
        f" point({lon} - {km} / (111.2 * cos(radians({lat}))), {lat} - {km} / 111.2))"
    )


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    d_lat = math.radians(lat2 - lat1) / 2
    d_lon = math.radians(lon2 - lon1) / 2
    a = (
        math.sin(d_lat) ** 2
        + math.cos(math.radians(lat1)) * math.cos(math.radians(lat2)) * math.sin(d_lon) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))
