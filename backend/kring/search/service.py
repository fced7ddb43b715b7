"""The public search and the public profile: only live providers (suspended ones are not)."""

from __future__ import annotations

import uuid
from typing import Any, Protocol, cast

from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.auth.principal import AnyPrincipal, Visitor
from kring.config import Settings
from kring.kit import money as pricing
from kring.kit import validators
from kring.kit.day_parts import bits_to_day_parts
from kring.kit.errors import InvalidInput, NotFound
from kring.kit.i18n import N_
from kring.kit.pagination import Page, PageRequest
from kring.kit.place import PlaceRead
from kring.kit.rows import Prepared, loaded_columns
from kring.kit.storage import Storage
from kring.models.place import Place
from kring.models.provider import ProviderProfile, ProviderService, ProviderWorkPlace
from kring.models.user import display_name
from kring.places.service import find_place, geocoder_for, nearest_place
from kring.providers.service import PHOTO_VARIANTS, photo_variant, photo_version, video_version
from kring.search.repository import (
    Point,
    PublicProfiles,
    PublicReviews,
    Search,
    SearchQuery,
)
from kring.search.schemas import (
    PriceFrom,
    ProviderCard,
    PublicBadges,
    PublicPriceList,
    PublicProfile,
    PublicService,
    PublicVideo,
    Rating,
    ReviewRead,
    SearchResults,
)

__all__ = [
    "Rating",
    "SearchResults",
    "live_profile",
    "rating_of",
    "refresh_search_text",
    "search_near",
]

PUBLIC = "/api/v1/providers"
# Whoever asks: the public side reads the same for everyone.
ANYONE = Visitor()
FIRST_REVIEWS = PageRequest(cursor=None, limit=10)


class Rated(Protocol):
    rating_sum: int
    rating_count: int


def rating_of(profile: Rated) -> Rating:
    """The rating of a profile, or of a row with its `rating_sum` and `rating_count`."""
    if profile.rating_count == 0:
        return Rating(average=None, count=0)
    return Rating(
        average=round(profile.rating_sum / profile.rating_count, 1), count=profile.rating_count
    )


def photo_urls(profile: ProviderProfile) -> dict[str, str] | None:
    if profile.photo_key is None:
        return None
    stamp = photo_version(profile)
    return {v: f"{PUBLIC}/{profile.id}/photo/{v}?v={stamp}" for v in PHOTO_VARIANTS}


async def resolve_point(
    db: AsyncSession, settings: Settings, place_id: int | None, postcode: str | None
) -> tuple[Point | None, PlaceRead | None]:
    """Where to search from: a gazetteer place, or a Dutch postcode placed by the geocoder."""
    if place_id is not None:
        place = await find_place(db, place_id)
        if place is None:
            raise InvalidInput.on("place_id", N_("Choose a place from the list."), "query")
        return Point(place.latitude, place.longitude, place.id, place.country), place
    if postcode:
        try:
            normalised = validators.postcode(postcode, "NL")
        except ValueError as error:
            raise InvalidInput.on("postcode", str(error), "query") from None
        location = await geocoder_for(settings).postcode(db, normalised)
        if location is None:
            raise InvalidInput.on(
                "postcode",
                N_("This postcode cannot be found on the map; search by place instead."),
                "query",
            )
        nearest = await nearest_place(db, location.latitude, location.longitude)
        # Distances from the postcode itself; a list of places covers its nearest place.
        return Point(
            location.latitude, location.longitude, nearest.id if nearest else None, "NL"
        ), nearest
    return None, None


def _card(row: Any, categories: list[Any]) -> ProviderCard:
    lowest = row.lowest_price_cents
    distance = row.distance_km
    return ProviderCard(
        id=row.id,
        name=row.name,
        company_name=row.company_name,
        introduction=row.introduction,
        # `photo_version` reads the photo key only, which the row has: no profile is loaded.
        photo_url=f"{PUBLIC}/{row.id}/photo/small?v={photo_version(cast(ProviderProfile, row))}"
        if row.photo_key is not None
        else None,
        categories=categories,
        rating=rating_of(row),
        distance_km=round(distance, 1) if distance is not None else None,
        price_from=PriceFrom(
            price_cents=lowest,
            member_price_cents=pricing.member_price_cents(lowest),
            unit=row.lowest_unit,
        )
        if lowest is not None
        else None,
    )


async def search(
    db: AsyncSession,
    visitor: AnyPrincipal,
    query: SearchQuery,
    page: PageRequest,
    place: PlaceRead | None,
) -> SearchResults:
    """A page of cards, read as Core rows; `place` is where distances are measured from."""
    repository = Search(db)
    found = await repository.search(visitor, query, page)
    categories = await repository.categories_of([row.id for row in found.rows])
    return SearchResults(
        items=[_card(row, categories[row.id]) for row in found.rows],
        next_cursor=found.next_cursor,
        place=place,
        total=found.total,
    )


