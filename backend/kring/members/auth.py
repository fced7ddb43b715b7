"""Who may see and manage an organisation's members: its members (admins manage), and Kring's
admins and advisors; anyone else finds nothing."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.admin.auth import ACCOUNT_ADMINISTRATORS
from kring.auth.actor import Actor
from kring.auth.policy import active_organisation
from kring.kit.errors import Forbidden, NotFound
from kring.kit.i18n import N_
from kring.models.organisation import Membership, Organisation


@dataclass(frozen=True)
class MemberContext:
    organisation: Organisation
    # The actor's own membership; None for staff and API clients.
    own: Membership | None
    is_admin: bool


async def member_context(
    db: AsyncSession, actor: Actor, organisation_id: uuid.UUID
) -> MemberContext:
    if actor.api_client_id is None and actor.staff_role is not None:
        if actor.staff_role not in ACCOUNT_ADMINISTRATORS:
            raise NotFound()
        organisation = await db.get(Organisation, organisation_id)
        if organisation is None:
            raise NotFound()
        return MemberContext(organisation, None, True)
    if active_organisation(actor) != organisation_id:
        raise NotFound()
    organisation = await db.get(Organisation, organisation_id)
    if organisation is None:
        raise NotFound()
    if actor.api_client_id is not None:
        return MemberContext(organisation, None, False)
    own = await db.scalar(
        select(Membership).where(
            Membership.user_id == actor.user_id,
            Membership.organisation_id == organisation_id,
            Membership.portal_employee.is_(True),
        )
    )
    if own is None:
        raise NotFound()
    return MemberContext(organisation, own, own.portal_admin)


def require_admin(context: MemberContext) -> None:
    if not context.is_admin:
        raise Forbidden(N_("Only your organisation's portal admins may do this."))
