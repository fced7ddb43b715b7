"""Reading projects: an organisation member's (their organisation's, or only the projects they
belong to), staff's (every project). Every read starts from one of the `readable` statements."""

from __future__ import annotations

from sqlalchemy import Exists, Select, exists, select

from kring.auth.principal import Principal
from kring.kit.repository import Repository
from kring.models.project import Project, ProjectMember
from kring.projects.auth import OrganisationPrincipal, sees_every_project


def is_member_of(acting: OrganisationPrincipal) -> Exists:
    """The project has the acting person's membership among its members."""
    return exists().where(
        ProjectMember.project_id == Project.id,
        ProjectMember.membership_id == acting.membership_id,
    )


class ProjectRepository(Repository[Project, OrganisationPrincipal]):
    model = Project

    def readable(self, acting: OrganisationPrincipal) -> Select[Project]:
        statement = select(Project).where(Project.organisation_id == acting.organisation_id)
        if not sees_every_project(acting):
            statement = statement.where(is_member_of(acting))
        return statement


class StaffProjectRepository(Repository[Project, Principal]):
    """Staff with `view_projects` read every project (the route's dependency checked the role)."""

    model = Project

    def readable(self, principal: Principal) -> Select[Project]:
        return select(Project)
