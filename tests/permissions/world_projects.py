"""The matrix's projects: De Linde's project with the employee as a member, one of De Linde's
without them, and the other organisation's project; a planned shift in each; all led by the
care manager."""

from __future__ import annotations

from datetime import time, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.models.organisation import Membership, Organisation
from kring.models.project import Project, ProjectMember, Shift
from kring.models.user import User
from kring.projects.service import today


async def project_objects(
    session: AsyncSession, linde: Organisation, other: Organisation
) -> tuple[dict[str, str], dict[str, str]]:
    """(De Linde's ids, the other organisation's ids)."""
    leader = await session.scalar(select(User).where(User.email == "care_manager@kring.example"))
    employee = await session.scalar(
        select(Membership)
        .join(User, User.id == Membership.user_id)
        .where(User.email == "cas@linde.example")
    )
    assert leader is not None
    assert employee is not None
    on = today()
    projects = {}
    for tag, organisation in (("mine", linde), ("unjoined", linde), ("theirs", other)):
        project = Project(
            organisation_id=organisation.id,
            name=f"Project {tag}",
            kind="residential",
            starts_on=on - timedelta(days=30),
            leader_id=leader.id,
        )
        session.add(project)
        await session.flush()
        session.add(
            Shift(
                project_id=project.id,
                works_on=on + timedelta(days=1),
                starts_at=time(7),
                ends_at=time(15),
                break_minutes=30,
                function="nurse",
                worker_name="Sanne Bakker",
                hourly_rate_cents=5200,
            )
        )
        projects[tag] = project
    session.add(
        ProjectMember(
            project_id=projects["mine"].id,
            membership_id=employee.id,
            organisation_id=linde.id,
        )
    )
    await session.commit()

    async def shift_of(project: Project) -> str:
        return str(await session.scalar(select(Shift.id).where(Shift.project_id == project.id)))

    common = {"leader_id": str(leader.id), "today": on.isoformat()}
    mine = {
        "project_id": str(projects["mine"].id),
        "unjoined_project_id": str(projects["unjoined"].id),
        "shift_id": await shift_of(projects["mine"]),
    }
    theirs = {
        "project_id": str(projects["theirs"].id),
        "unjoined_project_id": str(projects["theirs"].id),
        "shift_id": await shift_of(projects["theirs"]),
    }
    return {**common, **mine}, {**common, **theirs}
