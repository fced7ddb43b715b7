"""Reading the volunteer list: residents who volunteer for local organisations, not suspended,
in a neighbourhood the organisation serves (`served_neighbourhoods`). Only names, neighbourhood,
skills and the resident's own words are read: never an address, e-mail or coordinates."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, String, case, cast, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.kit.db import contains_pattern
from kring.kit.pagination import Keyset, PageRequest, SortKey, cut, keyset_page
from kring.models.neighbourhood import Neighbourhood, Resident, ResidentSkill
from kring.models.skill import Skill
from kring.models.user import User
from kring.neighbourhoods.service import served_neighbourhoods


def _display_name() -> Any:
    """As `neighbour_name` does it: the first name and the last name's initial."""
    first = func.trim(func.coalesce(User.first_name, ""))
    last = func.trim(func.coalesce(User.last_name, ""))
    return case(
        (last == "", first),
        else_=first + " " + func.upper(func.left(last, 1)) + ".",
    )


def volunteers_statement(
    organisation_id: uuid.UUID,
    member_id: uuid.UUID,
    neighbourhood_id: uuid.UUID | None,
    skill_ids: Sequence[uuid.UUID],
    q: str | None,
) -> Select[Any]:
    """The organisation's volunteers (not the member themself), in the neighbourhood, offering
    any of the skills, whose name or words contain `q`."""
    conditions: list[Any] = [
        Resident.neighbourhood_id.in_(served_neighbourhoods(organisation_id)),
        Resident.volunteers_for_organisations.is_(True),
        Resident.suspended_at.is_(None),
        Resident.user_id != member_id,
        User.status == "active",
    ]
    if neighbourhood_id is not None:
        conditions.append(Resident.neighbourhood_id == neighbourhood_id)
    if skill_ids:
        conditions.append(
            select(ResidentSkill.resident_id)
            .where(ResidentSkill.resident_id == Resident.id, ResidentSkill.skill_id.in_(skill_ids))
            .exists()
        )
    if q:
        pattern = contains_pattern(q)
        conditions.append(
            or_(
                User.first_name.ilike(pattern),
                User.last_name.ilike(pattern),
                Resident.about.ilike(pattern),
            )
        )
    return (
        select(
            Resident.id.label("id"),
            Resident.user_id.label("user_id"),
            Resident.about.label("about"),
            User.first_name.label("first_name"),
            User.last_name.label("last_name"),
            cast(_display_name(), String).label("display_name"),
            Neighbourhood.id.label("neighbourhood_id"),
            Neighbourhood.name.label("neighbourhood_name"),
        )
        .join(User, User.id == Resident.user_id)
        .join(Neighbourhood, Neighbourhood.id == Resident.neighbourhood_id)
        .where(*conditions)
        .subquery()
    ).select()


def _keyset(statement: Select[Any]) -> Keyset:
    columns = statement.selected_columns
    return Keyset(
        "volunteers",
        (
            SortKey(columns.neighbourhood_name, False, str),
            SortKey(columns.display_name, False, str),
            SortKey(columns.id, False),
        ),
    )


async def volunteers_page(
    db: AsyncSession, statement: Select[Any], page: PageRequest
) -> tuple[list[Any], str | None]:
    keyset = _keyset(statement)
    rows = (await db.execute(keyset_page(statement, keyset, page))).all()
    return cut(rows, keyset, page, lambda r: (r.neighbourhood_name, r.display_name, r.id))


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


async def known_skills(db: AsyncSession, skill_ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
    return set(await db.scalars(select(Skill.id).where(Skill.id.in_(skill_ids))))


async def is_served(
    db: AsyncSession, organisation_id: uuid.UUID, neighbourhood_id: uuid.UUID
) -> bool:
    found = await db.scalar(
        select(Neighbourhood.id).where(
            Neighbourhood.id == neighbourhood_id,
            Neighbourhood.id.in_(served_neighbourhoods(organisation_id)),
        )
    )
    return found is not None


async def recipients(
    db: AsyncSession,
    organisation_id: uuid.UUID,
    member_id: uuid.UUID,
    resident_ids: Sequence[uuid.UUID],
) -> dict[uuid.UUID, Any]:
    """Of `resident_ids`, those on the volunteer list now: their account, e-mail address and
    language (for Kring to write to them; never shown to the member)."""
    listed = volunteers_statement(organisation_id, member_id, None, (), None).subquery()
    rows = await db.execute(
        select(listed.c.id, listed.c.user_id, listed.c.first_name, User.email, User.language)
        .join(User, User.id == listed.c.user_id)
        .where(listed.c.id.in_(resident_ids))
    )
    return {row.id: row for row in rows}
