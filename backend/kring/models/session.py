"""Server-side log-in sessions and single-use action tokens; only hashes of secrets are stored."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Index, LargeBinary, String, text
from sqlalchemy.orm import Mapped, mapped_column

from kring.kit.db import Base, RecordMixin


class UserSession(RecordMixin, Base):
    __tablename__ = "user_session"
    __table_args__ = (
        Index(
            "ix_user_session_user_active", "user_id", postgresql_where=text("revoked_at IS NULL")
        ),
        CheckConstraint("octet_length(token_hash) = 32", name="token_hash_length"),
        CheckConstraint(
            "mfa_verified_method IS NULL OR (mfa_verified_method IN ('totp', 'sms',"
            " 'recovery_code') AND mfa_verified_at IS NOT NULL)",
            name="mfa_verified_method_known",
        ),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), nullable=False
    )
    token_hash: Mapped[bytes] = mapped_column(LargeBinary(32), nullable=False, unique=True)
    last_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # The organisation this session acts for (chosen after log-in when there are several).
    active_organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL")
    )
    # When the second factor was last proven in this session (for step-up of sensitive actions).
    mfa_verified_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Which factor that was (totp, sms, recovery_code): a signature records it.
    mfa_verified_method: Mapped[str | None] = mapped_column(String(16))
    ip: Mapped[str | None] = mapped_column(String(45))
    user_agent: Mapped[str | None] = mapped_column(String(300))


class TokenPurpose(StrEnum):
    verify_email = "verify_email"
    reset_password = "reset_password"  # noqa: S105 (a purpose, not a password)
    activate = "activate"
    change_email = "change_email"


class ActionToken(RecordMixin, Base):
    """A single-use link sent by e-mail (verify the address, reset the password, activate)."""

    __tablename__ = "action_token"
    __table_args__ = (
        CheckConstraint(
            "purpose IN ('verify_email', 'reset_password', 'activate', 'change_email')",
            name="purpose_known",
        ),
        CheckConstraint("octet_length(token_hash) = 32", name="token_hash_length"),
        CheckConstraint(
            "(purpose = 'change_email') = (new_email IS NOT NULL)", name="new_email_for_change"
        ),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), nullable=False, index=True
    )
    purpose: Mapped[str] = mapped_column(String(20), nullable=False)
    token_hash: Mapped[bytes] = mapped_column(LargeBinary(32), nullable=False, unique=True)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Where a confirmed e-mail change goes (only for change_email).
    new_email: Mapped[str | None] = mapped_column(String(254))
    # A reset link dies when the password changes after it was sent.
    password_changed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
