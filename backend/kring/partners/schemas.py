"""Request and response bodies for partner access."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, EmailStr, Field

from kring.kit.people import PhoneNumber
from kring.kit.types import Text
from kring.models.partner import PartnerAccessStatus

OrganisationName = Annotated[str, Text(min_length=1, max_length=200)]
JobTitle = Annotated[str, Text(min_length=1, max_length=100)]
Reason = Annotated[str, Text(min_length=1, max_length=1000)]


class PartnerAccessRequestCreate(BaseModel):
    """Ask for partner access for the organisation you work for; with its KvK or enterprise
    number Kring links the request to the organisation if it knows it."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "organisation_name": "Buurtteam Utrecht Oost",
                    "country": "NL",
                    "registration_number": "41234567",
                    "job_title": "Buurtwerker",
                    "work_email": "sanne@buurtteam.example",
                    "work_phone": "030 123 4567",
                    "reason": "Ik begeleid ouderen in de wijk die hulp thuis zoeken.",
                }
            ]
        }
    )

    organisation_name: OrganisationName
    country: Literal["NL", "BE"] = "NL"
    registration_number: Annotated[str, Text(max_length=20)] | None = Field(
        default=None, description="KvK number (NL, 8 digits) or enterprise number (BE, 10 digits)."
    )
    job_title: JobTitle
    work_email: EmailStr
    work_phone: PhoneNumber = Field(description="A phone number Kring may call to check.")
    reason: Reason = Field(description="Why you need partner access.")


class PartnerAccessRefusal(BaseModel):
    """Refuse a request; the reason is mailed to the person who asked."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"reason": "We konden uw organisatie niet bereiken."}]}
    )

    reason: Reason


class PartnerAccessRequestRead(BaseModel):
    """A request as the person who asked sees it."""

    id: uuid.UUID
    status: PartnerAccessStatus
    organisation_id: uuid.UUID | None = Field(description="The organisation Kring knows, if any.")
    organisation_name: str = Field(description="Its name as Kring knows it, or as given.")
    country: Literal["NL", "BE"]
    registration_number: str | None
    job_title: str
    work_email: str
    work_phone: str
    reason: str
    requested_at: datetime
    deadline_at: datetime = Field(description="Kring answers by then (48 hours).")
    decided_at: datetime | None
    refusal_reason: str | None


class PartnerStanding(StrEnum):
    none = "none"  # never asked
    requested = "requested"
    accepted = "accepted"
    refused = "refused"


class PartnerAccess(BaseModel):
    """Whether I am a verified partner, and my latest request."""

    standing: PartnerStanding = Field(
        description="accepted: a verified partner; requested: waiting for Kring's answer."
    )
    can_request: bool = Field(description="No request waiting, and not yet accepted.")
    latest: PartnerAccessRequestRead | None


class PartnerAccessRequestSummary(PartnerAccessRequestRead):
    """A request as staff see it: with the person who asked, and whether it is overdue."""

    user_id: uuid.UUID
    requester_name: str
    requester_email: str
    overdue: bool = Field(description="Still open past its 48-hour deadline.")
