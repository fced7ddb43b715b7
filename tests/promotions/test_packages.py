"""Promotion packages: a live provider asks, staff confirm, and the first invoice deducts the
administrative fee already paid: once, whatever happens after."""

from __future__ import annotations

import zlib
from datetime import UTC, date, datetime

import pytest
from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.models.audit import AuditEvent
from kring.models.payment import Payment
from kring.models.promotion import PromotionRequest, ProviderInvoice
from kring.models.provider import ProviderProfile
from kring.promotions.service import one_year_from
from tests.accounts.helpers import log_in, make_user, queued_mails
from tests.conftest import Mailbox, RunWorker
from tests.members.helpers import Person, new_client, person


async def _provider(
    app: FastAPI,
    session: AsyncSession,
    settings: Settings,
    email: str = "bert@example.org",
    *,
    status: str = "live",
    fee_paid: bool = True,
) -> tuple[Person, ProviderProfile]:
    # Providers log in with a password alone: no organisation, no second factor.
    user = await make_user(session, email, first_name="Bert")
    client = new_client(app)
    assert (await log_in(client, email)).status_code == 200
    bert = Person(user, client, settings)
    profile = ProviderProfile(
        user_id=bert.user.id, status=status, service_kinds=["home_services"], completed_steps=[]
    )
    session.add(profile)
    await session.flush()
    if fee_paid:
        session.add(
            Payment(
                profile_id=profile.id,
                purpose="admin_fee",
                gateway="sandbox",
                external_id=f"tr_{email}",
                amount_cents=1000,
                vat_cents=174,
                status="paid",
                checkout_url="http://127.0.0.1/sandbox",
                paid_at=datetime.now(UTC),
            )
        )
    await session.commit()
    return bert, profile


async def _advisor(app: FastAPI, session: AsyncSession, settings: Settings) -> Person:
    return await person(app, session, settings, "arie@kring.example", "Arie", staff_role="advisor")


async def _ask(bert: Person, package: str, message: str = "") -> dict[str, object]:
    answer = await bert.call(
        "POST", "/api/v1/provider/promotion/requests", {"package": package, "message": message}
    )
    assert answer.status_code == 201, answer.json()
    body: dict[str, object] = answer.json()
    return body


def _confirm_url(request_id: object) -> str:
    return f"/api/v1/admin/promotion-requests/{request_id}/confirm"


