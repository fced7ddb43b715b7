"""Request and response bodies for match proposals: what a partner sends a helper, the helper's
answer, and the proposal as both sides see it (no contact details before an engagement)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from kring.kit.day_parts import Day, DayPart
from kring.kit.types import Text
from kring.models.match import ProposalStatus

Reason = Annotated[str, Text(min_length=1, max_length=1000)]
DayParts = dict[Day, Annotated[list[DayPart], Field(min_length=1, max_length=3)]]


class ProposalCreate(BaseModel):
    """A proposal to a helper: what help, which day-parts, and the first meeting."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "helper_id": "0193a4b2-7c1e-7a3c-9d52-3f1e2d4c5b6a",
                    "message": "Truus zoekt hulp bij de boodschappen op maandagochtend.",
                    "skill_ids": ["0193a4b2-7c1e-7a3c-9d52-3f1e2d4c5b6b"],
                    "day_parts": {"monday": ["morning"]},
                    "meeting_at": "2027-01-04T10:00:00+01:00",
                    "hourly_rate_cents": None,
                }
            ]
        }
    )

    helper_id: uuid.UUID
    message: Annotated[str, Text(min_length=1, max_length=2000)]
    skill_ids: Annotated[list[uuid.UUID], Field(min_length=1, max_length=30)] = Field(
        description="Some of the dossier's skills."
    )
    day_parts: DayParts = Field(min_length=1, description="Some of the dossier's day-parts.")
    meeting_at: AwareDatetime | None = Field(
        default=None, description="The first meeting, in the future; null is 'to be agreed'."
    )
    hourly_rate_cents: int | None = Field(
        default=None,
        ge=100,
        le=20000,
        description="Only for a paid helper; their own rate when left out.",
    )


class AcceptanceBody(BaseModel):
    """Accept the proposal, at its moment or at another one."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"other_moment": None}]})

    other_moment: AwareDatetime | None = Field(
        default=None, description="Another first-meeting moment (in the future), if any."
    )


class DeclineBody(BaseModel):
    """Decline the proposal, saying why."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"reason": "Op maandag werk ik al elders."}]}
    )

    reason: Reason


class EndingBody(BaseModel):
    """End after the first meeting: it did not click."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"reason": "Het klikte niet tijdens de kennismaking."}]}
    )

    reason: Reason


class HelperShown(BaseModel):
    id: uuid.UUID
    first_name: str
    photo_url: str | None


class SkillShown(BaseModel):
    id: uuid.UUID
    name: str


class ProposalRead(BaseModel):
    """A proposal as the partner and the helper see it: the help seeker's first name and city,
    the helper's first name and photo; contact details only come with an engagement."""

    id: uuid.UUID
    dossier_id: uuid.UUID
    helper: HelperShown
    help_seeker_first_name: str
    city: str
    status: ProposalStatus
    message: str
    skills: list[SkillShown]
    day_parts: dict[str, list[str]]
    meeting_at: datetime | None = Field(description="Null: to be agreed.")
    counter_meeting_at: datetime | None = Field(description="The helper's other moment.")
    hourly_rate_cents: int | None
    expires_at: datetime
    answered_at: datetime | None
    decline_reason: str | None
    partner_confirmed_at: datetime | None
    helper_confirmed_at: datetime | None
    end_reason: str | None
    sent_by_name: str | None
    created_at: datetime
    engagement_id: uuid.UUID | None
