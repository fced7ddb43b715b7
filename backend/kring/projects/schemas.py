"""Request and response bodies for projects, their members and their shifts."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from kring.kit.address import DutchAddress, DutchAddressRead
from kring.kit.i18n import _
from kring.kit.types import Text
from kring.models.project import ProjectKind, ShiftFunction, ShiftStatus

ProjectName = Annotated[str, Text(min_length=1, max_length=200)]
Description = Annotated[str, Text(max_length=2000)]
WorkerName = Annotated[str, Text(min_length=1, max_length=200)]
ShiftNote = Annotated[str, Text(max_length=500)]
ProjectView = Literal["mine", "all"]
ShiftsWhen = Literal["upcoming", "past"]


def _whole_minutes(value: time) -> time:
    """Shifts are planned in whole minutes, without a time zone (the local time on site)."""
    if value.tzinfo is not None:
        raise ValueError(_("Give a time of day without a time zone, like 07:30."))
    if value.second or value.microsecond:
        raise ValueError(_("Give a time in whole minutes, like 07:30."))
    return value


TimeOfDay = Annotated[time, AfterValidator(_whole_minutes)]
BreakMinutes = Annotated[int, Field(ge=0, le=240, description="Unpaid break, 0 to 240 minutes.")]
RateCents = Annotated[int, Field(ge=1, le=100_000, description="The hourly rate in cents.")]

_ADDRESS: dict[str, Any] = {
    "street": "Lindelaan",
    "house_number": "12",
    "house_number_addition": None,
    "postcode": "3511 AB",
    "city": "Utrecht",
}
_LEADER: dict[str, Any] = {
    "id": "0193a1b2-0000-7000-8000-0000000000c1",
    "name": "Karin Smit",
    "email": "karin.smit@kring.example",
    "phone": "+31302345678",
}


# --- what the portal shows ---------------------------------------------------------------------


class ProjectLeader(BaseModel):
    """The internal project leader: a care manager of the supplier."""

    id: uuid.UUID
    name: str
    email: str
    phone: str | None = Field(description="Their phone for questions, when they gave one.")


class ProjectSummary(BaseModel):
    """A project in a list."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "0193a1b2-0000-7000-8000-0000000000b1",
                    "name": "Woonvoorziening De Linde",
                    "kind": "residential",
                    "city": "Utrecht",
                    "starts_on": "2026-01-01",
                    "ends_on": None,
                    "current": True,
                    "leader_name": "Karin Smit",
                    "member_count": 3,
                    "i_am_member": True,
                }
            ]
        }
    )

    id: uuid.UUID
    name: str
    kind: ProjectKind
    city: str | None
    starts_on: date
    ends_on: date | None
    current: bool = Field(description="Not ended: no end date, or one from today on.")
    leader_name: str
    member_count: int
    i_am_member: bool = Field(description="Whether my membership is one of its members.")


class ProjectMemberRead(BaseModel):
    """A contact person who is a member of the project."""

    membership_id: uuid.UUID
    name: str
    function_code: int | None
    function_on_business_card: str | None
    email_services: bool = Field(description="Gets a service confirmation for every shift.")
    contact_for_all_projects: bool


class ProjectRead(BaseModel):
    """A project with its address, its leader and its members."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "0193a1b2-0000-7000-8000-0000000000b1",
                    "organisation_id": "0193a1b2-0000-7000-8000-0000000000a1",
                    "name": "Woonvoorziening De Linde",
                    "kind": "residential",
                    "description": "Twaalf appartementen met zorg op afroep.",
                    "address": _ADDRESS,
                    "starts_on": "2026-01-01",
                    "ends_on": None,
                    "current": True,
                    "leader": _LEADER,
                    "members": [
                        {
                            "membership_id": "0193a1b2-0000-7000-8000-0000000000d1",
                            "name": "Petra de Vries",
                            "function_code": 221,
                            "function_on_business_card": "Planner",
                            "email_services": True,
                            "contact_for_all_projects": False,
                        }
                    ],
                    "i_am_member": True,
                }
            ]
        }
    )

    id: uuid.UUID
    organisation_id: uuid.UUID
    name: str
    kind: ProjectKind
    description: str | None
    address: DutchAddressRead | None
    starts_on: date
    ends_on: date | None
    current: bool
    leader: ProjectLeader
    members: list[ProjectMemberRead]
    i_am_member: bool


class ShiftRead(BaseModel):
    """A shift: an end at or before the start is on the next day; hours exclude the break."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "0193a1b2-0000-7000-8000-0000000000e1",
                    "works_on": "2026-12-08",
                    "starts_at": "07:00:00",
                    "ends_at": "15:30:00",
                    "break_minutes": 30,
                    "function": "nurse",
                    "worker_name": "Sanne Bakker",
                    "hours": "8.00",
                    "status": "planned",
                }
            ]
        }
    )

    id: uuid.UUID
    works_on: date
    starts_at: time
    ends_at: time
    break_minutes: int
    function: ShiftFunction
    worker_name: str
    hours: Decimal
    status: ShiftStatus


