"""Response bodies for the public search and the public provider profile: search's read side,
its own shapes (the provider's own screens have theirs in `providers`)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from kring.kit.day_parts import Day, DayPart
from kring.kit.pagination import Page
from kring.kit.place import PlaceRead
from kring.kit.rating import Rating as Rating


class PublicCategory(BaseModel):
    """A category of services, named in the reader's language."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e0f",
                    "slug": "computerhulp",
                    "name": "Computerhulp",
                }
            ]
        }
    )

    id: uuid.UUID
    slug: str
    name: str


class PublicService(BaseModel):
    """A priced service, with its member price."""

    id: uuid.UUID
    name: str
    price_cents: int = Field(description="The customer price.")
    unit: Literal["hour", "service"]
    # A default, as the provider's own `ServiceRead` has: the preview shows those as they are.
    description: str = ""
    member_price_cents: int = Field(description="The customer price minus 10%, rounded half-up.")


def _newer_badges_optional(schema: dict[str, Any]) -> None:
    # Always sent, but optional in the spec: typed clients (and their test profiles) made
    # before the badge was added keep compiling until they show it.
    schema["required"] = [name for name in schema["required"] if name not in _NEWER_BADGES]


_NEWER_BADGES = {"certificate_of_conduct"}


class PublicBadges(BaseModel):
    """What Kring's staff checked, shown to customers as "seen by Kring"."""

    model_config = ConfigDict(json_schema_extra=_newer_badges_optional)

    identity_document_seen: bool
    seen_in_person: bool
    introduction_video: bool
    certificate_of_conduct: bool = Field(
        description="Kring's staff saw and confirmed the provider's certificate of conduct (VOG)."
    )


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
    categories: list[PublicCategory]
    rating: Rating
    distance_km: float | None = Field(description="From the searched place, if one was given.")
    price_from: PriceFrom | None


class SearchResults(Page[ProviderCard]):
    """One page of results; `place` is where distances are measured from."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"items": [], "next_cursor": None, "place": None}]}
    )

    place: PlaceRead | None
    total: int | None = Field(
        description="How many providers match in all: on the first page only (null after it)."
    )


class ReviewRead(BaseModel):
    id: uuid.UUID
    stars: int
    text: str
    author_name: str
    created_at: datetime
    reply: str | None
    replied_at: datetime | None


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
    categories: list[PublicCategory]
    services: list[PublicService]
    price_note: str
    price_list: PublicPriceList | None
    badges: PublicBadges
    rating: Rating
    work_area_kind: Literal["places", "radius", "country"] | None
    radius_km: int | None
    places: list[PlaceRead]
    latitude: float | None = Field(description="The centre of the work area (place level).")
    longitude: float | None
    day_parts: dict[Day, list[DayPart]]
    reviews: Page[ReviewRead] = Field(
        description="The newest reviews; `next_cursor` goes on at `/providers/{id}/reviews`."
    )
