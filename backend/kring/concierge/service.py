"""The concierge's subscriptions and their budget: who is subscribed when, and the monthly
ledger every cost is booked against. What other domains may use is re-exported here.

A cost is checked against the budget of the month it was spent in (Europe/Amsterdam calendar
days) under a lock of the subscription's row, so two costs recorded at once cannot pass the
budget together."""

from __future__ import annotations

import calendar
import uuid
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.organisations import OrganisationPrincipal
from kring.auth.principal import Principal
from kring.concierge.auth import (
    residents_served_by,
    subscriptions_of_organisation,
    subscriptions_of_subscriber,
)
from kring.concierge.schemas import (
    ConciergeCostCreate,
    ConciergeCostRead,
    ConciergeCostRecorded,
    ConciergeLedger,
    ConciergeMemberSubscriptionCreate,
    ConciergeSubscriptionCreate,
    ConciergeSubscriptionEnd,
    ConciergeSubscriptionRead,
    ConciergeSubscriptionUpdate,
    ConciergeSubscriptionWithLedger,
)
from kring.kit import money
from kring.kit.clock import Clock
from kring.kit.db import contains_pattern
from kring.kit.errors import Conflict, FieldError, InvalidInput, NotFound
from kring.kit.i18n import N_, _
from kring.kit.pagination import Keyset, Page, PageRequest, SortKey, cut, keyset_page
from kring.models.concierge import ConciergeCase, ConciergeCost, ConciergeSubscription, Funding
from kring.models.organisation import SERVICE_KINDS, Organisation
from kring.models.user import User

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
SUBJECT = "concierge_subscription"
WARNING_SHARE = 0.80

OVERLAPS = N_("This person has a concierge subscription in this period already.")
ENDS_BEFORE_START = N_("The end cannot be before the start.")
NOT_A_SERVICE = N_("Only a municipality or a social service can fund a subscription.")
NO_SUCH_PERSON = N_("Nobody with this e-mail address lives in a neighbourhood you serve.")
OVER_BUDGET = N_("Over budget: {left} left this month.")
OUTSIDE_PERIOD = N_("This day is outside the subscription's period.")
NOT_THIS_SUBSCRIPTION = N_("This case belongs to another subscription.")


def today(clock: Clock) -> date:
    """Today in the Netherlands: budgets are calendar months there."""
    return clock.now().astimezone(AMSTERDAM).date()


def month_of(day: date) -> tuple[date, date]:
    """The first and the last day of `day`'s month (December 9999 included)."""
    first = day.replace(day=1)
    return first, first.replace(day=calendar.monthrange(first.year, first.month)[1])


def running_on(day: date) -> ColumnElement[bool]:
    """Subscriptions running on the day."""
    return (ConciergeSubscription.starts_on <= day) & (
        ConciergeSubscription.ends_on.is_(None) | (ConciergeSubscription.ends_on >= day)
    )


def _read(subscription: ConciergeSubscription, user: User, day: date) -> ConciergeSubscriptionRead:
    return ConciergeSubscriptionRead(
        id=subscription.id,
        user_id=subscription.user_id,
        subscriber_name=user.display_name,
        organisation_id=subscription.organisation_id,
        starts_on=subscription.starts_on,
        ends_on=subscription.ends_on,
        monthly_budget_cents=subscription.monthly_budget_cents,
        funding=Funding(subscription.funding),
        active=subscription.starts_on <= day
        and (subscription.ends_on is None or subscription.ends_on >= day),
        created_at=subscription.created_at,
    )


async def _user(db: AsyncSession, user_id: uuid.UUID) -> User:
    user = await db.get(User, user_id)
    if user is None:
        raise NotFound()
    return user


# --- the ledger --------------------------------------------------------------------------------


def ledger_of(budget_cents: int, spent_cents: int, first: date) -> ConciergeLedger:
    """Warning from 80% used (exactly, in cents), over above 100%."""
    return ConciergeLedger(
        month=first.strftime("%Y-%m"),
        budget_cents=budget_cents,
        spent_cents=spent_cents,
        left_cents=budget_cents - spent_cents,
        used_share=spent_cents / budget_cents,
        warning=spent_cents * 100 >= budget_cents * int(WARNING_SHARE * 100),
        over=spent_cents > budget_cents,
    )


async def spent_in(db: AsyncSession, subscription_id: uuid.UUID, first: date) -> int:
    start, last = month_of(first)
    spent = await db.scalar(
        select(func.coalesce(func.sum(ConciergeCost.amount_cents), 0)).where(
            ConciergeCost.subscription_id == subscription_id,
            ConciergeCost.spent_on >= start,
            ConciergeCost.spent_on <= last,
        )
    )
    return int(spent or 0)


