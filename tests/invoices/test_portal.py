"""The organisation's invoices in the pro portal: only its portal admins see them (an employee
403, another organisation's admin 404), open ones by default and all on request, the status
through time (open, overdue after the due date, paid), the PDF in the reader's language, paying
with iDEAL through the sandbox, and an audit row for every read and download."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from kring.kit.money import euros
from kring.models.audit import AuditEvent
from tests.accounts.helpers import queued_mails
from tests.invoices.helpers import World, uid
from tests.members.helpers import new_client
from tests.pdf import pdf_text


async def _invoices(w: World) -> tuple[dict[str, Any], dict[str, Any]]:
    """An October and a November invoice of De Linde's project, made on 1 December 2026."""
    w.set_today(date(2026, 12, 1))
    await w.shift(date(2026, 10, 12))
    await w.shift(date(2026, 11, 3), function="host", rate_cents=3000)
    october = await w.made("2026-10")
    november = await w.made("2026-11")
    return october, november


async def test_only_portal_admins_see_the_invoices(w: World) -> None:
    october, _ = await _invoices(w)
    for path in ("", f"/{october['id']}", f"/{october['id']}/pdf"):
        assert (await w.pro_admin.call("GET", w.portal(path))).status_code == 200
        employee = await w.employee.call("GET", w.portal(path))
        assert employee.status_code == 403, path
        assert (await w.foreign.call("GET", w.portal(path))).status_code == 404, path
        # Their own organisation's path: De Linde's invoice is not found there.
        theirs = await w.foreign.call("GET", w.portal(path, w.other))
        assert theirs.status_code == (200 if path == "" else 404), path
    assert (await w.foreign.call("GET", w.portal("", w.other))).json()["items"] == []
    assert (await w.employee.call("POST", w.portal(f"/{october['id']}/payment"))).status_code == 403
    # Staff who make invoices read them as the organisation's admin would; others do not.
    assert (await w.care_manager.call("GET", w.portal())).status_code == 200
    assert (await w.advisor.call("GET", w.portal())).status_code == 404


async def test_open_invoices_by_default_and_all_on_request(w: World) -> None:
    october, november = await _invoices(w)
    listed = (await w.pro_admin.call("GET", w.portal())).json()["items"]
    assert [i["number"] for i in listed] == ["2026-000001", "2026-000002"]
    paid = await w.admin.call(
        "POST",
        f"/api/v1/admin/invoices/{october['id']}/payments",
        {"paid_on": "2026-12-01", "reference": "NL-STATEMENT-1"},
    )
    assert paid.status_code == 200, paid.json()
    listed = (await w.pro_admin.call("GET", w.portal())).json()["items"]
    assert [i["id"] for i in listed] == [november["id"]]
    every = (await w.pro_admin.call("GET", w.portal("?view=all"))).json()["items"]
    assert {i["id"]: i["status"] for i in every} == {october["id"]: "paid", november["id"]: "open"}
    assert (await w.pro_admin.call("GET", w.portal("?view=paid"))).status_code == 422


async def test_the_status_follows_the_clock(w: World) -> None:
    _, november = await _invoices(w)
    url = w.portal(f"/{november['id']}")
    assert november["due_on"] == "2026-12-31"
    w.set_today(date(2026, 12, 31))
    assert (await w.pro_admin.call("GET", url)).json()["status"] == "open"
    w.set_today(date(2027, 1, 1))
    shown = (await w.pro_admin.call("GET", url)).json()
    assert shown["status"] == "overdue"
    listed = (await w.pro_admin.call("GET", w.portal())).json()["items"]
    assert {i["status"] for i in listed} == {"overdue"}
    recorded = await w.admin.call(
        "POST",
        f"/api/v1/admin/invoices/{november['id']}/payments",
        {"paid_on": "2027-01-01", "reference": "Afschrift 1"},
    )
    assert recorded.json()["status"] == "paid"
    shown = (await w.pro_admin.call("GET", url)).json()
    assert (shown["status"], shown["paid_via"], shown["payment_reference"]) == (
        "paid",
        "transfer",
        "Afschrift 1",
    )


async def test_the_invoice_page_has_lines_totals_and_vat_per_rate(w: World) -> None:
    _, november = await _invoices(w)
    shown = (await w.pro_admin.call("GET", w.portal(f"/{november['id']}"))).json()
    assert shown["project_name"] == "Woonvoorziening De Linde"
    assert [
        (line["hours"], line["amount_cents"], line["vat_percent"]) for line in shown["lines"]
    ] == [("8.00", 24_000, 21)]
    assert shown["vat_rates"] == [{"vat_percent": 21, "amount_cents": 24_000, "vat_cents": 5_040}]
    assert shown["total_cents"] == 29_040
    assert shown["payment_pending"] is False


async def test_reads_and_downloads_are_audited(w: World) -> None:
    october, _ = await _invoices(w)
    await w.pro_admin.call("GET", w.portal())
    await w.pro_admin.call("GET", w.portal(f"/{october['id']}"))
    await w.pro_admin.call("GET", w.portal(f"/{october['id']}/pdf"))
    await w.employee.call("GET", w.portal(f"/{october['id']}"))  # refused: no read
    events = (
        await w.session.scalars(
            select(AuditEvent)
            .where(AuditEvent.actor_user_id == w.pro_admin.user.id)
            .where(AuditEvent.action.like("invoice.%"))
            .order_by(AuditEvent.id)
        )
    ).all()
    assert [e.action for e in events] == ["invoice.listed", "invoice.viewed", "invoice.downloaded"]
    assert all(e.organisation_id == w.linde.id for e in events)
    assert [e.subject_id for e in events[1:]] == [uid(october["id"])] * 2
    assert events[0].details["invoices"] == [october["id"], events[0].details["invoices"][1]]
    refused = await w.session.scalar(
        select(AuditEvent).where(
            AuditEvent.actor_user_id == w.employee.user.id, AuditEvent.action.like("invoice.%")
        )
    )
    assert refused is None


