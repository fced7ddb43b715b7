"""The staff console's routes: the neighbourhood reports queue, a report, its handling, and
suspending or reinstating a resident."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from kring.kit.clock import ClockDep
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.pagination import Page, PageQuery
from kring.neighbour_messages import moderation
from kring.neighbour_messages.schemas import (
    QueuedReport,
    ReportHandle,
    ReportView,
    StaffReportRead,
    SuspensionCreate,
    SuspensionRead,
)
from kring.neighbourhoods.service import NeighbourhoodModerator

router = APIRouter(prefix="/admin", tags=["admin-neighbour_messages"])


@router.get(
    "/neighbourhood-reports",
    operation_id="admin:list_neighbourhood_reports",
    summary="The neighbourhood reports queue",
    responses=problem_responses(401, 403, 422),
)
async def list_reports(
    db: DbSession,
    principal: NeighbourhoodModerator,
    page: PageQuery,
    clock: ClockDep,
    view: Annotated[
        ReportView, Query(alias="status", description="Open (default, oldest first) or handled.")
    ] = "open",
) -> Page[QueuedReport]:
    """With each report's age, subject, neighbourhood and the people's names; audited."""
    return await moderation.queue(db, principal, clock, view, page)


@router.get(
    "/neighbourhood-reports/{report_id}",
    operation_id="admin:get_neighbourhood_report",
    summary="A neighbourhood report",
    responses=problem_responses(401, 403, 404),
)
async def get_report(
    report_id: uuid.UUID, db: DbSession, principal: NeighbourhoodModerator, clock: ClockDep
) -> StaffReportRead:
    """With the reported text; reading a reported private message is audited as such."""
    return await moderation.get(db, principal, clock, report_id)


@router.post(
    "/neighbourhood-reports/{report_id}/handle",
    operation_id="admin:handle_neighbourhood_report",
    summary="Handle a neighbourhood report",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def handle_report(
    report_id: uuid.UUID,
    body: ReportHandle,
    db: DbSession,
    principal: NeighbourhoodModerator,
    clock: ClockDep,
) -> StaffReportRead:
    """Hide the post or reply, suspend the reported resident, mark it handled (409 if it was)."""
    return await moderation.handle(db, principal, clock, report_id, body)


@router.post(
    "/residents/{user_id}/suspension",
    operation_id="admin:suspend_resident",
    summary="Suspend a resident",
    responses=problem_responses(401, 403, 404, 422),
)
async def suspend(
    user_id: uuid.UUID,
    body: SuspensionCreate,
    db: DbSession,
    principal: NeighbourhoodModerator,
    clock: ClockDep,
) -> SuspensionRead:
    """They read, but post, reply and write nothing; a suspension already there stays."""
    return await moderation.suspend(db, principal, clock, user_id, body.reason)


@router.delete(
    "/residents/{user_id}/suspension",
    operation_id="admin:reinstate_resident",
    summary="Reinstate a suspended resident",
    responses=problem_responses(401, 403, 404),
)
async def reinstate(
    user_id: uuid.UUID, db: DbSession, principal: NeighbourhoodModerator
) -> SuspensionRead:
    """Lifting no suspension changes nothing."""
    return await moderation.reinstate(db, principal, user_id)
