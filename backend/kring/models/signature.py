"""Wlz signatures: a care professional's approval of an order (the evidence of an advanced
electronic signature and the signed PDF), and their refusals, which the branch clears."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Index, LargeBinary, String, Text, text
from sqlalchemy.dialects.postgresql import INET
from sqlalchemy.orm import Mapped, mapped_column

from kring.kit.db import Base, new_id

MAX_DRAWN_PNG_BYTES = 200_000


class OrderSignature(Base):
    """One signature of one order: who, when, how, with which second factor, from where, and
    the SHA-256 of the order's canonical content signed. Never changed but to be superseded
    (a later change of the order's content); kept as evidence."""

    __tablename__ = "order_signature"
    __table_args__ = (
        CheckConstraint("method IN ('drawn', 'typed')", name="method_known"),
        CheckConstraint(
            "(method = 'drawn') = (drawn_png IS NOT NULL)"
            " AND (method = 'typed') = (typed_name IS NOT NULL)",
            name="signature_of_method",
        ),
        CheckConstraint(
            f"drawn_png IS NULL OR octet_length(drawn_png) BETWEEN 8 AND {MAX_DRAWN_PNG_BYTES}",
            name="drawn_png_size",
        ),
        CheckConstraint(
            "typed_name IS NULL OR char_length(btrim(typed_name)) BETWEEN 2 AND 200",
            name="typed_name_length",
        ),
        CheckConstraint(
            "second_factor IN ('totp', 'sms', 'recovery_code')", name="second_factor_known"
        ),
        CheckConstraint("second_factor_at <= signed_at", name="second_factor_before_signing"),
        CheckConstraint("octet_length(content_sha256) = 32", name="content_sha256_length"),
        CheckConstraint("char_length(signer_name) BETWEEN 1 AND 200", name="signer_name_length"),
        CheckConstraint("char_length(user_agent) <= 500", name="user_agent_length"),
        CheckConstraint("superseded_at IS NULL OR superseded_at >= signed_at", name="superseded"),
        # One signature in force per order.
        Index(
            "uq_order_signature_current",
            "order_id",
            unique=True,
            postgresql_where=text("superseded_at IS NULL"),
        ),
        Index("ix_order_signature_order", "order_id", "signed_at"),
        Index(
            "ix_order_signature_signer",
            "signer_user_id",
            postgresql_where=text("signer_user_id IS NOT NULL"),
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    order_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("assistive_order.id", ondelete="RESTRICT"), nullable=False
    )
    # The person, and their name as it was (the record outlives an account).
    signer_user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    signer_name: Mapped[str] = mapped_column(String(200), nullable=False)
    signed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    method: Mapped[str] = mapped_column(String(8), nullable=False)
    drawn_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    typed_name: Mapped[str | None] = mapped_column(String(200))
    second_factor: Mapped[str] = mapped_column(String(16), nullable=False)
    second_factor_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    client_address: Mapped[str | None] = mapped_column(INET)
    user_agent: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    content_sha256: Mapped[bytes] = mapped_column(LargeBinary(32), nullable=False)
    signed_pdf: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    superseded_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class OrderRefusal(Base):
    """A care professional's refusal to sign, with their reason; open until branch staff clear
    it (the order presented for signing again, or taken off the signing list)."""

    __tablename__ = "order_refusal"
    __table_args__ = (
        CheckConstraint("char_length(btrim(reason)) BETWEEN 1 AND 1000", name="reason_length"),
        CheckConstraint("char_length(refused_by_name) BETWEEN 1 AND 200", name="refused_by_name"),
        CheckConstraint(
            "outcome IS NULL OR outcome IN ('present_again', 'remove')", name="outcome_known"
        ),
        CheckConstraint(
            "(cleared_at IS NULL) = (outcome IS NULL)"
            " AND (cleared_at IS NULL OR cleared_by_name IS NOT NULL)",
            name="cleared_with_outcome",
        ),
        CheckConstraint("cleared_at IS NULL OR cleared_at >= refused_at", name="cleared_after"),
        CheckConstraint("char_length(clear_note) <= 1000", name="clear_note_length"),
        # One open refusal per order.
        Index(
            "uq_order_refusal_open",
            "order_id",
            unique=True,
            postgresql_where=text("cleared_at IS NULL"),
        ),
        Index("ix_order_refusal_order", "order_id", "refused_at"),
        # The branch's queue: open refusals, the oldest first.
        Index(
            "ix_order_refusal_open_oldest",
            "refused_at",
            "id",
            postgresql_where=text("cleared_at IS NULL"),
        ),
        Index(
            "ix_order_refusal_refused_by",
            "refused_by_user_id",
            postgresql_where=text("refused_by_user_id IS NOT NULL"),
        ),
        Index(
            "ix_order_refusal_cleared_by",
            "cleared_by_user_id",
            postgresql_where=text("cleared_by_user_id IS NOT NULL"),
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    order_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("assistive_order.id", ondelete="RESTRICT"), nullable=False
    )
    refused_by_user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    refused_by_name: Mapped[str] = mapped_column(String(200), nullable=False)
    refused_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=text("now()")
    )
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    cleared_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    cleared_by_user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    cleared_by_name: Mapped[str | None] = mapped_column(String(200))
    outcome: Mapped[str | None] = mapped_column(String(16))
    clear_note: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
