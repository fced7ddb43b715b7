"""Who may use the project routes: the organisation's members (portal admins see every project
of their organisation, other members only the projects they belong to, read only), staff whose
role may view or manage projects (care managers, advisors, admins)."""

from __future__ import annotations

from typing import Annotated

from kring.auth.dependencies import staff_for
from kring.auth.organisations import OrganisationPrincipal, StaffTask, organisation_principal
from kring.auth.principal import Principal

__all__ = [
    "OrganisationPrincipal",
    "ProjectReader",
    "ProjectStaffManager",
    "ProjectStaffViewer",
    "sees_every_project",
]

ProjectReader = Annotated[
    OrganisationPrincipal, organisation_principal(staff_task=StaffTask.view_projects)
]
ProjectStaffViewer = Annotated[Principal, staff_for(StaffTask.view_projects)]
ProjectStaffManager = Annotated[Principal, staff_for(StaffTask.manage_projects)]


def sees_every_project(acting: OrganisationPrincipal) -> bool:
    """Portal admins (and staff acting for the organisation) see all of its projects; any other
    member only the projects they are a member of."""
    return acting.is_admin
