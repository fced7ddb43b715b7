"""The dossier wizard: resumable at each step, checked input, statuses and their history, and a
dossier of an unverified partner refused for matching."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy import select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.models.dossier import Dossier, DossierStatusChange
from tests.dossiers.helpers import (
    BANK,
    DOSSIERS,
    TERMS,
    WHEN,
    WHO,
    complete,
    create,
    signed_in,
    skill_ids,
    verify,
)


async def _paid(session: AsyncSession, dossier_id: str) -> None:
    await session.execute(
        update(Dossier).where(Dossier.id == dossier_id).values(paid_at=datetime.now(UTC))
    )
    await session.commit()


async def test_the_wizard_resumes_at_each_step(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    sanne = await signed_in(app, session, settings, "sanne@example.org", "Sanne")
    made = await create(sanne)
    assert (made["status"], made["completed_steps"], made["next_step"]) == (
        "draft",
        ["who"],
        "help",
    )
    assert made["who"]["address"]["postcode"] == "3511 AB"
    assert made["who"]["phone"] == "+31301234567"
    assert (made["my_role"], made["self_managed"]) == ("manager", False)
    url = f"{DOSSIERS}/{made['id']}"
    skills = await skill_ids(session)
    steps: list[tuple[str, dict[str, Any], str | None]] = [
        ("bank", BANK, "help"),  # in any order: the next step is the first one missing
        ("help", {"skill_ids": skills, "text": "Boodschappen."}, "when"),
        ("when", WHEN, "terms"),
    ]
    for step, body, next_step in steps:
        assert (await sanne.call("PUT", f"{url}/{step}", body)).status_code == 200
        # Resumed later, from another client: the dossier knows where the wizard stands.
        again = (await sanne.call("GET", url)).json()
        assert again["next_step"] == next_step, step
        assert again["status"] == "draft"
    shown = (await sanne.call("GET", url)).json()
    assert shown["bank"]["iban"] == "NL91ABNA0417164300"
    assert shown["when"]["day_parts"] == WHEN["day_parts"]
    assert sorted(s["id"] for s in shown["help"]["skills"]) == sorted(skills)
    done = (await sanne.call("PUT", f"{url}/terms", TERMS)).json()
    assert (done["status"], done["next_step"]) == ("awaiting_payment", None)
    assert done["terms"]["terms_version"] == TERMS["terms_version"]
    assert done["terms"]["accepted_by_name"] == "Sanne"
    assert [(h["from_status"], h["to_status"]) for h in done["history"]] == [
        (None, "draft"),
        ("draft", "awaiting_payment"),
    ]
    # Saving a step again changes the step, not the status.
    again = await sanne.call("PUT", f"{url}/who", {**WHO, "first_name": "Geertruida"})
    assert (again.json()["status"], again.json()["who"]["first_name"]) == (
        "awaiting_payment",
        "Geertruida",
    )


@pytest.mark.parametrize(
    ("iban", "good"),
    [
        ("NL91 ABNA 0417 1643 00", True),
        ("BE71 0961 2345 6769", True),
        ("nl91abna0417164300", True),
        ("NL91 ABNA 0417 1643 01", False),  # check digits
        ("NL91", False),
        ("XX00 1234 5678 9012 34", False),
    ],
)
async def test_an_iban_is_checked(
    app: FastAPI,
    client: AsyncClient,
    session: AsyncSession,
    settings: Settings,
    iban: str,
    good: bool,
) -> None:
    sanne = await signed_in(app, session, settings, "sanne@example.org", "Sanne")
    made = await create(sanne)
    answer = await sanne.call(
        "PUT", f"{DOSSIERS}/{made['id']}/bank", {"iban": iban, "account_holder": "T. de Vries"}
    )
    if good:
        assert answer.status_code == 200, answer.json()
        assert " " not in answer.json()["bank"]["iban"]
    else:
        assert answer.status_code == 422
        assert answer.json()["errors"][0]["field"] == "iban"
        assert (await sanne.call("GET", f"{DOSSIERS}/{made['id']}")).json()["bank"]["iban"] is None


@pytest.mark.parametrize(
    ("step", "field", "value"),
    [
        ("who", "first_name", "Tr\x00us"),
        ("who", "last_name", "x" * 101),
        ("who", "birth_year", 1800),
        ("who", "birth_year", 2999),
        ("who", "phone", "12"),
        ("who", "phone", None),
        ("who", "languages", []),
        ("who", "languages", ["dutch"]),
        ("who", "email", "not-an-address"),
        ("help", "skill_ids", []),
        ("help", "skill_ids", ["00000000-0000-4000-8000-000000000000"]),
        ("help", "text", "x" * 2001),
        ("when", "day_parts", {}),
        ("when", "day_parts", {"someday": ["morning"]}),
        ("when", "how_often", "hourly"),
        ("when", "starts_on", "2001-01-01"),
        ("bank", "account_holder", ""),
        ("terms", "terms_version", "2001-01"),
        ("terms", "privacy_version", "\x00"),
    ],
)
async def test_bad_input_names_the_field_and_changes_nothing(
    app: FastAPI,
    client: AsyncClient,
    session: AsyncSession,
    settings: Settings,
    step: str,
    field: str,
    value: object,
) -> None:
    sanne = await signed_in(app, session, settings, "sanne@example.org", "Sanne")
    made = await create(sanne)
    url = f"{DOSSIERS}/{made['id']}"
    good: dict[str, Any] = {
        "who": WHO,
        "help": {"skill_ids": await skill_ids(session), "text": ""},
        "when": WHEN,
        "bank": BANK,
        "terms": TERMS,
    }[step]
    before = (await sanne.call("GET", url)).json()
    answer = await sanne.call("PUT", f"{url}/{step}", {**good, field: value})
    assert answer.status_code == 422, answer.json()
    assert answer.json()["errors"][0]["field"].startswith(field)
    after = (await sanne.call("GET", url)).json()
    assert {k: v for k, v in after.items()} == before


async def test_a_dossier_of_an_unverified_partner_is_refused_for_matching(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    sanne = await signed_in(app, session, settings, "sanne@example.org", "Sanne")
    made = await create(sanne)
    url = f"{DOSSIERS}/{made['id']}"
    early = await sanne.call("POST", f"{url}/submission")
    assert early.status_code == 409
    await complete(sanne, session, made["id"])
    unpaid = await sanne.call("POST", f"{url}/submission")
    assert (unpaid.status_code, unpaid.json()["detail"]) == (
        409,
        "Betaal eerst de inschrijfkosten.",
    )
    await _paid(session, made["id"])
    shown = (await sanne.call("GET", url)).json()
    assert (shown["paid"], shown["can_submit"]) == (True, False)
    refused = await sanne.call("POST", f"{url}/submission")
    assert refused.status_code == 409
    assert "partnertoegang" in refused.json()["detail"]
    assert (await sanne.call("GET", url)).json()["status"] == "awaiting_payment"

    await verify(session, sanne)
    assert (await sanne.call("GET", url)).json()["can_submit"] is True
    submitted = await sanne.call("POST", f"{url}/submission")
    assert submitted.status_code == 200, submitted.json()
    assert submitted.json()["status"] == "searching"
    assert (await sanne.call("POST", f"{url}/submission")).status_code == 409


async def test_a_help_seeker_managing_their_own_dossier_needs_no_partner_access(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    truus = await signed_in(app, session, settings, "truus@example.org", "Truus")
    made = await create(truus, for_self=True)
    assert (made["self_managed"], made["my_role"]) == (True, "manager")
    await complete(truus, session, made["id"])
    await _paid(session, made["id"])
    submitted = await truus.call("POST", f"{DOSSIERS}/{made['id']}/submission")
    assert submitted.json()["status"] == "searching"


async def test_pause_resume_and_close_keep_the_history(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    truus = await signed_in(app, session, settings, "truus@example.org", "Truus")
    made = await create(truus, for_self=True)
    url = f"{DOSSIERS}/{made['id']}"
    assert (await truus.call("POST", f"{url}/pause", {})).status_code == 409  # a draft
    await complete(truus, session, made["id"])
    await _paid(session, made["id"])
    await truus.call("POST", f"{url}/submission")
    paused = await truus.call("POST", f"{url}/pause", {"reason": "Met vakantie."})
    assert (paused.json()["status"], paused.json()["paused_from"]) == ("paused", "searching")
    resumed = await truus.call("POST", f"{url}/resumption", {})
    assert resumed.json()["status"] == "searching"
    no_reason = await truus.call("POST", f"{url}/closure", {"reason": " "})
    assert no_reason.json()["errors"][0]["field"] == "reason"
    closed = await truus.call("POST", f"{url}/closure", {"reason": "Verhuisd."})
    assert (closed.json()["status"], closed.json()["closed_reason"]) == ("closed", "Verhuisd.")
    assert [(h["to_status"], h["reason"]) for h in closed.json()["history"]][-4:] == [
        ("searching", None),
        ("paused", "Met vakantie."),
        ("searching", None),
        ("closed", "Verhuisd."),
    ]
    assert (await truus.call("PUT", f"{url}/bank", BANK)).status_code == 409
    rows = (
        await session.scalars(
            select(DossierStatusChange.changed_by_user_id).where(
                DossierStatusChange.dossier_id == made["id"]
            )
        )
    ).all()
    assert set(rows) == {truus.user.id}


async def test_the_database_holds_the_rules(session: AsyncSession) -> None:
    """Past the wizard every step is done; searching needs the fee paid; a closed dossier has
    a reason."""
    from tests.accounts.helpers import make_user

    user = await make_user(session, "sanne@example.org")
    base: dict[str, Any] = {
        "manager_user_id": user.id,
        "first_name": "Truus",
        "last_name": "Vries",
        "birth_year": 1941,
        "street": "Lindelaan",
        "house_number": "12",
        "postcode": "3511 AB",
        "city": "Utrecht",
        "languages": ["nl"],
        "phone": "+31301234567",
        "completed_steps": ["who"],
    }
    for broken in (
        {"status": "awaiting_payment"},
        {"status": "closed"},
        {"status": "searching", "completed_steps": ["who", "help", "when", "bank", "terms"]},
        {"birth_year": 1800},
        {"iban": "NL91 ABNA"},
        {"languages": ["N1"]},
        {"day_parts": 2**21},
        {"completed_steps": ["who", "when"]},
    ):
        async with session.begin_nested():
            session.add(Dossier(**{**base, **broken}))
            with pytest.raises(IntegrityError):
                await session.flush()
        session.expunge_all()
    await session.execute(text("SELECT 1"))


async def test_two_saves_at_once_are_made_one_after_the_other(
    app: FastAPI,
    committed_client: AsyncClient,
    committed: async_sessionmaker[AsyncSession],
    settings: Settings,
) -> None:
    """The last step from two windows at once: one moves it to payment, the history has it
    once (the row lock)."""
    async with committed() as session:
        sanne = await signed_in(app, session, settings, "sanne@example.org", "Sanne")
        made = await create(sanne)
        url = f"{DOSSIERS}/{made['id']}"
        for step, body in (
            ("help", {"skill_ids": await skill_ids(session), "text": ""}),
            ("when", WHEN),
            ("bank", BANK),
        ):
            assert (await sanne.call("PUT", f"{url}/{step}", body)).status_code == 200
    answers = await asyncio.gather(
        sanne.call("PUT", f"{url}/terms", TERMS), sanne.call("PUT", f"{url}/terms", TERMS)
    )
    assert [a.status_code for a in answers] == [200, 200]
    async with committed() as session:
        changes = (
            await session.scalars(
                select(DossierStatusChange.to_status).where(
                    DossierStatusChange.dossier_id == made["id"]
                )
            )
        ).all()
    assert sorted(changes) == ["awaiting_payment", "draft"]
