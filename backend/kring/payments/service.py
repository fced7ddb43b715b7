"""The administrative fee: starting its payment, and taking in the provider's verdict (webhook
or the payer's return), once, whichever comes first."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import Request
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.actor import Actor
from kring.config import Settings
from kring.kit import money as pricing
from kring.kit.errors import Conflict
from kring.kit.i18n import N_
from kring.kit.money import euros
from kring.models.payment import FINAL_STATUSES, Payment, PaymentStatus
from kring.models.provider import WIZARD_STEPS, ProviderProfile, ProviderStatus
from kring.models.user import User
from kring.notifications.service import queue_mail
from kring.payments.gateway import PaymentGateway
from kring.providers import going_live
from kring.providers.going_live import STEPS_BEFORE_PAYMENT


async def start_fee_payment(
    db: AsyncSession,
    settings: Settings,
    gateway: PaymentGateway,
    request: Request,
    actor: Actor,
    profile: ProviderProfile,
) -> Payment:
    missing = [s for s in STEPS_BEFORE_PAYMENT if s not in profile.completed_steps]
    if missing:
        raise Conflict(N_("Finish the earlier steps first."), steps=", ".join(missing))
    if profile.status in (
        ProviderStatus.live,
        ProviderStatus.awaiting_vog,
        ProviderStatus.suspended,
    ) or await going_live.fee_paid(db, profile.id):
        raise Conflict(N_("The fee has already been paid."))
    fee = pricing.split_vat(pricing.ADMIN_FEE_CENTS)
    base = settings.public_url.rstrip("/")
    payment = Payment(
        profile_id=profile.id,
        purpose="admin_fee",
        gateway=gateway.name,
        external_id="",
        amount_cents=fee.total_cents,
        vat_cents=fee.vat_cents,
        status=PaymentStatus.open,
        checkout_url="",
    )
    db.add(payment)
    await db.flush()
    created = await gateway.create(
        db,
        amount_cents=fee.total_cents,
        description=f"Kring administratiekosten {str(payment.id)[:8]}",
        redirect_url=f"{base}/provider/signup/payment?payment={payment.id}",
        webhook_url=f"{base}/api/v1/payments/webhooks/{gateway.name}",
    )
    payment.external_id, payment.checkout_url = created.external_id, created.checkout_url
    profile.status = ProviderStatus.awaiting_payment
    await db.flush()
    await audit.record_for_request(
        db,
        "payment.started",
        request=request,
        actor_user_id=actor.user_id,
        subject_type="payment",
        subject_id=payment.id,
        details={"gateway": gateway.name, "amount_cents": fee.total_cents},
    )
    return payment


async def settle(
    db: AsyncSession, gateway: PaymentGateway, request: Request | None, payment_id: object
) -> Payment | None:
    """Fetch the status from the provider and apply it once; a second call changes nothing.

    The row lock makes a webhook and the payer's return (or two webhooks) take turns.
    """
    # populate_existing: the session may hold this payment from an earlier, unlocked read; the
    # row as it is once the lock is ours decides (else two callers would both settle it).
    payment = await db.scalar(
        select(Payment)
        .where(Payment.id == payment_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
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
        await _go_live(db, payment)
    elif status in FINAL_STATUSES:
        profile = await db.get(
            ProviderProfile, payment.profile_id, with_for_update=True, populate_existing=True
        )
        if profile is not None and profile.status == ProviderStatus.awaiting_payment:
            profile.status = ProviderStatus.draft  # they may try again
    await db.flush()
    await audit.record_for_request(
        db,
        "payment.status_changed",
        request=request,
        actor_user_id=None,
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
    await going_live.settle(db, profile, now=payment.paid_at, paid=True)
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


async def latest_payment(db: AsyncSession, profile: ProviderProfile) -> Payment | None:
    return await db.scalar(
        select(Payment)
        .where(Payment.profile_id == profile.id)
        .order_by(Payment.created_at.desc(), Payment.id.desc())
        .limit(1)
    )
