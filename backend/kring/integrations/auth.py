"""Who may manage an organisation's API clients: its portal admins, and Kring's admins."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.auth.actor import Actor
from kring.kit.errors import Forbidden, NotFound
from kring.kit.i18n import N_
from kring.models.organisation import Membership, Organisation


async def organisation_to_manage(
    db: AsyncSession, actor: Actor, organisation_id: uuid.UUID
) -> Organisation:
    """The organisation, when the actor may manage its API clients; else 404 or 403."""
    organisation = await db.get(Organisation, organisation_id)
    if organisation is None:
        raise NotFound()
    if actor.api_client_id is not None:
        raise NotFound()
    if actor.staff_role == "admin":
        return organisation
    if actor.active_organisation_id != organisation_id:
        raise NotFound()
    is_admin = await db.scalar(
        select(Membership.portal_admin).where(
            Membership.user_id == actor.user_id, Membership.organisation_id == organisation_id
        )
    )
    if not is_admin:
        raise Forbidden(N_("Only your organisation's portal admins manage API clients."))
    return organisation
