"""The bare twins of Kring's order lists (`GET /orders`, `GET /admin/orders`, and the refusals
queue `GET /admin/order-refusals`): the session,
Kring's statement for the list's shape, one audit row naming the orders shown (its own
transaction, as in Kring); the same JSON (Kring's response models)."""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from datetime import datetime
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from uuid6 import uuid7

from bench.bare import sql
from bench.bare.kit import PAGE, cut, person, pool, staff
from bench.bare.models import Page
from kring.orders.schemas import OrderSummary, StaffOrderSummary
from kring.orders.signing_schemas import StaffRefusal

router = APIRouter(prefix="/api/v1")
KEYS = ("created_at", "id")


def _after(cursor: str) -> tuple[datetime, uuid.UUID]:
    """The sort key a cursor of the orders list carries (422 for any other)."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        name, (moment, order_id) = json.loads(raw)
        if name != "orders":
            raise ValueError("another list's cursor")
        return datetime.fromisoformat(moment), uuid.UUID(order_id)
    except (ValueError, TypeError, binascii.Error) as error:
        raise HTTPException(422) from error


def _summary(row: Any) -> dict[str, Any]:
    return {
        **{k: row[k] for k in OrderSummary.model_fields if k != "placed_at"},
        "placed_at": row["created_at"],
    }


async def _listed(db: Any, request: Request, who: Any, shown: list[Any], **filters: Any) -> None:
    """Kring's `order.listed` row: the orders shown and the filters given."""
    address = request.client.host if request.client else None
    agent = (request.headers.get("user-agent") or "")[:300] or None
    details = json.dumps(
        {"orders": [str(r["id"]) for r in shown], **{k: v for k, v in filters.items() if v}}
    )
    async with db.transaction():
        await db.execute(sql.ORDERS_AUDIT, who["user_id"], address, agent, details, uuid7())


@router.get("/orders")
async def orders(
    request: Request, view: str = "open", status: str | None = None, cursor: str | None = None
) -> Page[OrderSummary]:
    """The shapes the bench reads: the open ones, every one after a cursor, every one of a
    status (each on the first page unless a cursor is given)."""
    async with pool(request).acquire() as db:
        who = await person(db, request)
        linked = [uuid.UUID(m[0]) for m in who["memberships"]]
        if view == "open" and status is None and not cursor:
            rows = await db.fetch(sql.ORDERS_OPEN, linked, PAGE + 1)
        elif view == "all" and status is None and cursor:
            rows = await db.fetch(sql.ORDERS_AFTER, linked, *_after(cursor), PAGE + 1)
        elif view == "all" and status is not None and not cursor:
            rows = await db.fetch(sql.ORDERS_OF_STATUS, linked, status, PAGE + 1)
        else:
            raise HTTPException(400, "a shape the bench does not read")
        shown, next_cursor = cut(rows, "orders", KEYS)
        await _listed(db, request, who, shown, view=view, status=status)
    items = [OrderSummary(**_summary(r)) for r in shown]
    return Page[OrderSummary](items=items, next_cursor=next_cursor)


@router.get("/admin/orders")
async def admin_orders(request: Request) -> Page[StaffOrderSummary]:
    async with pool(request).acquire() as db:
        who = await staff(db, request)
        rows = await db.fetch(sql.ADMIN_ORDERS, PAGE + 1)
        shown, next_cursor = cut(rows, "orders", KEYS)
        await _listed(db, request, who, shown, **{"as": "staff"})
    items = [
        StaffOrderSummary(
            **_summary(r),
            branch_id=r["branch_id"],
            branch_name=r["branch_name"],
            hidden_from_portal=r["hidden_from_portal_at"] is not None,
        )
        for r in shown
    ]
    return Page[StaffOrderSummary](items=items, next_cursor=next_cursor)


@router.get("/admin/order-refusals")
async def admin_refusals(request: Request) -> Page[StaffRefusal]:
    """The open ones, the oldest first, with one audit row naming their orders."""
    async with pool(request).acquire() as db:
        who = await staff(db, request)
        rows = await db.fetch(sql.ADMIN_REFUSALS, PAGE + 1)
        shown, next_cursor = cut(rows, "refusals_open", ("refused_at", "id"))
        address = request.client.host if request.client else None
        agent = (request.headers.get("user-agent") or "")[:300] or None
        details = json.dumps({"orders": [str(r["order_id"]) for r in shown], "state": "open"})
        async with db.transaction():
            await db.execute(sql.REFUSALS_AUDIT, who["user_id"], address, agent, details, uuid7())
    items = [StaffRefusal(**dict(r)) for r in shown]
    return Page[StaffRefusal](items=items, next_cursor=next_cursor)
