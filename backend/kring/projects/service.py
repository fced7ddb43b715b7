"""Projects: the organisation's care arrangements, their members and their shifts. Other
domains use what this module names."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from kring.models.project import Project
from kring.projects.auth import OrganisationPrincipal
from kring.projects.repository import ProjectRepository

__all__ = ["visible_project"]


async def visible_project(
    db: AsyncSession, acting: OrganisationPrincipal, project_id: uuid.UUID
) -> Project:
    """The project if the acting member may see it, else 404."""
    return await ProjectRepository(db).get(acting, project_id)
