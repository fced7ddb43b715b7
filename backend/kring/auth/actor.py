"""The Actor: who is acting, resolved once per request and handed to services."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, Request

from kring.auth.sessions import resolve_session
from kring.config import settings_of
from kring.kit.db import DbSession
from kring.kit.errors import Forbidden, Unauthorized
from kring.kit.i18n import N_
from kring.models.session import UserSession
from kring.models.user import User


@dataclass(frozen=True)
class Actor:
    user: User
    session: UserSession | None
    staff_role: str | None
    active_organisation_id: uuid.UUID | None = None
    is_member: bool = False
    # Set for API clients (OAuth2): then `scopes` is what their token grants.
    scopes: frozenset[str] = field(default_factory=frozenset)
    api_client_id: uuid.UUID | None = None

    @property
    def needs_second_factor(self) -> bool:
        """Staff and members of organisations must log in with a second factor."""
        return self.staff_role is not None or self.is_member

    @property
    def user_id(self) -> uuid.UUID:
        return self.user.id


class SecondFactorSetupRequired(Forbidden):
    slug = "mfa-setup-required"


async def get_actor_during_setup(request: Request, db: DbSession) -> Actor:
    """The signed-in person, even before a required second factor is set up; else 401."""
    resolved = await resolve_session(db, settings_of(request), request)
    if resolved is None:
        raise Unauthorized(N_("Please log in (again) to continue."))
    return Actor(
        user=resolved.user,
        session=resolved.session,
        staff_role=resolved.user.staff_role,
        active_organisation_id=resolved.active_organisation_id,
        is_member=resolved.is_member,
    )


async def get_actor(actor: Annotated[Actor, Depends(get_actor_during_setup)]) -> Actor:
    """The signed-in person; staff and members must have proven a second factor first."""
    # A session whose second factor was never proven belongs to someone who has none yet.
    if actor.needs_second_factor and actor.session and actor.session.mfa_verified_at is None:
        raise SecondFactorSetupRequired(
            N_("Set up two-step verification before you continue: your account requires it.")
        )
    return actor


CurrentActor = Annotated[Actor, Depends(get_actor)]
ActorDuringSetup = Annotated[Actor, Depends(get_actor_during_setup)]
