"""Reading organisations, always through the actor's scope."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.auth.actor import Actor
from kring.auth.policy import scoped_to_organisation
from kring.models.organisation import Organisation


async def get_visible(
    db: AsyncSession, actor: Actor, organisation_id: uuid.UUID
) -> Organisation | None:
    """Staff see every organisation; anyone else only the one they act for."""
    statement = select(Organisation).where(Organisation.id == organisation_id)
    if actor.staff_role is None:
        statement = scoped_to_organisation(statement, actor, Organisation.id)
    return (await db.execute(statement)).scalar_one_or_none()
