"""An order as a one-page PDF in the reader's language: downloaded, or mailed to the care
professional and up to three other addresses with the PDF attached (through the outbox; the
PDF is made when the mail goes out). Downloads and sends are audited; sends are limited."""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass
from datetime import date, datetime

from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.principal import Principal
from kring.config import Settings
from kring.kit import throttle
from kring.kit.address import DutchAddressRead
from kring.kit.clock import Clock
from kring.kit.errors import InvalidInput, NotFound, TooManyRequests
from kring.kit.format import local_date
from kring.kit.i18n import N_, Language, _, current_language, set_language
from kring.kit.pdf import Document, local_moment, plain
from kring.kit.working_days import AMSTERDAM
from kring.models.order import AssistiveOrder, OrderKind
from kring.notifications.service import queue_mail
from kring.orders import reading
from kring.orders.handling import STATUS_LABELS
from kring.orders.repository import details, history
from kring.orders.schemas import OrderRead, OrderSend, OrderSendResult
from kring.orders.service import readable_order

ATTACHMENT = "assistive_order"
SENDS_PER_HOUR = 10
_HOUR = 3600

CALL_YOUR_BRANCH = N_("To cancel this request or for an urgent request, call your branch: {phone}.")
KIND_LABELS: dict[OrderKind, str] = {
    OrderKind.rental: N_("Rental"),
    OrderKind.repair: N_("Repair"),
    OrderKind.adjustment: N_("Adjustment"),
    OrderKind.pickup: N_("Pickup"),
}


def _address(address: DutchAddressRead | None) -> str | None:
    if address is None:
        return None
    number = " ".join(p for p in (address.house_number, address.house_number_addition) if p)
    return f"{address.street} {number}, {address.postcode} {address.city}"


def _day(day: date | None, language: Language) -> str | None:
    return local_date(day, language) if day else None


@dataclass(frozen=True)
class SignatureMark:
    """What a signed order's PDF shows of its signature: the drawn image or the typed name, who,
    when, the second factor and the SHA-256 of the content signed."""

    signer_name: str
    signed_at: datetime
    drawn_png: bytes | None
    typed_name: str | None
    second_factor: str
    content_sha256: str


SECOND_FACTOR_LABELS = {
    "totp": N_("a code from an authenticator app"),
    "sms": N_("a code by text message"),
    "recovery_code": N_("a recovery code"),
}


def render(
    order: OrderRead,
    made_by: str,
    now: datetime,
    language: Language,
    signature: SignatureMark | None = None,
) -> bytes:
    """The order on one A4 page; signed, with the signature under it."""
    previous = current_language()
    set_language(language)
    try:
        footer = _(N_("Made by {name} on {date}"), name=made_by, date=local_moment(now, language))
        pdf = Document(plain(footer))
        pdf.first_page(plain(_(N_("Request {number}"), number=order.number)))
        pdf.field(_(N_("Kind")), _(KIND_LABELS[order.kind]))
        pdf.field(_(N_("Status")), _(STATUS_LABELS[order.status]))
        pdf.field(_(N_("Placed on")), local_moment(order.placed_at, language))
        pdf.field(_(N_("Placed by")), order.placed_by_name)
        pdf.field(_(N_("Organisation")), order.organisation_name)
        branch = order.supplier_branch
        phone = reading.phone_display(branch.phone)
        pdf.field(_(N_("Branch")), f"{branch.name}" + (f", {phone}" if phone else ""))

        pdf.heading(_(N_("Client")))
        pdf.field(_(N_("Name")), order.client.name)
        pdf.field(_(N_("Birth date")), _day(order.client.birth_date, language))
        pdf.field(_(N_("Address")), _address(order.client.address))
        pdf.field(_(N_("Delivery address")), _address(order.delivery_address))
        pdf.field(
            _(N_("Contact on site")),
            f"{order.contact.name}, {reading.phone_display(order.contact.phone)}",
        )
        wlz = _(N_("Yes")) if order.wlz_indication else _(N_("No"))
        if order.signature_required:
            wlz += " - " + (
                _(N_("signed on {date}"), date=local_moment(order.signed_at, language))
                if order.signed_at
                else _(N_("waiting for the care professional's signature"))
            )
        pdf.field(_(N_("Wlz indication")), wlz)

        pdf.heading(_(N_("Request")))
        if order.device is not None:
            pdf.field(
                _(N_("Device")),
                f"{order.device.code} {order.device.name} ({order.device.category.value})",
            )
        if order.option is not None:
            pdf.field(_(N_("Option")), order.option.name)
        if order.rental_order is not None:
            pdf.field(_(N_("Rental")), order.rental_order.number)
        if order.description:
            pdf.field(_(N_("Description")), order.description)
        pdf.field(_(N_("Desired date")), _day(order.desired_date, language))
        if order.notes:
            pdf.field(_(N_("Notes")), order.notes)

        dates = order.dates
        shown = [
            (N_("Planned for"), dates.planned_for),
            (N_("Delivered on"), dates.delivered_on),
            (N_("Repaired on"), dates.repaired_on),
            (N_("Adjusted on"), dates.adjusted_on),
            (N_("Rental ended on"), dates.rental_ended_on),
            (N_("Picked up on"), dates.picked_up_on),
        ]
        if any(day for _label, day in shown):
            pdf.heading(_(N_("Dates")))
            for label, day in shown:
                if day:
                    pdf.field(_(label), _day(day, language))
        pdf.ln(6)
        pdf.set_font("Helvetica", "I", 9)
        call = _(CALL_YOUR_BRANCH, phone=phone or branch.name)
        pdf.multi_cell(0, 5, plain(call))
        if signature is not None:
            _signature_block(pdf, signature, language)
        return bytes(pdf.output())
    finally:
        set_language(previous)


