"""The acting context: memberships, choosing the organisation to act for, 2FA for members."""

from __future__ import annotations

from typing import Any

import pyotp
from httpx import AsyncClient
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from kring.config import Settings
from kring.dev.demo import DEMO_ACCOUNTS, DEMO_PASSWORD, seed_demo
from kring.models.organisation import Membership, Organisation
from kring.models.user import User
from tests.accounts.helpers import csrf, log_in, make_user


async def _member_of(
    session: AsyncSession, user: User, *names: str, employee: bool = True
) -> list[Organisation]:
    organisations = [Organisation(kind="umbrella", name=name) for name in names]
    session.add_all(organisations)
    await session.flush()
    session.add_all(
        Membership(user_id=user.id, organisation_id=o.id, portal_employee=employee)
        for o in organisations
    )
    await session.commit()
    return organisations


async def _log_in_demo_pro(client: AsyncClient, settings: Settings) -> dict[str, object]:
    answer = (await log_in(client, "pro@kring.demo", DEMO_PASSWORD)).json()
    secret = next(a.totp_secret for a in DEMO_ACCOUNTS if a.email == "pro@kring.demo")
    headers = csrf(client, settings) if "kring_csrf" in client.cookies else {}
    verified = await client.post(
        "/api/v1/auth/mfa/verify",
        headers=headers,
        json={
            "challenge_id": answer["challenge_id"],
            "method": "totp",
            "code": pyotp.TOTP(secret or "").now(),
        },
    )
    assert verified.status_code == 200, verified.json()
    result: dict[str, object] = verified.json()
    return result


async def test_a_member_of_two_organisations_chooses_one_and_can_switch(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await seed_demo(session, settings)
    await session.commit()
    signed_in = await _log_in_demo_pro(client, settings)
    assert signed_in["organisation_choice_required"] is True
    me = (await client.get("/api/v1/me")).json()
    assert me["active_organisation_id"] is None
    names = [m["organisation_name"] for m in me["memberships"]]
    assert names == ["Stichting Zonnehuis", "Zorggroep De Linde"]

    filtered = (await client.get("/api/v1/me/organisations", params={"q": "linde"})).json()
    assert [m["organisation_name"] for m in filtered] == ["Zorggroep De Linde"]
    linde = filtered[0]["organisation_id"]
    chosen = await client.put(
        "/api/v1/me/active-organisation",
        headers=csrf(client, settings),
        json={"organisation_id": linde},
    )
    assert chosen.status_code == 200
    assert (await client.get("/api/v1/me")).json()["active_organisation_id"] == linde

    zonnehuis = next(
        m["organisation_id"]
        for m in me["memberships"]
        if m["organisation_name"] == "Stichting Zonnehuis"
    )
    switched = await client.put(
        "/api/v1/me/active-organisation",
        headers=csrf(client, settings),
        json={"organisation_id": zonnehuis},
    )
    assert switched.json()["active_organisation_id"] == zonnehuis


async def test_an_organisation_one_may_not_act_for_is_not_found(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    user = await make_user(session)
    [own] = await _member_of(session, user, "Eigen Zorg")
    [contact_only] = await _member_of(session, user, "Alleen Contact", employee=False)
    other_user = await make_user(session, "cas@example.org", first_name="Cas")
    [foreign] = await _member_of(session, other_user, "Andermans Zorg")

    # Members must log in with a second factor: set one up first.
    signed_in = (await log_in(client)).json()
    assert signed_in["mfa_setup_required"] is True
    assert signed_in["organisation_choice_required"] is False  # only one to act for
    assert signed_in["me"]["active_organisation_id"] == str(own.id)
    assert (await client.get("/api/v1/me/organisations")).status_code == 403  # 2FA first

    from tests.accounts.test_mfa import set_up_totp

    await set_up_totp(client, settings)
    listed = (await client.get("/api/v1/me/organisations")).json()
    assert [m["organisation_name"] for m in listed] == ["Eigen Zorg"]
    for organisation in (foreign, contact_only):
        refused = await client.put(
            "/api/v1/me/active-organisation",
            headers=csrf(client, settings),
            json={"organisation_id": str(organisation.id)},
        )
        assert refused.status_code == 404


async def test_turning_portal_employee_off_drops_the_active_organisation_at_once(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await seed_demo(session, settings)
    await session.commit()
    await _log_in_demo_pro(client, settings)
    me = (await client.get("/api/v1/me")).json()
    first = me["memberships"][0]["organisation_id"]
    await client.put(
        "/api/v1/me/active-organisation",
        headers=csrf(client, settings),
        json={"organisation_id": first},
    )
    await session.execute(
        update(Membership).where(Membership.organisation_id == first).values(portal_employee=False)
    )
    await session.commit()
    after = (await client.get("/api/v1/me")).json()
    assert after["active_organisation_id"] is None
    assert [m["organisation_id"] for m in after["memberships"]] != [first]
    assert first not in [m["organisation_id"] for m in after["memberships"]]


async def test_scoped_queries_only_ever_see_the_active_organisation(
    session: AsyncSession,
) -> None:
    import pytest

    from kring.auth.organisations import OrganisationChoiceRequired, OrganisationPrincipal
    from kring.auth.principal import Principal
    from kring.members.repository import MemberRepository
    from kring.organisations.repository import OrganisationRepository

    anna = await make_user(session)
    cas = await make_user(session, "cas@example.org", first_name="Cas")
    [ours] = await _member_of(session, anna, "Eigen Zorg")
    [theirs] = await _member_of(session, cas, "Andermans Zorg")
    principal = Principal(user=anna, session=None, staff_role=None, active_organisation_id=ours.id)
    acting = OrganisationPrincipal(principal, ours.id, None, is_admin=False)
    rows = (await session.scalars(MemberRepository(session).readable(acting))).all()
    assert [m.user_id for m in rows] == [anna.id]
    organisations = OrganisationRepository(session)
    assert await organisations.exists(principal, ours.id)
    assert not await organisations.exists(principal, theirs.id)

    undecided = Principal(user=anna, session=None, staff_role=None)
    with pytest.raises(OrganisationChoiceRequired):
        organisations.readable(undecided)


async def test_me_reads_the_session_person_and_memberships_in_one_statement(
    client: AsyncClient, session: AsyncSession, settings: Settings, connection: AsyncConnection
) -> None:
    await seed_demo(session, settings)
    await session.commit()
    await _log_in_demo_pro(client, settings)
    statements: list[str] = []

    # Watched on the driver: hot reads go straight to it, past SQLAlchemy's events.
    driver = (await connection.get_raw_connection()).driver_connection

    def seen(record: Any) -> None:
        if record.query.lstrip().upper().startswith("SELECT"):
            statements.append(record.query)

    driver.add_query_logger(seen)
    try:
        me = await client.get("/api/v1/me")
    finally:
        driver.remove_query_logger(seen)
    assert me.status_code == 200
    assert len(me.json()["memberships"]) == 2
    assert len(statements) == 1, statements
