"""Staff administration of providers (`/admin/providers`): badges, the VOG, suspension."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, status
from fastapi.responses import FileResponse
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.admin.auth import AccountAdministrator, StaffMember
from kring.admin.provider_schemas import BadgesUpdate, ProviderSummary, Suspension, VogUpdate
from kring.audit import service as audit
from kring.auth.actor import Actor
from kring.kit.db import DbSession
from kring.kit.errors import Conflict, Forbidden, InvalidInput, NotFound, problem_responses
from kring.kit.i18n import N_
from kring.kit.types import INT32_MAX
from kring.models.payment import Payment, PaymentStatus
from kring.models.provider import ProviderProfile, ProviderStatus
from kring.models.user import User, UserStatus
from kring.providers.upload_endpoints import video_response

router = APIRouter(prefix="/admin/providers", tags=["admin"])

# Verifiers check documents and people; admins and advisors may do the same.
VERIFIERS = frozenset({"admin", "advisor", "verifier"})


def _summary(profile: ProviderProfile, user: User) -> ProviderSummary:
    return ProviderSummary(
        id=profile.id,
        user_id=user.id,
        name=user.display_name,
        email=user.email,
        company_name=profile.company_name,
        status=profile.status,  # checked by the database
        live_at=profile.live_at,
        identity_document_seen=profile.identity_document_seen,
        seen_in_person=profile.seen_in_person,
        introduction_video=profile.introduction_video,
        professional=profile.professional,
        vog_received_on=profile.vog_received_on,
        vog_missing=profile.professional and profile.vog_received_on is None,
        suspended_reason=profile.suspended_reason,
    )


async def _provider(db: AsyncSession, profile_id: uuid.UUID) -> tuple[ProviderProfile, User]:
    row = (
        await db.execute(
            select(ProviderProfile, User)
            .join(User, User.id == ProviderProfile.user_id)
            .where(ProviderProfile.id == profile_id)
            .with_for_update(of=ProviderProfile)
        )
    ).first()
    # An erased profile is gone for staff too, as its deleted account is.
    if row is None or row[0].status == ProviderStatus.erased:
        raise NotFound()
    return row[0], row[1]


async def _record(
    db: AsyncSession,
    request: Request,
    actor: Actor,
    action: str,
    profile: ProviderProfile,
    details: dict[str, object],
) -> None:
    await audit.record(
        db,
        action,
        request=request,
        actor_user_id=actor.user_id,
        subject_type="provider",
        subject_id=profile.id,
        details=details,
    )


def _verifier(actor: Actor) -> None:
    if actor.staff_role not in VERIFIERS:
        raise Forbidden(N_("Only Kring's verifiers, advisors and admins may do this."))


@router.get(
    "",
    operation_id="admin:list_providers",
    summary="Providers by status",
    responses=problem_responses(401, 403, 422),
)
async def list_providers(
    db: DbSession,
    actor: StaffMember,
    status_: Annotated[
        Literal["draft", "awaiting_payment", "live", "suspended", "offline"] | None,
        Query(alias="status"),
    ] = None,
    vog_missing: Annotated[bool | None, Query(description="Professionals without a VOG.")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=INT32_MAX)] = 0,
) -> list[ProviderSummary]:
    """Newest first; for every staff role."""
    statement = (
        select(ProviderProfile, User)
        .join(User, User.id == ProviderProfile.user_id)
        .where(ProviderProfile.status != ProviderStatus.erased)
    )
    if status_:
        statement = statement.where(ProviderProfile.status == status_)
    if vog_missing is not None:
        missing = ProviderProfile.professional.is_(True) & ProviderProfile.vog_received_on.is_(None)
        statement = statement.where(missing if vog_missing else ~missing)
    rows = await db.execute(
        statement.order_by(ProviderProfile.created_at.desc(), ProviderProfile.id)
        .limit(limit)
        .offset(offset)
    )
    return [_summary(p, u) for p, u in rows.all()]


@router.get(
    "/{profile_id}",
    operation_id="admin:get_provider",
    summary="A provider",
    responses=problem_responses(401, 403, 404),
)
async def get_provider(profile_id: uuid.UUID, db: DbSession, actor: StaffMember) -> ProviderSummary:
    """With badges, VOG and status."""
    return _summary(*await _provider(db, profile_id))


@router.patch(
    "/{profile_id}/badges",
    operation_id="admin:set_provider_badges",
    summary="Set a provider's badges",
    responses=problem_responses(401, 403, 404, 422),
)
async def set_badges(
    profile_id: uuid.UUID, body: BadgesUpdate, request: Request, db: DbSession, actor: StaffMember
) -> ProviderSummary:
    """Identity document seen, seen in person, introduction video; audited."""
    _verifier(actor)
    profile, user = await _provider(db, profile_id)
    changes = body.model_dump(exclude_unset=True)
    for badge, value in changes.items():
        if value is None:
            raise InvalidInput.on(badge, N_("This field is required."))
        setattr(profile, badge, value)
    await _record(db, request, actor, "provider.badges_changed", profile, changes)
    return _summary(profile, user)


@router.put(
    "/{profile_id}/vog",
    operation_id="admin:set_provider_vog",
    summary="Record a provider's certificate of conduct (VOG)",
    responses=problem_responses(401, 403, 404, 422),
)
async def set_vog(
    profile_id: uuid.UUID, body: VogUpdate, request: Request, db: DbSession, actor: StaffMember
) -> ProviderSummary:
    """Required for professional providers; the date cannot be in the future."""
    _verifier(actor)
    if body.vog_received_on and body.vog_received_on > datetime.now(UTC).date():
        raise InvalidInput.on("vog_received_on", N_("This date is in the future."))
    profile, user = await _provider(db, profile_id)
    profile.professional, profile.vog_received_on = body.professional, body.vog_received_on
    await _record(
        db, request, actor, "provider.vog_recorded", profile, body.model_dump(mode="json")
    )
    return _summary(profile, user)


@router.post(
    "/{profile_id}/suspension",
    operation_id="admin:suspend_provider",
    summary="Suspend a provider's profile",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def suspend(
    profile_id: uuid.UUID,
    body: Suspension,
    request: Request,
    db: DbSession,
    actor: AccountAdministrator,
) -> ProviderSummary:
    """The profile disappears from search at once; admins and advisors only."""
    profile, user = await _provider(db, profile_id)
    if profile.status == ProviderStatus.suspended:
        raise Conflict(N_("This profile is already suspended."))
    profile.status, profile.suspended_reason = ProviderStatus.suspended, body.reason
    await _record(db, request, actor, "provider.suspended", profile, {"reason": body.reason})
    return _summary(profile, user)


@router.delete(
    "/{profile_id}/suspension",
    operation_id="admin:restore_provider",
    summary="Restore a suspended profile",
    status_code=status.HTTP_200_OK,
    responses=problem_responses(401, 403, 404, 409),
)
async def restore(
    profile_id: uuid.UUID, request: Request, db: DbSession, actor: AccountAdministrator
) -> ProviderSummary:
    """Live again if paid (offline while the account is deactivated), else back to the wizard."""
    profile, user = await _provider(db, profile_id)
    if profile.status != ProviderStatus.suspended:
        raise Conflict(N_("This profile is not suspended."))
    paid = await db.scalar(
        select(Payment.id).where(
            Payment.profile_id == profile.id, Payment.status == PaymentStatus.paid
        )
    )
    if not paid:
        profile.status = ProviderStatus.draft
    else:
        # A deactivated account's profile waits offline until the account is reactivated.
        active = user.status == UserStatus.active
        profile.status = ProviderStatus.live if active else ProviderStatus.offline
    profile.suspended_reason = None
    await _record(db, request, actor, "provider.restored", profile, {"status": profile.status})
    return _summary(profile, user)


@router.get(
    "/{profile_id}/video",
    operation_id="admin:get_provider_video",
    summary="A provider's introduction video",
    response_class=FileResponse,
    responses={
        200: {"content": {"video/mp4": {}, "video/webm": {}}},
        **problem_responses(401, 403, 404),
    },
)
async def get_provider_video(
    profile_id: uuid.UUID, request: Request, db: DbSession, actor: StaffMember
) -> FileResponse:
    """To watch before setting the "introduction video" badge; the viewing is audited."""
    profile, _user = await _provider(db, profile_id)
    answer = video_response(request, profile, None)
    await _record(db, request, actor, "provider.video_viewed", profile, {})
    return answer