async def ledger(
    db: AsyncSession, subscription: ConciergeSubscription, day: date
) -> ConciergeLedger:
    first, _last = month_of(day)
    return ledger_of(
        subscription.monthly_budget_cents, await spent_in(db, subscription.id, first), first
    )


# --- staff: subscriptions ----------------------------------------------------------------------

NEWEST = Keyset(
    "concierge_subscriptions",
    (
        SortKey(ConciergeSubscription.created_at.expression, True, datetime),
        SortKey(ConciergeSubscription.id.expression, True),
    ),
)


async def _page(
    db: AsyncSession, statement: Select[ConciergeSubscription], page: PageRequest, day: date
) -> Page[ConciergeSubscriptionRead]:
    rows = (
        await db.execute(
            keyset_page(
                statement.add_columns(User).join(User, User.id == ConciergeSubscription.user_id),
                NEWEST,
                page,
            )
        )
    ).all()
    shown, next_cursor = cut(rows, NEWEST, page, lambda row: (row[0].created_at, row[0].id))
    return Page(items=[_read(s, u, day) for s, u in shown], next_cursor=next_cursor)


async def list_subscriptions(
    db: AsyncSession, clock: Clock, q: str | None, page: PageRequest
) -> Page[ConciergeSubscriptionRead]:
    """Newest first; `q` finds the subscriber by name or e-mail."""
    statement = select(ConciergeSubscription)
    if q:
        pattern = contains_pattern(q)
        statement = statement.where(
            ConciergeSubscription.user_id.in_(
                select(User.id).where(
                    or_(
                        User.first_name.ilike(pattern),
                        User.last_name.ilike(pattern),
                        User.email.ilike(pattern),
                    )
                )
            )
        )
    return await _page(db, statement, page, today(clock))


async def _check_period(
    db: AsyncSession, user: User, starts_on: date, ends_on: date | None, field: str = "ends_on"
) -> None:
    """No overlap with another period of the person's (the database refuses one too); the
    person's row is locked first so two subscriptions made at once are checked in turn."""
    if ends_on is not None and ends_on < starts_on:
        raise InvalidInput.on(field, ENDS_BEFORE_START)
    await db.execute(select(User.id).where(User.id == user.id).with_for_update())
    last = date.max if ends_on is None else ends_on
    overlapping = await db.scalar(
        select(ConciergeSubscription.id).where(
            ConciergeSubscription.user_id == user.id,
            ConciergeSubscription.starts_on <= last,
            ConciergeSubscription.ends_on.is_(None) | (ConciergeSubscription.ends_on >= starts_on),
        )
    )
    if overlapping is not None:
        raise Conflict(
            _(OVERLAPS),
            errors=[FieldError(location="body", field="starts_on", message=_(OVERLAPS))],
        )


async def _insert(
    db: AsyncSession,
    principal: Principal | OrganisationPrincipal,
    user: User,
    organisation_id: uuid.UUID | None,
    body: ConciergeSubscriptionCreate | ConciergeMemberSubscriptionCreate,
    clock: Clock,
) -> ConciergeSubscriptionRead:
    await _check_period(db, user, body.starts_on, body.ends_on)
    acting = principal.principal if isinstance(principal, OrganisationPrincipal) else principal
    subscription = ConciergeSubscription(
        user_id=user.id,
        organisation_id=organisation_id,
        starts_on=body.starts_on,
        ends_on=body.ends_on,
        monthly_budget_cents=body.monthly_budget_cents,
        funding=body.funding,
        created_by_user_id=acting.user_id,
    )
    db.add(subscription)
    await db.flush()
    await audit.record(
        db,
        principal,
        "concierge.subscription_created",
        subject_type=SUBJECT,
        subject_id=subscription.id,
        details={
            "user_id": str(user.id),
            "monthly_budget_cents": body.monthly_budget_cents,
            "funding": body.funding,
        },
    )
    await db.refresh(subscription)
    return _read(subscription, user, today(clock))


async def create_subscription(
    db: AsyncSession, principal: Principal, clock: Clock, body: ConciergeSubscriptionCreate
) -> ConciergeSubscriptionRead:
    """Staff subscribe anyone with an account; the funder must be a municipality or social
    service (422 naming `organisation_id`)."""
    user = await db.get(User, body.user_id)
    if user is None or user.status == "deleted":
        raise InvalidInput.on("user_id", N_("There is no such account."))
    if body.organisation_id is not None:
        kind = await db.scalar(
            select(Organisation.kind).where(Organisation.id == body.organisation_id)
        )
        if kind not in SERVICE_KINDS:
            raise InvalidInput.on("organisation_id", NOT_A_SERVICE)
    return await _insert(db, principal, user, body.organisation_id, body, clock)


