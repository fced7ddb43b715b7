"""Staff and projects (`/admin/projects`, `/admin/shifts`): care managers, advisors and admins
read them; care managers and admins create and change projects, their members and shifts, and
confirm shifts (which mails the service confirmations)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from kring.config import SettingsDep
from kring.kit.clock import ClockDep
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.pagination import Page, PageQuery
from kring.kit.types import PlainText
from kring.projects import managing, reading, shifts
from kring.projects.auth import ProjectStaffManager, ProjectStaffViewer
from kring.projects.schemas import (
    CareManager,
    ProjectCreate,
    ProjectUpdate,
    ShiftConfirmed,
    ShiftCreate,
    ShiftsWhen,
    ShiftUpdate,
    StaffProjectRead,
    StaffProjectSummary,
    StaffShiftRead,
)
from kring.projects.service import today

router = APIRouter(prefix="/admin", tags=["admin"])


@router.get(
    "/projects",
    operation_id="admin:list_projects",
    summary="Projects",
    responses=problem_responses(401, 403, 422),
)
async def list_projects(
    db: DbSession,
    principal: ProjectStaffViewer,
    clock: ClockDep,
    page: PageQuery,
    organisation: Annotated[
        uuid.UUID | None, Query(description="Only this organisation's.")
    ] = None,
    mine: Annotated[bool, Query(description="Only the projects I lead.")] = False,
    q: Annotated[
        PlainText | None, Query(max_length=100, description="Part of the project's name.")
    ] = None,
) -> Page[StaffProjectSummary]:
    """Current projects first, then ended ones; by name."""
    return await reading.staff_list_projects(
        db, principal, page, today(clock), organisation_id=organisation, mine=mine, q=q
    )


@router.post(
    "/projects",
    operation_id="admin:create_project",
    summary="Create a project",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 422),
)
async def create_project(
    body: ProjectCreate, db: DbSession, principal: ProjectStaffManager, clock: ClockDep
) -> StaffProjectRead:
    """For a care organisation or umbrella organisation, led by a care manager; the contact
    persons flagged "contact for all projects" become its members."""
    on = today(clock)
    project = await managing.create_project(db, principal, body, on)
    return await reading.staff_read(db, project, on)


@router.get(
    "/projects/{project_id}",
    operation_id="admin:get_project",
    summary="A project",
    responses=problem_responses(401, 403, 404),
)
async def get_project(
    project_id: uuid.UUID, db: DbSession, principal: ProjectStaffViewer, clock: ClockDep
) -> StaffProjectRead:
    """With its leader and members; the read is audited."""
    return await reading.staff_get_project(db, principal, project_id, today(clock))


@router.patch(
    "/projects/{project_id}",
    operation_id="admin:update_project",
    summary="Change a project",
    responses=problem_responses(401, 403, 404, 422),
)
async def update_project(
    project_id: uuid.UUID,
    body: ProjectUpdate,
    db: DbSession,
    principal: ProjectStaffManager,
    clock: ClockDep,
) -> StaffProjectRead:
    """Its details, leader or dates; dates that would leave shifts outside them are refused."""
    on = today(clock)
    project = await managing.update_project(db, principal, project_id, body, on)
    return await reading.staff_read(db, project, on)


@router.put(
    "/projects/{project_id}/members/{membership_id}",
    operation_id="admin:add_project_member",
    summary="Add a contact person to a project",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404),
)
async def add_member(
    project_id: uuid.UUID, membership_id: uuid.UUID, db: DbSession, principal: ProjectStaffManager
) -> None:
    """A contact person of the project's organisation (another's is not found)."""
    await managing.add_member(db, principal, project_id, membership_id)


@router.delete(
    "/projects/{project_id}/members/{membership_id}",
    operation_id="admin:remove_project_member",
    summary="Remove a contact person from a project",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404),
)
async def remove_member(
    project_id: uuid.UUID, membership_id: uuid.UUID, db: DbSession, principal: ProjectStaffManager
) -> None:
    """Their flag "contact for all projects" stays as it is."""
    await managing.remove_member(db, principal, project_id, membership_id)


@router.get(
    "/care-managers",
    operation_id="admin:list_care_managers",
    summary="Who may lead a project",
    responses=problem_responses(401, 403),
)
async def list_care_managers(db: DbSession, principal: ProjectStaffViewer) -> list[CareManager]:
    """Active staff with the care manager role, by name."""
    return await reading.care_managers(db)


@router.get(
    "/projects/{project_id}/shifts",
    operation_id="admin:list_project_shifts",
    summary="A project's shifts",
    responses=problem_responses(401, 403, 404, 422),
)
async def list_shifts(
    project_id: uuid.UUID,
    db: DbSession,
    principal: ProjectStaffViewer,
    clock: ClockDep,
    page: PageQuery,
    when: Annotated[
        ShiftsWhen,
        Query(description="upcoming: from today on, soonest first; past: latest first."),
    ] = "upcoming",
) -> Page[StaffShiftRead]:
    """With their rates, notes and whether they are invoiced."""
    return await reading.staff_list_shifts(db, principal, project_id, when, today(clock), page)


@router.post(
    "/projects/{project_id}/shifts",
    operation_id="admin:create_shift",
    summary="Plan a shift",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 404, 422),
)
async def create_shift(
    project_id: uuid.UUID, body: ShiftCreate, db: DbSession, principal: ProjectStaffManager
) -> StaffShiftRead:
    """On a day between the project's start and end; an end at or before the start is on the
    next day; the break is shorter than the shift."""
    shift = await shifts.create_shift(db, principal, project_id, body)
    return reading.staff_shift_read(shift)


@router.patch(
    "/shifts/{shift_id}",
    operation_id="admin:update_shift",
    summary="Correct a shift",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def update_shift(
    shift_id: uuid.UUID, body: ShiftUpdate, db: DbSession, principal: ProjectStaffManager
) -> StaffShiftRead:
    """A planned or confirmed shift (no new mails); one on an invoice or cancelled is 409."""
    shift, _ = await shifts.update_shift(db, principal, shift_id, body)
    return reading.staff_shift_read(shift)


@router.post(
    "/shifts/{shift_id}/confirm",
    operation_id="admin:confirm_shift",
    summary="Confirm a shift",
    responses=problem_responses(401, 403, 404, 409),
)
async def confirm_shift(
    shift_id: uuid.UUID,
    db: DbSession,
    principal: ProjectStaffManager,
    settings: SettingsDep,
    clock: ClockDep,
) -> ShiftConfirmed:
    """Planned only (else 409). Each project member with "e-mail services" on gets a service
    confirmation in their language, sent by the worker once this is saved."""
    shift, _, mails = await shifts.confirm_shift(db, principal, settings, clock, shift_id)
    return ShiftConfirmed(**reading.staff_shift_read(shift).model_dump(), mails_queued=mails)


@router.post(
    "/shifts/{shift_id}/cancel",
    operation_id="admin:cancel_shift",
    summary="Cancel a shift",
    responses=problem_responses(401, 403, 404, 409),
)
async def cancel_shift(
    shift_id: uuid.UUID, db: DbSession, principal: ProjectStaffManager
) -> StaffShiftRead:
    """A planned or confirmed shift that is not on an invoice (else 409)."""
    shift, _ = await shifts.cancel_shift(db, principal, shift_id)
    return reading.staff_shift_read(shift)
