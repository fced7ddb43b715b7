"""Dossiers of help seekers: the resumable wizard, the statuses and their history, reading a
dossier and its own access log (NEN 7513: every read, list hit, change, export and print is in
the audit trail). Proxies and transfers are in `sharing`; who may do what in `access`."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.principal import Principal
from kring.config import Settings
from kring.dossiers.access import (
    ALL_RIGHTS,
    Access,
    access_of,
    change_status,
    managing,
    may_be_matched,
    record,
    staff_access,
)
from kring.dossiers.repository import DossierRepository, StaffDossierRepository
from kring.dossiers.schemas import (
    AccessLogEntry,
    BankRead,
    BankStep,
    DossierCreate,
    DossierRead,
    DossierSummary,
    HelpRead,
    HelpStep,
    PersonShown,
    SkillShown,
    StatusChangeRead,
    TermsRead,
    TermsStep,
    WhenRead,
    WhenStep,
    WhoRead,
    WhoStep,
)
from kring.dossiers.sharing import transfer_read
from kring.kit import money as pricing
from kring.kit.address import DutchAddressRead
from kring.kit.clock import Clock
from kring.kit.day_parts import bits_to_day_parts, day_parts_to_bits
from kring.kit.errors import Conflict, Forbidden, InvalidInput
from kring.kit.i18n import N_, current_language
from kring.kit.pagination import Page, PageRequest
from kring.kit.working_days import AMSTERDAM
from kring.models.dossier import (
    Dossier,
    DossierStatus,
    DossierStatusChange,
    DossierStep,
    ProxyRight,
)
from kring.models.user import User
from kring.places.service import AddressQuery, geocoder_for

# The versions of the texts a manager accepts in the wizard's last step.
TERMS_VERSION = "2026-12"
PRIVACY_VERSION = "2026-12"
STEPS = tuple(DossierStep)

# What other domains may use (payments: the registration fee; proposals and engagements: who a
# person is to a dossier, the audit and the status changes).
__all__ = [
    "PRIVACY_VERSION",
    "TERMS_VERSION",
    "Access",
    "access_of",
    "change_status",
    "fee_paid",
    "fee_payer",
    "fee_payments_reader",
    "fee_to_pay",
    "managing",
    "may_be_matched",
    "reader_access",
    "record",
    "record_payment_started",
    "staff_access",
    "staff_reader_access",
]


# --- reading ---------------------------------------------------------------------------------


async def _read(db: AsyncSession, access: Access) -> DossierRead:
    dossier = access.dossier
    repository = DossierRepository(db)
    manager = await repository.user(dossier.manager_user_id)
    accepted_by = (
        await repository.user(dossier.terms_accepted_by_user_id)
        if dossier.terms_accepted_by_user_id
        else None
    )
    transfer = await repository.open_transfer(dossier.id) if access.is_manager else None
    language = current_language()
    steps = [DossierStep(s) for s in dossier.completed_steps]
    paid = dossier.paid_at is not None
    see_bank = bool({ProxyRight.see_payments, ProxyRight.manage} & access.rights)
    address = DutchAddressRead.stored(
        dossier.street,
        dossier.house_number,
        dossier.house_number_addition,
        dossier.postcode,
        dossier.city,
    )
    assert address is not None  # the columns are required
    return DossierRead(
        id=dossier.id,
        status=DossierStatus(dossier.status),
        paused_from=DossierStatus(dossier.paused_from) if dossier.paused_from else None,
        closed_reason=dossier.closed_reason,
        completed_steps=steps,
        next_step=next((s for s in STEPS if s not in steps), None),
        my_role=access.role,
        my_rights=sorted(ProxyRight(r) for r in access.rights),
        manager=PersonShown(id=manager.id, name=manager.display_name),
        self_managed=dossier.help_seeker_user_id == dossier.manager_user_id,
        who=WhoRead(
            first_name=dossier.first_name,
            name_prefix=dossier.name_prefix,
            last_name=dossier.last_name,
            birth_year=dossier.birth_year,
            address=address,
            located=dossier.latitude is not None,
            languages=dossier.languages,
            phone=dossier.phone,
            email=dossier.email,
        ),
        help=HelpRead(
            skills=[
                SkillShown(id=s.id, name=getattr(s, f"name_{language}"))
                for s in await repository.skills(dossier.id)
            ],
            text=dossier.help_text,
        ),
        when=WhenRead(
            day_parts=bits_to_day_parts(dossier.day_parts),
            how_often=dossier.how_often,
            starts_on=dossier.starts_on,
        ),
        bank=BankRead(
            iban=dossier.iban if see_bank else _masked(dossier.iban),
            account_holder=dossier.account_holder,
        ),
        terms=TermsRead(
            terms_version=dossier.terms_version,
            privacy_version=dossier.privacy_version,
            accepted_at=dossier.terms_accepted_at,
            accepted_by_name=accepted_by.display_name if accepted_by else None,
            current_terms_version=TERMS_VERSION,
            current_privacy_version=PRIVACY_VERSION,
        ),
        paid=paid,
        fee_cents=pricing.ADMIN_FEE_CENTS,
        can_submit=(
            dossier.status == DossierStatus.awaiting_payment
            and paid
            and await may_be_matched(db, dossier)
        ),
        open_transfer=transfer_read(transfer) if transfer else None,
        history=[
            StatusChangeRead(
                at=row.created_at,
                from_status=row.from_status,
                to_status=row.to_status,
                by_name=row.by_name or None,
                reason=row.reason,
            )
            for row in await repository.history(dossier.id)
        ],
        created_at=dossier.created_at,
    )


async def read_as(db: AsyncSession, access: Access) -> DossierRead:
    """The dossier as this reader may see it, unaudited: the caller records why (an export)."""
    return await _read(db, access)


def _masked(iban: str | None) -> str | None:
    return None if iban is None else f"{iban[:4]} **** {iban[-4:]}"


async def get(db: AsyncSession, principal: Principal, dossier_id: uuid.UUID) -> DossierRead:
    """One dossier; every read is audited."""
    access = await access_of(db, principal, dossier_id)
    await record(db, principal, "dossier.viewed", dossier_id, access.audit_details(principal))
    return await _read(db, access)


async def staff_get(db: AsyncSession, principal: Principal, dossier_id: uuid.UUID) -> DossierRead:
    access = await staff_access(db, principal, dossier_id)
    await record(db, principal, "dossier.viewed", dossier_id, access.audit_details(principal))
    return await _read(db, access)


def _summary(row: Any) -> DossierSummary:
    return DossierSummary(
        id=row.id,
        status=row.status,
        help_seeker_name=row.help_seeker_name,
        city=row.city,
        completed_steps=row.completed_steps,
        my_role=row.my_role,
        created_at=row.created_at,
    )


async def list_dossiers(
    db: AsyncSession,
    principal: Principal,
    q: str | None,
    status: DossierStatus | None,
    page: PageRequest,
) -> Page[DossierSummary]:
    """The person's dossiers; each one shown is audited (a search hit is a read)."""
    found = await DossierRepository(db).page_of(principal, q, status, page, _summary)
    await audit.record_many(
        db,
        principal,
        "dossier.listed",
        subject_type="dossier",
        subject_ids=[d.id for d in found.items],
        details={"q": q} if q else None,
        details_of={d.id: {"as": d.my_role} for d in found.items},
        organisation_id=principal.acting_organisation_id,
    )
    return found


