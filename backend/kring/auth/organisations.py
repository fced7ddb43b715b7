"""Acting for an organisation: as its member (portal admin or not), as an API client of it,
or as staff whose role allows it. Anyone else finds no such organisation (404)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from fastapi import Depends
from sqlalchemy import bindparam, exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.auth.dependencies import signed_in
from kring.auth.principal import Principal

# Re-exported: domains name staff tasks through here, never through the role table itself.
from kring.auth.staff_roles import StaffTask as StaffTask
from kring.kit.db import DbSession
from kring.kit.errors import Forbidden, KringError, NotFound
from kring.kit.i18n import N_
from kring.models.organisation import Membership, Organisation

__all__ = [
    "OrganisationChoiceRequired",
    "OrganisationPrincipal",
    "StaffTask",
    "acting_for",
    "active_organisation",
    "organisation_principal",
]


class OrganisationChoiceRequired(KringError):
    status, slug, title = 409, "organisation-choice-required", N_("Choose an organisation")


def active_organisation(principal: Principal) -> uuid.UUID:
    """The organisation the principal acts for, or a 409 asking them to choose one first."""
    if principal.active_organisation_id is None:
        raise OrganisationChoiceRequired(N_("Choose the organisation you act for first."))
    return principal.active_organisation_id


@dataclass(frozen=True)
class OrganisationPrincipal:
    """A principal acting for one organisation, and how."""

    principal: Principal
    organisation_id: uuid.UUID
    # The principal's own membership; None for staff and API clients.
    membership_id: uuid.UUID | None
    is_admin: bool

    @property
    def via_staff(self) -> bool:
        return self.membership_id is None and self.principal.api_client_id is None


async def acting_for(
    db: AsyncSession,
    principal: Principal,
    organisation_id: uuid.UUID,
    *,
    staff_task: StaffTask | None,
    admin: bool = False,
    admin_refusal: str = N_("Only your organisation's portal admins may do this."),
) -> OrganisationPrincipal:
    """The principal acting for `organisation_id`, or 404 (not theirs) / 403 (not an admin).

    Staff act for any existing organisation when `staff_task` is given and their role allows
    it; API clients and members only for their own (the active) organisation, which a member
    of several must choose first (409).
    """
    if principal.api_client_id is None and principal.is_staff:
        if staff_task is None or not principal.may(staff_task):
            raise NotFound()
        found = await db.scalar(select(exists().where(Organisation.id == organisation_id)))
        if not found:
            raise NotFound()
        return OrganisationPrincipal(principal, organisation_id, None, is_admin=True)
    if principal.active_organisation_id is None and not principal.is_member:
        # Someone who belongs to no organisation has none to choose: nothing is theirs here.
        raise NotFound()
    if active_organisation(principal) != organisation_id:
        raise NotFound()
    if principal.api_client_id is not None:
        if admin:
            raise Forbidden(admin_refusal)
        return OrganisationPrincipal(principal, organisation_id, None, is_admin=False)
    own = await _own_membership(db, principal, organisation_id)
    if own is None:
        raise NotFound()
    membership_id, portal_admin = own
    if admin and not portal_admin:
        raise Forbidden(admin_refusal)
    return OrganisationPrincipal(principal, organisation_id, membership_id, is_admin=portal_admin)


_OWN_MEMBERSHIP = select(Membership.id, Membership.portal_admin).where(
    Membership.user_id == bindparam("user_id"),
    Membership.organisation_id == bindparam("organisation_id"),
    Membership.portal_employee.is_(True),
)


async def _own_membership(
    db: AsyncSession, principal: Principal, organisation_id: uuid.UUID
) -> tuple[uuid.UUID, bool] | None:
    """The person's membership there (id, portal admin), from what the request resolved."""
    if principal.memberships is not None:
        for membership in principal.memberships:
            if membership.organisation_id == organisation_id:
                return membership.membership_id, membership.portal_admin
        return None
    found = (
        await db.execute(
            _OWN_MEMBERSHIP, {"user_id": principal.user_id, "organisation_id": organisation_id}
        )
    ).first()
    return (found.id, found.portal_admin) if found else None


def organisation_principal(
    *,
    staff_task: StaffTask | None,
    admin: bool = False,
    admin_refusal: str = N_("Only your organisation's portal admins may do this."),
    principal_dependency: Any = None,
) -> Any:
    """A dependency for routes with an `organisation_id` path parameter:
    `Annotated[OrganisationPrincipal, organisation_principal(staff_task=...)]`."""

    async def dependency(
        organisation_id: uuid.UUID,
        db: DbSession,
        # A default, not `Annotated`: string annotations cannot see this closure's variables.
        principal: Principal = principal_dependency or Depends(signed_in),
    ) -> OrganisationPrincipal:
        return await acting_for(
            db,
            principal,
            organisation_id,
            staff_task=staff_task,
            admin=admin,
            admin_refusal=admin_refusal,
        )

    return Depends(dependency)
