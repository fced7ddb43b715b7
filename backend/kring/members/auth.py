"""Who may see and manage an organisation's members: its members and API clients read, its
portal admins manage, Kring's staff whose role allows it act as a portal admin would; anyone
else finds nothing."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends

from kring.auth.dependencies import SignedIn, signed_in_or_scope, staff_for
from kring.auth.organisations import (
    OrganisationPrincipal,
    StaffTask,
    acting_for,
    active_organisation,
    organisation_principal,
)
from kring.auth.principal import Principal
from kring.kit.db import DbSession
from kring.kit.errors import NotFound

MemberReader = Annotated[
    OrganisationPrincipal,
    organisation_principal(
        staff_task=StaffTask.act_for_organisations,
        principal_dependency=signed_in_or_scope("members:read"),
    ),
]
MemberAdmin = Annotated[
    OrganisationPrincipal,
    organisation_principal(staff_task=StaffTask.act_for_organisations, admin=True),
]

# Staff who only read organisations (every staff role): the members list, nothing more. Not an
# organisation principal's dependency: its members and API clients use `MemberReader`.
OrganisationViewer = Annotated[Principal, staff_for(StaffTask.view_organisations)]


async def staff_member_viewer(
    organisation_id: uuid.UUID, db: DbSession, principal: OrganisationViewer
) -> OrganisationPrincipal:
    """Staff reading an organisation's members; an unknown organisation is not found."""
    return await acting_for(db, principal, organisation_id, staff_task=StaffTask.view_organisations)


MemberViewer = Annotated[OrganisationPrincipal, Depends(staff_member_viewer)]


async def own_membership(db: DbSession, principal: SignedIn) -> OrganisationPrincipal:
    """A member acting for their active organisation, with their own membership; someone who
    belongs to no organisation (a partner, a staff member) has no contact details there."""
    if not principal.is_member:
        raise NotFound()
    acting = await acting_for(db, principal, active_organisation(principal), staff_task=None)
    if acting.membership_id is None:
        raise NotFound()
    return acting


OwnMember = Annotated[OrganisationPrincipal, Depends(own_membership)]


def sees_addresses(acting: OrganisationPrincipal, membership_id: uuid.UUID) -> bool:
    """A person's home and postal address are for themselves, their organisation's portal
    admins and staff acting for it; colleagues see the rest of the card."""
    return acting.is_admin or acting.membership_id == membership_id
