"""Request and response bodies for Wlz signatures: signing one or several orders at once,
refusing one, the signature records an order shows, and the branch's refusal queue."""

from __future__ import annotations

import base64
import binascii
import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from kring.kit.i18n import _
from kring.kit.people import RequiredPhoneNumber
from kring.kit.types import Text
from kring.models.signature import MAX_DRAWN_PNG_BYTES

MAX_ORDERS_PER_SIGNING = 50
Reason = Annotated[str, Text(min_length=1, max_length=1000)]
Note = Annotated[str, Text(max_length=1000)]
TypedName = Annotated[str, Text(min_length=2, max_length=200)]
Sha256Hex = Annotated[
    str,
    Text(min_length=64, max_length=64, pattern="^[0-9a-f]{64}$"),
    Field(examples=["9f86d0" + "0" * 58]),
]
SecondFactor = Literal["totp", "sms", "recovery_code"]
RefusalOutcome = Literal["present_again", "remove"]
_PNG_PREFIX = "data:image/png;base64,"
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


class SignedVersion(BaseModel):
    """An order as the signer saw it: its id and the `content_sha256` it was shown with."""

    model_config = ConfigDict(extra="forbid")

    order_id: uuid.UUID
    content_sha256: Sha256Hex


class DrawnSignature(BaseModel):
    """A signature drawn on the screen: a PNG as a data URL (at most 200 kB)."""

    model_config = ConfigDict(extra="forbid")

    method: Literal["drawn"]
    image: Annotated[str, Text(max_length=MAX_DRAWN_PNG_BYTES * 4 // 3 + len(_PNG_PREFIX) + 4)] = (
        Field(
            description="`data:image/png;base64,...`",
            examples=[_PNG_PREFIX + "iVBORw0KGgo..."],
        )
    )

    @field_validator("image")
    @classmethod
    def _png(cls, value: str) -> str:
        if not value.startswith(_PNG_PREFIX):
            raise ValueError(_("Draw your signature (a PNG image)."))
        try:
            data = base64.b64decode(value[len(_PNG_PREFIX) :], validate=True)
        except (binascii.Error, ValueError):
            raise ValueError(_("Draw your signature (a PNG image).")) from None
        if not data.startswith(_PNG_MAGIC) or len(data) > MAX_DRAWN_PNG_BYTES:
            raise ValueError(_("Draw your signature (a PNG image of at most 200 kB)."))
        return value

    def png(self) -> bytes:
        return base64.b64decode(self.image[len(_PNG_PREFIX) :])


class TypedSignature(BaseModel):
    """A signature typed as one's name."""

    model_config = ConfigDict(extra="forbid")

    method: Literal["typed"]
    name: TypedName


class SigningRequest(BaseModel):
    """Sign these orders for approval, at once, as shown: all of them or none."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "orders": [
                        {
                            "order_id": "0193a0c2-7c1e-7d6a-9b1f-2f3c4d5e6f70",
                            "content_sha256": "9f86d0" + "0" * 58,
                        }
                    ],
                    "signature": {"method": "typed", "name": "Karin de Boer"},
                }
            ]
        },
    )

    orders: Annotated[list[SignedVersion], Field(min_length=1, max_length=MAX_ORDERS_PER_SIGNING)]
    signature: Annotated[DrawnSignature | TypedSignature, Field(discriminator="method")]

    @model_validator(mode="after")
    def _once_each(self) -> SigningRequest:
        ids = [o.order_id for o in self.orders]
        if len(set(ids)) != len(ids):
            raise ValueError(_("Select each order once."))
        return self


class SignedOrder(BaseModel):
    order_id: uuid.UUID
    number: str
    signature_id: uuid.UUID
    signed_at: datetime


class SigningResult(BaseModel):
    """Every order selected is signed (a signed PDF each)."""

    signed: list[SignedOrder]


class RefusalCreate(BaseModel):
    """Refuse to sign an order, saying why (the branch reads it)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"reason": "De cliënt heeft al een rolstoel van de gemeente."}]
        },
    )

    reason: Reason


class SignatureRead(BaseModel):
    """A signature of an order: in force, or superseded by a change of the order's content."""

    id: uuid.UUID
    signer_name: str
    signed_at: datetime
    method: Literal["drawn", "typed"]
    second_factor: SecondFactor
    content_sha256: Sha256Hex
    superseded_at: datetime | None


class RefusalRead(BaseModel):
    """A refusal to sign, open until the branch clears it."""

    id: uuid.UUID
    refused_by_name: str
    refused_at: datetime
    reason: str
    cleared_at: datetime | None
    cleared_by_name: str | None
    outcome: RefusalOutcome | None
    clear_note: str


class OrderSigning(BaseModel):
    """Where an order stands with its Wlz signature."""

    content_sha256: Sha256Hex = Field(
        description="The SHA-256 of the order's canonical content: what a signature binds."
    )
    open_refusal: RefusalRead | None
    off_signing_list: bool = Field(
        description="Branch staff took it off the signing list after a refusal."
    )
    signatures: list[SignatureRead] = Field(description="Newest first, superseded ones too.")
    refusals: list[RefusalRead] = Field(description="Newest first.")


# --- staff -------------------------------------------------------------------------------------


class StaffRefusal(BaseModel):
    """A refusal in the branch's queue, with the order it is about."""

    id: uuid.UUID
    order_id: uuid.UUID
    order_number: str
    client_name: str
    organisation_name: str
    branch_id: uuid.UUID
    branch_name: str
    refused_by_name: str
    refused_at: datetime
    reason: str
    cleared_at: datetime | None
    cleared_by_name: str | None
    outcome: RefusalOutcome | None
    clear_note: str


class RefusalClear(BaseModel):
    """The branch has handled a refusal: present the order for signing again, or take it off
    the signing list (e.g. it will be cancelled by phone)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"outcome": "present_again", "note": "Gebeld; afleveradres aangepast."}]
        },
    )

    outcome: RefusalOutcome
    note: Note = ""


class OrderAmend(BaseModel):
    """Branch staff correct what is asked (each field optional): a signed Wlz order must then be
    signed again."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"desired_date": "2026-12-20", "notes": "Bel aan bij de buren."}]
        },
    )

    desired_date: date | None = None
    contact_name: Annotated[str, Text(min_length=1, max_length=200)] | None = None
    contact_phone: RequiredPhoneNumber | None = None
    description: Annotated[str, Text(min_length=1, max_length=1000)] | None = None
    notes: Note | None = None

    @model_validator(mode="after")
    def _something(self) -> OrderAmend:
        if not self.model_fields_set:
            raise ValueError(_("Change at least one field."))
        return self
