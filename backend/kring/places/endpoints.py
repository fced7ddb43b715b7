"""The gazetteer: find Dutch and Belgian places by name (autocomplete), no log-in needed."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response

from kring.kit.db import DbSession
from kring.kit.errors import NotFound, problem_responses
from kring.kit.place import PlaceRead
from kring.kit.types import BigIntId, PlainText
from kring.models.place import Place
from kring.places import repository
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
    found = await repository.search(db, q, country, limit)
    return [
        PlaceMatch(**PlaceRead.model_validate(place).model_dump(), matched_name=matched)
        for place, matched in found
    ]


@router.get(
    "/{place_id}",
    operation_id="places:get",
    summary="A place",
    responses=problem_responses(404, 422),
)
async def get_place(place_id: BigIntId, db: DbSession, response: Response) -> PlaceRead:
    """By its GeoNames id."""
    place = await db.get(Place, place_id)
    if place is None:
        raise NotFound()
    response.headers["X-Data-Attribution"] = ATTRIBUTION
    return PlaceRead.model_validate(place)
