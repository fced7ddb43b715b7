"""Concierge cases: a subscriber asks for help (the portal, or the concierge enters a phone
call), the concierge looks for informal help first (neighbours, volunteers, a help request in
the neighbourhood), then for providers, and proposes options with their costs; the subscriber
chooses one (Kring never assigns), the concierge records how it went.

Staff reads of a subscriber's case are audited: it is a client record."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, Select, cast, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.principal import Principal
from kring.concierge.auth import cases_of_subscriber
from kring.concierge.schemas import (
    ConciergeBadges,
    ConciergeCaseCreate,
    ConciergeCaseRead,
    ConciergeCaseSummary,
    ConciergeCaseUpdate,
    ConciergeFigures,
    ConciergeOptionCreate,
    ConciergeOptionRead,
    ConciergePhoneCaseCreate,
    NeighbourHelp,
    ProviderHelp,
)
from kring.concierge.service import current_subscription, today
from kring.config import Settings
from kring.kit import money
from kring.kit.clock import Clock
from kring.kit.errors import Conflict, FieldError, InvalidInput, NotFound
from kring.kit.i18n import N_, _
from kring.kit.links import portal_link
from kring.kit.pagination import Keyset, Page, PageRequest, SortKey, cut, keyset_page
from kring.models.concierge import (
    CaseChannel,
    CaseStatus,
    ConciergeCase,
    ConciergeOption,
    ConciergeSubscription,
    OptionKind,
    SolvedBy,
)
from kring.models.neighbourhood import Resident
from kring.models.neighbourhood_post import NeighbourhoodPost
from kring.models.provider import ProviderProfile
from kring.models.skill import Skill
from kring.models.user import User, neighbour_name
from kring.neighbourhoods.service import helpers_near
from kring.notifications.service import queue_mail
from kring.search.service import search_near

SUBJECT = "concierge_case"
OPEN = (CaseStatus.new, CaseStatus.searching, CaseStatus.proposed, CaseStatus.arranged)
CLOSED = (CaseStatus.done, CaseStatus.cancelled)
INFORMAL = (SolvedBy.neighbour, SolvedBy.volunteer)

CASE_CLOSED = N_("This case is closed.")
NO_SUBSCRIPTION = N_("This subscription is not running today.")
UNKNOWN_SKILL = N_("Choose skills from the list.")
ONLY_WHEN_DONE = N_("Only for a case that is done.")
NOTHING_CHOSEN = N_("The subscriber has not chosen an option yet.")
NOT_A_NEIGHBOUR = N_("This person does not live in the subscriber's neighbourhood.")
NOT_A_POST = N_("Choose a help request in the subscriber's neighbourhood.")
NOT_A_PROVIDER = N_("Choose a live provider.")
CHOSEN_STAYS = N_("The subscriber chose this option: it cannot be withdrawn.")
ALREADY_ARRANGED = N_("The help has been arranged already.")


# --- reading -----------------------------------------------------------------------------------

_QUEUE = Keyset(
    "concierge_queue",
    (
        SortKey(ConciergeCase.created_at.expression, False, datetime),
        SortKey(ConciergeCase.id.expression, False),
    ),
)


def _summary(case_: ConciergeCase, subscriber: User) -> ConciergeCaseSummary:
    return ConciergeCaseSummary(
        id=case_.id,
        subscription_id=case_.subscription_id,
        subscriber_name=subscriber.display_name,
        subject=case_.subject,
        channel=CaseChannel(case_.channel),
        status=CaseStatus(case_.status),
        created_at=case_.created_at,
    )


def badges_of(profile: ProviderProfile) -> ConciergeBadges:
    return ConciergeBadges(
        identity_document_seen=profile.identity_document_seen,
        seen_in_person=profile.seen_in_person,
        introduction_video=profile.introduction_video,
        certificate_of_conduct=bool(profile.vog_key and profile.vog_confirmed_at),
    )


async def _options(db: AsyncSession, case_id: uuid.UUID) -> list[ConciergeOptionRead]:
    """The case's options with the name each refers to (a neighbour as neighbours see them)."""
    rows = await db.execute(
        select(ConciergeOption, User, NeighbourhoodPost.title, ProviderProfile)
        .outerjoin(Resident, Resident.id == ConciergeOption.resident_id)
        .outerjoin(NeighbourhoodPost, NeighbourhoodPost.id == ConciergeOption.post_id)
        .outerjoin(ProviderProfile, ProviderProfile.id == ConciergeOption.provider_profile_id)
        .outerjoin(User, User.id == func.coalesce(Resident.user_id, ProviderProfile.user_id))
        .where(ConciergeOption.case_id == case_id)
        .order_by(ConciergeOption.created_at, ConciergeOption.id)
    )
    options = []
    for option, person, title, profile in rows:
        badges = badges_of(profile) if profile is not None else None
        if profile is not None:
            name = profile.company_name or (person.display_name if person else "")
        elif person is not None:
            name = neighbour_name(person.first_name, person.last_name)
        else:
            name = title or ""
        options.append(
            ConciergeOptionRead(
                id=option.id,
                kind=OptionKind(option.kind),
                name=name,
                description=option.description,
                cost_cents=option.cost_cents,
                provider_profile_id=option.provider_profile_id,
                badges=badges,
                verified=badges.identity_document_seen if badges is not None else None,
                chosen_at=option.chosen_at,
                declined_at=option.declined_at,
                created_at=option.created_at,
            )
        )
    return options


