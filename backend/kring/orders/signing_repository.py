"""Reading and locking what Wlz signing works on: the orders to sign (locked, within the
professional's reach), an order's signatures and refusals, and the branch's refusal queue."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Select, Uuid, bindparam, false, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from kring.auth.principal import Principal
from kring.kit.pagination import Keyset, Page, PageRequest, SortKey
from kring.kit.repository import Repository
from kring.models.order import AssistiveOrder
from kring.models.organisation import Organisation
from kring.models.signature import OrderRefusal, OrderSignature
from kring.orders.auth import staff_reach
from kring.orders.repository import OrderRepository

Order = AssistiveOrder
Refusal = OrderRefusal
Client = aliased(Organisation, name="client_organisation")
Branch = aliased(Organisation, name="refusal_branch")

OLDEST_REFUSAL = Keyset(
    "refusals_open",
    (SortKey(Refusal.refused_at.expression, False, datetime), SortKey(Refusal.id.expression)),
)
NEWEST_REFUSAL = Keyset(
    "refusals",
    (SortKey(Refusal.refused_at.expression, True, datetime), SortKey(Refusal.id.expression, True)),
)
SIGNATURE_COLUMNS = (
    OrderSignature.id,
    OrderSignature.signer_name,
    OrderSignature.signed_at,
    OrderSignature.method,
    OrderSignature.second_factor,
    OrderSignature.content_sha256,
    OrderSignature.superseded_at,
)


async def orders_to_sign(
    db: AsyncSession, principal: Principal, order_ids: Sequence[uuid.UUID]
) -> list[AssistiveOrder]:
    """The orders of the selection the professional reaches, locked in id order (so two
    signings of overlapping selections wait for each other instead of deadlocking)."""
    statement = (
        OrderRepository(db)
        .readable(principal)
        .where(Order.id.in_(list(order_ids)))
        .order_by(Order.id)
        .with_for_update(of=Order)
    )
    return list((await db.scalars(statement)).all())


async def signatures_of(db: AsyncSession, order_id: uuid.UUID) -> Sequence[Any]:
    """Newest first, superseded ones too (without the PDFs)."""
    statement = (
        select(*SIGNATURE_COLUMNS)
        .where(OrderSignature.order_id == order_id)
        .order_by(OrderSignature.signed_at.desc(), OrderSignature.id.desc())
    )
    return (await db.execute(statement)).all()


async def refusals_of(db: AsyncSession, order_id: uuid.UUID) -> Sequence[OrderRefusal]:
    statement = (
        select(OrderRefusal)
        .where(OrderRefusal.order_id == order_id)
        .order_by(OrderRefusal.refused_at.desc(), OrderRefusal.id.desc())
    )
    return (await db.scalars(statement)).all()


async def signature_of(
    db: AsyncSession, order_id: uuid.UUID, signature_id: uuid.UUID
) -> OrderSignature | None:
    statement = select(OrderSignature).where(
        OrderSignature.id == signature_id, OrderSignature.order_id == order_id
    )
    return (await db.scalars(statement)).first()


async def current_signature(db: AsyncSession, order_id: uuid.UUID) -> OrderSignature | None:
    statement = (
        select(OrderSignature)
        .where(OrderSignature.order_id == order_id, OrderSignature.superseded_at.is_(None))
        .with_for_update()
    )
    return (await db.scalars(statement)).first()


async def open_refusal(db: AsyncSession, order_id: uuid.UUID) -> OrderRefusal | None:
    statement = (
        select(OrderRefusal)
        .where(OrderRefusal.order_id == order_id, OrderRefusal.cleared_at.is_(None))
        .with_for_update()
    )
    return (await db.scalars(statement)).first()


class StaffRefusalRepository(Repository[OrderRefusal, Principal]):
    """The refusals of the orders a staff member reaches (branch staff: their branch's)."""

    model = OrderRefusal

    def readable(self, principal: Principal) -> Select[Any]:
        statement = select(Refusal).join(Order, Order.id == Refusal.order_id)
        reach = staff_reach(principal)
        if reach.every_branch:
            return statement
        if reach.branch_id is None:
            return statement.where(false())
        return statement.where(Order.branch_id == reach.branch_id)

    @staticmethod
    def _listing(own_branch: Any) -> Select[Any]:
        """The queue's columns; `own_branch`: a branch staff member's branch (a value or a
        bound parameter), None for every branch."""
        listing = cast(
            "Select[Any]",
            select(
                Refusal.id,
                Refusal.order_id,
                Order.number.label("order_number"),
                Order.client_name,
                Client.name.label("organisation_name"),
                Order.branch_id,
                Branch.name.label("branch_name"),
                Refusal.refused_by_name,
                Refusal.refused_at,
                Refusal.reason,
                Refusal.cleared_at,
                Refusal.cleared_by_name,
                Refusal.outcome,
                Refusal.clear_note,
            )
            .join(Order, Order.id == Refusal.order_id)
            .join(Client, Client.id == Order.organisation_id)
            .join(Branch, Branch.id == Order.branch_id),
        )
        return listing if own_branch is None else listing.where(Order.branch_id == own_branch)

    async def page_of(self, principal: Principal, state: str, page: PageRequest) -> Page[Any]:
        """Open ones the oldest first (a queue); cleared ones and all of them newest first. Built
        once per shape (the state, and whether the staff member reaches every branch)."""
        reach = staff_reach(principal)
        if not reach.every_branch and reach.branch_id is None:
            return Page(items=[], next_cursor=None)

        def build() -> Select[Any]:
            own = None if reach.every_branch else bindparam("own_branch_id", type_=Uuid)
            statement = self._listing(own)
            if state == "open":
                return statement.where(Refusal.cleared_at.is_(None))
            if state == "cleared":
                return statement.where(Refusal.cleared_at.is_not(None))
            return statement

        keyset = OLDEST_REFUSAL if state == "open" else NEWEST_REFUSAL
        bound = {} if reach.every_branch else {"own_branch_id": reach.branch_id}
        return await self.page_of_shape(
            (state, reach.every_branch), build, bound, keyset, page, item=lambda row: row
        )

    async def listed(self, principal: Principal, refusal_id: uuid.UUID) -> Any:
        reach = staff_reach(principal)
        own = None if reach.every_branch else reach.branch_id
        if not reach.every_branch and own is None:
            return None
        statement = self._listing(own).where(Refusal.id == refusal_id)
        return (await self.session.execute(statement)).first()
