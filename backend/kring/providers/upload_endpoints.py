"""The provider's portrait photo, PDF price list, introduction video and certificate of conduct
(VOG), sent as the request body itself."""

from __future__ import annotations

from typing import Annotated, Any, Literal

import anyio
from fastapi import APIRouter, Query, Request, Response, status
from fastapi.responses import FileResponse

from kring.audit import service as audit
from kring.auth.actor import Actor, CurrentActor
from kring.config import settings_of
from kring.kit.db import DbSession
from kring.kit.errors import NotFound, problem_responses
from kring.kit.storage import storage_for
from kring.kit.types import PlainText
from kring.models.provider import ProviderProfile
from kring.providers import files, service, uploads, video, vog
from kring.providers.schemas import PhotoCrop, ProviderProfileRead

router = APIRouter(prefix="/provider/profile", tags=["provider"])


def _binary_body(*media_types: str) -> dict[str, Any]:
    return {
        "requestBody": {
            "required": True,
            "content": {m: {"schema": {"type": "string", "format": "binary"}} for m in media_types},
        }
    }


@router.put(
    "/photo",
    operation_id="provider:upload_photo",
    summary="Upload my portrait photo",
    openapi_extra=_binary_body("image/png", "image/jpeg"),
    responses=problem_responses(401, 403, 413, 415, 422, 507),
)
async def upload_photo(
    request: Request,
    db: DbSession,
    actor: CurrentActor,
    x: Annotated[float, Query(ge=0, le=1, description="Centre, fraction of the width.")] = 0.5,
    y: Annotated[float, Query(ge=0, le=1, description="Centre, fraction of the height.")] = 0.33,
    zoom: Annotated[float, Query(ge=1, le=4)] = 1.0,
) -> ProviderProfileRead:
    """PNG or JPEG by content, at most 10 MB; metadata (EXIF) removed; square sizes made."""
    data = await uploads.read_upload(request)
    profile = await service.own_profile(db, actor, create=True)
    uploads.store_photo(storage_for(settings_of(request)), profile, data, uploads.Crop(x, y, zoom))
    await db.flush()
    return await service.read(db, actor, profile)


@router.put(
    "/photo/crop",
    operation_id="provider:crop_photo",
    summary="Move or zoom my portrait",
    responses=problem_responses(401, 403, 404, 422, 507),
)
async def crop_photo(
    body: PhotoCrop, request: Request, db: DbSession, actor: CurrentActor
) -> ProviderProfileRead:
    """Makes the sizes again from the original with the new square."""
    profile = await service.own_profile(db, actor)
    crop = uploads.Crop(body.x, body.y, body.zoom)
    uploads.recrop_photo(storage_for(settings_of(request)), profile, crop)
    await db.flush()
    return await service.read(db, actor, profile)


@router.get(
    "/photo/{variant}",
    operation_id="provider:get_photo",
    summary="My portrait in one size",
    response_class=Response,
    responses={200: {"content": {"image/jpeg": {}}}, **problem_responses(401, 403, 404)},
)
async def get_photo(
    variant: Literal["original", "large", "medium", "small"],
    request: Request,
    db: DbSession,
    actor: CurrentActor,
    v: Annotated[PlainText | None, Query(max_length=40, description="The photo's version.")] = None,
) -> Response:
    """A JPEG. With the version from the profile's address it may be kept for good (a new
    photo or crop gets a new address); an old version is not found."""
    profile = await service.own_profile(db, actor)
    if v is not None and v != uploads.photo_version(profile):
        raise NotFound()
    data = uploads.photo_variant(storage_for(settings_of(request)), profile, variant)
    if data is None:
        raise NotFound()
    caching = "private, max-age=31536000, immutable" if v else "private, no-cache"
    return Response(data, media_type="image/jpeg", headers={"Cache-Control": caching})


@router.delete(
    "/photo",
    operation_id="provider:delete_photo",
    summary="Remove my portrait",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404),
)
async def delete_photo(request: Request, db: DbSession, actor: CurrentActor) -> None:
    """Every size goes."""
    profile = await service.own_profile(db, actor)
    uploads.delete_photo(storage_for(settings_of(request)), profile)


@router.put(
    "/price-list",
    operation_id="provider:upload_price_list",
    summary="Upload my price list (PDF)",
    openapi_extra=_binary_body("application/pdf"),
    responses=problem_responses(401, 403, 413, 415, 422, 507),
)
async def upload_price_list(
    request: Request, db: DbSession, actor: CurrentActor
) -> ProviderProfileRead:
    """A real PDF (checked by content), at most 10 MB; customers download it from the profile."""
    data = await uploads.read_upload(request)
    profile = await service.own_profile(db, actor, create=True)
    uploads.store_price_list(storage_for(settings_of(request)), profile, data)
    await db.flush()
    return await service.read(db, actor, profile)


