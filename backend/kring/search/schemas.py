"""Response bodies for the public search and the public provider profile."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from kring.kit.day_parts import Day, DayPart
from kring.kit.place import PlaceRead
from kring.kit.rating import Rating as Rating
from kring.providers.schemas import BadgesRead, CategoryRead, ServiceRead


class PriceFrom(BaseModel):
    """The lowest customer price, with its member price."""

    price_cents: int
    member_price_cents: int
    unit: Literal["hour", "service"]


class ProviderCard(BaseModel):
    """A provider in the search results."""

    id: uuid.UUID
    name: str
    company_name: str | None
    introduction: str
    photo_url: str | None
    categories: list[CategoryRead]
    rating: Rating
    distance_km: float | None = Field(description="From the searched place, if one was given.")
    price_from: PriceFrom | None


class SearchResults(BaseModel):
    """One page of results; `place` is where distances are measured from."""

    total: int
    page: int
    page_size: int
    place: PlaceRead | None
    results: list[ProviderCard]


class ReviewRead(BaseModel):
    id: uuid.UUID
    stars: int
    text: str
    author_name: str
    created_at: datetime
    reply: str | None
    replied_at: datetime | None


class ReviewPage(BaseModel):
    total: int
    page: int
    page_size: int
    reviews: list[ReviewRead]


class PublicPriceList(BaseModel):
    url: str
    bytes: int


class PublicVideo(BaseModel):
    url: str
    media_type: Literal["video/mp4", "video/webm"]


class PublicProfile(BaseModel):
    """What customers see of a live provider."""

    id: uuid.UUID
    name: str
    first_name: str
    company_name: str | None
    introduction: str
    profile_text: str
    photo_urls: dict[str, str] | None
    video: PublicVideo | None
    categories: list[CategoryRead]
    services: list[ServiceRead]
    price_note: str
    price_list: PublicPriceList | None
    badges: BadgesRead
    rating: Rating
    work_area_kind: Literal["places", "radius", "country"] | None
    radius_km: int | None
    places: list[PlaceRead]
    latitude: float | None = Field(description="The centre of the work area (place level).")
    longitude: float | None
    day_parts: dict[Day, list[DayPart]]
    reviews: ReviewPage
