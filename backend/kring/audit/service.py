"""Writing the audit trail: one row per security-relevant event, in the caller's transaction.

Every domain calls `record(db, principal, action, ...)`: the principal carries who acted, for
which organisation, and from where.
"""

from __future__ import annotations

import uuid
from typing import Any, Literal

from fastapi import Request
from sqlalchemy.ext.asyncio import AsyncSession

from kring.auth.principal import Principal, Visitor
from kring.models.audit import AuditEvent

Outcome = Literal["success", "failure"]


class _Acting:
    """`organisation_id` left out: the organisation the principal acts for."""


ACTING = _Acting()


async def record(
    db: AsyncSession,
    principal: Principal | Visitor,
    action: str,
    *,
    outcome: Outcome = "success",
    subject_type: str | None = None,
    subject_id: uuid.UUID | None = None,
    organisation_id: uuid.UUID | _Acting | None = ACTING,
    person_id: uuid.UUID | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """Never put a password, code or token in `details`.

    `person_id` names the person for a visitor who is not signed in yet (a log-in attempt).
    """
    db.add(
        AuditEvent(
            action=action,
            actor_user_id=person_id or principal.person_id,
            organisation_id=(
                principal.acting_organisation_id
                if isinstance(organisation_id, _Acting)
                else organisation_id
            ),
            subject_type=subject_type,
            subject_id=subject_id,
            outcome=outcome,
            ip=principal.client_address,
            user_agent=principal.user_agent,
            details=details or {},
        )
    )
    await db.flush()


def client_of(request: Request | None) -> tuple[str | None, str | None]:
    if request is None:
        return None, None
    ip = request.client.host if request.client else None
    return ip, (request.headers.get("user-agent") or "")[:300] or None


async def record_for_request(
    session: AsyncSession,
    action: str,
    *,
    request: Request | None,
    actor_user_id: uuid.UUID | None,
    outcome: Outcome = "success",
    subject_type: str | None = None,
    subject_id: uuid.UUID | None = None,
    organisation_id: uuid.UUID | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """Transitional: the old call shape, until every domain passes its principal."""
    ip, user_agent = client_of(request)
    who = Visitor(client_address=ip, user_agent=user_agent)
    await record(
        session,
        who,
        action,
        outcome=outcome,
        subject_type=subject_type,
        subject_id=subject_id,
        organisation_id=organisation_id,
        person_id=actor_user_id,
        details=details,
    )
