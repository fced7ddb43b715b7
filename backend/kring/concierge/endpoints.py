"""The subscriber's concierge (partner portal, `/me/concierge`) and a municipality's
subscriptions (service dashboard, `/organisations/{organisation_id}/concierge`)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, status

from kring.auth.dependencies import SignedIn
from kring.concierge import cases, service
from kring.concierge.auth import DashboardMember
from kring.concierge.schemas import (
    ConciergeCaseCreate,
    ConciergeCaseRead,
    ConciergeCaseSummary,
    ConciergeMemberSubscriptionCreate,
    ConciergeSubscriptionEnd,
    ConciergeSubscriptionRead,
    ConciergeSubscriptionWithLedger,
)
from kring.kit.clock import ClockDep
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.pagination import Page, PageQuery

router = APIRouter(tags=["neighbourhood-concierge"])
MINE = "/me/concierge"
DASHBOARD = "/organisations/{organisation_id}/concierge/subscriptions"


@router.get(
    MINE,
    operation_id="concierge:get_my_subscription",
    summary="My concierge subscription",
    responses=problem_responses(401, 404),
)
async def my_subscription(
    db: DbSession, principal: SignedIn, clock: ClockDep
) -> ConciergeSubscriptionWithLedger:
    """The subscription running today, with the budget spent and left this month."""
    return await service.my_subscription(db, principal, clock)


@router.get(
    MINE + "/cases",
    operation_id="concierge:list_my_cases",
    summary="My requests for help",
    responses=problem_responses(401, 422),
)
async def my_cases(
    db: DbSession, principal: SignedIn, page: PageQuery
) -> Page[ConciergeCaseSummary]:
    """Oldest first."""
    return await cases.my_cases(db, principal, page)


@router.post(
    MINE + "/cases",
    operation_id="concierge:ask",
    summary="Ask the concierge for help",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 404, 422),
)
async def ask(
    body: ConciergeCaseCreate, db: DbSession, principal: SignedIn, clock: ClockDep
) -> ConciergeCaseRead:
    """Only with a subscription running today (404 otherwise)."""
    return await cases.ask(db, principal, clock, body)


@router.get(
    MINE + "/cases/{case_id}",
    operation_id="concierge:get_my_case",
    summary="One of my requests with its options",
    responses=problem_responses(401, 404),
)
async def my_case(case_id: uuid.UUID, db: DbSession, principal: SignedIn) -> ConciergeCaseRead:
    """The options proposed, with their costs and the providers' badges."""
    return await cases.my_case(db, principal, case_id)


@router.post(
    MINE + "/cases/{case_id}/options/{option_id}/choose",
    operation_id="concierge:choose_option",
    summary="Choose an option",
    responses=problem_responses(401, 404, 409),
)
async def choose(
    case_id: uuid.UUID, option_id: uuid.UUID, db: DbSession, principal: SignedIn, clock: ClockDep
) -> ConciergeCaseRead:
    """The others are declined; the concierge then arranges it."""
    return await cases.choose(db, principal, clock, case_id, option_id)


@router.get(
    DASHBOARD,
    operation_id="concierge:list_subscriptions",
    summary="The organisation's concierge subscriptions",
    responses=problem_responses(401, 404, 409, 422),
)
async def list_subscriptions(
    acting: DashboardMember, db: DbSession, clock: ClockDep, page: PageQuery
) -> Page[ConciergeSubscriptionRead]:
    """Of residents of the neighbourhoods it serves, newest first."""
    return await service.member_subscriptions(db, acting, clock, page)


@router.post(
    DASHBOARD,
    operation_id="concierge:create_subscription",
    summary="Subscribe a resident",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 404, 409, 422),
)
async def create_subscription(
    body: ConciergeMemberSubscriptionCreate, acting: DashboardMember, db: DbSession, clock: ClockDep
) -> ConciergeSubscriptionRead:
    """Named by the e-mail of their account; they must live in a neighbourhood the
    organisation serves (422 naming `email`)."""
    return await service.member_create(db, acting, clock, body)


@router.post(
    DASHBOARD + "/{subscription_id}/end",
    operation_id="concierge:end_subscription",
    summary="End a subscription",
    responses=problem_responses(401, 404, 409, 422),
)
async def end_subscription(
    subscription_id: uuid.UUID,
    body: ConciergeSubscriptionEnd,
    acting: DashboardMember,
    db: DbSession,
    clock: ClockDep,
) -> ConciergeSubscriptionRead:
    """On its last day."""
    return await service.member_end(db, acting, clock, subscription_id, body)
