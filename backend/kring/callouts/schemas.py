"""Request and response bodies of callouts: writing one (with its questions and the
neighbourhoods it goes to), the organisation's list and its answers table, the resident's feed
cards, form and answer. Plain text everywhere, trimmed."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, EmailStr, Field, PlainValidator

from kring.kit.i18n import _
from kring.kit.types import PlainText, Text, storable_text
from kring.models.callout import (
    MAX_BODY_LENGTH,
    MAX_CHOICE_LENGTH,
    MAX_CHOICES,
    MAX_LABEL_LENGTH,
    MAX_NAME_LENGTH,
    MAX_QUESTIONS,
    MAX_TEXT_ANSWER_LENGTH,
    MAX_TITLE_LENGTH,
    QuestionKind,
)

Title = Annotated[str, Text(min_length=1, max_length=MAX_TITLE_LENGTH)]
Body = Annotated[str, Text(min_length=1, max_length=MAX_BODY_LENGTH)]
Label = Annotated[str, Text(min_length=1, max_length=MAX_LABEL_LENGTH)]
Choice = Annotated[str, Text(min_length=1, max_length=MAX_CHOICE_LENGTH)]
Name = Annotated[str, Text(min_length=1, max_length=MAX_NAME_LENGTH)]
Email = Annotated[EmailStr, Field(max_length=254)]

# The week's day-parts, as `kring.models.callout.DAY_PARTS` (a test keeps them equal).
DayPart = Literal[
    "mon_morning",
    "mon_afternoon",
    "mon_evening",
    "tue_morning",
    "tue_afternoon",
    "tue_evening",
    "wed_morning",
    "wed_afternoon",
    "wed_evening",
    "thu_morning",
    "thu_afternoon",
    "thu_evening",
    "fri_morning",
    "fri_afternoon",
    "fri_evening",
    "sat_morning",
    "sat_afternoon",
    "sat_evening",
    "sun_morning",
    "sun_afternoon",
    "sun_evening",
]
CalloutStatus = Literal["open", "closed", "ended"]


def answer_value(value: Any) -> str | bool | None:
    """Text (trimmed; empty is no answer, as the form sends its empty fields) or true/false;
    whether it fits its question is the service's to check."""
    if value is None:
        return None
    if isinstance(value, bool):
        return bool(value)
    if not isinstance(value, str):
        raise ValueError(_("Must be text, or true or false."))
    text: str = storable_text(value.strip())
    if len(text) > MAX_TEXT_ANSWER_LENGTH:
        raise ValueError(
            _("Use at most {max_length} characters.", max_length=MAX_TEXT_ANSWER_LENGTH)
        )
    return text


# One validator, so a refusal names `answers.<question id>` and nothing after it; it checks the
# text as `PlainText` would (the inner type says so to the input-type walk).
AnswerValue = Annotated[
    PlainText | bool | None,
    PlainValidator(answer_value, json_schema_input_type=str | bool | None),
]

_ID = "0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e0f"
_QUESTION = "0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e10"


class QuestionIn(BaseModel):
    """A question of the form: free text, one of a few choices (2 to 10), or yes/no."""

    kind: QuestionKind
    label: Label
    choices: Annotated[list[Choice], Field(max_length=MAX_CHOICES)] | None = Field(
        default=None, description="Only, and required, for a choice."
    )
    required: bool = False


