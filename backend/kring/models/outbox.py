"""The transactional outbox: side effects written in the same transaction as their cause."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import CheckConstraint, DateTime, Index, Integer, String, Text, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from kring.kit.db import Base, RecordMixin


class OutboxStatus(StrEnum):
    pending = "pending"
    done = "done"
    failed = "failed"


class OutboxMessage(RecordMixin, Base):
    __tablename__ = "outbox"
    __table_args__ = (
        CheckConstraint("status IN ('pending', 'done', 'failed')", name="status_known"),
        CheckConstraint("attempts >= 0", name="attempts_not_negative"),
        CheckConstraint("length(task) BETWEEN 1 AND 100", name="task_length"),
        CheckConstraint(
            "status = 'pending' OR claimed_until IS NULL", name="claimed_only_while_pending"
        ),
        # The sweeper only ever looks at pending rows, oldest first.
        Index(
            "ix_outbox_pending_handed_over",
            text("coalesce(enqueued_at, created_at)"),
            postgresql_where=text("status = 'pending'"),
        ),
    )

    task: Mapped[str] = mapped_column(String(100), nullable=False)
    payload: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False, default=dict)
    status: Mapped[str] = mapped_column(
        String(16), nullable=False, default=OutboxStatus.pending, server_default="pending"
    )
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    last_error: Mapped[str | None] = mapped_column(Text)
    enqueued_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Set (and `attempts` counted) in its own commit before the side effect runs: a worker that
    # dies mid-send leaves the attempt on record, and nobody else starts the row until then.
    claimed_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    completed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
