"""The orders' job: ended trajectories leave the portal two calendar months after the pickup
(the records stay for staff and the retention rules). Set-based, in batches, and safe when two
workers run it at once (rows already hidden, or locked by the other, are skipped)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.kit.db import unit_of_work
from kring.kit.working_days import AMSTERDAM
from kring.models.order import AssistiveOrder, OrderKind, OrderStatus
from kring.orders.reading import VISIBLE_MONTHS, add_months

BATCH = 10_000
DONE = (OrderStatus.picked_up, OrderStatus.repaired, OrderStatus.adjusted)


async def hide_ended_trajectories(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, now: datetime
) -> int:
    """Rentals picked up before two calendar months ago, and their finished repairs,
    adjustments and pickups: hidden from the portal. Returns how many orders were hidden."""
    cutoff = add_months(now.astimezone(AMSTERDAM).date(), -VISIBLE_MONTHS)
    hidden = 0
    while True:
        async with unit_of_work(sessionmaker) as db:
            batch = (
                select(AssistiveOrder.id)
                .where(
                    AssistiveOrder.status.in_([s.value for s in DONE]),
                    AssistiveOrder.hidden_from_portal_at.is_(None),
                    AssistiveOrder.picked_up_on < cutoff,
                    AssistiveOrder.kind == OrderKind.rental,
                )
                .limit(BATCH)
                .with_for_update(skip_locked=True)
            )
            rentals = list(
                await db.scalars(
                    update(AssistiveOrder)
                    .where(AssistiveOrder.id.in_(batch.scalar_subquery()))
                    .values(hidden_from_portal_at=now)
                    .returning(AssistiveOrder.id)
                )
            )
            if rentals:
                follow_ups = await db.scalars(
                    update(AssistiveOrder)
                    .where(
                        AssistiveOrder.rental_order_id.in_(rentals),
                        AssistiveOrder.status.in_([s.value for s in DONE]),
                        AssistiveOrder.hidden_from_portal_at.is_(None),
                    )
                    .values(hidden_from_portal_at=now)
                    .returning(AssistiveOrder.id)
                )
                hidden += len(rentals) + len(list(follow_ups))
        if len(rentals) < BATCH:
            return hidden
