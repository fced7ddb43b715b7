"""A projects world: De Linde (its portal admin Petra and employee Cas), another organisation
(its admin Bo), a supplier branch, a care manager (Karin) who leads the projects, a Kring admin
and an advisor. Projects and shifts are made through the staff API."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.kit.working_days import AMSTERDAM
from kring.models.invoice import Invoice
from kring.models.organisation import Organisation
from kring.models.project import ProjectMember
from kring.models.user import User
from tests.members.helpers import Parties, Person, parties, person

ADMIN_PROJECTS = "/api/v1/admin/projects"
ADMIN_SHIFTS = "/api/v1/admin/shifts"
ADDRESS = {
    "street": "Lindelaan",
    "house_number": "12",
    "postcode": "3511ab",
    "city": "Utrecht",
}


def today() -> date:
    return datetime.now(AMSTERDAM).date()


def day(offset: int) -> str:
    return (today() + timedelta(days=offset)).isoformat()


@dataclass
class World:
    app: FastAPI
    session: AsyncSession
    settings: Settings
    p: Parties
    branch: Organisation
    karin: Person  # care manager
    advisor: Person

    @property
    def linde(self) -> Organisation:
        return self.p.linde

    def portal(self, organisation: Organisation | None = None, suffix: str = "") -> str:
        return f"/api/v1/organisations/{(organisation or self.linde).id}/projects{suffix}"

    def project_body(self, **changes: Any) -> dict[str, Any]:
        body: dict[str, Any] = {
            "organisation_id": str(self.linde.id),
            "name": "Woonvoorziening De Linde",
            "kind": "residential",
            "description": "Twaalf appartementen.",
            "address": ADDRESS,
            "starts_on": day(-60),
            "ends_on": None,
            "leader_id": str(self.karin.user.id),
        }
        body.update(changes)
        return body

    async def project(self, who: Person | None = None, **changes: Any) -> dict[str, Any]:
        answer = await (who or self.karin).call(
            "POST", ADMIN_PROJECTS, self.project_body(**changes)
        )
        assert answer.status_code == 201, answer.json()
        made: dict[str, Any] = answer.json()
        return made

    async def add(self, project_id: str, membership_id: object) -> None:
        answer = await self.karin.call(
            "PUT", f"{ADMIN_PROJECTS}/{project_id}/members/{membership_id}"
        )
        assert answer.status_code == 204, answer.text

    def shift_body(self, **changes: Any) -> dict[str, Any]:
        body: dict[str, Any] = {
            "works_on": day(1),
            "starts_at": "07:00",
            "ends_at": "15:30",
            "break_minutes": 30,
            "function": "nurse",
            "worker_name": "Sanne Bakker",
        }
        body.update(changes)
        return body

    async def shift(self, project_id: str, **changes: Any) -> dict[str, Any]:
        answer = await self.karin.call(
            "POST", f"{ADMIN_PROJECTS}/{project_id}/shifts", self.shift_body(**changes)
        )
        assert answer.status_code == 201, answer.json()
        made: dict[str, Any] = answer.json()
        return made

    async def members_of(self, project_id: str) -> set[str]:
        found = await self.session.scalars(
            select(ProjectMember.membership_id).where(ProjectMember.project_id == project_id)
        )
        return {str(m) for m in found}

    async def set_flag(self, who: Person, value: bool, **more: Any) -> None:
        """The portal admin changes a colleague's "contact for all projects"."""
        assert who.membership is not None
        answer = await self.p.admin.call(
            "PATCH",
            self.p.members_url(f"/{who.membership.id}"),
            {"contact_for_all_projects": value, **more},
        )
        assert answer.status_code == 200, answer.json()

    async def invoice(self, project_id: str) -> Invoice:
        """An invoice of the project (the invoices domain makes them; only its row matters)."""
        start = today().replace(day=1) - timedelta(days=40)
        start = start.replace(day=1)
        end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        row = Invoice(
            number=f"{start.year}-000001",
            organisation_id=self.linde.id,
            project_id=project_id,
            period_start=start,
            period_end=end,
            issued_on=end + timedelta(days=1),
            due_on=end + timedelta(days=15),
            subtotal_cents=0,
            vat_cents=0,
            total_cents=0,
        )
        self.session.add(row)
        await self.session.commit()
        return row


async def world(app: FastAPI, session: AsyncSession, settings: Settings) -> World:
    p = await parties(app, session, settings)
    branch = Organisation(kind="supplier_branch", name="Vestiging Utrecht")
    session.add(branch)
    await session.commit()
    karin = await person(
        app, session, settings, "karin@kring.example", "Karin", staff_role="care_manager"
    )
    karin.user.last_name = "Smit"
    karin.user.phone_for_questions = "+31302345678"
    await session.commit()
    advisor = await person(
        app, session, settings, "arie@kring.example", "Arie", staff_role="advisor"
    )
    return World(app, session, settings, p, branch, karin, advisor)


async def user(session: AsyncSession, email: str) -> User:
    found = await session.scalar(select(User).where(User.email == email))
    assert found is not None
    return found