async def test_the_packages_are_listed_with_the_fee_to_deduct(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    bert, _profile = await _provider(app, session, settings)
    overview = (await bert.call("GET", "/api/v1/provider/promotion")).json()
    assert [
        (p["package"], p["name"], p["stars"], p["price_cents"]) for p in overview["packages"]
    ] == [
        ("basic", "Basispakket", 1, 10_000),
        ("plus", "Pluspakket", 2, 30_000),
        ("luxe", "Luxepakket", 3, 50_000),
        ("fee", "Fee-pakket", 5, 50_000),
    ]
    assert [p["price_is_minimum"] for p in overview["packages"]] == [False, False, False, True]
    activities = [len(p["activities"]) for p in overview["packages"]]
    assert activities == [5, 8, 11, 13]  # each package adds to the one before
    assert overview["packages"][0]["activities"][0] == "Je profiel op het Kring-platform"
    assert (overview["fee_credit_cents"], overview["can_request"], overview["requests"]) == (
        1000,
        True,
        [],
    )


async def test_only_a_live_provider_asks_and_one_question_waits_at_a_time(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    draft, _ = await _provider(app, session, settings, "dirk@example.org", status="draft")
    refused = await draft.call("POST", "/api/v1/provider/promotion/requests", {"package": "plus"})
    assert refused.status_code == 409
    assert refused.json()["detail"] == (
        "Je profiel moet eerst online staan voordat je een pakket kiest."
    )

    bert, _ = await _provider(app, session, settings)
    asked = await _ask(bert, "plus", "Bel me liever na 17:00.")
    assert (asked["status"], asked["name"], asked["invoice"]) == ("requested", "Pluspakket", None)
    [mail] = await queued_mails(session, settings.staff_email)
    assert mail["template"] == "promotion_requested"
    assert mail["context"] == {
        "provider_name": "Bert",
        "provider_email": "bert@example.org",
        "package": "Pluspakket",
    }
    again = await bert.call("POST", "/api/v1/provider/promotion/requests", {"package": "luxe"})
    assert again.status_code == 409
    assert (await bert.call("GET", "/api/v1/provider/promotion")).json()["can_request"] is False
    unknown = await bert.call("POST", "/api/v1/provider/promotion/requests", {"package": "gold"})
    assert unknown.json()["errors"][0]["field"] == "package"
    long = await bert.call(
        "POST", "/api/v1/provider/promotion/requests", {"package": "basic", "message": "x" * 1001}
    )
    assert long.json()["errors"][0]["field"] == "message"


async def test_the_first_invoice_deducts_the_fee_and_the_next_does_not(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    bert, _profile = await _provider(app, session, settings)
    arie = await _advisor(app, session, settings)
    asked = await _ask(bert, "plus")
    waiting = await arie.call("GET", "/api/v1/admin/promotion-requests?status=requested")
    assert [(r["id"], r["provider_email"]) for r in waiting.json()["items"]] == [
        (asked["id"], "bert@example.org")
    ]

    confirmed = await arie.call("POST", _confirm_url(asked["id"]), {"starts_on": "2027-01-01"})
    assert confirmed.status_code == 200, confirmed.json()
    body = confirmed.json()
    assert (body["status"], body["starts_on"], body["ends_on"]) == (
        "confirmed",
        "2027-01-01",
        "2027-12-31",
    )
    invoice = body["invoice"]
    assert (
        invoice["package_cents"],
        invoice["fee_credit_cents"],
        invoice["total_cents"],
        invoice["net_cents"],
        invoice["vat_cents"],
    ) == (30_000, 1000, 29_000, 23_967, 5_033)
    assert invoice["number"].startswith(f"K{datetime.now(UTC).year}-")
    [mail] = [
        m
        for m in await queued_mails(session, "bert@example.org")
        if m["template"] == "promotion_confirmed"
    ]
    assert mail["attachments"] == [{"kind": "provider_invoice", "invoice_id": invoice["id"]}]
    overview = (await bert.call("GET", "/api/v1/provider/promotion")).json()
    assert (overview["fee_credit_cents"], overview["can_request"]) == (0, True)

    twice = await arie.call("POST", _confirm_url(asked["id"]), {"starts_on": "2027-01-01"})
    assert twice.status_code == 409

    upgrade = await _ask(bert, "luxe")
    second = (
        await arie.call("POST", _confirm_url(upgrade["id"]), {"starts_on": "2027-06-01"})
    ).json()["invoice"]
    assert (second["fee_credit_cents"], second["total_cents"]) == (0, 50_000)
    assert second["number"] != invoice["number"]

    # The provider opens it from their own page (staff have their own route).
    mine = (await bert.call("GET", "/api/v1/provider/promotion")).json()["requests"]
    own_url = next(r["invoice"]["pdf_url"] for r in mine if r["id"] == asked["id"])
    pdf = await bert.call("GET", own_url)
    assert pdf.headers["content-type"] == "application/pdf"
    text = _pdf_text(pdf.content)
    for expected in (b"Factuur", b"Pluspakket", b"EUR 300,00", b"-10,00", b"EUR 290,00"):
        assert expected in text, expected
    stranger, _ = await _provider(app, session, settings, "sara@example.org")
    assert (await stranger.call("GET", own_url)).status_code == 404


async def test_without_a_paid_fee_nothing_is_deducted(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    # A provider staff made live by hand (say, a partner of old) never paid the fee.
    bert, _ = await _provider(app, session, settings, fee_paid=False)
    arie = await _advisor(app, session, settings)
    asked = await _ask(bert, "basic")
    invoice = (
        await arie.call("POST", _confirm_url(asked["id"]), {"starts_on": "2027-01-01"})
    ).json()["invoice"]
    assert (invoice["fee_credit_cents"], invoice["total_cents"]) == (0, 10_000)


async def test_the_fee_package_needs_an_agreed_price_and_the_others_have_theirs(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    bert, _ = await _provider(app, session, settings)
    arie = await _advisor(app, session, settings)
    fee = await _ask(bert, "fee")
    url = _confirm_url(fee["id"])
    missing = await arie.call("POST", url, {"starts_on": "2027-01-01"})
    assert missing.json()["errors"][0] == {
        "location": "body",
        "field": "price_cents",
        "message": "Vul de prijs in die voor dit pakket is afgesproken.",
    }
    too_low = await arie.call("POST", url, {"starts_on": "2027-01-01", "price_cents": 49_999})
    assert too_low.json()["errors"][0]["message"] == "Dit pakket kost minstens €\xa0500,00."
    agreed = await arie.call("POST", url, {"starts_on": "2027-01-01", "price_cents": 75_000})
    assert agreed.json()["invoice"]["total_cents"] == 74_000

    basic = await _ask(bert, "basic")
    other = await arie.call(
        "POST", _confirm_url(basic["id"]), {"starts_on": "2027-01-01", "price_cents": 5_000}
    )
    assert other.json()["errors"][0]["message"] == "Dit pakket heeft een vaste prijs."


async def test_staff_roles_and_withdrawing(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    bert, _ = await _provider(app, session, settings)
    sara, _ = await _provider(app, session, settings, "sara@example.org")
    verifier = await person(
        app, session, settings, "vera@kring.example", "Vera", staff_role="verifier"
    )
    asked = await _ask(bert, "basic")
    url = f"/api/v1/provider/promotion/requests/{asked['id']}"
    refused = await verifier.call("POST", _confirm_url(asked["id"]), {"starts_on": "2027-01-01"})
    assert refused.status_code == 403
    assert (await bert.call("GET", "/api/v1/admin/promotion-requests")).status_code == 403
    assert (await sara.call("DELETE", url)).status_code == 404  # not hers
    assert (await bert.call("DELETE", url)).status_code == 204
    assert (await bert.call("DELETE", url)).status_code == 409  # withdrawn already
    arie = await _advisor(app, session, settings)
    late = await arie.call("POST", _confirm_url(asked["id"]), {"starts_on": "2027-01-01"})
    assert late.status_code == 409
    assert (await bert.call("GET", "/api/v1/provider/promotion")).json()["requests"][0][
        "status"
    ] == "withdrawn"


async def test_the_database_deducts_the_fee_once_and_keeps_one_question_waiting(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    _bert, profile = await _provider(app, session, settings)
    profile_id = profile.id  # kept: the rollback below expires the object
    first = PromotionRequest(profile_id=profile_id, package="basic", status="requested")
    session.add(first)
    await session.flush()
    session.add(PromotionRequest(profile_id=profile_id, package="plus", status="requested"))
    with pytest.raises(IntegrityError):
        await session.flush()
    await session.rollback()

    requests = [
        PromotionRequest(
            profile_id=profile_id,
            package="basic",
            status="confirmed",
            price_cents=10_000,
            starts_on=date(2027, 1, 1),
            ends_on=date(2027, 12, 31),
            confirmed_at=datetime.now(UTC),
        )
        for _ in range(2)
    ]
    session.add_all(requests)
    await session.flush()
    for number, request in enumerate(requests):
        session.add(
            ProviderInvoice(
                number=f"K2027-00000{number}",
                profile_id=profile_id,
                promotion_request_id=request.id,
                issued_on=date(2027, 1, 1),
                package_cents=10_000,
                fee_credit_cents=1000,
                total_cents=9_000,
                vat_cents=1_562,
            )
        )
    with pytest.raises(IntegrityError):
        await session.flush()


@pytest.mark.parametrize(
    ("starts_on", "last_day"),
    [
        (date(2027, 1, 1), date(2027, 12, 31)),
        (date(2027, 3, 15), date(2028, 3, 14)),
        (date(2028, 2, 29), date(2029, 2, 28)),
    ],
)
def test_a_package_runs_one_year(starts_on: date, last_day: date) -> None:
    assert one_year_from(starts_on) == last_day


async def test_the_invoice_arrives_with_its_pdf(
    app: FastAPI,
    committed_client: AsyncClient,
    committed: async_sessionmaker[AsyncSession],
    run_worker: RunWorker,
    mailbox: Mailbox,
    settings: Settings,
) -> None:
    async with committed() as session:
        bert, _ = await _provider(app, session, settings)
        arie = await _advisor(app, session, settings)
    asked = await _ask(bert, "plus")
    await arie.call("POST", _confirm_url(asked["id"]), {"starts_on": "2027-01-01"})
    await run_worker()
    [staff] = [m for m in mailbox() if m.to == settings.staff_email]
    assert staff.subject == "Nieuwe aanvraag promotiepakket: Bert"
    [confirmation] = [m for m in mailbox() if m.subject == "Je Pluspakket bij Kring is bevestigd"]
    text = confirmation.text.replace("\xa0", " ")
    assert "Totaal inclusief btw € 290,00" in text
    assert "-€ 10,00" in text
    [(name, media_type, size)] = confirmation.attachments
    assert (media_type, name.startswith("kring-factuur-K")) == ("application/pdf", True)
    assert size > 800


def _pdf_text(pdf: bytes) -> bytes:
    assert pdf.startswith(b"%PDF-")
    return b"".join(
        zlib.decompress(chunk.split(b"stream\n", 1)[1].rsplit(b"\nendstream", 1)[0])
        for chunk in pdf.split(b"endstream")[:-1]
        if b"FlateDecode" in chunk
    )


async def test_staff_open_the_invoice_pdf_from_their_list_and_the_read_is_audited(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    bert, profile = await _provider(app, session, settings)
    arie = await _advisor(app, session, settings)
    asked = await _ask(bert, "basic")
    confirmed = await arie.call("POST", _confirm_url(asked["id"]), {"starts_on": "2027-01-01"})
    invoice = confirmed.json()["invoice"]
    assert invoice["pdf_url"] == f"/api/v1/admin/invoices/{invoice['id']}/pdf"
    listed = await arie.call("GET", "/api/v1/admin/promotion-requests?status=confirmed")
    assert [r["invoice"]["pdf_url"] for r in listed.json()["items"]] == [invoice["pdf_url"]]

    pdf = await arie.call("GET", invoice["pdf_url"])
    assert pdf.status_code == 200
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF-")
    viewed = await session.scalar(
        select(AuditEvent).where(AuditEvent.action == "provider.invoice_viewed")
    )
    assert viewed is not None
    assert (viewed.actor_user_id, viewed.subject_id) == (arie.user.id, profile.id)
    # The provider keeps their own route; theirs is not staff's.
    own = (await bert.call("GET", "/api/v1/provider/promotion")).json()["requests"][0]
    assert own["invoice"]["pdf_url"] == f"/api/v1/provider/invoices/{invoice['id']}/pdf"
    assert (await bert.call("GET", invoice["pdf_url"])).status_code == 403
    missing = "/api/v1/admin/invoices/00000000-0000-4000-8000-000000000000/pdf"
    assert (await arie.call("GET", missing)).status_code == 404
