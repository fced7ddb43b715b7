"""A dossier exported as a PDF (fpdf2) in the reader's language, and the portal's prints: both
are audited (NEN 7513), like every read. Bank details only for whoever may see payments."""

from __future__ import annotations

import uuid
from datetime import datetime

from babel.dates import get_day_names
from sqlalchemy.ext.asyncio import AsyncSession

from kring.auth.principal import Principal
from kring.dossiers.access import access_of, record
from kring.dossiers.schemas import DossierRead
from kring.dossiers.service import read_as
from kring.kit.clock import Clock
from kring.kit.day_parts import DAYS
from kring.kit.format import local_date
from kring.kit.i18n import N_, Language, _, current_language, set_language
from kring.kit.pdf import Document, local_moment, plain
from kring.kit.text import fold
from kring.kit.working_days import AMSTERDAM
from kring.models.dossier import DossierStatus, HowOften, ProxyRight

STATUS_NAMES = {
    DossierStatus.draft: N_("Draft"),
    DossierStatus.awaiting_payment: N_("Awaiting payment"),
    DossierStatus.searching: N_("Searching for a helper"),
    DossierStatus.matched: N_("Helper found"),
    DossierStatus.paused: N_("Paused"),
    DossierStatus.closed: N_("Closed"),
}
HOW_OFTEN_NAMES = {
    HowOften.once: N_("Once"),
    HowOften.weekly: N_("Every week"),
    HowOften.several_times_a_week: N_("Several times a week"),
    HowOften.every_two_weeks: N_("Every two weeks"),
    HowOften.monthly: N_("Once a month"),
}
PART_NAMES = {"morning": N_("morning"), "afternoon": N_("afternoon"), "evening": N_("evening")}


def _day_parts(read: DossierRead, language: Language) -> list[tuple[str, str]]:
    names = get_day_names("wide", locale=language)
    return [
        (str(names[DAYS.index(day)]).capitalize(), ", ".join(_(PART_NAMES[p]) for p in parts))
        for day, parts in read.when.day_parts.items()
    ]


def _history(pdf: Document, read: DossierRead, language: Language) -> None:
    pdf.heading(_(N_("Status and its history")))
    pdf.field(_(N_("Status")), _(STATUS_NAMES[read.status]))
    if read.closed_reason:
        pdf.field(_(N_("Reason for closing")), read.closed_reason)
    for change in read.history:
        before = _(STATUS_NAMES[change.from_status]) if change.from_status else None
        after = _(STATUS_NAMES[change.to_status])
        what = f"{before} > {after}" if before else after
        by = _(N_("by {name}"), name=change.by_name) if change.by_name else _(N_("by Kring"))
        reason = f" ({change.reason})" if change.reason else ""
        pdf.field(local_moment(change.at, language), f"{what}, {by}{reason}")


def dossier_pdf(
    read: DossierRead, see_bank: bool, exported_by: str, now: datetime, language: Language
) -> bytes:
    """The dossier on paper: who, what help, when, bank (if `see_bank`), terms and history."""
    previous = current_language()
    set_language(language)
    try:
        who = read.who
        name = " ".join(p for p in (who.first_name, who.name_prefix, who.last_name) if p)
        moment = local_moment(now, language)
        footer = _(N_("Exported by {name} on {date}"), name=exported_by, date=moment)
        title = plain(_(N_("Dossier of {name}"), name=name))
        pdf = Document(plain(footer))
        pdf.first_page(title)

        pdf.heading(_(N_("Who needs help")))
        address = who.address
        street = " ".join(
            p for p in (address.street, address.house_number, address.house_number_addition) if p
        )
        pdf.field(_(N_("Name")), name)
        pdf.field(_(N_("Birth year")), str(who.birth_year))
        pdf.field(_(N_("Address")), f"{street}, {address.postcode} {address.city}")
        pdf.field(_(N_("Languages")), ", ".join(who.languages))
        pdf.field(_(N_("Phone")), who.phone)
        pdf.field(_(N_("E-mail")), who.email)

        pdf.heading(_(N_("What help")))
        pdf.field(_(N_("Skills")), ", ".join(s.name for s in read.help.skills))
        pdf.field(_(N_("In their own words")), read.help.text)

        pdf.heading(_(N_("When")))
        for day, parts in _day_parts(read, language):
            pdf.field(day, parts)
        how_often = read.when.how_often
        pdf.field(_(N_("How often")), _(HOW_OFTEN_NAMES[how_often]) if how_often else None)
        starts_on = read.when.starts_on
        pdf.field(_(N_("From")), local_date(starts_on, language) if starts_on else None)

        if see_bank:
            pdf.heading(_(N_("Bank details")))
            pdf.field(_(N_("IBAN")), read.bank.iban)
            pdf.field(_(N_("Account holder")), read.bank.account_holder)

        pdf.heading(_(N_("Terms")))
        terms = read.terms
        pdf.field(_(N_("Terms version")), terms.terms_version)
        pdf.field(_(N_("Privacy policy version")), terms.privacy_version)
        pdf.field(_(N_("Accepted by")), terms.accepted_by_name)
        accepted_at = terms.accepted_at
        pdf.field(
            _(N_("Accepted on")), local_moment(accepted_at, language) if accepted_at else None
        )

        _history(pdf, read, language)
        return bytes(pdf.output())
    finally:
        set_language(previous)


async def export_pdf(
    db: AsyncSession, principal: Principal, clock: Clock, dossier_id: uuid.UUID, language: Language
) -> tuple[str, bytes]:
    """The dossier as a PDF and its file name, for whoever may read it; the export is audited."""
    access = await access_of(db, principal, dossier_id)
    await record(db, principal, "dossier.exported", dossier_id, access.audit_details(principal))
    read = await read_as(db, access)
    # Stricter than the screen (which shows a manager-proxy the IBAN): paper travels further.
    see_bank = ProxyRight.see_payments in access.rights
    now = clock.now()
    data = dossier_pdf(read, see_bank, principal.user.display_name, now, language)
    # An ASCII name: it goes into the Content-Disposition header.
    last_name = fold(read.who.last_name).replace(" ", "-") or "dossier"
    return f"kring-dossier-{last_name}-{now.astimezone(AMSTERDAM).date().isoformat()}.pdf", data


async def record_print(db: AsyncSession, principal: Principal, dossier_id: uuid.UUID) -> None:
    """The portal prints the dossier page: audited like an export."""
    access = await access_of(db, principal, dossier_id)
    await record(db, principal, "dossier.printed", dossier_id, access.audit_details(principal))
