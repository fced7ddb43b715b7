"""The public search in SQL: keyword (Dutch stemming on folded text), category, coverage of a
place by each provider's work area, day parts; sorted by distance, rating or relevance."""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import (
    ColumnElement,
    Float,
    Select,
    and_,
    cast,
    exists,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.ext.asyncio import AsyncSession

from kring.kit.text import fold
from kring.models.provider import (
    Category,
    ProviderCategory,
    ProviderProfile,
    ProviderService,
    ProviderStatus,
    ProviderWorkPlace,
    WorkAreaKind,
)
from kring.models.user import User

EARTH_RADIUS_KM = 6371.0
MAX_TERMS = 8

Sort = Literal["distance", "rating", "relevance"]


@dataclass(frozen=True)
class Point:
    latitude: float
    longitude: float
    place_id: int | None
    country: str


@dataclass(frozen=True)
class SearchQuery:
    keywords: str = ""
    category_slug: str | None = None
    point: Point | None = None
    day_part_bits: int = 0
    sort: Sort | None = None
    page: int = 1
    page_size: int = 20


def prefix_query(keywords: str) -> str | None:
    """`"Pédicure kapp"` -> `"pedicure:* & kapp:*"`: every word, as the start of a word."""
    terms = fold(keywords).split()[:MAX_TERMS]
    return " & ".join(f"{term}:*" for term in terms) or None


def distance_km(latitude: float, longitude: float) -> ColumnElement[float]:
    """Great-circle distance (haversine) from the point to each provider's address."""
    p = ProviderProfile
    # Float factors throughout: an integer would make SQLAlchemy cast to slow NUMERIC maths.
    half = literal(0.5, Float)
    d_lat = func.radians(p.latitude - latitude) * half
    d_lon = func.radians(p.longitude - longitude) * half
    a = func.sin(d_lat) * func.sin(d_lat) + math.cos(math.radians(latitude)) * func.cos(
        func.radians(p.latitude)
    ) * func.sin(d_lon) * func.sin(d_lon)
    return cast(2 * EARTH_RADIUS_KM * func.asin(func.least(1.0, func.sqrt(a))), Float)


def covers(point: Point, *, narrowed: bool) -> ColumnElement[bool]:
    """The provider's work area includes the point: the whole country, a radius around their
    address (the box it spans first, which a GiST index answers, then the distance), or a
    place in their list.

    When a keyword has `narrowed` the candidates, each is tested in turn; otherwise the covered
    providers are looked up by index (nationwide, the box, the place list) and joined."""
    p = ProviderProfile
    spot = func.point(point.longitude, point.latitude)
    here = func.box(spot, spot)
    # Providers' addresses are Dutch: "the whole country" is the Netherlands.
    in_country = literal(point.country == "NL")
    within = distance_km(point.latitude, point.longitude) <= p.radius_km
    listed = select(ProviderWorkPlace.profile_id).where(
        ProviderWorkPlace.place_id == (point.place_id if point.place_id is not None else -1)
    )
    if narrowed:
        return or_(
            and_(p.work_area_kind == WorkAreaKind.country, in_country),
            and_(p.coverage.op("&&")(here), within),
            p.id.in_(listed),
        )
    live = p.status == ProviderStatus.live
    return p.id.in_(
        union_all(
            select(p.id).where(live, p.work_area_kind == WorkAreaKind.country, in_country),
            select(p.id).where(p.coverage.op("&&")(here), within),
            listed,
        )
    )


def average_rating() -> ColumnElement[float]:
    p = ProviderProfile
    ratio = cast(p.rating_sum, Float) / func.nullif(
        cast(p.rating_count, Float), literal(0.0, Float)
    )
    return cast(ratio, Float)


async def search(db: AsyncSession, query: SearchQuery) -> tuple[int, list[dict[str, Any]]]:
    """The total and one page of rows (profile, name, distance, lowest price)."""
    statement, conditions = build(query)
    rows = (await db.execute(statement)).mappings().all()
    total = int(rows[0]["total"]) if rows else await _count(db, conditions, query.page)
    return total, [dict(r) for r in rows]


def build(query: SearchQuery) -> tuple[Select[Any], list[ColumnElement[bool]]]:
    """The page's statement, and its conditions (to count a page past the end)."""
    p = ProviderProfile
    conditions: list[ColumnElement[bool]] = [p.status == ProviderStatus.live]
    order: list[Any] = []
    ts_query = prefix_query(query.keywords)
    rank: ColumnElement[float] | None = None
    if ts_query:
        tsq = func.to_tsquery("dutch", ts_query)
        # Only stop words ("de", "het") make an empty query: it then filters nothing.
        conditions.append(or_(func.numnode(tsq) == 0, p.search_vector.op("@@")(tsq)))
        rank = func.ts_rank(p.search_vector, tsq)
    if query.category_slug:
        conditions.append(
            exists()
            .where(ProviderCategory.profile_id == p.id)
            .where(ProviderCategory.category_id == Category.id)
            .where(Category.slug == query.category_slug)
        )
    if query.day_part_bits:
        conditions.append(p.day_parts.op("&")(query.day_part_bits) != 0)
    distance: ColumnElement[float] | None = None
    if query.point is not None:
        conditions.append(covers(query.point, narrowed=ts_query is not None))
        distance = distance_km(query.point.latitude, query.point.longitude)

    sort = query.sort or (
        "distance" if distance is not None else "relevance" if rank is not None else "rating"
    )
    if sort == "distance" and distance is not None:
        order.append(distance.asc().nulls_last())
    elif sort == "relevance" and rank is not None:
        order.append(rank.desc())
    order += [average_rating().desc().nulls_last(), p.rating_count.desc(), p.live_at.desc(), p.id]

    # The page first (ids, distance, order, total), then names and prices for its rows only.
    page = (
        select(
            p.id.label("id"),
            (distance if distance is not None else literal(None, Float)).label("distance_km"),
            func.row_number().over(order_by=order).label("position"),
            func.count().over().label("total"),
        )
        .where(*conditions)
        .order_by(*order)
        .limit(query.page_size)
        .offset((query.page - 1) * query.page_size)
        .subquery("page")
    )
    lowest = (
        select(ProviderService.price_cents, ProviderService.unit)
        .where(ProviderService.profile_id == p.id)
        .order_by(ProviderService.price_cents, ProviderService.position)
        .limit(1)
        .lateral("lowest")
    )
    statement = (
        select(
            p,
            User.display_name_sql().label("name"),
            page.c.distance_km,
            lowest.c.price_cents.label("lowest_price_cents"),
            lowest.c.unit.label("lowest_unit"),
            page.c.total,
        )
        .join(page, page.c.id == p.id)
        .join(User, User.id == p.user_id)
        .outerjoin(lowest, literal(True))
        .order_by(page.c.position)
    )
    return statement, conditions


async def _count(db: AsyncSession, conditions: list[ColumnElement[bool]], page: int) -> int:
    # A page past the end has no rows to carry the window count.
    if page == 1:
        return 0
    total = await db.scalar(select(func.count()).select_from(ProviderProfile).where(*conditions))
    return int(total or 0)


async def categories_of(
    db: AsyncSession, profile_ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[Category]]:
    rows = await db.execute(
        select(ProviderCategory.profile_id, Category)
        .join(Category, Category.id == ProviderCategory.category_id)
        .where(ProviderCategory.profile_id.in_(profile_ids))
        .order_by(Category.position)
    )
    found: dict[uuid.UUID, list[Category]] = {i: [] for i in profile_ids}
    for profile_id, category in rows.all():
        found[profile_id].append(category)
    return found
