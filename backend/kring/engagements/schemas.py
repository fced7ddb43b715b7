"""Request and response bodies for engagements and the calendar feed. From the engagement on,
both sides see each other's contact details."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from kring.kit.address import DutchAddressRead
from kring.kit.types import Text
from kring.models.match import EngagementStatus

Reason = Annotated[str, Text(min_length=1, max_length=1000)]


class PauseBody(BaseModel):
    """Pause the engagement for a while, saying why."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"reason": "Truus is op vakantie."}]})

    reason: Reason


class ResumptionBody(BaseModel):
    """Resume a paused engagement."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"reason": None}]})

    reason: Reason | None = None


class EndBody(BaseModel):
    """End the engagement for good, saying why."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"reason": "Truus verhuist."}]})

    reason: Reason


class HelperContact(BaseModel):
    id: uuid.UUID
    first_name: str
    last_name: str | None
    phone: str | None = Field(description="Their phone for questions, if they gave one.")
    email: str
    photo_url: str | None


class HelpSeekerContact(BaseModel):
    first_name: str
    last_name: str
    phone: str
    email: str | None
    address: DutchAddressRead


class PartnerContact(BaseModel):
    name: str
    email: str
    phone: str | None


class EngagementRead(BaseModel):
    """A helper working for a help seeker, with both sides' contact details."""

    id: uuid.UUID
    dossier_id: uuid.UUID
    proposal_id: uuid.UUID
    status: EngagementStatus
    day_parts: dict[str, list[str]]
    hourly_rate_cents: int | None
    started_at: datetime
    pause_reason: str | None
    ended_at: datetime | None
    end_reason: str | None
    helper: HelperContact
    help_seeker: HelpSeekerContact
    partner: PartnerContact


class CalendarFeedState(BaseModel):
    active: bool
    created_at: datetime | None


class CalendarFeedAddress(BaseModel):
    url: str = Field(description="The private address: shown once, keep it to yourself.")