# --- staff -------------------------------------------------------------------------------------


class StaffProjectSummary(ProjectSummary):
    """A project in the staff console's list."""

    organisation_id: uuid.UUID
    organisation_name: str
    leader_id: uuid.UUID


class StaffProjectRead(ProjectRead):
    """A project as staff read it."""

    organisation_name: str


class StaffShiftRead(ShiftRead):
    """A shift as staff keep it."""

    hourly_rate_cents: int
    note: str | None
    invoiced: bool
    confirmed_at: datetime | None


class ProjectCreate(BaseModel):
    """A new project of a care organisation or umbrella organisation."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "organisation_id": "0193a1b2-0000-7000-8000-0000000000a1",
                    "name": "Woonvoorziening De Linde",
                    "kind": "residential",
                    "description": "Twaalf appartementen met zorg op afroep.",
                    "address": _ADDRESS,
                    "starts_on": "2026-01-01",
                    "ends_on": None,
                    "leader_id": "0193a1b2-0000-7000-8000-0000000000c1",
                }
            ]
        },
    )

    organisation_id: uuid.UUID
    name: ProjectName
    kind: ProjectKind
    description: Description | None = None
    address: DutchAddress | None = None
    starts_on: date = Field(ge=date(2000, 1, 1), lt=date(2100, 1, 1))
    ends_on: date | None = Field(default=None, ge=date(2000, 1, 1), lt=date(2100, 1, 1))
    leader_id: uuid.UUID = Field(description="An active staff member with the care manager role.")


class ProjectUpdate(BaseModel):
    """Change a project's details, leader or dates; what is left out stays."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"ends_on": "2027-06-30", "name": "De Linde (oost)"}]},
    )

    name: ProjectName | None = None
    kind: ProjectKind | None = None
    description: Description | None = None
    address: DutchAddress | None = None
    starts_on: date | None = Field(default=None, ge=date(2000, 1, 1), lt=date(2100, 1, 1))
    ends_on: date | None = Field(default=None, ge=date(2000, 1, 1), lt=date(2100, 1, 1))
    leader_id: uuid.UUID | None = None


class CareManager(BaseModel):
    """A staff member who may lead projects."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"id": _LEADER["id"], "name": _LEADER["name"], "email": _LEADER["email"]}]
        }
    )

    id: uuid.UUID
    name: str
    email: str


class ShiftCreate(BaseModel):
    """A planned shift in the project (on a day between its start and end)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "works_on": "2026-12-08",
                    "starts_at": "22:00",
                    "ends_at": "07:00",
                    "break_minutes": 30,
                    "function": "nurse",
                    "worker_name": "Sanne Bakker",
                    "hourly_rate_cents": 5200,
                    "note": "Nachtdienst",
                }
            ]
        },
    )

    works_on: date = Field(ge=date(2000, 1, 1), lt=date(2100, 1, 1))
    starts_at: TimeOfDay
    ends_at: TimeOfDay = Field(description="At or before the start: on the next day.")
    break_minutes: BreakMinutes = 0
    function: ShiftFunction
    worker_name: WorkerName
    hourly_rate_cents: RateCents | None = Field(
        default=None, description="Left out: the function's standard rate."
    )
    note: ShiftNote | None = None


class ShiftUpdate(BaseModel):
    """Correct a shift that is not invoiced; what is left out stays."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"ends_at": "16:00", "worker_name": "Sanne Bakker"}]},
    )

    works_on: date | None = Field(default=None, ge=date(2000, 1, 1), lt=date(2100, 1, 1))
    starts_at: TimeOfDay | None = None
    ends_at: TimeOfDay | None = None
    break_minutes: BreakMinutes | None = None
    function: ShiftFunction | None = None
    worker_name: WorkerName | None = None
    hourly_rate_cents: RateCents | None = None
    note: ShiftNote | None = None


class ShiftConfirmed(StaffShiftRead):
    """The confirmed shift and how many service confirmations were queued."""

    mails_queued: int
