"""An orders world: a supplier branch (with a phone) serving two umbrella organisations, one with
the AD contract, and another branch serving a third; a care professional linked to the first
two, one linked to the third, branch staff of the first branch and a Kring admin; a small
catalogue (a wheelchair with an AD option, an AD cushion, a bed, a device for sale, one
withdrawn). Orders are placed through the API and moved on by the branch through the API."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from fastapi import FastAPI
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.kit.working_days import AMSTERDAM
from kring.models.catalogue import AssistiveDevice, AssistiveDeviceOption
from kring.models.order import AssistiveOrder
from kring.models.organisation import Membership, Organisation
from kring.models.user import User
from tests.members.helpers import Person, person

ORDERS = "/api/v1/orders"
ADMIN_ORDERS = "/api/v1/admin/orders"


def today() -> date:
    return datetime.now(AMSTERDAM).date()


def days_ahead(days: int) -> str:
    return (today() + timedelta(days=days)).isoformat()


ADDRESS = {
    "street": "Lindelaan",
    "house_number": "12",
    "house_number_addition": "A",
    "postcode": "3511ab",
    "city": "Utrecht",
}
CONTACT = {"name": "Karin de Boer", "phone": "06 12345678"}


@dataclass
class World:
    app: FastAPI
    session: AsyncSession
    settings: Settings
    branch: Organisation
    other_branch: Organisation
    with_ad: Organisation
    without_ad: Organisation
    foreign_org: Organisation
    pro: Person
    foreign: Person
    branch_staff: Person
    admin: Person
    devices: dict[str, AssistiveDevice] = field(default_factory=dict)
    options: dict[str, AssistiveDeviceOption] = field(default_factory=dict)

    def rental(self, organisation: Organisation | None = None, **changes: Any) -> dict[str, Any]:
        body: dict[str, Any] = {
            "kind": "rental",
            "organisation_id": str((organisation or self.with_ad).id),
            "client": {"name": "J. Jansen", "birth_date": "1941-03-15", "address": ADDRESS},
            "contact": CONTACT,
            "wlz_indication": False,
            "device_id": str(self.devices["wheelchair"].id),
            "desired_date": days_ahead(7),
            "notes": "Graag in de ochtend.",
        }
        body.update(changes)
        return body

    def follow_up(self, kind: str, rental_id: str, **changes: Any) -> dict[str, Any]:
        body: dict[str, Any] = {
            "kind": kind,
            "rental_order_id": rental_id,
            "contact": CONTACT,
            "desired_date": days_ahead(3),
        }
        if kind in ("repair", "adjustment"):
            body["description"] = "De rem van het linkerwiel houdt niet meer."
        body.update(changes)
        return body

    async def place(self, body: dict[str, Any], who: Person | None = None) -> dict[str, Any]:
        answer = await (who or self.pro).call("POST", ORDERS, body)
        assert answer.status_code == 201, answer.json()
        placed: dict[str, Any] = answer.json()
        return placed

    async def change(
        self, order_id: str, status: str, on: date | None = None, who: Person | None = None
    ) -> Any:
        body: dict[str, Any] = {"status": status}
        if on is not None:
            body["on_date"] = on.isoformat()
        return await (who or self.branch_staff).call(
            "POST", f"{ADMIN_ORDERS}/{order_id}/status", body
        )

    async def moved(self, order_id: str, status: str, on: date | None = None) -> dict[str, Any]:
        answer = await self.change(order_id, status, on)
        assert answer.status_code == 200, answer.json()
        moved: dict[str, Any] = answer.json()
        return moved

    async def moved_by(self, who: Person, order_id: str, status: str) -> dict[str, Any]:
        answer = await self.change(order_id, status, today(), who)
        assert answer.status_code == 200, answer.json()
        moved: dict[str, Any] = answer.json()
        return moved

    async def delivered_rental(self, **changes: Any) -> dict[str, Any]:
        """A rental placed and delivered today."""
        order = await self.place(self.rental(**changes))
        return await self.moved(order["id"], "delivered", today())

    async def backdate(self, order_id: str, days: int) -> None:
        """Move an order's dates `days` into the past (placed, planned, delivered, ...)."""
        back = timedelta(days=days)
        order = AssistiveOrder
        await self.session.execute(
            update(order)
            .where(order.id == uuid.UUID(order_id))
            .values(
                placed_on=order.placed_on - back,
                created_at=order.created_at - back,
                desired_date=order.desired_date - back,
                client_birth_date=order.client_birth_date - back,
                planned_for=order.planned_for - back,
                delivered_on=order.delivered_on - back,
                rental_ended_on=order.rental_ended_on - back,
                picked_up_on=order.picked_up_on - back,
                repaired_on=order.repaired_on - back,
                adjusted_on=order.adjusted_on - back,
            )
        )
        await self.session.commit()


