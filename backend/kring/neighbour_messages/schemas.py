"""Request and response bodies for private messages between neighbours, blocks, reports and
staff's handling of reports. A conversation about an anonymous post never names the
neighbourhood worker who posted it to the other side: no name, no id."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from kring.kit.i18n import _
from kring.kit.types import Text
from kring.models.neighbour_message import MAX_MESSAGE_LENGTH, MAX_REPORT_LENGTH, ReportSubject

Body = Annotated[str, Text(min_length=1, max_length=MAX_MESSAGE_LENGTH)]
Reason = Annotated[str, Text(min_length=1, max_length=MAX_REPORT_LENGTH)]
Outcome = Annotated[str, Text(min_length=1, max_length=1000)]
ReportView = Literal["open", "handled"]

_ID = "0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e0f"
_OTHER = "0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e10"
_WHEN = "2026-12-07T09:30:00Z"


class ConversationCreate(BaseModel):
    """The first message to a neighbour (`to_user_id`), about a post (`post_id`), or both.
    With a post and no person, it goes to whoever posted it."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"to_user_id": _ID, "body": "Ik kan zaterdag de boodschappen voor u doen."},
                {"post_id": _OTHER, "body": "Ik heb een ladder, zal ik hem brengen?"},
            ]
        }
    )

    to_user_id: uuid.UUID | None = None
    post_id: uuid.UUID | None = None
    body: Body

    @model_validator(mode="after")
    def _someone(self) -> ConversationCreate:
        if self.to_user_id is None and self.post_id is None:
            raise ValueError(_("Choose the person or the post you write about."))
        return self


class NeighbourMessageCreate(BaseModel):
    """A message in a conversation: plain text."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"body": "Dank je, tot zaterdag!"}]})

    body: Body


class NeighbourMessageRead(BaseModel):
    """One message; `mine` when the reader wrote it."""

    id: uuid.UUID
    mine: bool
    body: str
    created_at: datetime


class ConversationSummary(BaseModel):
    """A conversation in my list. The other side is named by first name and initial; about an
    anonymous post they wrote, the neighbourhood worker is only "the neighbourhood worker"
    (`other_user_id` null)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": _ID,
                    "post_id": None,
                    "post_title": None,
                    "organisation_name": None,
                    "other_user_id": _OTHER,
                    "other_name": "Anna V.",
                    "other_is_neighbourhood_worker": False,
                    "last_message_at": _WHEN,
                    "last_message_excerpt": "Dank je, tot zaterdag!",
                    "last_message_mine": False,
                    "unread_count": 1,
                }
            ]
        }
    )

    id: uuid.UUID
    post_id: uuid.UUID | None
    post_title: str | None
    organisation_name: str | None = Field(
        default=None,
        description="The municipality or social service the conversation is with: its member "
        "wrote to me as a volunteer (their name then ends with it).",
    )
    other_user_id: uuid.UUID | None = Field(description="None when the other side is hidden.")
    other_name: str
    other_is_neighbourhood_worker: bool = Field(
        description="True when the other side is the anonymous post's neighbourhood worker."
    )
    last_message_at: datetime | None
    last_message_excerpt: str | None
    last_message_mine: bool
    unread_count: int


class ConversationRead(ConversationSummary):
    """A conversation with a page of its messages, the newest first; `next_cursor` fetches
    older ones."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": _ID,
                    "post_id": None,
                    "post_title": None,
                    "other_user_id": _OTHER,
                    "other_name": "Anna V.",
                    "other_is_neighbourhood_worker": False,
                    "last_message_at": _WHEN,
                    "last_message_excerpt": "Dank je, tot zaterdag!",
                    "last_message_mine": False,
                    "unread_count": 1,
                    "messages": [
                        {"id": _ID, "mine": False, "body": "Dank je!", "created_at": _WHEN}
                    ],
                    "next_cursor": None,
                    "blocked_by_me": False,
                }
            ]
        }
    )

    messages: list[NeighbourMessageRead]
    next_cursor: str | None
    blocked_by_me: bool = Field(
        description="I blocked the other person: no messages either way until I lift it."
    )


class UnreadTotals(BaseModel):
    """How many conversations, and messages in them, I have not read yet."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"conversations": 2, "messages": 3}]})

    conversations: int
    messages: int


class BlockRead(BaseModel):
    """Someone I blocked: no messages either way."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"user_id": _ID, "name": "Anna V.", "blocked_at": _WHEN}]}
    )

    user_id: uuid.UUID
    name: str
    blocked_at: datetime


class ReportCreate(BaseModel):
    """Report a post, a reply, a message or a person to Kring's staff."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "subject_type": "message",
                    "subject_id": _ID,
                    "reason": "Dit bericht is beledigend.",
                }
            ]
        }
    )

    subject_type: ReportSubject
    subject_id: uuid.UUID
    reason: Reason


class ReportRead(BaseModel):
    """My report, as I see it: whom it is about stays with staff."""

    id: uuid.UUID
    subject_type: ReportSubject
    subject_id: uuid.UUID
    status: str
    created_at: datetime


class QueuedReport(BaseModel):
    """A report in staff's queue."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": _ID,
                    "subject_type": "post",
                    "subject_id": _OTHER,
                    "neighbourhood_id": _ID,
                    "neighbourhood_name": "Lombok",
                    "reporter_user_id": _ID,
                    "reporter_name": "Anna de Vries",
                    "reported_user_id": _OTHER,
                    "reported_name": "Bert Jansen",
                    "reason": "Reclame, geen hulpvraag.",
                    "status": "open",
                    "created_at": _WHEN,
                    "age_hours": 5,
                    "handled_at": None,
                    "outcome": None,
                }
            ]
        }
    )

    id: uuid.UUID
    subject_type: ReportSubject
    subject_id: uuid.UUID
    neighbourhood_id: uuid.UUID | None
    neighbourhood_name: str | None
    reporter_user_id: uuid.UUID
    reporter_name: str
    reported_user_id: uuid.UUID
    reported_name: str
    reason: str
    status: str
    created_at: datetime
    age_hours: int = Field(description="Whole hours since the report arrived.")
    handled_at: datetime | None
    outcome: str | None


class StaffReportRead(QueuedReport):
    """A report with what was reported (reading a reported message is audited)."""

    subject_title: str | None = Field(description="A post's title.")
    subject_text: str | None = Field(description="The post's, reply's or message's text.")
    subject_hidden_at: datetime | None
    reported_suspended_at: datetime | None
    reported_is_resident: bool


class ReportHandle(BaseModel):
    """Staff's decision: what they did, whether the post or reply is hidden, whether the
    reported resident is suspended (with the reason they are told)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "outcome": "Reclame verwijderd.",
                    "hide_subject": True,
                    "suspend_person": False,
                    "suspension_reason": None,
                }
            ]
        }
    )

    outcome: Outcome
    hide_subject: bool = False
    suspend_person: bool = False
    suspension_reason: Outcome | None = None


class SuspensionCreate(BaseModel):
    """Why the resident is suspended."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"reason": "Herhaaldelijk beledigende berichten."}]}
    )

    reason: Outcome


class SuspensionRead(BaseModel):
    """A resident's suspension: none when `suspended_at` is null."""

    user_id: uuid.UUID
    suspended_at: datetime | None
    suspension_reason: str | None
