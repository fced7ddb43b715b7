"""Reads of the administrative fee's payments, and of the sandbox gateway's own payments."""

from __future__ import annotations

import uuid

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.auth.principal import Principal
from kring.kit.repository import Repository
from kring.models.payment import Payment, PaymentStatus, SandboxPayment
from kring.models.provider import ProviderProfile


class PaymentRepository(Repository[Payment, Principal]):
    model = Payment

    def readable(self, principal: Principal) -> Select[Payment]:
        """The payments for the principal's own provider profile."""
        own = select(ProviderProfile.id).where(ProviderProfile.user_id == principal.user_id)
        return select(Payment).where(Payment.profile_id.in_(own.scalar_subquery()))

    async def latest(self, principal: Principal) -> Payment | None:
        payment: Payment | None = await self.session.scalar(
            self.readable(principal).order_by(Payment.created_at.desc(), Payment.id.desc()).limit(1)
        )
        return payment

    async def latest_of_dossier(self, dossier_id: uuid.UUID) -> Payment | None:
        """A dossier's newest fee payment (whoever may see its payments was checked)."""
        payment: Payment | None = await self.session.scalar(
            select(Payment)
            .where(Payment.dossier_id == dossier_id)
            .order_by(Payment.created_at.desc(), Payment.id.desc())
            .limit(1)
        )
        return payment

    async def waiting_of_invoice(self, invoice_id: uuid.UUID) -> Payment | None:
        """An invoice's newest payment without an outcome yet (whoever may pay it was checked)."""
        payment: Payment | None = await self.session.scalar(
            select(Payment)
            .where(
                Payment.invoice_id == invoice_id,
                Payment.status.in_(
                    [PaymentStatus.open, PaymentStatus.pending, PaymentStatus.authorized]
                ),
            )
            .order_by(Payment.created_at.desc(), Payment.id.desc())
            .limit(1)
        )
        return payment

    async def reported(self, gateway: str, external_id: str) -> uuid.UUID | None:
        """The payment a gateway's webhook names: its id at the gateway is all the caller has,
        and the status is then asked of the gateway itself, so nothing else is needed."""
        found: uuid.UUID | None = await self.session.scalar(
            select(Payment.id).where(Payment.gateway == gateway, Payment.external_id == external_id)
        )
        return found

    async def to_settle(self, payment_id: uuid.UUID) -> Payment | None:
        """The payment, locked: a webhook and the payer's return (or two webhooks) take turns."""
        # populate_existing: the session may hold this payment from an earlier, unlocked read;
        # the row as it is once the lock is ours decides (else two callers would both settle it).
        payment: Payment | None = await self.session.scalar(
            select(Payment)
            .where(Payment.id == payment_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        return payment


class SandboxPayments:
    """The sandbox gateway's payments, by their id at the "gateway" (the checkout page's)."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def find(self, external_id: str, *, for_update: bool = False) -> SandboxPayment | None:
        statement = select(SandboxPayment).where(SandboxPayment.external_id == external_id)
        if for_update:
            statement = statement.with_for_update()
        payment: SandboxPayment | None = await self.session.scalar(statement)
        return payment
