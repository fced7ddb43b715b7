"""Promotion packages: a live provider asks for one, staff confirm it after talking it through,
and the invoice deducts the administrative fee from the first package (once, ever)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.principal import Principal
from kring.auth.provider import ProviderPrincipal
from kring.config import Settings
from kring.kit import money as pricing
from kring.kit.clock import Clock
from kring.kit.errors import Conflict, InvalidInput
from kring.kit.i18n import N_, Language, _
from kring.kit.money import euros
from kring.kit.pagination import Page, PageRequest
from kring.models.promotion import (
    PromotionPackage,
    PromotionRequest,
    PromotionRequestStatus,
    ProviderInvoice,
)
from kring.models.provider import ProviderStatus
from kring.notifications.service import queue_mail
from kring.promotions.catalogue import PACKAGE_NAMES, PACKAGES
from kring.promotions.invoice import invoice_attachment, invoice_document
from kring.promotions.repository import InvoiceRepository, PromotionRequestRepository
from kring.promotions.schemas import (
    InvoiceRead,
    PackageRead,
    PromotionConfirmation,
    PromotionOverview,
    PromotionRequestCreate,
    PromotionRequestRead,
    PromotionRequestSummary,
)

# What other domains may use: the invoice a queued mail attaches (notifications).
__all__ = ["invoice_attachment"]


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


def _pdf_url(invoice_id: uuid.UUID, *, staff: bool = False) -> str:
    """Where the invoice's PDF is: the provider's own route, or staff's."""
    if staff:
        return f"/api/v1/admin/invoices/{invoice_id}/pdf"
    return f"/api/v1/provider/invoices/{invoice_id}/pdf"


def invoice_read(invoice: ProviderInvoice, *, staff: bool = False) -> InvoiceRead:
    return InvoiceRead(
        id=invoice.id,
        number=invoice.number,
        issued_on=invoice.issued_on,
        package_cents=invoice.package_cents,
        fee_credit_cents=invoice.fee_credit_cents,
        total_cents=invoice.total_cents,
        net_cents=invoice.total_cents - invoice.vat_cents,
        vat_cents=invoice.vat_cents,
        pdf_url=_pdf_url(invoice.id, staff=staff),
    )


def request_read(row: Any, invoice: InvoiceRead | None) -> PromotionRequestRead:
    """A request (entity or Core row) with its invoice, if any."""
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
        invoice=invoice,
    )


async def overview(db: AsyncSession, provider: ProviderPrincipal) -> PromotionOverview:
    repository = PromotionRequestRepository(db)
    requests = await repository.with_invoices(provider)
    waiting = any(r.status == PromotionRequestStatus.requested for r, _i in requests)
    return PromotionOverview(
        packages=package_reads(),
        fee_credit_cents=await repository.fee_credit_cents(provider.profile.id),
        can_request=provider.profile.status == ProviderStatus.live and not waiting,
        requests=[request_read(r, invoice_read(i) if i else None) for r, i in requests],
    )


async def request_package(
    db: AsyncSession,
    provider: ProviderPrincipal,
    settings: Settings,
    body: PromotionRequestCreate,
) -> PromotionRequestRead:
    """The provider's profile is locked (`ProviderWriter`): two clicks make one request."""
    if provider.profile.status != ProviderStatus.live:
        raise Conflict(N_("Your profile has to be live before you can choose a package."))
    if await PromotionRequestRepository(db).one_waiting(provider):
        raise Conflict(
            N_("You already asked for a package; Kring will contact you about it first.")
        )
    row = PromotionRequest(
        profile_id=provider.profile.id,
        package=body.package,
        status=PromotionRequestStatus.requested,
        message=body.message,
    )
    db.add(row)
    await db.flush()
    await db.refresh(row)
    user = provider.principal.user
    await queue_mail(
        db,
        to=settings.staff_email,
        template="promotion_requested",
        language="nl",
        context={
            "provider_name": user.display_name,
            "provider_email": user.email,
            "package": _(PACKAGE_NAMES[body.package]),
        },
    )
    await _record(db, provider.principal, "promotion.requested", row, {"package": body.package})
    return request_read(row, None)


async def withdraw(
    db: AsyncSession, provider: ProviderPrincipal, clock: Clock, request_id: uuid.UUID
) -> None:
    row = await PromotionRequestRepository(db).get(provider, request_id, for_update=True)
    if row.status != PromotionRequestStatus.requested:
        raise Conflict(N_("Kring has already confirmed this package; call Kring to change it."))
    row.status = PromotionRequestStatus.withdrawn
    row.withdrawn_at = clock.now()
    await db.flush()
    await _record(db, provider.principal, "promotion.withdrawn", row, {})


