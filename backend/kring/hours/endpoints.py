"""Hours: the helper's (`/helper/hours`, `/helper/statements`), a dossier's
(`/dossiers/{id}/hours`, `/dossiers/{id}/statements`) and an engagement's monthly statement
(`/engagements/{id}/statements/{month}`)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Path, Query, Response, status

from kring.config import SettingsDep
from kring.hours import service, statements
from kring.hours.auth import SignedIn
from kring.hours.schemas import (
    MONTH_PATTERN,
    ApprovalResult,
    DossierHours,
    EntryCreate,
    EntryRead,
    EntryUpdate,
    HelperHoursStart,
    MonthApprovalBody,
    RejectionBody,
    StatementSummary,
    month_start,
)
from kring.kit.clock import ClockDep
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.i18n import current_language
from kring.kit.types import Text
from kring.models.timesheet import EntryStatus

helper_router = APIRouter(prefix="/helper", tags=["hours"])
dossier_router = APIRouter(prefix="/dossiers", tags=["hours"])
engagement_router = APIRouter(prefix="/engagements", tags=["hours"])

MonthText = Annotated[str, Text(min_length=7, max_length=7, pattern=MONTH_PATTERN)]
Month = Annotated[MonthText, Path(description="A month, like 2026-11.")]
MonthQuery = Annotated[
    MonthText | None, Query(description="A month, like 2026-11; this month when left out.")
]


# --- the helper ------------------------------------------------------------------------------


@helper_router.get(
    "/hours/start",
    operation_id="hours:helper_start",
    summary="What the quick entry needs",
    responses=problem_responses(401),
)
async def helper_start(db: DbSession, principal: SignedIn, clock: ClockDep) -> HelperHoursStart:
    """My engagements with their usual times, the one I logged for last, and today."""
    return await service.helper_start(db, principal, clock)


@helper_router.get(
    "/hours",
    operation_id="hours:list_mine",
    summary="My hours",
    responses=problem_responses(401, 422),
)
async def list_mine(
    db: DbSession,
    principal: SignedIn,
    clock: ClockDep,
    from_date: Annotated[date | None, Query(alias="from")] = None,
    to_date: Annotated[date | None, Query(alias="to")] = None,
    entry_status: Annotated[EntryStatus | None, Query(alias="status")] = None,
) -> list[EntryRead]:
    """From one day to another (at most 93 days; the past five weeks when left out)."""
    return await service.helper_list(db, principal, clock, from_date, to_date, entry_status)


@helper_router.post(
    "/hours",
    operation_id="hours:log",
    summary="Log hours",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 404, 422),
)
async def log_hours(
    body: EntryCreate, db: DbSession, principal: SignedIn, clock: ClockDep
) -> EntryRead:
    """For a day of one of my engagements: not in the future, not overlapping my other hours."""
    return await service.log(db, principal, clock, body)


@helper_router.put(
    "/hours/{entry_id}",
    operation_id="hours:change",
    summary="Change or fix hours",
    responses=problem_responses(401, 404, 409, 422),
)
async def change_hours(
    entry_id: uuid.UUID, body: EntryUpdate, db: DbSession, principal: SignedIn, clock: ClockDep
) -> EntryRead:
    """Hours still waiting, or rejected ones (they wait for approval again)."""
    return await service.change(db, principal, clock, entry_id, body)


@helper_router.delete(
    "/hours/{entry_id}",
    operation_id="hours:withdraw",
    summary="Withdraw hours",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 404, 409, 422),
)
async def withdraw_hours(entry_id: uuid.UUID, db: DbSession, principal: SignedIn) -> None:
    """Hours not approved (logged by mistake)."""
    await service.withdraw(db, principal, entry_id)


@helper_router.post(
    "/hours/{entry_id}/corrections",
    operation_id="hours:correct",
    summary="Correct approved hours",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 404, 409, 422),
)
async def correct_hours(
    entry_id: uuid.UUID, body: EntryUpdate, db: DbSession, principal: SignedIn, clock: ClockDep
) -> EntryRead:
    """A correcting entry; once approved it replaces the approved hours."""
    return await service.correct(db, principal, clock, entry_id, body)


@helper_router.get(
    "/statements",
    operation_id="hours:helper_statements",
    summary="My monthly statements",
    responses=problem_responses(401),
)
async def helper_statements(db: DbSession, principal: SignedIn) -> list[StatementSummary]:
    """Per engagement and month with approved hours, newest first."""
    return await statements.for_helper(db, principal)


# --- the dossier's side ----------------------------------------------------------------------


@dossier_router.get(
    "/{dossier_id}/hours",
    operation_id="hours:list_for_dossier",
    summary="The dossier's hours of a month",
    responses=problem_responses(401, 404, 422),
)
async def dossier_hours(
    dossier_id: uuid.UUID,
    db: DbSession,
    principal: SignedIn,
    clock: ClockDep,
    month: MonthQuery = None,
) -> DossierHours:
    """Waiting, approved and rejected hours, the month's totals and the months still waiting."""
    first = month_start(month) if month else service.local_date(clock.now()).replace(day=1)
    return await service.dossier_hours(db, principal, clock, dossier_id, first)


