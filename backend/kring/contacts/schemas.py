"""Request and response bodies for contact requests."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, EmailStr, Field

from kring.kit.pagination import Page
from kring.kit.people import Name, PhoneNumber
from kring.kit.rating import Rating
from kring.kit.types import BigIntId, Text
from kring.models.contact import ContactStatus

Text2000 = Annotated[str, Text(min_length=1, max_length=2000)]


class ContactRequestCreate(BaseModel):
    """The contact form on a provider's profile. `website` must stay empty (a trap for robots)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "name": "Jan Janssen",
                    "email": "jan@example.org",
                    "phone": "06 12345678",
                    "member_number": None,
                    "location": "3511 AX Utrecht",
                    "place_id": 2745912,
                    "for_whom": "self",
                    "message": "Kunt u volgende week een lamp ophangen?",
                    "website": "",
                }
            ]
        }
    )

    name: Name
    email: EmailStr
    phone: Annotated[PhoneNumber, Field(description="Landline or mobile.")]
    member_number: Annotated[str, Text(max_length=20, pattern=r"^[0-9A-Za-z-]*$")] | None = None
    location: Annotated[str, Text(min_length=2, max_length=100)]
    place_id: BigIntId | None = Field(
        default=None, description="The place from `/places`, if chosen."
    )
    for_whom: Literal["self", "other"]
    message: Text2000
    website: Annotated[str, Text(max_length=200)] = ""


class ContactReceipt(BaseModel):
    """The request is on its way; the provider answers within two working days."""

    answer_by: datetime


class ContactRequestRead(BaseModel):
    """A request in the provider's inbox, with its deadline."""

    id: uuid.UUID
    received_at: datetime
    name: str
    email: str
    phone: str
    member_number: str | None
    location: str
    for_whom: Literal["self", "other"]
    message: str
    status: ContactStatus
    deadline_at: datetime
    overdue: bool = Field(description="Not answered and past its deadline.")
    answered_at: datetime | None
    handled_at: datetime | None
    note: str
    appointment_on: date | None


class ContactRequestUpdate(BaseModel):
    """Mark a request in progress or handled (with an optional note and appointment date)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "status": "handled",
                    "note": "Gebeld, afspraak gemaakt.",
                    "appointment_on": "2026-12-03",
                }
            ]
        }
    )

    status: Literal["in_progress", "handled"]
    note: Annotated[str, Text(max_length=1000)] = ""
    appointment_on: date | None = None


class InboxPage(Page[ContactRequestRead]):
    """A page of the inbox, with how many requests there are, open and overdue in all."""

    total: int
    open: int = Field(description="Not answered yet.")
    overdue: int


class WeekCount(BaseModel):
    week_start: date = Field(description="The Monday the week starts on.")
    requests: int


class ResponseFigures(BaseModel):
    requests: int
    appointments: int = Field(description="Handled requests that led to an appointment.")
    answered: int
    median_response_minutes: float | None = Field(description="Arrival to first answer.")
    within_deadline_share: float | None = Field(
        description="Of the requests whose deadline passed or that were answered: the share "
        "answered in time (0-1)."
    )


class ProviderStatistics(ResponseFigures):
    """My figures over a period, the rating (all time) and the requests per week."""

    period_from: date
    period_to: date
    rating: Rating
    per_week: list[WeekCount]


class ProviderResponseTimes(ResponseFigures):
    """One provider's figures for staff, with the overdue requests now."""

    profile_id: uuid.UUID
    name: str
    email: str
    overdue: int
