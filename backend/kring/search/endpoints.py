"""The public search and public provider profiles (`/providers`): no log-in needed."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response
from fastapi.responses import FileResponse

from kring.config import SettingsDep
from kring.kit.day_parts import DAYS, PARTS, day_parts_to_bits
from kring.kit.db import DbSession
from kring.kit.errors import InvalidInput, problem_responses
from kring.kit.i18n import N_
from kring.kit.pagination import Page, PageQuery
from kring.kit.storage import StorageDep
from kring.kit.types import INT64_MAX, PlainText, Text
from kring.providers.service import video_response
from kring.search import service
from kring.search.auth import Anyone
from kring.search.repository import SearchQuery, Sort
from kring.search.schemas import PublicProfile, ReviewRead, SearchResults

router = APIRouter(prefix="/providers", tags=["search"])


def _day_parts(items: list[str]) -> int:
    wanted: dict[str, list[str]] = {}
    for item in items:
        day, _colon, part = item.partition(":")
        if day not in DAYS or part not in PARTS:
            raise InvalidInput.on("day_parts", N_("Choose day parts like monday:morning."), "query")
        wanted.setdefault(day, []).append(part)
    return day_parts_to_bits(wanted)


@router.get(
    "/search",
    operation_id="search:search_providers",
    summary="Find providers",
    responses=problem_responses(422),
)
async def search_providers(
    db: DbSession,
    visitor: Anyone,
    settings: SettingsDep,
    page: PageQuery,
    q: Annotated[
        PlainText, Query(max_length=200, description="Words: name, service, category.")
    ] = "",
    category: Annotated[
        PlainText | None, Query(max_length=60, description="A category's slug.")
    ] = None,
    place_id: Annotated[
        int | None, Query(ge=1, le=INT64_MAX, description="A place from `/places`.")
    ] = None,
    postcode: Annotated[
        PlainText | None, Query(max_length=10, description="A Dutch postcode.")
    ] = None,
    day_parts: Annotated[
        list[Annotated[str, Text(max_length=20)]] | None,
        Query(description="Available in at least one, e.g. `monday:morning`."),
    ] = None,
    sort: Annotated[Sort | None, Query(description="By default: distance with a place.")] = None,
) -> SearchResults:
    """Live providers whose work area covers the place, nearest first; or by rating."""
    point, place = await service.resolve_point(db, settings, place_id, postcode)
    query = SearchQuery(
        keywords=q,
        category_slug=category,
        point=point,
        day_part_bits=_day_parts(day_parts or []),
        sort=sort,
    )
    return await service.search(db, visitor, query, page, place)


@router.get(
    "/{profile_id}",
    operation_id="search:get_provider",
    summary="A provider's public profile",
    responses=problem_responses(404),
)
async def get_provider(profile_id: uuid.UUID, db: DbSession, visitor: Anyone) -> PublicProfile:
    """With services and member prices, the work area, badges and the latest reviews."""
    return await service.public_profile(db, visitor, profile_id)


@router.get(
    "/{profile_id}/reviews",
    operation_id="search:list_reviews",
    summary="A provider's reviews",
    responses=problem_responses(404, 422),
)
async def list_reviews(
    profile_id: uuid.UUID, db: DbSession, visitor: Anyone, page: PageQuery
) -> Page[ReviewRead]:
    """Newest first; hidden reviews are left out."""
    return await service.reviews_page(db, visitor, profile_id, page)


@router.get(
    "/{profile_id}/photo/{variant}",
    operation_id="search:get_provider_photo",
    summary="A provider's portrait",
    response_class=Response,
    responses={200: {"content": {"image/jpeg": {}}}, **problem_responses(404)},
)
async def get_provider_photo(
    profile_id: uuid.UUID,
    variant: Literal["large", "medium", "small"],
    db: DbSession,
    visitor: Anyone,
    storage: StorageDep,
    v: Annotated[PlainText | None, Query(max_length=40)] = None,
) -> Response:
    """A JPEG; cacheable for good with its version."""
    data = await service.photo(db, visitor, storage, profile_id, variant, v)
    caching = "public, max-age=31536000, immutable" if v else "public, no-cache"
    return Response(data, media_type="image/jpeg", headers={"Cache-Control": caching})


@router.get(
    "/{profile_id}/video",
    operation_id="search:get_provider_video",
    summary="A provider's introduction video",
    response_class=FileResponse,
    responses={200: {"content": {"video/mp4": {}, "video/webm": {}}}, **problem_responses(404)},
)
async def get_provider_video(
    profile_id: uuid.UUID,
    db: DbSession,
    storage: StorageDep,
    v: Annotated[PlainText | None, Query(max_length=40)] = None,
) -> FileResponse:
    """Streamed with byte ranges."""
    profile = await service.live_profile(db, profile_id)
    answer = video_response(storage, profile, v)
    if v:
        answer.headers["Cache-Control"] = "public, max-age=31536000, immutable"
    return answer


@router.get(
    "/{profile_id}/price-list",
    operation_id="search:get_provider_price_list",
    summary="A provider's price list (PDF)",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}}, **problem_responses(404)},
)
async def get_provider_price_list(
    profile_id: uuid.UUID, db: DbSession, visitor: Anyone, storage: StorageDep
) -> Response:
    """As the provider uploaded it."""
    data = await service.price_list(db, visitor, storage, profile_id)
    return Response(
        data,
        media_type="application/pdf",
        headers={"Content-Disposition": 'attachment; filename="prijslijst.pdf"'},
    )