async def _read(db: AsyncSession, case_: ConciergeCase) -> ConciergeCaseRead:
    subscriber = await db.scalar(
        select(User)
        .join(ConciergeSubscription, ConciergeSubscription.user_id == User.id)
        .where(ConciergeSubscription.id == case_.subscription_id)
    )
    assert subscriber is not None  # the foreign key holds it
    return ConciergeCaseRead(
        **_summary(case_, subscriber).model_dump(),
        description=case_.description,
        skill_id=case_.skill_id,
        concierge_user_id=case_.concierge_user_id,
        solved_by=SolvedBy(case_.solved_by) if case_.solved_by else None,
        satisfaction=case_.satisfaction,
        closed_at=case_.closed_at,
        options=await _options(db, case_.id),
    )


async def _case(
    db: AsyncSession,
    case_id: uuid.UUID,
    readable: Select[ConciergeCase] | None = None,
    *,
    lock: bool = False,
) -> ConciergeCase:
    statement = (readable if readable is not None else select(ConciergeCase)).where(
        ConciergeCase.id == case_id
    )
    if lock:
        statement = statement.with_for_update(of=ConciergeCase).execution_options(
            populate_existing=True
        )
    found = (await db.execute(statement)).scalar_one_or_none()
    if found is None:
        raise NotFound()
    return found


async def _page(
    db: AsyncSession, statement: Select[ConciergeCase], page: PageRequest
) -> Page[ConciergeCaseSummary]:
    rows = (
        await db.execute(
            keyset_page(
                statement.add_columns(User)
                .join(
                    ConciergeSubscription,
                    ConciergeSubscription.id == ConciergeCase.subscription_id,
                )
                .join(User, User.id == ConciergeSubscription.user_id),
                _QUEUE,
                page,
            )
        )
    ).all()
    shown, next_cursor = cut(rows, _QUEUE, page, lambda row: (row[0].created_at, row[0].id))
    return Page(items=[_summary(c, u) for c, u in shown], next_cursor=next_cursor)


async def queue(
    db: AsyncSession, statuses: Sequence[CaseStatus] | None, page: PageRequest
) -> Page[ConciergeCaseSummary]:
    """Oldest first; open cases unless statuses are asked for."""
    wanted = list(statuses) if statuses else list(OPEN)
    return await _page(db, select(ConciergeCase).where(ConciergeCase.status.in_(wanted)), page)


async def staff_case(
    db: AsyncSession, principal: Principal, case_id: uuid.UUID
) -> ConciergeCaseRead:
    """A subscriber's case: the read is audited."""
    case_ = await _case(db, case_id)
    await audit.record(
        db, principal, "concierge.case_viewed", subject_type=SUBJECT, subject_id=case_.id
    )
    return await _read(db, case_)


# --- asking ------------------------------------------------------------------------------------


async def _insert(
    db: AsyncSession,
    principal: Principal,
    subscription: ConciergeSubscription,
    body: ConciergeCaseCreate,
    channel: CaseChannel,
) -> ConciergeCaseRead:
    if body.skill_id is not None and await db.get(Skill, body.skill_id) is None:
        raise InvalidInput.on("skill_id", UNKNOWN_SKILL)
    case_ = ConciergeCase(
        subscription_id=subscription.id,
        subject=body.subject,
        description=body.description,
        skill_id=body.skill_id,
        channel=channel,
        status=CaseStatus.new,
        concierge_user_id=principal.user_id if channel == CaseChannel.phone else None,
    )
    db.add(case_)
    await db.flush()
    await audit.record(
        db,
        principal,
        "concierge.case_created",
        subject_type=SUBJECT,
        subject_id=case_.id,
        details={"channel": channel},
    )
    await db.refresh(case_)
    return await _read(db, case_)


