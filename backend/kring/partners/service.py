"""Partner access: a person asks to manage help seekers' dossiers for an organisation; a
verifier accepts or refuses within 48 hours, and the person hears the outcome in their language."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.principal import Principal
from kring.config import Settings
from kring.kit import validators
from kring.kit.clock import Clock
from kring.kit.errors import Conflict, InvalidInput
from kring.kit.format import local_deadline
from kring.kit.i18n import N_
from kring.kit.links import portal_link
from kring.kit.pagination import Page, PageRequest
from kring.models.partner import PartnerAccessRequest, PartnerAccessStatus
from kring.notifications.service import queue_mail
from kring.partners.repository import PartnerAccessRepository
from kring.partners.schemas import (
    PartnerAccess,
    PartnerAccessRefusal,
    PartnerAccessRequestCreate,
    PartnerAccessRequestRead,
    PartnerAccessRequestSummary,
    PartnerStanding,
)

# Helpper's promise: staff answer a partner's request within 48 hours.
ANSWER_WITHIN = timedelta(hours=48)
# The staff mailbox hears of a request still open 40 hours after it came in.
REMIND_STAFF_AFTER = timedelta(hours=40)

# What other domains may use: whether a person is a verified partner (dossiers, matching).
__all__ = ["is_verified_partner"]


async def is_verified_partner(db: AsyncSession, user_id: uuid.UUID) -> bool:
    return await PartnerAccessRepository(db).has_accepted(user_id)


def _read(row: Any) -> PartnerAccessRequestRead:
    return PartnerAccessRequestRead(
        id=row.id,
        status=PartnerAccessStatus(row.status),
        organisation_id=row.organisation_id,
        organisation_name=row.organisation_shown,
        country=row.country,
        registration_number=row.registration_number,
        job_title=row.job_title,
        work_email=row.work_email,
        work_phone=row.work_phone,
        reason=row.reason,
        requested_at=row.created_at,
        deadline_at=row.deadline_at,
        decided_at=row.decided_at,
        refusal_reason=row.refusal_reason,
    )


def _summary(row: Any, now: datetime) -> PartnerAccessRequestSummary:
    return PartnerAccessRequestSummary(
        **_read(row).model_dump(),
        user_id=row.user_id,
        requester_name=row.requester_name,
        requester_email=row.requester_email,
        overdue=row.status == PartnerAccessStatus.requested and row.deadline_at < now,
    )


async def my_access(db: AsyncSession, principal: Principal) -> PartnerAccess:
    repository = PartnerAccessRepository(db)
    latest = await repository.latest(principal)
    accepted = await repository.has_accepted(principal.user_id)
    if accepted:
        standing = PartnerStanding.accepted
    elif latest is None:
        standing = PartnerStanding.none
    else:
        standing = PartnerStanding(latest.status)
    return PartnerAccess(
        standing=standing,
        can_request=standing in (PartnerStanding.none, PartnerStanding.refused),
        latest=_read(latest) if latest is not None else None,
    )


async def request_access(
    db: AsyncSession,
    principal: Principal,
    clock: Clock,
    settings: Settings,
    body: PartnerAccessRequestCreate,
) -> PartnerAccessRequestRead:
    """A second request while one waits is refused (also by a unique index, for two clicks)."""
    repository = PartnerAccessRepository(db)
    if body.work_phone is None:
        raise InvalidInput.on("work_phone", N_("Give a phone number Kring can call you on."))
    number = None
    if body.registration_number:
        try:
            number = validators.registration_number(body.registration_number, body.country)
        except ValueError as error:
            raise InvalidInput.on("registration_number", str(error)) from error
    if await repository.has_accepted(principal.user_id):
        raise Conflict(N_("You already have partner access."))
    if await repository.one_waiting(principal):
        raise Conflict(N_("Your request is waiting for Kring's answer; you hear within 48 hours."))
    now = clock.now()
    row = PartnerAccessRequest(
        user_id=principal.user_id,
        organisation_id=(
            await repository.known_organisation(body.country, number) if number else None
        ),
        organisation_name=body.organisation_name,
        country=body.country,
        registration_number=number,
        job_title=body.job_title,
        work_email=str(body.work_email),
        work_phone=body.work_phone,
        reason=body.reason,
        status=PartnerAccessStatus.requested,
        deadline_at=now + ANSWER_WITHIN,
    )
    db.add(row)
    await db.flush()
    await queue_mail(
        db,
        to=settings.staff_email,
        template="partner_access_requested",
        language="nl",
        context={
            "requester_name": principal.user.display_name,
            "organisation": body.organisation_name,
            "answer_by": local_deadline(row.deadline_at, "nl"),
            "link": portal_link(settings, "admin", f"partner-access/{row.id}"),
        },
    )
    await _record(db, principal, "partner_access.requested", row)
    return _read(await repository.one_with_names(principal, row.id))


async def staff_list(
    db: AsyncSession,
    principal: Principal,
    clock: Clock,
    status: PartnerAccessStatus | None,
    page: PageRequest,
) -> Page[PartnerAccessRequestSummary]:
    """Soonest deadline first, so overdue requests lead."""
    now = clock.now()
    return await PartnerAccessRepository(db).staff_page(
        principal, status, page, lambda row: _summary(row, now)
    )


async def staff_get(
    db: AsyncSession, principal: Principal, clock: Clock, request_id: uuid.UUID
) -> PartnerAccessRequestSummary:
    """One request; staff reading a person's work details is audited."""
    row = await PartnerAccessRepository(db).one_with_names(principal, request_id)
    await audit.record(
        db,
        principal,
        "partner_access.viewed",
        subject_type="user",
        subject_id=row.user_id,
        details={"request": str(request_id)},
    )
    return _summary(row, clock.now())


