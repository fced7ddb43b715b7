"""Match proposals: a partner proposes a searching dossier to a matchable helper, the helper
answers (the partner hears in their language), both sides confirm the first meeting, which starts
one engagement and marks the dossier matched. No contact details before the engagement."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import time_machine
from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.models.audit import AuditEvent
from kring.models.dossier import Dossier, DossierStatusChange
from kring.models.match import Engagement, MatchProposal
from tests.accounts.helpers import queued_mails
from tests.dossiers.helpers import DOSSIERS, create, signed_in, verify
from tests.proposals.helpers import (
    HELPER_PROPOSALS,
    PROPOSALS,
    Helper,
    helper,
    helper_profile,
    proposal_body,
    propose,
    searching_dossier,
)


def _soon(**delta: float) -> str:
    return (datetime.now(UTC) + timedelta(**delta)).isoformat()


async def test_a_proposal_reaches_the_helper_without_contact_details(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    sanne, dossier = await searching_dossier(app, session, settings)
    henk = await helper(app, session, settings)
    sent = await propose(sanne, henk, dossier, meeting_at=None)
    assert sent["status"] == "sent"
    assert sent["helper"] == {"id": str(henk.profile.id), "first_name": "Henk", "photo_url": None}
    assert (sent["help_seeker_first_name"], sent["city"]) == ("Truus", "Utrecht")
    assert (sent["day_parts"], sent["meeting_at"], sent["engagement_id"]) == (
        {"monday": ["morning"]},
        None,
        None,
    )
    assert [s["id"] for s in sent["skills"]] == [dossier["help"]["skills"][0]["id"]]
    assert sent["sent_by_name"] == "Sanne"
    expires = datetime.fromisoformat(sent["expires_at"])
    assert abs(expires - datetime.now(UTC) - timedelta(days=7)) < timedelta(minutes=1)

    # Neither side sees the other's contact details before an engagement.
    mine = await henk.person.call("GET", f"{HELPER_PROPOSALS}/{sent['id']}")
    assert mine.status_code == 200
    for shown in (json.dumps(mine.json()), json.dumps(sent)):
        for secret in ("Lindelaan", "3511", "+31301234567", "Vries", "Oudegracht", "henk@"):
            assert secret not in shown
    listed = (await henk.person.call("GET", HELPER_PROPOSALS)).json()
    assert [p["id"] for p in listed["items"]] == [sent["id"]]
    of_dossier = (await sanne.call("GET", f"{DOSSIERS}/{dossier['id']}/proposals")).json()
    assert [p["id"] for p in of_dossier] == [sent["id"]]

    [mail] = await queued_mails(session, "henk@example.org")
    assert mail["template"] == "proposal_received"
    context: Any = mail["context"]
    assert context["link"].endswith(f"/provider/proposals/{sent['id']}")
    assert context["moment"] == "nog af te spreken"
    await session.refresh(henk.profile)
    assert henk.profile.proposals_received == 1
    # Reading it is in the dossier's access log, as the helper.
    actions = await session.scalars(
        select(AuditEvent.action).where(
            AuditEvent.subject_id == dossier["id"], AuditEvent.actor_user_id == henk.person.user.id
        )
    )
    assert set(actions) == {"dossier.proposal_viewed"}


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"day_parts": {"tuesday": ["morning"]}}, "day_parts"),
        ({"day_parts": {"monday": ["evening"]}}, "day_parts"),
        ({"meeting_at": "2020-01-01T10:00:00+01:00"}, "meeting_at"),
        ({"meeting_at": "2030-01-01T10:00:00"}, "meeting_at"),  # no time zone
        ({"skill_ids": []}, "skill_ids"),
        ({"message": ""}, "message"),
        ({"hourly_rate_cents": 1500}, "hourly_rate_cents"),  # a volunteer
    ],
)
async def test_bad_proposals_name_the_field(
    app: FastAPI,
    client: AsyncClient,
    session: AsyncSession,
    settings: Settings,
    change: dict[str, Any],
    field: str,
) -> None:
    sanne, dossier = await searching_dossier(app, session, settings)
    henk = await helper(app, session, settings)
    answer = await sanne.call(
        "POST", f"{DOSSIERS}/{dossier['id']}/proposals", proposal_body(henk, dossier, **change)
    )
    assert answer.status_code == 422, answer.json()
    assert answer.json()["errors"][0]["field"] == field
    assert await session.scalar(select(MatchProposal.id)) is None


async def test_a_skill_the_dossier_does_not_ask_for_is_refused(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    sanne, dossier = await searching_dossier(app, session, settings)
    henk = await helper(app, session, settings)
    asked = {s["id"] for s in dossier["help"]["skills"]}
    other = next(str(s) for s in henk.profile.skill_ids if str(s) not in asked)
    answer = await sanne.call(
        "POST",
        f"{DOSSIERS}/{dossier['id']}/proposals",
        proposal_body(henk, dossier, skill_ids=[other]),
    )
    assert (answer.status_code, answer.json()["errors"][0]["field"]) == (422, "skill_ids")


@pytest.mark.parametrize(
    "unmatchable",
    [
        {"identity_document_seen": False},
        {"accepting_new": False},
        {"status": "suspended", "suspended_reason": "Klachten."},
    ],
)
async def test_an_unmatchable_helper_is_refused(
    app: FastAPI,
    client: AsyncClient,
    session: AsyncSession,
    settings: Settings,
    unmatchable: dict[str, Any],
) -> None:
    sanne, dossier = await searching_dossier(app, session, settings)
    henk = await helper(app, session, settings, **unmatchable)
    answer = await sanne.call(
        "POST", f"{DOSSIERS}/{dossier['id']}/proposals", proposal_body(henk, dossier)
    )
    assert (answer.status_code, answer.json()["errors"][0]["field"]) == (422, "helper_id")
    assert "nieuwe hulpvragers" in answer.json()["errors"][0]["message"]


async def test_a_dossier_not_searching_is_refused_and_one_proposal_is_open_at_a_time(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    henk = await helper(app, session, settings)
    # A draft of a verified partner: not searching.
    bert = await signed_in(app, session, settings, "bert@example.org", "Bert")
    await verify(session, bert)
    draft = await create(bert)
    body = {**proposal_body(henk, {"help": {"skills": [{"id": str(henk.profile.skill_ids[0])}]}})}
    refused = await bert.call("POST", f"{DOSSIERS}/{draft['id']}/proposals", body)
    assert refused.status_code == 409
    assert "zoekt" in refused.json()["detail"]

    sanne, dossier = await searching_dossier(app, session, settings)
    await propose(sanne, henk, dossier)
    twice = await sanne.call(
        "POST", f"{DOSSIERS}/{dossier['id']}/proposals", proposal_body(henk, dossier)
    )
    assert twice.status_code == 409
    assert "openstaand voorstel" in twice.json()["detail"]
    # A paused dossier cannot be proposed either.
    await sanne.call("POST", f"{DOSSIERS}/{dossier['id']}/pause", {})
    ada = await helper(app, session, settings, "ada@example.org", "Ada")
    paused = await sanne.call(
        "POST", f"{DOSSIERS}/{dossier['id']}/proposals", proposal_body(ada, dossier)
    )
    assert paused.status_code == 409


async def test_a_paid_helper_gets_their_rate_unless_the_partner_gives_one(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    sanne, dossier = await searching_dossier(app, session, settings)
    paid = await helper(app, session, settings, kind="paid", hourly_rate_cents=1850)
    assert (await propose(sanne, paid, dossier))["hourly_rate_cents"] == 1850
    other = await helper(
        app, session, settings, "ada@example.org", "Ada", kind="paid", hourly_rate_cents=1850
    )
    assert (await propose(sanne, other, dossier, hourly_rate_cents=2000))[
        "hourly_rate_cents"
    ] == 2000


async def test_the_helper_answers_and_the_partner_hears_in_their_language(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    sanne, dossier = await searching_dossier(app, session, settings, language="fr")
    henk = await helper(app, session, settings)
    ada = await helper(app, session, settings, "ada@example.org", "Ada")
    first = await propose(sanne, henk, dossier)
    second = await propose(sanne, ada, dossier)

    other_moment = _soon(days=4)
    accepted = await henk.person.call(
        "POST", f"{HELPER_PROPOSALS}/{first['id']}/acceptance", {"other_moment": other_moment}
    )
    assert accepted.status_code == 200, accepted.json()
    assert accepted.json()["status"] == "other_moment"
    assert datetime.fromisoformat(accepted.json()["counter_meeting_at"]) == datetime.fromisoformat(
        other_moment
    )
    again = await henk.person.call(
        "POST", f"{HELPER_PROPOSALS}/{first['id']}/decline", {"reason": "x"}
    )
    assert again.status_code == 409

    declined = await ada.person.call(
        "POST", f"{HELPER_PROPOSALS}/{second['id']}/decline", {"reason": "Geen tijd op maandag."}
    )
    assert (declined.json()["status"], declined.json()["decline_reason"]) == (
        "declined",
        "Geen tijd op maandag.",
    )
    mails = await queued_mails(session, "sanne@example.org")
    assert [m["template"] for m in mails] == ["proposal_accepted", "proposal_declined"]
    assert all(m["language"] == "fr" for m in mails)
    context: Any = mails[0]["context"]
    assert context["other_moment"] is True
    assert context["link"].endswith(f"/partner/dossiers/{dossier['id']}")
    assert "2026" in context["moment"] or "2027" in context["moment"]
    await session.refresh(henk.profile)
    assert (henk.profile.proposals_received, henk.profile.proposals_answered) == (1, 1)
    assert henk.profile.answer_hours_avg is not None
    assert henk.profile.answer_hours_avg < 0.1
    assert henk.profile.last_answer_at is not None


async def test_an_answer_needs_a_waiting_proposal_and_a_future_moment(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    sanne, dossier = await searching_dossier(app, session, settings)
    henk = await helper(app, session, settings)
    sent = await propose(sanne, henk, dossier)
    past = await henk.person.call(
        "POST",
        f"{HELPER_PROPOSALS}/{sent['id']}/acceptance",
        {"other_moment": "2020-01-01T10:00:00+01:00"},
    )
    assert (past.status_code, past.json()["errors"][0]["field"]) == (422, "other_moment")
    await session.execute(
        update(MatchProposal)
        .where(MatchProposal.id == sent["id"])
        .values(expires_at=datetime.now(UTC) - timedelta(minutes=1))
    )
    await session.commit()
    late = await henk.person.call(
        "POST", f"{HELPER_PROPOSALS}/{sent['id']}/acceptance", {"other_moment": None}
    )
    assert late.status_code == 409


async def test_both_sides_confirm_and_one_engagement_starts(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    sanne, dossier = await searching_dossier(app, session, settings)
    henk = await helper(app, session, settings, kind="paid", hourly_rate_cents=1850)
    ada = await helper(app, session, settings, "ada@example.org", "Ada")
    sent = await propose(
        sanne,
        henk,
        dossier,
        meeting_at=None,
        day_parts={"monday": ["morning"], "thursday": ["afternoon"]},
    )
    other = await propose(sanne, ada, dossier)
    url = f"{PROPOSALS}/{sent['id']}/first-meeting-confirmation"
    # Not before the helper accepted.
    assert (await sanne.call("POST", url)).status_code == 409
    await henk.person.call(
        "POST", f"{HELPER_PROPOSALS}/{sent['id']}/acceptance", {"other_moment": None}
    )
    one = await sanne.call("POST", url)
    assert one.status_code == 200, one.json()
    assert one.json()["partner_confirmed_at"] is not None
    assert one.json()["engagement_id"] is None
    both = await henk.person.call("POST", url)
    assert both.status_code == 200, both.json()
    read = both.json()
    assert read["status"] == "confirmed"
    assert read["engagement_id"] is not None
    engagement = await session.get(Engagement, read["engagement_id"])
    assert engagement is not None
    assert (engagement.status, engagement.hourly_rate_cents, engagement.day_parts) == (
        "active",
        1850,
        sent_bits({"monday": ["morning"], "thursday": ["afternoon"]}),
    )
    again = await sanne.call("POST", url)
    assert again.status_code == 409
    assert (await session.scalar(select(Dossier.status).where(Dossier.id == dossier["id"]))) == (
        "matched"
    )
    history = (
        await session.scalars(
            select(DossierStatusChange.to_status)
            .where(DossierStatusChange.dossier_id == dossier["id"])
            .order_by(DossierStatusChange.created_at)
        )
    ).all()
    assert history[-1] == "matched"
    # The other open proposal stays as it was.
    assert (await session.get(MatchProposal, other["id"], populate_existing=True)).status == "sent"  # type: ignore[union-attr]
    started = [m["template"] for m in await queued_mails(session, "henk@example.org")]
    assert "engagement_started" in started
    assert "engagement_started" in [
        m["template"] for m in await queued_mails(session, "sanne@example.org")
    ]
    # The start is in the dossier's access log as the helper's doing (they confirmed last).
    started_row = await session.scalar(
        select(AuditEvent.details).where(
            AuditEvent.action == "dossier.engagement_started",
            AuditEvent.subject_id == dossier["id"],
        )
    )
    assert started_row is not None
    assert started_row["as"] == "helper"


def sent_bits(day_parts: dict[str, list[str]]) -> int:
    from kring.kit.day_parts import day_parts_to_bits

    return day_parts_to_bits(day_parts)


async def test_no_confirmation_before_the_meeting_and_ending_when_it_did_not_click(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    sanne, dossier = await searching_dossier(app, session, settings)
    henk = await helper(app, session, settings, language="en")
    sent = await propose(sanne, henk, dossier, meeting_at=_soon(days=2))
    await henk.person.call(
        "POST", f"{HELPER_PROPOSALS}/{sent['id']}/acceptance", {"other_moment": None}
    )
    early = await henk.person.call("POST", f"{PROPOSALS}/{sent['id']}/first-meeting-confirmation")
    assert early.status_code == 409
    assert "first meeting" in early.json()["detail"] or "kennismaking" in early.json()["detail"]
    ended = await sanne.call(
        "POST", f"{PROPOSALS}/{sent['id']}/ending", {"reason": "Het klikte niet."}
    )
    assert (ended.json()["status"], ended.json()["end_reason"]) == ("ended", "Het klikte niet.")
    [*_, mail] = await queued_mails(session, "henk@example.org")
    assert (mail["template"], mail["language"]) == ("proposal_ended", "en")
    # Ended, the helper may be proposed again.
    await propose(sanne, henk, dossier)


async def test_the_partner_withdraws_and_only_the_partner_may(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    sanne, dossier = await searching_dossier(app, session, settings)
    henk = await helper(app, session, settings)
    sent = await propose(sanne, henk, dossier)
    by_helper = await henk.person.call("POST", f"{PROPOSALS}/{sent['id']}/withdrawal")
    assert by_helper.status_code == 403
    withdrawn = await sanne.call("POST", f"{PROPOSALS}/{sent['id']}/withdrawal")
    assert withdrawn.json()["status"] == "withdrawn"
    assert (await sanne.call("POST", f"{PROPOSALS}/{sent['id']}/withdrawal")).status_code == 409
    [_, mail] = await queued_mails(session, "henk@example.org")
    assert mail["template"] == "proposal_withdrawn"
    answer = await henk.person.call(
        "POST", f"{HELPER_PROPOSALS}/{sent['id']}/acceptance", {"other_moment": None}
    )
    assert answer.status_code == 409


async def test_others_get_404(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    sanne, dossier = await searching_dossier(app, session, settings)
    henk = await helper(app, session, settings)
    sent = await propose(sanne, henk, dossier, meeting_at=None)
    ada = await helper(app, session, settings, "ada@example.org", "Ada")
    stranger = await signed_in(app, session, settings, "jan@example.org", "Jan")
    for who in (ada.person, stranger):
        for method, url, body in (
            ("GET", f"{HELPER_PROPOSALS}/{sent['id']}", None),
            ("POST", f"{HELPER_PROPOSALS}/{sent['id']}/acceptance", {"other_moment": None}),
            ("POST", f"{HELPER_PROPOSALS}/{sent['id']}/decline", {"reason": "Nee."}),
            ("POST", f"{PROPOSALS}/{sent['id']}/withdrawal", None),
            ("POST", f"{PROPOSALS}/{sent['id']}/first-meeting-confirmation", None),
            ("POST", f"{PROPOSALS}/{sent['id']}/ending", {"reason": "Nee."}),
            ("GET", f"{DOSSIERS}/{dossier['id']}/proposals", None),
            ("POST", f"{DOSSIERS}/{dossier['id']}/proposals", proposal_body(ada, dossier)),
        ):
            answer = await who.call(method, url, body)
            assert answer.status_code == 404, (who.user.email, method, url, answer.json())
    assert (await ada.person.call("GET", HELPER_PROPOSALS)).json()["items"] == []


async def test_confirmed_once_the_meeting_moment_has_passed(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    sanne, dossier = await searching_dossier(app, session, settings)
    henk = await helper(app, session, settings)
    sent = await propose(sanne, henk, dossier, meeting_at=_soon(minutes=10))
    await henk.person.call(
        "POST", f"{HELPER_PROPOSALS}/{sent['id']}/acceptance", {"other_moment": _soon(minutes=20)}
    )
    url = f"{PROPOSALS}/{sent['id']}/first-meeting-confirmation"
    # After the proposed moment, but the helper's other moment counts: still too early.
    # (Within the half hour a session stays signed in without activity.)
    with time_machine.travel(datetime.now(UTC) + timedelta(minutes=15)):
        assert (await sanne.call("POST", url)).status_code == 409
    with time_machine.travel(datetime.now(UTC) + timedelta(minutes=25)):
        assert (await sanne.call("POST", url)).status_code == 200
        confirmed = await henk.person.call("POST", url)
    assert confirmed.json()["engagement_id"] is not None


async def test_a_dossier_is_never_proposed_to_its_own_manager(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    sanne, dossier = await searching_dossier(app, session, settings)
    own = Helper(sanne, await helper_profile(session, sanne.user))
    answer = await sanne.call(
        "POST", f"{DOSSIERS}/{dossier['id']}/proposals", proposal_body(own, dossier)
    )
    assert (answer.status_code, answer.json()["errors"][0]["field"]) == (422, "helper_id")
