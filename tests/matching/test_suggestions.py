"""Helpers near a help seeker and the ranked suggestions, on hand-made maps around Truus in
Utrecht: the radius's edges, places, who is never suggested, the score's order and its ties,
the reasons and misfits in Dutch and English, open proposals, states, reach and the audit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.models.audit import AuditEvent
from kring.models.match import MatchProposal
from tests.matching.helpers import AMSTERDAM_PLACE, UTRECHT_PLACE, Map, east, helper, truus
from tests.members.helpers import person

ADMIN = "/api/v1/admin/dossiers"


@pytest.fixture(autouse=True)
def _in_the_tests_transaction(client: AsyncClient) -> None:
    """Requests run inside the test's rolled-back transaction (the `client` fixture sets it)."""


async def _suggested(world: Map, language: str = "nl") -> list[dict[str, Any]]:
    world.manager.client.headers["Accept-Language"] = language
    answer = await world.manager.call("GET", f"{world.url}/suggestions")
    assert answer.status_code == 200, answer.text
    items: list[dict[str, Any]] = answer.json()["items"]
    return items


async def _near(world: Map) -> int:
    answer = await world.manager.call("GET", f"{world.url}/helpers-near")
    assert answer.status_code == 200, answer.text
    return int(answer.json()["count"])


async def test_who_covers_the_address_and_who_is_never_suggested(
    app: FastAPI, session: AsyncSession, settings: Settings
) -> None:
    world = await truus(app, session, settings)
    all_skills = [s.id for s in world.skills]
    # The radius's edge: 4.9 km away with 5 km reaches her, 5.1 km does not.
    await helper(session, "Inside", km=4.9, radius_km=5, skill_ids=all_skills)
    await helper(session, "Outside", km=5.1, radius_km=5, skill_ids=all_skills)
    # Lives in Amsterdam, works in Utrecht (within 5 km of the place): covers her.
    amsterdam = (52.37403, 4.88969)
    await helper(session, "Placed", at=amsterdam, places=(UTRECHT_PLACE,), skill_ids=all_skills)
    await helper(session, "Elsewhere", km=1, places=(AMSTERDAM_PLACE,), skill_ids=all_skills)
    # Near, but never suggested: not taking anyone new, no identity badge, suspended, a draft.
    await helper(session, "Full", skill_ids=all_skills, accepting_new=False)
    await helper(session, "Unbadged", skill_ids=all_skills, identity_document_seen=False)
    await helper(
        session, "Suspended", skill_ids=all_skills, status="suspended", suspended_reason="Klacht."
    )
    await helper(session, "Draft", skill_ids=all_skills, status="draft")
    # Covers her, but can come on none of the day-parts she asked for: counted, not suggested.
    await helper(session, "Weekend", skill_ids=all_skills, day_parts={"sunday": ["morning"]})

    assert await _near(world) == 3
    names = [item["first_name"] for item in await _suggested(world)]
    assert names == ["Inside", "Placed"]


async def test_the_score_orders_them_and_ties_go_to_distance_then_id(
    app: FastAPI, session: AsyncSession, settings: Settings
) -> None:
    world = await truus(app, session, settings)
    both, first = [s.id for s in world.skills], [world.skills[0].id]
    await helper(session, "Near", km=1, skill_ids=both)  # 27 + 30 + 20 + 10 + 2.5 + 2.5
    await helper(session, "Further", km=3, skill_ids=both)  # 21 + 30 + ...
    await helper(session, "Half", km=1, skill_ids=first)  # 27 + 15 + ...
    # At her very spot (full distance points, so the sums are exact): 30 + 30 + 10 + 10 + 5
    # and 30 + 30 + 20 + 0 + 5.
    await helper(session, "Monday", km=0, skill_ids=both, day_parts={"monday": ["morning"]})
    await helper(session, "English", km=0, skill_ids=both, languages=("en",))
    # Beyond a places worker's 25 km of reach both get no distance points: equal scores, the
    # nearer one first; two at the same spot with the same profile: by id.
    for name, spot in (("Far", (52.37, 4.9)), ("Farther", (52.45, 4.9))):
        await helper(session, name, at=spot, places=(UTRECHT_PLACE,), skill_ids=both)
    twins = [
        await helper(session, name, km=2, skill_ids=first, languages=("en",))
        for name in ("Twin", "Twin")
    ]

    items = await _suggested(world)
    scores = {item["first_name"]: item["score"] for item in items}
    assert scores["Near"] == 92.0
    assert scores["Further"] == 86.0
    assert scores["Half"] == 77.0
    assert scores["Monday"] == scores["English"] == 85.0
    assert scores["Far"] == scores["Farther"] == 65.0
    names = [item["first_name"] for item in items]
    # Monday and English tie: the same distance, so by id (the one made first).
    assert names[:5] == ["Near", "Further", "Monday", "English", "Half"]
    assert names[5:] == ["Far", "Farther", "Twin", "Twin"]
    assert [item["helper_id"] for item in items[-2:]] == sorted(str(t.id) for t in twins)
    # Every part is there, with points up to its maximum, adding up to the score.
    for item in items:
        assert [p["part"] for p in item["parts"]] == [
            "distance",
            "skills",
            "day_parts",
            "language",
            "rating",
            "responsiveness",
        ]
        assert sum(p["max_points"] for p in item["parts"]) == 100
        assert abs(sum(p["points"] for p in item["parts"]) - item["score"]) < 0.3


