"""The principals a route may accept, as `Annotated` dependencies. Each domain's `auth.py`
names the ones its routes take; nothing else decides who may call what."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Request, Security

from kring.auth.api_clients import CLIENT_CREDENTIALS, actor_from_access_token
from kring.auth.principal import Principal, Visitor, visitor_of
from kring.auth.scopes import ApiScope
from kring.auth.sessions import resolve_session

# Re-exported: domains name staff tasks through here, never through the role table itself.
from kring.auth.staff_roles import StaffTask as StaffTask
from kring.config import settings_of
from kring.kit.db import DbSession
from kring.kit.errors import Forbidden, Unauthorized
from kring.kit.i18n import N_


class SecondFactorSetupRequired(Forbidden):
    slug = "mfa-setup-required"


async def signed_in_during_setup(request: Request, db: DbSession) -> Principal:
    """The signed-in person, even before a required second factor is set up; else 401."""
    resolved = await resolve_session(db, settings_of(request), request)
    if resolved is None:
        raise Unauthorized(N_("Please log in (again) to continue."))
    visitor = visitor_of(request)
    return Principal(
        user=resolved.user,
        session=resolved.session,
        staff_role=resolved.user.staff_role,
        active_organisation_id=resolved.active_organisation_id,
        is_member=resolved.is_member,
        memberships=resolved.memberships,
        client_address=visitor.client_address,
        user_agent=visitor.user_agent,
    )


async def signed_in(
    principal: Annotated[Principal, Depends(signed_in_during_setup)],
) -> Principal:
    """The signed-in person; staff and members must have proven a second factor first."""
    # A session whose second factor was never proven belongs to someone who has none yet.
    if (
        principal.needs_second_factor
        and principal.session
        and principal.session.mfa_verified_at is None
    ):
        raise SecondFactorSetupRequired(
            N_("Set up two-step verification before you continue: your account requires it.")
        )
    return principal


async def any_visitor(request: Request) -> Visitor:
    """Anyone: an async dependency, so FastAPI does not hand it to a worker thread."""
    return visitor_of(request)


AnyVisitor = Annotated[Visitor, Depends(any_visitor)]
SignedInDuringSetup = Annotated[Principal, Depends(signed_in_during_setup)]
SignedIn = Annotated[Principal, Depends(signed_in)]


class StaffFor:
    """A staff member whose role the staff-role table allows for `task`; else 403."""

    def __init__(self, task: StaffTask) -> None:
        self.task = task

    async def __call__(self, principal: SignedIn) -> Principal:
        if not principal.may(self.task):
            if principal.is_staff:
                raise Forbidden(N_("Your staff role does not allow this."))
            raise Forbidden(N_("Only Kring's staff may do this."))
        return principal


def staff_for(task: StaffTask) -> Any:
    """`Annotated[Principal, staff_for(StaffTask.x)]`: staff allowed to do task x."""
    return Depends(StaffFor(task))


def signed_in_or_scope(scope: ApiScope) -> Any:
    """`Annotated[Principal, signed_in_or_scope(ApiScope.x)]`: a signed-in person (session),
    or an API client whose token grants `scope`."""

    async def dependency(
        request: Request,
        db: DbSession,
        # A default, not `Annotated`: string annotations cannot see this closure's `scope`.
        authorization: str | None = Security(CLIENT_CREDENTIALS, scopes=[scope]),
    ) -> Principal:
        scheme, _, credentials = (authorization or "").partition(" ")
        if scheme.lower() == "bearer" and credentials.strip():
            visitor = visitor_of(request)
            return await actor_from_access_token(
                db, settings_of(request), credentials.strip(), scope, visitor
            )
        return await signed_in(await signed_in_during_setup(request, db))

    return Depends(dependency)


def api_client_with_scope(scope: ApiScope) -> Any:
    """`Annotated[Principal, api_client_with_scope(ApiScope.x)]`: only an API client whose
    token grants `scope` (routes made for integrations); without a bearer token, 401."""

    async def dependency(
        request: Request,
        db: DbSession,
        authorization: str | None = Security(CLIENT_CREDENTIALS, scopes=[scope]),
    ) -> Principal:
        scheme, _, credentials = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not credentials.strip():
            raise Unauthorized(
                N_("Send an API client's access token (Authorization: Bearer ...)."),
                headers={"WWW-Authenticate": f'Bearer scope="{scope}"'},
            )
        return await actor_from_access_token(
            db, settings_of(request), credentials.strip(), scope, visitor_of(request)
        )

    return Depends(dependency)
