"""Payment providers behind one interface: Mollie (iDEAL) in production, and a sandbox on this
machine that walks the same flow: create a payment, send the payer to its checkout page, get a
webhook call carrying only the payment id, and fetch the status from the provider."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Protocol

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.kit.errors import ServiceUnavailable
from kring.kit.i18n import N_
from kring.models.payment import PaymentStatus, SandboxPayment


@dataclass(frozen=True)
class CreatedPayment:
    external_id: str
    checkout_url: str
    status: PaymentStatus


class PaymentGateway(Protocol):
    name: str

    async def create(
        self,
        db: AsyncSession,
        *,
        amount_cents: int,
        description: str,
        redirect_url: str,
        webhook_url: str,
    ) -> CreatedPayment: ...

    async def status(self, db: AsyncSession, external_id: str) -> PaymentStatus: ...


def _euros(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


class MollieGateway:
    """Mollie's Payments API v2 with an API key; iDEAL as the method."""

    name = "mollie"

    def __init__(self, base_url: str, api_key: str, timeout: float = 10.0) -> None:
        self.base_url, self.api_key, self.timeout = base_url.rstrip("/"), api_key, timeout

    def _client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            base_url=self.base_url,
            timeout=self.timeout,
            headers={"Authorization": f"Bearer {self.api_key}"},
        )

    async def create(
        self,
        db: AsyncSession,
        *,
        amount_cents: int,
        description: str,
        redirect_url: str,
        webhook_url: str,
    ) -> CreatedPayment:
        body = {
            "amount": {"currency": "EUR", "value": _euros(amount_cents)},
            "description": description,
            "redirectUrl": redirect_url,
            "webhookUrl": webhook_url,
            "method": "ideal",
        }
        try:
            async with self._client() as client:
                answer = await client.post("/payments", json=body)
                answer.raise_for_status()
                data = answer.json()
        except (httpx.HTTPError, ValueError) as error:
            raise ServiceUnavailable(
                N_("The payment provider cannot be reached. Try again later.")
            ) from error
        return CreatedPayment(
            external_id=str(data["id"]),
            checkout_url=str(data["_links"]["checkout"]["href"]),
            status=PaymentStatus(data["status"]),
        )

    async def status(self, db: AsyncSession, external_id: str) -> PaymentStatus:
        try:
            async with self._client() as client:
                answer = await client.get(f"/payments/{external_id}")
                answer.raise_for_status()
                return PaymentStatus(answer.json()["status"])
        except (httpx.HTTPError, ValueError, KeyError) as error:
            raise ServiceUnavailable(
                N_("The payment provider cannot be reached. Try again later.")
            ) from error


class SandboxGateway:
    """Keeps its payments in `sandbox_payment`; its checkout page (`/sandbox/payments/{id}`)
    lets the payer choose paid, failed or cancelled, then calls the webhook and redirects."""

    name = "sandbox"

    def __init__(self, public_url: str) -> None:
        self.public_url = public_url.rstrip("/")

    async def create(
        self,
        db: AsyncSession,
        *,
        amount_cents: int,
        description: str,
        redirect_url: str,
        webhook_url: str,
    ) -> CreatedPayment:
        external_id = "tr_sandbox_" + secrets.token_hex(8)
        db.add(
            SandboxPayment(
                external_id=external_id,
                amount_cents=amount_cents,
                description=description,
                status=PaymentStatus.open,
                redirect_url=redirect_url,
                webhook_url=webhook_url,
            )
        )
        await db.flush()
        return CreatedPayment(
            external_id=external_id,
            checkout_url=f"{self.public_url}/sandbox/payments/{external_id}",
            status=PaymentStatus.open,
        )

    async def status(self, db: AsyncSession, external_id: str) -> PaymentStatus:
        stored = await db.scalar(
            select(SandboxPayment.status).where(SandboxPayment.external_id == external_id)
        )
        if stored is None:
            raise ServiceUnavailable(N_("The payment provider does not know this payment."))
        return PaymentStatus(stored)


def gateway_for(settings: Settings) -> PaymentGateway:
    if settings.payment_provider == "mollie" and settings.mollie_api_key is not None:
        return MollieGateway(settings.mollie_api_url, settings.mollie_api_key.get_secret_value())
    return SandboxGateway(settings.public_url)
