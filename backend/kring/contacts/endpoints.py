"""Contact requests: the public form (`/providers/{id}/contact-requests`) and the provider's
inbox (`/provider/contact-requests`)."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request, status
from redis.asyncio import Redis

from kring.admin.auth import StaffMember
from kring.auth.actor import CurrentActor
from kring.config import settings_of
from kring.contacts import service, statistics
from kring.contacts.schemas import (
    ContactReceipt,
    ContactRequestCreate,
    ContactRequestRead,
    ContactRequestUpdate,
    InboxPage,
)
from kring.contacts.statistics import ProviderResponseTimes, ProviderStatistics
from kring.kit.db import DbSession
from kring.kit.errors import InvalidInput, problem_responses
from kring.kit.i18n import N_
from kring.kit.throttle import get_redis
from kring.kit.types import INT32_MAX
from kring.kit.working_days import AMSTERDAM
from kring.providers.service import own_profile

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
    request: Request,
    db: DbSession,
    redis: RedisDep,
) -> ContactReceipt:
    """No account needed; you get a confirmation e-mail and an answer within two working days."""
    return await service.submit(db, redis, settings_of(request), request, profile_id, body)


@inbox_router.get(
    "",
    operation_id="provider:list_contact_requests",
    summary="My contact requests",
    responses=problem_responses(401, 403, 404, 422),
)
async def list_contact_requests(
    db: DbSession,
    actor: CurrentActor,
    show: Annotated[Literal["open", "all"], Query(description="Unanswered only, or all.")] = "all",
    page: Annotated[int, Query(ge=1, le=1000)] = 1,
    page_size: Annotated[int, Query(ge=1, le=100)] = 20,
) -> InboxPage:
    """Unanswered first, soonest deadline first; with how many are open and overdue."""
    return await service.inbox(db, actor, show == "open", page, page_size)


@inbox_router.get(
    "/{request_id}",
    operation_id="provider:get_contact_request",
    summary="One contact request",
    responses=problem_responses(401, 403, 404),
)
async def get_contact_request(
    request_id: uuid.UUID, request: Request, db: DbSession, actor: CurrentActor
) -> ContactRequestRead:
    """Reading it is recorded (it holds the customer's details)."""
    return await service.get(db, request, actor, request_id)


@inbox_router.patch(
    "/{request_id}",
    operation_id="provider:update_contact_request",
    summary="Mark a request in progress or handled",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def update_contact_request(
    request_id: uuid.UUID,
    body: ContactRequestUpdate,
    request: Request,
    db: DbSession,
    actor: CurrentActor,
) -> ContactRequestRead:
    """Handled invites the customer to review you; a handled request stays handled."""
    return await service.update(db, settings_of(request), request, actor, request_id, body)


@statistics_router.get(
    "",
    operation_id="provider:get_statistics",
    summary="My figures over a period",
    responses=problem_responses(401, 403, 404, 422),
)
async def get_statistics(
    db: DbSession,
    actor: CurrentActor,
    period_from: Annotated[date | None, Query(alias="from")] = None,
    period_to: Annotated[date | None, Query(alias="to")] = None,
) -> ProviderStatistics:
    """Requests, appointments, response times and requests per week; by default 12 weeks."""
    today = datetime.now(AMSTERDAM).date()
    end = period_to or today
    start = period_from or end - timedelta(weeks=12) + timedelta(days=1)
    if start > end:
        raise InvalidInput.on("from", N_("The period has to start before it ends."), "query")
    if (end - start).days > 731:
        raise InvalidInput.on("from", N_("Choose a period of at most two years."), "query")
    profile = await own_profile(db, actor)
    return await statistics.provider_statistics(db, profile, start, end)


@staff_router.get(
    "",
    operation_id="admin:list_response_times",
    summary="Providers' response times and overdue requests",
    responses=problem_responses(401, 403, 422),
)
async def list_response_times(
    db: DbSession,
    actor: StaffMember,
    overdue_only: Annotated[
        bool, Query(description="Only providers with overdue requests.")
    ] = True,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=INT32_MAX)] = 0,
) -> list[ProviderResponseTimes]:
    """The most overdue first; for every staff role."""
    return await statistics.response_times(db, overdue_only, limit, offset)