async def _staff_subscription(
    db: AsyncSession, subscription_id: uuid.UUID, *, lock: bool = False
) -> ConciergeSubscription:
    statement = select(ConciergeSubscription).where(ConciergeSubscription.id == subscription_id)
    if lock:
        statement = statement.with_for_update().execution_options(populate_existing=True)
    found = (await db.execute(statement)).scalar_one_or_none()
    if found is None:
        raise NotFound()
    return found


async def get_subscription(
    db: AsyncSession, clock: Clock, subscription_id: uuid.UUID
) -> ConciergeSubscriptionWithLedger:
    subscription = await _staff_subscription(db, subscription_id)
    day = today(clock)
    user = await _user(db, subscription.user_id)
    return ConciergeSubscriptionWithLedger(
        subscription=_read(subscription, user, day), ledger=await ledger(db, subscription, day)
    )


async def update_subscription(
    db: AsyncSession,
    principal: Principal,
    clock: Clock,
    subscription_id: uuid.UUID,
    body: ConciergeSubscriptionUpdate,
) -> ConciergeSubscriptionRead:
    subscription = await _staff_subscription(db, subscription_id, lock=True)
    changed = body.model_dump(exclude_none=True)
    for name, value in changed.items():
        setattr(subscription, name, value)
    await audit.record(
        db,
        principal,
        "concierge.subscription_changed",
        subject_type=SUBJECT,
        subject_id=subscription.id,
        details={k: str(v) for k, v in changed.items()},
    )
    await db.flush()
    await db.refresh(subscription)
    return _read(subscription, await _user(db, subscription.user_id), today(clock))


async def _end(
    db: AsyncSession,
    principal: Principal | OrganisationPrincipal,
    clock: Clock,
    subscription: ConciergeSubscription,
    body: ConciergeSubscriptionEnd,
) -> ConciergeSubscriptionRead:
    """Ending only shortens a period (or ends an open one): no overlap can follow."""
    if body.ends_on < subscription.starts_on:
        raise InvalidInput.on("ends_on", ENDS_BEFORE_START)
    if subscription.ends_on is not None and body.ends_on > subscription.ends_on:
        raise InvalidInput.on("ends_on", N_("A subscription can be ended earlier, not later."))
    subscription.ends_on = body.ends_on
    await audit.record(
        db,
        principal,
        "concierge.subscription_ended",
        subject_type=SUBJECT,
        subject_id=subscription.id,
        details={"ends_on": body.ends_on.isoformat()},
    )
    await db.flush()
    await db.refresh(subscription)
    return _read(subscription, await _user(db, subscription.user_id), today(clock))


async def end_subscription(
    db: AsyncSession,
    principal: Principal,
    clock: Clock,
    subscription_id: uuid.UUID,
    body: ConciergeSubscriptionEnd,
) -> ConciergeSubscriptionRead:
    subscription = await _staff_subscription(db, subscription_id, lock=True)
    return await _end(db, principal, clock, subscription, body)


# --- municipality members ----------------------------------------------------------------------


async def member_subscriptions(
    db: AsyncSession, acting: OrganisationPrincipal, clock: Clock, page: PageRequest
) -> Page[ConciergeSubscriptionRead]:
    return await _page(
        db, subscriptions_of_organisation(acting.organisation_id), page, today(clock)
    )


async def member_create(
    db: AsyncSession,
    acting: OrganisationPrincipal,
    clock: Clock,
    body: ConciergeMemberSubscriptionCreate,
) -> ConciergeSubscriptionRead:
    """The person is named by the e-mail of their account and must live in a neighbourhood the
    organisation serves; an unknown address gets the same answer (no account is disclosed)."""
    user = await db.scalar(
        select(User).where(
            func.lower(User.email) == body.email.lower(),
            User.id.in_(residents_served_by(acting.organisation_id)),
        )
    )
    if user is None:
        raise InvalidInput.on("email", NO_SUCH_PERSON)
    return await _insert(db, acting, user, acting.organisation_id, body, clock)