class CalloutCreate(BaseModel):
    """A new callout, to the neighbourhoods named or to all the organisation serves."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "title": "Wie helpt mee bij de kerstmarkt?",
                    "body": "We zoeken vrijwilligers voor de kraampjes op 19 december.",
                    "ends_on": "2026-12-18",
                    "asks_name": True,
                    "asks_email": True,
                    "asks_availability": True,
                    "questions": [
                        {
                            "kind": "choice",
                            "label": "Waar help je het liefst?",
                            "choices": ["Opbouw", "Kraampjes", "Afbraak"],
                            "required": True,
                        }
                    ],
                    "neighbourhood_ids": None,
                    "all_neighbourhoods": True,
                }
            ]
        }
    )

    title: Title
    body: Body
    ends_on: date = Field(description="The last day it takes answers: today to a year ahead.")
    asks_name: bool = False
    asks_email: bool = False
    asks_availability: bool = False
    questions: Annotated[list[QuestionIn], Field(max_length=MAX_QUESTIONS)] = Field(
        default_factory=list
    )
    neighbourhood_ids: Annotated[list[uuid.UUID], Field(min_length=1, max_length=500)] | None = (
        Field(default=None, description="Neighbourhoods the organisation serves.")
    )
    all_neighbourhoods: bool = Field(
        default=False, description="Every neighbourhood it serves (not archived) instead."
    )


class QuestionRead(BaseModel):
    id: uuid.UUID
    position: int
    kind: QuestionKind
    label: str
    choices: list[str] | None
    required: bool


class NeighbourhoodShown(BaseModel):
    id: uuid.UUID
    name: str


class CalloutSummary(BaseModel):
    """A callout in the organisation's list."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": _ID,
                    "title": "Wie helpt mee bij de kerstmarkt?",
                    "ends_on": "2026-12-18",
                    "status": "open",
                    "created_at": "2026-12-07T09:30:00Z",
                    "neighbourhoods": [{"id": _ID, "name": "Wittevrouwen"}],
                    "answer_count": 12,
                }
            ]
        }
    )

    id: uuid.UUID
    title: str
    ends_on: date
    status: CalloutStatus = Field(description="Closed by a member, or ended (past `ends_on`).")
    created_at: datetime
    neighbourhoods: list[NeighbourhoodShown]
    answer_count: int


class CalloutRead(CalloutSummary):
    """A callout with its text and form."""

    body: str
    asks_name: bool
    asks_email: bool
    asks_availability: bool
    closed_at: datetime | None
    questions: list[QuestionRead]


class AnswerRow(BaseModel):
    """A row of the answers table (personal data: reading it is audited)."""

    id: uuid.UUID
    name: str | None
    email: str | None
    neighbourhood_id: uuid.UUID
    neighbourhood_name: str
    availability: list[DayPart]
    answers: dict[uuid.UUID, str | bool]
    created_at: datetime
    updated_at: datetime


class CalloutInFeed(BaseModel):
    """An open callout on top of a neighbourhood's feed: an external message."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": _ID,
                    "organisation_name": "Gemeente Utrecht",
                    "title": "Wie helpt mee bij de kerstmarkt?",
                    "body": "We zoeken vrijwilligers voor de kraampjes op 19 december.",
                    "ends_on": "2026-12-18",
                    "created_at": "2026-12-07T09:30:00Z",
                    "answered": False,
                }
            ]
        }
    )

    id: uuid.UUID
    organisation_name: str
    title: str
    body: str
    ends_on: date
    created_at: datetime
    answered: bool = Field(description="I answered it (and may change my answer).")


class MyAnswer(BaseModel):
    name: str | None
    email: str | None
    availability: list[DayPart]
    answers: dict[uuid.UUID, str | bool]
    updated_at: datetime


class CalloutForm(CalloutInFeed):
    """A callout's form, my answer if any, and what the form may prefill from my account."""

    asks_name: bool
    asks_email: bool
    asks_availability: bool
    questions: list[QuestionRead]
    open: bool = Field(description="It still takes answers.")
    my_answer: MyAnswer | None
    account_name: str
    account_email: str


class AnswerIn(BaseModel):
    """My answer: name, e-mail and availability when the callout asks them, and a value per
    question (`answers`: question id -> text, one of its choices, or true/false)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "name": "Élise Peeters",
                    "email": "elise@example.org",
                    "availability": ["sat_morning", "sat_afternoon"],
                    "answers": {_QUESTION: "Kraampjes"},
                }
            ]
        }
    )

    name: Name | None = None
    email: Email | None = None
    availability: Annotated[list[DayPart], Field(max_length=21)] = Field(default_factory=list)
    answers: Annotated[dict[uuid.UUID, AnswerValue], Field(max_length=MAX_QUESTIONS)] = Field(
        default_factory=dict
    )