async def staff_list(
    db: AsyncSession,
    principal: Principal,
    q: str | None,
    status: DossierStatus | None,
    page: PageRequest,
) -> Page[DossierSummary]:
    found = await StaffDossierRepository(db).staff_page(principal, q, status, page, _summary)
    await audit.record_many(
        db,
        principal,
        "dossier.listed",
        subject_type="dossier",
        subject_ids=[d.id for d in found.items],
        details={"as": "staff", "staff_role": principal.staff_role, **({"q": q} if q else {})},
    )
    return found


def _log_entry(row: Any) -> AccessLogEntry:
    details = row.details or {}
    role = details.get("as")
    if row.actor_user_id is None:
        role = "system"
    elif role == "staff" or (role is None and row.staff_role):
        role = details.get("staff_role") or row.staff_role or "staff"
    return AccessLogEntry(
        at=row.created_at,
        action=row.action,
        who_name=(row.who_name or None) if row.actor_user_id else None,
        who_role=role or "manager",
        ip=row.ip,
    )


async def access_log(
    db: AsyncSession, principal: Principal, dossier_id: uuid.UUID, page: PageRequest
) -> Page[AccessLogEntry]:
    """For the help seeker and the manager: who did what with the dossier."""
    access = await access_of(db, principal, dossier_id)
    if access.role not in ("manager", "help_seeker"):
        raise Forbidden(N_("Only the help seeker and the dossier's manager see who looked at it."))
    found = await DossierRepository(db).access_log(dossier_id, page, _log_entry)
    await record(
        db, principal, "dossier.access_log_viewed", dossier_id, access.audit_details(principal)
    )
    return found


