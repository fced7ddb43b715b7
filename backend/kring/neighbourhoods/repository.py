"""Reading neighbourhoods: staff read them all; residents and workers only those they reach
(`reachable_neighbourhoods`). The neighbours who can help are read nearest first, by a distance
rounded up to half a kilometre (the keyset's first column), never by coordinates."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, func, literal, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.kit.pagination import Keyset, PageRequest, SortKey, cut, keyset_page
from kring.models.neighbourhood import (
    LocalOrganisation,
    Neighbourhood,
    NeighbourhoodArea,
    NeighbourhoodWorker,
    Resident,
    ResidentSkill,
)
from kring.models.place import Place
from kring.models.skill import Skill
from kring.models.user import User

EARTH_KM = 6371.0


def resident_count() -> Any:
    return (
        select(func.count())
        .select_from(Resident)
        .where(Resident.neighbourhood_id == Neighbourhood.id)
        .scalar_subquery()
    )


async def areas(db: AsyncSession, neighbourhood_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Any]:
    """Per neighbourhood: (postcode areas, [(place id, name)]), in the order they were added."""
    found: dict[uuid.UUID, Any] = {n: ([], []) for n in neighbourhood_ids}
    rows = await db.execute(
        select(
            NeighbourhoodArea.neighbourhood_id,
            NeighbourhoodArea.postcode_area,
            Place.id,
            Place.name,
        )
        .outerjoin(Place, Place.id == NeighbourhoodArea.place_id)
        .where(NeighbourhoodArea.neighbourhood_id.in_(neighbourhood_ids))
        .order_by(NeighbourhoodArea.created_at, NeighbourhoodArea.id)
    )
    for neighbourhood_id, postcode_area, place_id, place_name in rows:
        postcodes, places = found[neighbourhood_id]
        if postcode_area is not None:
            postcodes.append(postcode_area)
        else:
            places.append((place_id, place_name))
    return found


async def workers(db: AsyncSession, neighbourhood_id: uuid.UUID) -> Sequence[User]:
    return (
        await db.scalars(
            select(User)
            .join(NeighbourhoodWorker, NeighbourhoodWorker.user_id == User.id)
            .where(NeighbourhoodWorker.neighbourhood_id == neighbourhood_id)
            .order_by(User.first_name, User.id)
        )
    ).all()


async def local_organisations(
    db: AsyncSession, neighbourhood_id: uuid.UUID, *, archived: bool
) -> Sequence[LocalOrganisation]:
    statement = select(LocalOrganisation).where(
        LocalOrganisation.neighbourhood_id == neighbourhood_id
    )
    if not archived:
        statement = statement.where(LocalOrganisation.archived_at.is_(None))
    return (
        await db.scalars(statement.order_by(LocalOrganisation.name, LocalOrganisation.id))
    ).all()


async def skills_of(
    db: AsyncSession, resident_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[Skill]]:
    found: dict[uuid.UUID, list[Skill]] = {r: [] for r in resident_ids}
    rows = await db.execute(
        select(ResidentSkill.resident_id, Skill)
        .join(Skill, Skill.id == ResidentSkill.skill_id)
        .where(ResidentSkill.resident_id.in_(resident_ids))
        .order_by(Skill.position, Skill.slug)
    )
    for resident_id, skill in rows:
        found[resident_id].append(skill)
    return found


def _distance_km(latitude: float, longitude: float) -> Any:
    """The great-circle distance from a point to the resident, in kilometres."""
    lat1, lon1 = func.radians(literal(latitude)), func.radians(literal(longitude))
    lat2, lon2 = func.radians(Resident.latitude), func.radians(Resident.longitude)
    a = func.power(func.sin((lat2 - lat1) / 2), 2) + func.cos(lat1) * func.cos(lat2) * func.power(
        func.sin((lon2 - lon1) / 2), 2
    )
    return 2 * EARTH_KM * func.asin(func.least(1.0, func.sqrt(a)))


def helpers_statement(
    neighbourhood_id: uuid.UUID,
    me: uuid.UUID,
    skill_id: uuid.UUID | None,
    latitude: float,
    longitude: float,
) -> Select[Any]:
    """Residents offering the skill (any skill without one), not me, not suspended, with their
    distance rounded up to 0.5 km (at least 0.5)."""
    rounded = func.greatest(0.5, func.ceil(_distance_km(latitude, longitude) * 2) / 2)
    offers = select(ResidentSkill.resident_id).where(ResidentSkill.resident_id == Resident.id)
    if skill_id is not None:
        offers = offers.where(ResidentSkill.skill_id == skill_id)
    return (
        select(
            Resident.id.label("id"),
            Resident.user_id.label("user_id"),
            Resident.about.label("about"),
            Resident.volunteers_for_organisations.label("volunteers"),
            User.first_name.label("first_name"),
            User.last_name.label("last_name"),
            rounded.label("distance_km"),
        )
        .join(User, User.id == Resident.user_id)
        .where(
            Resident.neighbourhood_id == neighbourhood_id,
            Resident.user_id != me,
            Resident.suspended_at.is_(None),
            offers.exists(),
        )
        .subquery()
    ).select()


def helpers_keyset(statement: Select[Any]) -> Keyset:
    columns = statement.selected_columns
    return Keyset(
        "neighbourhood_helpers",
        (SortKey(columns.distance_km, False, float), SortKey(columns.id, False)),
    )


async def helpers_page(
    db: AsyncSession, statement: Select[Any], page: PageRequest
) -> tuple[list[Any], str | None]:
    keyset = helpers_keyset(statement)
    rows = (await db.execute(keyset_page(statement, keyset, page))).all()
    return cut(rows, keyset, page, lambda row: (float(row.distance_km), row.id))
