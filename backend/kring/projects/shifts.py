"""Staff keep a project's shifts: plan one, correct it while it is not invoiced, confirm it
(which queues the service confirmations) or cancel it. Each change locks the shift's row, so two
confirmations at once mail one set; every change is audited."""

from __future__ import annotations

import uuid
from datetime import date, time
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.principal import Principal
from kring.config import Settings
from kring.kit.clock import Clock
from kring.kit.errors import Conflict, InvalidInput
from kring.kit.format import local_date
from kring.kit.i18n import N_, Language, translate
from kring.kit.links import portal_link
from kring.kit.repository import Repository
from kring.models.organisation import Membership
from kring.models.project import Project, ProjectMember, Shift, ShiftFunction, ShiftStatus
from kring.models.user import User, UserStatus
from kring.notifications.service import mail_payload, queue_mails
from kring.projects.repository import StaffProjectRepository
from kring.projects.schemas import ShiftCreate, ShiftUpdate

# The standard hourly rate of each function (in cents), when staff give none.
STANDARD_RATES: dict[ShiftFunction, int] = {
    ShiftFunction.nurse: 5200,
    ShiftFunction.carer: 4600,
    ShiftFunction.care_assistant: 3900,
    ShiftFunction.support_worker: 4300,
    ShiftFunction.domestic_help: 3100,
    ShiftFunction.host: 2900,
}
# The functions as the confirmations name them, in the reader's language.
FUNCTION_NAMES: dict[ShiftFunction, str] = {
    ShiftFunction.nurse: N_("Nurse"),
    ShiftFunction.carer: N_("Carer"),
    ShiftFunction.care_assistant: N_("Care assistant"),
    ShiftFunction.support_worker: N_("Support worker"),
    ShiftFunction.domestic_help: N_("Domestic help"),
    ShiftFunction.host: N_("Host"),
}
_REQUIRED = ("works_on", "starts_at", "ends_at", "break_minutes", "function", "worker_name")
_INVOICED = N_("This shift is on an invoice: it can no longer change.")


class StaffShiftRepository(Repository[Shift, Principal]):
    """Staff with `view_projects` (or more) reach every shift (the route checked the role)."""

    model = Shift

    def readable(self, principal: Principal) -> Select[Shift]:
        return select(Shift)


def _minutes(moment: time) -> int:
    return moment.hour * 60 + moment.minute


def _check(project: Project, works_on: date, starts_at: time, ends_at: time, pause: int) -> None:
    """The day within the project's dates; a shift of some length, its break shorter."""
    if works_on < project.starts_on or (project.ends_on and works_on > project.ends_on):
        raise InvalidInput.on(
            "works_on", N_("Choose a day between the project's start and end dates.")
        )
    if starts_at == ends_at:
        raise InvalidInput.on("ends_at", N_("A shift ends at another time than it starts."))
    length = (_minutes(ends_at) - _minutes(starts_at)) % (24 * 60)
    if pause >= length:
        raise InvalidInput.on("break_minutes", N_("The break must be shorter than the shift."))


async def _audit(
    db: AsyncSession,
    principal: Principal,
    action: str,
    shift: Shift,
    project: Project,
    details: dict[str, Any] | None = None,
) -> None:
    await audit.record(
        db,
        principal,
        action,
        subject_type="shift",
        subject_id=shift.id,
        organisation_id=project.organisation_id,
        details={"project_id": str(project.id), **(details or {})},
    )


async def create_shift(
    db: AsyncSession, principal: Principal, project_id: uuid.UUID, body: ShiftCreate
) -> Shift:
    project = await StaffProjectRepository(db).get(principal, project_id)
    _check(project, body.works_on, body.starts_at, body.ends_at, body.break_minutes)
    shift = Shift(
        project_id=project.id,
        works_on=body.works_on,
        starts_at=body.starts_at,
        ends_at=body.ends_at,
        break_minutes=body.break_minutes,
        function=body.function,
        worker_name=body.worker_name,
        hourly_rate_cents=body.hourly_rate_cents or STANDARD_RATES[body.function],
        note=body.note or None,
        status=ShiftStatus.planned,
    )
    db.add(shift)
    await db.flush()
    await _audit(db, principal, "shift.created", shift, project, {"works_on": str(shift.works_on)})
    return shift


async def _locked(
    db: AsyncSession, principal: Principal, shift_id: uuid.UUID
) -> tuple[Shift, Project]:
    """The shift, locked (a change follows), and its project."""
    shift = await StaffShiftRepository(db).get(principal, shift_id, for_update=True)
    project = await StaffProjectRepository(db).get(principal, shift.project_id)
    return shift, project


