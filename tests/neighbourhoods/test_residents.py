"""Joining by address (postcode area, then place; NL and BE), moving, leaving, the invite, the
profile, and who sees a neighbourhood."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from fastapi import FastAPI
from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.models.audit import AuditEvent
from kring.models.neighbourhood import NeighbourhoodInvite, Resident, ResidentSkill
from kring.models.skill import Skill
from tests.accounts.helpers import queued_mails, token_from
from tests.neighbourhoods.helpers import ADMIN, MINE, World, address, world


async def test_no_neighbourhood_until_joined(w: World) -> None:
    anna = await w.resident("anna@example.org")
    assert (await anna.call("GET", MINE)).status_code == 404
    assert (await anna.call("DELETE", MINE)).status_code == 404
    assert (await anna.call("PUT", MINE + "/profile", {})).status_code == 404


async def test_joining_by_postcode_area_nl(w: World) -> None:
    anna = await w.resident("anna@example.org")
    joined = await w.join(anna, address("3582ab"))
    assert joined["neighbourhood"]["name"] == "Wittevrouwen"
    assert joined["address"]["postcode"] == "3582 AB"
    assert joined["joined_by"] == "address"
    assert joined["suspended"] is False
    assert (await anna.call("GET", MINE)).json() == joined
    resident = await w.session.scalar(select(Resident).where(Resident.user_id == anna.user.id))
    assert resident is not None
    assert resident.place_id is not None  # Utrecht


async def test_joining_by_place_and_in_belgium(w: World) -> None:
    anna = await w.resident("anna@example.org")
    joined = await w.join(anna, address("3701 AB", "Zeist"))
    assert joined["neighbourhood"]["name"] == "Zeist"
    bert = await w.resident("bert@example.org")
    joined = await w.join(bert, address("9300", "Aalst", "BE"))
    assert joined["neighbourhood"]["name"] == "Aalst centrum"


async def test_no_neighbourhood_covers_the_address(w: World) -> None:
    anna = await w.resident("anna@example.org")
    answer = await anna.call("PUT", MINE, address("3511 AB", "Utrecht"))
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["field"] == "postcode"
    # A Belgian postcode in the Netherlands is no postcode there.
    answer = await anna.call("PUT", MINE, address("9300", "Aalst", "NL"))
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["field"] == "postcode"
    # An archived neighbourhood takes nobody.
    await w.staff.call("POST", f"{ADMIN}/{w.ids['witte']}/archive")
    answer = await anna.call("PUT", MINE, address())
    assert answer.status_code == 422


async def test_moving_changes_the_neighbourhood(w: World) -> None:
    anna = await w.resident("anna@example.org")
    first = await w.join(anna)
    moved = await w.join(anna, address("3701 AB", "Zeist"))
    assert moved["neighbourhood"]["id"] == w.ids["zeist"]
    assert moved["neighbourhood"]["id"] != first["neighbourhood"]["id"]
    count = await w.session.scalar(
        select(func.count()).select_from(Resident).where(Resident.user_id == anna.user.id)
    )
    assert count == 1
    actions = (await w.session.scalars(select(AuditEvent.action))).all()
    assert "neighbourhood.joined" in actions
    assert "neighbourhood.moved" in actions
    # Outside Wittevrouwen now: it is not found.
    assert (await anna.call("GET", f"/api/v1/neighbourhoods/{w.ids['witte']}")).status_code == 404
    assert (await anna.call("DELETE", MINE)).status_code == 204
    assert (await anna.call("GET", MINE)).status_code == 404


async def test_entering_a_neighbourhood_is_limited_to_three_a_month(w: World) -> None:
    """Joining and moving count (leaving and joining again too); a corrected number does not."""
    anna = await w.resident("anna@example.org")
    await w.join(anna)
    await w.join(anna, address("3581 AC"))  # the same neighbourhood
    await w.join(anna, address("3701 AB", "Zeist"))
    assert (await anna.call("DELETE", MINE)).status_code == 204
    await w.join(anna)
    refused = await anna.call("PUT", MINE, address("3701 AB", "Zeist"))
    assert refused.status_code == 429, refused.json()
    assert refused.headers["content-type"].startswith("application/problem+json")
    assert int(refused.headers["Retry-After"]) > 29 * 24 * 3600
    assert "30" in refused.json()["detail"]
    # Still in Wittevrouwen; a correction there is still fine.
    mine = await anna.call("GET", MINE)
    assert mine.json()["neighbourhood"]["id"] == w.ids["witte"]
    await w.join(anna, address("3581 AD"))


async def test_the_database_refuses_a_26th_skill(w: World) -> None:
    """The API's limit of 25 has a backstop for any other writer: a statement trigger."""
    anna = await w.resident("anna@example.org")
    await w.join(anna)
    resident_id = await w.session.scalar(
        select(Resident.id).where(Resident.user_id == anna.user.id)
    )
    skills = list(await w.session.scalars(select(Skill.id).order_by(Skill.slug).limit(26)))
    rows = [{"resident_id": resident_id, "skill_id": skill} for skill in skills]
    async with w.session.begin_nested():
        await w.session.execute(insert(ResidentSkill), rows[:25])  # 25 is fine
    with pytest.raises(IntegrityError, match="at most 25 skills") as refused:
        async with w.session.begin_nested():
            await w.session.execute(insert(ResidentSkill), rows[25:])
    assert getattr(refused.value.orig, "pgcode", None) == "23514"  # check_violation
    count = await w.session.scalar(
        select(func.count())
        .select_from(ResidentSkill)
        .where(ResidentSkill.resident_id == resident_id)
    )
    assert count == 25


