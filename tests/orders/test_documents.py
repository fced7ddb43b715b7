"""The order as a PDF: downloaded in the reader's language (read back with a text extractor),
and mailed to oneself and colleagues with the PDF attached (through the worker into the SMTP
sink); sends are limited per hour (429 with Retry-After) and every download and send is
audited."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

from fastapi import FastAPI
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.models.audit import AuditEvent
from kring.orders.documents import SENDS_PER_HOUR
from tests.conftest import Mailbox, RunWorker
from tests.fixtures.services import ServiceAddresses
from tests.orders.helpers import ORDERS, World, today, world
from tests.pdf import pdf_text


async def _download(w: World, order_id: str, language: str) -> tuple[str, bytes]:
    answer = await w.pro.client.get(
        f"{ORDERS}/{order_id}/pdf", headers={"Accept-Language": language}
    )
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"] == "application/pdf"
    return answer.headers["content-disposition"], answer.content


async def test_the_pdf_reads_back_in_the_readers_language(w: World) -> None:
    order = await w.place(w.rental(option_id=str(w.options["ad_seat"].id), wlz_indication=True))
    await w.moved(order["id"], "planned", today())
    disposition, pdf = await _download(w, order["id"], "nl")
    assert disposition == f'attachment; filename="{order["number"]}.pdf"'
    text = pdf_text(pdf)
    for shown in (
        f"Aanvraag {order['number']}",
        "Huur",
        "gepland",
        "Zorggroep De Linde",
        "HartingBank vestiging Utrecht, 030 234 5678",
        "J. Jansen",
        "15 maart 1941",
        "Lindelaan 12 A, 3511 AB Utrecht",
        "Karin de Boer, 06 12345678",
        "wacht op de handtekening van de zorgprofessional",
        "HB-1024 Rolstoel standaard \\(GRZ\\)",
        "Plankzitting met AD-kussen",
        "Graag in de ochtend.",
        "Bel je vestiging: 030 234 5678",
    ):
        assert shown.encode("latin-1") in text, shown
    _, english = await _download(w, order["id"], "en")
    english_text = pdf_text(english)
    assert f"Request {order['number']}".encode() in english_text
    assert b"Standard wheelchair" in english_text
    assert b"Rental" in english_text
    assert b"(1/) Tj (1)" in text  # page 1 of 1
    downloads = await w.session.scalar(
        select(func.count()).where(AuditEvent.action == "order.downloaded")
    )
    assert downloads == 2


async def test_a_follow_up_pdf_names_its_rental(w: World) -> None:
    rental = await w.delivered_rental()
    repair = await w.place(w.follow_up("repair", rental["id"]))
    _, pdf = await _download(w, repair["id"], "fr")
    text = pdf_text(pdf)
    assert f"Demande {repair['number']}".encode() in text
    assert rental["number"].encode() in text
    assert "Réparation".encode("latin-1") in text
    assert b"De rem van het linkerwiel houdt niet meer." in text


def _pdf_of(services: ServiceAddresses, to: str) -> tuple[EmailMessage, bytes]:
    for path in services.mailbox.glob("*.eml"):
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        if message["To"] == to:
            [attachment] = list(message.iter_attachments())
            data = attachment.get_content()
            assert isinstance(data, bytes)
            return message, data
    raise AssertionError(f"no mail to {to}")


async def test_the_pdf_is_mailed_to_me_and_a_colleague(
    app: FastAPI,
    committed: async_sessionmaker[AsyncSession],
    settings: Settings,
    run_worker: RunWorker,
    mailbox: Mailbox,
    services: ServiceAddresses,
) -> None:
    async with committed() as session:
        w = await world(app, session, settings)
        order = await w.place(w.rental())
    answer = await w.pro.call(
        "POST",
        f"{ORDERS}/{order['id']}/send",
        {"to_self": True, "also_to": ["collega@zorggroep.example", "PETRA@linde.example"]},
    )
    assert answer.status_code == 202, answer.json()
    assert answer.json()["recipients"] == ["petra@linde.example", "collega@zorggroep.example"]
    await run_worker()
    sent = {m.to: m for m in mailbox() if order["number"] in m.subject}
    assert set(sent) == {"petra@linde.example", "collega@zorggroep.example"}
    colleague = sent["collega@zorggroep.example"]
    assert colleague.subject == f"Aanvraag {order['number']} van Petra"
    assert colleague.attachments == (
        (f"{order['number']}.pdf", "application/pdf", colleague.attachments[0][2]),
    )
    _, pdf = _pdf_of(services, "collega@zorggroep.example")
    assert f"Aanvraag {order['number']}".encode() in pdf_text(pdf)
    assert b"J. Jansen" in pdf_text(pdf)
    async with committed() as session:
        audited = await session.scalar(select(AuditEvent).where(AuditEvent.action == "order.sent"))
        assert audited is not None
        assert audited.details == {"to": ["petra@linde.example", "collega@zorggroep.example"]}
        assert str(audited.subject_id) == order["id"]


async def test_sending_needs_an_address_and_at_most_three_others(w: World) -> None:
    order = await w.place(w.rental())
    url = f"{ORDERS}/{order['id']}/send"
    nobody = await w.pro.call("POST", url, {"to_self": False, "also_to": []})
    assert nobody.status_code == 422
    assert nobody.json()["errors"][0]["field"] == "also_to"
    four = [f"c{i}@example.org" for i in range(4)]
    assert (await w.pro.call("POST", url, {"to_self": False, "also_to": four})).status_code == 422
    bad = await w.pro.call("POST", url, {"also_to": ["not-an-address"]})
    assert bad.status_code == 422


async def test_sends_are_limited_per_hour(w: World) -> None:
    order = await w.place(w.rental())
    url = f"{ORDERS}/{order['id']}/send"
    for _ in range(SENDS_PER_HOUR):
        assert (await w.pro.call("POST", url, {"to_self": True})).status_code == 202
    refused = await w.pro.call("POST", url, {"to_self": True})
    assert refused.status_code == 429
    assert 1 <= int(refused.headers["Retry-After"]) <= 3600
    sends = await w.session.scalar(select(func.count()).where(AuditEvent.action == "order.sent"))
    assert sends == SENDS_PER_HOUR
    # Another person has a limit of their own.
    other = await w.place(w.rental(w.foreign_org), who=w.foreign)
    answer = await w.foreign.call("POST", f"{ORDERS}/{other['id']}/send", {"to_self": True})
    assert answer.status_code == 202
