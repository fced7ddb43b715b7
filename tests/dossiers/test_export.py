"""The dossier as a PDF and the portal's prints: for whoever reads the dossier, in their
language, bank details only with the right to see payments, and both in the access log."""

from __future__ import annotations

from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.models.audit import AuditEvent
from tests.accounts.helpers import queued_mails, token_from
from tests.dossiers.helpers import DOSSIERS, complete, create, signed_in
from tests.members.helpers import Person
from tests.pdf import pdf_text

IBAN = b"NL91ABNA0417164300"


async def _proxy(
    app: FastAPI,
    session: AsyncSession,
    settings: Settings,
    manager: Person,
    dossier_id: str,
    rights: list[str],
    email: str = "buur@example.org",
    name: str = "Buur",
) -> Person:
    """Someone acting for the help seeker with these rights (invited and accepted)."""
    invited = await manager.call(
        "POST", f"{DOSSIERS}/{dossier_id}/proxies", {"email": email, "rights": rights}
    )
    assert invited.status_code == 201, invited.json()
    link = (await queued_mails(session, email))[-1]["context"]["link"]  # type: ignore[index]
    person = await signed_in(app, session, settings, email, name)
    accepted = await person.call(
        "POST", "/api/v1/dossier-invitations/acceptance", {"token": token_from(link)}
    )
    assert accepted.status_code == 200
    return person


async def test_the_manager_exports_the_whole_dossier(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    sanne = await signed_in(app, session, settings, "sanne@example.org", "Sanne")
    made = await create(sanne)
    await complete(sanne, session, made["id"])
    url = f"{DOSSIERS}/{made['id']}/export"

    answer = await sanne.client.get(url, headers={"Accept-Language": "nl"})
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/pdf"
    assert answer.headers["content-disposition"].startswith(
        'attachment; filename="kring-dossier-vries-'
    )
    text = pdf_text(answer.content)
    for shown in (
        b"Dossier van Truus de Vries",
        b"Lindelaan 12, 3511 AB Utrecht",
        b"Boodschappen op maandag.",
        b"Maandag",
        b"ochtend",
        b"Elke week",
        IBAN,
        b"T. de Vries",
        b"Geaccepteerd door",
        b"Wacht op betaling",
        b"Concept > Wacht op betaling, door Sanne",
        b"Ge\xebxporteerd door Sanne",  # Latin-1, as the PDF's built-in fonts write it
    ):
        assert shown in text, shown
    french = await sanne.client.get(url, headers={"Accept-Language": "fr"})
    assert b"Export\xe9 par Sanne" in pdf_text(french.content)


async def test_a_view_only_proxy_exports_without_bank_details(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    sanne = await signed_in(app, session, settings, "sanne@example.org", "Sanne")
    made = await create(sanne)
    await complete(sanne, session, made["id"])
    neighbour = await _proxy(app, session, settings, sanne, made["id"], ["view"])

    answer = await neighbour.call("GET", f"{DOSSIERS}/{made['id']}/export")
    assert answer.status_code == 200
    text = pdf_text(answer.content)
    assert b"Truus de Vries" in text
    assert IBAN not in text
    assert b"0417" not in text  # not even masked
    assert b"Bankgegevens" not in text
    assert (await neighbour.call("POST", f"{DOSSIERS}/{made['id']}/prints")).status_code == 204
    # With the right to see payments, the bank details are in.
    payer = await _proxy(
        app, session, settings, sanne, made["id"], ["see_payments"], "zoon@example.org", "Pim"
    )
    assert IBAN in pdf_text((await payer.call("GET", f"{DOSSIERS}/{made['id']}/export")).content)


async def test_a_foreign_dossier_is_neither_exported_nor_printed(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    sanne = await signed_in(app, session, settings, "sanne@example.org", "Sanne")
    bert = await signed_in(app, session, settings, "bert@example.org", "Bert")
    made = await create(sanne)
    url = f"{DOSSIERS}/{made['id']}"
    assert (await bert.call("GET", f"{url}/export")).status_code == 404
    assert (await bert.call("POST", f"{url}/prints")).status_code == 404
    assert (await client.get(f"{url}/export")).status_code == 401
    actions = await session.scalars(
        select(AuditEvent.action).where(AuditEvent.subject_id == made["id"])
    )
    assert set(actions) == {"dossier.created"}


async def test_exports_and_prints_are_in_the_access_log(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    sanne = await signed_in(app, session, settings, "sanne@example.org", "Sanne")
    made = await create(sanne)
    url = f"{DOSSIERS}/{made['id']}"
    neighbour = await _proxy(app, session, settings, sanne, made["id"], ["view"])
    assert (await neighbour.call("GET", f"{url}/export")).status_code == 200
    assert (await sanne.call("POST", f"{url}/prints")).status_code == 204

    log = (await sanne.call("GET", f"{url}/access-log")).json()["items"]
    shown = [(e["action"], e["who_name"], e["who_role"]) for e in log]
    assert shown[:2] == [
        ("dossier.printed", "Sanne", "manager"),
        ("dossier.exported", "Buur", "proxy"),
    ]
    assert all(e["ip"] for e in log[:2])
    rows = await session.execute(
        select(AuditEvent.actor_user_id, AuditEvent.details).where(
            AuditEvent.subject_id == made["id"], AuditEvent.action == "dossier.exported"
        )
    )
    assert [(who, details) for who, details in rows.all()] == [(neighbour.user.id, {"as": "proxy"})]
