"""The administrative fee: starting its payment, and taking in the provider's verdict (webhook
or the payer's return), once, whichever comes first."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.principal import Principal, Visitor
from kring.auth.provider import ProviderPrincipal
from kring.config import Settings
from kring.dossiers import service as dossiers
from kring.invoices import service as invoices
from kring.kit import money as pricing
from kring.kit.errors import Conflict, NotFound
from kring.kit.i18n import N_
from kring.kit.money import euros
from kring.models.invoice import Invoice
from kring.models.payment import FINAL_STATUSES, Payment, PaymentStatus, SandboxPayment
from kring.models.provider import WIZARD_STEPS, ProviderProfile, ProviderStatus
from kring.models.user import User, UserStatus
from kring.notifications.service import queue_mail
from kring.payments.gateway import PaymentGateway, gateway_for
from kring.payments.repository import PaymentRepository, SandboxPayments
from kring.providers import service as providers


async def start_fee_payment(
    db: AsyncSession, provider: ProviderPrincipal, settings: Settings, gateway: PaymentGateway
) -> Payment:
    profile = provider.profile
    missing = [s for s in providers.STEPS_BEFORE_PAYMENT if s not in profile.completed_steps]
    if missing:
        raise Conflict(N_("Finish the earlier steps first."), steps=", ".join(missing))
    if profile.status in (
        ProviderStatus.live,
        ProviderStatus.awaiting_vog,
        ProviderStatus.suspended,
    ) or await providers.fee_paid(db, profile.id):
        raise Conflict(N_("The fee has already been paid."))
    fee = pricing.split_vat(pricing.ADMIN_FEE_CENTS)
    profile.status = ProviderStatus.awaiting_payment
    # The provider pays for themselves, not for an organisation they may also belong to.
    return await _open_payment(
        db,
        provider.principal,
        settings,
        gateway,
        Payment(profile_id=profile.id, purpose="admin_fee"),
        amount_cents=fee.total_cents,
        vat_cents=fee.vat_cents,
        description=lambda payment: f"Kring administratiekosten {str(payment.id)[:8]}",
        return_path=lambda payment: f"/provider/signup/payment?payment={payment.id}",
        organisation_id=None,
    )


async def settle(
    db: AsyncSession, who: Visitor | Principal, gateway: PaymentGateway, payment_id: uuid.UUID
) -> Payment | None:
    """Fetch the status from the provider and apply it once; a second call changes nothing.

    `who` is where the news came from (the gateway's webhook, or the payer's return): the
    gateway decides, so no person is recorded as acting.
    """
    payment = await PaymentRepository(db).to_settle(payment_id)
    if payment is None:
        return None
    if payment.status in FINAL_STATUSES:
        return payment
    status = await gateway.status(db, payment.external_id)
    if status == payment.status:
        return payment
    payment.status = status
    if status == PaymentStatus.paid:
        payment.paid_at = datetime.now(UTC)
        if payment.invoice_id is not None:
            await invoices.paid_by_ideal(db, who, payment.invoice_id, payment.id, payment.paid_at)
            await _invoice_receipt(db, payment, payment.invoice_id)
        elif payment.dossier_id is not None:
            await _dossier_paid(db, payment, payment.dossier_id)
        else:
            await _go_live(db, payment)
    elif status in FINAL_STATUSES and payment.profile_id is not None:
        profile = await db.get(
            ProviderProfile, payment.profile_id, with_for_update=True, populate_existing=True
        )
        if profile is not None and profile.status == ProviderStatus.awaiting_payment:
            profile.status = ProviderStatus.draft  # they may try again
    await db.flush()
    await audit.record(
        db,
        who,
        "payment.status_changed",
        subject_type="payment",
        subject_id=payment.id,
        details={"status": status},
    )
    return payment


async def _go_live(db: AsyncSession, payment: Payment) -> None:
    profile = await db.get(
        ProviderProfile, payment.profile_id, with_for_update=True, populate_existing=True
    )
    assert profile is not None  # a foreign key
    profile.completed_steps = list(WIZARD_STEPS)
    # Live now, unless a professional provider's VOG still has to be confirmed.
    await providers.settle(db, profile, now=payment.paid_at, paid=True)
    user = await db.get(User, profile.user_id)
    assert user is not None  # a foreign key
    net = payment.amount_cents - payment.vat_cents
    await queue_mail(
        db,
        to=user.email,
        template="payment_receipt",
        language=user.preferred_language,
        context={
            "first_name": user.first_name,
            "reference": payment.external_id,
            "paid_on": (payment.paid_at or datetime.now(UTC)).date().isoformat(),
            "net": euros(net),
            "vat": euros(payment.vat_cents),
            "total": euros(payment.amount_cents),
            "vat_percent": str(int(pricing.VAT_RATE * 100)),
            "live": profile.status == ProviderStatus.live,
        },
        attachments=[{"kind": "payment_receipt", "payment_id": str(payment.id)}],
    )


async def _invoice_receipt(db: AsyncSession, payment: Payment, invoice_id: uuid.UUID) -> None:
    """The person who paid the invoice with iDEAL gets a receipt (nobody, once erased)."""
    if payment.started_by_user_id is None:
        return
    payer = await db.get(User, payment.started_by_user_id)
    invoice = await db.get(Invoice, invoice_id)
    assert invoice is not None  # a foreign key
    if payer is None or payer.status != UserStatus.active:
        return
    await queue_mail(
        db,
        to=payer.email,
        template="invoice_payment_receipt",
        language=payer.preferred_language,
        context={
            "first_name": payer.first_name,
            "invoice_number": invoice.number,
            "reference": payment.external_id,
            "paid_on": (payment.paid_at or datetime.now(UTC)).date().isoformat(),
            "total": euros(payment.amount_cents),
        },
    )


async def start_invoice_payment(
    db: AsyncSession, principal: Principal, settings: Settings, invoice: Invoice
) -> Payment:
    """An iDEAL payment of an unpaid invoice (locked by the caller). A payment started before
    that has no outcome yet is offered again rather than a second one; if it turns out to be
    paid, the invoice is paid (409, keeping that news)."""
    gateway = gateway_for(settings)
    waiting = await PaymentRepository(db).waiting_of_invoice(invoice.id)
    if waiting is not None and waiting.gateway == gateway.name:
        settled = await settle(db, principal, gateway, waiting.id)
        assert settled is not None  # found just above
        if settled.status == PaymentStatus.paid:
            raise Conflict(N_("This invoice has been paid."), keep_changes=True)
        if settled.status not in FINAL_STATUSES:
            return settled
    return await _open_payment(
        db,
        principal,
        settings,
        gateway,
        Payment(invoice_id=invoice.id, purpose="invoice"),
        amount_cents=invoice.total_cents,
        vat_cents=invoice.vat_cents,
        description=lambda _payment: f"Kring factuur {invoice.number}",
        return_path=lambda payment: f"/pro/invoices/{invoice.id}?payment={payment.id}",
        organisation_id=invoice.organisation_id,
        details={"invoice": str(invoice.id)},
    )


async def start_dossier_fee_payment(
    db: AsyncSession,
    principal: Principal,
    settings: Settings,
    gateway: PaymentGateway,
    dossier_id: uuid.UUID,
) -> Payment:
    """A dossier's registration fee (EUR 10 including VAT), once its wizard is complete."""
    dossier = await dossiers.fee_to_pay(db, principal, dossier_id)
    fee = pricing.split_vat(pricing.ADMIN_FEE_CENTS)
    payment = await _open_payment(
        db,
        principal,
        settings,
        gateway,
        Payment(dossier_id=dossier.id, purpose="dossier_fee"),
        amount_cents=fee.total_cents,
        vat_cents=fee.vat_cents,
        description=lambda payment: f"Kring inschrijfkosten {str(payment.id)[:8]}",
        return_path=lambda payment: f"/partner/dossiers/{dossier.id}/payment?payment={payment.id}",
        organisation_id=principal.acting_organisation_id,
        details={"dossier": str(dossier.id)},
    )
    await dossiers.record_payment_started(db, principal, dossier.id, payment.id)
    return payment