def _signature_block(pdf: Document, mark: SignatureMark, language: Language) -> None:
    pdf.heading(_(N_("Signed for approval")))
    if mark.drawn_png is not None:
        pdf.image(io.BytesIO(mark.drawn_png), w=70, h=0, keep_aspect_ratio=True)
    elif mark.typed_name is not None:
        pdf.set_font("Times", "I", 22)
        pdf.cell(0, 12, plain(mark.typed_name), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)
    pdf.field(_(N_("Signed by")), mark.signer_name)
    pdf.field(_(N_("Signed on")), local_moment(mark.signed_at, language))
    pdf.field(_(N_("Confirmed with")), _(SECOND_FACTOR_LABELS[mark.second_factor]))
    pdf.set_font("Helvetica", "", 7)
    pdf.multi_cell(
        0,
        4,
        plain(_(N_("SHA-256 of the request signed: {digest}"), digest=mark.content_sha256)),
        new_x="LMARGIN",
        new_y="NEXT",
    )


async def _order_read(
    db: AsyncSession, order: AssistiveOrder, on: date, language: Language
) -> OrderRead:
    about = await details(db, order.id, language)
    return reading.order_read(order, about, await history(db, order.id), on)


async def download(
    db: AsyncSession, principal: Principal, clock: Clock, order_id: uuid.UUID, language: Language
) -> tuple[str, bytes]:
    """The PDF of one of the person's orders; the download is audited."""
    order = await readable_order(db, principal, order_id)
    read = await _order_read(db, order, reading.today(clock), language)
    data = render(read, principal.user.display_name, clock.now(), language)
    await audit.record(
        db,
        principal,
        "order.downloaded",
        subject_type="order",
        subject_id=order.id,
        organisation_id=order.organisation_id,
    )
    return f"{order.number}.pdf", data


async def send(
    db: AsyncSession,
    principal: Principal,
    settings: Settings,
    redis: Redis,
    order_id: uuid.UUID,
    body: OrderSend,
    language: Language,
) -> OrderSendResult:
    """One mail per address, each with the PDF; at most `SENDS_PER_HOUR` sends an hour."""
    order = await readable_order(db, principal, order_id)
    recipients: list[str] = []
    for address in ([principal.user.email] if body.to_self else []) + list(body.also_to):
        if address.lower() not in {r.lower() for r in recipients}:
            recipients.append(address)
    if not recipients:
        raise InvalidInput.on(
            "also_to", N_("Choose where to send it: to yourself, or to at least one address.")
        )
    wait = await throttle.take(
        redis, f"kring:limit:order-send:user:{principal.user_id}", SENDS_PER_HOUR, _HOUR
    )
    if wait is not None:
        raise TooManyRequests(
            N_("You sent many requests by e-mail in a short time. Try again in {minutes} minutes."),
            retry_after=wait,
        )
    sender = principal.user.display_name
    for address in recipients:
        await queue_mail(
            db,
            to=address,
            template="order_sent",
            language=language,
            context={"sender_name": sender, "number": order.number},
            attachments=[{"kind": ATTACHMENT, "order_id": str(order.id)}],
        )
    await audit.record(
        db,
        principal,
        "order.sent",
        subject_type="order",
        subject_id=order.id,
        organisation_id=order.organisation_id,
        details={"to": recipients},
    )
    return OrderSendResult(recipients=recipients)


async def order_attachment(
    session: AsyncSession, order_id: str, language: Language
) -> tuple[str, bytes, str]:
    """The PDF a mail carries, made when the mail goes out (the order as it is then)."""
    order = await session.get(AssistiveOrder, uuid.UUID(order_id))
    if order is None:
        raise NotFound()
    now = datetime.now(tz=AMSTERDAM)
    read = await _order_read(session, order, now.date(), language)
    return f"{order.number}.pdf", render(read, "Kring", now, language), "application/pdf"
