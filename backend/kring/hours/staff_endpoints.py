"""Staff and hours: a dossier's hours of a month (`/admin/dossiers/{id}/hours`, audited) and the
dossiers whose hours wait past their month (`/admin/hours/overdue`)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from kring.hours import service
from kring.hours.auth import HoursStaffReader
from kring.hours.endpoints import MonthQuery
from kring.hours.schemas import DossierHours, OverdueDossier, month_start
from kring.kit.clock import ClockDep
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses

router = APIRouter(prefix="/admin", tags=["admin"])


@router.get(
    "/dossiers/{dossier_id}/hours",
    operation_id="admin:list_dossier_hours",
    summary="A dossier's hours of a month",
    responses=problem_responses(401, 403, 404, 422),
)
async def dossier_hours(
    dossier_id: uuid.UUID,
    db: DbSession,
    principal: HoursStaffReader,
    clock: ClockDep,
    month: MonthQuery = None,
) -> DossierHours:
    """Read only; recorded in the dossier's access log."""
    first = month_start(month) if month else service.local_date(clock.now()).replace(day=1)
    return await service.staff_dossier_hours(db, principal, clock, dossier_id, first)


@router.get(
    "/hours/overdue",
    operation_id="admin:list_overdue_hours",
    summary="Hours waiting past their month",
    responses=problem_responses(401, 403, 422),
)
async def overdue(
    db: DbSession,
    principal: HoursStaffReader,
    clock: ClockDep,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> list[OverdueDossier]:
    """Dossiers with hours of an earlier month still waiting for approval, the oldest first."""
    return await service.overdue(db, clock, limit)
