"""Request and response bodies of the payment runs: a closed month to preview or make, the
preview (what would be collected and paid, and what waits), a run with its lines."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from kring.kit.types import Text

# `2026-11`: a calendar month of this century (a year 0000 or 9999 would be no date to compute).
MONTH_PATTERN = r"^20[0-9]{2}-(0[1-9]|1[0-2])$"
Month = Annotated[str, Text(min_length=7, max_length=7, pattern=MONTH_PATTERN)]

# Why entries are left out of a run and carried to the next one.
WaitingReason = Literal[
    # The helper has not given the account to pay them on.
    "helper_without_account",
    # The dossier has no account or no accepted terms (the direct-debit mandate).
    "dossier_without_mandate",
    # What the dossier would pay or the helper receive is not above zero (a correction lowered
    # hours an earlier run paid): it waits until later hours make up for it.
    "not_positive",
]


class PaymentRunCreate(BaseModel):
    """The closed month to make the run for."""

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"month": "2026-11"}]}
    )

    month: Month = Field(description="A month before the current one (Amsterdam time).")


class WaitingGroup(BaseModel):
    """Entries of one dossier or helper that wait for the next run, and why."""

    reason: WaitingReason
    party: Literal["dossier", "helper"] = Field(description="Whose situation holds them back.")
    party_id: uuid.UUID
    name: str = Field(description="The help seeker's or the helper's name.")
    entries: int
    amount_cents: int = Field(description="What they would settle (may be negative).")


class PaymentRunPreview(BaseModel):
    """What a run for the month would collect and pay now, and what would wait."""

    month: str = Field(examples=["2026-11"])
    collection_date: date = Field(description="When the run would collect and pay.")
    entries: int
    collections: int = Field(description="Dossiers collected from.")
    payments: int = Field(description="Helpers paid.")
    collected_cents: int
    paid_cents: int
    waiting_entries: int
    waiting: list[WaitingGroup]


class PaymentRunSummary(BaseModel):
    """A run in the list."""

    id: uuid.UUID
    month: str = Field(examples=["2026-11"])
    entries: int
    collected_cents: int
    paid_cents: int
    collection_date: date = Field(description="When the run collects and pays.")
    made_by_name: str | None
    created_at: datetime


class CollectionLine(BaseModel):
    """A collection from a dossier's account (SEPA direct debit)."""

    dossier_id: uuid.UUID
    help_seeker_name: str
    account_holder: str
    iban: str
    amount_cents: int
    entries: int
    mandate_id: str
    mandate_date: date
    sequence: Literal["FRST", "RCUR"] = Field(
        description="The first collection under the mandate, or a later one."
    )


class PaymentLine(BaseModel):
    """A payment to a helper's account (SEPA credit transfer)."""

    helper_id: uuid.UUID
    helper_name: str
    account_holder: str
    iban: str
    amount_cents: int
    entries: int


class PaymentRunRead(PaymentRunSummary):
    """A run with its collections and payments (their totals are equal)."""

    collections: list[CollectionLine]
    payments: list[PaymentLine]