async def invoice_pdf(
    db: AsyncSession, provider: ProviderPrincipal, invoice_id: uuid.UUID, language: Language
) -> tuple[str, bytes, str]:
    """One of the provider's invoices as a PDF: file name, bytes, media type."""
    invoice = await InvoiceRepository(db).get(provider, invoice_id)
    return await invoice_document(db, invoice, language)


async def staff_invoice_pdf(
    db: AsyncSession, principal: Principal, invoice_id: uuid.UUID, language: Language
) -> tuple[str, bytes, str]:
    """Any provider's invoice as a PDF, for staff; the read is in the provider's audit trail."""
    invoice = await InvoiceRepository(db).get(principal, invoice_id)
    await audit.record(
        db,
        principal,
        "provider.invoice_viewed",
        subject_type="provider",
        subject_id=invoice.profile_id,
        details={"invoice": invoice.number},
    )
    return await invoice_document(db, invoice, language)


def _summary(row: Any) -> PromotionRequestSummary:
    """A staff list row: the request's columns, its invoice's (prefixed) and the provider's."""
    invoice = None
    if row.invoice_id is not None:
        invoice = InvoiceRead(
            id=row.invoice_id,
            number=row.invoice_number,
            issued_on=row.invoice_issued_on,
            package_cents=row.invoice_package_cents,
            fee_credit_cents=row.invoice_fee_credit_cents,
            total_cents=row.invoice_total_cents,
            net_cents=row.invoice_total_cents - row.invoice_vat_cents,
            vat_cents=row.invoice_vat_cents,
            pdf_url=_pdf_url(row.invoice_id, staff=True),
        )
    return PromotionRequestSummary(
        **request_read(row, invoice).model_dump(),
        profile_id=row.profile_id,
        provider_name=row.provider_name,
        provider_email=row.provider_email,
    )


async def staff_list(
    db: AsyncSession,
    principal: Principal,
    status: PromotionRequestStatus | None,
    page: PageRequest,
) -> Page[PromotionRequestSummary]:
    """Oldest first, so the longest waiting are called first."""
    return await PromotionRequestRepository(db).staff_page(principal, status, page, _summary)


def one_year_from(starts_on: date) -> date:
    """The last day of a year that starts on `starts_on` (29 February runs to 28 February)."""
    try:
        following = starts_on.replace(year=starts_on.year + 1)
    except ValueError:  # 29 February
        following = date(starts_on.year + 1, 3, 1)
    return following - timedelta(days=1)


async def confirm(
    db: AsyncSession,
    principal: Principal,
    clock: Clock,
    request_id: uuid.UUID,
    body: PromotionConfirmation,
) -> PromotionRequestSummary:
    """Confirm the package and invoice it: the first invoice deducts the paid fee."""
    repository = PromotionRequestRepository(db)
    row = await repository.get(principal, request_id, for_update=True)
    # The profile's lock serialises confirmations, so the fee is deducted only once.
    profile, user = await repository.provider_of(row.profile_id, lock=True)
    if row.status != PromotionRequestStatus.requested:
        raise Conflict(N_("This request is no longer waiting for confirmation."))
    terms = PACKAGES[PromotionPackage(row.package)]
    price = _agreed_price(terms.price_cents, terms.price_is_minimum, body.price_cents)
    credit = min(await repository.fee_credit_cents(profile.id), price)
    total = price - credit
    number = await repository.next_invoice_number()
    now = clock.now()
    today = now.date()
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
    row.confirmed_at = now
    row.confirmed_by_user_id = principal.user_id
    db.add(invoice)
    await db.flush()
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
        principal,
        "promotion.confirmed",
        row,
        {"invoice": invoice.number, "price_cents": price, "fee_credit_cents": credit},
    )
    return PromotionRequestSummary(
        **request_read(row, invoice_read(invoice, staff=True)).model_dump(),
        profile_id=row.profile_id,
        provider_name=user.display_name,
        provider_email=user.email,
    )


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
    principal: Principal,
    action: str,
    row: PromotionRequest,
    details: dict[str, object],
) -> None:
    await audit.record(
        db,
        principal,
        action,
        subject_type="provider",
        subject_id=row.profile_id,
        details={"request": str(row.id), **details},
    )
