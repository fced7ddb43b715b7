"""Reading invoices: an organisation's (its portal admins, or staff acting for it), staff's
(every invoice), an API client's (its organisation's). Every read starts from a `readable`;
the writes' locks (the project, its shifts, the yearly number) are taken here too."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import (
    Date,
    Select,
    bindparam,
    cast,
    exists,
    false,
    func,
    select,
    text,
)

from kring.auth.organisations import OrganisationPrincipal
from kring.auth.principal import Principal
from kring.kit.pagination import Keyset, SortKey
from kring.kit.repository import Repository
from kring.kit.rows import rows
from kring.models.invoice import Invoice, InvoiceLine
from kring.models.organisation import Organisation
from kring.models.payment import Payment, PaymentStatus
from kring.models.project import Project, Shift, ShiftStatus

NEWEST = Keyset(
    "invoices",
    (SortKey(Invoice.issued_on.expression, True, date), SortKey(Invoice.id.expression, True)),
)
# Open invoices: the first due first (the partial index of unpaid invoices reads them so).
FIRST_DUE = Keyset(
    "open_invoices",
    (SortKey(Invoice.due_on.expression, False, date), SortKey(Invoice.id.expression, False)),
)
WAITING = (PaymentStatus.open.value, PaymentStatus.pending.value, PaymentStatus.authorized.value)
# Invoice numbers of a year are handed out one at a time, under this advisory lock (with the
# year as its second key): the next is the year's highest plus one, so a transaction that rolls
# back leaves no gap, and two never take the same number.
_NUMBER_LOCK = text("SELECT pg_advisory_xact_lock(hashtext('kring.invoices.number'), :year)")


def summary_columns() -> tuple[Any, ...]:
    """What a list shows of an invoice (and the keysets' columns)."""
    return (
        Invoice.id,
        Invoice.number,
        Invoice.organisation_id,
        select(Organisation.name)
        .where(Organisation.id == Invoice.organisation_id)
        .scalar_subquery()
        .label("organisation_name"),
        Invoice.project_id,
        select(Project.name)
        .where(Project.id == Invoice.project_id)
        .scalar_subquery()
        .label("project_name"),
        Invoice.period_start,
        Invoice.period_end,
        Invoice.issued_on,
        Invoice.due_on,
        Invoice.subtotal_cents,
        Invoice.vat_cents,
        Invoice.total_cents,
        Invoice.paid_at,
        Invoice.paid_via,
        Invoice.payment_reference,
    )


def with_view(statement: Select[Any], view: str) -> Select[Any]:
    """`open`: unpaid (open or overdue); `all`: every invoice."""
    if view == "open":
        return statement.where(Invoice.paid_at.is_(None))
    return statement


def with_status(statement: Select[Any], status: str | None, today: date) -> Select[Any]:
    """Only invoices of the derived status on `today`."""
    if status == "paid":
        return statement.where(Invoice.paid_at.is_not(None))
    if status == "overdue":
        return statement.where(Invoice.paid_at.is_(None), Invoice.due_on < today)
    if status == "open":
        return statement.where(Invoice.paid_at.is_(None), Invoice.due_on >= today)
    return statement


class InvoiceRepository(Repository[Invoice, OrganisationPrincipal]):
    """The invoices of the organisation acted for (the route admitted only its portal admins)."""

    model = Invoice

    def readable(self, acting: OrganisationPrincipal) -> Select[Any]:
        return select(Invoice).where(Invoice.organisation_id == acting.organisation_id)

    def listed(self, acting: OrganisationPrincipal) -> Select[Any]:
        return self.readable(acting).with_only_columns(*summary_columns())


class StaffInvoiceRepository(Repository[Invoice, Principal]):
    """Staff who make invoices or record payments read every invoice (the route checked)."""

    model = Invoice

    def readable(self, principal: Principal) -> Select[Any]:
        return select(Invoice)

    def listed(self, principal: Principal) -> Select[Any]:
        return self.readable(principal).with_only_columns(*summary_columns())


class IntegrationInvoiceRepository(Repository[Invoice, Principal]):
    """An API client's invoices: its own organisation's."""

    model = Invoice

    def readable(self, principal: Principal) -> Select[Any]:
        if principal.active_organisation_id is None:
            return select(Invoice).where(false())
        return select(Invoice).where(Invoice.organisation_id == principal.active_organisation_id)

    def listed(self, principal: Principal) -> Select[Any]:
        return self.readable(principal).with_only_columns(*summary_columns())


async def one(session: Any, statement: Select[Any], invoice_id: uuid.UUID) -> Any | None:
    """One row of a `listed` statement."""
    found = await rows(session, statement.where(Invoice.id == invoice_id))
    return found[0] if found else None


async def lines(session: Any, invoice_id: uuid.UUID) -> Sequence[Any]:
    """An invoice's lines in order, with the function and worker of the shift of each."""
    return await rows(
        session,
        select(
            InvoiceLine.position,
            InvoiceLine.work_date,
            InvoiceLine.description,
            Shift.function,
            Shift.worker_name,
            InvoiceLine.hours,
            InvoiceLine.rate_cents,
            InvoiceLine.amount_cents,
            InvoiceLine.vat_percent,
            InvoiceLine.vat_cents,
        )
        .outerjoin(Shift, Shift.id == InvoiceLine.shift_id)
        .where(InvoiceLine.invoice_id == invoice_id)
        .order_by(InvoiceLine.position),
    )


async def payment_waiting(session: Any, invoice_id: uuid.UUID) -> bool:
    """Whether an iDEAL payment of the invoice was started and has no outcome yet."""
    return bool(
        await session.scalar(
            select(exists().where(Payment.invoice_id == invoice_id, Payment.status.in_(WAITING)))
        )
    )


async def organisation(session: Any, organisation_id: uuid.UUID) -> Organisation:
    found: Organisation | None = await session.get(Organisation, organisation_id)
    assert found is not None  # a foreign key
    return found


# --- making invoices ---------------------------------------------------------------------------


async def locked_project(session: Any, project_id: uuid.UUID) -> Project | None:
    """The project, locked: one invoice of a month is made at a time (staff or the job)."""
    project: Project | None = await session.scalar(
        select(Project)
        .where(Project.id == project_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return project


async def invoiced(session: Any, project_id: uuid.UUID, month: date) -> bool:
    return bool(
        await session.scalar(
            select(exists().where(Invoice.project_id == project_id, Invoice.period_start == month))
        )
    )


async def shifts_to_invoice(
    session: Any, project_id: uuid.UUID, start: date, end: date
) -> Sequence[Shift]:
    """The project's confirmed shifts of the month not on an invoice yet, locked, in order."""
    found = await session.scalars(
        select(Shift)
        .where(
            Shift.project_id == project_id,
            Shift.status == ShiftStatus.confirmed.value,
            Shift.invoice_id.is_(None),
            Shift.works_on >= start,
            Shift.works_on <= end,
        )
        .order_by(Shift.works_on, Shift.starts_at, Shift.id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return list(found)


async def next_number(session: Any, year: int) -> str:
    """`2026-000043`: the year's highest number plus one (see `_NUMBER_LOCK`)."""
    await session.execute(_NUMBER_LOCK, {"year": year})
    last: str | None = await session.scalar(
        select(func.max(Invoice.number)).where(
            Invoice.number.between(f"{year}-000000", f"{year}-999999")
        )
    )
    following = int(last.split("-")[1]) + 1 if last else 1
    return f"{year}-{following:06d}"


async def projects_to_invoice(session: Any, start: date, end: date, limit: int) -> list[uuid.UUID]:
    """Projects with confirmed shifts of the month to invoice and no invoice of it yet, locked;
    those another worker holds are skipped (it makes theirs)."""
    waiting = exists().where(
        Shift.project_id == Project.id,
        Shift.status == ShiftStatus.confirmed.value,
        Shift.invoice_id.is_(None),
        Shift.works_on >= start,
        Shift.works_on <= end,
    )
    made = exists().where(Invoice.project_id == Project.id, Invoice.period_start == start)
    found = await session.scalars(
        select(Project.id)
        .where(waiting, ~made)
        .order_by(Project.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    return list(found)


# --- the projects to invoice (staff) -----------------------------------------------------------

_MONTH = cast(func.date_trunc("month", Shift.works_on), Date)
_BILLABLE = (
    select(
        Shift.project_id.label("project_id"),
        _MONTH.label("month"),
        func.count().label("shifts"),
    )
    .where(
        Shift.status == ShiftStatus.confirmed.value,
        Shift.invoice_id.is_(None),
        Shift.works_on < bindparam("before", type_=Date),
    )
    .group_by(Shift.project_id, _MONTH)
    .subquery("billable")
)
BILLABLE_FIRST = Keyset(
    "billable_projects",
    (SortKey(_BILLABLE.c.month, True, date), SortKey(_BILLABLE.c.project_id, True)),
)


def billable(before: date) -> Select[Any]:
    """Per project and ended month (before `before`): the confirmed shifts not invoiced."""
    return (
        select(
            _BILLABLE.c.project_id,
            Project.name.label("project_name"),
            Project.organisation_id,
            Organisation.name.label("organisation_name"),
            _BILLABLE.c.month,
            _BILLABLE.c.shifts,
            exists()
            .where(
                Invoice.project_id == _BILLABLE.c.project_id,
                Invoice.period_start == _BILLABLE.c.month,
            )
            .label("invoiced"),
        )
        .join(Project, Project.id == _BILLABLE.c.project_id)
        .join(Organisation, Organisation.id == Project.organisation_id)
        .params(before=before)
    )