async def ask(
    db: AsyncSession, principal: Principal, clock: Clock, body: ConciergeCaseCreate
) -> ConciergeCaseRead:
    """The subscriber asks for help; 404 without a subscription running today."""
    subscription = await current_subscription(db, principal.user_id, today(clock))
    if subscription is None:
        raise NotFound()
    return await _insert(db, principal, subscription, body, CaseChannel.portal)


async def phone_case(
    db: AsyncSession, principal: Principal, clock: Clock, body: ConciergePhoneCaseCreate
) -> ConciergeCaseRead:
    """The concierge enters a call; the subscription must be running today."""
    subscription = await db.get(ConciergeSubscription, body.subscription_id)
    day = today(clock)
    if subscription is None or not (
        subscription.starts_on <= day
        and (subscription.ends_on is None or subscription.ends_on >= day)
    ):
        raise InvalidInput.on("subscription_id", NO_SUBSCRIPTION)
    return await _insert(db, principal, subscription, body, CaseChannel.phone)


# --- follow-up ---------------------------------------------------------------------------------


async def update_case(
    db: AsyncSession,
    principal: Principal,
    clock: Clock,
    case_id: uuid.UUID,
    body: ConciergeCaseUpdate,
) -> ConciergeCaseRead:
    """A closed case stays closed (409); 'arranged' needs the subscriber's choice (409);
    `solved_by` and `satisfaction` only with 'done' (422)."""
    case_ = await _case(db, case_id, lock=True)
    if case_.status in CLOSED:
        raise Conflict(_(CASE_CLOSED))
    for name in ("solved_by", "satisfaction"):
        if getattr(body, name) is not None and body.status != CaseStatus.done:
            raise InvalidInput.on(name, ONLY_WHEN_DONE)
    if body.status == CaseStatus.arranged:
        chosen = await db.scalar(
            select(ConciergeOption.id).where(
                ConciergeOption.case_id == case_.id, ConciergeOption.chosen_at.is_not(None)
            )
        )
        if chosen is None:
            raise Conflict(
                _(NOTHING_CHOSEN),
                errors=[FieldError(location="body", field="status", message=_(NOTHING_CHOSEN))],
            )
    before = case_.status
    case_.status = body.status
    case_.solved_by = body.solved_by
    case_.satisfaction = body.satisfaction
    case_.closed_at = clock.now() if body.status in CLOSED else None
    if case_.concierge_user_id is None:
        case_.concierge_user_id = principal.user_id
    await audit.record(
        db,
        principal,
        "concierge.case_updated",
        subject_type=SUBJECT,
        subject_id=case_.id,
        details={
            "from": before,
            "to": body.status,
            "solved_by": body.solved_by,
            "satisfaction": body.satisfaction,
        },
    )
    await db.flush()
    await db.refresh(case_)
    return await _read(db, case_)


# --- options -----------------------------------------------------------------------------------


async def _residence(db: AsyncSession, case_: ConciergeCase) -> tuple[User, Resident | None]:
    row = (
        await db.execute(
            select(User, Resident)
            .join(ConciergeSubscription, ConciergeSubscription.user_id == User.id)
            .outerjoin(Resident, Resident.user_id == User.id)
            .where(ConciergeSubscription.id == case_.subscription_id)
        )
    ).one()
    return row[0], row[1]


