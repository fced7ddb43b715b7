"""Who may read and change organisations: their members and API clients read their own, every
staff role reads any, and Kring's admins and advisors create and change them."""

from __future__ import annotations

from typing import Annotated

from kring.auth.dependencies import signed_in_or_scope, staff_for
from kring.auth.organisations import OrganisationPrincipal, StaffTask, organisation_principal
from kring.auth.principal import Principal

OrganisationReader = Annotated[
    OrganisationPrincipal,
    organisation_principal(
        staff_task=StaffTask.view_organisations,
        principal_dependency=signed_in_or_scope("organisation:read"),
    ),
]
OrganisationViewer = Annotated[Principal, staff_for(StaffTask.view_organisations)]
OrganisationManager = Annotated[Principal, staff_for(StaffTask.manage_organisations)]