async def test_rating_and_responsiveness_count(
    app: FastAPI, session: AsyncSession, settings: Settings
) -> None:
    world = await truus(app, session, settings)
    both = [s.id for s in world.skills]
    await helper(session, "New", skill_ids=both)
    await helper(
        session,
        "Known",
        skill_ids=both,
        rating_count=4,
        rating_sum=20,
        proposals_received=4,
        proposals_answered=4,
        answer_hours_avg=5.0,
        last_answer_at=datetime.now(UTC),
    )
    await helper(
        session,
        "Silent",
        skill_ids=both,
        rating_count=2,
        rating_sum=2,
        proposals_received=3,
        proposals_answered=0,
    )
    items = {item["first_name"]: item for item in await _suggested(world)}
    assert [item for item in items] == ["Known", "New", "Silent"]
    parts = {p["part"]: p for p in items["Known"]["parts"]}
    assert (parts["rating"]["points"], parts["responsiveness"]["points"]) == (5.0, 5.0)
    assert parts["rating"]["detail"] == "beoordeeld met 5,0 uit 5 (4 beoordelingen)"
    assert parts["responsiveness"]["detail"] == "antwoordt meestal binnen een dag"
    new = {p["part"]: p for p in items["New"]["parts"]}
    assert (new["rating"]["points"], new["responsiveness"]["points"]) == (2.5, 2.5)
    assert new["rating"]["detail"] == "nog geen beoordelingen"
    silent = {p["part"]: p for p in items["Silent"]["parts"]}
    assert (silent["rating"]["points"], silent["responsiveness"]["points"]) == (0.0, 0.0)
    assert silent["responsiveness"]["detail"] == "heeft nog geen voorstel beantwoord"


async def test_the_reasons_and_misfits_in_dutch_and_english(
    app: FastAPI, session: AsyncSession, settings: Settings
) -> None:
    world = await truus(app, session, settings, languages=("nl", "tr"))
    first = world.skills[0]
    anouk = await helper(
        session,
        "Anouk",
        km=3.2,
        radius_km=16,
        skill_ids=[first.id],
        day_parts={"monday": ["morning", "evening"]},
        photo_key="helpers/anouk.jpg",
        kind="paid",
        hourly_rate_cents=2250,
    )
    [nl] = await _suggested(world, "nl")
    assert nl["helper_id"] == str(anouk.id)
    assert nl["photo_url"] == f"/api/v1/helpers/{anouk.id}/photo/small"
    assert (nl["kind"], nl["hourly_rate_cents"], nl["distance_km"]) == ("paid", 2250, 3.2)
    spot = east(3.2)
    assert (nl["latitude"], nl["longitude"]) == (round(spot[0], 2), round(spot[1], 2))
    assert nl["day_parts"] == {"monday": ["morning", "evening"]}
    assert nl["shared_skills"] == [{"id": str(first.id), "name": first.name_nl}]
    details = {p["part"]: (p["points"], p["detail"]) for p in nl["parts"]}
    assert details["distance"] == (24.0, "3,2 km van Truus")
    assert details["skills"] == (15.0, "1 van de 2 gevraagde soorten hulp")
    assert details["day_parts"] == (10.0, "kan op 1 van de 2 gevraagde dagdelen")
    assert details["language"] == (10.0, "spreekt Nederlands")
    assert details["responsiveness"][1] == "nog geen voorstellen ontvangen"
    assert nl["misfits"] == [
        f"biedt geen hulp bij: {world.skills[1].name_nl}",
        "kan niet op donderdagmiddag",
        "spreekt geen Turks",
    ]
    [en] = await _suggested(world, "en")
    details = {p["part"]: p["detail"] for p in en["parts"]}
    assert details["distance"] == "3.2 km from Truus"
    assert details["skills"] == "1 of the 2 kinds of help asked for"
    assert details["day_parts"] == "available on 1 of the 2 day-parts asked for"
    assert details["language"] == "speaks Dutch"
    assert details["rating"] == "no ratings yet"
    assert en["misfits"] == [
        f"does not offer: {world.skills[1].name_en}",
        "not available on Thursday afternoon",
        "does not speak Turkish",
    ]
    assert en["shared_skills"] == [{"id": str(first.id), "name": first.name_en}]


