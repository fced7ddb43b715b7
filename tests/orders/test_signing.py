"""Wlz signatures: a fresh second factor, all-or-none signing of a selection as shown, the
PAdES-signed PDF and its record, a change of content superseding a signature, refusals and the
branch clearing them, and the audit."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import io
import shutil
import tempfile
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from asn1crypto import x509 as asn1_x509
from fastapi import FastAPI
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import async_validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext
from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.models.audit import AuditEvent
from kring.models.mfa import MfaFactor
from kring.models.order import AssistiveOrder
from kring.models.organisation import Organisation
from kring.models.outbox import OutboxMessage
from kring.models.session import UserSession
from kring.models.signature import OrderRefusal, OrderSignature
from kring.orders import evidence
from tests.members.helpers import Person
from tests.orders.helpers import ADMIN_ORDERS, ORDERS, World, days_ahead, world

SIGN = f"{ORDERS}/signatures"
REFUSALS = "/api/v1/admin/order-refusals"
# The smallest valid PNG: one transparent pixel.
PIXEL = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8A"
    "AAAASUVORK5CYII="
)
DRAWN = {"method": "drawn", "image": PIXEL}
TYPED = {"method": "typed", "name": "Petra de Vries"}


async def wlz_orders(w: World, count: int) -> list[dict[str, Any]]:
    """`count` Wlz rentals, as the professional reads them (with the content hash)."""
    placed = [await w.place(w.rental(wlz_indication=True)) for _ in range(count)]
    return [(await w.pro.call("GET", f"{ORDERS}/{o['id']}")).json() for o in placed]


def shown(orders: list[dict[str, Any]]) -> list[dict[str, str]]:
    return [{"order_id": o["id"], "content_sha256": o["signing"]["content_sha256"]} for o in orders]


async def age_second_factor(w: World, who: Person, minutes: int) -> None:
    await w.session.execute(
        update(UserSession)
        .where(UserSession.user_id == who.user.id)
        .values(mfa_verified_at=datetime.now(UTC) - timedelta(minutes=minutes))
    )
    await w.session.commit()


async def read(w: World, order_id: str, who: Person | None = None) -> dict[str, Any]:
    answer = await (who or w.pro).call("GET", f"{ORDERS}/{order_id}")
    assert answer.status_code == 200, answer.json()
    found: dict[str, Any] = answer.json()
    return found


async def test_signing_needs_a_second_factor_proven_in_the_last_five_minutes(w: World) -> None:
    orders = await wlz_orders(w, 1)
    await age_second_factor(w, w.pro, 6)
    stale = await w.pro.call("POST", SIGN, {"orders": shown(orders), "signature": DRAWN})
    assert stale.status_code == 401
    assert stale.json()["type"] == "https://kring.nl/problems/step-up-required"
    await age_second_factor(w, w.pro, 4)
    fresh = await w.pro.call("POST", SIGN, {"orders": shown(orders), "signature": DRAWN})
    assert fresh.status_code == 201, fresh.json()

    # Without any second factor there is nothing to prove: refused outright.
    more = await wlz_orders(w, 1)
    await w.session.execute(delete(MfaFactor).where(MfaFactor.user_id == w.pro.user.id))
    await w.session.commit()
    refused = await w.pro.call("POST", SIGN, {"orders": shown(more), "signature": DRAWN})
    assert refused.status_code == 403
    assert (await read(w, more[0]["id"]))["signed_at"] is None


async def test_signing_three_at_once_binds_each_order_and_its_pdf_validates(w: World) -> None:
    orders = await wlz_orders(w, 3)
    answer = await w.pro.client.post(
        SIGN,
        json={"orders": shown(orders), "signature": DRAWN},
        headers={**_csrf(w.pro), "User-Agent": "Kring-test/1.0"},
    )
    assert answer.status_code == 201, answer.json()
    signed = answer.json()["signed"]
    assert [s["order_id"] for s in signed] == [o["id"] for o in orders]

    identity = evidence.signing_identity(w.settings)
    trust = asn1_x509.Certificate.load(identity.certificate_der)
    for order, done in zip(orders, signed, strict=True):
        after = await read(w, order["id"])
        assert after["signed_at"] is not None
        assert after["action_required"] is False
        [signature] = after["signing"]["signatures"]
        assert signature["second_factor"] == "totp"
        assert signature["method"] == "drawn"
        assert signature["superseded_at"] is None
        # The record binds the order's canonical content, as it is in the database.
        row = await w.session.get(AssistiveOrder, uuid.UUID(order["id"]))
        assert row is not None
        await w.session.refresh(row)
        digest = hashlib.sha256(evidence.canonical_content(row)).hexdigest()
        assert signature["content_sha256"] == digest == order["signing"]["content_sha256"]
        record = await w.session.get(OrderSignature, uuid.UUID(done["signature_id"]))
        assert record is not None
        assert record.user_agent == "Kring-test/1.0"
        assert record.signer_user_id == w.pro.user.id
        assert record.second_factor_at <= record.signed_at

        pdf = await w.pro.call(
            "GET", f"{ORDERS}/{order['id']}/signatures/{done['signature_id']}/pdf"
        )
        assert pdf.status_code == 200
        assert pdf.headers["content-type"] == "application/pdf"
        data = pdf.content
        assert data == record.signed_pdf
        embedded = PdfFileReader(io.BytesIO(data)).embedded_signatures
        assert len(embedded) == 1
        status = await async_validate_pdf_signature(
            embedded[0], ValidationContext(trust_roots=[trust])
        )
        assert status.intact, status.pretty_print_details()
        assert status.valid, status.pretty_print_details()
        assert status.coverage == SignatureCoverageLevel.ENTIRE_FILE
        # The digest of the content signed is printed on the page, under the signature.
        assert digest.encode() in _uncompressed(data)
        qpdf = shutil.which("qpdf")
        if qpdf is not None:
            with tempfile.NamedTemporaryFile(suffix=".pdf") as file:
                file.write(data)
                file.flush()
                checked = await asyncio.create_subprocess_exec(
                    qpdf, "--check", file.name, stdout=asyncio.subprocess.PIPE
                )
                out, _ = await checked.communicate()
            assert checked.returncode == 0, out

    audited = await w.session.scalar(
        select(func.count()).where(AuditEvent.action == "order.signed")
    )
    assert audited == 3


async def test_a_tampered_pdf_no_longer_validates(w: World) -> None:
    orders = await wlz_orders(w, 1)
    answer = await w.pro.call("POST", SIGN, {"orders": shown(orders), "signature": TYPED})
    assert answer.status_code == 201, answer.json()
    record = await w.session.get(
        OrderSignature, uuid.UUID(answer.json()["signed"][0]["signature_id"])
    )
    assert record is not None
    assert record.typed_name == "Petra de Vries"
    data = bytearray(record.signed_pdf)
    at = data.index(b"/Title")
    data[at + 8] ^= 1  # one bit of the signed part
    trust = asn1_x509.Certificate.load(evidence.signing_identity(w.settings).certificate_der)
    embedded = PdfFileReader(io.BytesIO(bytes(data)), strict=False).embedded_signatures[0]
    status = await async_validate_pdf_signature(embedded, ValidationContext(trust_roots=[trust]))
    assert not status.intact


async def test_nobody_signs_another_organisations_order_staff_included(w: World) -> None:
    orders = await wlz_orders(w, 1)
    body = {"orders": shown(orders), "signature": DRAWN}
    for stranger in (w.foreign, w.branch_staff, w.admin):
        answer = await stranger.call("POST", SIGN, body)
        assert answer.status_code == 404, (stranger.user.email, answer.json())
    # One foreign order in a selection: nothing of it is signed.
    mine = await wlz_orders(w, 1)
    theirs = await w.foreign.call("POST", ORDERS, w.rental(w.foreign_org, wlz_indication=True))
    mixed = [*shown(mine), {"order_id": theirs.json()["id"], "content_sha256": "0" * 64}]
    answer = await w.pro.call("POST", SIGN, {"orders": mixed, "signature": DRAWN})
    assert answer.status_code == 404
    assert (await read(w, mine[0]["id"]))["signed_at"] is None
    assert await w.session.scalar(select(func.count()).select_from(OrderSignature)) == 0


async def test_only_wlz_orders_not_yet_signed_can_be_signed(w: World) -> None:
    plain = await w.place(w.rental())
    plain_read = await read(w, plain["id"])
    assert plain_read["signing"] is None
    body = {"orders": [{"order_id": plain["id"], "content_sha256": "0" * 64}], "signature": DRAWN}
    assert (await w.pro.call("POST", SIGN, body)).status_code == 409
    orders = await wlz_orders(w, 1)
    assert (
        await w.pro.call("POST", SIGN, {"orders": shown(orders), "signature": DRAWN})
    ).is_success
    again = await w.pro.call("POST", SIGN, {"orders": shown(orders), "signature": DRAWN})
    assert again.status_code == 409
    assert "signed already" in again.json()["detail"] or "al ondertekend" in again.json()["detail"]


async def test_a_change_after_signing_supersedes_the_signature(w: World) -> None:
    [order] = await wlz_orders(w, 1)
    first = await w.pro.call("POST", SIGN, {"orders": shown([order]), "signature": DRAWN})
    first_id = first.json()["signed"][0]["signature_id"]
    # A change that leaves the content as it was keeps the signature.
    same = await w.branch_staff.call(
        "PATCH", f"{ADMIN_ORDERS}/{order['id']}", {"notes": order["notes"]}
    )
    assert same.status_code == 200, same.json()
    assert same.json()["signed_at"] is not None

    changed = await w.branch_staff.call(
        "PATCH", f"{ADMIN_ORDERS}/{order['id']}", {"desired_date": days_ahead(10)}
    )
    assert changed.status_code == 200, changed.json()
    after = await read(w, order["id"])
    assert after["signed_at"] is None
    assert after["action_required"] is True
    assert after["signing"]["content_sha256"] != order["signing"]["content_sha256"]
    [old] = after["signing"]["signatures"]
    assert old["id"] == first_id
    assert old["superseded_at"] is not None
    # The old signed PDF stays on record.
    kept = await w.pro.call("GET", f"{ORDERS}/{order['id']}/signatures/{first_id}/pdf")
    assert kept.status_code == 200
    assert kept.content.startswith(b"%PDF")
    # The branch may not set it off until it is signed again.
    assert (await w.change(order["id"], "on_the_way")).status_code == 409
    stale = await w.pro.call("POST", SIGN, {"orders": shown([order]), "signature": DRAWN})
    assert stale.status_code == 409
    again = await w.pro.call("POST", SIGN, {"orders": shown([after]), "signature": DRAWN})
    assert again.status_code == 201, again.json()
    signatures = (await read(w, order["id"]))["signing"]["signatures"]
    assert [s["superseded_at"] is None for s in signatures] == [True, False]
    assert (await w.change(order["id"], "on_the_way")).status_code == 200


async def test_bulk_signing_is_all_or_none_when_one_changed_in_between(w: World) -> None:
    orders = await wlz_orders(w, 3)
    amended = await w.branch_staff.call(
        "PATCH", f"{ADMIN_ORDERS}/{orders[1]['id']}", {"contact_name": "Karin de Boer (EVV)"}
    )
    assert amended.status_code == 200, amended.json()
    answer = await w.pro.call("POST", SIGN, {"orders": shown(orders), "signature": DRAWN})
    assert answer.status_code == 409
    fields = [e["field"] for e in answer.json()["errors"]]
    assert fields == ["orders.1.content_sha256"]
    assert orders[1]["number"] in answer.json()["errors"][0]["message"]
    for order in orders:
        assert (await read(w, order["id"]))["signed_at"] is None
    assert await w.session.scalar(select(func.count()).select_from(OrderSignature)) == 0


async def test_a_selection_is_checked_before_anything_is_signed(w: World) -> None:
    orders = await wlz_orders(w, 1)
    one = shown(orders)
    cases: list[tuple[dict[str, Any], str]] = [
        ({"orders": one * 2, "signature": DRAWN}, "orders"),
        ({"orders": one * 51, "signature": DRAWN}, "orders"),
        ({"orders": [], "signature": DRAWN}, "orders"),
        (
            {
                "orders": one,
                "signature": {"method": "drawn", "image": "data:image/gif;base64,R0lG"},
            },
            "signature.drawn.image",
        ),
        (
            {
                "orders": one,
                "signature": {
                    "method": "drawn",
                    "image": "data:image/png;base64," + base64.b64encode(b"not a png").decode(),
                },
            },
            "signature.drawn.image",
        ),
        ({"orders": one, "signature": {"method": "typed", "name": "P"}}, "signature.typed.name"),
        (
            {"orders": one, "signature": {"method": "typed", "name": "Petra\x00"}},
            "signature.typed.name",
        ),
        (
            {
                "orders": [{"order_id": orders[0]["id"], "content_sha256": "xyz"}],
                "signature": DRAWN,
            },
            "orders.0.content_sha256",
        ),
    ]
    for body, field in cases:
        answer = await w.pro.call("POST", SIGN, body)
        assert answer.status_code == 422, (field, answer.json())
        named = [e["field"] for e in answer.json()["errors"]]
        assert any(n.startswith(field) or field.startswith(n) for n in named), (field, named)
    assert (await read(w, orders[0]["id"]))["signed_at"] is None


async def test_a_refusal_reaches_the_branch_which_clears_it(w: World) -> None:
    await w.session.execute(
        update(Organisation)
        .where(Organisation.id == w.branch.id)
        .values(email="utrecht@hb.example")
    )
    await w.session.commit()
    first, second = await wlz_orders(w, 2)
    url = f"{ORDERS}/{first['id']}/refusal"
    assert (await w.pro.call("POST", url, {"reason": " "})).status_code == 422
    refused = await w.pro.call("POST", url, {"reason": "De cliënt heeft al een rolstoel."})
    assert refused.status_code == 201, refused.json()
    assert (await w.pro.call("POST", url, {"reason": "Nogmaals"})).status_code == 409
    # It stays on the signing list, marked refused, and cannot be signed meanwhile.
    listed = await w.pro.call("GET", f"{ORDERS}?view=action")
    marks = {o["id"]: o["refused"] for o in listed.json()["items"]}
    assert marks[first["id"]] is True
    assert marks[second["id"]] is False
    body = {"orders": shown([first]), "signature": DRAWN}
    assert (await w.pro.call("POST", SIGN, body)).status_code == 409
    mail = await w.session.scalar(
        select(OutboxMessage).where(OutboxMessage.payload["template"].astext == "order_refused")
    )
    assert mail is not None
    assert mail.payload["to"] == "utrecht@hb.example"

    # The branch's queue: the foreign professional's branch staff do not see it.
    queue = await w.branch_staff.call("GET", f"{REFUSALS}?state=open")
    assert queue.status_code == 200, queue.json()
    [item] = queue.json()["items"]
    assert item["order_number"] == first["number"]
    assert item["reason"] == "De cliënt heeft al een rolstoel."
    assert item["refused_by_name"].startswith("Petra")
    assert (await w.pro.call("GET", REFUSALS)).status_code in (401, 403)
    clear = f"{REFUSALS}/{item['id']}/clear"
    cleared = await w.branch_staff.call(
        "POST", clear, {"outcome": "present_again", "note": "Gebeld met Petra."}
    )
    assert cleared.status_code == 200, cleared.json()
    assert cleared.json()["outcome"] == "present_again"
    assert (await w.branch_staff.call("POST", clear, {"outcome": "remove"})).status_code == 409
    back = await read(w, first["id"])
    assert back["action_required"] is True
    assert back["signing"]["open_refusal"] is None
    assert (await w.branch_staff.call("GET", f"{REFUSALS}?state=open")).json()["items"] == []

    # Refused again, and this time taken off the list: no longer waiting for the professional.
    assert (await w.pro.call("POST", url, {"reason": "Toch niet."})).status_code == 201
    again = await w.branch_staff.call("GET", f"{REFUSALS}?state=open")
    [item] = again.json()["items"]
    removed = await w.branch_staff.call(
        "POST", f"{REFUSALS}/{item['id']}/clear", {"outcome": "remove"}
    )
    assert removed.status_code == 200
    action = await w.pro.call("GET", f"{ORDERS}?view=action")
    assert first["id"] not in {o["id"] for o in action.json()["items"]}
    off = await read(w, first["id"])
    assert off["signing"]["off_signing_list"] is True
    assert off["action_required"] is False
    history = await w.branch_staff.call("GET", f"{REFUSALS}?state=cleared")
    assert [i["outcome"] for i in history.json()["items"]] == ["remove", "present_again"]
    actions = (
        await w.session.scalars(
            select(AuditEvent.action).where(
                AuditEvent.action.in_(["order.refused", "order.refusal_cleared"])
            )
        )
    ).all()
    assert sorted(actions) == ["order.refusal_cleared"] * 2 + ["order.refused"] * 2
    assert await w.session.scalar(select(func.count()).select_from(OrderRefusal)) == 2


async def test_only_order_handlers_clear_refusals_and_amend(w: World) -> None:
    [order] = await wlz_orders(w, 1)
    await w.pro.call("POST", f"{ORDERS}/{order['id']}/refusal", {"reason": "Nee."})
    [item] = (await w.admin.call("GET", REFUSALS)).json()["items"]
    foreign_staff = await _staff(w, "zwolle@hb.example", w.other_branch)
    assert (await foreign_staff.call("GET", REFUSALS)).json()["items"] == []
    clear = f"{REFUSALS}/{item['id']}/clear"
    assert (await foreign_staff.call("POST", clear, {"outcome": "remove"})).status_code == 404
    amend = f"{ADMIN_ORDERS}/{order['id']}"
    assert (await foreign_staff.call("PATCH", amend, {"notes": "x"})).status_code == 404
    assert (await w.pro.call("PATCH", amend, {"notes": "x"})).status_code in (401, 403)
    empty = await w.branch_staff.call("PATCH", amend, {})
    assert empty.status_code == 422
    bad_date = await w.branch_staff.call("PATCH", amend, {"desired_date": "2000-01-01"})
    assert bad_date.status_code == 422
    assert bad_date.json()["errors"][0]["field"] == "desired_date"


async def _staff(w: World, email: str, branch: Organisation) -> Person:
    from tests.orders.helpers import staff

    return await staff(w, email, "branch", branch)


def _csrf(who: Person) -> dict[str, str]:
    from tests.accounts.helpers import csrf

    return csrf(who.client, who.settings)


def _uncompressed(pdf: bytes) -> bytes:
    """The page's text streams, inflated (fpdf2 compresses them)."""
    import re
    import zlib

    out = [pdf]
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            out.append(zlib.decompress(match.group(1)))
        except zlib.error:
            continue
    return b"".join(out)


