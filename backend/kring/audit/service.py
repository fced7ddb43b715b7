"""Writing the audit trail: one row per security-relevant event, in the caller's transaction.

Every domain calls `record(db, principal, action, ...)`: the principal carries who acted, for
which organisation, and from where.
"""

from __future__ import annotations

import uuid
from typing import Any, Literal

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
