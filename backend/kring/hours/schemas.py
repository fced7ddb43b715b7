"""Request and response bodies for hours: an entry as the helper logs it, as both sides read it,
the dossier's month to approve, and the monthly statements."""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime, time
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from kring.kit.i18n import _
from kring.kit.types import Text
from kring.models.timesheet import EntryStatus

Note = Annotated[str, Text(max_length=500)]
Reason = Annotated[str, Text(min_length=1, max_length=1000)]
MONTH_PATTERN = r"^20[0-9]{2}-(0[1-9]|1[0-2])$"


def _whole_minutes(value: time | None) -> time | None:
    if value is not None and (value.second or value.microsecond or value.tzinfo is not None):
        raise ValueError(_("Give a time in hours and minutes, like 09:30."))
    return value


Clock = Annotated[time, AfterValidator(_whole_minutes)]


def month_start(month: str) -> date:
    """`2026-11` as the first day of that month."""
    if not re.fullmatch(MONTH_PATTERN, month):
        raise ValueError(month)
    return date(int(month[:4]), int(month[5:]), 1)


class EntryFields(BaseModel):
    """When and how long: a start and an end (the break is taken off), or only a duration
    (the service checks which was given)."""

    model_config = ConfigDict(extra="forbid")

    work_date: date
    starts_at: Clock | None = Field(default=None, description="Local time, like 09:00.")
    ends_at: Clock | None = Field(default=None, description="Local time, after the start.")
    break_minutes: int = Field(default=0, ge=0, le=600)
    minutes: int | None = Field(
        default=None, ge=1, le=1440, description="Only without a start and an end: worked time."
    )
    note: Note = ""

    def worked_minutes(self) -> int:
        if self.starts_at is None or self.ends_at is None:
            assert self.minutes is not None
            return self.minutes
        return (
            (self.ends_at.hour * 60 + self.ends_at.minute)
            - (self.starts_at.hour * 60 + self.starts_at.minute)
            - self.break_minutes
        )


class EntryCreate(EntryFields):
    """Hours for one day of an engagement."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "engagement_id": "0193a1b2-0000-7000-8000-000000000001",
                    "work_date": "2026-12-03",
                    "starts_at": "09:00",
                    "ends_at": "12:00",
                    "break_minutes": 15,
                    "note": "Boodschappen gedaan en koffie gedronken.",
                }
            ]
        },
    )

    engagement_id: uuid.UUID


class EntryUpdate(EntryFields):
    """The whole entry again: for an entry not yet approved, or a rejected one to fix."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"work_date": "2026-12-03", "minutes": 150, "note": "Zonder pauze."}]
        },
    )


class RejectionBody(BaseModel):
    """Why the hours are not approved: the helper reads it."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"reason": "Je was er die dag tot 11 uur."}]},
    )

    reason: Reason


class MonthApprovalBody(BaseModel):
    """Approve every entry of the month that waits (optionally of one engagement)."""

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"month": "2026-11"}]}
    )

    month: Annotated[str, Text(min_length=7, max_length=7, pattern=MONTH_PATTERN)]
    engagement_id: uuid.UUID | None = None
    entry_ids: Annotated[list[uuid.UUID], Field(max_length=1000)] | None = Field(
        default=None,
        description="The waiting entries the approver saw: others (logged since) stay waiting.",
    )


class EntryRead(BaseModel):
    """An entry as the helper and the dossier's side read it."""

    id: uuid.UUID
    engagement_id: uuid.UUID
    dossier_id: uuid.UUID
    helper_first_name: str
    help_seeker_first_name: str
    work_date: date
    starts_at: time | None
    ends_at: time | None
    break_minutes: int
    minutes: int
    note: str
    hourly_rate_cents: int | None
    amount_cents: int | None = Field(description="Shown to who may see payments, and the helper.")
    status: EntryStatus
    corrects_entry_id: uuid.UUID | None
    decided_at: datetime | None
    decided_by_name: str | None
    reject_reason: str | None
    paid: bool = Field(description="In a payment run already.")
    created_at: datetime


class MonthTotals(BaseModel):
    entries: int
    minutes: int
    amount_cents: int | None


class DossierHours(BaseModel):
    """A dossier's hours of one month, with what waits, what is approved, and which months still
    have hours waiting for approval."""

    month: str
    entries: list[EntryRead]
    waiting: MonthTotals
    approved: MonthTotals
    months_waiting: list[str] = Field(description="Months with hours waiting, oldest first.")
    may_approve: bool


class ApprovalResult(BaseModel):
    approved: int = Field(description="How many entries this request approved.")
    minutes: int


class UsualTime(BaseModel):
    starts_at: time
    ends_at: time


class HoursEngagement(BaseModel):
    """An engagement the helper logs hours for, with its usual times per weekday."""

    id: uuid.UUID
    dossier_id: uuid.UUID
    help_seeker_first_name: str
    status: Literal["active", "paused", "ended"]
    started_on: date
    ended_on: date | None
    hourly_rate_cents: int | None
    usual_times: dict[str, UsualTime] = Field(description="By weekday (monday ... sunday).")


class HelperHoursStart(BaseModel):
    """What the quick entry needs: the engagements, and the one logged for last."""

    engagements: list[HoursEngagement]
    last_engagement_id: uuid.UUID | None
    today: date = Field(description="Today in the Netherlands and Belgium.")


class StatementSummary(BaseModel):
    """A month of an engagement with approved hours."""

    engagement_id: uuid.UUID
    helper_first_name: str
    help_seeker_first_name: str
    month: str
    days: int
    minutes: int
    amount_cents: int | None


class OverdueDossier(BaseModel):
    """A dossier with hours of an earlier month still waiting for approval."""

    dossier_id: uuid.UUID
    help_seeker_first_name: str
    manager_name: str
    manager_email: str
    oldest_work_date: date
    entries: int
    minutes: int
