"""Request and response bodies for organisations."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import AfterValidator, BaseModel, ConfigDict, EmailStr, Field

from kring.kit.i18n import _
from kring.kit.people import PhoneNumber
from kring.kit.types import Text
from kring.models.organisation import OrganisationKind

LongText = Annotated[str, Text(min_length=1, max_length=200)]
ShortText = Annotated[str, Text(min_length=1, max_length=20)]
City = Annotated[str, Text(min_length=1, max_length=100)]
Postcode = Annotated[str, Text(min_length=4, max_length=8)]


def _https_address(value: str) -> str:
    """A web address that starts with https:// and names a host (the database checks it too)."""
    parts = urlsplit(value)
    if parts.scheme != "https" or not parts.hostname or any(c.isspace() for c in value):
        raise ValueError(_("Give a web address that starts with https://."))
    return value


# A supplier branch's training offer, linked from the portal's home page.
TrainingUrl = Annotated[str, Text(min_length=1, max_length=500), AfterValidator(_https_address)]


class Address(BaseModel):
    """A street address; the postcode is checked for the organisation's country."""

    street: LongText
    house_number: ShortText
    postcode: Postcode
    city: City


class SupplierContactCard(BaseModel):
    """How to reach the supplier branch that serves the organisation."""

    name: str
    phone: str | None
    email: str | None
    opening_hours: str | None
    training_url: str | None = Field(
        default=None, description="The branch's training offer (Ons trainingsaanbod)."
    )


class OrganisationRead(BaseModel):
    """An organisation as its members (and its API clients) see it: read-only for them."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e0f",
                    "kind": "care_organisation",
                    "name": "Zorggroep De Linde",
                    "country": "NL",
                    "registration_number": "41234567",
                    "visiting_address": {
                        "street": "Lindelaan",
                        "house_number": "12",
                        "postcode": "3511 AB",
                        "city": "Utrecht",
                    },
                    "postal_address": None,
                    "phone": "+31301234567",
                    "email": "info@delinde.example",
                    "ad_contract": True,
                    "contact_card": {
                        "name": "Kring vestiging Utrecht",
                        "phone": "+31885138484",
                        "email": "utrecht@kring.example",
                        "opening_hours": "Maandag t/m vrijdag 8.30-17.00",
                        "training_url": "https://kring.example/trainingen/utrecht",
                    },
                    "training_url": None,
                }
            ]
        },
    )

    id: uuid.UUID
    kind: OrganisationKind
    name: str
    country: Literal["NL", "BE"]
    registration_number: str | None = Field(
        description="KvK number (NL, 8 digits) or enterprise number (BE, 10 digits)."
    )
    visiting_address: Address | None
    postal_address: Address | None
    phone: str | None
    email: str | None
    ad_contract: bool
    contact_card: SupplierContactCard | None = Field(
        description="The supplier branch's contact card, shown on the portal's home page."
    )
    training_url: str | None = Field(
        default=None, description="A supplier branch's own training offer address."
    )


class OrganisationCreate(BaseModel):
    """A new organisation (staff only)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "kind": "care_organisation",
                    "name": "Zorggroep De Linde",
                    "country": "NL",
                    "registration_number": "41234567",
                    "visiting_address": {
                        "street": "Lindelaan",
                        "house_number": "12",
                        "postcode": "3511 AB",
                        "city": "Utrecht",
                    },
                    "phone": "030 123 4567",
                    "email": "info@delinde.example",
                    "ad_contract": True,
                }
            ]
        }
    )

    kind: OrganisationKind
    name: LongText
    country: Literal["NL", "BE"] = "NL"
    registration_number: Annotated[str, Text(max_length=20)] | None = None
    visiting_address: Address | None = None
    postal_address: Address | None = None
    phone: PhoneNumber = None
    email: EmailStr | None = None
    ad_contract: bool = False
    supplier_branch_id: uuid.UUID | None = None
    opening_hours: Annotated[str, Text(max_length=500)] | None = None
    training_url: TrainingUrl | None = Field(
        default=None, description="Supplier branches only: their training offer (https)."
    )


class OrganisationUpdate(BaseModel):
    """Change an organisation (staff only); leave out what stays the same."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"phone": "030 765 4321", "ad_contract": False}]}
    )

    kind: OrganisationKind | None = None
    name: LongText | None = None
    country: Literal["NL", "BE"] | None = None
    registration_number: Annotated[str, Text(max_length=20)] | None = None
    visiting_address: Address | None = None
    postal_address: Address | None = None
    phone: PhoneNumber = None
    email: EmailStr | None = None
    ad_contract: bool | None = None
    supplier_branch_id: uuid.UUID | None = None
    opening_hours: Annotated[str, Text(max_length=500)] | None = None
    training_url: TrainingUrl | None = Field(
        default=None, description="Supplier branches only: their training offer (https)."
    )


class FunctionCode(BaseModel):
    """A function a contact person can have; it never changes their rights."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"code": 100, "label": "Directeur"}]})

    code: int
    label: str
