"""The routes of residents and neighbourhood workers: private conversations (`/conversations`),
blocks (`/me/blocks`) and reports (`/neighbourhood-reports`)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Response, status
from redis.asyncio import Redis

from kring.auth.dependencies import SignedIn
from kring.kit.clock import ClockDep
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.pagination import Page, PageQuery
from kring.kit.throttle import get_redis
from kring.neighbour_messages import safety, service
from kring.neighbour_messages.schemas import (
    BlockRead,
    ConversationCreate,
    ConversationRead,
    ConversationSummary,
    NeighbourMessageCreate,
    ReportCreate,
    ReportRead,
    UnreadTotals,
)

router = APIRouter(tags=["neighbour_messages"])
RedisDep = Annotated[Redis, Depends(get_redis)]


@router.post(
    "/conversations",
    operation_id="neighbour_messages:start",
    summary="Write to a neighbour",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 404, 422, 429),
)
async def start(
    body: ConversationCreate,
    db: DbSession,
    principal: SignedIn,
    clock: ClockDep,
    redis: RedisDep,
    page: PageQuery,
) -> ConversationRead:
    """Opens (or reuses) the conversation with a neighbour, or about a post, and sends the first
    message; 404 for someone you share no neighbourhood with, 403 when suspended or blocked."""
    return await service.start(db, principal, clock, redis, body, page)


@router.get(
    "/conversations",
    operation_id="neighbour_messages:list",
    summary="My conversations",
    responses=problem_responses(401, 422),
)
async def list_conversations(
    db: DbSession, principal: SignedIn, page: PageQuery
) -> Page[ConversationSummary]:
    """The last message first, with its excerpt and the unread count of each."""
    return await service.inbox(db, principal, page)


@router.get(
    "/conversations/unread",
    operation_id="neighbour_messages:count_unread",
    summary="How many conversations and messages wait unread",
    responses=problem_responses(401),
)
async def count_unread(db: DbSession, principal: SignedIn) -> UnreadTotals:
    """For the menu's badge."""
    return await service.unread(db, principal)


@router.get(
    "/conversations/{conversation_id}",
    operation_id="neighbour_messages:get",
    summary="One of my conversations",
    responses=problem_responses(401, 404, 422),
)
async def get_conversation(
    conversation_id: uuid.UUID, db: DbSession, principal: SignedIn, page: PageQuery
) -> ConversationRead:
    """Its messages, the newest page first; anyone but its two members finds nothing."""
    return await service.read(db, principal, conversation_id, page)


@router.post(
    "/conversations/{conversation_id}/messages",
    operation_id="neighbour_messages:write",
    summary="Write in one of my conversations",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 404, 422, 429),
)
async def write(
    conversation_id: uuid.UUID,
    body: NeighbourMessageCreate,
    db: DbSession,
    principal: SignedIn,
    clock: ClockDep,
    redis: RedisDep,
    page: PageQuery,
) -> ConversationRead:
    """403 when you may no longer write to the other side (suspended, blocked, moved away)."""
    return await service.write(db, principal, clock, redis, conversation_id, body.body, page)


@router.post(
    "/conversations/{conversation_id}/read",
    operation_id="neighbour_messages:mark_read",
    summary="Mark one of my conversations read",
    responses=problem_responses(401, 403, 404),
)
async def mark_read(
    conversation_id: uuid.UUID, db: DbSession, principal: SignedIn, clock: ClockDep
) -> ConversationSummary:
    """Everything in it so far is read."""
    return await service.mark_read(db, principal, clock, conversation_id)


@router.get(
    "/me/blocks",
    operation_id="neighbour_messages:list_blocks",
    summary="The people I blocked",
    responses=problem_responses(401),
)
async def list_blocks(db: DbSession, principal: SignedIn) -> list[BlockRead]:
    """The latest first."""
    return await safety.blocks(db, principal)


@router.put(
    "/me/blocks/{user_id}",
    operation_id="neighbour_messages:block",
    summary="Block a person",
    responses=problem_responses(401, 403, 404),
)
async def block(user_id: uuid.UUID, db: DbSession, principal: SignedIn) -> list[BlockRead]:
    """No messages either way; only someone you share a neighbourhood or conversation with."""
    return await safety.block(db, principal, user_id)


@router.delete(
    "/me/blocks/{user_id}",
    operation_id="neighbour_messages:unblock",
    summary="Lift a block",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404),
)
async def unblock(user_id: uuid.UUID, db: DbSession, principal: SignedIn) -> Response:
    """Lifting a block that is not there changes nothing."""
    await safety.unblock(db, principal, user_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post(
    "/neighbourhood-reports",
    operation_id="neighbour_messages:report",
    summary="Report a post, reply, message or person",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 404, 422, 429),
)
async def report(
    body: ReportCreate, db: DbSession, principal: SignedIn, clock: ClockDep, redis: RedisDep
) -> ReportRead:
    """Only what you see; the same report again while it is open is the one already there."""
    return await safety.report(db, principal, clock, redis, body)
