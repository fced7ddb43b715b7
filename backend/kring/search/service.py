"""The public search and the public profile: only live providers (suspended ones are not)."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.kit import money as pricing
from kring.kit import validators
from kring.kit.day_parts import bits_to_day_parts
from kring.kit.errors import InvalidInput, NotFound
from kring.kit.i18n import N_, current_language
from kring.kit.place import PlaceRead
from kring.models.contact import Review
from kring.models.place import Place
from kring.models.provider import (
    Category,
    ProviderProfile,
    ProviderService,
    ProviderStatus,
    ProviderWorkPlace,
)
from kring.models.user import User
from kring.places.service import geocoder_for
from kring.providers.schemas import BadgesRead, CategoryRead, ServiceRead
from kring.providers.uploads import PHOTO_VARIANTS, photo_version
from kring.providers.video import video_version
from kring.search import repository
from kring.search.repository import Point, SearchQuery
from kring.search.schemas import (
    PriceFrom,
    ProviderCard,
    PublicPriceList,
    PublicProfile,
    PublicVideo,
    Rating,
    ReviewPage,
    ReviewRead,
    SearchResults,
)

PUBLIC = "/api/v1/providers"


def category_read(category: Category) -> CategoryRead:
    return CategoryRead(
        id=category.id,
        slug=category.slug,
        name=str(getattr(category, f"name_{current_language()}")),
    )


def rating_of(profile: ProviderProfile) -> Rating:
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


async def _nearest_place(db: AsyncSession, latitude: float, longitude: float) -> Place | None:
    return await db.scalar(
        select(Place)
        .where(Place.country == "NL")
        .order_by(
            func.power(Place.latitude - latitude, 2)
            + func.power((Place.longitude - longitude) * 0.62, 2)  # cos(52 degrees)
        )
        .limit(1)
    )


async def resolve_point(
    db: AsyncSession, settings: Settings, place_id: int | None, postcode: str | None
) -> tuple[Point | None, Place | None]:
    """Where to search from: a gazetteer place, or a Dutch postcode placed by the geocoder."""
    if place_id is not None:
        place = await db.get(Place, place_id)
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
        nearest = await _nearest_place(db, location.latitude, location.longitude)
        # Distances from the postcode itself; a list of places covers its nearest place.
        return Point(
            location.latitude, location.longitude, nearest.id if nearest else None, "NL"
        ), nearest
    return None, None


async def search(db: AsyncSession, query: SearchQuery, place: Place | None) -> SearchResults:
    total, rows = await repository.search(db, query)
    profiles: list[ProviderProfile] = [row["ProviderProfile"] for row in rows]
    categories = await repository.categories_of(db, [p.id for p in profiles])
    cards = []
    for row, profile in zip(rows, profiles, strict=True):
        lowest = row["lowest_price_cents"]
        cards.append(
            ProviderCard(
                id=profile.id,
                name=row["name"],
                company_name=profile.company_name,
                introduction=profile.introduction,
                photo_url=(photo_urls(profile) or {}).get("small"),
                categories=[category_read(c) for c in categories[profile.id]],
                rating=rating_of(profile),
                distance_km=round(row["distance_km"], 1)
                if row["distance_km"] is not None
                else None,
                price_from=PriceFrom(
                    price_cents=lowest,
                    member_price_cents=pricing.member_price_cents(lowest),
                    unit=row["lowest_unit"],
                )
                if lowest is not None
                else None,
            )
        )
    return SearchResults(
        total=total,
        page=query.page,
        page_size=query.page_size,
        place=PlaceRead.model_validate(place) if place else None,
        results=cards,
    )


async def live_profile(db: AsyncSession, profile_id: uuid.UUID) -> ProviderProfile:
    """A live provider, or not found (drafts and suspended profiles are nobody's business)."""
    profile = await db.scalar(
        select(ProviderProfile).where(
            ProviderProfile.id == profile_id, ProviderProfile.status == ProviderStatus.live
        )
    )
    if profile is None:
        raise NotFound()
    return profile


async def reviews_page(
    db: AsyncSession, profile_id: uuid.UUID, page: int, page_size: int
) -> ReviewPage:
    visible = (Review.profile_id == profile_id, Review.hidden_at.is_(None))
    total = await db.scalar(select(func.count()).select_from(Review).where(*visible))
    reviews = await db.scalars(
        select(Review)
        .where(*visible)
        .order_by(Review.created_at.desc(), Review.id.desc())
        .limit(page_size)
        .offset((page - 1) * page_size)
    )
    return ReviewPage(
        total=int(total or 0),
        page=page,
        page_size=page_size,
        reviews=[
            ReviewRead(
                id=r.id,
                stars=r.stars,
                text=r.text,
                author_name=r.author_name,
                created_at=r.created_at,
                reply=r.reply,
                replied_at=r.replied_at,
            )
            for r in reviews
        ],
    )


async def public_profile(db: AsyncSession, profile_id: uuid.UUID) -> PublicProfile:
    profile = await live_profile(db, profile_id)
    user = await db.get(User, profile.user_id)
    assert user is not None  # a foreign key
    categories = await repository.categories_of(db, [profile.id])
    services = await db.scalars(
        select(ProviderService)
        .where(ProviderService.profile_id == profile.id)
        .order_by(ProviderService.position)
    )
    places = await db.scalars(
        select(Place)
        .join(ProviderWorkPlace, ProviderWorkPlace.place_id == Place.id)
        .where(ProviderWorkPlace.profile_id == profile.id)
        .order_by(Place.name)
    )
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
        name=user.display_name,
        first_name=user.first_name,
        company_name=profile.company_name,
        introduction=profile.introduction,
        profile_text=profile.profile_text,
        photo_urls=photo_urls(profile),
        video=video,
        categories=[category_read(c) for c in categories[profile.id]],
        services=[
            ServiceRead(
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
        badges=BadgesRead(
            identity_document_seen=profile.identity_document_seen,
            seen_in_person=profile.seen_in_person,
            introduction_video=profile.introduction_video,
        ),
        rating=rating_of(profile),
        work_area_kind=profile.work_area_kind,  # checked by the database
        radius_km=profile.radius_km,
        places=[PlaceRead.model_validate(p) for p in places],
        latitude=latitude,
        longitude=longitude,
        day_parts=bits_to_day_parts(profile.day_parts),
        reviews=await reviews_page(db, profile.id, 1, 10),
    )


from kring.search.indexing import refresh_search_text as refresh_search_text  # noqa: E402
