"""The gazetteer: places by name and by id, and geocoding addresses through the configured
geocoder. Other domains use places through this module only."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from kring.auth.principal import AnyPrincipal, Visitor
from kring.kit.errors import NotFound
from kring.kit.place import PlaceRead
from kring.places.geocoder import AddressQuery, Geocoder, Location, geocoder_for
from kring.places.repository import Places
from kring.places.schemas import PlaceMatch

__all__ = [
    "AddressQuery",
    "Geocoder",
    "Location",
    "find_place",
    "geocoder_for",
    "nearest_place",
]

# Places are public: other domains look them up for whoever asks.
ANYONE = Visitor()


async def search_places(
    db: AsyncSession, visitor: AnyPrincipal, q: str, country: str | None, limit: int
) -> list[PlaceMatch]:
    return [
        PlaceMatch.model_validate(row)
        for row in await Places(db).search(visitor, q, country, limit)
    ]


async def get_place(db: AsyncSession, visitor: AnyPrincipal, place_id: int) -> PlaceRead:
    place = await Places(db).by_id(visitor, place_id)
    if place is None:
        raise NotFound()
    return PlaceRead.model_validate(place)


async def find_place(db: AsyncSession, place_id: int) -> PlaceRead | None:
    """A place by its GeoNames id, or None."""
    place = await Places(db).by_id(ANYONE, place_id)
    return PlaceRead.model_validate(place) if place else None


async def nearest_place(db: AsyncSession, latitude: float, longitude: float) -> PlaceRead | None:
    """The Dutch place nearest to a point (where a postcode lies, for a list of places)."""
    place = await Places(db).nearest(ANYONE, latitude, longitude)
    return PlaceRead.model_validate(place) if place else None
