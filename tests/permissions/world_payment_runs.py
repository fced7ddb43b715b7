"""The matrix's payment run: one made long ago (so a run for last month may still be made), with
a collection from the partner's dossier and a payment to the provider's helper profile."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from kring.models.timesheet import PaymentRun, PaymentRunLine
from kring.payment_runs.repository import mandate_id


async def payment_run_objects(
    session: AsyncSession, dossier_id: str, helper_id: str
) -> dict[str, str]:
    run = PaymentRun(
        month=date(2000, 1, 1),
        entries=1,
        collected_cents=2000,
        paid_cents=2000,
        collection_date=date(2000, 2, 8),
    )
    session.add(run)
    await session.flush()
    session.add_all(
        [
            PaymentRunLine(
                payment_run_id=run.id,
                kind="collection",
                dossier_id=uuid.UUID(dossier_id),
                name="T. de Vries",
                iban="NL91ABNA0417164300",
                amount_cents=2000,
                entries=1,
                mandate_id=mandate_id(uuid.UUID(dossier_id)),
                mandate_date=date(1999, 12, 1),
            ),
            PaymentRunLine(
                payment_run_id=run.id,
                kind="payment",
                helper_id=uuid.UUID(helper_id),
                name="B. Bakker",
                iban="NL20INGB0001234567",
                amount_cents=2000,
                entries=1,
            ),
        ]
    )
    await session.commit()
    return {"run_id": str(run.id)}
