"""Writing the audit trail: one row per security-relevant event, in the caller's transaction.

Every domain calls `record(db, principal, action, ...)`: the principal carries who acted, for
which organisation, and from where. Jobs that change many rows at once write one row per
subject with `record_many`.
"""

from __future__ import annotations

import uuid
from typing import Any, Literal

from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncSession

from kring.auth.organisations import OrganisationPrincipal
from kring.auth.principal import Principal, Visitor
from kring.kit.db import new_id
from kring.models.audit import AuditEvent

Outcome = Literal["success", "failure"]


class _Acting:
    """`organisation_id` left out: the organisation the principal acts for."""


ACTING = _Acting()


async def record(
    db: AsyncSession,
    principal: Principal | Visitor | OrganisationPrincipal,
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

    `person_id` names the person for a visitor who is not signed in yet (a log-in attempt); a
    principal acting for an organisation records that organisation unless told otherwise.
    """
    if isinstance(principal, OrganisationPrincipal):
        if isinstance(organisation_id, _Acting):
            organisation_id = principal.organisation_id
        principal = principal.principal
    # Whatever the request changed so far is stored first, as one flush would have done; the
    # event itself is a plain insert (no unit of work for a row nobody changes again).
    if db.new or db.dirty or db.deleted:
        await db.flush()
    await db.execute(
        insert(AuditEvent).values(
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


async def record_many(
    db: AsyncSession,
    principal: Principal | Visitor,
    action: str,
    *,
    subject_type: str,
    subject_ids: list[uuid.UUID],
    details: dict[str, Any] | None = None,
    details_of: dict[uuid.UUID, dict[str, Any]] | None = None,
    person_id: uuid.UUID | None = None,
    organisation_id: uuid.UUID | None = None,
) -> None:
    """One row per subject in one statement; `details_of` adds to each subject's details."""
    if not subject_ids:
        return
    await db.execute(
        insert(AuditEvent),
        [
            {
                "id": new_id(),
                "action": action,
                "outcome": "success",
                "actor_user_id": person_id or principal.person_id,
                "organisation_id": organisation_id,
                "ip": principal.client_address,
                "user_agent": principal.user_agent,
                "subject_type": subject_type,
                "subject_id": subject_id,
                "details": {**(details or {}), **(details_of or {}).get(subject_id, {})},
            }
            for subject_id in subject_ids
        ],
    )
