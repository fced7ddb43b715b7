"""The registration fee through the payment adapter (the sandbox here): paid moves a dossier of
a verified partner to searching, with a receipt; an unverified partner's waits."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.payments.receipt import receipt_attachment
from tests.accounts.helpers import queued_mails
from tests.dossiers.helpers import DOSSIERS, complete, create, signed_in, verify
from tests.members.helpers import Person, new_client


async def _pay(who: Person, dossier_id: str, outcome: str = "paid") -> dict[str, Any]:
    started = await who.call("POST", f"{DOSSIERS}/{dossier_id}/payment")
    assert started.status_code == 201, started.json()
    payment: dict[str, Any] = started.json()
    assert (payment["amount_cents"], payment["vat_cents"]) == (1000, 174)
    path = payment["checkout_url"].split("://", 1)[1].split("/", 1)[1]
    chosen = await who.client.post(f"/{path}", data={"outcome": outcome})
    assert chosen.status_code == 303
    assert f"/partner/dossiers/{dossier_id}/payment" in chosen.headers["location"]
    # The gateway's webhook, from its own servers: no cookies.
    async with new_client(who.client._transport.app) as gateway:  # type: ignore[attr-defined]
        external_id = payment["checkout_url"].rsplit("/", 1)[1]
        answer = await gateway.post("/api/v1/payments/webhooks/sandbox", data={"id": external_id})
    assert answer.status_code == 200
    return payment


async def test_a_paid_dossier_of_a_verified_partner_goes_searching(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    sanne = await signed_in(app, session, settings, "sanne@example.org", "Sanne")
    await verify(session, sanne)
    made = await create(sanne)
    url = f"{DOSSIERS}/{made['id']}"
    early = await sanne.call("POST", f"{url}/payment")
    assert early.status_code == 409
    await complete(sanne, session, made["id"])
    payment = await _pay(sanne, made["id"])
    shown = (await sanne.call("GET", url)).json()
    assert (shown["status"], shown["paid"]) == ("searching", True)
    assert shown["history"][-1]["by_name"] is None  # the payment provider, not a person
    assert (await sanne.call("GET", f"{url}/payment")).json()["status"] == "paid"
    assert (await sanne.call("POST", f"{url}/payment")).status_code == 409
    [mail] = [
        m
        for m in await queued_mails(session, "sanne@example.org")
        if m["template"] == "dossier_fee_receipt"
    ]
    assert mail["context"]["searching"] is True  # type: ignore[index]
    name, pdf, media = await receipt_attachment(session, payment["id"], "nl")
    assert (media, pdf[:5]) == ("application/pdf", b"%PDF-")
    assert name.startswith("kring-ontvangstbewijs-tr_sandbox_")
    log = (await sanne.call("GET", f"{url}/access-log")).json()["items"]
    assert "dossier.payment_started" in [e["action"] for e in log]


async def test_an_unverified_partner_pays_and_waits(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    sanne = await signed_in(app, session, settings, "sanne@example.org", "Sanne")
    made = await create(sanne)
    await complete(sanne, session, made["id"])
    failed = await _pay(sanne, made["id"], "failed")
    assert (await sanne.call("GET", f"{DOSSIERS}/{made['id']}/payment")).json()["id"] == failed[
        "id"
    ]
    await _pay(sanne, made["id"])
    shown = (await sanne.call("GET", f"{DOSSIERS}/{made['id']}")).json()
    assert (shown["status"], shown["paid"], shown["can_submit"]) == (
        "awaiting_payment",
        True,
        False,
    )
    assert (await sanne.call("POST", f"{DOSSIERS}/{made['id']}/submission")).status_code == 409
    await verify(session, sanne)
    submitted = await sanne.call("POST", f"{DOSSIERS}/{made['id']}/submission")
    assert submitted.json()["status"] == "searching"
    bert = await signed_in(app, session, settings, "bert@example.org", "Bert")
    assert (await bert.call("GET", f"{DOSSIERS}/{made['id']}/payment")).status_code == 404
    assert (await bert.call("POST", f"{DOSSIERS}/{made['id']}/payment")).status_code == 404