async def dossier_fee_payment(
    db: AsyncSession,
    principal: Principal,
    who: Visitor,
    gateway: PaymentGateway,
    dossier_id: uuid.UUID,
) -> Payment:
    """The dossier's latest fee payment, asking the gateway when it is still open."""
    await dossiers.fee_payments_reader(db, principal, dossier_id)
    latest = await PaymentRepository(db).latest_of_dossier(dossier_id)
    if latest is None:
        raise NotFound()
    settled = await settle(db, who, gateway, latest.id)
    assert settled is not None  # found just above
    return settled


async def _dossier_paid(db: AsyncSession, payment: Payment, dossier_id: uuid.UUID) -> None:
    status = await dossiers.fee_paid(db, dossier_id, payment.paid_at or datetime.now(UTC))
    payer, help_seeker = await dossiers.fee_payer(db, dossier_id)
    await queue_mail(
        db,
        to=payer.email,
        template="dossier_fee_receipt",
        language=payer.preferred_language,
        context={
            "first_name": payer.first_name,
            "help_seeker_first_name": help_seeker,
            "reference": payment.external_id,
            "paid_on": (payment.paid_at or datetime.now(UTC)).date().isoformat(),
            "net": euros(payment.amount_cents - payment.vat_cents),
            "vat": euros(payment.vat_cents),
            "total": euros(payment.amount_cents),
            "vat_percent": str(int(pricing.VAT_RATE * 100)),
            "searching": status == "searching",
        },
        attachments=[{"kind": "payment_receipt", "payment_id": str(payment.id)}],
    )


