"""An organisation's projects in the pro portal (`/organisations/{id}/projects`): my projects or
all of them, a project's page (its leader and members; the read is audited) and its shifts."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from kring.kit.clock import ClockDep
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.pagination import Page, PageQuery
from kring.projects import reading
from kring.projects.auth import ProjectReader
from kring.projects.schemas import ProjectRead, ProjectSummary, ProjectView, ShiftRead, ShiftsWhen
from kring.projects.service import today

router = APIRouter(prefix="/organisations/{organisation_id}/projects", tags=["projects"])


@router.get(
    "",
    operation_id="projects:list",
    summary="The organisation's projects",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def list_projects(
    db: DbSession,
    acting: ProjectReader,
    clock: ClockDep,
    page: PageQuery,
    view: Annotated[
        ProjectView,
        Query(
            description="mine: the projects I am a member of; all: every project I may see "
            "(portal admins: all of the organisation's, others: their own)."
        ),
    ] = "mine",
) -> Page[ProjectSummary]:
    """Current projects first (open-ended, then the latest end), then ended ones; by name."""
    return await reading.list_projects(db, acting, view, today(clock), page)


@router.get(
    "/{project_id}",
    operation_id="projects:get",
    summary="A project",
    responses=problem_responses(401, 403, 404, 409),
)
async def get_project(
    project_id: uuid.UUID, db: DbSession, acting: ProjectReader, clock: ClockDep
) -> ProjectRead:
    """With its address, its internal project leader and its members; the read is audited."""
    return await reading.get_project(db, acting, project_id, today(clock))


@router.get(
    "/{project_id}/shifts",
    operation_id="projects:list_shifts",
    summary="A project's shifts",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def list_shifts(
    project_id: uuid.UUID,
    db: DbSession,
    acting: ProjectReader,
    clock: ClockDep,
    page: PageQuery,
    when: Annotated[
        ShiftsWhen,
        Query(description="upcoming: from today on, soonest first; past: latest first."),
    ] = "upcoming",
) -> Page[ShiftRead]:
    """Planned, confirmed and cancelled shifts, with their hours (the break left out)."""
    return await reading.list_shifts(db, acting, project_id, when, today(clock), page)
