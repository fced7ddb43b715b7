"""Promotion packages: a live provider asks for one, staff confirm it after talking it through,
and the invoice deducts the administrative fee from the first package (once, ever)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

from fastapi import Request
from sqlalchemy import exists, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.actor import Actor
from kring.config import Settings
from kring.kit import money as pricing
from kring.kit.errors import Conflict, InvalidInput, NotFound
from kring.kit.i18n import N_, _
from kring.kit.money import euros
from kring.models.payment import Payment, PaymentStatus
from kring.models.promotion import (
    PromotionPackage,
    PromotionRequest,
    PromotionRequestStatus,
    ProviderInvoice,
    invoice_number_sequence,
)
from kring.models.provider import ProviderProfile, ProviderStatus
from kring.models.user import User
from kring.notifications.service import queue_mail
from kring.promotions.catalogue import PACKAGE_NAMES, PACKAGES
from kring.promotions.schemas import (
    InvoiceRead,
    PackageRead,
    PromotionConfirmation,
    PromotionOverview,
    PromotionRequestCreate,
    PromotionRequestRead,
)
from kring.providers.service import own_profile


def package_reads() -> list[PackageRead]:
    return [
        PackageRead(
            package=terms.package,
            name=_(PACKAGE_NAMES[terms.package]),
            stars=terms.stars,
            price_cents=terms.price_cents,
            price_is_minimum=terms.price_is_minimum,
            activities=[_(a) for a in terms.activities],
        )
        for terms in PACKAGES.values()
    ]


def invoice_read(invoice: ProviderInvoice) -> InvoiceRead:
    return InvoiceRead(
        id=invoice.id,
        number=invoice.number,
        issued_on=invoice.issued_on,
        package_cents=invoice.package_cents,
        fee_credit_cents=invoice.fee_credit_cents,
        total_cents=invoice.total_cents,
        net_cents=invoice.total_cents - invoice.vat_cents,
        vat_cents=invoice.vat_cents,
        pdf_url=f"/api/v1/provider/invoices/{invoice.id}/pdf",
    )


def request_read(row: PromotionRequest, invoice: ProviderInvoice | None) -> PromotionRequestRead:
    package = PromotionPackage(row.package)
    return PromotionRequestRead(
        id=row.id,
        package=package,
        name=_(PACKAGE_NAMES[package]),
        status=PromotionRequestStatus(row.status),
        message=row.message,
        requested_at=row.created_at,
        price_cents=row.price_cents,
        starts_on=row.starts_on,
        ends_on=row.ends_on,
        invoice=invoice_read(invoice) if invoice else None,
    )


async def fee_credit_cents(db: AsyncSession, profile: ProviderProfile) -> int:
    """The paid administrative fee, until an invoice has deducted it."""
    paid = await db.scalar(
        select(func.max(Payment.amount_cents)).where(
            Payment.profile_id == profile.id,
            Payment.purpose == "admin_fee",
            Payment.status == PaymentStatus.paid,
        )
    )
    if not paid:
        return 0
    deducted = await db.scalar(
        select(
            exists().where(
                ProviderInvoice.profile_id == profile.id, ProviderInvoice.fee_credit_cents > 0
            )
        )
    )
    return 0 if deducted else int(paid)


async def _requests(
    db: AsyncSession, profile_id: uuid.UUID
) -> list[tuple[PromotionRequest, ProviderInvoice | None]]:
    rows = await db.execute(
        select(PromotionRequest, ProviderInvoice)
        .outerjoin(ProviderInvoice, ProviderInvoice.promotion_request_id == PromotionRequest.id)
        .where(PromotionRequest.profile_id == profile_id)
        .order_by(PromotionRequest.created_at.desc(), PromotionRequest.id)
    )
    return [(r, i) for r, i in rows.all()]


async def overview(db: AsyncSession, actor: Actor) -> PromotionOverview:
    profile = await own_profile(db, actor)
    requests = await _requests(db, profile.id)
    waiting = any(r.status == PromotionRequestStatus.requested for r, _i in requests)
    return PromotionOverview(
        packages=package_reads(),
        fee_credit_cents=await fee_credit_cents(db, profile),
        can_request=profile.status == ProviderStatus.live and not waiting,
        requests=[request_read(r, i) for r, i in requests],
    )


async def request_package(
    db: AsyncSession,
    settings: Settings,
    request: Request,
    actor: Actor,
    body: PromotionRequestCreate,
) -> PromotionRequestRead:
    profile = await own_profile(db, actor)  # locked: two clicks make one request
    if profile.status != ProviderStatus.live:
        raise Conflict(N_("Your profile has to be live before you can choose a package."))
    waiting = await db.scalar(
        select(
            exists().where(
                PromotionRequest.profile_id == profile.id,
                PromotionRequest.status == PromotionRequestStatus.requested,
            )
        )
    )
    if waiting:
        raise Conflict(
            N_("You already asked for a package; Kring will contact you about it first.")
        )
    row = PromotionRequest(
        profile_id=profile.id,
        package=body.package,
        status=PromotionRequestStatus.requested,
        message=body.message,
    )
    db.add(row)
    await db.flush()
    await db.refresh(row)
    await queue_mail(
        db,
        to=settings.staff_email,
        template="promotion_requested",
        language="nl",
        context={
            "provider_name": actor.user.display_name,
            "provider_email": actor.user.email,
            "package": _(PACKAGE_NAMES[body.package]),
        },
    )
    await _record(db, request, actor, "promotion.requested", row, {"package": body.package})
    return request_read(row, None)


async def withdraw(db: AsyncSession, request: Request, actor: Actor, request_id: uuid.UUID) -> None:
    profile = await own_profile(db, actor)
    row = await db.scalar(
        select(PromotionRequest)
        .where(PromotionRequest.id == request_id, PromotionRequest.profile_id == profile.id)
        .with_for_update()
    )
    if row is None:
        raise NotFound()
    if row.status != PromotionRequestStatus.requested:
        raise Conflict(N_("Kring has already confirmed this package; call Kring to change it."))
    row.status = PromotionRequestStatus.withdrawn
    row.withdrawn_at = datetime.now(UTC)
    await db.flush()
    await _record(db, request, actor, "promotion.withdrawn", row, {})


def one_year_from(starts_on: date) -> date:
    """The last day of a year that starts on `starts_on` (29 February runs to 28 February)."""
    try:
        following = starts_on.replace(year=starts_on.year + 1)
    except ValueError:  # 29 February
        following = date(starts_on.year + 1, 3, 1)
    return following - timedelta(days=1)


async def confirm(
    db: AsyncSession,
    request: Request,
    actor: Actor,
    request_id: uuid.UUID,
    body: PromotionConfirmation,
) -> tuple[PromotionRequest, ProviderInvoice]:
    """Confirm the package and invoice it: the first invoice deducts the paid fee."""
    row = await db.scalar(
        select(PromotionRequest).where(PromotionRequest.id == request_id).with_for_update()
    )
    if row is None:
        raise NotFound()
    # The profile's lock serialises confirmations, so the fee is deducted only once.
    profile = await db.get(ProviderProfile, row.profile_id, with_for_update=True)
    assert profile is not None  # a foreign key
    if row.status != PromotionRequestStatus.requested:
        raise Conflict(N_("This request is no longer waiting for confirmation."))
    terms = PACKAGES[PromotionPackage(row.package)]
    price = _agreed_price(terms.price_cents, terms.price_is_minimum, body.price_cents)
    credit = min(await fee_credit_cents(db, profile), price)
    total = price - credit
    number = await db.scalar(select(invoice_number_sequence.next_value()))
    today = datetime.now(UTC).date()
    invoice = ProviderInvoice(
        number=f"K{today.year}-{number:06d}",
        profile_id=profile.id,
        promotion_request_id=row.id,
        issued_on=today,
        package_cents=price,
        fee_credit_cents=credit,
        total_cents=total,
        vat_cents=pricing.split_vat(total).vat_cents,
    )
    row.status = PromotionRequestStatus.confirmed
    row.price_cents = price
    row.starts_on = body.starts_on
    row.ends_on = one_year_from(body.starts_on)
    row.confirmed_at = datetime.now(UTC)
    row.confirmed_by_user_id = actor.user_id
    db.add(invoice)
    await db.flush()
    user = await db.get(User, profile.user_id)
    assert user is not None  # a foreign key
    await queue_mail(
        db,
        to=user.email,
        template="promotion_confirmed",
        language=user.preferred_language,
        context={
            "first_name": user.first_name,
            "package": _(PACKAGE_NAMES[PromotionPackage(row.package)]),
            "starts_on": body.starts_on.isoformat(),
            "ends_on": row.ends_on.isoformat(),
            "number": invoice.number,
            "price": euros(price),
            "credit": euros(credit),
            "total": euros(total),
        },
        attachments=[{"kind": "provider_invoice", "invoice_id": str(invoice.id)}],
    )
    await _record(
        db,
        request,
        actor,
        "promotion.confirmed",
        row,
        {"invoice": invoice.number, "price_cents": price, "fee_credit_cents": credit},
    )
    return row, invoice


def _agreed_price(list_price: int, is_minimum: bool, asked: int | None) -> int:
    if is_minimum:
        if asked is None:
            raise InvalidInput.on("price_cents", N_("Enter the price agreed for this package."))
        if asked < list_price:
            raise InvalidInput.on(
                "price_cents",
                N_("This package costs at least {amount}."),
                amount=euros(list_price),
            )
        return asked
    if asked is not None and asked != list_price:
        raise InvalidInput.on("price_cents", N_("This package has a fixed price."))
    return list_price


async def _record(
    db: AsyncSession,
    request: Request,
    actor: Actor,
    action: str,
    row: PromotionRequest,
    details: dict[str, object],
) -> None:
    await audit.record_for_request(
        db,
        action,
        request=request,
        actor_user_id=actor.user_id,
        subject_type="provider",
        subject_id=row.profile_id,
        details={"request": str(row.id), **details},
    )
