"""Request and response bodies for organisations."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, EmailStr, Field

from kring.kit.people import PhoneNumber
from kring.kit.types import Text
from kring.models.organisation import OrganisationKind

LongText = Annotated[str, Text(min_length=1, max_length=200)]
ShortText = Annotated[str, Text(min_length=1, max_length=20)]
City = Annotated[str, Text(min_length=1, max_length=100)]
Postcode = Annotated[str, Text(min_length=4, max_length=8)]


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
                    },
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


class FunctionCode(BaseModel):
    """A function a contact person can have; it never changes their rights."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"code": 100, "label": "Directeur"}]})

    code: int
    label: str
