"""Questions and correspondence in the portal (`/organisations/{id}/...`): a member asks a
project's care manager or the supplier branch, and reads and follows up their own threads."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from kring.correspondence import service
from kring.correspondence.auth import Asker
from kring.correspondence.schemas import (
    MessageCreate,
    QuestionCreate,
    ThreadRead,
    ThreadSummary,
    ThreadView,
    UnreadCount,
)
from kring.kit.clock import ClockDep
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.pagination import Page, PageQuery

router = APIRouter(prefix="/organisations/{organisation_id}", tags=["correspondence"])


@router.post(
    "/projects/{project_id}/questions",
    operation_id="correspondence:ask_about_project",
    summary="Ask the project's care manager a question",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def ask_about_project(
    project_id: uuid.UUID,
    body: QuestionCreate,
    db: DbSession,
    acting: Asker,
    clock: ClockDep,
) -> ThreadRead:
    """For a project you see; the care manager who leads it answers, and you get an e-mail."""
    return await service.ask_about_project(db, acting, clock, project_id, body.subject, body.body)


@router.post(
    "/questions",
    operation_id="correspondence:ask",
    summary="Ask the supplier branch a question",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def ask(body: QuestionCreate, db: DbSession, acting: Asker, clock: ClockDep) -> ThreadRead:
    """A general question to your organisation's branch; 409 when it has none (phone Kring)."""
    return await service.ask(db, acting, clock, body.subject, body.body)


@router.get(
    "/correspondence",
    operation_id="correspondence:list",
    summary="My correspondence",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def list_threads(
    db: DbSession,
    acting: Asker,
    page: PageQuery,
    view: Annotated[ThreadView, Query(description="Open threads (default), or all.")] = "open",
) -> Page[ThreadSummary]:
    """The threads I started in this organisation, the newest activity first."""
    return await service.list_threads(db, acting, view, page)


@router.get(
    "/correspondence/unread",
    operation_id="correspondence:count_unread",
    summary="How many of my threads have an unread answer",
    responses=problem_responses(401, 403, 404, 409),
)
async def count_unread(db: DbSession, acting: Asker) -> UnreadCount:
    """A count for the home page and the menu."""
    return await service.count_unread(db, acting)


@router.get(
    "/correspondence/{thread_id}",
    operation_id="correspondence:get",
    summary="One of my threads",
    responses=problem_responses(401, 403, 404, 409),
)
async def get_thread(
    thread_id: uuid.UUID, db: DbSession, acting: Asker, clock: ClockDep
) -> ThreadRead:
    """With its messages, oldest first; reading it marks its answers read. A colleague's
    thread is not found."""
    return await service.read_thread(db, acting, clock, thread_id)


@router.post(
    "/correspondence/{thread_id}/messages",
    operation_id="correspondence:reply",
    summary="Follow up on one of my threads",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def reply(
    thread_id: uuid.UUID, body: MessageCreate, db: DbSession, acting: Asker, clock: ClockDep
) -> ThreadRead:
    """Open threads only (409 when closed); the thread waits for an answer again."""
    return await service.reply(db, acting, clock, thread_id, body.body)


@router.post(
    "/correspondence/{thread_id}/close",
    operation_id="correspondence:close",
    summary="Close one of my threads",
    responses=problem_responses(401, 403, 404, 409),
)
async def close(thread_id: uuid.UUID, db: DbSession, acting: Asker, clock: ClockDep) -> ThreadRead:
    """It leaves the queue; closing it again changes nothing."""
    return await service.close(db, acting, clock, thread_id)
