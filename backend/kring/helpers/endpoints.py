"""A person's helper profile (`/helper/profile`): fill it in, make it active, the portrait; and
a helper's portrait for signed-in readers (`/helpers/{helper_id}/photo/{size}`)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from kring.config import SettingsDep
from kring.helpers import service
from kring.helpers.auth import SignedIn
from kring.helpers.schemas import HelperPhotoCrop, HelperProfileRead, HelperProfileWrite, PhotoSize
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.storage import StorageDep
from kring.kit.types import PlainText
from kring.kit.uploads import Crop, binary_body, read_body

router = APIRouter(prefix="/helper/profile", tags=["helper"])
photos_router = APIRouter(prefix="/helpers", tags=["helper"])

_PHOTO_BODY = binary_body("image/png", "image/jpeg")


@router.get(
    "",
    operation_id="helper:get_profile",
    summary="My helper profile",
    responses=problem_responses(401, 404),
)
async def get_profile(db: DbSession, principal: SignedIn) -> HelperProfileRead:
    """404 until you made one; `missing` says what it lacks to be made active."""
    return await service.read(db, principal)


@router.put(
    "",
    operation_id="helper:save_profile",
    summary="Create or replace my helper profile",
    responses=problem_responses(401, 409, 422),
)
async def save_profile(
    body: HelperProfileWrite, db: DbSession, principal: SignedIn, settings: SettingsDep
) -> HelperProfileRead:
    """The whole profile; the home address is placed on the map. A new profile is a draft."""
    return await service.save(db, principal, settings, body)


@router.post(
    "/activation",
    operation_id="helper:activate_profile",
    summary="Make my helper profile active",
    responses=problem_responses(401, 404, 409, 422),
)
async def activate_profile(db: DbSession, principal: SignedIn) -> HelperProfileRead:
    """Only when complete (422 names each missing part). Partners see you in their suggestions
    once Kring has seen your identity document and while you accept new help seekers."""
    return await service.activate(db, principal)


# The upload takes the profile (and its lock) only once the whole body is in.


@router.put(
    "/photo",
    operation_id="helper:upload_photo",
    summary="Upload my portrait photo",
    openapi_extra=_PHOTO_BODY,
    responses=problem_responses(401, 404, 413, 415, 422, 507),
)
async def upload_photo(
    request: Request,
    db: DbSession,
    storage: StorageDep,
    principal: SignedIn,
    x: Annotated[float, Query(ge=0, le=1, description="Centre, fraction of the width.")] = 0.5,
    y: Annotated[float, Query(ge=0, le=1, description="Centre, fraction of the height.")] = 0.33,
    zoom: Annotated[float, Query(ge=1, le=4)] = 1.0,
) -> HelperProfileRead:
    """PNG or JPEG by content, at most 10 MB; metadata (EXIF) removed; square sizes made."""
    data = await read_body(request)
    return await service.store_photo(db, principal, storage, data, Crop(x, y, zoom))


@router.put(
    "/photo/crop",
    operation_id="helper:crop_photo",
    summary="Move or zoom my portrait",
    responses=problem_responses(401, 404, 422, 507),
)
async def crop_photo(
    body: HelperPhotoCrop, db: DbSession, storage: StorageDep, principal: SignedIn
) -> HelperProfileRead:
    """Makes the sizes again from the original with the new square."""
    return await service.recrop_photo(db, principal, storage, Crop(body.x, body.y, body.zoom))


@router.delete(
    "/photo",
    operation_id="helper:delete_photo",
    summary="Remove my portrait",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 404),
)
async def delete_photo(db: DbSession, storage: StorageDep, principal: SignedIn) -> None:
    """Every size goes."""
    await service.delete_photo(db, principal, storage)


@photos_router.get(
    "/{helper_id}/photo/{size}",
    operation_id="helper:get_photo",
    summary="A helper's portrait in one size",
    response_class=Response,
    responses={200: {"content": {"image/jpeg": {}}}, **problem_responses(401, 404, 422)},
)
async def get_photo(
    helper_id: uuid.UUID,
    size: PhotoSize,
    db: DbSession,
    storage: StorageDep,
    principal: SignedIn,
    v: Annotated[PlainText | None, Query(max_length=40, description="The photo's version.")] = None,
) -> Response:
    """A JPEG, for signed-in readers. With the version from the profile's address it may be
    kept for good (a new photo or crop gets a new address); an old version is not found."""
    data = await service.photo(db, storage, helper_id, size, v)
    caching = "private, max-age=31536000, immutable" if v else "private, no-cache"
    return Response(data, media_type="image/jpeg", headers={"Cache-Control": caching})
