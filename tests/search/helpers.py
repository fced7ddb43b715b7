"""Live providers made straight in the database, for the search and contact tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.models.provider import (
    Category,
    ProviderCategory,
    ProviderProfile,
    ProviderService,
    ProviderWorkPlace,
)
from kring.search.indexing import refresh_search_text
from tests.accounts.helpers import make_user

UTRECHT = 2745912
AMERSFOORT = 2759821
UTRECHT_LAT, UTRECHT_LON = 52.09083, 5.12222
KM_PER_DEGREE = 111.2


@dataclass
class Provider:
    email: str
    first_name: str = "Bert"
    latitude: float = UTRECHT_LAT
    longitude: float = UTRECHT_LON
    kind: str = "radius"
    radius_km: int | None = 25
    place_ids: list[int] = field(default_factory=list)
    categories: list[str] = field(default_factory=lambda: ["klusjesmannen"])
    services: list[tuple[str, int]] = field(default_factory=lambda: [("Kleine klussen", 3500)])
    introduction: str = "Ik help u graag."
    status: str = "live"
    day_parts: int = 0b111


def north_of_utrecht(km: float) -> float:
    return UTRECHT_LAT + km / KM_PER_DEGREE


async def add_provider(session: AsyncSession, spec: Provider) -> ProviderProfile:
    user = await make_user(session, spec.email, first_name=spec.first_name)
    profile = ProviderProfile(
        user_id=user.id,
        status=spec.status,
        suspended_reason="Klachten." if spec.status == "suspended" else None,
        live_at=datetime.now(UTC),
        service_kinds=["home_services"],
        completed_steps=[],
        latitude=spec.latitude,
        longitude=spec.longitude,
        work_area_kind=spec.kind,
        radius_km=spec.radius_km if spec.kind == "radius" else None,
        introduction=spec.introduction,
        day_parts=spec.day_parts,
    )
    session.add(profile)
    await session.flush()
    for slug in spec.categories:
        category = await session.scalar(select(Category).where(Category.slug == slug))
        assert category is not None, slug
        session.add(ProviderCategory(profile_id=profile.id, category_id=category.id))
    for position, (name, cents) in enumerate(spec.services):
        session.add(
            ProviderService(
                profile_id=profile.id, name=name, price_cents=cents, unit="hour", position=position
            )
        )
    for place_id in spec.place_ids:
        session.add(ProviderWorkPlace(profile_id=profile.id, place_id=place_id))
    await session.flush()
    await refresh_search_text(session, profile)
    await session.commit()
    return profile
