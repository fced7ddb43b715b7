"""Staff and helpers: the list with its queue waiting for the identity badge, one helper (an
audited read), the badges (audited), and `matchable` following the badge and accepting_new."""

from __future__ import annotations

from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.models.audit import AuditEvent
from tests.dossiers.helpers import signed_in, skill_ids
from tests.helpers.helpers import ADMIN, PROFILE, save
from tests.members.helpers import Person, person

BADGED = {"identity_document_seen": True, "seen_in_person": False}


async def _active(who: Person, skills: list[str]) -> str:
    made = await save(who, skills)
    assert (await who.call("POST", f"{PROFILE}/activation")).status_code == 200
    return str(made["id"])


async def _events(session: AsyncSession, helper_id: str) -> list[str]:
    rows = await session.scalars(
        select(AuditEvent.action)
        .where(AuditEvent.subject_type == "helper", AuditEvent.subject_id == helper_id)
        .order_by(AuditEvent.created_at, AuditEvent.id)
    )
    return list(rows.all())


async def test_the_identity_badge_and_accepting_new_make_a_helper_matchable(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    anna = await signed_in(app, session, settings, "anna@example.org", "Anna")
    vera = await person(app, session, settings, "vera@kring.example", "Vera", staff_role="verifier")
    skills = await skill_ids(session, 1)
    helper_id = await _active(anna, skills)
    assert (await anna.call("GET", PROFILE)).json()["matchable"] is False
    badged = await vera.call("PUT", f"{ADMIN}/{helper_id}/badges", BADGED)
    assert badged.status_code == 200, badged.json()
    assert badged.json()["matchable"] is True
    assert badged.json()["badged_at"] is not None
    mine = (await anna.call("GET", PROFILE)).json()
    assert (mine["matchable"], mine["identity_document_seen"]) == (True, True)
    # Not accepting new help seekers: out of the suggestions, the badge stays.
    paused = await save(anna, skills, accepting_new=False)
    assert (paused["matchable"], paused["status"], paused["identity_document_seen"]) == (
        False,
        "active",
        True,
    )
    assert (await save(anna, skills, accepting_new=True))["matchable"] is True
    # The badge taken away: no longer matchable, and no badge date.
    unbadged = await vera.call(
        "PUT", f"{ADMIN}/{helper_id}/badges", {**BADGED, "identity_document_seen": False}
    )
    assert (unbadged.json()["matchable"], unbadged.json()["badged_at"]) == (False, None)
    assert await _events(session, helper_id) == ["helper.badges_set", "helper.badges_set"]


async def test_a_badged_draft_is_not_matchable(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    anna = await signed_in(app, session, settings, "anna@example.org", "Anna")
    vera = await person(app, session, settings, "vera@kring.example", "Vera", staff_role="verifier")
    made = await save(anna, await skill_ids(session, 1))
    badged = await vera.call("PUT", f"{ADMIN}/{made['id']}/badges", BADGED)
    assert (badged.json()["status"], badged.json()["matchable"]) == ("draft", False)
    active = await anna.call("POST", f"{PROFILE}/activation")
    assert active.json()["matchable"] is True


async def test_who_may_badge_and_read_helpers(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    anna = await signed_in(app, session, settings, "anna@example.org", "Anna")
    kees = await signed_in(app, session, settings, "kees@example.org", "Kees")
    branch = await person(app, session, settings, "bo@kring.example", "Bo", staff_role="branch")
    helper_id = await _active(anna, await skill_ids(session, 1))
    # A person, even a helper, reaches no staff route.
    for who in (anna, kees):
        assert (await who.call("GET", ADMIN)).status_code == 403
        assert (await who.call("GET", f"{ADMIN}/{helper_id}")).status_code == 403
        assert (await who.call("PUT", f"{ADMIN}/{helper_id}/badges", BADGED)).status_code == 403
    # A branch employee may read, not badge.
    assert (await branch.call("GET", f"{ADMIN}/{helper_id}")).status_code == 200
    assert (await branch.call("PUT", f"{ADMIN}/{helper_id}/badges", BADGED)).status_code == 403
    vera = await person(app, session, settings, "vera@kring.example", "Vera", staff_role="verifier")
    unknown = "0193a1b2-0000-7000-8000-000000000001"
    assert (await vera.call("PUT", f"{ADMIN}/{unknown}/badges", BADGED)).status_code == 404
    assert (await vera.call("GET", f"{ADMIN}/{unknown}")).status_code == 404
    assert (await anna.call("GET", PROFILE)).json()["identity_document_seen"] is False
    assert await _events(session, helper_id) == ["helper.viewed"]


async def test_the_list_shows_the_queue_waiting_for_a_badge(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    skills = await skill_ids(session, 1)
    anna = await signed_in(app, session, settings, "anna@example.org", "Anna")
    kees = await signed_in(app, session, settings, "kees@example.org", "Kees")
    lies = await signed_in(app, session, settings, "lies@example.org", "Lies")
    vera = await person(app, session, settings, "vera@kring.example", "Vera", staff_role="verifier")
    anna_id = await _active(anna, skills)
    kees_id = await _active(kees, skills)
    draft = await save(lies, skills)  # a draft: not in the queue yet
    await vera.call("PUT", f"{ADMIN}/{kees_id}/badges", BADGED)
    everyone = (await vera.call("GET", ADMIN)).json()
    assert [h["id"] for h in everyone["items"]] == [draft["id"], kees_id, anna_id]
    waiting = (await vera.call("GET", f"{ADMIN}?waiting_for_badge=true")).json()
    assert [h["id"] for h in waiting["items"]] == [anna_id]
    assert waiting["items"][0]["email"] == "anna@example.org"
    found = (await vera.call("GET", f"{ADMIN}?q=kees%40")).json()
    assert [h["id"] for h in found["items"]] == [kees_id]
    first = (await vera.call("GET", f"{ADMIN}?limit=2")).json()
    rest = (await vera.call("GET", f"{ADMIN}?limit=2&cursor={first['next_cursor']}")).json()
    assert [h["id"] for h in first["items"] + rest["items"]] == [draft["id"], kees_id, anna_id]