async def test_the_pdf_in_the_readers_language(w: World) -> None:
    _, november = await _invoices(w)
    url = w.portal(f"/{november['id']}/pdf")
    answer = await w.pro_admin.client.get(url, headers={"Accept-Language": "nl"})
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/pdf"
    assert 'filename="2026-000002.pdf"' in answer.headers["content-disposition"]
    text = pdf_text(answer.content)
    for words in (
        b"Factuur 2026-000002",
        b"Kring B.V.",
        b"Zorggroep De Linde",
        b"Postbus 123",
        b"3500 AA Utrecht",
        b"Woonvoorziening De Linde",
        b"1 december 2026",
        b"31 december 2026",
        b"1 november 2026 - 30 november 2026",
        b"Gastvrouw/-heer Anna de Vries",
        b"8,00",
        b"EUR 30,00",
        b"EUR 240,00",
        b"Btw 21% over EUR 240,00",
        b"EUR 50,40",
        b"EUR 290,40",
        b"NL44RABO0123456789",
        b"vermelding",
    ):
        assert words in text, words
    french = await w.pro_admin.client.get(url, headers={"Accept-Language": "fr"})
    text = pdf_text(french.content)
    for words in (
        b"Facture 2026-000002",
        "Hôte/hôtesse Anna de Vries".encode("latin-1"),
        b"TVA 21 % sur EUR 240,00",
    ):
        assert words in text, words
    english = pdf_text(
        (await w.pro_admin.client.get(url, headers={"Accept-Language": "en"})).content
    )
    assert b"VAT 21% on EUR 240,00" in english
    assert b"Due date" in english


async def _checkout(w: World, invoice_id: str) -> dict[str, Any]:
    started = await w.pro_admin.call("POST", w.portal(f"/{invoice_id}/payment"))
    assert started.status_code == 201, started.json()
    payment: dict[str, Any] = started.json()
    return payment


async def _bank(w: World, payment: dict[str, Any], outcome: str) -> None:
    path = payment["checkout_url"].split("://", 1)[1].split("/", 1)[1]
    chosen = await w.pro_admin.client.post(f"/{path}", data={"outcome": outcome})
    assert chosen.status_code == 303
    location = chosen.headers["location"]
    assert location.endswith(
        f"/pro/invoices/{payment['invoice_id']}?payment={payment['payment_id']}"
    )
    async with new_client(w.app) as gateway:
        external_id = payment["checkout_url"].rsplit("/", 1)[1]
        answer = await gateway.post("/api/v1/payments/webhooks/sandbox", data={"id": external_id})
    assert answer.status_code == 200


async def test_paying_with_ideal_through_the_sandbox(w: World) -> None:
    october, _ = await _invoices(w)
    url = w.portal(f"/{october['id']}")
    first = await _checkout(w, october["id"])
    first["invoice_id"] = october["id"]
    assert "/sandbox/payments/tr_sandbox_" in first["checkout_url"]
    assert (await w.pro_admin.call("GET", url)).json()["payment_pending"] is True
    # Starting again before the bank answered offers the same payment.
    again = await _checkout(w, october["id"])
    assert again == {k: v for k, v in first.items() if k != "invoice_id"}
    # A failed payment leaves the invoice open; the next attempt is a new payment.
    await _bank(w, first, "failed")
    shown = (await w.pro_admin.call("GET", url)).json()
    assert (shown["status"], shown["payment_pending"]) == ("open", False)
    payer = w.pro_admin.user.email
    assert await _receipts(w, payer) == []  # nothing was paid
    second = await _checkout(w, october["id"])
    assert second["payment_id"] != first["payment_id"]
    second["invoice_id"] = october["id"]
    await _bank(w, second, "paid")
    shown = (await w.pro_admin.call("GET", url)).json()
    assert (shown["status"], shown["paid_via"], shown["payment_reference"]) == (
        "paid",
        "ideal",
        second["payment_id"],
    )
    assert (await w.pro_admin.call("POST", f"{url}/payment")).status_code == 409
    # The payer gets one receipt, in their language, however often the bank says "paid".
    (receipt,) = await _receipts(w, payer)
    assert receipt["language"] == w.pro_admin.user.preferred_language
    context: Any = receipt["context"]
    assert context["invoice_number"] == shown["number"]
    assert context["total"] == euros(shown["total_cents"])
    assert context["reference"] == second["checkout_url"].rsplit("/", 1)[1]
    async with new_client(w.app) as gateway:
        await gateway.post("/api/v1/payments/webhooks/sandbox", data={"id": context["reference"]})
    assert len(await _receipts(w, payer)) == 1
    recorded = await w.admin.call(
        "POST",
        f"/api/v1/admin/invoices/{october['id']}/payments",
        {"paid_on": "2026-12-01", "reference": "Afschrift"},
    )
    assert recorded.status_code == 409
    paid = await w.session.scalar(
        select(AuditEvent).where(
            AuditEvent.action == "invoice.paid", AuditEvent.subject_id == uid(october["id"])
        )
    )
    assert paid is not None
    assert paid.actor_user_id is None  # the payment provider said so, not a person


async def _receipts(w: World, to: str) -> list[dict[str, object]]:
    mails = await queued_mails(w.session, to)
    return [mail for mail in mails if mail["template"] == "invoice_payment_receipt"]
