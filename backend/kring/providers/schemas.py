"""Request and response bodies for the provider sign-up wizard and profile."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from kring.kit.address import DutchAddress, DutchAddressRead
from kring.kit.day_parts import Day, DayPart
from kring.kit.i18n import _
from kring.kit.place import PlaceRead
from kring.kit.types import BigIntId, Text

ServiceKind = Literal["home_services", "courses_activities", "discounts_offers"]
Step = Literal["personal", "company", "profile", "availability", "services", "payment", "done"]
Unit = Literal["hour", "service"]

Text100 = Annotated[str, Text(min_length=1, max_length=100)]
Text200 = Annotated[str, Text(min_length=1, max_length=200)]


def _unique(values: list[object]) -> list[object]:
    if len(set(values)) != len(values):
        raise ValueError(_("Name each one once."))
    return values


class PersonalStep(BaseModel):
    """Step 1: which kinds of services, first name, and how they heard of Kring."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "service_kinds": ["home_services"],
                    "first_name": "Bert",
                    "heard_from": "Via een van jullie dienstverleners",
                }
            ]
        }
    )

    service_kinds: Annotated[
        list[ServiceKind], Field(min_length=1, max_length=3), AfterValidator(_unique)
    ]
    first_name: Text100
    heard_from: Annotated[str, Text(max_length=200)] | None = None


class CompanyStep(BaseModel):
    """Step 2: the KvK registration (when there is one) and the address the work area is
    measured from: a separate work address, or else the home address (the account's, the same
    one as in `me`: saving it here changes it there)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "has_kvk": True,
                    "company_name": "Bert BV",
                    "kvk_number": "12345678",
                    "address": {
                        "street": "Lindelaan",
                        "house_number": "12",
                        "house_number_addition": "A",
                        "postcode": "3511 AB",
                        "city": "Utrecht",
                    },
                    "address_is_work_address": False,
                }
            ]
        }
    )

    has_kvk: bool
    company_name: Text200 | None = None
    kvk_number: Annotated[str, Text(max_length=12)] | None = None
    address: DutchAddress
    address_is_work_address: bool = Field(
        default=False, description="The address is a work address apart from home."
    )


class ProfileStep(BaseModel):
    """Step 3: the short introduction (on the result card) and the long profile text."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "introduction": "Thuiskapper met 20 jaar ervaring, ook aan de rolstoel.",
                    "profile_text": "Ik ben Bert en ik knip al twintig jaar ...",
                }
            ]
        }
    )

    introduction: Annotated[str, Text(min_length=1, max_length=200)]
    profile_text: Annotated[str, Text(max_length=5000)] = ""


class AvailabilityStep(BaseModel):
    """Step 4: the work area (places, a radius around the address, or the whole country) and
    the weekly day parts."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "work_area_kind": "radius",
                    "radius_km": 15,
                    "place_ids": [],
                    "day_parts": {"monday": ["morning", "afternoon"], "friday": ["morning"]},
                }
            ]
        }
    )

    work_area_kind: Literal["places", "radius", "country"]
    radius_km: Annotated[int, Field(ge=1, le=150)] | None = None
    place_ids: Annotated[list[BigIntId], Field(max_length=100), AfterValidator(_unique)] = Field(
        default_factory=list
    )
    day_parts: dict[Day, Annotated[list[DayPart], AfterValidator(_unique)]] = Field(
        default_factory=dict
    )


class ServiceIn(BaseModel):
    name: Text100
    price_cents: Annotated[int, Field(ge=1, le=10_000_000, description="The customer price.")]
    unit: Unit
    description: Annotated[str, Text(max_length=200)] = ""


class ServicesStep(BaseModel):
    """Step 5: categories, the priced services and a general price note. Member prices are
    computed (customer price minus 10%), never entered."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "category_ids": ["0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e0f"],
                    "services": [
                        {
                            "name": "Computerhulp",
                            "price_cents": 1500,
                            "unit": "hour",
                            "description": "Ik help u met al uw computerproblemen",
                        }
                    ],
                    "price_note": "Voorrijkosten EUR 5,00 buiten Utrecht.",
                }
            ]
        }
    )

    category_ids: Annotated[
        list[uuid.UUID], Field(min_length=1, max_length=10), AfterValidator(_unique)
    ]
    services: Annotated[list[ServiceIn], Field(max_length=50)] = Field(default_factory=list)
    price_note: Annotated[str, Text(max_length=1000)] = ""


