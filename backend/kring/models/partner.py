"""Partner access: a person asks to manage help seekers' dossiers for them, and staff decide
within 48 hours."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from kring.kit.db import Base, RecordMixin


class PartnerAccessStatus(StrEnum):
    requested = "requested"  # waiting for a verifier; answered within 48 hours
    accepted = "accepted"  # the person is a verified partner
    refused = "refused"  # with a reason; they may ask again


class PartnerAccessRequest(RecordMixin, Base):
    __tablename__ = "partner_access_request"
    __table_args__ = (
        CheckConstraint("status IN ('requested', 'accepted', 'refused')", name="status_known"),
        CheckConstraint("country IN ('NL', 'BE')", name="country_known"),
        CheckConstraint(
            "registration_number IS NULL"
            " OR (country = 'NL' AND registration_number ~ '^[0-9]{8}$')"
            " OR (country = 'BE' AND registration_number ~ '^[01][0-9]{9}$')",
            name="registration_number_format",
        ),
        CheckConstraint("char_length(organisation_name) BETWEEN 1 AND 200", name="name_length"),
        CheckConstraint("char_length(job_title) BETWEEN 1 AND 100", name="job_title_length"),
        CheckConstraint("char_length(reason) BETWEEN 1 AND 1000", name="reason_length"),
        CheckConstraint(
            "char_length(refusal_reason) BETWEEN 1 AND 1000", name="refusal_reason_length"
        ),
        CheckConstraint(
            "(status = 'requested') = (decided_at IS NULL)", name="decided_when_answered"
        ),
        CheckConstraint(
            "(status = 'refused') = (refusal_reason IS NOT NULL)", name="refusal_has_reason"
        ),
        # One question at a time: a second request waits until staff answered the first.
        Index(
            "uq_partner_access_request_open",
            "user_id",
            unique=True,
            postgresql_where=text("status = 'requested'"),
        ),
        # The verifiers' queue: open requests by deadline.
        Index(
            "ix_partner_access_request_queue",
            "deadline_at",
            "id",
            postgresql_where=text("status = 'requested'"),
        ),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), nullable=False, index=True
    )
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    # As the person wrote it; linked to an organisation Kring knows by its registration number.
    organisation_name: Mapped[str] = mapped_column(String(200), nullable=False)
    country: Mapped[str] = mapped_column(String(2), nullable=False, server_default="NL")
    registration_number: Mapped[str | None] = mapped_column(String(10))
    job_title: Mapped[str] = mapped_column(String(100), nullable=False)
    work_email: Mapped[str] = mapped_column(String(254), nullable=False)
    work_phone: Mapped[str] = mapped_column(String(32), nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[str] = mapped_column(String(10), nullable=False)
    deadline_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    # When the staff mailbox was told the deadline is near (40 hours after the request).
    reminded_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    decided_by_user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    refusal_reason: Mapped[str | None] = mapped_column(Text)