async def _reference(
    db: AsyncSession, residence: Resident | None, body: ConciergeOptionCreate
) -> dict[str, Any]:
    """The option's reference, checked: a neighbour of the subscriber's, a help request in
    their neighbourhood, a live provider."""
    neighbourhood = residence.neighbourhood_id if residence is not None else None
    if body.kind in (OptionKind.neighbour, OptionKind.volunteer):
        resident = (
            await db.scalar(
                select(Resident.id).where(
                    Resident.user_id == body.user_id,
                    Resident.neighbourhood_id == neighbourhood,
                    Resident.suspended_at.is_(None),
                )
            )
            if body.user_id is not None
            else None
        )
        if resident is None or (residence is not None and body.user_id == residence.user_id):
            raise InvalidInput.on("user_id", NOT_A_NEIGHBOUR)
        return {"resident_id": resident}
    if body.kind == OptionKind.help_request:
        post = (
            await db.scalar(
                select(NeighbourhoodPost.id).where(
                    NeighbourhoodPost.id == body.post_id,
                    NeighbourhoodPost.neighbourhood_id == neighbourhood,
                    NeighbourhoodPost.kind == "help_request",
                )
            )
            if body.post_id is not None
            else None
        )
        if post is None:
            raise InvalidInput.on("post_id", NOT_A_POST)
        return {"post_id": post}
    profile = (
        await db.scalar(
            select(ProviderProfile.id).where(
                ProviderProfile.id == body.provider_profile_id, ProviderProfile.status == "live"
            )
        )
        if body.provider_profile_id is not None
        else None
    )
    if profile is None:
        raise InvalidInput.on("provider_profile_id", NOT_A_PROVIDER)
    return {"provider_profile_id": profile}


async def propose(
    db: AsyncSession,
    principal: Principal,
    settings: Settings,
    case_id: uuid.UUID,
    body: ConciergeOptionCreate,
) -> ConciergeCaseRead:
    """An option for an open case; the subscriber hears of it by e-mail."""
    case_ = await _case(db, case_id, lock=True)
    if case_.status in CLOSED:
        raise Conflict(_(CASE_CLOSED))
    subscriber, residence = await _residence(db, case_)
    option = ConciergeOption(
        case_id=case_.id,
        kind=body.kind,
        description=body.description,
        cost_cents=body.cost_cents,
        created_by_user_id=principal.user_id,
        **await _reference(db, residence, body),
    )
    db.add(option)
    if case_.status in (CaseStatus.new, CaseStatus.searching):
        case_.status = CaseStatus.proposed
    if case_.concierge_user_id is None:
        case_.concierge_user_id = principal.user_id
    await db.flush()
    await audit.record(
        db,
        principal,
        "concierge.option_proposed",
        subject_type=SUBJECT,
        subject_id=case_.id,
        details={"option_id": str(option.id), "kind": body.kind, "cost_cents": body.cost_cents},
    )
    await queue_mail(
        db,
        to=subscriber.email,
        template="concierge_option_proposed",
        language=subscriber.preferred_language,
        context={
            "first_name": subscriber.first_name,
            "subject": case_.subject,
            "cost": money.euros(body.cost_cents),
            "link": portal_link(settings, "partner", f"concierge/cases/{case_.id}"),
        },
    )
    await db.refresh(case_)
    return await _read(db, case_)


async def withdraw(
    db: AsyncSession, principal: Principal, case_id: uuid.UUID, option_id: uuid.UUID
) -> None:
    """An option not chosen can be withdrawn (it goes); a chosen one stays (409)."""
    case_ = await _case(db, case_id, lock=True)
    option = await db.scalar(
        select(ConciergeOption).where(
            ConciergeOption.id == option_id, ConciergeOption.case_id == case_.id
        )
    )
    if option is None:
        raise NotFound()
    if option.chosen_at is not None:
        raise Conflict(_(CHOSEN_STAYS))
    await db.delete(option)
    await audit.record(
        db,
        principal,
        "concierge.option_withdrawn",
        subject_type=SUBJECT,
        subject_id=case_.id,
        details={"option_id": str(option_id)},
    )


# --- the subscriber ----------------------------------------------------------------------------


async def my_cases(
    db: AsyncSession, principal: Principal, page: PageRequest
) -> Page[ConciergeCaseSummary]:
    return await _page(db, cases_of_subscriber(principal.user_id), page)


async def my_case(db: AsyncSession, principal: Principal, case_id: uuid.UUID) -> ConciergeCaseRead:
    return await _read(db, await _case(db, case_id, cases_of_subscriber(principal.user_id)))


