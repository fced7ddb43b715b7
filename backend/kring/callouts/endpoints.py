"""The routes of callouts: the service dashboard's (a municipality's or social service's
members write callouts and read the answers) and the residents' (the feed's callouts, the form
and my answer)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from kring.callouts import export, service
from kring.callouts.schemas import (
    AnswerIn,
    AnswerRow,
    CalloutCreate,
    CalloutForm,
    CalloutInFeed,
    CalloutRead,
    CalloutSummary,
    DayPart,
    MyAnswer,
)
from kring.kit.clock import ClockDep
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.i18n import current_language
from kring.kit.pagination import Page, PageQuery
from kring.kit.types import PlainText
from kring.neighbourhoods.service import DashboardMember, NeighbourReader, NeighbourWriter

router = APIRouter(tags=["callouts"])
CALLOUTS = "/organisations/{organisation_id}/callouts"
ONE = CALLOUTS + "/{callout_id}"
FEED = "/neighbourhoods/{neighbourhood_id}/callouts"


@router.post(
    CALLOUTS,
    operation_id="callouts:create",
    summary="Post a callout in neighbourhoods we serve",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 404, 409, 422),
)
async def create(
    body: CalloutCreate, db: DbSession, acting: DashboardMember, clock: ClockDep
) -> CalloutRead:
    """To the neighbourhoods named (422 on `neighbourhood_ids` for one not served) or to all."""
    return await service.create(db, acting, clock, body)


@router.get(
    CALLOUTS,
    operation_id="callouts:list",
    summary="Our callouts",
    responses=problem_responses(401, 404, 409, 422),
)
async def list_callouts(
    db: DbSession, acting: DashboardMember, clock: ClockDep, page: PageQuery
) -> Page[CalloutSummary]:
    """Newest first, with their neighbourhoods, answers counted, open, closed or ended."""
    return await service.list_callouts(db, acting, clock, page)


@router.get(
    ONE,
    operation_id="callouts:get",
    summary="A callout",
    responses=problem_responses(401, 404, 409, 422),
)
async def get(
    callout_id: uuid.UUID, db: DbSession, acting: DashboardMember, clock: ClockDep
) -> CalloutRead:
    """With its text and questions; another organisation's is not found."""
    return await service.get(db, acting, clock, callout_id)


@router.post(
    ONE + "/close",
    operation_id="callouts:close",
    summary="Close a callout",
    responses=problem_responses(401, 404, 409, 422),
)
async def close(
    callout_id: uuid.UUID, db: DbSession, acting: DashboardMember, clock: ClockDep
) -> CalloutRead:
    """It takes no more answers; closed already: 409."""
    return await service.close(db, acting, clock, callout_id)


@router.get(
    ONE + "/answers",
    operation_id="callouts:list_answers",
    summary="The answers to a callout",
    responses=problem_responses(401, 404, 409, 422),
)
async def list_answers(
    callout_id: uuid.UUID,
    db: DbSession,
    acting: DashboardMember,
    page: PageQuery,
    neighbourhood_id: Annotated[
        uuid.UUID | None, Query(description="Only answers from this neighbourhood.")
    ] = None,
    day_part: Annotated[DayPart | None, Query(description="Only who is available then.")] = None,
    q: Annotated[
        PlainText | None, Query(max_length=100, description="In the name or e-mail address.")
    ] = None,
    question_id: Annotated[
        uuid.UUID | None, Query(description="Only who answered this question...")
    ] = None,
    value: Annotated[
        PlainText | None,
        Query(max_length=200, description="...with this choice, true/false, or this text."),
    ] = None,
) -> Page[AnswerRow]:
    """Last changed first; reading them (personal data) is audited."""
    filters = {
        "neighbourhood_id": neighbourhood_id,
        "day_part": day_part,
        "q": q,
        "question_id": question_id,
        "value": value,
    }
    return await service.answers(db, acting, callout_id, filters, page)


@router.get(
    ONE + "/answers/export",
    operation_id="callouts:export_answers",
    summary="The answers as a spreadsheet",
    response_class=Response,
    responses={
        200: {
            "content": {
                export.CSV_MEDIA_TYPE.split(";")[0]: {"schema": {"type": "string"}},
                export.XLSX_MEDIA_TYPE: {"schema": {"type": "string", "format": "binary"}},
            },
            "description": "The answers as CSV (UTF-8 with a BOM) or XLSX.",
        },
        **problem_responses(401, 404, 409, 422),
    },
)
async def export_answers(
    callout_id: uuid.UUID,
    db: DbSession,
    acting: DashboardMember,
    clock: ClockDep,
    file_format: Annotated[
        export.ExportFormat, Query(alias="format", description="csv or xlsx.")
    ] = "csv",
) -> Response:
    """In my language (CSV: `;` separated in Dutch and French, `,` in English); audited."""
    filename, media_type, data = await export.export(
        db, acting, clock, callout_id, file_format, current_language()
    )
    return Response(
        data,
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


# --- residents ----------------------------------------------------------------------------------


@router.get(
    FEED,
    operation_id="callouts:feed",
    summary="The neighbourhood's open callouts",
    responses=problem_responses(401, 404, 422),
)
async def feed(db: DbSession, neighbour: NeighbourReader, clock: ClockDep) -> list[CalloutInFeed]:
    """Open callouts of the organisations serving it, newest first: the feed shows them on top."""
    return await service.feed(db, neighbour, clock)


@router.get(
    FEED + "/{callout_id}",
    operation_id="callouts:get_form",
    summary="A callout's form",
    responses=problem_responses(401, 404, 422),
)
async def get_form(
    callout_id: uuid.UUID, db: DbSession, neighbour: NeighbourReader, clock: ClockDep
) -> CalloutForm:
    """Its questions and my answer; a callout not sent to this neighbourhood is not found."""
    return await service.form(db, neighbour, clock, callout_id)


@router.put(
    FEED + "/{callout_id}/answer",
    operation_id="callouts:answer",
    summary="Answer a callout",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def answer(
    callout_id: uuid.UUID,
    body: AnswerIn,
    db: DbSession,
    neighbour: NeighbourWriter,
    clock: ClockDep,
) -> MyAnswer:
    """Residents only (403 otherwise); again changes my answer; closed or ended: 409."""
    return await service.answer(db, neighbour, clock, callout_id, body)


@router.delete(
    FEED + "/{callout_id}/answer",
    operation_id="callouts:withdraw_answer",
    summary="Withdraw my answer",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404, 422),
)
async def withdraw_answer(
    callout_id: uuid.UUID, db: DbSession, neighbour: NeighbourWriter
) -> Response:
    """Removed from the organisation's table; 404 without one."""
    await service.withdraw(db, neighbour, callout_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