async def member_end(
    db: AsyncSession,
    acting: OrganisationPrincipal,
    clock: Clock,
    subscription_id: uuid.UUID,
    body: ConciergeSubscriptionEnd,
) -> ConciergeSubscriptionRead:
    subscription = (
        await db.execute(
            subscriptions_of_organisation(acting.organisation_id)
            .where(ConciergeSubscription.id == subscription_id)
            .with_for_update(of=ConciergeSubscription)
            .execution_options(populate_existing=True)
        )
    ).scalar_one_or_none()
    if subscription is None:
        raise NotFound()
    return await _end(db, acting, clock, subscription, body)


# --- the subscriber ----------------------------------------------------------------------------


async def current_subscription(
    db: AsyncSession, user_id: uuid.UUID, day: date
) -> ConciergeSubscription | None:
    found: ConciergeSubscription | None = await db.scalar(
        subscriptions_of_subscriber(user_id).where(running_on(day))
    )
    return found


async def my_subscription(
    db: AsyncSession, principal: Principal, clock: Clock
) -> ConciergeSubscriptionWithLedger:
    """The subscription running today with this month's ledger; 404 without one."""
    day = today(clock)
    subscription = await current_subscription(db, principal.user_id, day)
    if subscription is None:
        raise NotFound()
    return ConciergeSubscriptionWithLedger(
        subscription=_read(subscription, principal.user, day),
        ledger=await ledger(db, subscription, day),
    )


# --- costs -------------------------------------------------------------------------------------


def _cost_read(cost: ConciergeCost) -> ConciergeCostRead:
    return ConciergeCostRead(
        id=cost.id,
        case_id=cost.case_id,
        amount_cents=cost.amount_cents,
        spent_on=cost.spent_on,
        description=cost.description,
        over_budget_agreed=cost.over_budget_agreed,
        created_at=cost.created_at,
    )


async def record_cost(
    db: AsyncSession,
    principal: Principal,
    subscription_id: uuid.UUID,
    body: ConciergeCostCreate,
) -> ConciergeCostRecorded:
    """Within the month's budget it is booked; over it, 409 naming `amount_cents` unless the
    subscriber agreed (then booked, flagged and audited as such)."""
    subscription = await _staff_subscription(db, subscription_id, lock=True)
    if body.spent_on < subscription.starts_on or (
        subscription.ends_on is not None and body.spent_on > subscription.ends_on
    ):
        raise InvalidInput.on("spent_on", OUTSIDE_PERIOD)
    if body.case_id is not None:
        case_subscription = await db.scalar(
            select(ConciergeCase.subscription_id).where(ConciergeCase.id == body.case_id)
        )
        if case_subscription != subscription.id:
            raise InvalidInput.on("case_id", NOT_THIS_SUBSCRIPTION)
    first, _last = month_of(body.spent_on)
    spent = await spent_in(db, subscription.id, first)
    budget = subscription.monthly_budget_cents
    over = spent + body.amount_cents > budget
    if over and not body.over_budget_agreed:
        left = money.euros(max(budget - spent, 0))
        raise Conflict(
            _(OVER_BUDGET, left=left),
            errors=[
                FieldError(location="body", field="amount_cents", message=_(OVER_BUDGET, left=left))
            ],
        )
    cost = ConciergeCost(
        subscription_id=subscription.id,
        case_id=body.case_id,
        amount_cents=body.amount_cents,
        spent_on=body.spent_on,
        description=body.description,
        # Only a cost that needed the agreement carries it.
        over_budget_agreed=over,
        recorded_by_user_id=principal.user_id,
    )
    db.add(cost)
    await db.flush()
    await audit.record(
        db,
        principal,
        "concierge.cost_recorded",
        subject_type=SUBJECT,
        subject_id=subscription.id,
        details={
            "cost_id": str(cost.id),
            "amount_cents": body.amount_cents,
            "spent_on": body.spent_on.isoformat(),
            "over_budget_agreed": over,
        },
    )
    await db.refresh(cost)
    return ConciergeCostRecorded(
        cost=_cost_read(cost), ledger=ledger_of(budget, spent + body.amount_cents, first)
    )


async def list_costs(db: AsyncSession, subscription_id: uuid.UUID) -> list[ConciergeCostRead]:
    """Newest spending first."""
    await _staff_subscription(db, subscription_id)
    costs = await db.scalars(
        select(ConciergeCost)
        .where(ConciergeCost.subscription_id == subscription_id)
        .order_by(ConciergeCost.spent_on.desc(), ConciergeCost.created_at.desc())
        .limit(500)
    )
    return [_cost_read(c) for c in costs]


async def subscription_ledger(
    db: AsyncSession, clock: Clock, subscription_id: uuid.UUID, month: date | None
) -> ConciergeLedger:
    subscription = await _staff_subscription(db, subscription_id)
    return await ledger(db, subscription, month or today(clock))
