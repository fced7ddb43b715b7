"""Reading projects and their shifts: the portal's lists and project page (the page's read is
audited), and the staff console's."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import Select, exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.principal import Principal
from kring.auth.project_leaders import project_leaders
from kring.kit.address import DutchAddressRead
from kring.kit.db import contains_pattern
from kring.kit.pagination import Page, PageRequest
from kring.models.organisation import Organisation
from kring.models.project import Project, ProjectMember
from kring.models.user import User
from kring.projects import repository
from kring.projects.auth import OrganisationPrincipal
from kring.projects.repository import (
    CURRENT_FIRST,
    ProjectRepository,
    StaffProjectRepository,
    is_member_of,
)
from kring.projects.schemas import (
    CareManager,
    ProjectLeader,
    ProjectMemberRead,
    ProjectRead,
    ProjectSummary,
    ProjectView,
    ShiftRead,
    ShiftsWhen,
    StaffProjectRead,
    StaffProjectSummary,
    StaffShiftRead,
)
from kring.projects.service import is_current, shift_hours


def _summary_fields(row: Any, on: date) -> dict[str, Any]:
    return {
        "id": row.id,
        "name": row.name,
        "kind": row.kind,
        "city": row.city,
        "starts_on": row.starts_on,
        "ends_on": row.ends_on,
        "current": is_current(row.ends_on, on),
        "leader_name": row.leader_name,
        "member_count": row.member_count,
        "i_am_member": bool(row.i_am_member),
    }


def shift_read(row: Any) -> ShiftRead:
    return ShiftRead(
        id=row.id,
        works_on=row.works_on,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        break_minutes=row.break_minutes,
        function=row.function,
        worker_name=row.worker_name,
        hours=shift_hours(row.starts_at, row.ends_at, row.break_minutes),
        status=row.status,
    )


def staff_shift_read(row: Any) -> StaffShiftRead:
    return StaffShiftRead(
        **shift_read(row).model_dump(),
        hourly_rate_cents=row.hourly_rate_cents,
        note=row.note,
        invoiced=row.invoice_id is not None,
        confirmed_at=row.confirmed_at,
    )


async def _details(db: AsyncSession, project: Project, on: date, i_am_member: bool) -> ProjectRead:
    leader = await repository.leader(db, project.leader_id)
    members = await repository.members(db, project.id)
    return ProjectRead(
        id=project.id,
        organisation_id=project.organisation_id,
        name=project.name,
        kind=project.kind,  # checked by the database
        description=project.description,
        address=DutchAddressRead.stored(
            project.street,
            project.house_number,
            project.house_number_addition,
            project.postcode,
            project.city,
        ),
        starts_on=project.starts_on,
        ends_on=project.ends_on,
        current=is_current(project.ends_on, on),
        leader=ProjectLeader(
            id=leader.id, name=leader.name, email=leader.email, phone=leader.phone
        ),
        members=[ProjectMemberRead.model_validate(m, from_attributes=True) for m in members],
        i_am_member=i_am_member,
    )


# --- the portal --------------------------------------------------------------------------------


async def list_projects(
    db: AsyncSession,
    acting: OrganisationPrincipal,
    view: ProjectView,
    on: date,
    page: PageRequest,
) -> Page[ProjectSummary]:
    """Mine: the projects my membership is in; all: every project the repository lets me see
    (for a member who is not a portal admin, the same)."""
    statement = ProjectRepository(db).readable(acting)
    if view == "mine":
        statement = statement.where(is_member_of(acting))
    return await ProjectRepository(db).page(
        repository.with_summary(statement, acting),
        CURRENT_FIRST,
        page,
        item=lambda row: ProjectSummary(**_summary_fields(row, on)),
    )


async def get_project(
    db: AsyncSession, acting: OrganisationPrincipal, project_id: uuid.UUID, on: date
) -> ProjectRead:
    projects = ProjectRepository(db)
    project = await projects.get(acting, project_id)
    i_am_member = acting.membership_id is not None and bool(
        await db.scalar(
            select(
                exists().where(
                    ProjectMember.project_id == project.id,
                    ProjectMember.membership_id == acting.membership_id,
                )
            )
        )
    )
    read = await _details(db, project, on, i_am_member)
    await audit.record(
        db,
        acting,
        "project.viewed",
        subject_type="project",
        subject_id=project.id,
        details={"members": len(read.members)},
    )
    return read


async def list_shifts(
    db: AsyncSession,
    acting: OrganisationPrincipal,
    project_id: uuid.UUID,
    when: ShiftsWhen,
    on: date,
    page: PageRequest,
) -> Page[ShiftRead]:
    projects = ProjectRepository(db)
    await projects.get(acting, project_id)  # a project out of reach is a 404, not an empty list
    statement, keyset = repository.shifts_of(
        projects.readable(acting), project_id, when == "upcoming", on
    )
    return await projects.page(statement, keyset, page, item=shift_read)


# --- staff -------------------------------------------------------------------------------------


async def staff_list_projects(
    db: AsyncSession,
    principal: Principal,
    page: PageRequest,
    on: date,
    *,
    organisation_id: uuid.UUID | None,
    mine: bool,
    q: str | None,
) -> Page[StaffProjectSummary]:
    projects = StaffProjectRepository(db)
    statement: Select[Any] = projects.readable(principal)
    if organisation_id is not None:
        statement = statement.where(Project.organisation_id == organisation_id)
    if mine:
        statement = statement.where(Project.leader_id == principal.user_id)
    if q:
        statement = statement.where(Project.name.ilike(contains_pattern(q)))
    listed = repository.with_organisation_name(repository.with_summary(statement, None))

    def item(row: Any) -> StaffProjectSummary:
        return StaffProjectSummary(
            **_summary_fields(row, on),
            organisation_id=row.organisation_id,
            organisation_name=row.organisation_name,
            leader_id=row.leader_id,
        )

    return await projects.page(listed, CURRENT_FIRST, page, item=item)


async def staff_read(db: AsyncSession, project: Project, on: date) -> StaffProjectRead:
    read = await _details(db, project, on, False)
    name = await db.scalar(
        select(Organisation.name).where(Organisation.id == project.organisation_id)
    )
    return StaffProjectRead(**read.model_dump(), organisation_name=name or "")


async def staff_get_project(
    db: AsyncSession, principal: Principal, project_id: uuid.UUID, on: date
) -> StaffProjectRead:
    project = await StaffProjectRepository(db).get(principal, project_id)
    read = await staff_read(db, project, on)
    await audit.record(
        db,
        principal,
        "project.viewed",
        subject_type="project",
        subject_id=project.id,
        organisation_id=project.organisation_id,
        details={"as": "staff", "members": len(read.members)},
    )
    return read


async def staff_list_shifts(
    db: AsyncSession,
    principal: Principal,
    project_id: uuid.UUID,
    when: ShiftsWhen,
    on: date,
    page: PageRequest,
) -> Page[StaffShiftRead]:
    projects = StaffProjectRepository(db)
    await projects.get(principal, project_id)
    statement, keyset = repository.shifts_of(
        projects.readable(principal), project_id, when == "upcoming", on
    )
    return await projects.page(statement, keyset, page, item=staff_shift_read)


async def care_managers(db: AsyncSession) -> list[CareManager]:
    """Active staff with the care manager role, by name: who may lead a project."""
    found = await db.execute(
        select(User.id, User.display_name_sql().label("name"), User.email)
        .where(project_leaders())
        .order_by(User.first_name, User.last_name, User.id)
    )
    return [CareManager(id=row.id, name=row.name, email=row.email) for row in found]
