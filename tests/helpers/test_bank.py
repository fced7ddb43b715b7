"""A paid helper's bank account on the helper profile: saved checked and compact, kept when the
write leaves it out, removed by null, refused naming the field, shown in full only to the helper
(staff see it masked), and every change in the helper's audit trail."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.kit.bank import masked_iban
from kring.models.audit import AuditEvent
from kring.models.helper import HelperProfile
from tests.accounts.helpers import csrf
from tests.dossiers.helpers import signed_in, skill_ids
from tests.helpers.helpers import ADMIN, PROFILE, body, fields, save
from tests.members.helpers import person

BANK = {"iban": "nl91 abna 0417 1643 00", "account_holder": " H. Bakker "}
PAID = {"kind": "paid", "hourly_rate_cents": 1800}


async def _stored(session: AsyncSession, helper_id: str) -> tuple[str | None, str | None]:
    row = (
        await session.execute(
            select(HelperProfile.iban, HelperProfile.account_holder)
            .where(HelperProfile.id == helper_id)
            .execution_options(populate_existing=True)
        )
    ).one()
    return row.iban, row.account_holder


async def test_the_account_is_saved_kept_and_removed(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    henk = await signed_in(app, session, settings, "henk@example.org", "Henk")
    skills = await skill_ids(session, 1)
    made = await save(henk, skills, **PAID, bank=BANK)
    # Checked, without spaces, upper case; the holder trimmed.
    assert made["bank"] == {"iban": "NL91ABNA0417164300", "account_holder": "H. Bakker"}
    assert await _stored(session, made["id"]) == ("NL91ABNA0417164300", "H. Bakker")
    assert (await henk.call("GET", PROFILE)).json()["bank"] == made["bank"]
    # A write without `bank` keeps it (body() does not send one).
    kept = await save(henk, skills, **PAID, introduction="Ook 's avonds.")
    assert kept["bank"] == made["bank"]
    # Another account replaces it.
    other = {"iban": "DE89 3704 0044 0532 0130 00", "account_holder": "Henk Bakker"}
    changed = await save(henk, skills, **PAID, bank=other)
    assert changed["bank"] == {"iban": "DE89370400440532013000", "account_holder": "Henk Bakker"}
    # Null removes it.
    cleared = await save(henk, skills, **PAID, bank=None)
    assert cleared["bank"] is None
    assert await _stored(session, made["id"]) == (None, None)


async def test_a_new_profile_may_come_without_an_account(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    henk = await signed_in(app, session, settings, "henk@example.org", "Henk")
    made = await save(henk, await skill_ids(session, 1), **PAID)
    assert made["bank"] is None


BAD: list[tuple[str, Any]] = [
    ("bank.iban", {**BANK, "iban": "NL92 ABNA 0417 1643 00"}),  # wrong check digits
    ("bank.iban", {**BANK, "iban": "NL91 ABNA 0417"}),  # too short
    ("bank.iban", {**BANK, "iban": "NL91ABNA0417164300\x00"}),
    ("bank.account_holder", {**BANK, "account_holder": "  "}),
    ("bank.account_holder", {**BANK, "account_holder": "x" * 201}),
    ("bank.account_holder", {"iban": BANK["iban"]}),  # both or neither
    ("bank.bic", {**BANK, "bic": "ABNANL2A"}),  # nothing else
    ("bank", "NL91ABNA0417164300"),
]


@pytest.mark.parametrize(("field", "bank"), BAD, ids=[f"{f}-{i}" for i, (f, _b) in enumerate(BAD)])
async def test_a_bad_account_names_the_field_and_changes_nothing(
    app: FastAPI,
    client: AsyncClient,
    session: AsyncSession,
    settings: Settings,
    field: str,
    bank: Any,
) -> None:
    henk = await signed_in(app, session, settings, "henk@example.org", "Henk")
    skills = await skill_ids(session, 1)
    before = await save(henk, skills, **PAID, bank=BANK)
    answer = await henk.call("PUT", PROFILE, body(skills, **PAID, bank=bank))
    assert answer.status_code == 422, answer.json()
    assert field in fields(answer), answer.json()
    assert (await henk.call("GET", PROFILE)).json() == before


async def test_the_iban_message_is_in_the_readers_language(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    henk = await signed_in(app, session, settings, "henk@example.org", "Henk")
    wrong = body(await skill_ids(session, 1), **PAID, bank={**BANK, "iban": "NL92ABNA0417164300"})
    headers = {**csrf(henk.client, settings), "Accept-Language": "fr"}
    answer = await henk.client.put(PROFILE, json=wrong, headers=headers)
    [error] = answer.json()["errors"]
    assert error["field"] == "bank.iban"
    assert error["message"].startswith("Ce n'est pas un IBAN valide"), error


async def test_staff_see_the_account_masked_and_each_change_is_audited(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    henk = await signed_in(app, session, settings, "henk@example.org", "Henk")
    vera = await person(app, session, settings, "vera@kring.example", "Vera", staff_role="verifier")
    skills = await skill_ids(session, 1)
    made = await save(henk, skills, **PAID, bank=BANK)
    seen = await vera.call("GET", f"{ADMIN}/{made['id']}")
    assert seen.status_code == 200, seen.json()
    assert seen.json()["profile"]["bank"] == {
        "iban": "NL91 **** **** **** 4300",
        "account_holder": "H. Bakker",
    }
    await save(henk, skills, **PAID)  # left out: no change, no event
    await save(henk, skills, **PAID, bank=None)
    events = (
        await session.execute(
            select(AuditEvent.actor_user_id, AuditEvent.details)
            .where(AuditEvent.action == "helper.bank_changed")
            .order_by(AuditEvent.created_at, AuditEvent.id)
        )
    ).all()
    assert [e.details for e in events] == [
        {"before": None, "after": "NL91 **** **** **** 4300"},
        {"before": "NL91 **** **** **** 4300", "after": None},
    ]
    assert {e.actor_user_id for e in events} == {henk.user.id}


@pytest.mark.parametrize(
    ("iban", "masked"),
    [
        ("NL91ABNA0417164300", "NL91 **** **** **** 4300"),
        ("NO9386011117947", "NO93 **** **** 7947"),
        ("DE89370400440532013000", "DE89 **** **** **** **** 3000"),
    ],
)
def test_masking_keeps_the_country_check_digits_and_last_four(iban: str, masked: str) -> None:
    assert masked_iban(iban) == masked
