"""Paying the administrative fee: the sandbox walks Mollie's flow (create, checkout, webhook,
fetch status); the profile goes live only when paid, once, whatever arrives first."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from typing import Any, ClassVar

import pytest
from httpx import AsyncClient
from redis.asyncio import Redis
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.models.outbox import OutboxMessage
from kring.models.payment import PaymentStatus
from kring.payments.gateway import MollieGateway
from tests.accounts.helpers import csrf, log_in, make_user
from tests.conftest import Mailbox, RunWorker
from tests.local_http import serving
from tests.members.helpers import new_client
from tests.pdf import pdf_text
from tests.providers.test_wizard import COMPANY, PERSONAL

# Without a KvK number no certificate of conduct is needed: paid is live.
SOLO = {**COMPANY, "has_kvk": False, "company_name": None, "kvk_number": None}


async def ready_provider(
    client: AsyncClient,
    session: AsyncSession,
    settings: Settings,
    email: str,
    company: dict[str, Any] = SOLO,
) -> None:
    await make_user(session, email, first_name="Bert")
    await log_in(client, email)
    headers = csrf(client, settings)
    computer = next(
        c["id"]
        for c in (await client.get("/api/v1/categories")).json()
        if c["slug"] == "computerhulp"
    )
    steps: dict[str, dict[str, Any]] = {
        "personal": PERSONAL,
        "company": company,
        "introduction": {"introduction": "Computerhulp aan huis.", "profile_text": ""},
        "availability": {"work_area_kind": "country"},
        "services": {"category_ids": [computer], "services": []},
    }
    for step, body in steps.items():
        answer = await client.put(f"/api/v1/provider/profile/{step}", headers=headers, json=body)
        assert answer.status_code == 200, answer.json()


async def start(client: AsyncClient, settings: Settings) -> dict[str, Any]:
    started = await client.post("/api/v1/provider/payment", headers=csrf(client, settings))
    assert started.status_code == 201, started.json()
    body: dict[str, Any] = started.json()
    return body


async def choose(client: AsyncClient, checkout_url: str, outcome: str) -> str:
    path = checkout_url.split("://", 1)[1].split("/", 1)[1]
    chosen = await client.post(f"/{path}", data={"outcome": outcome})
    assert chosen.status_code == 303
    return str(chosen.headers["location"])


async def webhook(client: AsyncClient, external_id: str) -> None:
    """The provider's call: from its own servers, so without anyone's cookies."""
    async with new_client(client._transport.app) as provider:  # type: ignore[attr-defined]
        answer = await provider.post("/api/v1/payments/webhooks/sandbox", data={"id": external_id})
    assert answer.status_code == 200


async def _receipts(session: AsyncSession) -> int:
    rows = await session.scalars(select(OutboxMessage).where(OutboxMessage.task == "mail.send"))
    return sum(1 for r in rows if r.payload.get("template") == "payment_receipt")


async def test_paying_needs_the_earlier_steps(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await make_user(session, "bert@example.org")
    await log_in(client, "bert@example.org")
    await client.put(
        "/api/v1/provider/profile/personal", headers=csrf(client, settings), json=PERSONAL
    )
    refused = await client.post("/api/v1/provider/payment", headers=csrf(client, settings))
    assert refused.status_code == 409
    assert refused.json()["detail"] == "Rond eerst de eerdere stappen af."


async def test_a_webhook_before_the_return_makes_the_profile_live_once(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await ready_provider(client, session, settings, "bert@example.org")
    payment = await start(client, settings)
    assert payment["amount_cents"] == 1000
    assert payment["vat_cents"] == 174
    checkout = payment["checkout_url"]
    external_id = checkout.rsplit("/", 1)[1]
    page = await client.get("/" + checkout.split("://", 1)[1].split("/", 1)[1])
    assert page.status_code == 200
    assert "10,00" in page.text
    assert (await client.get("/api/v1/provider/profile")).json()["status"] == "awaiting_payment"

    back_to = await choose(client, checkout, "paid")
    assert back_to.endswith(f"/provider/signup/payment?payment={payment['id']}")
    # An open webhook call with an unknown id changes nothing and says nothing.
    await webhook(client, "tr_forged")
    await webhook(client, external_id)
    await webhook(client, external_id)  # again: idempotent
    profile = (await client.get("/api/v1/provider/profile")).json()
    assert profile["status"] == "live"
    assert profile["next_step"] == "done"
    returned = (await client.get("/api/v1/provider/payment")).json()
    assert returned["status"] == "paid"
    assert returned["paid_at"] is not None
    assert await _receipts(session) == 1
    again = await client.post("/api/v1/provider/payment", headers=csrf(client, settings))
    assert again.status_code == 409


async def test_returning_before_the_webhook_settles_it_too(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await ready_provider(client, session, settings, "bert@example.org")
    payment = await start(client, settings)
    await choose(client, payment["checkout_url"], "paid")
    assert (await client.get("/api/v1/provider/payment")).json()["status"] == "paid"
    await webhook(client, payment["checkout_url"].rsplit("/", 1)[1])  # late webhook
    assert (await client.get("/api/v1/provider/profile")).json()["status"] == "live"
    assert await _receipts(session) == 1


async def test_a_failed_payment_can_be_tried_again(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await ready_provider(client, session, settings, "bert@example.org")
    first = await start(client, settings)
    # A webhook while the payer is still choosing: still open, nothing happens.
    await webhook(client, first["checkout_url"].rsplit("/", 1)[1])
    assert (await client.get("/api/v1/provider/payment")).json()["status"] == "open"
    await choose(client, first["checkout_url"], "failed")
    await webhook(client, first["checkout_url"].rsplit("/", 1)[1])
    assert (await client.get("/api/v1/provider/payment")).json()["status"] == PaymentStatus.failed
    assert (await client.get("/api/v1/provider/profile")).json()["status"] == "draft"
    # The failed payment stays failed even if the sandbox is asked again.
    await choose(client, first["checkout_url"], "paid")
    second = await start(client, settings)
    assert second["id"] != first["id"]
    await choose(client, second["checkout_url"], "paid")
    await webhook(client, second["checkout_url"].rsplit("/", 1)[1])
    assert (await client.get("/api/v1/provider/profile")).json()["status"] == "live"
    assert await _receipts(session) == 1


class _FakeMollie(BaseHTTPRequestHandler):
    """Mollie's Payments API on this machine: its paths, its bearer key, its answers."""

    created: ClassVar[dict[str, Any]] = {}

    def _answer(self, status: int, body: dict[str, Any]) -> None:
        raw = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/hal+json")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def do_POST(self) -> None:
        if self.headers.get("Authorization") != "Bearer test_key" or self.path != "/v2/payments":
            self._answer(401, {"status": 401, "title": "Unauthorized Request"})
            return
        _FakeMollie.created = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self._answer(
            201,
            {
                "id": "tr_7UhSN1zuXS",
                "status": "open",
                "_links": {"checkout": {"href": "https://www.mollie.com/checkout/tr_7UhSN1zuXS"}},
            },
        )

    def do_GET(self) -> None:
        if self.path == "/v2/payments/tr_7UhSN1zuXS":
            self._answer(200, {"id": "tr_7UhSN1zuXS", "status": "paid"})
        else:
            self._answer(404, {"status": 404, "title": "Not Found"})

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def mollie() -> Iterator[str]:
    with serving(_FakeMollie) as base:
        yield f"{base}/v2"


