"""Staff and questions (`/admin/questions`): the queue of a care manager (the projects they
lead), of branch staff (their branch's general questions) or of an admin (every one)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from kring.config import SettingsDep
from kring.correspondence import service
from kring.correspondence.auth import QuestionAnswerer
from kring.correspondence.schemas import MessageCreate, QueueItem, QueueView, StaffThreadRead
from kring.kit.clock import ClockDep
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.pagination import Page, PageQuery

router = APIRouter(prefix="/admin/questions", tags=["admin"])


@router.get(
    "",
    operation_id="admin:list_questions",
    summary="The questions queue",
    responses=problem_responses(401, 403, 422),
)
async def list_questions(
    db: DbSession,
    principal: QuestionAnswerer,
    page: PageQuery,
    clock: ClockDep,
    view: Annotated[
        QueueView, Query(description="Waiting for an answer (default), or all.")
    ] = "waiting",
) -> Page[QueueItem]:
    """Waiting: the longest waiting first, with the days waited; all: the newest activity
    first. Each page is audited."""
    return await service.queue(db, principal, clock, view, page)


@router.get(
    "/{thread_id}",
    operation_id="admin:get_question",
    summary="A question's thread",
    responses=problem_responses(401, 403, 404),
)
async def get_question(
    thread_id: uuid.UUID, db: DbSession, principal: QuestionAnswerer, clock: ClockDep
) -> StaffThreadRead:
    """With the organisation, project, asker and messages; outside your queue it is not found.
    The read is audited."""
    return await service.staff_get(db, principal, clock, thread_id)


@router.post(
    "/{thread_id}/answers",
    operation_id="admin:answer_question",
    summary="Answer a question",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def answer_question(
    thread_id: uuid.UUID,
    body: MessageCreate,
    db: DbSession,
    principal: QuestionAnswerer,
    settings: SettingsDep,
    clock: ClockDep,
) -> StaffThreadRead:
    """Open threads only (409 when closed); the asker gets an e-mail with a link to it."""
    return await service.answer(db, principal, settings, clock, thread_id, body.body)


@router.post(
    "/{thread_id}/close",
    operation_id="admin:close_question",
    summary="Close a question's thread",
    responses=problem_responses(401, 403, 404),
)
async def close_question(
    thread_id: uuid.UUID, db: DbSession, principal: QuestionAnswerer, clock: ClockDep
) -> StaffThreadRead:
    """It leaves the queue; closing it again changes nothing."""
    return await service.staff_close(db, principal, clock, thread_id)