async def test_two_joins_at_once_leave_one_row(
    app: FastAPI, committed: async_sessionmaker[AsyncSession], settings: Settings
) -> None:
    """Real commits: the person's lock makes the two requests take turns."""
    async with committed() as session:
        w = await world(app, session, settings)
        anna = await w.resident("anna@example.org")
        answers = await asyncio.gather(
            anna.call("PUT", MINE, address()), anna.call("PUT", MINE, address("3701 AB", "Zeist"))
        )
        assert all(a.status_code == 200 for a in answers), [a.json() for a in answers]
        count = await session.scalar(
            select(func.count()).select_from(Resident).where(Resident.user_id == anna.user.id)
        )
        assert count == 1


async def test_the_invite_flow(w: World) -> None:
    anna = await w.resident("anna@example.org")
    bert = await w.resident("bert@example.org")
    await w.staff.call("POST", f"{ADMIN}/{w.ids['witte']}/invites", {"email": "anna@example.org"})
    (mail,) = await queued_mails(w.session, "anna@example.org")
    token = token_from(mail["context"]["link"])  # type: ignore[index]
    accept = f"/api/v1/neighbourhood-invites/{token}/accept"
    outside = address("3511 AB", "Utrecht")
    # Someone else's invite: not found.
    assert (await bert.call("POST", accept, outside)).status_code == 404
    unknown = f"/api/v1/neighbourhood-invites/{'x' * 40}/accept"
    assert (await anna.call("POST", unknown, outside)).status_code == 404
    answer = await anna.call("POST", accept, outside)
    assert answer.status_code == 200, answer.json()
    assert answer.json()["neighbourhood"]["id"] == w.ids["witte"]
    assert answer.json()["joined_by"] == "invite"
    used = await anna.call("POST", accept, outside)
    assert used.status_code == 409
    assert "used" in used.json()["detail"] or used.json()["detail"]


async def test_an_expired_invite(w: World) -> None:
    anna = await w.resident("anna@example.org")
    await w.staff.call("POST", f"{ADMIN}/{w.ids['witte']}/invites", {"email": "anna@example.org"})
    (mail,) = await queued_mails(w.session, "anna@example.org")
    token = token_from(mail["context"]["link"])  # type: ignore[index]
    past = datetime.now(UTC) - timedelta(days=1)
    await w.session.execute(
        update(NeighbourhoodInvite).values(created_at=past - timedelta(days=14), expires_at=past)
    )
    await w.session.commit()
    answer = await anna.call("POST", f"/api/v1/neighbourhood-invites/{token}/accept", address())
    assert answer.status_code == 409
    assert (await anna.call("GET", MINE)).status_code == 404


async def test_the_worker_invites_residents_do_not(w: World) -> None:
    anna = await w.resident("anna@example.org")
    await w.join(anna)
    url = f"/api/v1/neighbourhoods/{w.ids['witte']}/invites"
    assert (await anna.call("POST", url, {"email": "x@example.org"})).status_code == 403
    assert (await w.worker.call("POST", url, {"email": "x@example.org"})).status_code == 404
    await w.staff.call("PUT", f"{ADMIN}/{w.ids['witte']}/workers/{w.worker.user.id}")
    assert (await w.worker.call("POST", url, {"email": "x@example.org"})).status_code == 201


async def test_profile_skills(w: World) -> None:
    anna = await w.resident("anna@example.org")
    await w.join(anna)
    skill = await w.skill("b")
    answer = await w.offer(anna, skill, about="Vaak thuis.")
    assert answer.status_code == 200, answer.json()
    assert [s["slug"] for s in answer.json()["skills"]] == [skill.slug]
    assert answer.json()["about"] == "Vaak thuis."
    unknown = await anna.call(
        "PUT", MINE + "/profile", {"skill_ids": ["0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e0f"]}
    )
    assert unknown.status_code == 422
    too_many = await anna.call("PUT", MINE + "/profile", {"skill_ids": [str(skill.id)] * 26})
    assert too_many.status_code == 422


async def test_the_neighbourhood_page(w: World) -> None:
    anna = await w.resident("anna@example.org")
    stranger = await w.resident("bert@example.org")
    await w.join(anna)
    await w.join(stranger, address("3701 AB", "Zeist"))
    await w.staff.call("PUT", f"{ADMIN}/{w.ids['witte']}/workers/{w.worker.user.id}")
    await w.staff.call(
        "POST",
        f"{ADMIN}/{w.ids['witte']}/local-organisations",
        {"name": "Buurtteam", "email": "info@buurtteam.example"},
    )
    url = f"/api/v1/neighbourhoods/{w.ids['witte']}"
    page = (await anna.call("GET", url)).json()
    assert page["resident_count"] == 1
    assert page["standing"] == {"resident": True, "worker": False, "suspended": False}
    assert [o["name"] for o in page["local_organisations"]] == ["Buurtteam"]
    assert [x["display_name"] for x in page["workers"]] == [w.worker.user.display_name]
    assert (await stranger.call("GET", url)).status_code == 404
    assert (await w.staff.call("GET", url)).status_code == 404
    worker_view = (await w.worker.call("GET", url)).json()
    assert worker_view["standing"] == {"resident": False, "worker": True, "suspended": False}
    # A suspended resident still reads, and sees it.
    await w.session.execute(
        update(Resident)
        .where(Resident.user_id == anna.user.id)
        .values(suspended_at=datetime.now(UTC), suspension_reason="Spam")
    )
    await w.session.commit()
    assert (await anna.call("GET", url)).json()["standing"]["suspended"] is True
    assert (await anna.call("GET", MINE)).json()["suspended"] is True
