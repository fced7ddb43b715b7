"""Callouts (Hoplr's "oproep"): a municipality or social service asks the residents of one,
several or all of the neighbourhoods it serves for help, with structured questions; residents
answer through a form, once each (answering again changes the answer)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, mapped_column

from kring.kit.db import Base, RecordMixin, new_id

MAX_TITLE_LENGTH = 120
MAX_BODY_LENGTH = 4000
MAX_QUESTIONS = 20
MAX_LABEL_LENGTH = 200
MIN_CHOICES, MAX_CHOICES = 2, 10
MAX_CHOICE_LENGTH = 100
MAX_NAME_LENGTH = 100
MAX_TEXT_ANSWER_LENGTH = 1000

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PARTS = ("morning", "afternoon", "evening")
# The week's 21 day-parts, in order: 'mon_morning' .. 'sun_evening'.
DAY_PARTS = tuple(f"{day}_{part}" for day in DAYS for part in PARTS)
_DAY_PARTS_SQL = ", ".join(f"'{p}'" for p in DAY_PARTS)


class QuestionKind(StrEnum):
    text = "text"
    choice = "choice"
    yes_no = "yes_no"


class Callout(RecordMixin, Base):
    """A callout of an organisation; open until closed by its members or past `ends_on`."""

    __tablename__ = "callout"
    __table_args__ = (
        CheckConstraint(
            f"char_length(btrim(title)) BETWEEN 1 AND {MAX_TITLE_LENGTH}", name="title_length"
        ),
        CheckConstraint(
            f"char_length(btrim(body)) BETWEEN 1 AND {MAX_BODY_LENGTH}", name="body_length"
        ),
        # The target of the neighbourhoods' composite key: a callout's neighbourhoods are
        # those its own organisation serves.
        UniqueConstraint("id", "organisation_id", name="uq_callout_id_organisation"),
        Index("ix_callout_organisation_created", "organisation_id", "created_at", "id"),
    )

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), nullable=False
    )
    created_by_user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    title: Mapped[str] = mapped_column(String(MAX_TITLE_LENGTH), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    ends_on: Mapped[date] = mapped_column(Date, nullable=False)
    asks_name: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    asks_email: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    asks_availability: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class CalloutNeighbourhood(Base):
    """A neighbourhood a callout is addressed to. The foreign key to the serving link makes the
    database refuse a neighbourhood the callout's organisation does not serve; when it stops
    serving one, the callout (and the answers from there) leave that neighbourhood."""

    __tablename__ = "callout_neighbourhood"
    __table_args__ = (
        ForeignKeyConstraint(
            ["callout_id", "organisation_id"],
            ["callout.id", "callout.organisation_id"],
            ondelete="CASCADE",
            name="fk_callout_neighbourhood_callout",
        ),
        ForeignKeyConstraint(
            ["neighbourhood_id", "organisation_id"],
            [
                "neighbourhood_service_organisation.neighbourhood_id",
                "neighbourhood_service_organisation.organisation_id",
            ],
            ondelete="CASCADE",
            name="fk_callout_neighbourhood_served",
        ),
        Index("ix_callout_neighbourhood_neighbourhood", "neighbourhood_id", "callout_id"),
    )

    callout_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    neighbourhood_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(nullable=False)


class CalloutQuestion(Base):
    """One of a callout's own questions, in its position; choices only for a choice."""

    __tablename__ = "callout_question"
    __table_args__ = (
        CheckConstraint(f"position BETWEEN 0 AND {MAX_QUESTIONS - 1}", name="position_range"),
        CheckConstraint("kind IN ('text', 'choice', 'yes_no')", name="kind_known"),
        CheckConstraint(
            f"char_length(btrim(label)) BETWEEN 1 AND {MAX_LABEL_LENGTH}", name="label_length"
        ),
        CheckConstraint(
            f"(kind = 'choice') = (choices IS NOT NULL) AND (choices IS NULL OR ("
            f"cardinality(choices) BETWEEN {MIN_CHOICES} AND {MAX_CHOICES}"
            " AND array_position(choices, NULL) IS NULL AND '' <> ALL (choices)))",
            name="choices_for_choice",
        ),
        UniqueConstraint("callout_id", "position", name="uq_callout_question_position"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    callout_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("callout.id", ondelete="CASCADE"), nullable=False
    )
    position: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    label: Mapped[str] = mapped_column(String(MAX_LABEL_LENGTH), nullable=False)
    choices: Mapped[list[str] | None] = mapped_column(ARRAY(String(MAX_CHOICE_LENGTH)))
    required: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")


class CalloutAnswer(RecordMixin, Base):
    """A resident's answer to a callout, one per person: answering again changes it. The
    neighbourhood is where they lived when they answered, one the callout is addressed to."""

    __tablename__ = "callout_answer"
    __table_args__ = (
        CheckConstraint(
            f"name IS NULL OR char_length(btrim(name)) BETWEEN 1 AND {MAX_NAME_LENGTH}",
            name="name_length",
        ),
        CheckConstraint(
            "email IS NULL OR (length(email) BETWEEN 3 AND 254 AND position('@' in email) > 1)",
            name="email_format",
        ),
        CheckConstraint(
            f"availability <@ ARRAY[{_DAY_PARTS_SQL}]::varchar[]", name="availability_known"
        ),
        CheckConstraint("jsonb_typeof(answers) = 'object'", name="answers_object"),
        ForeignKeyConstraint(
            ["callout_id", "neighbourhood_id"],
            ["callout_neighbourhood.callout_id", "callout_neighbourhood.neighbourhood_id"],
            ondelete="CASCADE",
            name="fk_callout_answer_addressed",
        ),
        UniqueConstraint("callout_id", "user_id", name="uq_callout_answer_once"),
        Index("ix_callout_answer_user", "user_id"),
    )

    callout_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("callout.id", ondelete="CASCADE"), nullable=False
    )
    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), nullable=False
    )
    neighbourhood_id: Mapped[uuid.UUID] = mapped_column(nullable=False)
    name: Mapped[str | None] = mapped_column(String(MAX_NAME_LENGTH))
    email: Mapped[str | None] = mapped_column(String(254))
    availability: Mapped[list[str]] = mapped_column(
        ARRAY(String(20)), nullable=False, server_default="{}"
    )
    answers: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False, server_default="{}")