async def staff_access_log(
    db: AsyncSession, principal: Principal, dossier_id: uuid.UUID, page: PageRequest
) -> Page[AccessLogEntry]:
    access = await staff_access(db, principal, dossier_id)
    found = await DossierRepository(db).access_log(dossier_id, page, _log_entry)
    await record(
        db, principal, "dossier.access_log_viewed", dossier_id, access.audit_details(principal)
    )
    return found


# --- the wizard ------------------------------------------------------------------------------


async def _set_who(
    db: AsyncSession, settings: Settings, clock: Clock, dossier: Dossier, body: WhoStep
) -> None:
    if body.phone is None:
        raise InvalidInput.on("phone", N_("Give a phone number helpers and Kring can call."))
    if body.birth_year > clock.now().astimezone(AMSTERDAM).year:
        raise InvalidInput.on("birth_year", N_("Give a birth year between 1900 and this year."))
    address = body.address
    dossier.first_name = body.first_name
    dossier.name_prefix = body.name_prefix
    dossier.last_name = body.last_name
    dossier.birth_year = body.birth_year
    dossier.street = address.street
    dossier.house_number = address.house_number
    dossier.house_number_addition = address.house_number_addition
    dossier.postcode = address.postcode
    dossier.city = address.city
    dossier.languages = list(body.languages)
    dossier.phone = body.phone
    dossier.email = str(body.email) if body.email else None
    location = await geocoder_for(settings).geocode(
        db, AddressQuery(address.postcode, address.house_number, address.city)
    )
    dossier.latitude = location.latitude if location else None
    dossier.longitude = location.longitude if location else None


def _complete(dossier: Dossier, step: DossierStep) -> None:
    if step not in dossier.completed_steps:
        dossier.completed_steps = [s for s in STEPS if s in {*dossier.completed_steps, step}]


async def create(
    db: AsyncSession, principal: Principal, settings: Settings, clock: Clock, body: DossierCreate
) -> DossierRead:
    """The wizard's first step (who) makes the dossier, managed by the person who made it."""
    dossier = Dossier(
        manager_user_id=principal.user_id,
        help_seeker_user_id=principal.user_id if body.for_self else None,
        status=DossierStatus.draft,
        completed_steps=[],
        status_changed_at=clock.now(),
    )
    await _set_who(db, settings, clock, dossier, body)
    _complete(dossier, DossierStep.who)
    db.add(dossier)
    await db.flush()
    db.add(
        DossierStatusChange(
            dossier_id=dossier.id,
            changed_by_user_id=principal.user_id,
            from_status=None,
            to_status=DossierStatus.draft,
        )
    )
    access = Access(dossier, "manager", ALL_RIGHTS)
    await record(
        db,
        principal,
        "dossier.created",
        dossier.id,
        access.audit_details(principal, for_self=body.for_self),
    )
    return await _read(db, access)


async def _step_saved(
    db: AsyncSession, principal: Principal, clock: Clock, access: Access, step: DossierStep
) -> DossierRead:
    dossier = access.dossier
    _complete(dossier, step)
    if dossier.status == DossierStatus.draft and len(dossier.completed_steps) == len(STEPS):
        change_status(db, dossier, DossierStatus.awaiting_payment, principal.user_id, clock.now())
    await record(
        db, principal, "dossier.changed", dossier.id, access.audit_details(principal, step=step)
    )
    return await _read(db, access)


async def save_who(
    db: AsyncSession,
    principal: Principal,
    settings: Settings,
    clock: Clock,
    dossier_id: uuid.UUID,
    body: WhoStep,
) -> DossierRead:
    access = await managing(db, principal, dossier_id)
    await _set_who(db, settings, clock, access.dossier, body)
    return await _step_saved(db, principal, clock, access, DossierStep.who)


