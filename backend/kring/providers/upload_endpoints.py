"""The provider's portrait photo, PDF price list, introduction video and certificate of conduct
(VOG), sent as the request body itself: read here, from the raw request stream, with a limit."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated, Literal

import anyio
from fastapi import APIRouter, Query, Request, Response, status
from fastapi.responses import FileResponse

from kring.auth.dependencies import SignedIn
from kring.auth.provider import provider_starter
from kring.kit.db import DbSession
from kring.kit.errors import InvalidInput, NotFound, UnsupportedMediaType, problem_responses
from kring.kit.i18n import N_
from kring.kit.storage import StorageDep
from kring.kit.types import PlainText
from kring.kit.uploads import binary_body, read_body
from kring.providers import files, service, uploads, video, vog
from kring.providers.auth import ProviderReader, ProviderWriter
from kring.providers.schemas import PhotoCrop, ProviderProfileRead

router = APIRouter(prefix="/provider/profile", tags=["provider"])


async def _receive_video(request: Request) -> tuple[Path, str, int]:
    """The body in a temporary file, with its media type and size; the caller owns the file."""
    sent_as = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if sent_as not in ("video/mp4", "video/webm"):
        raise UnsupportedMediaType(N_("Send the video as video/mp4 or video/webm."))
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > video.MAX_VIDEO_BYTES:
        raise video.too_large()
    size, head = 0, b""
    with tempfile.NamedTemporaryFile(prefix="kring-video-", delete=False) as file:
        path = Path(file.name)
        try:
            async for chunk in request.stream():
                size += len(chunk)
                if size > video.MAX_VIDEO_BYTES:
                    raise video.too_large()
                if len(head) < 64:
                    head += chunk[: 64 - len(head)]
                    # Refuse a wrong kind of file at once, not after 100 MB of it.
                    if len(head) >= 64 and video.sniff_video(head) is None:
                        raise video.wrong_kind()
                file.write(chunk)
            if size == 0:
                raise InvalidInput.on("file", N_("Choose a file to upload."))
            media_type = video.sniff_video(head)
            if media_type is None:
                raise video.wrong_kind()
        except BaseException:
            await anyio.Path(path).unlink(missing_ok=True)
            raise
    return path, media_type, size


# The uploads take the profile (and its lock) only once the whole body is in, so a slow upload
# holds up none of the provider's other changes.


@router.put(
    "/photo",
    operation_id="provider:upload_photo",
    summary="Upload my portrait photo",
    openapi_extra=binary_body("image/png", "image/jpeg"),
    responses=problem_responses(401, 403, 413, 415, 422, 507),
)
async def upload_photo(
    request: Request,
    db: DbSession,
    storage: StorageDep,
    principal: SignedIn,
    x: Annotated[float, Query(ge=0, le=1, description="Centre, fraction of the width.")] = 0.5,
    y: Annotated[float, Query(ge=0, le=1, description="Centre, fraction of the height.")] = 0.33,
    zoom: Annotated[float, Query(ge=1, le=4)] = 1.0,
) -> ProviderProfileRead:
    """PNG or JPEG by content, at most 10 MB; metadata (EXIF) removed; square sizes made."""
    data = await read_body(request)
    provider = await provider_starter(db, principal)
    uploads.store_photo(storage, provider.profile, data, uploads.Crop(x, y, zoom))
    await db.flush()
    return await service.read(db, provider)


@router.put(
    "/photo/crop",
    operation_id="provider:crop_photo",
    summary="Move or zoom my portrait",
    responses=problem_responses(401, 403, 404, 422, 507),
)
async def crop_photo(
    body: PhotoCrop, db: DbSession, storage: StorageDep, provider: ProviderWriter
) -> ProviderProfileRead:
    """Makes the sizes again from the original with the new square."""
    uploads.recrop_photo(storage, provider.profile, uploads.Crop(body.x, body.y, body.zoom))
    await db.flush()
    return await service.read(db, provider)


@router.get(
    "/photo/{variant}",
    operation_id="provider:get_photo",
    summary="My portrait in one size",
    response_class=Response,
    responses={200: {"content": {"image/jpeg": {}}}, **problem_responses(401, 403, 404)},
)
async def get_photo(
    variant: Literal["original", "large", "medium", "small"],
    storage: StorageDep,
    provider: ProviderReader,
    v: Annotated[PlainText | None, Query(max_length=40, description="The photo's version.")] = None,
) -> Response:
    """A JPEG. With the version from the profile's address it may be kept for good (a new
    photo or crop gets a new address); an old version is not found."""
    if v is not None and v != uploads.photo_version(provider.profile):
        raise NotFound()
    data = uploads.photo_variant(storage, provider.profile, variant)
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
async def delete_photo(storage: StorageDep, provider: ProviderWriter) -> None:
    """Every size goes."""
    uploads.delete_photo(storage, provider.profile)


@router.put(
    "/price-list",
    operation_id="provider:upload_price_list",
    summary="Upload my price list (PDF)",
    openapi_extra=binary_body("application/pdf"),
    responses=problem_responses(401, 403, 413, 415, 422, 507),
)
async def upload_price_list(
    request: Request, db: DbSession, storage: StorageDep, principal: SignedIn
) -> ProviderProfileRead:
    """A real PDF (checked by content), at most 10 MB; customers download it from the profile."""
    data = await read_body(request)
    provider = await provider_starter(db, principal)
    uploads.store_price_list(storage, provider.profile, data)
    await db.flush()
    return await service.read(db, provider)


@router.get(
    "/price-list",
    operation_id="provider:get_price_list",
    summary="My price list",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}}, **problem_responses(401, 403, 404)},
)
async def get_price_list(storage: StorageDep, provider: ProviderReader) -> Response:
    """The PDF as uploaded."""
    key = provider.profile.price_list_key
    data = storage.get(key) if key else None
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
async def delete_price_list(storage: StorageDep, provider: ProviderWriter) -> None:
    """Customers no longer see it."""
    uploads.delete_price_list(storage, provider.profile)


@router.put(
    "/video",
    operation_id="provider:upload_video",
    summary="Upload or record my introduction video",
    openapi_extra=binary_body("video/mp4", "video/webm"),
    responses=problem_responses(401, 403, 413, 415, 422, 507),
)
async def upload_video(
    request: Request, db: DbSession, storage: StorageDep, principal: SignedIn
) -> ProviderProfileRead:
    """MP4 or WebM by content, at most 100 MB. Staff look at a new video before the badge shows."""
    source, media_type, size = await _receive_video(request)
    try:
        provider = await provider_starter(db, principal)
        await video.upload(db, provider, storage, source, media_type, size)
    finally:
        await anyio.Path(source).unlink(missing_ok=True)
    return await service.read(db, provider)


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
    storage: StorageDep,
    provider: ProviderReader,
    v: Annotated[PlainText | None, Query(max_length=40, description="The video's version.")] = None,
) -> FileResponse:
    """Streamed with byte ranges, so the player can seek."""
    return files.video_response(storage, provider.profile, v)


@router.delete(
    "/video",
    operation_id="provider:delete_video",
    summary="Remove my introduction video",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404),
)
async def delete_video(db: DbSession, storage: StorageDep, provider: ProviderWriter) -> None:
    """The video and its badge go."""
    await video.remove(db, provider, storage)


@router.put(
    "/vog",
    operation_id="provider:upload_vog",
    summary="Upload my certificate of conduct (VOG, PDF)",
    openapi_extra=binary_body("application/pdf"),
    responses=problem_responses(401, 403, 413, 415, 422, 507),
)
async def upload_vog(
    request: Request, db: DbSession, storage: StorageDep, principal: SignedIn
) -> ProviderProfileRead:
    """A real PDF (checked by content), at most 10 MB, in place of the one before. Kring's staff
    check it; until then a professional provider's profile is not live."""
    data = await read_body(request)
    provider = await provider_starter(db, principal)
    await vog.upload(db, provider, storage, data)
    return await service.read(db, provider)


@router.get(
    "/vog",
    operation_id="provider:get_vog",
    summary="My certificate of conduct (VOG)",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}}, **problem_responses(401, 403, 404)},
)
async def get_vog(storage: StorageDep, provider: ProviderReader) -> Response:
    """The PDF as uploaded."""
    return files.vog_response(storage, provider.profile)