async def test_the_mollie_gateway_speaks_mollies_api(session: AsyncSession, mollie: str) -> None:
    gateway = MollieGateway(mollie, "test_key")
    created = await gateway.create(
        session,
        amount_cents=1000,
        description="Kring administratiekosten",
        redirect_url="https://kring.example/provider/signup/payment",
        webhook_url="https://kring.example/api/v1/payments/webhooks/mollie",
    )
    assert created.external_id == "tr_7UhSN1zuXS"
    assert created.checkout_url.startswith("https://www.mollie.com/checkout/")
    assert _FakeMollie.created["amount"] == {"currency": "EUR", "value": "10.00"}
    assert _FakeMollie.created["method"] == "ideal"
    assert _FakeMollie.created["webhookUrl"].endswith("/webhooks/mollie")
    assert await gateway.status(session, "tr_7UhSN1zuXS") == PaymentStatus.paid
    from kring.kit.errors import ServiceUnavailable

    with pytest.raises(ServiceUnavailable):
        await gateway.status(session, "tr_unknown")
    with pytest.raises(ServiceUnavailable):
        await MollieGateway(mollie, "wrong").create(
            session, amount_cents=1000, description="x", redirect_url="x", webhook_url="x"
        )


async def test_the_receipt_arrives_with_its_pdf(
    committed_client: AsyncClient,
    committed: async_sessionmaker[AsyncSession],
    run_worker: RunWorker,
    mailbox: Mailbox,
    redis: Redis,
    settings: Settings,
) -> None:
    async with committed() as session:
        await ready_provider(committed_client, session, settings, "bert@example.org")
    payment = await start(committed_client, settings)
    await choose(committed_client, payment["checkout_url"], "paid")
    assert (await committed_client.get("/api/v1/provider/payment")).json()["status"] == "paid"
    await run_worker()
    [receipt] = [m for m in mailbox() if m.subject == "Je betaling aan Kring: ontvangstbewijs"]
    assert "€ 8,26" in receipt.text.replace("\xa0", " ")
    assert "€ 1,74" in receipt.text.replace("\xa0", " ")
    [(name, media_type, size)] = receipt.attachments
    assert media_type == "application/pdf"
    assert name.startswith("kring-ontvangstbewijs-tr_sandbox_")
    assert size > 800


