"""Invoices to client organisations: a project's monthly invoice of its confirmed shifts, its
lines with VAT per line, and its payment (recorded by staff, or paid by iDEAL)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    SmallInteger,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from kring.kit.db import Base, RecordMixin, new_id

PAYMENT_TERM_DAYS = 30
STANDARD_VAT_PERCENT = 21


class InvoiceStatus(StrEnum):
    """Derived, never stored: paid when `paid_at` is set, overdue when unpaid after `due_on`."""

    open = "open"
    paid = "paid"
    overdue = "overdue"


class InvoicePaidVia(StrEnum):
    transfer = "transfer"  # recorded by staff from the bank statement
    ideal = "ideal"  # paid in the portal through the payment provider


class Invoice(RecordMixin, Base):
    """An invoice to an organisation. The totals are the sums of its lines (the service writes
    both in one transaction); one invoice per project and month."""

    __tablename__ = "invoice"
    __table_args__ = (
        UniqueConstraint("number"),
        UniqueConstraint("project_id", "period_start", name="uq_invoice_project_month"),
        CheckConstraint("number ~ '^[0-9]{4}-[0-9]{6}$'", name="number_format"),
        CheckConstraint(
            "period_start = date_trunc('month', period_start)::date"
            " AND period_end = (period_start + interval '1 month' - interval '1 day')::date",
            name="period_is_a_month",
        ),
        CheckConstraint("due_on >= issued_on", name="due_after_issue"),
        CheckConstraint("issued_on > period_start", name="issued_after_period_start"),
        CheckConstraint("subtotal_cents >= 0 AND vat_cents >= 0", name="amounts_not_negative"),
        CheckConstraint("total_cents = subtotal_cents + vat_cents", name="total_is_sum"),
        CheckConstraint("(paid_at IS NULL) = (paid_via IS NULL)", name="paid_via_when_paid"),
        CheckConstraint(
            "paid_via IS NULL OR paid_via IN ('transfer', 'ideal')", name="paid_via_known"
        ),
        CheckConstraint(
            "payment_reference IS NULL OR char_length(btrim(payment_reference)) BETWEEN 1 AND 100",
            name="payment_reference_length",
        ),
        Index("ix_invoice_organisation", "organisation_id", "issued_on", "id"),
        # Staff's list, the newest first over every organisation (read backwards).
        Index("ix_invoice_issued", "issued_on", "id"),
        Index(
            "ix_invoice_organisation_open",
            "organisation_id",
            "due_on",
            postgresql_where=text("paid_at IS NULL"),
        ),
    )

    number: Mapped[str] = mapped_column(String(11), nullable=False)
    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), nullable=False
    )
    project_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("project.id", ondelete="RESTRICT")
    )
    period_start: Mapped[date] = mapped_column(Date, nullable=False)
    period_end: Mapped[date] = mapped_column(Date, nullable=False)
    issued_on: Mapped[date] = mapped_column(Date, nullable=False)
    due_on: Mapped[date] = mapped_column(Date, nullable=False)
    subtotal_cents: Mapped[int] = mapped_column(Integer, nullable=False)
    vat_cents: Mapped[int] = mapped_column(Integer, nullable=False)
    total_cents: Mapped[int] = mapped_column(Integer, nullable=False)
    paid_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    paid_via: Mapped[str | None] = mapped_column(String(10))
    payment_reference: Mapped[str | None] = mapped_column(String(100))
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )


class InvoiceLine(Base):
    """One line: a shift (its date, hours and rate), or another charge. VAT per line: 0% for
    VAT-exempt care, 21% otherwise, rounded per line to the cent."""

    __tablename__ = "invoice_line"
    __table_args__ = (
        UniqueConstraint("invoice_id", "position"),
        # A shift is invoiced once.
        UniqueConstraint("shift_id"),
        CheckConstraint("position BETWEEN 1 AND 10000", name="position_range"),
        CheckConstraint(
            "char_length(btrim(description)) BETWEEN 1 AND 300", name="description_length"
        ),
        CheckConstraint("hours > 0 AND hours <= 24", name="hours_range"),
        CheckConstraint("rate_cents BETWEEN 1 AND 100000", name="rate_range"),
        CheckConstraint(
            "amount_cents = round(hours * rate_cents)", name="amount_is_hours_times_rate"
        ),
        CheckConstraint(f"vat_percent IN (0, {STANDARD_VAT_PERCENT})", name="vat_percent_known"),
        CheckConstraint(
            "vat_cents = round(amount_cents * vat_percent / 100.0)", name="vat_is_rate_of_amount"
        ),
        Index("ix_invoice_line_invoice", "invoice_id", "position"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    invoice_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("invoice.id", ondelete="CASCADE"), nullable=False
    )
    position: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    shift_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("shift.id", ondelete="RESTRICT"))
    description: Mapped[str] = mapped_column(String(300), nullable=False)
    work_date: Mapped[date | None] = mapped_column(Date)
    hours: Mapped[Decimal] = mapped_column(Numeric(5, 2), nullable=False)
    rate_cents: Mapped[int] = mapped_column(Integer, nullable=False)
    amount_cents: Mapped[int] = mapped_column(Integer, nullable=False)
    vat_percent: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    vat_cents: Mapped[int] = mapped_column(Integer, nullable=False)
