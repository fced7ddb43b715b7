"""Second factors: authenticator apps (TOTP), SMS numbers, recovery codes, and log-in challenges."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from kring.kit.db import Base, RecordMixin


class MfaFactor(RecordMixin, Base):
    __tablename__ = "mfa_factor"
    __table_args__ = (
        CheckConstraint("kind IN ('totp', 'sms')", name="kind_known"),
        CheckConstraint("kind != 'totp' OR secret_encrypted IS NOT NULL", name="totp_has_secret"),
        CheckConstraint("kind != 'sms' OR phone IS NOT NULL", name="sms_has_phone"),
        # One SMS number per person: the 2FA phone is reset by staff, not added to.
        Index(
            "uq_mfa_factor_one_sms",
            "user_id",
            unique=True,
            postgresql_where=text("kind = 'sms' AND confirmed_at IS NOT NULL"),
        ),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), nullable=False, index=True
    )
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    # The TOTP secret must be read to check codes, so it is encrypted rather than hashed.
    secret_encrypted: Mapped[bytes | None] = mapped_column(LargeBinary)
    phone: Mapped[str | None] = mapped_column(String(20))
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # The newest TOTP time step accepted: a code is good once, never again.
    last_used_step: Mapped[int | None] = mapped_column(Integer)


class RecoveryCode(RecordMixin, Base):
    __tablename__ = "recovery_code"
    __table_args__ = (CheckConstraint("octet_length(code_hash) = 32", name="code_hash_length"),)

    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), nullable=False, index=True
    )
    code_hash: Mapped[bytes] = mapped_column(LargeBinary(32), nullable=False)
    used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class MfaChallenge(RecordMixin, Base):
    """One attempt at proving the second factor, for a log-in or a step-up; 5 tries at most."""

    __tablename__ = "mfa_challenge"
    __table_args__ = (
        CheckConstraint("purpose IN ('login', 'step_up', 'sms_setup')", name="purpose_known"),
        CheckConstraint("attempts BETWEEN 0 AND 5", name="attempts_at_most_five"),
        CheckConstraint(
            "sms_code_hash IS NULL OR octet_length(sms_code_hash) = 32", name="sms_code_hash_length"
        ),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), nullable=False, index=True
    )
    session_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_session.id", ondelete="CASCADE")
    )
    purpose: Mapped[str] = mapped_column(String(10), nullable=False)
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    sms_code_hash: Mapped[bytes | None] = mapped_column(LargeBinary(32))
    sms_code_expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
