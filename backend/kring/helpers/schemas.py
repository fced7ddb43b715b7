"""Request and response bodies for helpers: the profile a person fills in (and reads back), and
the helpers as Kring's staff see them."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Literal, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from kring.kit.address import DutchAddress, DutchAddressRead
from kring.kit.bank import AccountHolder, Iban
from kring.kit.day_parts import Day, DayPart
from kring.kit.i18n import _
from kring.kit.place import PlaceRead
from kring.kit.types import BigIntId, Text
from kring.models.helper import HelperKind, HelperStatus, HelperWorkArea

Language = Annotated[str, Text(min_length=2, max_length=2, pattern="^[a-z]{2}$")]
# What a profile needs before it can be made active (the names the form shows them under).
Missing = Literal["introduction", "skill_ids", "day_parts", "address", "place_ids"]
T = TypeVar("T")
Week = dict[Day, list[DayPart]]
PhotoSize = Literal["original", "large", "medium", "small"]


def _unique(values: list[T]) -> list[T]:
    if len(set(values)) != len(values):
        raise ValueError(_("Give each value once."))
    return values


class HelperBank(BaseModel):
    """The account a paid helper's approved hours are paid to: an IBAN (checked) and its holder."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"iban": "NL91 ABNA 0417 1643 00", "account_holder": "H. Bakker"}]
        },
    )

    iban: Iban
    account_holder: AccountHolder


class HelperBankRead(BaseModel):
    """The account as its reader may see it: in full to the helper, masked to staff."""

    iban: str = Field(examples=["NL91ABNA0417164300", "NL91 **** **** **** 4300"])
    account_holder: str


class HelperProfileWrite(BaseModel):
    """The whole profile, created or replaced: what you offer, where and when, and whether you
    help for free or at your own hourly rate."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "kind": "volunteer",
                    "hourly_rate_cents": None,
                    "accepting_new": True,
                    "introduction": "Gepensioneerd onderwijzer, graag onder de mensen.",
                    "profile_text": "Ik doe graag boodschappen en maak een praatje.",
                    "skill_ids": ["0193a1b2-0000-7000-8000-000000000001"],
                    "languages": ["nl", "en"],
                    "address": {
                        "street": "Lindelaan",
                        "house_number": "12",
                        "postcode": "3511 AB",
                        "city": "Utrecht",
                    },
                    "work_area": "radius",
                    "radius_km": 5,
                    "place_ids": [],
                    "day_parts": {"monday": ["morning"], "thursday": ["afternoon"]},
                }
            ]
        },
    )

    kind: HelperKind
    hourly_rate_cents: int | None = Field(
        default=None, ge=100, le=20000, description="Only for paid helpers: euro cents per hour."
    )
    accepting_new: bool = Field(
        default=True, description="Off: you keep the help seekers you have, but get no new ones."
    )
    introduction: Annotated[str, Text(max_length=200)] = ""
    profile_text: Annotated[str, Text(max_length=5000)] = ""
    skill_ids: Annotated[list[uuid.UUID], Field(max_length=40), AfterValidator(_unique)] = Field(
        default_factory=list, description="Ids from the skills list."
    )
    languages: Annotated[
        list[Language], Field(min_length=1, max_length=10), AfterValidator(_unique)
    ] = Field(description="ISO 639-1 codes of the languages you speak.")
    address: DutchAddress = Field(description="Your home address (a radius is measured from it).")
    work_area: HelperWorkArea
    radius_km: int | None = Field(default=None, ge=1, le=150)
    place_ids: Annotated[list[BigIntId], Field(max_length=100), AfterValidator(_unique)] = Field(
        default_factory=list, description="GeoNames ids, for a work area of places."
    )
    day_parts: dict[Day, Annotated[list[DayPart], Field(max_length=3)]] = Field(
        default_factory=dict
    )
    bank: HelperBank | None = Field(
        default=None,
        description="Where approved paid hours are paid to; null removes it, left out keeps it.",
    )


class HelperPhotoRead(BaseModel):
    """The portrait: its square (centre and zoom) and an address per size."""

    x: float
    y: float
    zoom: float
    urls: dict[str, str]


class HelperProfileRead(BaseModel):
    """Your helper profile, with what is still missing to make it active and where Kring's
    identity check stands."""

    id: uuid.UUID
    status: HelperStatus
    suspended_reason: str | None
    kind: HelperKind
    hourly_rate_cents: int | None
    accepting_new: bool
    introduction: str
    profile_text: str
    skill_ids: list[uuid.UUID]
    languages: list[str]
    address: DutchAddressRead
    located: bool = Field(description="The address was placed on the map.")
    work_area: HelperWorkArea
    radius_km: int | None
    places: list[PlaceRead]
    day_parts: Week
    bank: HelperBankRead | None = Field(
        description="The account paid hours go to; the IBAN in full only to the helper."
    )
    photo: HelperPhotoRead | None
    identity_document_seen: bool
    seen_in_person: bool
    badged_at: datetime | None
    matchable: bool = Field(description="Active, identity seen and accepting new help seekers.")
    missing: list[Missing] = Field(description="What to fill in before it can be made active.")
    created_at: datetime


class HelperSummary(BaseModel):
    """A helper in staff's list."""

    id: uuid.UUID
    user_id: uuid.UUID
    name: str
    email: str
    city: str
    status: HelperStatus
    kind: HelperKind
    accepting_new: bool
    identity_document_seen: bool
    seen_in_person: bool
    badged_at: datetime | None
    matchable: bool
    created_at: datetime


class HelperStaffRead(HelperSummary):
    """A helper as staff see them: the summary and the whole profile."""

    phone: str | None
    profile: HelperProfileRead


class HelperBadges(BaseModel):
    """The badges staff set: the identity document seen (which makes a helper matchable) and
    seen in person."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"identity_document_seen": True, "seen_in_person": False}]},
    )

    identity_document_seen: bool
    seen_in_person: bool


class HelperPhotoCrop(BaseModel):
    """The square the portrait shows: its centre (fractions of width and height) and zoom."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"x": 0.5, "y": 0.33, "zoom": 1.2}]})

    x: Annotated[float, Field(ge=0, le=1)] = 0.5
    y: Annotated[float, Field(ge=0, le=1)] = 0.33
    zoom: Annotated[float, Field(ge=1, le=4)] = 1.0
