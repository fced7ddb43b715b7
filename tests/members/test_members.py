"""Colleague management: the list, adding a contact person, rights, removal, 2FA reset."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from fastapi import FastAPI
from redis.asyncio import Redis
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.members.tasks import send_activations
from kring.models.audit import AuditEvent
from kring.models.mfa import MfaFactor
from kring.models.organisation import Membership, Organisation
from kring.models.user import User
from tests.accounts.helpers import queued_mails
from tests.members.helpers import NEW_CONTACT, Parties, person


async def test_an_admin_adds_a_contact_person_who_gets_one_activation_mail(
    p: Parties,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    settings: Settings,
) -> None:
    added = await p.admin.call("POST", p.members_url(), NEW_CONTACT)
    assert added.status_code == 201, added.json()
    member = added.json()
    assert member["account_status"] == "invited"
    assert member["mobile"] == "+31612345678"
    assert member["full_name"] == "Daan Jansen"
    # Not a contact without log-in: no mail for them.
    silent = {**NEW_CONTACT, "email": "els@linde.example", "portal_employee": False}
    assert (await p.admin.call("POST", p.members_url(), silent)).status_code == 201

    assert await queued_mails(session, "daan@linde.example") == []  # the job sends it
    assert await send_activations(sessionmaker, settings, datetime.now(UTC)) == 1
    [mail] = await queued_mails(session, "daan@linde.example")
    assert mail["template"] == "account_activation"
    assert "/pro/activate?token=" in str(mail["context"]["link"])  # type: ignore[index]
    assert await send_activations(sessionmaker, settings, datetime.now(UTC)) == 0
    assert await queued_mails(session, "els@linde.example") == []

    again = await p.admin.call(
        "POST", p.members_url(), {**NEW_CONTACT, "email": "BO@zonnehuis.example"}
    )
    assert again.status_code == 409
    wrong = await p.admin.call(
        "POST",
        p.members_url(),
        {**NEW_CONTACT, "email": "x@y.example", "function_code": 999, "birth_date": "1850-01-01"},
    )
    assert wrong.status_code == 422
    assert {e["field"] for e in wrong.json()["errors"]} == {"function_code", "birth_date"}


async def test_every_member_sees_and_searches_the_list_but_only_admins_change_it(
    p: Parties, session: AsyncSession
) -> None:
    listed = await p.employee.call("GET", p.members_url())
    assert listed.status_code == 200
    # By last name, then first name: neither has a last name here.
    assert [m["first_name"] for m in listed.json()["items"]] == ["Cas", "Petra"]
    assert listed.json()["next_cursor"] is None
    searched = await p.employee.call("GET", p.members_url("?q=petr"))
    assert [m["first_name"] for m in searched.json()["items"]] == ["Petra"]

    refused = await p.employee.call("POST", p.members_url(), NEW_CONTACT)
    assert refused.status_code == 403
    # Another organisation's members do not exist for them, not even an empty page.
    foreign = await p.foreign.call("GET", p.members_url())
    assert foreign.status_code == 404
    assert "items" not in foreign.text
    admin_id = p.admin.membership.id if p.admin.membership else None
    assert (await p.foreign.call("GET", p.members_url(f"/{admin_id}"))).status_code == 404
    assert len((await p.staff.call("GET", p.members_url())).json()["items"]) == 2


async def test_the_list_comes_in_pages_by_cursor(p: Parties) -> None:
    for number in range(3):
        contact = {**NEW_CONTACT, "email": f"d{number}@linde.example", "last_name": f"Z{number}"}
        assert (await p.admin.call("POST", p.members_url(), contact)).status_code == 201
    seen: list[str] = []
    url = p.members_url("?limit=2")
    while True:
        page = (await p.employee.call("GET", url)).json()
        assert len(page["items"]) <= 2
        seen += [m["last_name"] or m["first_name"] for m in page["items"]]
        if page["next_cursor"] is None:
            break
        url = p.members_url(f"?limit=2&cursor={page['next_cursor']}")
    assert seen == ["Cas", "Petra", "Z0", "Z1", "Z2"]
    bad = await p.employee.call("GET", p.members_url("?cursor=nonsense"))
    assert bad.status_code == 422
    assert bad.json()["errors"][0]["field"] == "cursor"


async def test_rights_change_and_the_last_admin_stays(p: Parties, session: AsyncSession) -> None:
    assert p.admin.membership
    assert p.employee.membership
    admin_rights = p.members_url(f"/{p.admin.membership.id}/rights")
    employee_rights = p.members_url(f"/{p.employee.membership.id}/rights")
    demote = {"portal_admin": False, "portal_employee": True}
    promote = {"portal_admin": True, "portal_employee": True}

    assert (await p.employee.call("PUT", employee_rights, promote)).status_code == 403
    last = await p.admin.call("PUT", admin_rights, demote)
    assert last.status_code == 409
    assert (
        await p.admin.call("DELETE", p.members_url(f"/{p.admin.membership.id}"))
    ).status_code == 409

    promoted = await p.admin.call("PUT", employee_rights, promote)
    assert promoted.status_code == 200
    assert promoted.json()["portal_admin"] is True
    # Now the former employee may act as admin, and the first admin may step down.
    assert (await p.employee.call("POST", p.members_url(), NEW_CONTACT)).status_code == 201
    assert (await p.admin.call("PUT", admin_rights, demote)).status_code == 200
    assert (
        await p.admin.call("POST", p.members_url(), {**NEW_CONTACT, "email": "z@z.example"})
    ).status_code == 403

    changes = await session.scalar(
        select(func.count())
        .select_from(AuditEvent)
        .where(AuditEvent.action == "membership.rights_changed")
    )
    assert changes == 2


async def test_removing_a_member_ends_their_access_to_the_organisation(
    p: Parties, session: AsyncSession
) -> None:
    assert p.employee.membership
    removed = await p.admin.call("DELETE", p.members_url(f"/{p.employee.membership.id}"))
    assert removed.status_code == 204
    gone = await p.employee.call("GET", p.members_url())
    assert gone.status_code == 404  # no organisation left: nothing here is theirs
    assert (await p.employee.call("GET", "/api/v1/me/organisations")).json() == []
    assert await session.get(User, p.employee.user.id) is not None  # the account stays


async def test_an_admin_resets_a_colleagues_two_step_verification(
    p: Parties, session: AsyncSession
) -> None:
    assert p.employee.membership
    assert p.admin.membership
    url = p.members_url(f"/{p.employee.membership.id}/mfa")
    assert (
        await p.employee.call("DELETE", p.members_url(f"/{p.admin.membership.id}/mfa"))
    ).status_code == 403
    assert (
        await p.admin.call("DELETE", p.members_url(f"/{p.admin.membership.id}/mfa"))
    ).status_code == 409
    assert (await p.admin.call("DELETE", url)).status_code == 204
    factors = await session.scalar(
        select(func.count()).select_from(MfaFactor).where(MfaFactor.user_id == p.employee.user.id)
    )
    assert factors == 0
    assert (await p.employee.call("GET", "/api/v1/me")).status_code == 401
    [mail] = [
        m
        for m in await queued_mails(session, "cas@linde.example")
        if m["template"] == "mfa_reset_by_admin"
    ]
    assert mail["context"]["organisation"] == "Zorggroep De Linde"  # type: ignore[index]
    listed = (await p.admin.call("GET", p.members_url("?q=cas"))).json()["items"]
    assert listed[0]["has_second_factor"] is False


async def test_my_contact_details_my_flags_but_not_my_rights(
    p: Parties, session: AsyncSession
) -> None:
    mine = await p.employee.call("GET", "/api/v1/me/contact-details")
    assert mine.status_code == 200
    assert mine.json()["email"] == "cas@linde.example"
    changed = await p.employee.call(
        "PATCH",
        "/api/v1/me/contact-details",
        {"phone": "030 123 4567", "email_services": True, "last_name": "de Boer", "gender": "male"},
    )
    assert changed.status_code == 200, changed.json()
    assert changed.json()["phone"] == "+31301234567"
    assert changed.json()["email_services"] is True
    for sneaky in ({"portal_admin": True}, {"email": "cas@elders.example"}):
        refused = await p.employee.call("PATCH", "/api/v1/me/contact-details", sneaky)
        assert refused.status_code == 422
        assert refused.json()["errors"][0]["field"] in sneaky
    assert (
        await p.employee.call("PATCH", "/api/v1/me/contact-details", {"first_name": None})
    ).status_code == 422
    assert (await p.staff.call("GET", "/api/v1/me/contact-details")).status_code == 404


async def test_members_see_their_organisation_with_the_supplier_contact_card(
    p: Parties, session: AsyncSession
) -> None:
    branch = Organisation(
        kind="supplier_branch",
        name="Kring Utrecht",
        phone="+31885138484",
        opening_hours="ma-vr 8.30-17.00",
        training_url="https://kring.example/trainingen",
    )
    session.add(branch)
    await session.flush()
    p.linde.supplier_branch_id = branch.id
    await session.commit()
    seen = (await p.employee.call("GET", f"/api/v1/organisations/{p.linde.id}")).json()
    assert seen["contact_card"] == {
        "name": "Kring Utrecht",
        "phone": "+31885138484",
        "email": None,
        "opening_hours": "ma-vr 8.30-17.00",
        "training_url": "https://kring.example/trainingen",
    }
    assert (await p.employee.call("GET", f"/api/v1/organisations/{p.other.id}")).status_code == 404
    codes = (await p.employee.call("GET", "/api/v1/function-codes")).json()
    assert [c["code"] for c in codes] == [100, 140, 200, 210, 220, 221]
    assert codes[0]["label"] == "Directeur"


async def test_two_admins_stepping_down_at_once_leave_one_admin(
    app: FastAPI, committed: async_sessionmaker[AsyncSession], redis: Redis, settings: Settings
) -> None:
    async with committed() as session:
        linde = Organisation(kind="care_organisation", name="Zorggroep De Linde")
        session.add(linde)
        await session.commit()
        first = await person(
            app, session, settings, "petra@linde.example", "Petra", linde, admin=True
        )
        second = await person(app, session, settings, "cas@linde.example", "Cas", linde, admin=True)
    assert first.membership
    assert second.membership
    demote = {"portal_admin": False, "portal_employee": True}
    answers = await asyncio.gather(
        first.call(
            "PUT", f"/api/v1/organisations/{linde.id}/members/{first.membership.id}/rights", demote
        ),
        second.call(
            "PUT", f"/api/v1/organisations/{linde.id}/members/{second.membership.id}/rights", demote
        ),
    )
    assert sorted(a.status_code for a in answers) == [200, 409]
    async with committed() as session:
        admins = await session.scalar(
            select(func.count())
            .select_from(Membership)
            .where(Membership.organisation_id == linde.id, Membership.portal_admin.is_(True))
        )
    assert admins == 1


async def test_rights_removal_and_2fa_resets_need_a_recent_second_factor(p: Parties) -> None:
    from datetime import timedelta

    import time_machine

    assert p.employee.membership
    member = p.members_url(f"/{p.employee.membership.id}")
    promote = {"portal_admin": True, "portal_employee": True}
    with time_machine.travel(datetime.now(UTC) + timedelta(minutes=6), tick=False):
        for method, url, body in (
            ("PUT", f"{member}/rights", promote),
            ("DELETE", member, None),
            ("DELETE", f"{member}/mfa", None),
        ):
            answer = await p.admin.call(method, url, body)
            assert answer.status_code == 401, (method, url)
            assert answer.json()["type"].endswith("/step-up-required")
        # Reading and editing details stay open.
        assert (await p.admin.call("PATCH", member, {"department": "Zorg"})).status_code == 200


async def test_the_database_refuses_what_the_api_refuses(p: Parties, session: AsyncSession) -> None:
    """Phone numbers in E.164 and birth dates from 1900, also for writes that skip the API."""
    from datetime import date

    from sqlalchemy import update
    from sqlalchemy.exc import IntegrityError

    assert p.employee.membership
    for statement in (
        update(Membership)
        .where(Membership.id == p.employee.membership.id)
        .values(mobile="0612345678"),
        update(Organisation).where(Organisation.id == p.linde.id).values(phone="030 123 4567"),
        update(User).where(User.id == p.employee.user.id).values(birth_date=date(1850, 1, 1)),
        update(User).where(User.id == p.employee.user.id).values(phone_for_questions="+0123"),
    ):
        savepoint = await session.begin_nested()
        try:
            await session.execute(statement)
            await session.flush()
        except IntegrityError:
            await savepoint.rollback()
        else:
            await savepoint.rollback()
            raise AssertionError(f"accepted: {statement}")
    await session.execute(
        update(Membership)
        .where(Membership.id == p.employee.membership.id)
        .values(mobile="+31612345678")
    )


async def test_each_staff_role_acts_for_organisations_as_the_staff_table_says(
    p: Parties, app: FastAPI, session: AsyncSession, settings: Settings
) -> None:
    """Members (admins and advisors), API clients (admins), organisations (every role): one
    rule, `acting_for`, with the task each route names."""
    advisor = await person(app, session, settings, "ad@kring.example", "Ad", staff_role="advisor")
    branch = await person(app, session, settings, "bo@kring.example", "Bo", staff_role="branch")
    organisation = f"/api/v1/organisations/{p.linde.id}"
    clients = f"{organisation}/api-clients"
    expected = [
        (advisor, {p.members_url(): 200, clients: 404, organisation: 200}),
        (branch, {p.members_url(): 404, clients: 404, organisation: 200}),
        (p.staff, {p.members_url(): 200, clients: 200, organisation: 200}),
    ]
    for who, answers in expected:
        seen = {url: (await who.call("GET", url)).status_code for url in answers}
        assert seen == answers, who.user.email
    # An organisation that does not exist is not found, for staff too.
    missing = f"/api/v1/organisations/{p.linde.id.hex[:-4]}beef/members"
    assert (await p.staff.call("GET", missing)).status_code == 404
    assert (await branch.call("GET", "/api/v1/admin/organisations")).status_code == 200
    made = await branch.call(
        "POST", "/api/v1/admin/organisations", {"kind": "umbrella", "name": "X"}
    )
    assert made.status_code == 403
