"""Staff administration of providers: the list, badges, the certificate of conduct (VOG),
suspension; every change and every look at a personal document is audited."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.principal import Principal
from kring.config import Settings
from kring.kit.errors import Conflict, InvalidInput
from kring.kit.i18n import N_
from kring.kit.pagination import Page, PageRequest
from kring.models.provider import ProviderProfile, ProviderStatus, VogStatus
from kring.providers import going_live, vog
from kring.providers.repository import ProviderRepository
from kring.providers.staff_schemas import (
    BadgesUpdate,
    ProviderSummary,
    StaffVogRead,
    VogConfirmation,
    VogRejection,
)


def _vog_status(row: Any) -> VogStatus:
    # As `ProviderProfile.vog_status`, from a Core row.
    if row.vog_key is None:
        return VogStatus.missing
    if row.vog_confirmed_at is not None:
        return VogStatus.confirmed
    if row.vog_rejected_at is not None:
        return VogStatus.rejected
    return VogStatus.waiting


def _vog(row: Any) -> StaffVogRead | None:
    status = _vog_status(row)
    version = vog.version_of(row.vog_key)
    if status == VogStatus.missing or version is None:
        return None
    return StaffVogRead(
        status=status,
        version=version,
        bytes=row.vog_bytes,  # the database keeps the key, size and time together
        uploaded_at=row.vog_uploaded_at,
        issued_on=row.vog_issued_on,
        confirmed_at=row.vog_confirmed_at,
        rejected_at=row.vog_rejected_at,
        rejection_reason=row.vog_rejection_reason,
    )


def summary(row: Any) -> ProviderSummary:
    """A provider as staff see them, from a row of `repository.SUMMARY_COLUMNS`."""
    # Registered with the KvK: a professional, who needs a confirmed VOG (going_live's rule).
    professional = bool(row.has_kvk)
    return ProviderSummary(
        id=row.id,
        user_id=row.user_id,
        name=" ".join(p for p in (row.first_name, row.prefix, row.last_name) if p),
        email=row.email,
        company_name=row.company_name,
        status=row.status,  # checked by the database
        live_at=row.live_at,
        identity_document_seen=row.identity_document_seen,
        seen_in_person=row.seen_in_person,
        introduction_video=row.introduction_video,
        professional=professional,
        vog=_vog(row),
        vog_missing=professional and _vog_status(row) != VogStatus.confirmed,
        suspended_reason=row.suspended_reason,
    )


async def list_providers(
    db: AsyncSession,
    principal: Principal,
    page: PageRequest,
    *,
    status: ProviderStatus | None,
    vog_missing: bool | None,
    vog_status: VogStatus | None,
) -> Page[ProviderSummary]:
    return await ProviderRepository(db).summary_page(
        principal, page, summary, status=status, vog_missing=vog_missing, vog_status=vog_status
    )


async def get_provider(
    db: AsyncSession, principal: Principal, profile_id: uuid.UUID
) -> ProviderSummary:
    return summary(await ProviderRepository(db).summary_row(principal, profile_id))


async def provider(
    db: AsyncSession, principal: Principal, profile_id: uuid.UUID
) -> ProviderProfile:
    """The profile, to read (no lock); 404 when it is erased."""
    return await ProviderRepository(db).get(principal, profile_id)


async def _record(
    db: AsyncSession,
    principal: Principal,
    action: str,
    profile: ProviderProfile,
    details: dict[str, object],
) -> None:
    # About a provider, not about an organisation staff may act for.
    await audit.record(
        db,
        principal,
        action,
        subject_type="provider",
        subject_id=profile.id,
        organisation_id=None,
        details=details,
    )


async def viewed(
    db: AsyncSession, principal: Principal, profile: ProviderProfile, what: str
) -> None:
    """Staff watched the video (`video`) or read the VOG (`vog`)."""
    details: dict[str, object] = {"version": vog.version(profile)} if what == "vog" else {}
    await _record(db, principal, f"provider.{what}_viewed", profile, details)


async def _changed(
    db: AsyncSession,
    principal: Principal,
    action: str,
    profile: ProviderProfile,
    details: dict[str, object],
) -> ProviderSummary:
    await _record(db, principal, action, profile, details)
    return await get_provider(db, principal, profile.id)


async def set_badges(
    db: AsyncSession, principal: Principal, profile_id: uuid.UUID, body: BadgesUpdate
) -> ProviderSummary:
    profile, _user = await ProviderRepository(db).with_user(principal, profile_id)
    changes = body.model_dump(exclude_unset=True)
    for badge, value in changes.items():
        if value is None:
            raise InvalidInput.on(badge, N_("This field is required."))
        setattr(profile, badge, value)
    return await _changed(db, principal, "provider.badges_changed", profile, changes)


async def suspend(
    db: AsyncSession, principal: Principal, profile_id: uuid.UUID, reason: str
) -> ProviderSummary:
    profile, _user = await ProviderRepository(db).with_user(principal, profile_id)
    if profile.status == ProviderStatus.suspended:
        raise Conflict(N_("This profile is already suspended."))
    profile.status, profile.suspended_reason = ProviderStatus.suspended, reason
    return await _changed(db, principal, "provider.suspended", profile, {"reason": reason})


async def restore(db: AsyncSession, principal: Principal, profile_id: uuid.UUID) -> ProviderSummary:
    profile, _user = await ProviderRepository(db).with_user(principal, profile_id)
    if profile.status != ProviderStatus.suspended:
        raise Conflict(N_("This profile is not suspended."))
    profile.status, profile.suspended_reason = ProviderStatus.draft, None
    await going_live.settle(db, profile)
    return await _changed(db, principal, "provider.restored", profile, {"status": profile.status})


async def confirm_vog(
    db: AsyncSession,
    principal: Principal,
    settings: Settings,
    profile_id: uuid.UUID,
    body: VogConfirmation,
) -> ProviderSummary:
    profile, user = await ProviderRepository(db).with_user(principal, profile_id)
    went_live = await vog.confirm(
        db, settings, profile, user, issued_on=body.issued_on, seen=body.version
    )
    details = {**body.model_dump(mode="json"), "went_live": went_live}
    return await _changed(db, principal, "provider.vog_confirmed", profile, details)


async def reject_vog(
    db: AsyncSession,
    principal: Principal,
    settings: Settings,
    profile_id: uuid.UUID,
    body: VogRejection,
) -> ProviderSummary:
    profile, user = await ProviderRepository(db).with_user(principal, profile_id)
    await vog.reject(db, settings, profile, user, reason=body.reason, seen=body.version)
    return await _changed(db, principal, "provider.vog_rejected", profile, body.model_dump())
