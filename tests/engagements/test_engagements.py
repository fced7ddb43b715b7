"""Engagements: contact details shown from the engagement on, pause / resume / end by either side
(the other side hears), the dossier back to searching when the last one ends; the private iCal
feed, parsed back, and 404 once revoked."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from httpx import AsyncClient
from icalendar import Calendar
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.models.audit import AuditEvent
from kring.models.dossier import Dossier
from tests.accounts.helpers import queued_mails
from tests.dossiers.helpers import DOSSIERS, signed_in
from tests.members.helpers import Person, person
from tests.proposals.helpers import (
    ENGAGEMENTS,
    HELPER_PROPOSALS,
    PROPOSALS,
    Helper,
    helper,
    propose,
    searching_dossier,
)

FEED = "/api/v1/me/calendar-feed"


async def engaged(
    app: FastAPI, session: AsyncSession, settings: Settings, **helper_changes: Any
) -> tuple[Person, Helper, dict[str, Any], dict[str, Any]]:
    """A partner, a helper, the dossier and the engagement both confirmed."""
    sanne, dossier = await searching_dossier(app, session, settings)
    henk = await helper(app, session, settings, **helper_changes)
    sent = await propose(
        sanne,
        henk,
        dossier,
        meeting_at=None,
        day_parts={"monday": ["morning"], "thursday": ["evening"]},
    )
    accepted = await henk.person.call(
        "POST", f"{HELPER_PROPOSALS}/{sent['id']}/acceptance", {"other_moment": None}
    )
    assert accepted.status_code == 200
    url = f"{PROPOSALS}/{sent['id']}/first-meeting-confirmation"
    assert (await henk.person.call("POST", url)).status_code == 200
    confirmed = await sanne.call("POST", url)
    engagement_id = confirmed.json()["engagement_id"]
    engagement = (await sanne.call("GET", f"{ENGAGEMENTS}/{engagement_id}")).json()
    return sanne, henk, dossier, engagement


async def _dossier_status(session: AsyncSession, dossier_id: str) -> str:
    status = await session.scalar(
        select(Dossier.status)
        .where(Dossier.id == dossier_id)
        .execution_options(populate_existing=True)
    )
    return str(status)


async def test_contact_details_are_shown_from_the_engagement_on(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    sanne, henk, dossier, engagement = await engaged(app, session, settings)
    assert engagement["status"] == "active"
    assert engagement["day_parts"] == {"monday": ["morning"], "thursday": ["evening"]}
    assert engagement["helper"] == {
        "id": str(henk.profile.id),
        "first_name": "Henk",
        "last_name": "Bakker",
        "phone": "+31612345678",
        "email": "henk@example.org",
        "photo_url": None,
    }
    seeker = engagement["help_seeker"]
    assert (seeker["first_name"], seeker["last_name"], seeker["phone"]) == (
        "Truus",
        "de Vries",
        "+31301234567",
    )
    assert seeker["address"]["street"] == "Lindelaan"
    assert engagement["partner"]["email"] == "sanne@example.org"
    # The helper sees the same, in their own list.
    mine = (await henk.person.call("GET", "/api/v1/helper/engagements")).json()
    assert [e["id"] for e in mine] == [engagement["id"]]
    assert mine[0]["help_seeker"]["address"]["postcode"] == "3511 AB"
    of_dossier = (await sanne.call("GET", f"{DOSSIERS}/{dossier['id']}/engagements")).json()
    assert [e["id"] for e in of_dossier] == [engagement["id"]]
    # Anyone else: 404.
    stranger = await signed_in(app, session, settings, "jan@example.org", "Jan")
    for method, url, body in (
        ("GET", f"{ENGAGEMENTS}/{engagement['id']}", None),
        ("POST", f"{ENGAGEMENTS}/{engagement['id']}/pause", {"reason": "Nee."}),
        ("POST", f"{ENGAGEMENTS}/{engagement['id']}/ending", {"reason": "Nee."}),
        ("GET", f"{DOSSIERS}/{dossier['id']}/engagements", None),
    ):
        assert (await stranger.call(method, url, body)).status_code == 404, url
    assert (await stranger.call("GET", "/api/v1/helper/engagements")).json() == []


async def test_pause_resume_and_end_tell_the_other_side_and_the_dossier_searches_again(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    sanne, henk, dossier, engagement = await engaged(app, session, settings, language="fr")
    url = f"{ENGAGEMENTS}/{engagement['id']}"
    assert await _dossier_status(session, dossier["id"]) == "matched"
    paused = await sanne.call("POST", f"{url}/pause", {"reason": "Truus is op vakantie."})
    assert (paused.json()["status"], paused.json()["pause_reason"]) == (
        "paused",
        "Truus is op vakantie.",
    )
    assert (await henk.person.call("POST", f"{url}/pause", {"reason": "x"})).status_code == 409
    resumed = await henk.person.call("POST", f"{url}/resumption", {})
    assert (resumed.json()["status"], resumed.json()["pause_reason"]) == ("active", None)
    ended = await henk.person.call("POST", f"{url}/ending", {"reason": "Ik verhuis."})
    assert ended.status_code == 200, ended.json()
    assert (ended.json()["status"], ended.json()["end_reason"]) == ("ended", "Ik verhuis.")
    assert ended.json()["ended_at"] is not None
    assert (await sanne.call("POST", f"{url}/ending", {"reason": "x"})).status_code == 409
    assert await _dossier_status(session, dossier["id"]) == "searching"

    to_helper = [m for m in await queued_mails(session, "henk@example.org")]
    paused_mail = next(m for m in to_helper if m["template"] == "engagement_paused")
    assert paused_mail["language"] == "fr"
    assert paused_mail["context"]["reason"] == "Truus is op vakantie."  # type: ignore[index]
    to_partner = [m["template"] for m in await queued_mails(session, "sanne@example.org")]
    assert to_partner[-2:] == ["engagement_resumed", "engagement_ended"]


async def test_a_second_engagement_keeps_the_dossier_matched(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    sanne, _henk, dossier, engagement = await engaged(app, session, settings)
    ada = await helper(app, session, settings, "ada@example.org", "Ada")
    sent = await propose(sanne, ada, dossier, meeting_at=None)
    await ada.person.call(
        "POST", f"{HELPER_PROPOSALS}/{sent['id']}/acceptance", {"other_moment": None}
    )
    for who in (ada.person, sanne):
        await who.call("POST", f"{PROPOSALS}/{sent['id']}/first-meeting-confirmation")
    await sanne.call("POST", f"{ENGAGEMENTS}/{engagement['id']}/ending", {"reason": "Klaar."})
    assert await _dossier_status(session, dossier["id"]) == "matched"


async def test_the_calendar_feed_lists_meetings_and_weekly_help_until_revoked(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    sanne, henk, dossier, _engagement = await engaged(app, session, settings, language="en")
    # A first meeting still to come, with another helper.
    ada = await helper(app, session, settings, "ada@example.org", "Ada")
    sent = await propose(sanne, ada, dossier)
    await ada.person.call(
        "POST", f"{HELPER_PROPOSALS}/{sent['id']}/acceptance", {"other_moment": None}
    )
    assert (await henk.person.call("GET", FEED)).json() == {"active": False, "created_at": None}
    made = await henk.person.call("POST", FEED)
    assert made.status_code == 201
    url = made.json()["url"]
    assert url.startswith(settings.public_url)
    assert url.endswith(".ics")
    assert (await henk.person.call("GET", FEED)).json()["active"] is True
    path = url.removeprefix(settings.public_url.rstrip("/"))
    anonymous = AsyncClient(transport=client._transport, base_url="https://testserver")
    answer = await anonymous.get(path)
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/calendar")
    events = Calendar.from_ical(answer.content).walk("VEVENT")
    # The helper: the weekly help, with the address (an engagement runs), in English.
    summaries = sorted(str(e["summary"]) for e in events)
    assert summaries == ["Helping Truus", "Helping Truus"]
    for event in events:
        assert event["rrule"]["FREQ"] == ["WEEKLY"]
        assert "Lindelaan 12" in str(event["location"])
    starts = sorted(
        (e.decoded("dtstart").strftime("%A %H:%M"), str(e.decoded("dtstart").tzinfo))
        for e in events
    )
    assert starts == [("Monday 09:00", "Europe/Amsterdam"), ("Thursday 18:00", "Europe/Amsterdam")]

    # The partner: the weekly help and the first meeting with Ada, without a street address.
    partner_url = (await sanne.call("POST", FEED)).json()["url"]
    partner_feed = await anonymous.get(partner_url.removeprefix(settings.public_url.rstrip("/")))
    partner_events = Calendar.from_ical(partner_feed.content).walk("VEVENT")
    meeting = next(e for e in partner_events if "rrule" not in e)
    assert str(meeting["summary"]) == "Kennismaking van Truus met Ada"
    assert "Lindelaan" not in str(meeting["location"])
    assert meeting.decoded("dtstart") is not None
    assert sum(1 for e in partner_events if "rrule" in e) == 2

    # A new address revokes the old one; deleting it revokes it too.
    again = (await henk.person.call("POST", FEED)).json()["url"]
    assert (await anonymous.get(path)).status_code == 404
    assert (await henk.person.call("DELETE", FEED)).status_code == 204
    assert (
        await anonymous.get(again.removeprefix(settings.public_url.rstrip("/")))
    ).status_code == 404
    assert (
        await anonymous.get("/api/v1/calendar/unknown-token-0123456789abcdef.ics")
    ).status_code == 404
    assert (await henk.person.call("GET", FEED)).json()["active"] is False


async def test_staff_who_may_view_dossiers_read_them_and_it_is_audited(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    _sanne, _henk, dossier, engagement = await engaged(app, session, settings)
    admin = await person(app, session, settings, "admin@kring.example", "Ada", staff_role="admin")
    branch = await person(
        app, session, settings, "branch@kring.example", "Bram", staff_role="branch"
    )
    base = f"/api/v1/admin/dossiers/{dossier['id']}"
    proposals = await admin.call("GET", f"{base}/proposals")
    assert [p["engagement_id"] for p in proposals.json()] == [engagement["id"]]
    engagements = await admin.call("GET", f"{base}/engagements")
    assert engagements.json()[0]["help_seeker"]["phone"] == "+31301234567"
    assert (await branch.call("GET", f"{base}/proposals")).status_code == 403
    actions = set(
        await session.scalars(
            select(AuditEvent.action).where(
                AuditEvent.subject_id == dossier["id"], AuditEvent.actor_user_id == admin.user.id
            )
        )
    )
    assert actions == {"dossier.proposals_viewed", "dossier.engagements_viewed"}
