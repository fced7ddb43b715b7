"""The matrix's invoices: a project of De Linde and one of the other organisation (led by the
care manager), an unpaid invoice of each for the month before last, and a confirmed shift of
De Linde's project last month still to invoice."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.kit.working_days import AMSTERDAM
from kring.models.invoice import Invoice, InvoiceLine
from kring.models.organisation import Organisation
from kring.models.project import Project, Shift
from kring.models.user import User


def _month_before(day: date) -> date:
    return (day.replace(day=1) - timedelta(days=1)).replace(day=1)


async def invoice_objects(
    session: AsyncSession, linde: Organisation, other: Organisation
) -> tuple[dict[str, str], dict[str, str]]:
    """(De Linde's ids, the other organisation's ids)."""
    today = datetime.now(AMSTERDAM).date()
    last_month = _month_before(today)
    invoiced_month = _month_before(last_month)
    leader = await session.scalar(select(User.id).where(User.email == "care_manager@kring.example"))
    assert leader is not None
    found: list[dict[str, str]] = []
    for position, organisation in enumerate((linde, other), start=1):
        project = Project(
            organisation_id=organisation.id,
            name=f"Woonvoorziening {organisation.name}",
            kind="residential",
            starts_on=invoiced_month,
            leader_id=leader,
        )
        session.add(project)
        await session.flush()
        invoice = Invoice(
            number=f"{today.year}-{position:06d}",
            organisation_id=organisation.id,
            project_id=project.id,
            period_start=invoiced_month,
            period_end=last_month - timedelta(days=1),
            issued_on=today,
            due_on=today + timedelta(days=30),
            subtotal_cents=10_000,
            vat_cents=0,
            total_cents=10_000,
        )
        session.add(invoice)
        await session.flush()
        session.add(
            InvoiceLine(
                invoice_id=invoice.id,
                position=1,
                description="Verpleegkundige",
                work_date=invoiced_month,
                hours=Decimal("2.00"),
                rate_cents=5000,
                amount_cents=10_000,
                vat_percent=0,
                vat_cents=0,
            )
        )
        found.append(
            {
                "client_invoice_id": str(invoice.id),
                "invoice_project_id": str(project.id),
                "invoice_month": f"{last_month:%Y-%m}",
            }
        )
        if organisation is linde:
            session.add(
                Shift(
                    project_id=project.id,
                    works_on=last_month,
                    starts_at=time(8),
                    ends_at=time(16),
                    function="nurse",
                    worker_name="Anna de Vries",
                    hourly_rate_cents=5000,
                    status="confirmed",
                    confirmed_at=datetime.now(UTC),
                )
            )
    await session.commit()
    return found[0], found[1]
