"""Contact requests: a customer's form reaches the provider, who must answer (in progress or
handled) within two working days; handled requests invite a review."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.principal import Visitor
from kring.auth.provider import ProviderPrincipal
from kring.config import Settings
from kring.contacts.repository import ContactRequestRepository
from kring.contacts.schemas import (
    ContactReceipt,
    ContactRequestCreate,
    ContactRequestRead,
    ContactRequestUpdate,
    InboxPage,
)
from kring.kit import throttle
from kring.kit.clock import Clock
from kring.kit.errors import Conflict, InvalidInput, NotFound, TooManyRequests
from kring.kit.format import local_deadline
from kring.kit.i18n import N_, Language, current_language
from kring.kit.links import portal_link
from kring.kit.pagination import PageRequest
from kring.kit.working_days import deadline_after
from kring.models.contact import ContactRequest, ContactStatus
from kring.notifications.service import queue_mail
from kring.reviews.service import invite_to_review

_HOUR, _DAY = 3600, 86400


def read(row: Any, now: datetime) -> ContactRequestRead:
    """A request (entity or Core row) as its provider sees it."""
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
    visitor: Visitor,
    redis: Redis,
    settings: Settings,
    clock: Clock,
    profile_id: uuid.UUID,
    body: ContactRequestCreate,
) -> ContactReceipt:
    repository = ContactRequestRepository(db)
    provider = await repository.live_provider(profile_id)
    if provider is None:
        # Drafts and suspended profiles are nobody's business.
        raise NotFound()
    now = clock.now()
    deadline = deadline_after(now)
    if body.website:
        # Only robots fill the hidden field: they get the usual answer and nothing is kept.
        return ContactReceipt(answer_by=deadline)
    await _limit(redis, settings, visitor.client_address, str(body.email))
    if body.phone is None:
        raise InvalidInput.on("phone", N_("This field is required."))
    if body.place_id is not None and not await repository.place_exists(body.place_id):
        raise InvalidInput.on("place_id", N_("Choose a place from the list."))
    language: Language = current_language()
    row = ContactRequest(
        profile_id=profile_id,
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
    await audit.record(
        db,
        visitor,
        "contact_request.received",
        subject_type="contact_request",
        subject_id=row.id,
        details={"provider": str(profile_id)},
    )
    return ContactReceipt(answer_by=deadline)


async def inbox(
    db: AsyncSession,
    provider: ProviderPrincipal,
    clock: Clock,
    only_open: bool,
    page: PageRequest,
) -> InboxPage:
    """Unanswered first, soonest deadline first; with how many are open and overdue."""
    repository = ContactRequestRepository(db)
    now = clock.now()
    total, unanswered, overdue = await repository.inbox_counts(provider, now)
    listed = await repository.inbox_page(provider, only_open, page, lambda r: read(r, now))
    await audit.record(
        db,
        provider.principal,
        "contact_request.listed",
        subject_type="provider",
        subject_id=provider.profile.id,
        details={"requests": [str(r.id) for r in listed.items]},
    )
    return InboxPage(
        items=listed.items,
        next_cursor=listed.next_cursor,
        total=total,
        open=unanswered,
        overdue=overdue,
    )


async def get(
    db: AsyncSession, provider: ProviderPrincipal, clock: Clock, request_id: uuid.UUID
) -> ContactRequestRead:
    """Reading it is recorded (it holds the customer's details)."""
    row = await ContactRequestRepository(db).get(provider, request_id)
    await audit.record(
        db,
        provider.principal,
        "contact_request.viewed",
        subject_type="contact_request",
        subject_id=row.id,
    )
    return read(row, clock.now())


async def update(
    db: AsyncSession,
    provider: ProviderPrincipal,
    settings: Settings,
    clock: Clock,
    request_id: uuid.UUID,
    body: ContactRequestUpdate,
) -> ContactRequestRead:
    row = await ContactRequestRepository(db).get(provider, request_id, for_update=True)
    if row.status == ContactStatus.handled and body.status != ContactStatus.handled:
        raise Conflict(N_("This request is handled already."))
    now = clock.now()
    becomes_handled = body.status == ContactStatus.handled and row.status != ContactStatus.handled
    row.status = body.status
    row.answered_at = row.answered_at or now
    if becomes_handled:
        row.handled_at = now
    row.note = body.note
    row.appointment_on = body.appointment_on
    await db.flush()
    if becomes_handled:
        await invite_to_review(db, settings, clock, row)
    await audit.record(
        db,
        provider.principal,
        "contact_request.updated",
        subject_type="contact_request",
        subject_id=row.id,
        details={"status": body.status, "appointment": body.appointment_on is not None},
    )
    return read(row, now)
