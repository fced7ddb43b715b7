"""The invoice for a promotion package as a PDF (fpdf2), in the provider's language."""

from __future__ import annotations

import uuid

from fpdf import FPDF
from sqlalchemy.ext.asyncio import AsyncSession

from kring.kit import money as pricing
from kring.kit.i18n import N_, Language, _, current_language, set_language
from kring.kit.money import pdf_money
from kring.models.promotion import PromotionPackage, PromotionRequest, ProviderInvoice
from kring.models.provider import ProviderProfile
from kring.models.user import User
from kring.promotions.catalogue import PACKAGE_NAMES
from kring.providers.service import BilledParty, billed_party


def invoice_pdf(
    invoice: ProviderInvoice, row: PromotionRequest, billed: BilledParty, language: Language
) -> bytes:
    previous = current_language()
    set_language(language)
    try:
        pdf = FPDF(format="A4")
        pdf.set_title(_(N_("Invoice")) + " " + invoice.number)
        pdf.set_author("Kring")
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 20)
        pdf.cell(0, 12, "Kring", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "B", 14)
        pdf.cell(0, 10, _(N_("Invoice")), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 11)
        period = f"{row.starts_on.isoformat() if row.starts_on else ''} - " + (
            row.ends_on.isoformat() if row.ends_on else ""
        )
        for label, value in (
            (_(N_("Invoice number")), invoice.number),
            (_(N_("Date")), invoice.issued_on.isoformat()),
            (_(N_("For")), billed.name),
            (_(N_("Company")), billed.company_name or "-"),
            (_(N_("KvK number")), billed.kvk_number or "-"),
            (_(N_("Period")), period),
        ):
            pdf.cell(45, 7, label)
            pdf.cell(0, 7, value, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)
        package = _(PACKAGE_NAMES[PromotionPackage(row.package)])
        net = invoice.total_cents - invoice.vat_cents
        percent = int(pricing.VAT_RATE * 100)
        rows: list[tuple[str, int, str]] = [(package, invoice.package_cents, "")]
        if invoice.fee_credit_cents:
            rows.append((_(N_("Administrative fee already paid")), -invoice.fee_credit_cents, ""))
        rows += [
            (_(N_("Total excluding VAT")), net, ""),
            (_(N_("VAT {percent}%"), percent=percent), invoice.vat_cents, ""),
            (_(N_("Total including VAT")), invoice.total_cents, "B"),
        ]
        for label, cents, style in rows:
            pdf.set_font("Helvetica", style, 11)
            pdf.cell(120, 8, label, border="B")
            pdf.cell(0, 8, pdf_money(cents), border="B", align="R", new_x="LMARGIN", new_y="NEXT")
        return bytes(pdf.output())
    finally:
        set_language(previous)


async def invoice_document(
    db: AsyncSession, invoice: ProviderInvoice, language: Language
) -> tuple[str, bytes, str]:
    row = await db.get(PromotionRequest, invoice.promotion_request_id)
    profile = await db.get(ProviderProfile, invoice.profile_id)
    user = await db.get(User, profile.user_id) if profile else None
    if row is None or profile is None or user is None:
        raise LookupError(f"invoice {invoice.id} lost its request or provider")
    filename = f"kring-{_(N_('invoice'))}-{invoice.number}.pdf"
    billed = await billed_party(db, profile, user)
    return filename, invoice_pdf(invoice, row, billed, language), "application/pdf"


async def invoice_attachment(
    db: AsyncSession, invoice_id: str, language: Language
) -> tuple[str, bytes, str]:
    invoice = await db.get(ProviderInvoice, uuid.UUID(invoice_id))
    if invoice is None:
        raise LookupError(f"invoice {invoice_id} is gone")
    return await invoice_document(db, invoice, language)