async def test_two_signings_of_one_order_at_once_make_one_signature(
    app: FastAPI, committed: async_sessionmaker[AsyncSession], settings: Settings
) -> None:
    """The orders are locked while they are signed: the second signing sees the first's."""
    async with committed() as session:
        w = await world(app, session, settings)
        orders = await wlz_orders(w, 2)
    body = {"orders": shown(orders), "signature": DRAWN}
    answers = await asyncio.gather(w.pro.call("POST", SIGN, body), w.pro.call("POST", SIGN, body))
    assert sorted(a.status_code for a in answers) == [201, 409]
    async with committed() as session:
        count = await session.scalar(select(func.count()).select_from(OrderSignature))
        assert count == 2


async def test_a_signature_never_holds_for_content_that_changed_meanwhile(
    app: FastAPI, committed: async_sessionmaker[AsyncSession], settings: Settings
) -> None:
    """Signing and amending at once: whichever comes second sees the first (the signature is
    superseded, or the signing is refused); an order signed binds its content as it is."""
    async with committed() as session:
        w = await world(app, session, settings)
        [order] = await wlz_orders(w, 1)
    signing, amending = await asyncio.gather(
        w.pro.call("POST", SIGN, {"orders": shown([order]), "signature": TYPED}),
        w.branch_staff.call(
            "PATCH", f"{ADMIN_ORDERS}/{order['id']}", {"desired_date": days_ahead(12)}
        ),
    )
    assert amending.status_code == 200, amending.json()
    assert signing.status_code in (201, 409)
    async with committed() as session:
        row = await session.get(AssistiveOrder, uuid.UUID(order["id"]))
        assert row is not None
        current = await session.scalar(
            select(OrderSignature).where(
                OrderSignature.order_id == row.id, OrderSignature.superseded_at.is_(None)
            )
        )
        # Either way the order waits for a signature of its new content.
        assert row.signed_at is None
        assert current is None
