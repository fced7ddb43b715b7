"""Promotion packages a provider asks for, and the invoices staff make when they confirm one."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Sequence,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from kring.kit.db import Base, RecordMixin


class PromotionPackage(StrEnum):
    basic = "basic"
    plus = "plus"
    luxe = "luxe"
    fee = "fee"


class PromotionRequestStatus(StrEnum):
    requested = "requested"  # waiting for staff, who first talk it through with the provider
    confirmed = "confirmed"  # invoiced; runs a year from starts_on
    withdrawn = "withdrawn"  # by the provider, before staff confirmed it


class PromotionRequest(RecordMixin, Base):
    __tablename__ = "promotion_request"
    __table_args__ = (
        CheckConstraint("package IN ('basic', 'plus', 'luxe', 'fee')", name="package_known"),
        CheckConstraint("status IN ('requested', 'confirmed', 'withdrawn')", name="status_known"),
        CheckConstraint("char_length(message) <= 1000", name="message_length"),
        CheckConstraint(
            "(status = 'confirmed') = (confirmed_at IS NOT NULL AND price_cents IS NOT NULL"
            " AND starts_on IS NOT NULL AND ends_on IS NOT NULL)",
            name="confirmed_complete",
        ),
        CheckConstraint("(status = 'withdrawn') = (withdrawn_at IS NOT NULL)", name="withdrawn_at"),
        CheckConstraint("price_cents IS NULL OR price_cents > 0", name="price_positive"),
        CheckConstraint("ends_on IS NULL OR ends_on > starts_on", name="period_order"),
        # One question at a time: a second open request waits until staff answered the first.
        Index(
            "uq_promotion_request_open",
            "profile_id",
            unique=True,
            postgresql_where=text("status = 'requested'"),
        ),
    )

    profile_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("provider_profile.id", ondelete="CASCADE"), nullable=False, index=True
    )
    package: Mapped[str] = mapped_column(String(10), nullable=False)
    status: Mapped[str] = mapped_column(String(10), nullable=False)
    message: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    price_cents: Mapped[int | None] = mapped_column(Integer)
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    confirmed_by_user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    withdrawn_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


invoice_number_sequence = Sequence("provider_invoice_number_seq", metadata=Base.metadata)


class ProviderInvoice(RecordMixin, Base):
    """An invoice for a promotion package; amounts include VAT, as the prices customers see."""

    __tablename__ = "provider_invoice"
    __table_args__ = (
        CheckConstraint("number ~ '^K[0-9]{4}-[0-9]{6}$'", name="number_format"),
        CheckConstraint("package_cents > 0", name="package_positive"),
        CheckConstraint(
            "fee_credit_cents >= 0 AND fee_credit_cents <= package_cents", name="credit_range"
        ),
        CheckConstraint("total_cents = package_cents - fee_credit_cents", name="total_sum"),
        CheckConstraint("vat_cents >= 0 AND vat_cents <= total_cents", name="vat_range"),
        # The administrative fee is deducted once: from the first package, never again.
        Index(
            "uq_provider_invoice_fee_credit",
            "profile_id",
            unique=True,
            postgresql_where=text("fee_credit_cents > 0"),
        ),
    )

    number: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    profile_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("provider_profile.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    promotion_request_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("promotion_request.id", ondelete="RESTRICT"), nullable=False, unique=True
    )
    issued_on: Mapped[date] = mapped_column(Date, nullable=False)
    package_cents: Mapped[int] = mapped_column(Integer, nullable=False)
    fee_credit_cents: Mapped[int] = mapped_column(Integer, nullable=False)
    total_cents: Mapped[int] = mapped_column(Integer, nullable=False)
    vat_cents: Mapped[int] = mapped_column(Integer, nullable=False)
