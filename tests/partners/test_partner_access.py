"""Partner access: a person asks, a verifier answers within 48 hours, the outcome is mailed in
the person's language, and staff hear of a request still open after 40 hours."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.jobs import JOBS
from kring.kit.working_days import AMSTERDAM
from kring.models.audit import AuditEvent
from kring.models.organisation import Organisation
from kring.models.partner import PartnerAccessRequest
from tests.accounts.helpers import log_in, make_user, queued_mails
from tests.members.helpers import Person, new_client, person

ACCESS = "/api/v1/partner/access"
QUEUE = "/api/v1/admin/partner-access-requests"
ASK: dict[str, Any] = {
    "organisation_name": "Buurtteam Oost",
    "country": "NL",
    "registration_number": "4123 4567",
    "job_title": "Buurtwerker",
    "work_email": "sanne@buurtteam.example",
    "work_phone": "030 123 4567",
    "reason": "Ik begeleid ouderen in de wijk die hulp thuis zoeken.",
}


async def _asker(
    app: FastAPI, session: AsyncSession, settings: Settings, email: str = "sanne@example.org"
) -> Person:
    # A partner signs in with a password alone: no organisation, no second factor.
    user = await make_user(session, email, first_name="Sanne")
    client = new_client(app)
    assert (await log_in(client, email)).status_code == 200
    return Person(user, client, settings)


async def _staff(app: FastAPI, session: AsyncSession, settings: Settings, role: str) -> Person:
    return await person(
        app, session, settings, f"{role}@kring.example", role.title(), staff_role=role
    )


async def _ask(asker: Person, **changes: Any) -> dict[str, Any]:
    answer = await asker.call("POST", f"{ACCESS}/requests", {**ASK, **changes})
    assert answer.status_code == 201, answer.json()
    body: dict[str, Any] = answer.json()
    return body


async def test_a_request_is_answered_within_48_hours_and_one_waits_at_a_time(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    sanne = await _asker(app, session, settings)
    before = (await sanne.call("GET", ACCESS)).json()
    assert (before["standing"], before["can_request"], before["latest"]) == ("none", True, None)

    asked = await _ask(sanne)
    requested_at = datetime.fromisoformat(asked["requested_at"])
    deadline = datetime.fromisoformat(asked["deadline_at"])
    assert abs(deadline - datetime.now(UTC) - timedelta(hours=48)) < timedelta(minutes=1)
    assert deadline - requested_at < timedelta(hours=48, minutes=1)
    assert (asked["status"], asked["registration_number"], asked["work_phone"]) == (
        "requested",
        "41234567",
        "+31301234567",
    )
    [mail] = await queued_mails(session, settings.staff_email)
    assert mail["template"] == "partner_access_requested"
    assert mail["context"]["requester_name"] == "Sanne"  # type: ignore[index]

    again = await sanne.call("POST", f"{ACCESS}/requests", ASK)
    assert again.status_code == 409
    assert "48 uur" in again.json()["detail"]
    waiting = (await sanne.call("GET", ACCESS)).json()
    assert (waiting["standing"], waiting["can_request"]) == ("requested", False)


async def test_a_known_organisation_is_linked_by_its_number(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    known = Organisation(
        kind="care_organisation", name="Zorggroep De Linde", registration_number="41234567"
    )
    session.add(known)
    await session.commit()
    sanne = await _asker(app, session, settings)
    asked = await _ask(sanne, organisation_name="De Linde (wijkteam)")
    assert (asked["organisation_id"], asked["organisation_name"]) == (
        str(known.id),
        "Zorggroep De Linde",
    )
    bert = await _asker(app, session, settings, "bert@example.org")
    unknown = await _ask(bert, registration_number=None)
    assert (unknown["organisation_id"], unknown["organisation_name"]) == (None, "Buurtteam Oost")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("registration_number", "1234"),
        ("work_phone", "12"),
        ("work_phone", None),
        ("work_email", "not-an-address"),
        ("reason", ""),
        ("reason", "x" * 1001),
        ("organisation_name", "\x00"),
        ("job_title", "x" * 101),
        ("country", "DE"),
    ],
)
async def test_bad_input_names_the_field_and_keeps_nothing(
    app: FastAPI,
    client: AsyncClient,
    session: AsyncSession,
    settings: Settings,
    field: str,
    value: object,
) -> None:
    sanne = await _asker(app, session, settings)
    answer = await sanne.call("POST", f"{ACCESS}/requests", {**ASK, field: value})
    assert answer.status_code == 422, answer.json()
    assert answer.json()["errors"][0]["field"] == field
    assert (await sanne.call("GET", ACCESS)).json()["standing"] == "none"
    assert await queued_mails(session, settings.staff_email) == []


async def test_the_verifier_accepts_and_the_partner_hears_in_their_language(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    sanne = await _asker(app, session, settings)
    sanne.user.language = "fr"
    await session.commit()
    asked = await _ask(sanne)
    vera = await _staff(app, session, settings, "verifier")

    queue = (await vera.call("GET", f"{QUEUE}?status=requested")).json()["items"]
    assert [(r["id"], r["requester_email"], r["overdue"]) for r in queue] == [
        (asked["id"], "sanne@example.org", False)
    ]
    shown = await vera.call("GET", f"{QUEUE}/{asked['id']}")
    assert shown.json()["work_email"] == "sanne@buurtteam.example"
    viewed = await session.scalar(
        select(AuditEvent).where(AuditEvent.action == "partner_access.viewed")
    )
    assert viewed is not None
    assert (viewed.actor_user_id, viewed.subject_id) == (vera.user.id, sanne.user.id)

    accepted = await vera.call("POST", f"{QUEUE}/{asked['id']}/acceptance")
    assert accepted.status_code == 200, accepted.json()
    assert accepted.json()["status"] == "accepted"
    [mail] = await queued_mails(session, "sanne@example.org")
    assert (mail["template"], mail["language"]) == ("partner_access_accepted", "fr")
    mine = (await sanne.call("GET", ACCESS)).json()
    assert (mine["standing"], mine["can_request"]) == ("accepted", False)
    assert (await sanne.call("POST", f"{ACCESS}/requests", ASK)).status_code == 409

    twice = await vera.call("POST", f"{QUEUE}/{asked['id']}/refusal", {"reason": "Te laat."})
    assert twice.status_code == 409
    assert (await vera.call("GET", f"{QUEUE}?status=requested")).json()["items"] == []


async def test_a_refusal_needs_a_reason_and_the_partner_may_ask_again(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    sanne = await _asker(app, session, settings)
    asked = await _ask(sanne)
    arie = await _staff(app, session, settings, "advisor")
    url = f"{QUEUE}/{asked['id']}/refusal"
    empty = await arie.call("POST", url, {"reason": " "})
    assert empty.json()["errors"][0]["field"] == "reason"
    refused = await arie.call("POST", url, {"reason": "We konden uw organisatie niet bereiken."})
    assert refused.json()["status"] == "refused"
    [mail] = await queued_mails(session, "sanne@example.org")
    assert mail["template"] == "partner_access_refused"
    assert mail["context"]["reason"] == "We konden uw organisatie niet bereiken."  # type: ignore[index]
    mine = (await sanne.call("GET", ACCESS)).json()
    assert (mine["standing"], mine["can_request"]) == ("refused", True)
    assert mine["latest"]["refusal_reason"] == "We konden uw organisatie niet bereiken."
    await _ask(sanne)


async def test_nobody_else_sees_a_request(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    sanne = await _asker(app, session, settings)
    asked = await _ask(sanne)
    bert = await _asker(app, session, settings, "bert@example.org")
    assert (await bert.call("GET", ACCESS)).json()["latest"] is None
    assert (await bert.call("GET", f"{QUEUE}/{asked['id']}")).status_code == 403
    branch = await _staff(app, session, settings, "branch")
    assert (await branch.call("GET", QUEUE)).status_code == 403
    assert (await branch.call("POST", f"{QUEUE}/{asked['id']}/acceptance")).status_code == 403
    vera = await _staff(app, session, settings, "verifier")
    missing = "00000000-0000-4000-8000-000000000000"
    assert (await vera.call("GET", f"{QUEUE}/{missing}")).status_code == 404
    assert (await vera.call("POST", f"{QUEUE}/{missing}/acceptance")).status_code == 404


async def test_two_verifiers_answering_at_once_make_one_answer(
    app: FastAPI,
    committed_client: AsyncClient,
    committed: async_sessionmaker[AsyncSession],
    settings: Settings,
) -> None:
    async with committed() as session:
        sanne = await _asker(app, session, settings)
        asked = await _ask(sanne)
        vera = await _staff(app, session, settings, "verifier")
        arie = await _staff(app, session, settings, "advisor")
    answers = await asyncio.gather(
        vera.call("POST", f"{QUEUE}/{asked['id']}/acceptance"),
        arie.call("POST", f"{QUEUE}/{asked['id']}/refusal", {"reason": "Onbekend."}),
    )
    assert sorted(a.status_code for a in answers) == [200, 409]
    async with committed() as session:
        mails = await queued_mails(session, "sanne@example.org")
    assert len(mails) == 1


async def test_the_database_keeps_one_open_request_per_person(
    session: AsyncSession,
) -> None:
    user = await make_user(session, "sanne@example.org")
    now = datetime.now(UTC)
    fields = {key: value for key, value in ASK.items() if key != "registration_number"}
    for _ in range(2):
        session.add(
            PartnerAccessRequest(
                user_id=user.id,
                status="requested",
                deadline_at=now + timedelta(hours=48),
                **{**fields, "work_phone": "+31301234567"},
            )
        )
    with pytest.raises(IntegrityError):
        await session.flush()


async def test_staff_hear_of_a_request_open_for_40_hours_once(
    committed: async_sessionmaker[AsyncSession], settings: Settings
) -> None:
    asked_at = datetime(2026, 12, 7, 9, tzinfo=AMSTERDAM)  # a Monday morning
    async with committed() as session:
        user = await make_user(session, "sanne@example.org", first_name="Sanne")
        fields = {key: value for key, value in ASK.items() if key != "registration_number"}
        session.add(
            PartnerAccessRequest(
                user_id=user.id,
                status="requested",
                deadline_at=asked_at + timedelta(hours=48),
                **{**fields, "work_phone": "+31301234567"},
            )
        )
        await session.commit()
    remind = JOBS["partners.remind_staff"].run
    assert await remind(committed, settings, asked_at + timedelta(hours=39, minutes=59)) == 0
    assert await remind(committed, settings, asked_at + timedelta(hours=40)) == 1
    assert await remind(committed, settings, asked_at + timedelta(hours=47)) == 0
    async with committed() as session:
        [mail] = await queued_mails(session, settings.staff_email)
    assert mail["template"] == "partner_access_overdue"
    assert mail["context"]["count"] == "1"  # type: ignore[index]
    assert mail["context"]["requests"] == (  # type: ignore[index]
        "Sanne (Buurtteam Oost): woensdag 9 december 2026 09:00"
    )


async def test_staff_asking_for_themselves_see_only_their_own(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    # Staff may read every request, but their own access is theirs alone.
    sanne = await _asker(app, session, settings)
    await _ask(sanne)
    vera = await _staff(app, session, settings, "verifier")
    mine = (await vera.call("GET", ACCESS)).json()
    assert (mine["standing"], mine["latest"]) == ("none", None)
    own = await _ask(vera, work_email="vera@kring.example")
    assert (await vera.call("GET", ACCESS)).json()["latest"]["id"] == own["id"]