async def catalogue(session: AsyncSession) -> tuple[dict[str, Any], dict[str, Any]]:
    def device(code: str, nl: str, en: str, category: str, **more: Any) -> AssistiveDevice:
        return AssistiveDevice(
            code=code,
            name_nl=nl,
            name_fr=f"{en} (fr)",
            name_en=en,
            category=category,
            supply=more.pop("supply", "rental"),
            needs_ad_contract=category == "AD",
            **more,
        )

    devices = {
        "wheelchair": device("HB-1024", "Rolstoel standaard", "Standard wheelchair", "GRZ"),
        "cushion": device("HB-3001", "AD-kussen", "Pressure-relief cushion", "AD"),
        "bed": device("HB-2001", "Hoog-laagbed", "Height-adjustable bed", "ELV"),
        "sold": device("HB-9001", "Douchekruk", "Shower crutch", "GRZ", supply="sale"),
        "withdrawn": device("HB-9999", "Oude rolstoel", "Old wheelchair", "GRZ", active=False),
    }
    session.add_all(devices.values())
    await session.flush()
    wheelchair = devices["wheelchair"].id

    def option(nl: str, en: str, needs: bool, **more: Any) -> AssistiveDeviceOption:
        return AssistiveDeviceOption(
            device_id=more.pop("device_id", wheelchair),
            name_nl=nl,
            name_fr=f"{en} (fr)",
            name_en=en,
            needs_ad_contract=needs,
            **more,
        )

    options = {
        "standard": option("Standaard zitting", "Standard seat", False, position=0),
        "ad_seat": option(
            "Plankzitting met AD-kussen", "Solid seat with AD cushion", True, position=1
        ),
        "old": option("Oude zitting", "Old seat", False, active=False),
        "bed_rails": option("Met bedhekken", "With bed rails", False, device_id=devices["bed"].id),
    }
    session.add_all(options.values())
    await session.commit()
    return devices, options


async def world(app: FastAPI, session: AsyncSession, settings: Settings) -> World:
    branch = Organisation(
        kind="supplier_branch",
        name="HartingBank vestiging Utrecht",
        phone="+31302345678",
        opening_hours="Ma-vr 8.00-17.00",
    )
    other_branch = Organisation(
        kind="supplier_branch", name="Vestiging Zwolle", phone="+31381234567"
    )
    session.add_all([branch, other_branch])
    await session.flush()
    with_ad = Organisation(
        kind="umbrella", name="Zorggroep De Linde", ad_contract=True, supplier_branch_id=branch.id
    )
    without_ad = Organisation(
        kind="umbrella", name="Stichting Zonnehuis", supplier_branch_id=branch.id
    )
    foreign_org = Organisation(
        kind="umbrella",
        name="Zorgkring Zwolle",
        ad_contract=True,
        supplier_branch_id=other_branch.id,
    )
    session.add_all([with_ad, without_ad, foreign_org])
    await session.commit()
    pro = await person(app, session, settings, "petra@linde.example", "Petra", with_ad)
    session.add(Membership(user_id=pro.user.id, organisation_id=without_ad.id))
    foreign = await person(app, session, settings, "bo@zwolle.example", "Bo", foreign_org)
    branch_staff = await person(
        app, session, settings, "vera@hartingbank.example", "Vera", staff_role="branch"
    )
    await session.execute(
        update(User).where(User.id == branch_staff.user.id).values(staff_branch_id=branch.id)
    )
    admin = await person(app, session, settings, "bea@kring.example", "Bea", staff_role="admin")
    await session.commit()
    devices, options = await catalogue(session)
    return World(
        app,
        session,
        settings,
        branch,
        other_branch,
        with_ad,
        without_ad,
        foreign_org,
        pro,
        foreign,
        branch_staff,
        admin,
        devices,
        options,
    )


async def staff(world: World, email: str, role: str, branch: Organisation | None = None) -> Person:
    """Another staff member (of the branch role: working for `branch`)."""
    who = await person(world.app, world.session, world.settings, email, "Staf", staff_role=role)
    if branch is not None:
        await world.session.execute(
            update(User).where(User.id == who.user.id).values(staff_branch_id=branch.id)
        )
        await world.session.commit()
    return who
