"""Contact requests: the form (validation, honeypot, limits), the mails, the inbox with its
deadline, marking in progress or handled, the review that follows, and the figures."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import time_machine
from fastapi import FastAPI
from httpx import AsyncClient
from redis.asyncio import Redis
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.models.audit import AuditEvent
from kring.models.contact import ContactRequest
from kring.models.provider import ProviderProfile
from tests.accounts.helpers import csrf, log_in, queued_mails, token_from
from tests.members.helpers import new_client, person
from tests.search.helpers import UTRECHT, Provider, add_provider

FORM: dict[str, Any] = {
    "name": "Jan Janssen",
    "email": "jan@example.org",
    "phone": "030 123 4567",
    "member_number": "K-1234",
    "location": "3511 AX Utrecht",
    "place_id": UTRECHT,
    "for_whom": "other",
    "message": "Kunt u volgende week een lamp ophangen bij mijn moeder?",
}


async def _send(
    client: AsyncClient, profile: ProviderProfile, **changes: Any
) -> tuple[int, dict[str, Any]]:
    answer = await client.post(
        f"/api/v1/providers/{profile.id}/contact-requests", json={**FORM, **changes}
    )
    return answer.status_code, answer.json()


async def test_a_request_reaches_the_provider_with_its_deadline(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    bert = await add_provider(session, Provider("bert@example.org", "Bert"))
    # Thursday 24 December 2026, 10:00 in Amsterdam: due at the end of Tuesday 29 December.
    with time_machine.travel(datetime(2026, 12, 24, 9, 0, tzinfo=UTC), tick=False):
        status, receipt = await _send(client, bert)
    assert status == 201, receipt
    assert receipt["answer_by"] == "2026-12-29T23:59:59+01:00"
    row = await session.scalar(select(ContactRequest))
    assert row is not None
    assert (row.phone, row.for_whom, row.member_number) == ("+31301234567", "other", "K-1234")
    [to_customer] = await queued_mails(session, "jan@example.org")
    assert to_customer["template"] == "contact_request_received"
    assert to_customer["context"]["answer_by"] == "dinsdag 29 december 2026 23:59"
    [to_provider] = await queued_mails(session, "bert@example.org")
    assert to_provider["template"] == "contact_request_new"
    assert str(to_provider["context"]["link"]).endswith(f"/provider/requests/{row.id}")

    with time_machine.travel(datetime(2026, 12, 29, 22, 50, tzinfo=UTC), tick=False):
        await log_in(client, "bert@example.org")
        inbox = (await client.get("/api/v1/provider/contact-requests")).json()
    assert (inbox["total"], inbox["open"], inbox["overdue"]) == (1, 1, 0)
    with time_machine.travel(datetime(2026, 12, 29, 23, 0, tzinfo=UTC), tick=False):
        late = (await client.get("/api/v1/provider/contact-requests?show=open")).json()
    assert (late["overdue"], late["items"][0]["overdue"]) == (1, True)


async def test_bad_input_is_refused_field_by_field_and_nothing_is_kept(
    client: AsyncClient, session: AsyncSession
) -> None:
    bert = await add_provider(session, Provider("bert@example.org", "Bert"))
    for changes, field in (
        ({"phone": "12345"}, "phone"),
        ({"phone": None}, "phone"),
        ({"email": "jan@"}, "email"),
        ({"for_whom": "neighbour"}, "for_whom"),
        ({"message": "x" * 2001}, "message"),
        ({"message": "  "}, "message"),
        ({"name": ""}, "name"),
        ({"place_id": 1}, "place_id"),
    ):
        status, problem = await _send(client, bert, **changes)
        assert status == 422, changes
        assert problem["errors"][0]["field"] == field, problem
    assert await session.scalar(select(func.count()).select_from(ContactRequest)) == 0
    suspended = await add_provider(session, Provider("sus@example.org", "Sam", status="suspended"))
    assert (await _send(client, suspended))[0] == 404


async def test_the_honeypot_and_the_limits(
    client: AsyncClient, session: AsyncSession, settings: Settings, redis: Redis
) -> None:
    bert = await add_provider(session, Provider("bert@example.org", "Bert"))
    status, _receipt = await _send(client, bert, website="https://spam.example")
    assert status == 201  # a robot learns nothing
    assert await session.scalar(select(func.count()).select_from(ContactRequest)) == 0
    for _ in range(settings.contact_requests_per_address_per_day):
        assert (await _send(client, bert))[0] == 201
    status, problem = await _send(client, bert)
    assert status == 429
    assert problem["detail"] == (
        "Je hebt vandaag al veel aanvragen verstuurd vanaf dit e-mailadres. "
        "Probeer het morgen opnieuw."
    )
    for number in range(settings.contact_requests_per_ip_per_hour):
        await _send(client, bert, email=f"other{number}@example.org")
    status, problem = await _send(client, bert, email="fresh@example.org")
    assert status == 429
    assert "over een uur" in problem["detail"]


async def test_marking_handled_invites_a_review_that_counts_once(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    bert = await add_provider(session, Provider("bert@example.org", "Bert"))
    await _send(client, bert)
    row = await session.scalar(select(ContactRequest))
    assert row is not None
    await log_in(client, "bert@example.org")
    url = f"/api/v1/provider/contact-requests/{row.id}"
    headers = csrf(client, settings)
    read = await client.get(url)
    assert read.json()["message"] == FORM["message"]
    viewed = await session.scalar(
        select(AuditEvent).where(AuditEvent.action == "contact_request.viewed")
    )
    assert viewed is not None
    assert viewed.subject_id == row.id

    busy = await client.patch(url, headers=headers, json={"status": "in_progress"})
    assert (busy.status_code, busy.json()["status"]) == (200, "in_progress")
    assert busy.json()["answered_at"] is not None
    assert [m["template"] for m in await queued_mails(session, "jan@example.org")] == [
        "contact_request_received"
    ]
    done = await client.patch(
        url,
        headers=headers,
        json={"status": "handled", "note": "Gebeld.", "appointment_on": "2026-12-03"},
    )
    assert done.json()["status"] == "handled"
    back = await client.patch(url, headers=headers, json={"status": "in_progress"})
    assert back.status_code == 409
    invitation = (await queued_mails(session, "jan@example.org"))[-1]
    assert invitation["template"] == "review_invitation"
    token = token_from(invitation["context"]["link"])  # type: ignore[index]

    async with new_client(app) as customer:
        about = await customer.get("/api/v1/reviews/invitation", params={"token": token})
        assert about.json()["provider_name"] == "Bert"
        review = await customer.post(
            "/api/v1/reviews", json={"token": token, "stars": 4, "text": "Netjes gedaan."}
        )
        assert review.status_code == 201, review.json()
        assert review.json()["author_name"] == "Jan"  # the first name only
        again = await customer.post("/api/v1/reviews", json={"token": token, "stars": 1})
        assert again.status_code == 422
        assert again.json()["errors"][0]["field"] == "token"
        gone = await customer.get("/api/v1/reviews/invitation", params={"token": token})
        assert gone.status_code == 422
        public = (await customer.get(f"/api/v1/providers/{bert.id}")).json()
    assert public["rating"] == {"average": 4.0, "count": 1}
    assert public["reviews"]["items"][0]["text"] == "Netjes gedaan."

    other = await client.get("/api/v1/provider/contact-requests/" + str(bert.id))
    assert other.status_code == 404


async def test_a_provider_sees_only_their_own_requests(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    bert = await add_provider(session, Provider("bert@example.org", "Bert"))
    await add_provider(session, Provider("sara@example.org", "Sara"))
    await _send(client, bert)
    row = await session.scalar(select(ContactRequest))
    assert row is not None
    await log_in(client, "sara@example.org")
    assert (await client.get(f"/api/v1/provider/contact-requests/{row.id}")).status_code == 404
    changed = await client.patch(
        f"/api/v1/provider/contact-requests/{row.id}",
        headers=csrf(client, settings),
        json={"status": "handled"},
    )
    assert changed.status_code == 404
    assert (await client.get("/api/v1/provider/contact-requests")).json()["total"] == 0


async def test_reviews_replies_and_hiding_keep_the_rating_honest(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    bert = await add_provider(session, Provider("bert@example.org", "Bert"))
    await log_in(client, "bert@example.org")
    reviews = []
    for stars, email in ((5, "a@example.org"), (1, "b@example.org"), (3, "c@example.org")):
        async with new_client(app) as visitor:
            assert (await _send(visitor, bert, email=email))[0] == 201
        row = await session.scalar(select(ContactRequest).where(ContactRequest.email == email))
        assert row is not None
        await client.patch(
            f"/api/v1/provider/contact-requests/{row.id}",
            headers=csrf(client, settings),
            json={"status": "handled"},
        )
        token = token_from((await queued_mails(session, email))[-1]["context"]["link"])  # type: ignore[index]
        async with new_client(app) as customer:
            posted = await customer.post("/api/v1/reviews", json={"token": token, "stars": stars})
        reviews.append(posted.json()["id"])
    public = f"/api/v1/providers/{bert.id}"
    assert (await client.get(public)).json()["rating"] == {"average": 3.0, "count": 3}

    reply = f"/api/v1/provider/reviews/{reviews[1]}/reply"
    first = await client.put(reply, headers=csrf(client, settings), json={"reply": "Sorry!"})
    assert first.json()["reply"] == "Sorry!"
    second = await client.put(reply, headers=csrf(client, settings), json={"reply": "Nogmaals"})
    assert second.status_code == 409

    staff = await person(app, session, settings, "ada@kring.example", "Ada", staff_role="admin")
    hiding = f"/api/v1/admin/reviews/{reviews[1]}/hiding"
    assert (await staff.call("POST", hiding, {"reason": "ok"})).status_code == 422  # too short
    hidden = await staff.call("POST", hiding, {"reason": "Scheldwoorden."})
    assert hidden.json()["hidden"] is True
    assert (await client.get(public)).json()["rating"] == {"average": 4.0, "count": 2}
    listed = (await client.get(f"{public}/reviews")).json()
    assert [r["stars"] for r in listed["items"]] == [3, 5]
    mine = (await client.get("/api/v1/provider/reviews")).json()
    assert [r["hidden_reason"] for r in mine["items"] if r["hidden"]] == ["Scheldwoorden."]
    audited = await session.scalar(select(AuditEvent).where(AuditEvent.action == "review.hidden"))
    assert audited is not None
    assert audited.details == {"reason": "Scheldwoorden."}
    assert (await staff.call("DELETE", hiding)).status_code == 200
    assert (await client.get(public)).json()["rating"] == {"average": 3.0, "count": 3}
    assert (await staff.call("DELETE", hiding)).status_code == 409


async def test_the_dashboard_figures_and_the_staff_list(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    bert = await add_provider(session, Provider("bert@example.org", "Bert"))
    # Monday 30 November 10:00 and Tuesday 1 December 10:00 (Amsterdam).
    with time_machine.travel(datetime(2026, 11, 30, 9, 0, tzinfo=UTC), tick=False):
        await _send(client, bert, email="a@example.org")
    with time_machine.travel(datetime(2026, 12, 1, 9, 0, tzinfo=UTC), tick=False):
        await _send(client, bert, email="b@example.org")
    rows = list(await session.scalars(select(ContactRequest).order_by(ContactRequest.created_at)))
    await log_in(client, "bert@example.org")
    headers = csrf(client, settings)
    # The first answered after 90 minutes with an appointment; the second never.
    with time_machine.travel(datetime(2026, 11, 30, 10, 30, tzinfo=UTC), tick=False):
        await client.patch(
            f"/api/v1/provider/contact-requests/{rows[0].id}",
            headers=headers,
            json={"status": "handled", "appointment_on": "2026-12-02"},
        )
    with time_machine.travel(datetime(2026, 12, 10, 9, 0, tzinfo=UTC), tick=False):
        await log_in(client, "bert@example.org")
        figures = (
            await client.get("/api/v1/provider/statistics?from=2026-11-23&to=2026-12-06")
        ).json()
        staff = await person(
            app, session, settings, "ada@kring.example", "Ada", staff_role="advisor"
        )
        overdue = (await staff.call("GET", "/api/v1/admin/provider-response-times")).json()
    assert (figures["requests"], figures["appointments"], figures["answered"]) == (2, 1, 1)
    assert figures["median_response_minutes"] == 90.0
    assert figures["within_deadline_share"] == 0.5  # one in time, one past its deadline
    assert figures["per_week"] == [
        {"week_start": "2026-11-23", "requests": 0},
        {"week_start": "2026-11-30", "requests": 2},
    ]
    [line] = overdue["items"]
    assert (line["email"], line["overdue"], line["requests"]) == ("bert@example.org", 1, 2)
    backwards = await client.get("/api/v1/provider/statistics?from=2026-12-06&to=2026-11-23")
    assert backwards.json()["errors"][0]["field"] == "from"


async def test_the_database_refuses_what_the_form_refuses(session: AsyncSession) -> None:
    from datetime import timedelta

    import pytest
    from sqlalchemy.exc import IntegrityError

    bert = await add_provider(session, Provider("bert@example.org", "Bert"))
    now = datetime.now(UTC)
    for changes in ({"location": " x "}, {"member_number": "K 12; drop"}, {"member_number": ""}):
        row = {
            "profile_id": bert.id,
            "name": "Jan",
            "email": "jan@example.org",
            "phone": "+31301234567",
            "location": "Utrecht",
            "for_whom": "self",
            "message": "Hallo",
            "language": "nl",
            "created_at": now,
            "deadline_at": now + timedelta(days=2),
            **changes,
        }
        async with session.begin_nested():
            session.add(ContactRequest(**row))
            with pytest.raises(IntegrityError):
                await session.flush()
