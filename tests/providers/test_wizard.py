"""The provider sign-up wizard: each step's validation, storing as it goes, resuming, and the
money rules (member prices, the fee's VAT split)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from httpx import AsyncClient
from redis.asyncio import Redis
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.kit.money import member_price_cents, split_vat
from kring.models.provider import ProviderProfile
from tests.accounts.helpers import csrf, log_in, make_user

PERSONAL = {"service_kinds": ["home_services"], "first_name": "Bert", "heard_from": "Via de buren"}
COMPANY = {
    "has_kvk": True,
    "company_name": "Bert BV",
    "kvk_number": "1234 5678",
    "address": {
        "street": "Lindelaan",
        "house_number": "12",
        "postcode": "3511ab",
        "city": "Utrecht",
    },
}


@pytest.mark.parametrize(
    ("customer", "member"), [(1000, 900), (1500, 1350), (5, 5), (3500, 3150), (1, 1), (15, 14)]
)
def test_the_member_price_is_ten_percent_off_rounded_half_up(customer: int, member: int) -> None:
    assert member_price_cents(customer) == member


def test_the_fee_splits_into_net_and_vat_that_add_up() -> None:
    fee = split_vat(1000)
    assert (fee.net_cents, fee.vat_cents, fee.total_cents) == (826, 174, 1000)


async def _provider(client: AsyncClient, session: AsyncSession) -> None:
    await make_user(session, "bert@example.org", first_name="B")
    await log_in(client, "bert@example.org")


async def _put(client: AsyncClient, settings: Settings, step: str, body: dict[str, Any]) -> Any:
    return await client.put(
        f"/api/v1/provider/profile/{step}", headers=csrf(client, settings), json=body
    )


async def test_steps_are_stored_as_they_come_and_the_wizard_resumes(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await _provider(client, session)
    assert (await client.get("/api/v1/provider/profile")).status_code == 404
    first = await _put(client, settings, "personal", PERSONAL)
    assert first.status_code == 200, first.json()
    assert first.json()["next_step"] == "company"
    assert first.json()["first_name"] == "Bert"
    company = await _put(client, settings, "company", COMPANY)
    assert company.status_code == 200, company.json()
    assert company.json()["kvk_number"] == "12345678"
    assert company.json()["address"]["postcode"] == "3511 AB"
    assert company.json()["located"] is True

    # Log out and in again: the wizard carries on where it was.
    await client.post("/api/v1/auth/logout", headers=csrf(client, settings))
    client.cookies.clear()
    await log_in(client, "bert@example.org")
    resumed = (await client.get("/api/v1/provider/profile")).json()
    assert resumed["completed_steps"] == ["personal", "company"]
    assert resumed["next_step"] == "profile"
    assert resumed["company_name"] == "Bert BV"
    assert resumed["fee"] == {
        "net_cents": 826,
        "vat_cents": 174,
        "total_cents": 1000,
        "vat_percent": 21,
    }

    # Going back to an earlier step changes it without losing the rest.
    again = await _put(
        client,
        settings,
        "personal",
        {**PERSONAL, "service_kinds": ["home_services", "discounts_offers"]},
    )
    assert again.json()["completed_steps"] == ["personal", "company"]
    assert again.json()["service_kinds"] == ["home_services", "discounts_offers"]


async def test_company_step_refusals(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await _provider(client, session)
    missing = await _put(
        client, settings, "company", {**COMPANY, "company_name": None, "kvk_number": "123"}
    )
    assert missing.status_code == 422
    assert {e["field"] for e in missing.json()["errors"]} == {"company_name", "kvk_number"}
    postcode = await _put(
        client,
        settings,
        "company",
        {**COMPANY, "address": {**COMPANY["address"], "postcode": "1234 SA"}},
    )  # type: ignore[dict-item]
    assert postcode.json()["errors"][0]["field"] == "address.postcode"
    no_kvk = await _put(
        client,
        settings,
        "company",
        {**COMPANY, "has_kvk": False, "kvk_number": None, "company_name": None},
    )
    assert no_kvk.status_code == 200
    assert no_kvk.json()["kvk_number"] is None


@pytest.mark.parametrize(("length", "status"), [(200, 200), (201, 422)])
async def test_the_introduction_has_at_most_200_characters(
    client: AsyncClient, session: AsyncSession, settings: Settings, length: int, status: int
) -> None:
    await _provider(client, session)
    answer = await _put(
        client,
        settings,
        "introduction",
        {"introduction": "é" * length, "profile_text": "Ik ben Bert."},
    )
    assert answer.status_code == status
    if status == 422:
        assert answer.json()["errors"][0]["field"] == "introduction"


@pytest.mark.parametrize(("radius", "status"), [(0, 422), (1, 200), (150, 200), (151, 422)])
async def test_the_radius_is_1_to_150_km(
    client: AsyncClient, session: AsyncSession, settings: Settings, radius: int, status: int
) -> None:
    await _provider(client, session)
    await _put(client, settings, "company", COMPANY)
    body = {"work_area_kind": "radius", "radius_km": radius, "day_parts": {"monday": ["morning"]}}
    answer = await _put(client, settings, "availability", body)
    assert answer.status_code == status, answer.json()
    if status == 200:
        assert answer.json()["radius_km"] == radius
        assert answer.json()["day_parts"] == {"monday": ["morning"]}
    else:
        assert answer.json()["errors"][0]["field"] == "radius_km"


async def test_work_area_by_places_or_country_and_the_week(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await _provider(client, session)
    needs_address = await _put(
        client, settings, "availability", {"work_area_kind": "radius", "radius_km": 10}
    )
    assert needs_address.json()["errors"][0]["field"] == "work_area_kind"
    week = {"monday": ["morning", "afternoon"], "sunday": ["evening"]}
    places = await _put(
        client,
        settings,
        "availability",
        {"work_area_kind": "places", "place_ids": [2745912], "day_parts": week},
    )
    assert places.status_code == 200, places.json()
    assert [p["name"] for p in places.json()["places"]] == ["Utrecht"]
    assert places.json()["day_parts"] == week
    unknown = await _put(
        client, settings, "availability", {"work_area_kind": "places", "place_ids": [1]}
    )
    assert unknown.json()["errors"][0]["field"] == "place_ids"
    country = await _put(client, settings, "availability", {"work_area_kind": "country"})
    assert country.json()["places"] == []
    assert country.json()["work_area_kind"] == "country"


async def test_services_with_computed_member_prices(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await _provider(client, session)
    categories = (await client.get("/api/v1/categories")).json()
    assert categories[-1]["slug"] == "overige"
    computer = next(c["id"] for c in categories if c["slug"] == "computerhulp")
    body = {
        "category_ids": [computer],
        "services": [
            {
                "name": "Computerhulp",
                "price_cents": 1500,
                "unit": "hour",
                "description": "Ik help u.",
            },
            {"name": "Kapper plus", "price_cents": 3500, "unit": "service"},
        ],
        "price_note": "Voorrijkosten EUR 5,00.",
    }
    saved = await _put(client, settings, "services", body)
    assert saved.status_code == 200, saved.json()
    assert [s["member_price_cents"] for s in saved.json()["services"]] == [1350, 3150]
    sneaky = {**body, "services": [{**body["services"][0], "member_price_cents": 1}]}  # type: ignore[index]
    assert (await _put(client, settings, "services", sneaky)).json()["services"][0][
        "member_price_cents"
    ] == 1350
    long = {
        **body,
        "services": [{"name": "X", "price_cents": 100, "unit": "hour", "description": "x" * 201}],
    }
    assert (await _put(client, settings, "services", long)).json()["errors"][0][
        "field"
    ] == "services.0.description"
    free = {**body, "services": [{"name": "X", "price_cents": 0, "unit": "hour"}]}
    assert (await _put(client, settings, "services", free)).status_code == 422
    assert (
        await _put(client, settings, "services", {**body, "category_ids": []})
    ).status_code == 422


async def test_first_steps_sent_at_once_make_one_profile(
    committed_client: AsyncClient,
    committed: async_sessionmaker[AsyncSession],
    redis: Redis,
    settings: Settings,
) -> None:
    """Two tabs saving their first step at the same moment: both succeed, one profile."""
    async with committed() as session:
        await make_user(session, "bert@example.org", first_name="B")
    await log_in(committed_client, "bert@example.org")
    answers = await asyncio.gather(
        *[_put(committed_client, settings, "company", COMPANY) for _ in range(4)],
        *[_put(committed_client, settings, "personal", PERSONAL) for _ in range(4)],
    )
    assert [a.status_code for a in answers] == [200] * 8, [a.text for a in answers]
    async with committed() as session:
        assert await session.scalar(select(func.count()).select_from(ProviderProfile)) == 1
