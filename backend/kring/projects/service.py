"""Projects: the organisation's care arrangements, their members and their shifts. Other
domains use what this module names: a visible project, a shift's hours, and keeping a contact
person's projects in line with their "contact for all projects" flag."""

from __future__ import annotations

import uuid
from datetime import date, time
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import Uuid, delete, literal, or_, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from kring.kit.clock import SYSTEM_CLOCK, Clock
from kring.kit.working_days import AMSTERDAM
from kring.models.organisation import Membership, Organisation
from kring.models.project import Project, ProjectMember
from kring.models.user import User, UserStatus
from kring.projects.auth import OrganisationPrincipal
from kring.projects.repository import ProjectRepository

__all__ = [
    "add_flagged_members",
    "lock_projects_of",
    "shift_hours",
    "sync_member_projects",
    "today",
    "visible_project",
]

_CENTS = Decimal("0.01")
_DAY_SECONDS = 24 * 3600


def today(clock: Clock = SYSTEM_CLOCK) -> date:
    """The day it is where the shifts are worked (Amsterdam)."""
    return clock.now().astimezone(AMSTERDAM).date()


def shift_hours(starts_at: time, ends_at: time, break_minutes: int) -> Decimal:
    """The hours worked: from start to end (an end at or before the start is on the next day),
    less the break; 2 decimals, half away from zero as the database rounds (7:45 is 7.75)."""
    start = starts_at.hour * 3600 + starts_at.minute * 60 + starts_at.second
    end = ends_at.hour * 3600 + ends_at.minute * 60 + ends_at.second
    seconds = end - start if end > start else end - start + _DAY_SECONDS
    worked = Decimal(seconds - break_minutes * 60) / Decimal(3600)
    return worked.quantize(_CENTS, rounding=ROUND_HALF_UP)


def is_current(ends_on: date | None, on: date) -> bool:
    """Not ended: no end date, or one from `on` on."""
    return ends_on is None or ends_on >= on


async def visible_project(
    db: AsyncSession, acting: OrganisationPrincipal, project_id: uuid.UUID
) -> Project:
    """The project if the acting member may see it, else 404."""
    return await ProjectRepository(db).get(acting, project_id)


async def lock_projects_of(db: AsyncSession, organisation_id: uuid.UUID) -> None:
    """Changes to who is in an organisation's projects take turns: a flag turned on while a
    project is created must not miss it (each would not see the other's uncommitted row).

    The organisation's row is locked FOR NO KEY UPDATE: it serialises these changes (and the
    members' rights changes) without blocking rows that merely point at the organisation."""
    await db.execute(
        select(Organisation.id)
        .where(Organisation.id == organisation_id)
        .with_for_update(key_share=True)
    )


async def sync_member_projects(db: AsyncSession, membership: Membership, on: date) -> int:
    """After a change of `contact_for_all_projects`: on, the membership joins every current
    project of its organisation (not ended on `on`); off, it leaves all of them. Returns how
    many projects it joined or left. Call it only when the flag changed: a member added to one
    project by staff stays there while the flag stays off."""
    await lock_projects_of(db, membership.organisation_id)
    if not membership.contact_for_all_projects:
        removed = await db.execute(
            delete(ProjectMember)
            .where(ProjectMember.membership_id == membership.id)
            .returning(ProjectMember.project_id)
        )
        return len(removed.all())
    current = select(Project.id, literal(membership.id, Uuid), Project.organisation_id).where(
        Project.organisation_id == membership.organisation_id,
        or_(Project.ends_on.is_(None), Project.ends_on >= on),
    )
    added = await db.execute(
        insert(ProjectMember)
        .from_select(["project_id", "membership_id", "organisation_id"], current)
        .on_conflict_do_nothing()
        .returning(ProjectMember.project_id)
    )
    return len(added.all())


async def add_flagged_members(db: AsyncSession, project: Project, on: date) -> int:
    """A new (or again current) project gets every contact person whose "contact for all
    projects" is on. The caller holds `lock_projects_of` for the project's organisation."""
    if not is_current(project.ends_on, on):
        return 0
    flagged = (
        select(literal(project.id, Uuid), Membership.id, Membership.organisation_id)
        .join(User, User.id == Membership.user_id)
        .where(
            Membership.organisation_id == project.organisation_id,
            Membership.contact_for_all_projects.is_(True),
            User.status != UserStatus.deleted,
        )
    )
    added = await db.execute(
        insert(ProjectMember)
        .from_select(["project_id", "membership_id", "organisation_id"], flagged)
        .on_conflict_do_nothing()
        .returning(ProjectMember.membership_id)
    )
    return len(added.all())
