"""Writing the audit trail: one row per security-relevant event, in the caller's transaction."""

from __future__ import annotations

import uuid
from typing import Any, Literal

from fastapi import Request
from sqlalchemy.ext.asyncio import AsyncSession

from kring.models.audit import AuditEvent


def client_of(request: Request | None) -> tuple[str | None, str | None]:
    if request is None:
        return None, None
    ip = request.client.host if request.client else None
    return ip, (request.headers.get("user-agent") or "")[:300] or None


async def record(
    session: AsyncSession,
    action: str,
    *,
    request: Request | None,
    actor_user_id: uuid.UUID | None,
    outcome: Literal["success", "failure"] = "success",
    subject_type: str | None = None,
    subject_id: uuid.UUID | None = None,
    organisation_id: uuid.UUID | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """Never put a password, code or token in `details`."""
    ip, user_agent = client_of(request)
    session.add(
        AuditEvent(
            action=action,
            actor_user_id=actor_user_id,
            organisation_id=organisation_id,
            subject_type=subject_type,
            subject_id=subject_id,
            outcome=outcome,
            ip=ip,
            user_agent=user_agent,
            details=details or {},
        )
    )
    await session.flush()
