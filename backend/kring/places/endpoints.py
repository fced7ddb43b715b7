"""The gazetteer: find Dutch and Belgian places by name (autocomplete), no log-in needed."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response

from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.place import PlaceRead
from kring.kit.types import BigIntId, PlainText
from kring.places import service
from kring.places.auth import Anyone
from kring.places.gazetteer import ATTRIBUTION
from kring.places.schemas import PlaceMatch

router = APIRouter(prefix="/places", tags=["places"])


@router.get(
    "",
    operation_id="places:search",
    summary="Find places by name",
    responses=problem_responses(422),
)
async def search_places(
    db: DbSession,
    visitor: Anyone,
    response: Response,
    q: Annotated[
        PlainText, Query(min_length=2, max_length=100, description="The start of a name.")
    ],
    country: Annotated[Literal["NL", "BE"] | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
) -> list[PlaceMatch]:
    """Accent-insensitive prefix search (`lie` finds Liège), also by other names (Bruxelles);
    exact names first, then the biggest places. GeoNames data, CC BY 4.0."""
    response.headers["X-Data-Attribution"] = ATTRIBUTION
    # Public and the same for everyone: browsers may keep an answer for a while.
    response.headers["Cache-Control"] = "public, max-age=3600"
    return await service.search_places(db, visitor, q, country, limit)


@router.get(
    "/{place_id}",
    operation_id="places:get",
    summary="A place",
    responses=problem_responses(404, 422),
)
async def get_place(
    place_id: BigIntId, db: DbSession, visitor: Anyone, response: Response
) -> PlaceRead:
    """By its GeoNames id."""
    place = await service.get_place(db, visitor, place_id)
    response.headers["X-Data-Attribution"] = ATTRIBUTION
    return place