async def update_shift(
    db: AsyncSession, principal: Principal, shift_id: uuid.UUID, body: ShiftUpdate
) -> tuple[Shift, Project]:
    """A planned shift changes freely; a confirmed one is corrected (no new mails) while it is
    not on an invoice; a cancelled one stays as it is."""
    shift, project = await _locked(db, principal, shift_id)
    if shift.invoice_id is not None:
        raise Conflict(_INVOICED)
    if shift.status == ShiftStatus.cancelled:
        raise Conflict(N_("This shift is cancelled: plan a new one instead."))
    changes: dict[str, Any] = body.model_dump(exclude_unset=True)
    for field in _REQUIRED:
        if field in changes and changes[field] is None:
            raise InvalidInput.on(field, N_("This field is required."))
    if "hourly_rate_cents" in changes and changes["hourly_rate_cents"] is None:
        function = ShiftFunction(changes.get("function") or shift.function)
        changes["hourly_rate_cents"] = STANDARD_RATES[function]
    merged = {
        field: changes.get(field, getattr(shift, field))
        for field in ("works_on", "starts_at", "ends_at", "break_minutes")
    }
    _check(project, *merged.values())
    for field, value in changes.items():
        setattr(shift, field, (value or None) if field == "note" else value)
    await db.flush()
    details = {"fields": sorted(changes), "status": shift.status}
    await _audit(db, principal, "shift.changed", shift, project, details)
    return shift, project


def _day_and_times(shift: Shift, language: Language) -> dict[str, Any]:
    return {
        "day": local_date(shift.works_on, language),
        "starts_at": shift.starts_at.strftime("%H:%M"),
        "ends_at": shift.ends_at.strftime("%H:%M"),
        "next_day": shift.ends_at <= shift.starts_at,
    }


def _address(project: Project) -> str:
    if project.street is None:
        return ""
    number = " ".join(p for p in (project.house_number, project.house_number_addition) if p)
    return f"{project.street} {number}, {project.postcode} {project.city}"


async def _confirmations(
    db: AsyncSession, settings: Settings, shift: Shift, project: Project
) -> list[dict[str, Any]]:
    """One mail per member of the project who asked for service e-mails and may use the portal
    (an active account with portal access: a contact without log-in gets no mail), each in the
    person's own language."""
    readers = await db.execute(
        select(User.email, User.first_name, User.language)
        .select_from(ProjectMember)
        .join(Membership, Membership.id == ProjectMember.membership_id)
        .join(User, User.id == Membership.user_id)
        .where(
            ProjectMember.project_id == project.id,
            Membership.email_services.is_(True),
            Membership.portal_employee.is_(True),
            User.status == UserStatus.active,
        )
        .order_by(User.email)
    )
    link = portal_link(settings, "pro", f"projects/{project.id}")
    mails = []
    for reader in readers:
        language: Language = reader.language  # checked by the database
        context = {
            "first_name": reader.first_name,
            "project": project.name,
            "function": translate(FUNCTION_NAMES[ShiftFunction(shift.function)], language),
            "worker": shift.worker_name,
            "address": _address(project),
            "link": link,
            **_day_and_times(shift, language),
        }
        mails.append(
            mail_payload(
                to=reader.email, template="shift_confirmed", language=language, context=context
            )
        )
    return mails


async def confirm_shift(
    db: AsyncSession, principal: Principal, settings: Settings, clock: Clock, shift_id: uuid.UUID
) -> tuple[Shift, Project, int]:
    """Planned -> confirmed; the service confirmations go out through the outbox once this
    commits (the worker sends them). A second confirmation waits for the lock and is refused."""
    shift, project = await _locked(db, principal, shift_id)
    if shift.status != ShiftStatus.planned:
        raise Conflict(N_("Only a planned shift can be confirmed."))
    shift.status = ShiftStatus.confirmed
    shift.confirmed_at = clock.now()
    shift.confirmed_by_id = principal.user_id
    await db.flush()
    mails = await _confirmations(db, settings, shift, project)
    await queue_mails(db, mails)
    await _audit(db, principal, "shift.confirmed", shift, project, {"mails": len(mails)})
    return shift, project, len(mails)


async def cancel_shift(
    db: AsyncSession, principal: Principal, shift_id: uuid.UUID
) -> tuple[Shift, Project]:
    """A planned or confirmed shift not on an invoice; no mails (the members were told of the
    confirmation only)."""
    shift, project = await _locked(db, principal, shift_id)
    if shift.invoice_id is not None:
        raise Conflict(_INVOICED)
    if shift.status == ShiftStatus.cancelled:
        raise Conflict(N_("This shift is cancelled already."))
    was = shift.status
    shift.status = ShiftStatus.cancelled
    shift.confirmed_at = None
    shift.confirmed_by_id = None
    await db.flush()
    await _audit(db, principal, "shift.cancelled", shift, project, {"was": was})
    return shift, project
