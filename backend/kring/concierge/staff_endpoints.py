"""The staff console's concierge routes: subscriptions, the case queue, look-ups, options,
costs with the budget ledger, and the figures."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from kring.concierge import cases, service
from kring.concierge.auth import ConciergeWorker, SubscriptionKeeper
from kring.concierge.schemas import (
    ConciergeCaseRead,
    ConciergeCaseSummary,
    ConciergeCaseUpdate,
    ConciergeCostCreate,
    ConciergeCostRead,
    ConciergeCostRecorded,
    ConciergeFigures,
    ConciergeLedger,
    ConciergeOptionCreate,
    ConciergePhoneCaseCreate,
    ConciergeSubscriptionCreate,
    ConciergeSubscriptionEnd,
    ConciergeSubscriptionRead,
    ConciergeSubscriptionUpdate,
    ConciergeSubscriptionWithLedger,
    NeighbourHelp,
    ProviderHelp,
)
from kring.config import SettingsDep
from kring.kit.clock import ClockDep
from kring.kit.db import DbSession
from kring.kit.errors import InvalidInput, problem_responses
from kring.kit.i18n import N_
from kring.kit.pagination import Page, PageQuery
from kring.kit.types import PlainText
from kring.models.concierge import CaseStatus

router = APIRouter(prefix="/admin/concierge", tags=["admin-concierge"])
SUBSCRIPTION = "/subscriptions/{subscription_id}"
CASE = "/cases/{case_id}"


@router.get(
    "/subscriptions",
    operation_id="admin:list_concierge_subscriptions",
    summary="Concierge subscriptions",
    responses=problem_responses(401, 403, 422),
)
async def list_subscriptions(
    db: DbSession,
    principal: SubscriptionKeeper,
    clock: ClockDep,
    page: PageQuery,
    q: Annotated[PlainText | None, Query(max_length=100)] = None,
) -> Page[ConciergeSubscriptionRead]:
    """Newest first; `q` finds the subscriber by name or e-mail."""
    return await service.list_subscriptions(db, clock, q, page)


@router.post(
    "/subscriptions",
    operation_id="admin:create_concierge_subscription",
    summary="Subscribe a person",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 409, 422),
)
async def create_subscription(
    body: ConciergeSubscriptionCreate, db: DbSession, principal: SubscriptionKeeper, clock: ClockDep
) -> ConciergeSubscriptionRead:
    """A period overlapping another of the person's is refused (409 naming `starts_on`)."""
    return await service.create_subscription(db, principal, clock, body)


@router.get(
    SUBSCRIPTION,
    operation_id="admin:get_concierge_subscription",
    summary="A subscription with this month's ledger",
    responses=problem_responses(401, 403, 404),
)
async def get_subscription(
    subscription_id: uuid.UUID, db: DbSession, principal: SubscriptionKeeper, clock: ClockDep
) -> ConciergeSubscriptionWithLedger:
    """With the budget spent and left this month."""
    return await service.get_subscription(db, clock, subscription_id)


@router.patch(
    SUBSCRIPTION,
    operation_id="admin:update_concierge_subscription",
    summary="Change a subscription's budget or funding",
    responses=problem_responses(401, 403, 404, 422),
)
async def update_subscription(
    subscription_id: uuid.UUID,
    body: ConciergeSubscriptionUpdate,
    db: DbSession,
    principal: SubscriptionKeeper,
    clock: ClockDep,
) -> ConciergeSubscriptionRead:
    """Audited."""
    return await service.update_subscription(db, principal, clock, subscription_id, body)


@router.post(
    SUBSCRIPTION + "/end",
    operation_id="admin:end_concierge_subscription",
    summary="End a subscription",
    responses=problem_responses(401, 403, 404, 422),
)
async def end_subscription(
    subscription_id: uuid.UUID,
    body: ConciergeSubscriptionEnd,
    db: DbSession,
    principal: SubscriptionKeeper,
    clock: ClockDep,
) -> ConciergeSubscriptionRead:
    """On its last day; earlier than set before, never later."""
    return await service.end_subscription(db, principal, clock, subscription_id, body)


@router.get(
    SUBSCRIPTION + "/costs",
    operation_id="admin:list_concierge_costs",
    summary="A subscription's costs",
    responses=problem_responses(401, 403, 404),
)
async def list_costs(
    subscription_id: uuid.UUID, db: DbSession, principal: ConciergeWorker
) -> list[ConciergeCostRead]:
    """Newest spending first (the last 500)."""
    return await service.list_costs(db, subscription_id)


