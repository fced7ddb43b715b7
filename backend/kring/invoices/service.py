"""Invoices: a project's monthly invoice made from its confirmed shifts (hours times rate, VAT
per line), read by the organisation's portal admins, staff and API clients (every read
audited), paid by iDEAL or recorded by staff. Other domains use what `__all__` names."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.organisations import OrganisationPrincipal
from kring.auth.principal import Principal, Visitor
from kring.invoices import repository
from kring.invoices.repository import (
    BILLABLE_FIRST,
    FIRST_DUE,
    NEWEST,
    IntegrationInvoiceRepository,
    InvoiceRepository,
    StaffInvoiceRepository,
)
from kring.invoices.schemas import (
    BillableProject,
    InvoiceCreate,
    InvoiceDetail,
    InvoiceLineRead,
    InvoicePaymentRecord,
    InvoiceSummary,
    InvoiceView,
    VatRateTotal,
)
from kring.kit.clock import Clock
from kring.kit.errors import Conflict, InvalidInput, NotFound
from kring.kit.format import month_name
from kring.kit.i18n import N_, Language, current_language, translate
from kring.kit.pagination import Page, PageRequest
from kring.kit.working_days import AMSTERDAM
from kring.models.invoice import (
    PAYMENT_TERM_DAYS,
    STANDARD_VAT_PERCENT,
    Invoice,
    InvoiceLine,
    InvoicePaidVia,
    InvoiceStatus,
)
from kring.models.project import VAT_EXEMPT_FUNCTIONS, Project, Shift, ShiftFunction
from kring.projects.service import shift_hours

__all__ = ["invoice_to_pay", "paid_by_ideal"]

HUNDRED = Decimal(100)
CENT = Decimal("0.01")

FUNCTION_LABELS: dict[ShiftFunction, str] = {
    ShiftFunction.nurse: N_("Nurse"),
    ShiftFunction.carer: N_("Carer"),
    ShiftFunction.care_assistant: N_("Care assistant"),
    ShiftFunction.support_worker: N_("Support worker"),
    ShiftFunction.domestic_help: N_("Domestic help"),
    ShiftFunction.host: N_("Host"),
}
NOTHING_TO_INVOICE = N_("Nothing to invoice: {project} has no confirmed shifts in {month} left.")


# --- the numbers -------------------------------------------------------------------------------


def vat_percent(function: str) -> int:
    """Care by registered professionals is VAT-exempt; every other function carries 21%."""
    return 0 if function in VAT_EXEMPT_FUNCTIONS else STANDARD_VAT_PERCENT


def line_amounts(hours: Decimal, rate_cents: int, percent: int) -> tuple[int, int]:
    """(amount, VAT) in cents, each rounded half away from zero like the table's CHECKs."""
    amount = int((hours * rate_cents).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    vat = int((Decimal(amount * percent) / HUNDRED).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return amount, vat


def status_of(paid_at: datetime | None, due_on: date, today: date) -> InvoiceStatus:
    if paid_at is not None:
        return InvoiceStatus.paid
    if due_on < today:
        return InvoiceStatus.overdue
    return InvoiceStatus.open


def today_of(clock: Clock) -> date:
    return clock.now().astimezone(AMSTERDAM).date()


def first_day(month: str) -> date:
    """`2026-11` -> 1 November 2026 (the schema checked the form)."""
    year, number = month.split("-")
    return date(int(year), int(number), 1)


def last_day(start: date) -> date:
    following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return following - timedelta(days=1)


def previous_month(day: date) -> date:
    return (day.replace(day=1) - timedelta(days=1)).replace(day=1)


# --- making an invoice -------------------------------------------------------------------------


def _description(shift: Shift) -> str:
    # Stored once, in Dutch (the invoice's own language); pages and PDFs show the function in
    # the reader's language from the shift itself.
    label = translate(FUNCTION_LABELS[ShiftFunction(shift.function)], "nl")
    return f"{shift.works_on.isoformat()} {label} {shift.worker_name}"[:300]


async def make_for_month(
    db: AsyncSession,
    project: Project,
    start: date,
    today: date,
    created_by_id: uuid.UUID | None,
) -> Invoice:
    """The project's invoice of the month from its confirmed shifts not invoiced yet; the
    project row is locked by the caller (so one invoice of a month is made at a time)."""
    if await repository.invoiced(db, project.id, start):
        raise Conflict(
            N_("{project} has an invoice for {month} already."),
            project=project.name,
            month=month_name(start, current_language()),
        )
    end = last_day(start)
    shifts = await repository.shifts_to_invoice(db, project.id, start, end)
    if not shifts:
        raise Conflict(
            NOTHING_TO_INVOICE, project=project.name, month=month_name(start, current_language())
        )
    lines: list[InvoiceLine] = []
    for position, shift in enumerate(shifts, start=1):
        hours = shift_hours(shift.starts_at, shift.ends_at, shift.break_minutes)
        if hours <= 0:  # seconds only: no line can bill it (the line's hours must be positive)
            raise Conflict(
                N_("The shift of {day} is shorter than a minute: correct it before invoicing."),
                day=shift.works_on.isoformat(),
            )
        percent = vat_percent(shift.function)
        amount, vat = line_amounts(hours, shift.hourly_rate_cents, percent)
        lines.append(
            InvoiceLine(
                position=position,
                shift_id=shift.id,
                description=_description(shift),
                work_date=shift.works_on,
                hours=hours,
                rate_cents=shift.hourly_rate_cents,
                amount_cents=amount,
                vat_percent=percent,
                vat_cents=vat,
            )
        )
    subtotal = sum(line.amount_cents for line in lines)
    vat_total = sum(line.vat_cents for line in lines)
    invoice = Invoice(
        number=await repository.next_number(db, today.year),
        organisation_id=project.organisation_id,
        project_id=project.id,
        period_start=start,
        period_end=end,
        issued_on=today,
        due_on=today + timedelta(days=PAYMENT_TERM_DAYS),
        subtotal_cents=subtotal,
        vat_cents=vat_total,
        total_cents=subtotal + vat_total,
        created_by_id=created_by_id,
    )
    db.add(invoice)
    try:
        await db.flush()
    except IntegrityError as taken:  # the unique month: only if the project lock were bypassed
        raise Conflict(
            N_("{project} has an invoice for {month} already."),
            project=project.name,
            month=month_name(start, current_language()),
        ) from taken
    for line in lines:
        line.invoice_id = invoice.id
    db.add_all(lines)
    for shift in shifts:
        shift.invoice_id = invoice.id
    await db.flush()
    return invoice


async def make(
    db: AsyncSession, principal: Principal, clock: Clock, project_id: uuid.UUID, body: InvoiceCreate
) -> InvoiceDetail:
    """Staff make a project's invoice of an ended month (409 when there is nothing to invoice
    or the month has one)."""
    start = first_day(body.month)
    today = today_of(clock)
    if start >= today.replace(day=1):
        raise InvalidInput.on(
            "month",
            N_("Invoice a month once it is over: {month} is not over yet."),
            month=month_name(start, current_language()),
        )
    project = await repository.locked_project(db, project_id)
    if project is None:
        raise NotFound()
    invoice = await make_for_month(db, project, start, today, principal.person_id)
    await audit.record(
        db,
        principal,
        "invoice.made",
        subject_type="invoice",
        subject_id=invoice.id,
        organisation_id=invoice.organisation_id,
        details={"number": invoice.number, "month": body.month, "project": str(project.id)},
    )
    statement = StaffInvoiceRepository(db).listed(principal)
    return await _read(db, await repository.one(db, statement, invoice.id), today)


# --- reading -----------------------------------------------------------------------------------


def summary(row: Any, today: date) -> InvoiceSummary:
    return InvoiceSummary(
        id=row.id,
        number=row.number,
        organisation_id=row.organisation_id,
        organisation_name=row.organisation_name,
        project_id=row.project_id,
        project_name=row.project_name,
        period_start=row.period_start,
        period_end=row.period_end,
        issued_on=row.issued_on,
        due_on=row.due_on,
        subtotal_cents=row.subtotal_cents,
        vat_cents=row.vat_cents,
        total_cents=row.total_cents,
        status=status_of(row.paid_at, row.due_on, today),
        paid_at=row.paid_at,
    )


def vat_rates(lines: Iterable[InvoiceLineRead]) -> list[VatRateTotal]:
    """The lines' amounts and VAT per rate, 0% first; every standard rate shown, even empty."""
    amounts: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for line in lines:
        amounts[line.vat_percent][0] += line.amount_cents
        amounts[line.vat_percent][1] += line.vat_cents
    return [
        VatRateTotal(vat_percent=percent, amount_cents=amount, vat_cents=vat)
        for percent, (amount, vat) in sorted(amounts.items())
    ]


async def _read(db: AsyncSession, row: Any, today: date) -> InvoiceDetail:
    found = [
        InvoiceLineRead(
            position=line.position,
            work_date=line.work_date,
            description=line.description,
            function=ShiftFunction(line.function) if line.function else None,
            worker_name=line.worker_name,
            hours=line.hours,
            rate_cents=line.rate_cents,
            amount_cents=line.amount_cents,
            vat_percent=line.vat_percent,
            vat_cents=line.vat_cents,
        )
        for line in await repository.lines(db, row.id)
    ]
    return InvoiceDetail(
        **summary(row, today).model_dump(),
        lines=found,
        vat_rates=vat_rates(found),
        paid_via=InvoicePaidVia(row.paid_via) if row.paid_via else None,
        payment_reference=row.payment_reference,
        payment_pending=row.paid_at is None and await repository.payment_waiting(db, row.id),
    )


async def _listed(
    db: AsyncSession,
    who: Principal | OrganisationPrincipal,
    items: Sequence[InvoiceSummary],
    organisation_id: uuid.UUID | None,
    extra: dict[str, str] | None = None,
    **filters: Any,
) -> None:
    """One audit row per page listed, naming the invoices shown."""
    await audit.record(
        db,
        who,
        "invoice.listed",
        subject_type="invoice",
        organisation_id=organisation_id,
        details={
            "invoices": [str(item.id) for item in items],
            **{k: str(v) for k, v in filters.items() if v is not None},
            **(extra or {}),
        },
    )


async def _viewed(
    db: AsyncSession,
    who: Principal | OrganisationPrincipal,
    action: str,
    row: Any,
    extra: dict[str, str] | None = None,
) -> None:
    await audit.record(
        db,
        who,
        action,
        subject_type="invoice",
        subject_id=row.id,
        organisation_id=row.organisation_id,
        details={"number": row.number, **(extra or {})},
    )


async def list_invoices(
    db: AsyncSession,
    acting: OrganisationPrincipal,
    clock: Clock,
    view: InvoiceView,
    page: PageRequest,
) -> Page[InvoiceSummary]:
    """The organisation's invoices: unpaid ones the first due first, or all the newest first."""
    today = today_of(clock)
    repo = InvoiceRepository(db)
    statement = repository.with_view(repo.listed(acting), view)
    keyset = FIRST_DUE if view == "open" else NEWEST
    found = await repo.page(statement, keyset, page, item=lambda row: summary(row, today))
    await _listed(db, acting, found.items, acting.organisation_id, view=view)
    return found


async def _row(db: AsyncSession, statement: Any, invoice_id: uuid.UUID) -> Any:
    row = await repository.one(db, statement, invoice_id)
    if row is None:
        raise NotFound()
    return row


async def get(
    db: AsyncSession, acting: OrganisationPrincipal, clock: Clock, invoice_id: uuid.UUID
) -> InvoiceDetail:
    row = await _row(db, InvoiceRepository(db).listed(acting), invoice_id)
    await _viewed(db, acting, "invoice.viewed", row)
    return await _read(db, row, today_of(clock))


async def readable_for_pdf(
    db: AsyncSession, who: OrganisationPrincipal | Principal, clock: Clock, invoice_id: uuid.UUID
) -> InvoiceDetail:
    """An invoice for its PDF, from the reader's `readable`; the download is audited."""
    if isinstance(who, OrganisationPrincipal):
        statement = InvoiceRepository(db).listed(who)
    else:
        statement = StaffInvoiceRepository(db).listed(who)
    row = await _row(db, statement, invoice_id)
    await _viewed(db, who, "invoice.downloaded", row)
    return await _read(db, row, today_of(clock))


async def invoice_to_pay(
    db: AsyncSession, acting: OrganisationPrincipal, invoice_id: uuid.UUID
) -> Invoice:
    """One of the organisation's unpaid invoices, locked (two starts of a payment take turns);
    a paid invoice is 409."""
    invoice = await InvoiceRepository(db).get(acting, invoice_id, for_update=True)
    if invoice.paid_at is not None:
        raise Conflict(N_("This invoice has been paid."))
    if invoice.total_cents <= 0:
        raise Conflict(N_("This invoice has nothing to pay."))
    return invoice


async def paid_by_ideal(
    db: AsyncSession,
    who: Visitor | Principal,
    invoice_id: uuid.UUID,
    payment_id: uuid.UUID,
    at: datetime,
) -> None:
    """The payment provider says the invoice's iDEAL payment is paid: the invoice is paid (if
    staff recorded a transfer first, it stays as recorded and the audit row says so)."""
    invoice = await db.get(Invoice, invoice_id, with_for_update=True, populate_existing=True)
    assert invoice is not None  # a foreign key
    twice = invoice.paid_at is not None
    if not twice:
        invoice.paid_at = at
        invoice.paid_via = InvoicePaidVia.ideal.value
        invoice.payment_reference = str(payment_id)
        await db.flush()
    await audit.record(
        db,
        who,
        "invoice.paid",
        subject_type="invoice",
        subject_id=invoice.id,
        organisation_id=invoice.organisation_id,
        details={"via": "ideal", "payment": str(payment_id), "already_paid": twice},
    )


# --- staff -------------------------------------------------------------------------------------


async def staff_list(
    db: AsyncSession,
    principal: Principal,
    clock: Clock,
    page: PageRequest,
    *,
    organisation_id: uuid.UUID | None,
    project_id: uuid.UUID | None,
    status: InvoiceStatus | None,
) -> Page[InvoiceSummary]:
    today = today_of(clock)
    repo = StaffInvoiceRepository(db)
    statement = repository.with_status(repo.listed(principal), status, today)
    if organisation_id is not None:
        statement = statement.where(Invoice.organisation_id == organisation_id)
    if project_id is not None:
        statement = statement.where(Invoice.project_id == project_id)
    found = await repo.page(statement, NEWEST, page, item=lambda row: summary(row, today))
    await _listed(db, principal, found.items, organisation_id, project=project_id, status=status)
    return found


async def staff_get(
    db: AsyncSession, principal: Principal, clock: Clock, invoice_id: uuid.UUID
) -> InvoiceDetail:
    row = await _row(db, StaffInvoiceRepository(db).listed(principal), invoice_id)
    await _viewed(db, principal, "invoice.viewed", row)
    return await _read(db, row, today_of(clock))


async def record_payment(
    db: AsyncSession,
    principal: Principal,
    clock: Clock,
    invoice_id: uuid.UUID,
    body: InvoicePaymentRecord,
) -> InvoiceDetail:
    """A transfer seen on the bank statement: the invoice is paid (409 when it was already)."""
    today = today_of(clock)
    if body.paid_on > today:
        raise InvalidInput.on("paid_on", N_("A payment cannot be received in the future."))
    invoice = await StaffInvoiceRepository(db).get(principal, invoice_id, for_update=True)
    if invoice.paid_at is not None:
        raise Conflict(N_("This invoice has been paid."))
    invoice.paid_at = datetime.combine(body.paid_on, time(12), tzinfo=AMSTERDAM).astimezone(UTC)
    invoice.paid_via = InvoicePaidVia.transfer.value
    invoice.payment_reference = body.reference
    await db.flush()
    await audit.record(
        db,
        principal,
        "invoice.paid",
        subject_type="invoice",
        subject_id=invoice.id,
        organisation_id=invoice.organisation_id,
        details={"via": "transfer", "paid_on": body.paid_on.isoformat()},
    )
    statement = StaffInvoiceRepository(db).listed(principal)
    return await _read(db, await _row(db, statement, invoice.id), today)


async def billable_projects(
    db: AsyncSession, principal: Principal, clock: Clock, page: PageRequest
) -> Page[BillableProject]:
    """Projects with confirmed shifts of ended months not on an invoice, the latest month first."""
    before = today_of(clock).replace(day=1)
    repo = StaffInvoiceRepository(db)

    def item(row: Any) -> BillableProject:
        return BillableProject(
            project_id=row.project_id,
            project_name=row.project_name,
            organisation_id=row.organisation_id,
            organisation_name=row.organisation_name,
            month=f"{row.month:%Y-%m}",
            shifts=row.shifts,
            invoiced=row.invoiced,
        )

    return await repo.page(repository.billable(before), BILLABLE_FIRST, page, item=item)


# --- integrations ------------------------------------------------------------------------------


def _as_client(client: Principal) -> dict[str, str]:
    """The audit trail's mark of an API client's read (its responsible person is the actor)."""
    return {"as": "api_client", "api_client": str(client.api_client_id)}


async def integration_list(
    db: AsyncSession,
    client: Principal,
    clock: Clock,
    page: PageRequest,
    status: InvoiceStatus | None,
) -> Page[InvoiceSummary]:
    today = today_of(clock)
    repo = IntegrationInvoiceRepository(db)
    statement = repository.with_status(repo.listed(client), status, today)
    found = await repo.page(statement, NEWEST, page, item=lambda row: summary(row, today))
    await _listed(
        db, client, found.items, client.active_organisation_id, _as_client(client), status=status
    )
    return found


async def integration_get(
    db: AsyncSession, client: Principal, clock: Clock, invoice_id: uuid.UUID
) -> InvoiceDetail:
    row = await _row(db, IntegrationInvoiceRepository(db).listed(client), invoice_id)
    await _viewed(db, client, "invoice.viewed", row, _as_client(client))
    return await _read(db, row, today_of(clock))


def function_label(function: ShiftFunction | None, language: Language) -> str:
    return translate(FUNCTION_LABELS[function], language) if function else ""