@router.get(
    "/price-list",
    operation_id="provider:get_price_list",
    summary="My price list",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}}, **problem_responses(401, 403, 404)},
)
async def get_price_list(request: Request, db: DbSession, actor: CurrentActor) -> Response:
    """The PDF as uploaded."""
    profile = await service.own_profile(db, actor)
    data = (
        storage_for(settings_of(request)).get(profile.price_list_key)
        if profile.price_list_key
        else None
    )
    if data is None:
        raise NotFound()
    return Response(
        data,
        media_type="application/pdf",
        headers={"Content-Disposition": 'attachment; filename="prijslijst.pdf"'},
    )


@router.delete(
    "/price-list",
    operation_id="provider:delete_price_list",
    summary="Remove my price list",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404),
)
async def delete_price_list(request: Request, db: DbSession, actor: CurrentActor) -> None:
    """Customers no longer see it."""
    profile = await service.own_profile(db, actor)
    uploads.delete_price_list(storage_for(settings_of(request)), profile)


@router.put(
    "/video",
    operation_id="provider:upload_video",
    summary="Upload or record my introduction video",
    openapi_extra=_binary_body("video/mp4", "video/webm"),
    responses=problem_responses(401, 403, 413, 415, 422, 507),
)
async def upload_video(request: Request, db: DbSession, actor: CurrentActor) -> ProviderProfileRead:
    """MP4 or WebM by content, at most 100 MB. Staff look at a new video before the badge shows."""
    source, media_type, size = await video.receive_video(request)
    try:
        profile = await service.own_profile(db, actor, create=True)
        video.store_video(storage_for(settings_of(request)), profile, source, media_type, size)
    finally:
        await anyio.Path(source).unlink(missing_ok=True)
    await _video_changed(db, request, actor, profile, "provider.video_uploaded")
    return await service.read(db, actor, profile)


@router.get(
    "/video",
    operation_id="provider:get_video",
    summary="My introduction video",
    response_class=FileResponse,
    responses={
        200: {"content": {"video/mp4": {}, "video/webm": {}}},
        **problem_responses(401, 403, 404),
    },
)
async def get_video(
    request: Request,
    db: DbSession,
    actor: CurrentActor,
    v: Annotated[PlainText | None, Query(max_length=40, description="The video's version.")] = None,
) -> FileResponse:
    """Streamed with byte ranges, so the player can seek."""
    profile = await service.own_profile(db, actor)
    return video_response(request, profile, v)


def video_response(request: Request, profile: ProviderProfile, v: str | None) -> FileResponse:
    """Transitional, for search/endpoints.py until it uses `providers.service.video_response`."""
    return files.video_response(storage_for(settings_of(request)), profile, v)


@router.delete(
    "/video",
    operation_id="provider:delete_video",
    summary="Remove my introduction video",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404),
)
async def delete_video(request: Request, db: DbSession, actor: CurrentActor) -> None:
    """The video and its badge go."""
    profile = await service.own_profile(db, actor)
    if profile.video_key is None:
        raise NotFound()
    video.delete_video(storage_for(settings_of(request)), profile)
    await _video_changed(db, request, actor, profile, "provider.video_deleted")


async def _video_changed(
    db: DbSession, request: Request, actor: Actor, profile: ProviderProfile, action: str
) -> None:
    # The badge says staff watched *this* video: a new one, or none, takes it away.
    profile.introduction_video = False
    await db.flush()
    await audit.record_for_request(
        db,
        action,
        request=request,
        actor_user_id=actor.user_id,
        subject_type="provider_profile",
        subject_id=profile.id,
    )


@router.put(
    "/vog",
    operation_id="provider:upload_vog",
    summary="Upload my certificate of conduct (VOG, PDF)",
    openapi_extra=_binary_body("application/pdf"),
    responses=problem_responses(401, 403, 413, 415, 422, 507),
)
async def upload_vog(request: Request, db: DbSession, actor: CurrentActor) -> ProviderProfileRead:
    """A real PDF (checked by content), at most 10 MB, in place of the one before. Kring's staff
    check it; until then a professional provider's profile is not live."""
    data = await uploads.read_upload(request)
    profile = await service.own_profile(db, actor, create=True)
    await vog.upload(db, storage_for(settings_of(request)), profile, data)
    await audit.record_for_request(
        db,
        "provider.vog_uploaded",
        request=request,
        actor_user_id=actor.user_id,
        subject_type="provider_profile",
        subject_id=profile.id,
        details={"bytes": len(data)},
    )
    return await service.read(db, actor, profile)


@router.get(
    "/vog",
    operation_id="provider:get_vog",
    summary="My certificate of conduct (VOG)",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}}, **problem_responses(401, 403, 404)},
)
async def get_vog(request: Request, db: DbSession, actor: CurrentActor) -> Response:
    """The PDF as uploaded."""
    return vog_response(request, await service.own_profile(db, actor))


def vog_response(request: Request, profile: ProviderProfile) -> Response:
    """Transitional, for admin/providers.py until it moves into providers."""
    return files.vog_response(storage_for(settings_of(request)), profile)