async def accept(
    db: AsyncSession, principal: Principal, clock: Clock, settings: Settings, request_id: uuid.UUID
) -> PartnerAccessRequestSummary:
    return await _decide(db, principal, clock, settings, request_id, None)


async def refuse(
    db: AsyncSession,
    principal: Principal,
    clock: Clock,
    settings: Settings,
    request_id: uuid.UUID,
    body: PartnerAccessRefusal,
) -> PartnerAccessRequestSummary:
    return await _decide(db, principal, clock, settings, request_id, body.reason)


async def _decide(
    db: AsyncSession,
    principal: Principal,
    clock: Clock,
    settings: Settings,
    request_id: uuid.UUID,
    refusal_reason: str | None,
) -> PartnerAccessRequestSummary:
    """The row lock makes two verifiers' answers one: the second gets a conflict."""
    repository = PartnerAccessRepository(db)
    row = await repository.get(principal, request_id, for_update=True)
    if row.status != PartnerAccessStatus.requested:
        raise Conflict(N_("This request has already been answered."))
    row.status = (
        PartnerAccessStatus.accepted if refusal_reason is None else PartnerAccessStatus.refused
    )
    row.decided_at = clock.now()
    row.decided_by_user_id = principal.user_id
    row.refusal_reason = refusal_reason
    await db.flush()
    shown = await repository.one_with_names(principal, request_id)
    person = await repository.person(row.user_id)
    language = person.preferred_language
    await queue_mail(
        db,
        to=person.email,
        template=f"partner_access_{row.status}",
        language=language,
        context={
            "first_name": person.first_name,
            "organisation": shown.organisation_shown,
            "reason": refusal_reason or "",
            "link": portal_link(settings, "partner", "partner-access"),
        },
    )
    await _record(db, principal, f"partner_access.{row.status}", row)
    return _summary(shown, clock.now())


async def _record(
    db: AsyncSession, principal: Principal, action: str, row: PartnerAccessRequest
) -> None:
    await audit.record(
        db,
        principal,
        action,
        subject_type="user",
        subject_id=row.user_id,
        details={"request": str(row.id), "organisation": row.organisation_name},
    )
