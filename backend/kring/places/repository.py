"""Searching the gazetteer: accent-insensitive prefix matches, biggest places first."""

from __future__ import annotations

from sqlalchemy import case, literal, or_, select, union_all
from sqlalchemy.dialects.postgresql import distinct_on
from sqlalchemy.ext.asyncio import AsyncSession

from kring.kit.db import like_literal
from kring.kit.text import fold
from kring.models.place import Place, PlaceName


async def search(
    db: AsyncSession, q: str, country: str | None, limit: int
) -> list[tuple[Place, str | None]]:
    """Prefix of the name or of a word in it (`bosch` finds 's-Hertogenbosch), also through
    other names; an exact name first, then by population."""
    folded = fold(q)
    if not folded:
        return []
    starts, word = like_literal(folded) + "%", "% " + like_literal(folded) + "%"
    own = select(
        Place.id.label("place_id"),
        literal(None).label("matched_name"),
        Place.search_name.label("search_name"),
    ).where(or_(Place.search_name.like(starts), Place.search_name.like(word)))
    other = select(
        PlaceName.place_id,
        PlaceName.name.label("matched_name"),
        PlaceName.search_name,
    ).where(or_(PlaceName.search_name.like(starts), PlaceName.search_name.like(word)))
    hits = union_all(own, other).subquery()
    exact = case((hits.c.search_name == folded, 0), (hits.c.search_name.like(starts), 1), else_=2)
    statement = (
        select(Place, hits.c.matched_name, exact.label("rank"))
        .join(hits, hits.c.place_id == Place.id)
        .order_by(Place.id, exact, hits.c.matched_name.is_not(None))
        .ext(distinct_on(Place.id))
    )
    if country:
        statement = statement.where(Place.country == country)
    ranked = statement.subquery()
    rows = await db.execute(
        select(Place, ranked.c.matched_name)
        .join(ranked, ranked.c.id == Place.id)
        .order_by(ranked.c.rank, Place.population.desc(), Place.name)
        .limit(limit)
    )
    return [(place, matched) for place, matched in rows.all()]


async def by_name(db: AsyncSession, name: str, country: str | None) -> Place | None:
    """The biggest place with exactly this (folded) name, for geocoding at place level."""
    folded = fold(name)
    own = select(Place.id).where(Place.search_name == folded)
    other = select(PlaceName.place_id).where(PlaceName.search_name == folded)
    statement = select(Place).where(Place.id.in_(own.union(other)))
    if country:
        statement = statement.where(Place.country == country)
    return await db.scalar(statement.order_by(Place.population.desc()).limit(1))