class CategoryRead(BaseModel):
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


class ServiceRead(ServiceIn):
    id: uuid.UUID
    member_price_cents: int = Field(description="The customer price minus 10%, rounded half-up.")


class FeeRead(BaseModel):
    """The one-time administrative fee, with its VAT split."""

    net_cents: int
    vat_cents: int
    total_cents: int
    vat_percent: int


class PhotoCrop(BaseModel):
    """The square the portrait shows: its centre (fractions of width and height) and zoom."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"x": 0.5, "y": 0.33, "zoom": 1.2}]})

    x: Annotated[float, Field(ge=0, le=1)] = 0.5
    y: Annotated[float, Field(ge=0, le=1)] = 0.33
    zoom: Annotated[float, Field(ge=1, le=4)] = 1.0


class PhotoRead(PhotoCrop):
    """The portrait: its crop and where each size is."""

    urls: dict[str, str]


class PriceListRead(BaseModel):
    url: str
    bytes: int


class VideoRead(BaseModel):
    """The introduction video: where to play it, what it is and when it came."""

    url: str
    media_type: Literal["video/mp4", "video/webm"]
    bytes: int
    uploaded_at: datetime


class VogRead(BaseModel):
    """My certificate of conduct (VOG) and where staff's check of it stands."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "url": "/api/v1/provider/profile/vog",
                    "bytes": 182044,
                    "uploaded_at": "2026-11-20T09:30:00Z",
                    "status": "rejected",
                    "issued_on": None,
                    "rejection_reason": "Dit is de aanvraag, niet de verklaring zelf.",
                }
            ]
        }
    )

    url: str
    bytes: int
    uploaded_at: datetime
    status: Literal["waiting", "confirmed", "rejected"]
    issued_on: date | None = Field(description="The date of issue, once staff confirmed it.")
    rejection_reason: str | None


MissingForLive = Literal["steps", "fee", "vog", "vog_waiting", "vog_rejected"]


class BadgesRead(BaseModel):
    """What Kring's staff checked, shown to customers as "seen by Kring"."""

    identity_document_seen: bool
    seen_in_person: bool
    introduction_video: bool


class ProviderProfileRead(BaseModel):
    """The wizard's state: what is stored per step, which steps are done, and where to go on."""

    status: Literal["draft", "awaiting_payment", "awaiting_vog", "live", "suspended"]
    completed_steps: list[Step]
    next_step: Step
    first_name: str
    service_kinds: list[ServiceKind]
    heard_from: str | None
    has_kvk: bool
    company_name: str | None
    kvk_number: str | None
    address: DutchAddressRead | None = Field(
        description="The work address, or the home address when there is no separate one."
    )
    address_is_work_address: bool
    located: bool = Field(description="The address was found on the map.")
    latitude: float | None = Field(description="Where the address is on the map, if found.")
    longitude: float | None
    introduction: str
    profile_text: str
    work_area_kind: Literal["places", "radius", "country"] | None
    radius_km: int | None
    places: list[PlaceRead]
    day_parts: dict[Day, list[DayPart]]
    categories: list[CategoryRead]
    services: list[ServiceRead]
    price_note: str
    fee: FeeRead
    photo: PhotoRead | None
    price_list: PriceListRead | None
    video: VideoRead | None
    badges: BadgesRead
    vog: VogRead | None
    vog_required: bool = Field(
        description="A professional provider (registered with the KvK) needs a confirmed VOG."
    )
    fee_paid: bool
    missing_for_live: list[MissingForLive] = Field(
        description="What keeps the profile from going live: wizard steps, the fee, a VOG to "
        "upload, staff's check of it, or a new one after a rejection. Empty when live."
    )
    live_at: datetime | None = Field(description="When the profile went live.")
