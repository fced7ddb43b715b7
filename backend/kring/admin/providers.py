"""Staff administration of providers (`/admin/providers`): badges, the certificate of conduct
(VOG), suspension."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response, status
from fastapi.responses import FileResponse
from sqlalchemy import ColumnElement, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.admin.auth import AccountAdministrator, StaffMember
from kring.admin.provider_schemas import (
    BadgesUpdate,
    ProviderSummary,
    StaffVogRead,
    Suspension,
    VogConfirmation,
    VogRejection,
)
from kring.audit import service as audit
from kring.auth.actor import Actor
from kring.config import settings_of
from kring.kit.db import DbSession
from kring.kit.errors import Conflict, Forbidden, InvalidInput, NotFound, problem_responses
from kring.kit.i18n import N_
from kring.kit.types import INT32_MAX
from kring.models.provider import ProviderProfile, ProviderStatus, VogStatus
from kring.models.user import User
from kring.providers import going_live, vog
from kring.providers.upload_endpoints import video_response, vog_response

router = APIRouter(prefix="/admin/providers", tags=["admin"])

# Verifiers check documents and people; admins and advisors may do the same.
VERIFIERS = frozenset({"admin", "advisor", "verifier"})


def _vog(profile: ProviderProfile) -> StaffVogRead | None:
    status_ = profile.vog_status
    version = vog.version(profile)
    if status_ == VogStatus.missing or version is None:
        return None
    # The database keeps the key, size and time together.
    assert profile.vog_bytes is not None
    assert profile.vog_uploaded_at is not None
    return StaffVogRead(
        status=status_,
        version=version,
        bytes=profile.vog_bytes,
        uploaded_at=profile.vog_uploaded_at,
        issued_on=profile.vog_issued_on,
        confirmed_at=profile.vog_confirmed_at,
        rejected_at=profile.vog_rejected_at,
        rejection_reason=profile.vog_rejection_reason,
    )


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
        professional=going_live.vog_required(profile),
        vog=_vog(profile),
        vog_missing=going_live.vog_required(profile) and profile.vog_status != VogStatus.confirmed,
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
    await audit.record_for_request(
        db,
        action,
        request=request,
        actor_user_id=actor.user_id,
        subject_type="provider",
        subject_id=profile.id,
        details=details,
    )


def _vog_in(status_: VogStatus) -> ColumnElement[bool]:
    p = ProviderProfile
    return {
        VogStatus.missing: p.vog_key.is_(None),
        VogStatus.waiting: p.vog_key.is_not(None)
        & p.vog_confirmed_at.is_(None)
        & p.vog_rejected_at.is_(None),
        VogStatus.confirmed: p.vog_confirmed_at.is_not(None),
        VogStatus.rejected: p.vog_rejected_at.is_not(None),
    }[status_]


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
        Literal["draft", "awaiting_payment", "awaiting_vog", "live", "suspended", "offline"] | None,
        Query(alias="status"),
    ] = None,
    vog_missing: Annotated[
        bool | None, Query(description="Professionals without a confirmed VOG.")
    ] = None,
    vog_status: Annotated[
        VogStatus | None,
        Query(alias="vog", description="Where the VOG stands; `waiting` is staff's queue."),
    ] = None,
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
        missing = ProviderProfile.has_kvk.is_(True) & ProviderProfile.vog_confirmed_at.is_(None)
        statement = statement.where(missing if vog_missing else ~missing)
    if vog_status is not None:
        statement = statement.where(_vog_in(vog_status))
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
    """Live again when the fee was paid (and a professional's VOG confirmed), otherwise back to
    where the provider stood."""
    profile, user = await _provider(db, profile_id)
    if profile.status != ProviderStatus.suspended:
        raise Conflict(N_("This profile is not suspended."))
    profile.status, profile.suspended_reason = ProviderStatus.draft, None
    await going_live.settle(db, profile)
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


@router.get(
    "/{profile_id}/vog",
    operation_id="admin:get_provider_vog",
    summary="A provider's certificate of conduct (VOG)",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}}, **problem_responses(401, 403, 404)},
)
async def get_provider_vog(
    profile_id: uuid.UUID, request: Request, db: DbSession, actor: StaffMember
) -> Response:
    """The PDF, to check before confirming it; for verifiers, advisors and admins only (it is
    about someone's judicial past), and every viewing is audited."""
    _verifier(actor)
    profile, _user = await _provider(db, profile_id)
    answer = vog_response(request, profile)
    await _record(
        db, request, actor, "provider.vog_viewed", profile, {"version": vog.version(profile)}
    )
    return answer


@router.post(
    "/{profile_id}/vog/confirmation",
    operation_id="admin:confirm_provider_vog",
    summary="Confirm a provider's certificate of conduct (VOG)",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def confirm_vog(
    profile_id: uuid.UUID,
    body: VogConfirmation,
    request: Request,
    db: DbSession,
    actor: StaffMember,
) -> ProviderSummary:
    """With its date of issue, at most 3 months before the upload (else reject it). A paid
    professional provider goes live; the provider is mailed."""
    _verifier(actor)
    profile, user = await _provider(db, profile_id)
    went_live = await vog.confirm(
        db, settings_of(request), profile, user, issued_on=body.issued_on, seen=body.version
    )
    await _record(
        db,
        request,
        actor,
        "provider.vog_confirmed",
        profile,
        {**body.model_dump(mode="json"), "went_live": went_live},
    )
    return _summary(profile, user)


@router.post(
    "/{profile_id}/vog/rejection",
    operation_id="admin:reject_provider_vog",
    summary="Reject a provider's certificate of conduct (VOG)",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def reject_vog(
    profile_id: uuid.UUID,
    body: VogRejection,
    request: Request,
    db: DbSession,
    actor: StaffMember,
) -> ProviderSummary:
    """The provider is mailed the reason in their language and asked for a new one; a
    professional provider who was live goes offline until then."""
    _verifier(actor)
    profile, user = await _provider(db, profile_id)
    await vog.reject(db, settings_of(request), profile, user, reason=body.reason, seen=body.version)
    await _record(db, request, actor, "provider.vog_rejected", profile, body.model_dump())
    return _summary(profile, user)
