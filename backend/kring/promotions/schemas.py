"""Request and response bodies for promotion packages and their invoices."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from kring.kit.types import Text
from kring.models.promotion import PromotionPackage, PromotionRequestStatus


class PackageRead(BaseModel):
    """A package: its price per year (including VAT) and what Kring does for it."""

    package: PromotionPackage
    name: str
    stars: int
    price_cents: int
    price_is_minimum: bool = Field(description="The price is agreed with Kring, from this amount.")
    activities: list[str]


class InvoiceRead(BaseModel):
    """An invoice for a package: the package, minus the administrative fee once, with VAT."""

    id: uuid.UUID
    number: str
    issued_on: date
    package_cents: int
    fee_credit_cents: int = Field(description="The administrative fee deducted (first package).")
    total_cents: int
    net_cents: int
    vat_cents: int
    pdf_url: str


class PromotionRequestRead(BaseModel):
    id: uuid.UUID
    package: PromotionPackage
    name: str
    status: PromotionRequestStatus
    message: str
    requested_at: datetime
    price_cents: int | None
    starts_on: date | None
    ends_on: date | None
    invoice: InvoiceRead | None


class PromotionOverview(BaseModel):
    """The packages, what the next invoice deducts, and my requests (newest first)."""

    packages: list[PackageRead]
    fee_credit_cents: int = Field(description="What the next invoice deducts: the fee, once.")
    can_request: bool = Field(description="Live, and no request waiting for Kring.")
    requests: list[PromotionRequestRead]


Message = Annotated[str, Text(max_length=1000)]


class PromotionRequestCreate(BaseModel):
    """Ask Kring for a package; Kring calls to talk it through before confirming it."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"package": "plus", "message": "Bel me liever na 17:00."}]}
    )

    package: PromotionPackage
    message: Message = ""


class PromotionConfirmation(BaseModel):
    """Staff confirm a request: the year starts on `starts_on`; the fee package needs its price."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"starts_on": "2027-01-01", "price_cents": 75000}]}
    )

    starts_on: date
    price_cents: Annotated[int, Field(ge=1, le=10_000_000)] | None = Field(
        default=None, description="Only for the fee package: at least EUR 500.00."
    )


class PromotionRequestSummary(PromotionRequestRead):
    """A request as staff see it: with the provider."""

    profile_id: uuid.UUID
    provider_name: str
    provider_email: str
