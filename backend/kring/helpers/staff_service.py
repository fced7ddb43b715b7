"""Staff's side of helpers: the list (with the queue of active helpers waiting for the identity
badge), one helper (the read is audited: it holds a home address), and the badges."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.principal import Principal
from kring.helpers import service
from kring.helpers.repository import HelperRepository
from kring.helpers.schemas import HelperBadges, HelperStaffRead, HelperSummary
from kring.kit.clock import Clock
from kring.kit.pagination import Page, PageRequest
from kring.models.helper import HelperKind, HelperProfile, HelperStatus
from kring.models.user import display_name


def summary(row: Any) -> HelperSummary:
    """A helper as staff list them, from a row of `repository.SUMMARY_COLUMNS`."""
    return HelperSummary(
        id=row.id,
        user_id=row.user_id,
        name=display_name(row.first_name, row.prefix, row.last_name),
        email=row.email,
        city=row.city,
        status=HelperStatus(row.status),
        kind=HelperKind(row.kind),
        accepting_new=row.accepting_new,
        identity_document_seen=row.identity_document_seen,
        seen_in_person=row.seen_in_person,
        badged_at=row.badged_at,
        matchable=row.matchable,
        created_at=row.created_at,
    )


async def list_helpers(
    db: AsyncSession,
    principal: Principal,
    page: PageRequest,
    *,
    waiting_for_badge: bool | None,
    q: str | None,
) -> Page[HelperSummary]:
    return await HelperRepository(db).summary_page(
        principal, page, summary, waiting_for_badge=waiting_for_badge, q=q
    )


async def _record(
    db: AsyncSession,
    principal: Principal,
    action: str,
    profile: HelperProfile,
    details: dict[str, object],
) -> None:
    # About a helper (a person), not about an organisation staff may act for.
    await audit.record(
        db,
        principal,
        action,
        subject_type="helper",
        subject_id=profile.id,
        organisation_id=None,
        details=details,
    )


async def _staff_read(
    db: AsyncSession, principal: Principal, profile: HelperProfile
) -> HelperStaffRead:
    repository = HelperRepository(db)
    row = await repository.summary_row(principal, profile.id)
    user = await repository.user(profile.user_id)
    return HelperStaffRead(
        **summary(row).model_dump(),
        phone=user.phone_for_questions,
        profile=await service.profile_read(db, profile, full_iban=False),
    )


async def get_helper(
    db: AsyncSession, principal: Principal, helper_id: uuid.UUID
) -> HelperStaffRead:
    profile = await HelperRepository(db).get(principal, helper_id)
    read = await _staff_read(db, principal, profile)
    await _record(db, principal, "helper.viewed", profile, {})
    return read


async def set_badges(
    db: AsyncSession, principal: Principal, clock: Clock, helper_id: uuid.UUID, body: HelperBadges
) -> HelperStaffRead:
    """The identity badge makes an active helper who accepts new help seekers matchable."""
    profile = await HelperRepository(db).get(principal, helper_id, for_update=True)
    before = {
        "identity_document_seen": profile.identity_document_seen,
        "seen_in_person": profile.seen_in_person,
    }
    if body.identity_document_seen and not profile.identity_document_seen:
        profile.badged_at = clock.now()
    elif not body.identity_document_seen:
        profile.badged_at = None
    profile.identity_document_seen = body.identity_document_seen
    profile.seen_in_person = body.seen_in_person
    await db.flush()
    await _record(
        db, principal, "helper.badges_set", profile, {"before": before, "after": body.model_dump()}
    )
    return await _staff_read(db, principal, profile)
