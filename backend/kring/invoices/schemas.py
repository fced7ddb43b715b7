"""Request and response bodies of invoices: an invoice as a list shows it, with its lines and
VAT per rate, making one for a month, recording or starting its payment, and the projects with
shifts still to invoice."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from kring.kit.types import Text
from kring.models.invoice import InvoicePaidVia, InvoiceStatus
from kring.models.project import ShiftFunction

# `2026-11`: a calendar month of this century.
MONTH_PATTERN = r"^20[0-9]{2}-(0[1-9]|1[0-2])$"
Month = Annotated[str, Text(min_length=7, max_length=7, pattern=MONTH_PATTERN)]
Reference = Annotated[str, Text(min_length=1, max_length=100)]
InvoiceView = Literal["open", "all"]

_EXAMPLE_SUMMARY: dict[str, Any] = {
    "id": "0193a1e2-7c4d-7e5f-8a9b-0c1d2e3f4a5b",
    "number": "2026-000042",
    "organisation_id": "0193a1e2-7c4d-7e5f-8a9b-0c1d2e3f4a5c",
    "organisation_name": "Zorggroep De Linde",
    "project_id": "0193a1e2-7c4d-7e5f-8a9b-0c1d2e3f4a5d",
    "project_name": "Woonvoorziening De Linde",
    "period_start": "2026-11-01",
    "period_end": "2026-11-30",
    "issued_on": "2026-12-01",
    "due_on": "2026-12-31",
    "subtotal_cents": 74_000,
    "vat_cents": 5_040,
    "total_cents": 79_040,
    "status": "open",
    "paid_at": None,
}


class InvoiceSummary(BaseModel):
    """An invoice as a list shows it; `status` is derived (paid, overdue after `due_on`)."""

    model_config = ConfigDict(json_schema_extra={"examples": [_EXAMPLE_SUMMARY]})

    id: uuid.UUID
    number: str
    organisation_id: uuid.UUID
    organisation_name: str
    project_id: uuid.UUID | None
    project_name: str | None
    period_start: date
    period_end: date
    issued_on: date
    due_on: date
    subtotal_cents: int
    vat_cents: int
    total_cents: int
    status: InvoiceStatus
    paid_at: datetime | None


class InvoiceLineRead(BaseModel):
    """One line: a shift's date, what was done and by whom, hours times rate, VAT."""

    position: int
    work_date: date | None
    description: str
    function: ShiftFunction | None = Field(description="The shift's function, if a shift.")
    worker_name: str | None
    hours: Decimal = Field(examples=["7.50"])
    rate_cents: int
    amount_cents: int
    vat_percent: int
    vat_cents: int


class VatRateTotal(BaseModel):
    """The lines of one VAT rate: their amount and the VAT on it."""

    vat_percent: int
    amount_cents: int
    vat_cents: int


class InvoiceDetail(InvoiceSummary):
    """An invoice with its lines, its totals per VAT rate and how it was paid."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    **_EXAMPLE_SUMMARY,
                    "lines": [
                        {
                            "position": 1,
                            "work_date": "2026-11-03",
                            "description": "2026-11-03 Verpleegkundige Anna de Vries",
                            "function": "nurse",
                            "worker_name": "Anna de Vries",
                            "hours": "8.00",
                            "rate_cents": 5_000,
                            "amount_cents": 40_000,
                            "vat_percent": 0,
                            "vat_cents": 0,
                        }
                    ],
                    "vat_rates": [
                        {"vat_percent": 0, "amount_cents": 50_000, "vat_cents": 0},
                        {"vat_percent": 21, "amount_cents": 24_000, "vat_cents": 5_040},
                    ],
                    "paid_via": None,
                    "payment_reference": None,
                    "payment_pending": False,
                }
            ]
        }
    )

    lines: list[InvoiceLineRead]
    vat_rates: list[VatRateTotal]
    paid_via: InvoicePaidVia | None
    payment_reference: str | None
    payment_pending: bool = Field(
        description="An iDEAL payment was started and has no outcome yet."
    )


class InvoiceCreate(BaseModel):
    """The month to invoice: it must be over (Amsterdam time)."""

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"month": "2026-11"}]}
    )

    month: Month = Field(description="A month before the current one, like 2026-11.")


class InvoicePaymentRecord(BaseModel):
    """A payment seen on Kring's bank statement."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"paid_on": "2026-12-14", "reference": "2026-000042"}]},
    )

    paid_on: date = Field(description="The day the payment was received; not in the future.")
    reference: Reference = Field(description="The bank statement's reference.")


class InvoiceCheckout(BaseModel):
    """Send the payer to `checkout_url`; afterwards the invoice shows whether it was paid."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "payment_id": "0193a1e2-7c4d-7e5f-8a9b-0c1d2e3f4a60",
                    "checkout_url": "https://www.mollie.com/checkout/select-method/7UhSN1zuXS",
                }
            ]
        }
    )

    payment_id: uuid.UUID
    checkout_url: str


class BillableProject(BaseModel):
    """A project with confirmed shifts of an ended month not yet on an invoice."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "project_id": "0193a1e2-7c4d-7e5f-8a9b-0c1d2e3f4a5d",
                    "project_name": "Woonvoorziening De Linde",
                    "organisation_id": "0193a1e2-7c4d-7e5f-8a9b-0c1d2e3f4a5c",
                    "organisation_name": "Zorggroep De Linde",
                    "month": "2026-11",
                    "shifts": 42,
                    "invoiced": False,
                }
            ]
        }
    )

    project_id: uuid.UUID
    project_name: str
    organisation_id: uuid.UUID
    organisation_name: str
    month: str
    shifts: int
    invoiced: bool = Field(
        description="The month has an invoice already: these shifts were confirmed after it."
    )
