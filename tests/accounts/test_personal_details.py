"""Personal details ("Persoonlijke informatie" in the provider manual): tussenvoegsel, last name,
phone, gender, birth date and the home address with its addition, through `me`; one copy of the
address a provider's work area is measured from; the same rules in the database."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from httpx import AsyncClient, Response
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from kring.accounts.lifecycle import erase_personal_data
from kring.config import Settings
from kring.models.audit import AuditEvent
from kring.models.user import User
from tests.accounts.helpers import csrf, log_in, make_user
from tests.providers.test_wizard import COMPANY, PERSONAL

HOME = {
    "street": "Voorstraat",
    "house_number": "12",
    "house_number_addition": "bis",
    "postcode": "3441ce",
    "city": "Woerden",
}


async def _patch(client: AsyncClient, settings: Settings, body: dict[str, Any]) -> Response:
    # json.dumps writes a lone surrogate as the escape a careless client would send.
    headers = {**csrf(client, settings), "Content-Type": "application/json"}
    return await client.patch("/api/v1/me", headers=headers, content=json.dumps(body))


async def test_each_personal_detail_is_stored_and_shown(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    user = await make_user(session, "bert@example.org", first_name="Bert")
    await log_in(client, "bert@example.org")
    before = (await client.get("/api/v1/me")).json()
    assert (before["birth_date"], before["gender"], before["home_address"]) == (None, None, None)

    saved = await _patch(
        client,
        settings,
        {
            "prefix": " von ",
            "last_name": "Klinkenberg",
            "phone_for_questions": "06 10034891",
            "gender": "male",
            "birth_date": "1962-09-07",
            "home_address": HOME,
        },
    )
    assert saved.status_code == 200, saved.json()
    me = saved.json()
    assert (me["prefix"], me["last_name"]) == ("von", "Klinkenberg")
    assert me["phone_for_questions"] == "+31610034891"
    assert (me["gender"], me["birth_date"]) == ("male", "1962-09-07")
    assert me["home_address"] == {**HOME, "postcode": "3441 CE"}
    assert (await client.get("/api/v1/me")).json() == me

    # Each can be cleared again; the address goes whole.
    cleared = await _patch(
        client, settings, {"gender": None, "birth_date": None, "home_address": None}
    )
    assert (cleared.json()["gender"], cleared.json()["birth_date"]) == (None, None)
    assert cleared.json()["home_address"] is None
    assert cleared.json()["last_name"] == "Klinkenberg"  # what was left out stays
    await session.refresh(user)
    assert (user.home_street, user.home_postcode, user.home_house_number_addition) == (
        None,
        None,
        None,
    )
    fields = await session.scalars(
        select(AuditEvent.details).where(
            AuditEvent.action == "account.updated", AuditEvent.subject_id == user.id
        )
    )
    assert [d["fields"] for d in fields] == [
        ["birth_date", "gender", "home_address", "last_name", "phone_for_questions", "prefix"],
        ["birth_date", "gender", "home_address"],
    ]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"gender": "x"}, "gender"),
        ({"birth_date": "1899-12-31"}, "birth_date"),
        ({"birth_date": (datetime.now(UTC).date() + timedelta(days=2)).isoformat()}, "birth_date"),
        ({"birth_date": "7 September 1962"}, "birth_date"),
        ({"phone_for_questions": "12345"}, "phone_for_questions"),
        ({"last_name": "x" * 101}, "last_name"),
        ({"prefix": "x" * 31}, "prefix"),
        ({"last_name": "nul\u0000byte"}, "last_name"),
        ({"prefix": "\ud800"}, "prefix"),
        ({"home_address": {**HOME, "postcode": "1234 SA"}}, "home_address.postcode"),
        ({"home_address": {**HOME, "postcode": "B-1000"}}, "home_address.postcode"),
        ({"home_address": {**HOME, "house_number": "12a"}}, "home_address.house_number"),
        ({"home_address": {**HOME, "house_number": "0"}}, "home_address.house_number"),
        ({"home_address": {**HOME, "house_number": "123456"}}, "home_address.house_number"),
        (
            {"home_address": {**HOME, "house_number_addition": "hoog/achter"}},
            "home_address.house_number_addition",
        ),
        (
            {"home_address": {**HOME, "house_number_addition": "a" * 11}},
            "home_address.house_number_addition",
        ),
        ({"home_address": {**HOME, "street": ""}}, "home_address.street"),
        ({"home_address": {**HOME, "street": "Voor\u0000straat"}}, "home_address.street"),
        ({"home_address": {**HOME, "city": "x" * 101}}, "home_address.city"),
        ({"home_address": {k: v for k, v in HOME.items() if k != "city"}}, "home_address.city"),
        ({"home_address": "Voorstraat 12, Woerden"}, "home_address"),
    ],
)
async def test_refusals_name_the_field(
    client: AsyncClient,
    session: AsyncSession,
    settings: Settings,
    body: dict[str, Any],
    field: str,
) -> None:
    await make_user(session, "bert@example.org")
    await log_in(client, "bert@example.org")
    refused = await _patch(client, settings, body)
    assert refused.status_code == 422, refused.json()
    assert [e["field"] for e in refused.json()["errors"]] == [field]
    me = (await client.get("/api/v1/me")).json()
    assert (me["home_address"], me["gender"], me["birth_date"]) == (None, None, None)


async def test_messages_say_what_is_wrong(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await make_user(session, "bert@example.org")
    await log_in(client, "bert@example.org")
    number = await _patch(client, settings, {"home_address": {**HOME, "house_number": "12a"}})
    assert "toevoeging" in number.json()["errors"][0]["message"]
    postcode = await _patch(client, settings, {"home_address": {**HOME, "postcode": "1234 SA"}})
    assert "1234 AB" in postcode.json()["errors"][0]["message"]
    born = await _patch(client, settings, {"birth_date": "1850-01-01"})
    assert born.json()["errors"][0]["message"] == "Vul een geboortedatum in tussen 1900 en vandaag."


async def test_a_providers_address_is_stored_once(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    """Without a separate work address the company step's address is the home address: one
    copy, changed from either side; a separate work address leaves the home address alone."""
    user = await make_user(session, "bert@example.org", first_name="Bert")
    await log_in(client, "bert@example.org")
    headers = csrf(client, settings)
    await client.put("/api/v1/provider/profile/personal", headers=headers, json=PERSONAL)
    company = await client.put("/api/v1/provider/profile/company", headers=headers, json=COMPANY)
    assert company.json()["address_is_work_address"] is False
    home = (await client.get("/api/v1/me")).json()["home_address"]
    assert home == {**COMPANY["address"], "postcode": "3511 AB", "house_number_addition": None}
    utrecht = (company.json()["latitude"], company.json()["longitude"])

    # Moving house in "my details" moves the work area's centre along.
    moved = await _patch(client, settings, {"home_address": HOME})
    assert moved.status_code == 200, moved.json()
    profile = (await client.get("/api/v1/provider/profile")).json()
    assert profile["address"] == {**HOME, "postcode": "3441 CE"}
    assert profile["located"] is True
    assert (profile["latitude"], profile["longitude"]) != utrecht
    # ...and the work area depends on it, so it cannot simply go.
    removed = await _patch(client, settings, {"home_address": None})
    assert removed.status_code == 422
    assert removed.json()["errors"][0]["field"] == "home_address"
    assert (await client.get("/api/v1/me")).json()["home_address"] is not None

    # A separate work address: stored on the profile, home stays as it is.
    work = {**COMPANY["address"], "street": "Oudegracht", "house_number": "100"}
    separate = await client.put(
        "/api/v1/provider/profile/company",
        headers=headers,
        json={**COMPANY, "address": work, "address_is_work_address": True},
    )
    assert separate.json()["address"]["street"] == "Oudegracht"
    assert (await client.get("/api/v1/me")).json()["home_address"]["street"] == "Voorstraat"
    assert (await _patch(client, settings, {"home_address": None})).status_code == 200
    after = (await client.get("/api/v1/provider/profile")).json()
    assert after["address"]["street"] == "Oudegracht"
    await session.refresh(user)
    assert user.home_street is None


async def test_the_database_holds_the_address_rules(session: AsyncSession) -> None:
    user = await make_user(session, "bert@example.org")
    good = {
        "home_street": "Voorstraat",
        "home_house_number": "12",
        "home_house_number_addition": "A",
        "home_postcode": "3441 CE",
        "home_city": "Woerden",
    }
    for wrong in (
        {"home_city": None},  # incomplete
        {"home_postcode": "3441ce"},
        {"home_house_number": "12a"},
        {"home_house_number_addition": "a/b"},
        {"home_street": " "},
        {"gender": "x"},
        {"birth_date": date(1899, 12, 31)},
    ):
        savepoint = await session.begin_nested()
        with pytest.raises(IntegrityError):
            await session.execute(
                update(User).where(User.id == user.id).values(**{**good, **wrong})
            )
        await savepoint.rollback()
    await session.execute(update(User).where(User.id == user.id).values(**good))
    # Erasing the account takes the home address with it, whichever code erases.
    await erase_personal_data(session, [user.id])
    erased = (
        await session.execute(
            select(User.status, User.home_street, User.home_postcode).where(User.id == user.id)
        )
    ).one()
    assert tuple(erased) == ("deleted", None, None)
    savepoint = await session.begin_nested()
    await session.execute(update(User).where(User.id == user.id).values(**good))
    still = await session.scalar(select(User.home_street).where(User.id == user.id))
    assert still is None  # a deleted account cannot get one back either
    await savepoint.rollback()
