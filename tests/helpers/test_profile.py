"""A person's helper profile: created and replaced whole, refused input naming the field,
activation only when complete, the coverage box kept in step, and nobody else's profile."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.models.helper import HelperProfile, HelperWorkPlace
from tests.dossiers.helpers import signed_in, skill_ids
from tests.helpers.helpers import (
    AMERSFOORT_ID,
    PROFILE,
    UTRECHT,
    UTRECHT_ID,
    body,
    fields,
    save,
)


async def _coverage(session: AsyncSession, helper_id: str) -> tuple[float, float, float, float]:
    row = (
        await session.execute(
            text(
                "SELECT (coverage[1])[0], (coverage[1])[1], (coverage[0])[0], (coverage[0])[1]"
                " FROM helper_profile WHERE id = :id"
            ),
            {"id": helper_id},
        )
    ).one()
    return float(row[0]), float(row[1]), float(row[2]), float(row[3])


async def test_a_profile_is_made_as_a_draft_and_replaced_whole(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    anna = await signed_in(app, session, settings, "anna@example.org", "Anna")
    assert (await anna.call("GET", PROFILE)).status_code == 404
    skills = await skill_ids(session, 3)
    made = await save(anna, skills[:2])
    assert (made["status"], made["missing"], made["located"]) == ("draft", [], True)
    assert made["address"]["postcode"] == "3511 AB"
    assert made["day_parts"] == {"monday": ["morning"], "thursday": ["afternoon", "evening"]}
    assert (made["matchable"], made["identity_document_seen"], made["badged_at"]) == (
        False,
        False,
        None,
    )
    replaced = await save(
        anna,
        skills[2:],
        kind="paid",
        hourly_rate_cents=1800,
        languages=["fr"],
        day_parts={"sunday": ["evening"]},
    )
    assert replaced["id"] == made["id"]
    assert (replaced["kind"], replaced["hourly_rate_cents"]) == ("paid", 1800)
    assert (replaced["skill_ids"], replaced["languages"]) == (skills[2:], ["fr"])
    assert replaced["day_parts"] == {"sunday": ["evening"]}
    assert (await anna.call("GET", PROFILE)).json() == replaced
    assert await session.scalar(select(func.count()).select_from(HelperProfile)) == 1


async def test_two_first_saves_at_once_make_one_profile(
    app: FastAPI,
    committed_client: AsyncClient,
    committed: async_sessionmaker[AsyncSession],
    settings: Settings,
) -> None:
    """The account row's lock: the second save replaces what the first one made."""
    async with committed() as session:
        anna = await signed_in(app, session, settings, "anna@example.org", "Anna")
        skills = await skill_ids(session, 1)
    answers = await asyncio.gather(
        *(anna.call("PUT", PROFILE, body(skills, radius_km=r)) for r in (5, 6, 7))
    )
    assert [a.status_code for a in answers] == [200, 200, 200]
    async with committed() as session:
        count = await session.scalar(
            select(func.count())
            .select_from(HelperProfile)
            .where(HelperProfile.user_id == anna.user.id)
        )
    assert count == 1


BAD: list[tuple[str, dict[str, Any]]] = [
    ("hourly_rate_cents", {"hourly_rate_cents": 1500}),  # a volunteer has no rate
    ("hourly_rate_cents", {"kind": "paid"}),  # paid without a rate
    ("hourly_rate_cents", {"kind": "paid", "hourly_rate_cents": 99}),
    ("introduction", {"introduction": "x" * 201}),
    ("profile_text", {"profile_text": "x" * 5001}),
    ("introduction", {"introduction": "Hallo\x00"}),
    ("skill_ids", {"skill_ids": ["0193a1b2-0000-7000-8000-000000000001"]}),
    ("radius_km", {"radius_km": 0}),
    ("radius_km", {"radius_km": 151}),
    ("radius_km", {"radius_km": None}),
    ("address.postcode", {"address": {**body([])["address"], "postcode": "0123 AB"}}),
    ("address.street", {"address": {**body([])["address"], "street": "Laan\x00"}}),
    ("languages", {"languages": []}),
    ("languages", {"languages": ["nld"]}),
    ("place_ids", {"work_area": "places", "place_ids": [999999999]}),
    ("day_parts", {"day_parts": {"someday": ["morning"]}}),
]


@pytest.mark.parametrize(
    ("field", "changes"), BAD, ids=[f"{f}-{i}" for i, (f, _c) in enumerate(BAD)]
)
async def test_bad_input_names_the_field_and_changes_nothing(
    app: FastAPI,
    client: AsyncClient,
    session: AsyncSession,
    settings: Settings,
    field: str,
    changes: dict[str, Any],
) -> None:
    anna = await signed_in(app, session, settings, "anna@example.org", "Anna")
    skills = await skill_ids(session, 1)
    before = await save(anna, skills)
    answer = await anna.call("PUT", PROFILE, body(skills, **changes))
    assert answer.status_code == 422, answer.json()
    assert any(f.startswith(field) for f in fields(answer)), answer.json()
    assert (await anna.call("GET", PROFILE)).json() == before


