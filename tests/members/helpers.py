"""An organisation with an admin and an employee, another organisation, and a staff admin,
each logged in on their own client (with the second factor members and staff must have)."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import FastAPI
from httpx import ASGITransport, AsyncClient, Response
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.models.organisation import Membership, Organisation
from kring.models.user import User
from tests.accounts.helpers import csrf, log_in, make_user
from tests.accounts.test_mfa import set_up_totp


@dataclass
class Person:
    user: User
    client: AsyncClient
    settings: Settings
    membership: Membership | None = None

    async def call(self, method: str, url: str, json: object | None = None) -> Response:
        headers = csrf(self.client, self.settings) if method != "GET" else {}
        return await self.client.request(method, url, json=json, headers=headers)


@dataclass
class Parties:
    linde: Organisation
    other: Organisation
    admin: Person
    employee: Person
    foreign: Person
    staff: Person

    def members_url(self, suffix: str = "") -> str:
        return f"/api/v1/organisations/{self.linde.id}/members{suffix}"


def new_client(app: FastAPI) -> AsyncClient:
    transport = ASGITransport(app=app, raise_app_exceptions=False)
    return AsyncClient(transport=transport, base_url="https://testserver")


async def person(
    app: FastAPI,
    session: AsyncSession,
    settings: Settings,
    email: str,
    first_name: str,
    organisation: Organisation | None = None,
    *,
    admin: bool = False,
    staff_role: str | None = None,
) -> Person:
    user = await make_user(session, email, first_name=first_name, staff_role=staff_role)
    membership = None
    if organisation is not None:
        membership = Membership(
            user_id=user.id, organisation_id=organisation.id, portal_admin=admin
        )
        session.add(membership)
        await session.commit()
    client = new_client(app)
    await log_in(client, email)
    await set_up_totp(client, settings)
    return Person(user, client, settings, membership)


async def parties(app: FastAPI, session: AsyncSession, settings: Settings) -> Parties:
    linde = Organisation(kind="care_organisation", name="Zorggroep De Linde")
    other = Organisation(kind="care_organisation", name="Stichting Zonnehuis")
    session.add_all([linde, other])
    await session.commit()
    return Parties(
        linde=linde,
        other=other,
        admin=await person(
            app, session, settings, "petra@linde.example", "Petra", linde, admin=True
        ),
        employee=await person(app, session, settings, "cas@linde.example", "Cas", linde),
        foreign=await person(
            app, session, settings, "bo@zonnehuis.example", "Bo", other, admin=True
        ),
        staff=await person(app, session, settings, "bea@kring.example", "Bea", staff_role="admin"),
    )


NEW_CONTACT = {
    "initials": "D.",
    "first_name": "Daan",
    "last_name": "Jansen",
    "email": "daan@linde.example",
    "mobile": "06 12345678",
    "department": "Planning",
    "function_code": 221,
    "portal_employee": True,
}