@dossier_router.post(
    "/{dossier_id}/hours/approval",
    operation_id="hours:approve_month",
    summary="Approve a month's hours",
    responses=problem_responses(401, 403, 404, 422),
)
async def approve_month(
    dossier_id: uuid.UUID,
    body: MonthApprovalBody,
    db: DbSession,
    principal: SignedIn,
    clock: ClockDep,
) -> ApprovalResult:
    """Every entry of the month still waiting (or of those seen); how many this approved."""
    return await service.approve_month(
        db,
        principal,
        clock,
        dossier_id,
        month_start(body.month),
        body.engagement_id,
        body.entry_ids,
    )


@dossier_router.post(
    "/{dossier_id}/hours/{entry_id}/approval",
    operation_id="hours:approve",
    summary="Approve hours",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def approve(
    dossier_id: uuid.UUID,
    entry_id: uuid.UUID,
    db: DbSession,
    principal: SignedIn,
    clock: ClockDep,
) -> ApprovalResult:
    """One entry still waiting; approved hours are locked."""
    return await service.approve(db, principal, clock, dossier_id, entry_id)


@dossier_router.post(
    "/{dossier_id}/hours/{entry_id}/rejection",
    operation_id="hours:reject",
    summary="Reject hours",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def reject(
    dossier_id: uuid.UUID,
    entry_id: uuid.UUID,
    body: RejectionBody,
    db: DbSession,
    principal: SignedIn,
    settings: SettingsDep,
    clock: ClockDep,
) -> EntryRead:
    """Back to the helper with the reason (mailed); they fix the hours."""
    return await service.reject(db, principal, settings, clock, dossier_id, entry_id, body.reason)


@dossier_router.get(
    "/{dossier_id}/statements",
    operation_id="hours:dossier_statements",
    summary="The dossier's monthly statements",
    responses=problem_responses(401, 404, 422),
)
async def dossier_statements(
    dossier_id: uuid.UUID, db: DbSession, principal: SignedIn
) -> list[StatementSummary]:
    """Per engagement and month with approved hours, newest first; amounts if I see payments."""
    return await statements.for_dossier(db, principal, dossier_id)


@engagement_router.get(
    "/{engagement_id}/statements/{month}",
    operation_id="hours:statement_pdf",
    summary="A monthly statement as a PDF",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}}, **problem_responses(401, 404, 422)},
)
async def statement_pdf(
    engagement_id: uuid.UUID,
    month: Month,
    db: DbSession,
    principal: SignedIn,
    clock: ClockDep,
) -> Response:
    """In my language, for the helper and whoever reads the dossier; the download is audited."""
    filename, data = await statements.statement_pdf(
        db, principal, clock, engagement_id, month_start(month), current_language()
    )
    return Response(
        data,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