async def test_activation_only_when_complete(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    anna = await signed_in(app, session, settings, "anna@example.org", "Anna")
    assert (await anna.call("POST", f"{PROFILE}/activation")).status_code == 404
    skills = await skill_ids(session, 1)
    # An address the gazetteer cannot place, no skills, no time, no introduction.
    lacking = await save(
        anna,
        [],
        introduction=" ",
        day_parts={},
        address={**body([])["address"], "city": "Nergenshuizen"},
    )
    assert lacking["located"] is False
    assert lacking["missing"] == ["introduction", "skill_ids", "day_parts", "address"]
    refused = await anna.call("POST", f"{PROFILE}/activation")
    assert refused.status_code == 422
    assert fields(refused) == {"introduction", "skill_ids", "day_parts", "address"}
    assert (await anna.call("GET", PROFILE)).json()["status"] == "draft"
    await save(anna, skills)
    active = await anna.call("POST", f"{PROFILE}/activation")
    assert (active.status_code, active.json()["status"]) == (200, "active")
    # Made incomplete again, it goes back to draft (the database holds active = complete).
    back = await save(anna, [])
    assert (back["status"], back["missing"]) == ("draft", ["skill_ids"])


async def test_a_places_work_area_needs_places(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    anna = await signed_in(app, session, settings, "anna@example.org", "Anna")
    skills = await skill_ids(session, 1)
    made = await save(anna, skills, work_area="places", radius_km=None, place_ids=[])
    assert made["missing"] == ["place_ids"]
    refused = await anna.call("POST", f"{PROFILE}/activation")
    assert (refused.status_code, fields(refused)) == (422, {"place_ids"})


async def test_the_coverage_box_follows_the_work_area(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    anna = await signed_in(app, session, settings, "anna@example.org", "Anna")
    skills = await skill_ids(session, 1)
    made = await save(anna, skills, radius_km=10)
    west, south, east, north = await _coverage(session, made["id"])
    lon, lat = UTRECHT
    assert north - lat == pytest.approx(10 / 111.2)
    assert lat - south == pytest.approx(10 / 111.2)
    assert east - lon == pytest.approx(lon - west)
    assert 0.14 < east - lon < 0.15  # 10 km at 52° north: about 0.146° of longitude
    # Places: the box spans them, 5 km beyond.
    places = await save(
        anna,
        skills,
        work_area="places",
        radius_km=None,
        place_ids=[UTRECHT_ID, AMERSFOORT_ID],
    )
    assert [p["name"] for p in places["places"]] == ["Amersfoort", "Utrecht"]
    assert places["radius_km"] is None
    west, south, east, north = await _coverage(session, made["id"])
    assert south == pytest.approx(52.09083 - 5 / 111.2)
    assert north == pytest.approx(52.155 + 5 / 111.2)
    assert west < 5.12222 < 5.3875 < east
    # Back to a radius: the places go.
    await save(anna, skills, radius_km=3)
    assert await session.scalar(select(func.count()).select_from(HelperWorkPlace)) == 0
    west, south, east, north = await _coverage(session, made["id"])
    assert north - south == pytest.approx(6 / 111.2)


async def test_a_person_may_be_provider_and_helper(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    bert = await signed_in(app, session, settings, "bert@example.org", "Bert")
    personal = {"service_kinds": ["home_services"], "first_name": "Bert"}
    started = await bert.call("PUT", "/api/v1/provider/profile/personal", personal)
    assert started.status_code == 200, started.json()
    skills = await skill_ids(session, 1)
    await save(bert, skills)
    assert (await bert.call("GET", "/api/v1/provider/profile")).status_code == 200
    assert (await bert.call("GET", PROFILE)).status_code == 200


async def test_nobody_reaches_another_persons_profile(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    anna = await signed_in(app, session, settings, "anna@example.org", "Anna")
    kees = await signed_in(app, session, settings, "kees@example.org", "Kees")
    skills = await skill_ids(session, 1)
    made = await save(anna, skills)
    # Kees's own save makes his own profile; Anna's stays as it was.
    assert (await kees.call("GET", PROFILE)).status_code == 404
    assert (await kees.call("POST", f"{PROFILE}/activation")).status_code == 404
    kees_made = await save(kees, skills, introduction="Kees.")
    assert kees_made["id"] != made["id"]
    assert (await anna.call("GET", PROFILE)).json() == made
    assert (await client.get(PROFILE)).status_code == 401
