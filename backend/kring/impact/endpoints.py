"""The service dashboard's impact figures: for members of a municipality or social service."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Response

from kring.config import SettingsDep
from kring.impact import service
from kring.impact.schemas import Impact
from kring.kit.clock import ClockDep
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.neighbourhoods.service import DashboardMember

router = APIRouter(tags=["impact"])
IMPACT = "/organisations/{organisation_id}/impact"

From = Annotated[
    date | None,
    Query(alias="from", description="The first day (Amsterdam); a year before `to` if left out."),
]
To = Annotated[date | None, Query(description="The last day, included; today if left out.")]


@router.get(
    IMPACT,
    operation_id="impact:read_figures",
    summary="Impact figures of the neighbourhoods we serve",
    responses=problem_responses(401, 404, 409, 422),
)
async def read_figures(
    db: DbSession,
    acting: DashboardMember,
    clock: ClockDep,
    settings: SettingsDep,
    from_: From = None,
    to: To = None,
    neighbourhood_id: Annotated[
        uuid.UUID | None, Query(description="One of the served neighbourhoods only.")
    ] = None,
) -> Impact:
    """Help requests, the share solved by a neighbour, response times, unanswered requests and
    volunteers over the period (at most 366 days): in total, per neighbourhood, skill, month."""
    period = service.period_of(clock, from_, to)
    return await service.impact(db, acting, clock, settings, period, neighbourhood_id)


@router.get(
    IMPACT + "/export",
    operation_id="impact:export_figures",
    summary="Impact figures as a spreadsheet (CSV)",
    response_class=Response,
    responses={200: {"content": {"text/csv": {}}}, **problem_responses(401, 404, 409, 422)},
)
async def export_figures(
    db: DbSession,
    acting: DashboardMember,
    clock: ClockDep,
    settings: SettingsDep,
    from_: From = None,
    to: To = None,
) -> Response:
    """One row per neighbourhood and per skill, headed in my language (`;` in Dutch and French)."""
    period = service.period_of(clock, from_, to)
    body, filename = service.csv_export(await service.impact(db, acting, clock, settings, period))
    return Response(
        body,
        media_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="{filename}"',
            "Cache-Control": "private, no-store",
        },
    )