async def save_help(
    db: AsyncSession, principal: Principal, clock: Clock, dossier_id: uuid.UUID, body: HelpStep
) -> DossierRead:
    access = await managing(db, principal, dossier_id)
    wanted = list(dict.fromkeys(body.skill_ids))
    repository = DossierRepository(db)
    if set(wanted) - await repository.known_skills(wanted):
        raise InvalidInput.on("skill_ids", N_("Choose skills from the skills list."))
    await repository.set_skills(access.dossier.id, wanted)
    access.dossier.help_text = body.text
    return await _step_saved(db, principal, clock, access, DossierStep.help)


async def save_when(
    db: AsyncSession, principal: Principal, clock: Clock, dossier_id: uuid.UUID, body: WhenStep
) -> DossierRead:
    access = await managing(db, principal, dossier_id)
    dossier = access.dossier
    today = clock.now().astimezone(AMSTERDAM).date()
    if body.starts_on != dossier.starts_on and not today <= body.starts_on <= _years_on(today, 2):
        raise InvalidInput.on("starts_on", N_("Choose a date from today up to two years ahead."))
    dossier.day_parts = day_parts_to_bits(dict(body.day_parts.items()))
    dossier.how_often = body.how_often
    dossier.starts_on = body.starts_on
    return await _step_saved(db, principal, clock, access, DossierStep.when)


