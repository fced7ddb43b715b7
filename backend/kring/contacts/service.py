"""Contact requests: a customer's form reaches the provider, who must answer (in progress or
handled) within two working days; handled requests invite a review."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from fastapi import Request
from redis.asyncio import Redis
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.actor import Actor
from kring.config import Settings
from kring.contacts.schemas import (
    ContactReceipt,
    ContactRequestCreate,
    ContactRequestRead,
    ContactRequestUpdate,
    InboxPage,
)
from kring.kit import throttle
from kring.kit.errors import Conflict, InvalidInput, NotFound, TooManyRequests
from kring.kit.format import local_deadline
from kring.kit.i18n import N_, Language, current_language
from kring.kit.links import portal_link
from kring.kit.working_days import deadline_after
from kring.models.contact import ContactRequest, ContactStatus
from kring.models.place import Place
from kring.models.provider import ProviderProfile
from kring.models.user import User
from kring.notifications.service import queue_mail
from kring.providers.service import own_profile
from kring.reviews.service import invite_to_review
from kring.search.service import live_profile

_HOUR, _DAY = 3600, 86400


def read(row: ContactRequest, now: datetime) -> ContactRequestRead:
    return ContactRequestRead(
        id=row.id,
        received_at=row.created_at,
        name=row.name,
        email=row.email,
        phone=row.phone,
        member_number=row.member_number,
        location=row.location,
        for_whom=row.for_whom,  # checked by the database
        message=row.message,
        status=ContactStatus(row.status),
        deadline_at=row.deadline_at,
        overdue=row.status == ContactStatus.new and row.deadline_at < now,
        answered_at=row.answered_at,
        handled_at=row.handled_at,
        note=row.note,
        appointment_on=row.appointment_on,
    )


async def _limit(redis: Redis, settings: Settings, ip: str | None, email: str) -> None:
    per_ip = await throttle.count_in_window(redis, f"kring:limit:contact:ip:{ip}", _HOUR)
    per_address = await throttle.count_in_window(
        redis, f"kring:limit:contact:addr:{email.strip().lower()}", _DAY
    )
    if per_ip > settings.contact_requests_per_ip_per_hour:
        raise TooManyRequests(
            N_("You sent many requests in a short time. Try again in an hour."), retry_after=_HOUR
        )
    if per_address > settings.contact_requests_per_address_per_day:
        raise TooManyRequests(
            N_("You sent many requests from this e-mail address today. Try again tomorrow."),
            retry_after=_DAY,
        )


async def submit(
    db: AsyncSession,
    redis: Redis,
    settings: Settings,
    request: Request,
    profile_id: uuid.UUID,
    body: ContactRequestCreate,
) -> ContactReceipt:
    profile = await live_profile(db, profile_id)
    now = datetime.now(UTC)
    deadline = deadline_after(now)
    if body.website:
        # Only robots fill the hidden field: they get the usual answer and nothing is kept.
        return ContactReceipt(answer_by=deadline)
    ip, _agent = audit.client_of(request)
    await _limit(redis, settings, ip, str(body.email))
    if body.phone is None:
        raise InvalidInput.on("phone", N_("This field is required."))
    if body.place_id is not None and await db.get(Place, body.place_id) is None:
        raise InvalidInput.on("place_id", N_("Choose a place from the list."))
    language: Language = current_language()
    row = ContactRequest(
        profile_id=profile.id,
        name=body.name,
        email=str(body.email),
        phone=body.phone,
        member_number=body.member_number or None,
        location=body.location,
        place_id=body.place_id,
        for_whom=body.for_whom,
        message=body.message,
        language=language,
        status=ContactStatus.new,
        created_at=now,
        deadline_at=deadline,
    )
    db.add(row)
    await db.flush()
    provider = await db.get(User, profile.user_id)
    assert provider is not None  # a foreign key
    await queue_mail(
        db,
        to=row.email,
        template="contact_request_received",
        language=language,
        context={
            "name": row.name,
            "provider_name": provider.display_name,
            "answer_by": local_deadline(deadline, language),
        },
    )
    await queue_mail(
        db,
        to=provider.email,
        template="contact_request_new",
        language=provider.preferred_language,
        context={
            "first_name": provider.first_name,
            "customer_name": row.name,
            "answer_by": local_deadline(deadline, provider.preferred_language),
            "link": portal_link(settings, "provider", f"requests/{row.id}"),
        },
    )
    await audit.record_for_request(
        db,
        "contact_request.received",
        request=request,
        actor_user_id=None,
        subject_type="contact_request",
        subject_id=row.id,
        details={"provider": str(profile.id)},
    )
    return ContactReceipt(answer_by=deadline)


async def inbox(
    db: AsyncSession, actor: Actor, only_open: bool, page: int, page_size: int
) -> InboxPage:
    profile = await own_profile(db, actor)
    now = datetime.now(UTC)
    mine = ContactRequest.profile_id == profile.id
    counts = (
        await db.execute(
            select(
                func.count(),
                func.count().filter(ContactRequest.status == ContactStatus.new),
                func.count().filter(
                    ContactRequest.status == ContactStatus.new, ContactRequest.deadline_at < now
                ),
            ).where(mine)
        )
    ).one()
    statement = select(ContactRequest).where(mine)
    if only_open:
        statement = statement.where(ContactRequest.status == ContactStatus.new)
    # Unanswered first, soonest deadline first; then the newest.
    rows = await db.scalars(
        statement.order_by(
            (ContactRequest.status != ContactStatus.new),
            ContactRequest.deadline_at,
            ContactRequest.created_at.desc(),
            ContactRequest.id,
        )
        .limit(page_size)
        .offset((page - 1) * page_size)
    )
    listed = [read(r, now) for r in rows]
    await audit.record_for_request(
        db,
        "contact_request.listed",
        request=None,
        actor_user_id=actor.user_id,
        subject_type="provider",
        subject_id=profile.id,
        details={"requests": [str(r.id) for r in listed]},
    )
    return InboxPage(
        total=counts[0],
        open=counts[1],
        overdue=counts[2],
        page=page,
        page_size=page_size,
        requests=listed,
    )


async def _own_request(
    db: AsyncSession, actor: Actor, request_id: uuid.UUID, *, lock: bool = False
) -> tuple[ProviderProfile, ContactRequest]:
    profile = await own_profile(db, actor)
    statement = select(ContactRequest).where(
        ContactRequest.id == request_id, ContactRequest.profile_id == profile.id
    )
    row = await db.scalar(statement.with_for_update() if lock else statement)
    if row is None:
        raise NotFound()
    return profile, row


async def get(
    db: AsyncSession, request: Request, actor: Actor, request_id: uuid.UUID
) -> ContactRequestRead:
    _profile, row = await _own_request(db, actor, request_id)
    await audit.record_for_request(
        db,
        "contact_request.viewed",
        request=request,
        actor_user_id=actor.user_id,
        subject_type="contact_request",
        subject_id=row.id,
    )
    return read(row, datetime.now(UTC))


async def update(
    db: AsyncSession,
    settings: Settings,
    request: Request,
    actor: Actor,
    request_id: uuid.UUID,
    body: ContactRequestUpdate,
) -> ContactRequestRead:
    profile, row = await _own_request(db, actor, request_id, lock=True)
    if row.status == ContactStatus.handled and body.status != ContactStatus.handled:
        raise Conflict(N_("This request is handled already."))
    now = datetime.now(UTC)
    becomes_handled = body.status == ContactStatus.handled and row.status != ContactStatus.handled
    row.status = body.status
    row.answered_at = row.answered_at or now
    if becomes_handled:
        row.handled_at = now
    row.note = body.note
    row.appointment_on = body.appointment_on
    await db.flush()
    if becomes_handled:
        await invite_to_review(db, settings, row, profile)
    await audit.record_for_request(
        db,
        "contact_request.updated",
        request=request,
        actor_user_id=actor.user_id,
        subject_type="contact_request",
        subject_id=row.id,
        details={"status": body.status, "appointment": body.appointment_on is not None},
    )
    return read(row, now)
