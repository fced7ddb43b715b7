"""The receipt for the administrative fee as a PDF (fpdf2), in the payer's language."""

from __future__ import annotations

import uuid

from fpdf import FPDF
from sqlalchemy.ext.asyncio import AsyncSession

from kring.dossiers import service as dossiers
from kring.kit.i18n import N_, Language, _, current_language, set_language
from kring.kit.money import pdf_money
from kring.models.payment import Payment
from kring.models.provider import ProviderProfile
from kring.models.user import User
from kring.providers.service import BilledParty, billed_party


def receipt_pdf(payment: Payment, billed: BilledParty, language: Language) -> bytes:
    dossier_fee = payment.dossier_id is not None
    previous = current_language()
    set_language(language)
    try:
        pdf = FPDF(format="A4")
        pdf.set_title(_(N_("Receipt")))
        pdf.set_author("Kring")
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 20)
        pdf.cell(0, 12, "Kring", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "B", 14)
        pdf.cell(0, 10, _(N_("Receipt")), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 11)
        paid_on = payment.paid_at.date().isoformat() if payment.paid_at else ""
        for label, value in (
            (_(N_("Reference")), payment.external_id),
            (_(N_("Paid on")), paid_on),
            (_(N_("Paid by")), billed.name),
            (_(N_("Company")), billed.company_name or "-"),
            (_(N_("KvK number")), billed.kvk_number or "-"),
        ):
            pdf.cell(45, 7, label)
            pdf.cell(0, 7, value, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)
        net = payment.amount_cents - payment.vat_cents
        rows = (
            (_(N_("Registration fee")) if dossier_fee else _(N_("Administrative fee")), net, ""),
            (_(N_("VAT {percent}%"), percent=21), payment.vat_cents, ""),
            (_(N_("Total including VAT")), payment.amount_cents, "B"),
        )
        for label, cents, style in rows:
            pdf.set_font("Helvetica", style, 11)
            pdf.cell(120, 8, label, border="B")
            pdf.cell(0, 8, pdf_money(cents), border="B", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(8)
        pdf.set_font("Helvetica", "", 10)
        if not dossier_fee:
            pdf.multi_cell(0, 6, _(N_("The fee is deducted from your first promotion package.")))
        return bytes(pdf.output())
    finally:
        set_language(previous)


async def receipt_attachment(
    db: AsyncSession, payment_id: str, language: Language
) -> tuple[str, bytes, str]:
    payment = await db.get(Payment, uuid.UUID(payment_id))
    if payment is None:
        raise LookupError(f"payment {payment_id} is gone")
    filename = f"kring-{_(N_('receipt'))}-{payment.external_id}.pdf"
    if payment.dossier_id is not None:
        payer, _first_name = await dossiers.fee_payer(db, payment.dossier_id)
        paid_by = BilledParty(name=payer.display_name, company_name=None, kvk_number=None)
        return filename, receipt_pdf(payment, paid_by, language), "application/pdf"
    profile = await db.get(ProviderProfile, payment.profile_id)
    user = await db.get(User, profile.user_id) if profile else None
    if profile is None or user is None:
        raise LookupError(f"payment {payment_id} has no provider")
    # Also after the provider is erased: the fiscal record kept for the retention period.
    billed = await billed_party(db, profile, user)
    return filename, receipt_pdf(payment, billed, language), "application/pdf"