async def choose(
    db: AsyncSession,
    principal: Principal,
    clock: Clock,
    case_id: uuid.UUID,
    option_id: uuid.UUID,
) -> ConciergeCaseRead:
    """The subscriber chooses one option: the others are declined. Arranging it stays the
    concierge's step; once arranged (or closed) the choice stands (409)."""
    case_ = await _case(db, case_id, cases_of_subscriber(principal.user_id), lock=True)
    option = await db.scalar(
        select(ConciergeOption).where(
            ConciergeOption.id == option_id, ConciergeOption.case_id == case_.id
        )
    )
    if option is None:
        raise NotFound()
    if case_.status in CLOSED:
        raise Conflict(_(CASE_CLOSED))
    if case_.status == CaseStatus.arranged:
        raise Conflict(_(ALREADY_ARRANGED))
    now = clock.now()
    # The others first: one chosen per case is a unique index.
    await db.execute(
        update(ConciergeOption)
        .where(ConciergeOption.case_id == case_.id, ConciergeOption.id != option.id)
        .values(chosen_at=None, declined_at=now)
    )
    option.chosen_at = now
    option.declined_at = None
    await audit.record(
        db,
        principal,
        "concierge.option_chosen",
        subject_type=SUBJECT,
        subject_id=case_.id,
        details={"option_id": str(option.id)},
    )
    await db.flush()
    return await _read(db, case_)


# --- look-ups ----------------------------------------------------------------------------------


async def informal_help(
    db: AsyncSession, case_id: uuid.UUID, page: PageRequest
) -> Page[NeighbourHelp]:
    """Neighbours of the subscriber offering the case's skill (any skill without one), nearest
    first, as the subscriber would see them: a rounded distance, never an address. Volunteers
    for organisations are marked. Nothing when the subscriber lives in no neighbourhood."""
    case_ = await _case(db, case_id)
    subscriber, residence = await _residence(db, case_)
    if residence is None:
        return Page(items=[], next_cursor=None)
    found = await helpers_near(db, residence.neighbourhood_id, subscriber.id, case_.skill_id, page)
    return Page(
        items=[
            NeighbourHelp(
                user_id=h.user_id,
                display_name=h.display_name,
                distance_km=h.distance_km,
                skills=[s.name for s in h.skills],
                about=h.about,
                volunteers_for_organisations=h.volunteers_for_organisations,
            )
            for h in found.items
        ],
        next_cursor=found.next_cursor,
    )


async def providers(
    db: AsyncSession,
    principal: Principal,
    case_id: uuid.UUID,
    category: str | None,
    q: str,
    page: PageRequest,
) -> Page[ProviderHelp]:
    """Kring's provider search from the subscriber's home, with prices and badges."""
    case_ = await _case(db, case_id)
    _subscriber, residence = await _residence(db, case_)
    if residence is None:
        return Page(items=[], next_cursor=None)
    found = await search_near(
        db,
        principal,
        (residence.latitude, residence.longitude, residence.place_id, residence.country),
        category,
        q,
        page,
    )
    profiles = {
        p.id: p
        for p in await db.scalars(
            select(ProviderProfile).where(ProviderProfile.id.in_([c.id for c in found.items]))
        )
    }
    items = []
    for card in found.items:
        badges = badges_of(profiles[card.id])
        items.append(
            ProviderHelp(
                provider_profile_id=card.id,
                name=card.name,
                company_name=card.company_name,
                distance_km=card.distance_km,
                price_from_cents=card.price_from.price_cents if card.price_from else None,
                price_unit=card.price_from.unit if card.price_from else None,
                badges=badges,
                verified=badges.identity_document_seen,
            )
        )
    return Page(items=items, next_cursor=found.next_cursor)


# --- figures -----------------------------------------------------------------------------------


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


async def figures(db: AsyncSession, since: date, until: date) -> ConciergeFigures:
    """Cases closed from `since` to `until` (days in the Netherlands, both included)."""
    closed_on = cast(func.timezone("Europe/Amsterdam", ConciergeCase.closed_at), Date)
    done = ConciergeCase.status == CaseStatus.done
    row = (
        await db.execute(
            select(
                func.count(),
                func.count().filter(done),
                func.count().filter(ConciergeCase.solved_by.is_not(None)),
                func.count().filter(ConciergeCase.solved_by.in_(list(INFORMAL))),
                func.count().filter(ConciergeCase.solved_by == SolvedBy.professional),
            ).where(closed_on.between(since, until))
        )
    ).one()
    closed, done_count, solved, informal, formal = (int(v) for v in row)
    return ConciergeFigures(
        closed=closed,
        done=done_count,
        cancelled=closed - done_count,
        solved=solved,
        informal=informal,
        formal=formal,
        solved_share=_share(solved, closed),
        informal_share=_share(informal, solved),
        formal_share=_share(formal, solved),
    )