async def fee_payment(
    db: AsyncSession, principal: Principal, who: Visitor, gateway: PaymentGateway
) -> Payment:
    """The provider's latest payment, asking the gateway when it is still open (so returning
    before the webhook works too)."""
    latest = await PaymentRepository(db).latest(principal)
    if latest is None:
        raise NotFound()
    settled = await settle(db, who, gateway, latest.id)
    assert settled is not None  # found just above
    return settled


async def webhook(
    db: AsyncSession, who: Visitor, gateway: PaymentGateway, external_id: str
) -> None:
    """A gateway reports a change: unknown ids are ignored (the caller learns nothing)."""
    payment_id = await PaymentRepository(db).reported(gateway.name, external_id)
    if payment_id is not None:
        await settle(db, who, gateway, payment_id)


async def sandbox_payment(db: AsyncSession, external_id: str) -> SandboxPayment:
    """A payment of the sandbox gateway, for its checkout page."""
    payment = await SandboxPayments(db).find(external_id)
    if payment is None:
        raise NotFound()
    return payment


async def sandbox_decide(db: AsyncSession, external_id: str, outcome: str) -> SandboxPayment:
    """The sandbox's payer decides, as at the bank: an open payment takes the outcome."""
    payment = await SandboxPayments(db).find(external_id, for_update=True)
    if payment is None:
        raise NotFound()
    if payment.status == PaymentStatus.open:
        payment.status = outcome
    return payment


# What other domains use of payments (their only way in).
from kring.payments.receipt import receipt_attachment as receipt_attachment  # noqa: E402

__all__ = ["receipt_attachment"]


async def _open_payment(
    db: AsyncSession,
    principal: Principal,
    settings: Settings,
    gateway: PaymentGateway,
    payment: Payment,
    *,
    amount_cents: int,
    vat_cents: int,
    description: Callable[[Payment], str],
    return_path: Callable[[Payment], str],
    organisation_id: uuid.UUID | None,
    details: dict[str, str] | None = None,
) -> Payment:
    """`payment` (what it pays for) stored and opened at the gateway: its id is in the payer's
    way back, so the row comes first and the gateway's checkout second."""
    base = settings.public_url.rstrip("/")
    payment.gateway = gateway.name
    payment.external_id = ""
    payment.checkout_url = ""
    payment.amount_cents = amount_cents
    payment.vat_cents = vat_cents
    payment.status = PaymentStatus.open
    payment.started_by_user_id = principal.user_id
    db.add(payment)
    await db.flush()
    created = await gateway.create(
        db,
        amount_cents=amount_cents,
        description=description(payment),
        redirect_url=f"{base}{return_path(payment)}",
        webhook_url=f"{base}/api/v1/payments/webhooks/{gateway.name}",
    )
    payment.external_id, payment.checkout_url = created.external_id, created.checkout_url
    await db.flush()
    await audit.record(
        db,
        principal,
        "payment.started",
        organisation_id=organisation_id,
        subject_type="payment",
        subject_id=payment.id,
        details={"gateway": gateway.name, "amount_cents": amount_cents, **(details or {})},
    )
    return payment