async def test_an_open_proposal_shows_and_the_origin_is_approximate(
    app: FastAPI, session: AsyncSession, settings: Settings
) -> None:
    world = await truus(app, session, settings)
    both = [s.id for s in world.skills]
    asked = await helper(session, "Asked", skill_ids=both)
    declined = await helper(session, "Declined", skill_ids=both)
    now = datetime.now(UTC)
    common: dict[str, Any] = {
        "dossier_id": world.dossier.id,
        "message": "Zou u Truus willen helpen?",
        "day_parts": world.dossier.day_parts,
        "expires_at": now + timedelta(days=7),
    }
    sent = MatchProposal(helper_id=asked.id, status="sent", **common)
    session.add_all(
        [
            sent,
            MatchProposal(
                helper_id=declined.id, status="declined", decline_reason="Druk.", **common
            ),
        ]
    )
    await session.commit()
    answer = (await world.manager.call("GET", f"{world.url}/suggestions")).json()
    assert answer["origin"] == {"latitude": 52.09, "longitude": 5.12}
    proposals = {item["first_name"]: item["open_proposal"] for item in answer["items"]}
    assert proposals == {"Asked": {"id": str(sent.id), "status": "sent"}, "Declined": None}


async def test_states_and_a_missing_location(
    app: FastAPI, session: AsyncSession, settings: Settings
) -> None:
    # Before the fee is paid: how many are near, not who.
    draft = await truus(app, session, settings, status="awaiting_payment")
    await helper(session, "Anouk", skill_ids=[s.id for s in draft.skills])
    assert await _near(draft) == 1
    refused = await draft.manager.call("GET", f"{draft.url}/suggestions")
    assert refused.status_code == 409
    assert "inschrijfkosten" in refused.json()["detail"]


async def test_closed_and_unplaced_dossiers_are_refused(
    app: FastAPI, session: AsyncSession, settings: Settings
) -> None:
    closed = await truus(app, session, settings, status="closed")
    for path in ("helpers-near", "suggestions"):
        assert (await closed.manager.call("GET", f"{closed.url}/{path}")).status_code == 409
    closed.dossier.status = "searching"
    closed.dossier.closed_reason = None
    closed.dossier.latitude = closed.dossier.longitude = None
    await session.commit()
    for path in ("helpers-near", "suggestions"):
        answer = await closed.manager.call("GET", f"{closed.url}/{path}")
        assert answer.status_code == 409
        assert "kaart" in answer.json()["detail"]


async def test_reach_and_the_access_log(
    app: FastAPI, session: AsyncSession, settings: Settings
) -> None:
    world = await truus(app, session, settings)
    await helper(session, "Anouk", skill_ids=[s.id for s in world.skills])
    bert = await person(app, session, settings, "bert@example.org", "Bert")
    vera = await person(app, session, settings, "vera@kring.example", "Vera", staff_role="verifier")
    bo = await person(app, session, settings, "bo@kring.example", "Bo", staff_role="branch")
    for path in ("helpers-near", "suggestions"):
        # A foreign dossier does not exist, for staff as a person too.
        assert (await bert.call("GET", f"{world.url}/{path}")).status_code == 404
        assert (await vera.call("GET", f"{world.url}/{path}")).status_code == 404
        assert (await world.manager.call("GET", f"{world.url}/{path}")).status_code == 200
        staff_url = f"{ADMIN}/{world.dossier.id}/{path}"
        assert (await vera.call("GET", staff_url)).status_code == 200
        assert (await bo.call("GET", staff_url)).status_code == 403
    rows = (
        await session.execute(
            select(AuditEvent.action, AuditEvent.details)
            .where(AuditEvent.subject_type == "dossier", AuditEvent.subject_id == world.dossier.id)
            .order_by(AuditEvent.created_at, AuditEvent.id)
        )
    ).all()
    seen = [(action, details["as"]) for action, details in rows]
    assert seen == [
        ("dossier.helpers_near_viewed", "manager"),
        ("dossier.helpers_near_viewed", "staff"),
        ("dossier.suggestions_viewed", "manager"),
        ("dossier.suggestions_viewed", "staff"),
    ]
    assert rows[0][1]["count"] == 1
    assert rows[3][1]["staff_role"] == "verifier"
    assert len(rows[2][1]["helpers"]) == 1


async def test_helpers_near_stops_counting_at_the_cap(
    app: FastAPI, session: AsyncSession, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A city centre is covered by tens of thousands: the count says "more than" past its cap."""
    from kring.matching import repository

    monkeypatch.setattr(repository, "NEAR_CAP", 2)
    world = await truus(app, session, settings)
    all_skills = [s.id for s in world.skills]
    for name in ("One", "Two"):
        await helper(session, name, km=1, skill_ids=all_skills)
    answer = await world.manager.call("GET", f"{world.url}/helpers-near")
    assert answer.json() == {"count": 2, "more": False}
    await helper(session, "Three", km=1, skill_ids=all_skills)
    answer = await world.manager.call("GET", f"{world.url}/helpers-near")
    assert answer.json() == {"count": 2, "more": True}
