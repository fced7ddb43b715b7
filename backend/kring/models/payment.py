"""Payments through the payment provider, and the sandbox provider's own records."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from kring.kit.db import Base, RecordMixin

_STATUSES = "('open', 'pending', 'authorized', 'paid', 'failed', 'canceled', 'expired')"


class PaymentStatus(StrEnum):
    """Mollie's payment statuses; `paid` is the only one that makes a profile live."""

    open = "open"
    pending = "pending"
    authorized = "authorized"
    paid = "paid"
    failed = "failed"
    canceled = "canceled"
    expired = "expired"


FINAL_STATUSES = frozenset(
    {PaymentStatus.paid, PaymentStatus.failed, PaymentStatus.canceled, PaymentStatus.expired}
)


class Payment(RecordMixin, Base):
    __tablename__ = "payment"
    __table_args__ = (
        UniqueConstraint("gateway", "external_id"),
        CheckConstraint("gateway IN ('sandbox', 'mollie')", name="gateway_known"),
        CheckConstraint(f"status IN {_STATUSES}", name="status_known"),
        CheckConstraint("purpose IN ('admin_fee', 'dossier_fee', 'invoice')", name="purpose_known"),
        # A provider's administrative fee, or a dossier's registration fee: one of the two.
        CheckConstraint(
            "(purpose = 'admin_fee') = (profile_id IS NOT NULL)"
            " AND (purpose = 'dossier_fee') = (dossier_id IS NOT NULL)"
            " AND (purpose = 'invoice') = (invoice_id IS NOT NULL)",
            name="paid_for_one",
        ),
        # A dossier's registration fee is paid once.
        Index(
            "uq_payment_dossier_paid",
            "dossier_id",
            unique=True,
            postgresql_where=text("status = 'paid'"),
        ),
        # An invoice is paid once.
        Index(
            "uq_payment_invoice_paid",
            "invoice_id",
            unique=True,
            postgresql_where=text("status = 'paid'"),
        ),
        CheckConstraint("amount_cents > 0", name="amount_positive"),
        CheckConstraint("(status = 'paid') = (paid_at IS NOT NULL)", name="paid_at_when_paid"),
    )

    profile_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("provider_profile.id", ondelete="RESTRICT"), index=True
    )
    dossier_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("dossier.id", ondelete="RESTRICT"), index=True
    )
    invoice_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("invoice.id", ondelete="RESTRICT"), index=True
    )
    # Who started it (the receipt goes to them); null once their account is erased.
    started_by_user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL"), index=True
    )
    purpose: Mapped[str] = mapped_column(String(20), nullable=False)
    gateway: Mapped[str] = mapped_column(String(10), nullable=False)
    external_id: Mapped[str] = mapped_column(String(64), nullable=False)
    amount_cents: Mapped[int] = mapped_column(Integer, nullable=False)
    vat_cents: Mapped[int] = mapped_column(Integer, nullable=False)
    status: Mapped[str] = mapped_column(String(12), nullable=False)
    checkout_url: Mapped[str] = mapped_column(String(500), nullable=False)
    paid_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class SandboxPayment(RecordMixin, Base):
    """The sandbox payment provider's side: what Mollie would keep on its servers."""

    __tablename__ = "sandbox_payment"
    __table_args__ = (
        UniqueConstraint("external_id"),
        CheckConstraint(f"status IN {_STATUSES}", name="status_known"),
    )

    external_id: Mapped[str] = mapped_column(String(64), nullable=False)
    amount_cents: Mapped[int] = mapped_column(Integer, nullable=False)
    description: Mapped[str] = mapped_column(String(200), nullable=False)
    status: Mapped[str] = mapped_column(String(12), nullable=False)
    redirect_url: Mapped[str] = mapped_column(String(500), nullable=False)
    webhook_url: Mapped[str] = mapped_column(String(500), nullable=False)
