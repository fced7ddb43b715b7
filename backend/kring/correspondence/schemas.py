"""Request and response bodies for questions and correspondence: asking, a thread as the asker
and as staff read it, the asker's list and staff's queue."""

from __future__ import annotations

import re
import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from kring.kit.i18n import _
from kring.kit.types import Text
from kring.models.correspondence import MAX_MESSAGE_LENGTH, ThreadStatus

_CONTROL = re.compile("[\x00-\x1f\x7f]")


def _one_line(value: str) -> str:
    # The subject heads the e-mail that tells the asker about an answer.
    if _CONTROL.search(value):
        raise ValueError(_("Write the subject on one line."))
    return value


Subject = Annotated[str, Text(min_length=1, max_length=200), AfterValidator(_one_line)]
Body = Annotated[str, Text(min_length=1, max_length=MAX_MESSAGE_LENGTH)]
ThreadView = Literal["open", "all"]
QueueView = Literal["waiting", "all"]

_ID = "0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e0f"
_PROJECT = "0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e10"
_WHEN = "2026-12-07T09:30:00Z"


class QuestionCreate(BaseModel):
    """A new question: its subject and the first message."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "subject": "Extra dienst tijdens de feestdagen",
                    "body": "Kunnen jullie op 24 december een extra avonddienst inplannen?",
                }
            ]
        }
    )

    subject: Subject
    body: Body


class MessageCreate(BaseModel):
    """A message in a thread: the asker's follow-up, or staff's answer."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"body": "Dank u wel, dat is duidelijk."}]}
    )

    body: Body


class MessageRead(BaseModel):
    """One message; `from_supplier` for the answers of Kring's staff."""

    id: uuid.UUID
    author_name: str
    from_supplier: bool
    body: str
    created_at: datetime


class ThreadSummary(BaseModel):
    """A thread in the asker's list: `unread` while an answer has not been read yet,
    `waiting_for_answer` while the supplier has not answered the asker's last message."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": _ID,
                    "subject": "Extra dienst tijdens de feestdagen",
                    "project_id": _PROJECT,
                    "project_name": "Woonvoorziening De Linde",
                    "status": "open",
                    "created_at": _WHEN,
                    "last_message_at": _WHEN,
                    "unread": True,
                    "waiting_for_answer": False,
                }
            ]
        }
    )

    id: uuid.UUID
    subject: str
    project_id: uuid.UUID | None
    project_name: str | None = Field(description="None for a general question.")
    status: ThreadStatus
    created_at: datetime
    last_message_at: datetime
    unread: bool
    waiting_for_answer: bool


class UnreadCount(BaseModel):
    """How many of my threads have an answer I have not read yet."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"unread": 2}]})

    unread: int


class ThreadRead(ThreadSummary):
    """A thread with its messages, oldest first, as the asker reads it."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": _ID,
                    "subject": "Extra dienst tijdens de feestdagen",
                    "project_id": _PROJECT,
                    "project_name": "Woonvoorziening De Linde",
                    "status": "open",
                    "created_at": _WHEN,
                    "last_message_at": _WHEN,
                    "unread": False,
                    "waiting_for_answer": True,
                    "closed_at": None,
                    "messages": [
                        {
                            "id": _ID,
                            "author_name": "Petra de Vries",
                            "from_supplier": False,
                            "body": "Kunnen jullie op 24 december een extra avonddienst inplannen?",
                            "created_at": _WHEN,
                        }
                    ],
                }
            ]
        }
    )

    closed_at: datetime | None
    messages: list[MessageRead]


class QueueItem(BaseModel):
    """A thread in staff's queue: whose it is, and how long it has waited for an answer."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": _ID,
                    "subject": "Extra dienst tijdens de feestdagen",
                    "organisation_id": _ID,
                    "organisation_name": "Zorggroep De Linde",
                    "project_id": _PROJECT,
                    "project_name": "Woonvoorziening De Linde",
                    "asker_name": "Petra de Vries",
                    "status": "open",
                    "created_at": _WHEN,
                    "last_message_at": _WHEN,
                    "awaiting_answer_since": _WHEN,
                    "waiting_days": 3,
                }
            ]
        }
    )

    id: uuid.UUID
    subject: str
    organisation_id: uuid.UUID
    organisation_name: str
    project_id: uuid.UUID | None
    project_name: str | None
    asker_name: str
    status: ThreadStatus
    created_at: datetime
    last_message_at: datetime
    awaiting_answer_since: datetime | None
    waiting_days: int | None = Field(
        description="Whole days the asker has waited for an answer; None when not waiting."
    )


class Asker(BaseModel):
    """Who asked: their name and e-mail address as they are now."""

    id: uuid.UUID
    name: str
    email: str


class StaffThreadRead(QueueItem):
    """A thread as staff read it: the queue's facts, the asker, the messages oldest first."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": _ID,
                    "subject": "Extra dienst tijdens de feestdagen",
                    "organisation_id": _ID,
                    "organisation_name": "Zorggroep De Linde",
                    "project_id": _PROJECT,
                    "project_name": "Woonvoorziening De Linde",
                    "asker_name": "Petra de Vries",
                    "status": "open",
                    "created_at": _WHEN,
                    "last_message_at": _WHEN,
                    "awaiting_answer_since": _WHEN,
                    "waiting_days": 3,
                    "asker": {"id": _ID, "name": "Petra de Vries", "email": "petra@linde.example"},
                    "closed_at": None,
                    "answered_at": None,
                    "messages": [],
                }
            ]
        }
    )

    asker: Asker
    closed_at: datetime | None
    answered_at: datetime | None
    messages: list[MessageRead]
