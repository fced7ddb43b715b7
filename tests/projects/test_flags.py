"""The member flags as the source describes them. "Contact for all projects" on: the person
joins every current project of the organisation (not the ended ones) and every project made
later; off: they leave all projects, also one staff added them to. Changing other details
leaves the projects alone. Turning the flag on while a project is being created loses nobody."""

from __future__ import annotations

import asyncio

from fastapi import FastAPI
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.models.audit import AuditEvent
from kring.models.organisation import Membership, Organisation
from kring.models.project import Project, ProjectMember
from tests.accounts.helpers import csrf, log_in, make_user
from tests.accounts.test_mfa import set_up_totp
from tests.members.helpers import NEW_CONTACT, new_client
from tests.projects.helpers import ADMIN_PROJECTS, World, day


async def test_on_joins_current_projects_and_new_ones_off_leaves_all(w: World) -> None:
    cas = w.p.employee.membership
    assert cas is not None
    current = await w.project(name="Bloesem")
    open_ended_later = await w.project(name="Dahlia", starts_on=day(30))
    ends_today = await w.project(name="Eik", starts_on=day(-30), ends_on=day(0))
    ended = await w.project(name="Cactus", starts_on=day(-90), ends_on=day(-1))
    theirs = await w.project(name="Zonnehuis", organisation_id=str(w.p.other.id))

    await w.set_flag(w.p.employee, True)
    for joined in (current, open_ended_later, ends_today):
        assert str(cas.id) in await w.members_of(joined["id"]), joined["name"]
    assert await w.members_of(ended["id"]) == set()
    assert await w.members_of(theirs["id"]) == set()
    event = await w.session.scalar(
        select(AuditEvent).where(
            AuditEvent.action == "membership.changed",
            AuditEvent.details.has_key("projects_joined"),
        )
    )
    assert event is not None
    assert event.details["projects_joined"] == 3

    # A project made later picks the flagged member up (an ended one does not).
    later = await w.project(name="Fuchsia")
    assert await w.members_of(later["id"]) == {str(cas.id)}
    historic = await w.project(name="Gerbera", starts_on=day(-90), ends_on=day(-30))
    assert await w.members_of(historic["id"]) == set()

    # Off: out of every project, the ended one staff added them to included.
    await w.add(ended["id"], cas.id)
    await w.set_flag(w.p.employee, False)
    count = await w.session.scalar(
        select(func.count()).where(ProjectMember.membership_id == cas.id)
    )
    assert count == 0


async def test_other_changes_leave_a_single_project_alone(w: World) -> None:
    cas = w.p.employee.membership
    assert cas is not None
    made = await w.project()
    await w.add(made["id"], cas.id)
    # The form sends the flag as it is (off): nothing changes for the projects.
    await w.set_flag(w.p.employee, False, department="Planning")
    assert await w.members_of(made["id"]) == {str(cas.id)}
    # Turning it on and off again does remove them.
    await w.set_flag(w.p.employee, True)
    await w.set_flag(w.p.employee, False)
    assert await w.members_of(made["id"]) == set()


async def test_my_own_flag_and_a_new_contact_with_the_flag(w: World) -> None:
    made = await w.project()
    answer = await w.p.employee.call(
        "PATCH", "/api/v1/me/contact-details", {"contact_for_all_projects": True}
    )
    assert answer.status_code == 200, answer.json()
    assert w.p.employee.membership is not None
    assert await w.members_of(made["id"]) == {str(w.p.employee.membership.id)}

    answer = await w.p.admin.call(
        "POST", w.p.members_url(), {**NEW_CONTACT, "contact_for_all_projects": True}
    )
    assert answer.status_code == 201, answer.json()
    assert answer.json()["id"] in await w.members_of(made["id"])


async def test_staff_acting_for_the_organisation_set_the_flag_too(w: World) -> None:
    made = await w.project()
    assert w.p.employee.membership is not None
    answer = await w.p.staff.call(
        "PATCH",
        w.p.members_url(f"/{w.p.employee.membership.id}"),
        {"contact_for_all_projects": True},
    )
    assert answer.status_code == 200, answer.json()
    assert await w.members_of(made["id"]) == {str(w.p.employee.membership.id)}


async def test_the_flag_turned_on_while_a_project_is_created_loses_nobody(
    app: FastAPI, committed: async_sessionmaker[AsyncSession], settings: Settings
) -> None:
    """Each request alone would not see the other's uncommitted row; the organisation's lock
    makes them take turns, whichever comes first."""
    async with committed() as session:
        linde = Organisation(kind="care_organisation", name="Zorggroep De Linde")
        session.add(linde)
        await session.commit()
        petra = await make_user(session, "petra@linde.example", first_name="Petra")
        karin = await make_user(
            session, "karin@kring.example", first_name="Karin", staff_role="care_manager"
        )
        members = []
        for index in range(3):
            person = await make_user(session, f"lid{index}@linde.example", first_name="Lid")
            members.append(Membership(user_id=person.id, organisation_id=linde.id))
        session.add(Membership(user_id=petra.id, organisation_id=linde.id, portal_admin=True))
        session.add_all(members)
        await session.commit()
        linde_id, karin_id = linde.id, karin.id
        member_ids = [m.id for m in members]

    admin, manager = new_client(app), new_client(app)
    for client, email in ((admin, "petra@linde.example"), (manager, "karin@kring.example")):
        await log_in(client, email)
        await set_up_totp(client, settings)

    async def flag(membership_id: object) -> int:
        answer = await admin.patch(
            f"/api/v1/organisations/{linde_id}/members/{membership_id}",
            json={"contact_for_all_projects": True},
            headers=csrf(admin, settings),
        )
        return answer.status_code

    async def create(name: str) -> int:
        body = {
            "organisation_id": str(linde_id),
            "name": name,
            "kind": "residential",
            "starts_on": day(-1),
            "leader_id": str(karin_id),
        }
        answer = await manager.post(ADMIN_PROJECTS, json=body, headers=csrf(manager, settings))
        return answer.status_code

    statuses = await asyncio.gather(
        create("Een"), flag(member_ids[0]), create("Twee"), flag(member_ids[1]), flag(member_ids[2])
    )
    assert statuses == [201, 200, 201, 200, 200]
    async with committed() as session:
        projects = list(await session.scalars(select(Project.id)))
        assert len(projects) == 2
        for project_id in projects:
            found = set(
                await session.scalars(
                    select(ProjectMember.membership_id).where(
                        ProjectMember.project_id == project_id
                    )
                )
            )
            assert found == set(member_ids)
    await admin.aclose()
    await manager.aclose()