def test_the_receipt_pdf_shows_the_vat_breakdown() -> None:
    from datetime import UTC, datetime

    from kring.models.payment import Payment
    from kring.payments.receipt import receipt_pdf
    from kring.providers.billing import BilledParty

    payment = Payment(
        external_id="tr_1",
        amount_cents=1000,
        vat_cents=174,
        paid_at=datetime(2026, 11, 23, tzinfo=UTC),
    )
    pdf = receipt_pdf(payment, BilledParty("Bert Klinkenberg", "Bert BV", "12345678"), "nl")
    text = pdf_text(pdf)
    for expected in (
        b"Ontvangstbewijs",
        b"Administratiekosten",
        b"EUR 8,26",
        b"EUR 1,74",
        b"EUR 10,00",
        b"12345678",
    ):
        assert expected in text, expected


async def test_polls_while_the_webhook_is_handled_never_fail(
    committed_client: AsyncClient,
    committed: async_sessionmaker[AsyncSession],
    redis: Redis,
    settings: Settings,
) -> None:
    """The portal polls right after the checkout while the webhook arrives: both lock the
    payment and then the profile, in that order, so they queue instead of deadlocking."""
    async with committed() as session:
        await ready_provider(committed_client, session, settings, "bert@example.org")
    for attempt in range(3):
        payment = await start(committed_client, settings)
        await choose(committed_client, payment["checkout_url"], "failed" if attempt < 2 else "paid")
        external_id = payment["checkout_url"].rsplit("/", 1)[1]
        async with new_client(committed_client._transport.app) as bank:  # type: ignore[attr-defined]
            answers = await asyncio.gather(
                *[committed_client.get("/api/v1/provider/payment") for _ in range(8)],
                *[
                    bank.post("/api/v1/payments/webhooks/sandbox", data={"id": external_id})
                    for _ in range(2)
                ],
            )
        assert [a.status_code for a in answers] == [200] * 10, [a.text for a in answers]
    async with committed() as session:
        assert await _receipts(session) == 1