def _years_on(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


async def save_bank(
    db: AsyncSession, principal: Principal, clock: Clock, dossier_id: uuid.UUID, body: BankStep
) -> DossierRead:
    access = await managing(db, principal, dossier_id)
    access.dossier.iban = body.iban
    access.dossier.account_holder = body.account_holder
    return await _step_saved(db, principal, clock, access, DossierStep.bank)


async def accept_terms(
    db: AsyncSession, principal: Principal, clock: Clock, dossier_id: uuid.UUID, body: TermsStep
) -> DossierRead:
    """The versions accepted must be the current ones; by whom and when is kept."""
    if body.terms_version != TERMS_VERSION:
        raise InvalidInput.on("terms_version", N_("Accept the current version of the terms."))
    if body.privacy_version != PRIVACY_VERSION:
        raise InvalidInput.on(
            "privacy_version", N_("Accept the current version of the privacy policy.")
        )
    access = await managing(db, principal, dossier_id)
    dossier = access.dossier
    dossier.terms_version = TERMS_VERSION
    dossier.privacy_version = PRIVACY_VERSION
    dossier.terms_accepted_at = clock.now()
    dossier.terms_accepted_by_user_id = principal.user_id
    return await _step_saved(db, principal, clock, access, DossierStep.terms)


# --- statuses --------------------------------------------------------------------------------


async def _status_changed(
    db: AsyncSession, principal: Principal, access: Access, reason: str | None
) -> DossierRead:
    await record(
        db,
        principal,
        "dossier.status_changed",
        access.dossier.id,
        access.audit_details(principal, status=access.dossier.status, reason=reason),
    )
    return await _read(db, access)


async def submit(
    db: AsyncSession, principal: Principal, clock: Clock, dossier_id: uuid.UUID
) -> DossierRead:
    """Have a complete, paid dossier matched: only when its manager is a verified partner or
    the help seeker themself."""
    access = await managing(db, principal, dossier_id)
    dossier = access.dossier
    if dossier.status == DossierStatus.draft:
        raise Conflict(N_("Finish every step of the dossier first."))
    if dossier.status != DossierStatus.awaiting_payment:
        raise Conflict(N_("This dossier has already been submitted for matching."))
    if dossier.paid_at is None:
        raise Conflict(N_("Pay the registration fee first."))
    if not await may_be_matched(db, dossier):
        raise Conflict(
            N_(
                "The dossier's manager has no verified partner access yet: it can be "
                "submitted for matching once Kring has accepted the partner access request."
            )
        )
    change_status(db, dossier, DossierStatus.searching, principal.user_id, clock.now())
    return await _status_changed(db, principal, access, None)


async def pause(
    db: AsyncSession, principal: Principal, clock: Clock, dossier_id: uuid.UUID, reason: str | None
) -> DossierRead:
    access = await managing(db, principal, dossier_id)
    dossier = access.dossier
    if dossier.status not in (DossierStatus.searching, DossierStatus.matched):
        raise Conflict(N_("Only a dossier that is searching or matched can be paused."))
    paused_from = dossier.status
    change_status(db, dossier, DossierStatus.paused, principal.user_id, clock.now(), reason)
    dossier.paused_from = paused_from
    return await _status_changed(db, principal, access, reason)


async def resume(
    db: AsyncSession, principal: Principal, clock: Clock, dossier_id: uuid.UUID, reason: str | None
) -> DossierRead:
    access = await managing(db, principal, dossier_id)
    dossier = access.dossier
    if dossier.status != DossierStatus.paused or dossier.paused_from is None:
        raise Conflict(N_("This dossier is not paused."))
    back = DossierStatus(dossier.paused_from)
    dossier.paused_from = None
    change_status(db, dossier, back, principal.user_id, clock.now(), reason)
    return await _status_changed(db, principal, access, reason)


async def close(
    db: AsyncSession, principal: Principal, clock: Clock, dossier_id: uuid.UUID, reason: str
) -> DossierRead:
    """For good; the dossier and its history stay readable."""
    access = await managing(db, principal, dossier_id)
    dossier = access.dossier
    dossier.paused_from = None
    dossier.closed_reason = reason
    change_status(db, dossier, DossierStatus.closed, principal.user_id, clock.now(), reason)
    return await _status_changed(db, principal, access, reason)


async def fee_paid(db: AsyncSession, dossier_id: uuid.UUID, paid_at: datetime) -> DossierStatus:
    """The payment provider says the registration fee is paid: the dossier goes searching
    when its manager may have it matched; else it waits for them (`submit`)."""
    dossier = await DossierRepository(db).locked(dossier_id)
    dossier.paid_at = dossier.paid_at or paid_at
    if dossier.status == DossierStatus.awaiting_payment and await may_be_matched(db, dossier):
        change_status(db, dossier, DossierStatus.searching, None, paid_at)
    await db.flush()
    return DossierStatus(dossier.status)


async def fee_to_pay(db: AsyncSession, principal: Principal, dossier_id: uuid.UUID) -> Dossier:
    """The dossier, locked, whose registration fee the principal may pay now: complete and not
    yet paid, for its manager or a proxy who may manage it."""
    access = await managing(db, principal, dossier_id)
    dossier = access.dossier
    if dossier.paid_at is not None:
        raise Conflict(N_("The registration fee has already been paid."))
    if dossier.status != DossierStatus.awaiting_payment:
        raise Conflict(N_("Finish every step of the dossier first."))
    return dossier


async def fee_payments_reader(
    db: AsyncSession, principal: Principal, dossier_id: uuid.UUID
) -> Dossier:
    """The dossier, for whoever may see its payments."""
    access = await access_of(db, principal, dossier_id)
    if not {ProxyRight.see_payments, ProxyRight.manage} & access.rights:
        raise Forbidden(N_("You may not see this dossier's payments."))
    return access.dossier


async def record_payment_started(
    db: AsyncSession, principal: Principal, dossier_id: uuid.UUID, payment_id: uuid.UUID
) -> None:
    await record(db, principal, "dossier.payment_started", dossier_id, {"payment": str(payment_id)})


async def fee_payer(db: AsyncSession, dossier_id: uuid.UUID) -> tuple[User, str]:
    """Who the receipt is for (the dossier's manager) and the help seeker's first name."""
    dossier = await db.get(Dossier, dossier_id)
    assert dossier is not None  # a foreign key
    return await DossierRepository(db).user(dossier.manager_user_id), dossier.first_name


async def reader_access(db: AsyncSession, principal: Principal, dossier_id: uuid.UUID) -> Access:
    """The dossier and the principal's role in it, for whoever may read it (404 otherwise);
    unaudited: the caller records what was read (matching: suggestions, helpers near)."""
    return await access_of(db, principal, dossier_id)


async def staff_reader_access(
    db: AsyncSession, principal: Principal, dossier_id: uuid.UUID
) -> Access:
    """`reader_access` for staff whose role may view dossiers (404 for any other principal)."""
    return await staff_access(db, principal, dossier_id)
