"""Contact requests: the public form (`/providers/{id}/contact-requests`) and the provider's
inbox (`/provider/contact-requests`)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, status
from redis.asyncio import Redis

from kring.config import SettingsDep
from kring.contacts import service, statistics
from kring.contacts.auth import AnyVisitor, ProviderReader, ProviderWriter, ResponseTimesWatcher
from kring.contacts.schemas import (
    ContactReceipt,
    ContactRequestCreate,
    ContactRequestRead,
    ContactRequestUpdate,
    InboxPage,
    ProviderResponseTimes,
    ProviderStatistics,
)
from kring.kit.clock import ClockDep
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.pagination import Page, PageQuery
from kring.kit.throttle import get_redis

public_router = APIRouter(prefix="/providers", tags=["contact requests"])
inbox_router = APIRouter(prefix="/provider/contact-requests", tags=["provider"])
statistics_router = APIRouter(prefix="/provider/statistics", tags=["provider"])
staff_router = APIRouter(prefix="/admin/provider-response-times", tags=["admin"])

RedisDep = Annotated[Redis, Depends(get_redis)]


@public_router.post(
    "/{profile_id}/contact-requests",
    operation_id="contacts:send_contact_request",
    summary="Ask a provider to contact you",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(404, 422, 429),
)
async def send_contact_request(
    profile_id: uuid.UUID,
    body: ContactRequestCreate,
    db: DbSession,
    visitor: AnyVisitor,
    redis: RedisDep,
    settings: SettingsDep,
    clock: ClockDep,
) -> ContactReceipt:
    """No account needed; you get a confirmation e-mail and an answer within two working days."""
    return await service.submit(db, visitor, redis, settings, clock, profile_id, body)


@inbox_router.get(
    "",
    operation_id="provider:list_contact_requests",
    summary="My contact requests",
    responses=problem_responses(401, 403, 404, 422),
)
async def list_contact_requests(
    db: DbSession,
    provider: ProviderReader,
    clock: ClockDep,
    page: PageQuery,
    show: Annotated[Literal["open", "all"], Query(description="Unanswered only, or all.")] = "all",
) -> InboxPage:
    """Unanswered first, soonest deadline first; with how many are open and overdue."""
    return await service.inbox(db, provider, clock, show == "open", page)


@inbox_router.get(
    "/{request_id}",
    operation_id="provider:get_contact_request",
    summary="One contact request",
    responses=problem_responses(401, 403, 404),
)
async def get_contact_request(
    request_id: uuid.UUID, db: DbSession, provider: ProviderReader, clock: ClockDep
) -> ContactRequestRead:
    """Reading it is recorded (it holds the customer's details)."""
    return await service.get(db, provider, clock, request_id)


@inbox_router.patch(
    "/{request_id}",
    operation_id="provider:update_contact_request",
    summary="Mark a request in progress or handled",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def update_contact_request(
    request_id: uuid.UUID,
    body: ContactRequestUpdate,
    db: DbSession,
    provider: ProviderWriter,
    settings: SettingsDep,
    clock: ClockDep,
) -> ContactRequestRead:
    """Handled invites the customer to review you; a handled request stays handled."""
    return await service.update(db, provider, settings, clock, request_id, body)


@statistics_router.get(
    "",
    operation_id="provider:get_statistics",
    summary="My figures over a period",
    responses=problem_responses(401, 403, 404, 422),
)
async def get_statistics(
    db: DbSession,
    provider: ProviderReader,
    clock: ClockDep,
    period_from: Annotated[date | None, Query(alias="from")] = None,
    period_to: Annotated[date | None, Query(alias="to")] = None,
) -> ProviderStatistics:
    """Requests, appointments, response times and requests per week; by default 12 weeks."""
    return await statistics.provider_statistics(db, provider, clock, period_from, period_to)


@staff_router.get(
    "",
    operation_id="admin:list_response_times",
    summary="Providers' response times and overdue requests",
    responses=problem_responses(401, 403, 422),
)
async def list_response_times(
    db: DbSession,
    principal: ResponseTimesWatcher,
    clock: ClockDep,
    page: PageQuery,
    overdue_only: Annotated[
        bool, Query(description="Only providers with overdue requests.")
    ] = True,
) -> Page[ProviderResponseTimes]:
    """The most overdue first; for every staff role."""
    return await statistics.response_times(db, principal, clock, overdue_only, page)
