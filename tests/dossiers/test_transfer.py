"""Transfers: the manager hands the dossier over by e-mail; the new manager accepts through the
link; the old one loses access at once; accepted twice, withdrawn or expired is a 409."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.models.dossier import DossierTransfer
from tests.accounts.helpers import queued_mails, token_from
from tests.dossiers.helpers import DOSSIERS, create, signed_in
from tests.members.helpers import Person

ACCEPT = "/api/v1/dossier-transfers/acceptance"


async def _offer(
    manager: Person, session: AsyncSession, dossier_id: str, email: str, **body: Any
) -> str:
    answer = await manager.call(
        "POST", f"{DOSSIERS}/{dossier_id}/transfer", {"email": email, **body}
    )
    assert answer.status_code == 201, answer.json()
    mail = (await queued_mails(session, email))[-1]
    assert mail["template"] == "dossier_transfer_offer"
    return token_from(mail["context"]["link"])  # type: ignore[index]


async def test_the_old_manager_loses_access_the_moment_it_is_accepted(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    sanne = await signed_in(app, session, settings, "sanne@example.org", "Sanne")
    sanne.user.language = "fr"
    await session.commit()
    made = await create(sanne)
    url = f"{DOSSIERS}/{made['id']}"
    token = await _offer(sanne, session, made["id"], "collega@example.org")
    offered = (await sanne.call("GET", url)).json()["open_transfer"]
    assert (offered["to_email"], offered["status"]) == ("collega@example.org", "offered")
    second = await sanne.call("POST", f"{url}/transfer", {"email": "ander@example.org"})
    assert second.status_code == 409
    myself = await sanne.call("POST", f"{url}/transfer", {"email": "Sanne@example.org"})
    assert myself.json()["errors"][0]["field"] == "email"

    bram = await signed_in(app, session, settings, "collega@example.org", "Bram")
    accepted = await bram.call("POST", ACCEPT, {"token": token})
    assert accepted.status_code == 200, accepted.json()
    assert (await sanne.call("GET", url)).status_code == 404
    assert (await sanne.call("GET", DOSSIERS)).json()["items"] == []
    shown = (await bram.call("GET", url)).json()
    assert (shown["my_role"], shown["manager"]["name"]) == ("manager", "Bram")
    # The history stays: the log shows who did what before.
    log = (await bram.call("GET", f"{url}/access-log")).json()["items"]
    actions = [(e["action"], e["who_name"]) for e in log]
    assert ("dossier.created", "Sanne") in actions
    assert ("dossier.transfer_accepted", "Bram") in actions
    [told] = await queued_mails(session, "sanne@example.org")
    assert (told["template"], told["language"]) == ("dossier_transfer_accepted", "fr")

    twice = await bram.call("POST", ACCEPT, {"token": token})
    assert (twice.status_code, twice.json()["detail"]) == (
        409,
        "Deze overdracht is al geaccepteerd.",
    )
    unknown = await bram.call("POST", ACCEPT, {"token": "x" * 43})
    assert unknown.status_code == 404


async def test_a_withdrawn_transfer_cannot_be_accepted(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    sanne = await signed_in(app, session, settings, "sanne@example.org", "Sanne")
    made = await create(sanne)
    url = f"{DOSSIERS}/{made['id']}"
    token = await _offer(sanne, session, made["id"], "collega@example.org")
    assert (await sanne.call("DELETE", f"{url}/transfer")).status_code == 204
    assert (await sanne.call("DELETE", f"{url}/transfer")).status_code == 409
    bram = await signed_in(app, session, settings, "collega@example.org", "Bram")
    late = await bram.call("POST", ACCEPT, {"token": token})
    assert (late.status_code, late.json()["detail"]) == (409, "Deze overdracht is ingetrokken.")
    assert (await bram.call("GET", url)).status_code == 404
    assert (await sanne.call("GET", url)).json()["my_role"] == "manager"
    # A new transfer may be offered once the old one is withdrawn.
    await _offer(sanne, session, made["id"], "collega@example.org")


async def test_an_expired_transfer_cannot_be_accepted(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    sanne = await signed_in(app, session, settings, "sanne@example.org", "Sanne")
    made = await create(sanne)
    token = await _offer(sanne, session, made["id"], "collega@example.org")
    await session.execute(update(DossierTransfer).values(expires_at=DossierTransfer.created_at))
    await session.commit()
    bram = await signed_in(app, session, settings, "collega@example.org", "Bram")
    assert (await bram.call("POST", ACCEPT, {"token": token})).status_code == 409


async def test_a_transfer_to_the_help_seeker_links_their_account(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    sanne = await signed_in(app, session, settings, "sanne@example.org", "Sanne")
    made = await create(sanne)
    token = await _offer(sanne, session, made["id"], "truus@example.org", to_help_seeker=True)
    truus = await signed_in(app, session, settings, "truus@example.org", "Truus")
    await truus.call("POST", ACCEPT, {"token": token})
    shown = (await truus.call("GET", f"{DOSSIERS}/{made['id']}")).json()
    assert (shown["my_role"], shown["self_managed"]) == ("manager", True)
    assert (await sanne.call("GET", f"{DOSSIERS}/{made['id']}")).status_code == 404


async def test_two_acceptances_at_once_make_one_manager(
    app: FastAPI,
    committed_client: AsyncClient,
    committed: async_sessionmaker[AsyncSession],
    settings: Settings,
) -> None:
    async with committed() as session:
        sanne = await signed_in(app, session, settings, "sanne@example.org", "Sanne")
        made = await create(sanne)
        token = await _offer(sanne, session, made["id"], "collega@example.org")
        bram = await signed_in(app, session, settings, "collega@example.org", "Bram")
        kees = await signed_in(app, session, settings, "kees@example.org", "Kees")
    answers = await asyncio.gather(
        bram.call("POST", ACCEPT, {"token": token}), kees.call("POST", ACCEPT, {"token": token})
    )
    assert sorted(a.status_code for a in answers) == [200, 409]
    async with committed() as session:
        mails = await queued_mails(session, "sanne@example.org")
    assert len(mails) == 1


async def test_the_database_keeps_one_open_transfer(session: AsyncSession) -> None:
    from datetime import UTC, datetime, timedelta

    from kring.models.dossier import Dossier
    from tests.accounts.helpers import make_user

    user = await make_user(session, "sanne@example.org")
    dossier = Dossier(
        manager_user_id=user.id,
        completed_steps=["who"],
        first_name="Truus",
        last_name="Vries",
        birth_year=1941,
        street="Lindelaan",
        house_number="12",
        postcode="3511 AB",
        city="Utrecht",
        languages=["nl"],
        phone="+31301234567",
    )
    session.add(dossier)
    await session.flush()
    for n in range(2):
        session.add(
            DossierTransfer(
                dossier_id=dossier.id,
                to_email=f"x{n}@example.org",
                status="offered",
                token_hash=bytes([n]) * 32,
                expires_at=datetime.now(UTC) + timedelta(days=1),
            )
        )
    with pytest.raises(IntegrityError):
        await session.flush()