@router.post(
    SUBSCRIPTION + "/costs",
    operation_id="admin:record_concierge_cost",
    summary="Record a cost",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def record_cost(
    subscription_id: uuid.UUID, body: ConciergeCostCreate, db: DbSession, principal: ConciergeWorker
) -> ConciergeCostRecorded:
    """Over the month's budget: 409 naming `amount_cents`, unless the subscriber agreed."""
    return await service.record_cost(db, principal, subscription_id, body)


@router.get(
    SUBSCRIPTION + "/ledger",
    operation_id="admin:get_concierge_ledger",
    summary="A month of a subscription's budget",
    responses=problem_responses(401, 403, 404, 422),
)
async def get_ledger(
    subscription_id: uuid.UUID,
    db: DbSession,
    principal: ConciergeWorker,
    clock: ClockDep,
    month: Annotated[date | None, Query(description="Any day of the month; this month.")] = None,
) -> ConciergeLedger:
    """Budget, spent, left; a warning from 80% used."""
    return await service.subscription_ledger(db, clock, subscription_id, month)


@router.get(
    "/cases",
    operation_id="admin:list_concierge_cases",
    summary="The concierge's queue",
    responses=problem_responses(401, 403, 422),
)
async def list_cases(
    db: DbSession,
    principal: ConciergeWorker,
    page: PageQuery,
    status: Annotated[list[CaseStatus] | None, Query(description="Open cases if left out.")] = None,
) -> Page[ConciergeCaseSummary]:
    """Oldest first."""
    return await cases.queue(db, status, page)


@router.post(
    "/cases",
    operation_id="admin:create_concierge_case",
    summary="Enter a request that came by phone",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 422),
)
async def create_case(
    body: ConciergePhoneCaseCreate, db: DbSession, principal: ConciergeWorker, clock: ClockDep
) -> ConciergeCaseRead:
    """For a subscription running today."""
    return await cases.phone_case(db, principal, clock, body)


@router.get(
    CASE,
    operation_id="admin:get_concierge_case",
    summary="A case with its options",
    responses=problem_responses(401, 403, 404),
)
async def get_case(
    case_id: uuid.UUID, db: DbSession, principal: ConciergeWorker
) -> ConciergeCaseRead:
    """A client record: the read is audited."""
    return await cases.staff_case(db, principal, case_id)


@router.patch(
    CASE,
    operation_id="admin:update_concierge_case",
    summary="Record a case's follow-up",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def update_case(
    case_id: uuid.UUID,
    body: ConciergeCaseUpdate,
    db: DbSession,
    principal: ConciergeWorker,
    clock: ClockDep,
) -> ConciergeCaseRead:
    """Searching, proposed, arranged (after the subscriber chose), done (how it was solved,
    the satisfaction) or cancelled."""
    return await cases.update_case(db, principal, clock, case_id, body)


@router.get(
    CASE + "/informal-help",
    operation_id="admin:list_concierge_informal_help",
    summary="Neighbours who could help",
    responses=problem_responses(401, 403, 404, 422),
)
async def informal_help(
    case_id: uuid.UUID, db: DbSession, principal: ConciergeWorker, page: PageQuery
) -> Page[NeighbourHelp]:
    """The subscriber's neighbours offering the case's skill, volunteers marked; a rounded
    distance, never an address."""
    return await cases.informal_help(db, case_id, page)


@router.get(
    CASE + "/providers",
    operation_id="admin:list_concierge_providers",
    summary="Providers who could help",
    responses=problem_responses(401, 403, 404, 422),
)
async def providers(
    case_id: uuid.UUID,
    db: DbSession,
    principal: ConciergeWorker,
    page: PageQuery,
    category: Annotated[PlainText | None, Query(max_length=60)] = None,
    q: Annotated[PlainText, Query(max_length=100)] = "",
) -> Page[ProviderHelp]:
    """Kring's provider search from the subscriber's home: prices and badges."""
    return await cases.providers(db, principal, case_id, category, q, page)


@router.post(
    CASE + "/options",
    operation_id="admin:propose_concierge_option",
    summary="Propose an option",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def propose(
    case_id: uuid.UUID,
    body: ConciergeOptionCreate,
    db: DbSession,
    principal: ConciergeWorker,
    settings: SettingsDep,
) -> ConciergeCaseRead:
    """The subscriber is told by e-mail."""
    return await cases.propose(db, principal, settings, case_id, body)


@router.delete(
    CASE + "/options/{option_id}",
    operation_id="admin:withdraw_concierge_option",
    summary="Withdraw an option",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404, 409),
)
async def withdraw(
    case_id: uuid.UUID, option_id: uuid.UUID, db: DbSession, principal: ConciergeWorker
) -> Response:
    """Not once the subscriber chose it."""
    await cases.withdraw(db, principal, case_id, option_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get(
    "/figures",
    operation_id="admin:get_concierge_figures",
    summary="How cases were solved",
    responses=problem_responses(401, 403, 422),
)
async def figures(
    db: DbSession,
    principal: ConciergeWorker,
    since: Annotated[date, Query(description="First day (Europe/Amsterdam).")],
    until: Annotated[date, Query(description="Last day, included.")],
) -> ConciergeFigures:
    """Cases closed in the period: solved by neighbours or volunteers (informal), by
    professionals (formal), or not solved."""
    if until < since:
        raise InvalidInput.on("until", N_("The end cannot be before the start."), "query")
    return await cases.figures(db, since, until)
