"""An invoice as a PDF in the reader's language: the supplier and the organisation, number,
dates and period, the project, the lines, the totals with VAT per rate, and how to pay."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from babel.numbers import format_decimal
from sqlalchemy.ext.asyncio import AsyncSession

from kring.auth.organisations import OrganisationPrincipal
from kring.auth.principal import Principal
from kring.config import Settings
from kring.invoices import repository
from kring.invoices.schemas import InvoiceDetail
from kring.invoices.service import function_label, readable_for_pdf
from kring.kit.clock import Clock
from kring.kit.format import local_date
from kring.kit.i18n import N_, Language, _, current_language, set_language
from kring.kit.money import pdf_money
from kring.kit.pdf import Document, local_moment, plain
from kring.models.invoice import InvoiceStatus
from kring.models.organisation import Organisation

SUPPLIER = ("Kring B.V.", "Catharijnesingel 53", "3511 GC Utrecht")
STATUS_LABELS = {
    InvoiceStatus.open: N_("Open"),
    InvoiceStatus.overdue: N_("Overdue"),
    InvoiceStatus.paid: N_("Paid"),
}
# Millimetres of the lines table (A4 less the margins: 190).
COLUMNS = (24, 74, 18, 24, 30, 20)


def _address(organisation: Organisation) -> list[str]:
    """The postal address if there is one, else the visit address."""
    for prefix in ("postal", "visit"):
        street = getattr(organisation, f"{prefix}_street")
        if street:
            number = getattr(organisation, f"{prefix}_house_number") or ""
            postcode = getattr(organisation, f"{prefix}_postcode") or ""
            city = getattr(organisation, f"{prefix}_city") or ""
            return [f"{street} {number}".strip(), f"{postcode} {city}".strip()]
    return []


def _hours(hours: Decimal, language: Language) -> str:
    return str(format_decimal(hours, format="#,##0.00", locale=language))


def render(
    invoice: InvoiceDetail,
    organisation: Organisation,
    settings: Settings,
    now: datetime,
    language: Language,
) -> bytes:
    previous = current_language()
    set_language(language)
    try:
        footer = _(N_("Made by Kring on {date}"), date=local_moment(now, language))
        pdf = Document(plain(footer))
        pdf.first_page(plain(_(N_("Invoice {number}"), number=invoice.number)))
        pdf.set_font("Helvetica", "", 10)
        for supplier_line in SUPPLIER:
            pdf.cell(0, 5, plain(supplier_line), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(0, 5, plain(organisation.name), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)
        for address_line in _address(organisation):
            pdf.cell(0, 5, plain(address_line), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        pdf.field(_(N_("Invoice number")), invoice.number)
        pdf.field(_(N_("Invoice date")), local_date(invoice.issued_on, language))
        pdf.field(_(N_("Due date")), local_date(invoice.due_on, language))
        period = f"{local_date(invoice.period_start, language)} - "
        pdf.field(_(N_("Period")), period + local_date(invoice.period_end, language))
        pdf.field(_(N_("Project")), invoice.project_name)
        pdf.field(_(N_("Status")), _(STATUS_LABELS[invoice.status]))

        pdf.heading(_(N_("Lines")))
        headers = (
            _(N_("Date")),
            _(N_("Description")),
            _(N_("Hours")),
            _(N_("Rate")),
            _(N_("Amount")),
            _(N_("VAT")),
        )
        pdf.set_font("Helvetica", "B", 9)
        for width, header, index in zip(COLUMNS, headers, range(6), strict=True):
            pdf.cell(width, 6, plain(header), border="B", align="L" if index < 2 else "R")
        pdf.ln()
        pdf.set_font("Helvetica", "", 9)
        for line in invoice.lines:
            what = line.description
            if line.function is not None:
                what = f"{function_label(line.function, language)} {line.worker_name or ''}"
            cells = (
                local_date(line.work_date, language) if line.work_date else "",
                what.strip(),
                _hours(line.hours, language),
                pdf_money(line.rate_cents),
                pdf_money(line.amount_cents),
                f"{line.vat_percent}%",
            )
            for width, cell, index in zip(COLUMNS, cells, range(6), strict=True):
                text = plain(cell)
                while index == 1 and pdf.get_string_width(text) > width - 1 and len(text) > 3:
                    text = text[:-4] + "..."
                pdf.cell(width, 6, text, align="L" if index < 2 else "R")
            pdf.ln()

        pdf.ln(4)
        label_width = sum(COLUMNS[:4])

        def total(label: str, cents: int, bold: bool = False) -> None:
            pdf.set_font("Helvetica", "B" if bold else "", 10)
            pdf.cell(label_width, 6, plain(label), align="R")
            pdf.cell(COLUMNS[4], 6, pdf_money(cents), align="R", new_x="LMARGIN", new_y="NEXT")

        total(_(N_("Subtotal")), invoice.subtotal_cents)
        for rate in invoice.vat_rates:
            label = _(
                N_("VAT {percent}% on {amount}"),
                percent=rate.vat_percent,
                amount=pdf_money(rate.amount_cents),
            )
            total(label, rate.vat_cents)
        total(_(N_("Total")), invoice.total_cents, bold=True)

        pdf.heading(_(N_("Payment")))
        if invoice.status == InvoiceStatus.paid:
            pdf.multi_cell(0, 5, plain(_(N_("This invoice has been paid. Thank you."))))
        else:
            instruction = _(
                N_(
                    "Please transfer {total} by {due} to {iban} in the name of Kring B.V., "
                    "with reference {number}. You can also pay with iDEAL in the portal."
                ),
                total=pdf_money(invoice.total_cents),
                due=local_date(invoice.due_on, language),
                iban=settings.sepa_iban,
                number=invoice.number,
            )
            pdf.multi_cell(0, 5, plain(instruction))
        return bytes(pdf.output())
    finally:
        set_language(previous)


async def download(
    db: AsyncSession,
    who: OrganisationPrincipal | Principal,
    settings: Settings,
    clock: Clock,
    invoice_id: uuid.UUID,
    language: Language,
) -> tuple[str, bytes]:
    """The PDF of an invoice the reader may see; the download is audited."""
    invoice = await readable_for_pdf(db, who, clock, invoice_id)
    organisation = await repository.organisation(db, invoice.organisation_id)
    data = render(invoice, organisation, settings, clock.now(), language)
    return f"{invoice.number}.pdf", data
