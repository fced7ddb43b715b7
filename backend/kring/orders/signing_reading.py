"""A Wlz order's signing state as the portal and staff read it: the content hash a signature
binds, its signatures (superseded ones too) and its refusals."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from kring.models.order import AssistiveOrder
from kring.models.signature import OrderRefusal
from kring.orders import evidence
from kring.orders import signing_repository as repository
from kring.orders.signing_schemas import OrderSigning, RefusalRead, SignatureRead


def refusal_read(refusal: OrderRefusal) -> RefusalRead:
    return RefusalRead(
        id=refusal.id,
        refused_by_name=refusal.refused_by_name,
        refused_at=refusal.refused_at,
        reason=refusal.reason,
        cleared_at=refusal.cleared_at,
        cleared_by_name=refusal.cleared_by_name,
        outcome=refusal.outcome,
        clear_note=refusal.clear_note,
    )


async def order_signing(db: AsyncSession, order: AssistiveOrder) -> OrderSigning | None:
    """Where a Wlz order stands with its signature (None for an order that needs none)."""
    if not order.signature_required:
        return None
    refusals = [refusal_read(r) for r in await repository.refusals_of(db, order.id)]
    return OrderSigning(
        content_sha256=bytes.hex(evidence.content_sha256(order)),
        open_refusal=next((r for r in refusals if r.cleared_at is None), None),
        off_signing_list=order.off_signing_list,
        signatures=[
            SignatureRead(
                id=row.id,
                signer_name=row.signer_name,
                signed_at=row.signed_at,
                method=row.method,
                second_factor=row.second_factor,
                content_sha256=bytes.hex(row.content_sha256),
                superseded_at=row.superseded_at,
            )
            for row in await repository.signatures_of(db, order.id)
        ],
        refusals=refusals,
    )
