"""Staff administration of providers (`/admin/providers`): badges, the certificate of conduct
(VOG), suspension."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response, status
from fastapi.responses import FileResponse

from kring.config import SettingsDep
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.pagination import Page, PageQuery
from kring.kit.storage import StorageDep
from kring.models.provider import ProviderStatus, VogStatus
from kring.providers import files, staff_service
from kring.providers.auth import (
    BadgeSetter,
    CertificateVerifier,
    ProviderSuspender,
    ProviderViewer,
)
from kring.providers.staff_schemas import (
    BadgesUpdate,
    ProviderSummary,
    Suspension,
    VogConfirmation,
    VogRejection,
)

router = APIRouter(prefix="/admin/providers", tags=["admin"])


@router.get(
    "",
    operation_id="admin:list_providers",
    summary="Providers by status",
    responses=problem_responses(401, 403, 422),
)
async def list_providers(
    db: DbSession,
    principal: ProviderViewer,
    page: PageQuery,
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
) -> Page[ProviderSummary]:
    """Newest first; for every staff role."""
    return await staff_service.list_providers(
        db,
        principal,
        page,
        status=ProviderStatus(status_) if status_ else None,
        vog_missing=vog_missing,
        vog_status=vog_status,
    )


@router.get(
    "/{profile_id}",
    operation_id="admin:get_provider",
    summary="A provider",
    responses=problem_responses(401, 403, 404),
)
async def get_provider(
    profile_id: uuid.UUID, db: DbSession, principal: ProviderViewer
) -> ProviderSummary:
    """With badges, VOG and status."""
    return await staff_service.get_provider(db, principal, profile_id)


@router.patch(
    "/{profile_id}/badges",
    operation_id="admin:set_provider_badges",
    summary="Set a provider's badges",
    responses=problem_responses(401, 403, 404, 422),
)
async def set_badges(
    profile_id: uuid.UUID, body: BadgesUpdate, db: DbSession, principal: BadgeSetter
) -> ProviderSummary:
    """Identity document seen, seen in person, introduction video; audited."""
    return await staff_service.set_badges(db, principal, profile_id, body)


@router.post(
    "/{profile_id}/suspension",
    operation_id="admin:suspend_provider",
    summary="Suspend a provider's profile",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def suspend(
    profile_id: uuid.UUID, body: Suspension, db: DbSession, principal: ProviderSuspender
) -> ProviderSummary:
    """The profile disappears from search at once; admins and advisors only."""
    return await staff_service.suspend(db, principal, profile_id, body.reason)


@router.delete(
    "/{profile_id}/suspension",
    operation_id="admin:restore_provider",
    summary="Restore a suspended profile",
    status_code=status.HTTP_200_OK,
    responses=problem_responses(401, 403, 404, 409),
)
async def restore(
    profile_id: uuid.UUID, db: DbSession, principal: ProviderSuspender
) -> ProviderSummary:
    """Live again when the fee was paid (and a professional's VOG confirmed), otherwise back to
    where the provider stood."""
    return await staff_service.restore(db, principal, profile_id)


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
    profile_id: uuid.UUID, db: DbSession, storage: StorageDep, principal: ProviderViewer
) -> FileResponse:
    """To watch before setting the "introduction video" badge; the viewing is audited."""
    profile = await staff_service.provider(db, principal, profile_id)
    answer = files.video_response(storage, profile, None)
    await staff_service.viewed(db, principal, profile, "video")
    return answer


@router.get(
    "/{profile_id}/vog",
    operation_id="admin:get_provider_vog",
    summary="A provider's certificate of conduct (VOG)",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}}, **problem_responses(401, 403, 404)},
)
async def get_provider_vog(
    profile_id: uuid.UUID, db: DbSession, storage: StorageDep, principal: CertificateVerifier
) -> Response:
    """The PDF, to check before confirming it; for verifiers, advisors and admins only (it is
    about someone's judicial past), and every viewing is audited."""
    profile = await staff_service.provider(db, principal, profile_id)
    answer = files.vog_response(storage, profile)
    await staff_service.viewed(db, principal, profile, "vog")
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
    db: DbSession,
    settings: SettingsDep,
    principal: CertificateVerifier,
) -> ProviderSummary:
    """With its date of issue, at most 3 months before the upload (else reject it). A paid
    professional provider goes live; the provider is mailed."""
    return await staff_service.confirm_vog(db, principal, settings, profile_id, body)


@router.post(
    "/{profile_id}/vog/rejection",
    operation_id="admin:reject_provider_vog",
    summary="Reject a provider's certificate of conduct (VOG)",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def reject_vog(
    profile_id: uuid.UUID,
    body: VogRejection,
    db: DbSession,
    settings: SettingsDep,
    principal: CertificateVerifier,
) -> ProviderSummary:
    """The provider is mailed the reason in their language and asked for a new one; a
    professional provider who was live goes offline until then."""
    return await staff_service.reject_vog(db, principal, settings, profile_id, body)
