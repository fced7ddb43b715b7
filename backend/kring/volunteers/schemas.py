"""What the volunteer list shows and what a member sends: never an address, e-mail address,
phone number or coordinates of anyone."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from kring.kit.i18n import _
from kring.kit.types import Text

MAX_RECIPIENTS = 200
MAX_SUBJECT_LENGTH = 120
MAX_TEXT_LENGTH = 2000

_ID = "0193a0c4-7f1e-7b3a-9c1d-2e4f5a6b7c8d"

Subject = Annotated[str, Text(min_length=1, max_length=MAX_SUBJECT_LENGTH)]
Body = Annotated[str, Text(min_length=1, max_length=MAX_TEXT_LENGTH)]


class VolunteerSkill(BaseModel):
    id: uuid.UUID
    slug: str
    name: str = Field(description="In the reader's language.")


class VolunteerNeighbourhood(BaseModel):
    id: uuid.UUID
    name: str


class Volunteer(BaseModel):
    """A resident available as a volunteer, named the way neighbours see each other."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "resident_id": _ID,
                    "display_name": "Anna B.",
                    "neighbourhood": {"id": _ID, "name": "Wittevrouwen"},
                    "skills": [{"id": _ID, "slug": "groceries", "name": "Boodschappen"}],
                    "about": "Ik help graag met de computer.",
                }
            ]
        }
    )

    resident_id: uuid.UUID
    display_name: str
    neighbourhood: VolunteerNeighbourhood
    skills: list[VolunteerSkill]
    about: str | None


class VolunteerMessage(BaseModel):
    """A private message in Kring, or an e-mail sent by Kring in the organisation's name (its
    reply link leads to the conversation in Kring); nobody's address is shown to the other."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "resident_ids": [_ID],
                    "channel": "email",
                    "subject": "Vrijwilligers gezocht voor de buurtmaaltijd",
                    "text": "Wie helpt op 12 maart met koken?",
                }
            ]
        }
    )

    resident_ids: list[uuid.UUID] = Field(min_length=1, max_length=MAX_RECIPIENTS)
    channel: Literal["message", "email"]
    subject: Subject | None = Field(default=None, description="For an e-mail only, and needed.")
    text: Body = Field(description="Plain text.")

    @field_validator("resident_ids")
    @classmethod
    def _once_each(cls, value: list[uuid.UUID]) -> list[uuid.UUID]:
        if len(set(value)) != len(value):
            raise ValueError(_("Name each resident once."))
        return value


class VolunteerMessageResult(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"sent": 12, "skipped_blocked": 1}]})

    sent: int
    skipped_blocked: int = Field(description="Residents left out: a block between you and them.")