async def search_near(
    db: AsyncSession,
    visitor: AnyPrincipal,
    point: tuple[float, float, int | None, str],
    category_slug: str | None,
    keywords: str,
    page: PageRequest,
) -> SearchResults:
    """Live providers whose work area covers a point (latitude, longitude, gazetteer place,
    country), nearest first: the concierge's look-up near a subscriber's home."""
    latitude, longitude, place_id, country = point
    query = SearchQuery(
        keywords=keywords,
        category_slug=category_slug,
        point=Point(latitude, longitude, place_id, country),
    )
    return await search(db, visitor, query, page, None)


async def live_profile(db: AsyncSession, profile_id: uuid.UUID) -> ProviderProfile:
    """A live provider, or not found (drafts and suspended profiles are nobody's business)."""
    return await PublicProfiles(db).get(ANYONE, profile_id)


async def reviews_page(
    db: AsyncSession, visitor: AnyPrincipal, profile_id: uuid.UUID, page: PageRequest
) -> Page[ReviewRead]:
    """A live provider's visible reviews, newest first; 404 for any other profile."""
    if not await PublicProfiles(db).exists(visitor, profile_id):
        raise NotFound()
    return await PublicReviews(db).of_profile(visitor, profile_id, page)


async def photo(
    db: AsyncSession,
    visitor: AnyPrincipal,
    storage: Storage,
    profile_id: uuid.UUID,
    variant: str,
    version: str | None,
) -> bytes:
    """A live provider's portrait in one size; an old version is not found."""
    profile = await PublicProfiles(db).get(visitor, profile_id)
    if version is not None and version != photo_version(profile):
        raise NotFound()
    data = photo_variant(storage, profile, variant)
    if data is None:
        raise NotFound()
    return data


async def price_list(
    db: AsyncSession, visitor: AnyPrincipal, storage: Storage, profile_id: uuid.UUID
) -> bytes:
    """A live provider's price list as uploaded."""
    profile = await PublicProfiles(db).get(visitor, profile_id)
    data = storage.get(profile.price_list_key) if profile.price_list_key else None
    if data is None:
        raise NotFound()
    return data


# A live profile's services and work places (the profile itself was read as live).
_SERVICES = Prepared(
    select(*loaded_columns(ProviderService))
    .where(ProviderService.profile_id == bindparam("profile_id"))
    .order_by(ProviderService.position)
)
_PLACES = Prepared(
    select(*loaded_columns(Place))
    .join(ProviderWorkPlace, ProviderWorkPlace.place_id == Place.id)
    .where(ProviderWorkPlace.profile_id == bindparam("profile_id"))
    .order_by(Place.name)
)


async def public_profile(
    db: AsyncSession, visitor: AnyPrincipal, profile_id: uuid.UUID
) -> PublicProfile:
    # Read as Core rows: the public profile is the most read page of all.
    profile = await PublicProfiles(db).card(visitor, profile_id)
    categories = await Search(db).categories_of([profile.id])
    services = await _SERVICES.rows(db, profile_id=profile.id)
    places = await _PLACES.rows(db, profile_id=profile.id)
    video = None
    if profile.video_key and profile.video_media_type:
        video = PublicVideo(
            url=f"{PUBLIC}/{profile.id}/video?v={video_version(profile)}",
            media_type=profile.video_media_type,  # checked by the database
        )
    # The address is private: the map gets its neighbourhood (about a kilometre), no more.
    latitude = round(profile.latitude, 2) if profile.latitude is not None else None
    longitude = round(profile.longitude, 2) if profile.longitude is not None else None
    return PublicProfile(
        id=profile.id,
        name=display_name(
            profile.provider_first_name, profile.provider_prefix, profile.provider_last_name
        ),
        first_name=profile.provider_first_name,
        company_name=profile.company_name,
        introduction=profile.introduction,
        profile_text=profile.profile_text,
        photo_urls=photo_urls(profile),
        video=video,
        categories=categories[profile.id],
        services=[
            PublicService(
                id=s.id,
                name=s.name,
                price_cents=s.price_cents,
                unit=s.unit,  # checked by the database
                description=s.description,
                member_price_cents=pricing.member_price_cents(s.price_cents),
            )
            for s in services
        ],
        price_note=profile.price_note,
        price_list=PublicPriceList(
            url=f"{PUBLIC}/{profile.id}/price-list", bytes=profile.price_list_bytes
        )
        if profile.price_list_key and profile.price_list_bytes
        else None,
        badges=PublicBadges(
            identity_document_seen=profile.identity_document_seen,
            seen_in_person=profile.seen_in_person,
            introduction_video=profile.introduction_video,
            # A Core row: `vog_status` in columns (a new upload clears the confirmation).
            certificate_of_conduct=bool(profile.vog_key and profile.vog_confirmed_at),
        ),
        rating=rating_of(profile),
        work_area_kind=profile.work_area_kind,  # checked by the database
        radius_km=profile.radius_km,
        places=[PlaceRead.model_validate(p) for p in places],
        latitude=latitude,
        longitude=longitude,
        day_parts=bits_to_day_parts(profile.day_parts),
        reviews=await PublicReviews(db).of_profile(visitor, profile.id, FIRST_REVIEWS),
    )


# What other domains use of search (their only way in).
from kring.search.indexing import refresh_search_text as refresh_search_text  # noqa: E402
