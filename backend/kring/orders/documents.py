"""An order as a one-page PDF in the reader's language: downloaded, or mailed (attached)."""

from __future__ import annotations

import uuid

from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession

from kring.auth.principal import Principal
from kring.config import Settings
from kring.kit.clock import Clock
from kring.kit.i18n import Language
from kring.orders.schemas import OrderSend, OrderSendResult


async def download(
    db: AsyncSession, principal: Principal, clock: Clock, order_id: uuid.UUID, language: Language
) -> tuple[str, bytes]:
    raise NotImplementedError


async def send(
    db: AsyncSession,
    principal: Principal,
    settings: Settings,
    redis: Redis,
    order_id: uuid.UUID,
    body: OrderSend,
    language: Language,
) -> OrderSendResult:
    raise NotImplementedError
