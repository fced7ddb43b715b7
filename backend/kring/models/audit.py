"""The audit trail: who did what to which record, when and from where. Append-only."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import CheckConstraint, Index, String
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from kring.kit.db import Base, RecordMixin


class AuditEvent(RecordMixin, Base):
    __tablename__ = "audit_event"
    __table_args__ = (
        CheckConstraint("outcome IN ('success', 'failure')", name="outcome_known"),
        Index("ix_audit_event_actor_created", "actor_user_id", "created_at"),
        Index("ix_audit_event_subject", "subject_type", "subject_id", "created_at"),
    )

    actor_user_id: Mapped[uuid.UUID | None] = mapped_column()
    organisation_id: Mapped[uuid.UUID | None] = mapped_column()
    action: Mapped[str] = mapped_column(String(64), nullable=False)
    subject_type: Mapped[str | None] = mapped_column(String(40))
    subject_id: Mapped[uuid.UUID | None] = mapped_column()
    outcome: Mapped[str] = mapped_column(String(10), nullable=False)
    ip: Mapped[str | None] = mapped_column(String(45))
    user_agent: Mapped[str | None] = mapped_column(String(300))
    details: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False, default=dict)
