"""Response bodies for payments."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict

from kring.models.payment import PaymentStatus


class PaymentRead(BaseModel):
    """A payment of the administrative fee; send the payer to `checkout_url` while it is open."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e0f",
                    "status": "open",
                    "checkout_url": "https://www.mollie.com/checkout/select-issuer/ideal/7UhSN1zuXS",
                    "amount_cents": 1000,
                    "vat_cents": 174,
                    "paid_at": None,
                }
            ]
        }
    )

    id: uuid.UUID
    status: PaymentStatus
    checkout_url: str
    amount_cents: int
    vat_cents: int
    paid_at: datetime | None


class WebhookReceipt(BaseModel):
    """The answer to a payment provider's webhook call: the same for every id, known or not."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"received": True}]})

    received: bool = True
