"""A correspondence world: a supplier branch serving De Linde (and another branch), an
organisation without a branch; De Linde's employee Petra (who reads French) and her colleague
Cas (a portal admin); a project led by the care manager Carla with Petra as a member, and one
Petra is not a member of; another care manager, branch staff of each branch, and an admin."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from fastapi import FastAPI
from httpx import Response
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.models.organisation import Organisation
from kring.models.project import Project, ProjectMember
from kring.models.user import User
from tests.members.helpers import Person, person

ADMIN = "/api/v1/admin/questions"
QUESTION = {"subject": "Extra dienst", "body": "Kunnen jullie op 24 december een avonddienst?"}


@dataclass
class World:
    session: AsyncSession
    branch: Organisation
    other_branch: Organisation
    linde: Organisation
    lonely: Organisation
    project: Project
    other_project: Project
    petra: Person
    cas: Person
    lonely_member: Person
    carla: Person
    cor: Person
    vera: Person
    olaf: Person
    bea: Person

    def url(self, suffix: str, organisation: Organisation | None = None) -> str:
        return f"/api/v1/organisations/{(organisation or self.linde).id}{suffix}"

    async def ask(self, who: Person | None = None, project: Project | None = None) -> Any:
        """A question (about `project`, else a general one) that must succeed."""
        suffix = f"/projects/{project.id}/questions" if project else "/questions"
        answer = await (who or self.petra).call("POST", self.url(suffix), QUESTION)
        assert answer.status_code == 201, answer.json()
        return answer.json()

    async def queue(self, who: Person, view: str = "waiting") -> list[dict[str, Any]]:
        answer = await who.call("GET", f"{ADMIN}?view={view}")
        assert answer.status_code == 200, answer.json()
        items: list[dict[str, Any]] = answer.json()["items"]
        return items

    async def answer(self, who: Person, thread_id: str, body: str = "Dat kan.") -> Response:
        return await who.call("POST", f"{ADMIN}/{thread_id}/answers", {"body": body})

    async def mine(self, who: Person | None = None, view: str = "open") -> list[dict[str, Any]]:
        answer = await (who or self.petra).call("GET", self.url(f"/correspondence?view={view}"))
        assert answer.status_code == 200, answer.json()
        items: list[dict[str, Any]] = answer.json()["items"]
        return items

    async def unread(self, who: Person | None = None) -> int:
        answer = await (who or self.petra).call("GET", self.url("/correspondence/unread"))
        assert answer.status_code == 200, answer.json()
        return int(answer.json()["unread"])


async def _staff(
    app: FastAPI,
    session: AsyncSession,
    settings: Settings,
    email: str,
    name: str,
    role: str,
    branch: Organisation | None = None,
) -> Person:
    who = await person(app, session, settings, email, name, staff_role=role)
    if branch is not None:
        await session.execute(
            update(User).where(User.id == who.user.id).values(staff_branch_id=branch.id)
        )
        await session.commit()
    return who


async def world(app: FastAPI, session: AsyncSession, settings: Settings) -> World:
    branch = Organisation(kind="supplier_branch", name="Vestiging Utrecht", phone="+31302345678")
    other_branch = Organisation(kind="supplier_branch", name="Vestiging Zwolle")
    session.add_all([branch, other_branch])
    await session.flush()
    linde = Organisation(
        kind="care_organisation", name="Zorggroep De Linde", supplier_branch_id=branch.id
    )
    lonely = Organisation(kind="care_organisation", name="Stichting Zonder Vestiging")
    session.add_all([linde, lonely])
    await session.commit()
    petra = await person(app, session, settings, "petra@linde.example", "Petra", linde)
    await session.execute(update(User).where(User.id == petra.user.id).values(language="fr"))
    cas = await person(app, session, settings, "cas@linde.example", "Cas", linde, admin=True)
    lonely_member = await person(app, session, settings, "lea@zonder.example", "Lea", lonely)
    carla = await _staff(app, session, settings, "carla@kring.example", "Carla", "care_manager")
    cor = await _staff(app, session, settings, "cor@kring.example", "Cor", "care_manager")
    vera = await _staff(app, session, settings, "vera@kring.example", "Vera", "branch", branch)
    olaf = await _staff(
        app, session, settings, "olaf@kring.example", "Olaf", "branch", other_branch
    )
    bea = await _staff(app, session, settings, "bea@kring.example", "Bea", "admin")
    project, other_project = (
        Project(
            organisation_id=linde.id,
            name=name,
            kind="residential",
            starts_on=date(2026, 1, 1),
            leader_id=carla.user.id,
        )
        for name in ("Woonvoorziening De Linde", "Dagbesteding De Linde")
    )
    session.add_all([project, other_project])
    await session.flush()
    assert petra.membership is not None
    session.add(
        ProjectMember(
            project_id=project.id, membership_id=petra.membership.id, organisation_id=linde.id
        )
    )
    await session.commit()
    return World(
        session,
        branch,
        other_branch,
        linde,
        lonely,
        project,
        other_project,
        petra,
        cas,
        lonely_member,
        carla,
        cor,
        vera,
        olaf,
        bea,
    )
