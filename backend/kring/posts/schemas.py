"""Request and response bodies of the neighbourhood feed: a post (as the feed lists it and with
its replies), writing one, replying, solving, referring, the solved share and the worker's
unanswered list. Plain text everywhere: what people typed, trimmed; never HTML."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from kring.kit.types import Text
from kring.models.neighbourhood_post import (
    MAX_BODY_LENGTH,
    MAX_REPLY_LENGTH,
    MAX_TITLE_LENGTH,
    DayPart,
    PostKind,
    PostStatus,
)

Title = Annotated[str, Text(min_length=1, max_length=MAX_TITLE_LENGTH)]
Body = Annotated[str, Text(min_length=1, max_length=MAX_BODY_LENGTH)]
ReplyBody = Annotated[str, Text(min_length=1, max_length=MAX_REPLY_LENGTH)]
PostedFor = Annotated[str, Text(min_length=1, max_length=100)]

PostPhotoSize = Literal["large", "small"]

_ID = "0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e0f"
_WHEN = "2026-12-07T09:30:00Z"


class Author(BaseModel):
    """Who wrote it, as neighbours see it: a first name and the initial of the last name, or
    "a neighbour, via the neighbourhood worker". `user_id` only for a post or reply written in
    the person's own name (to write to them privately); never for one posted on behalf."""

    label: str
    user_id: uuid.UUID | None = None


class PostCreate(BaseModel):
    """A new post. Only the neighbourhood's worker may post on behalf of someone else (named by
    `posted_for_name`, or `anonymous`)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "kind": "help_request",
                    "title": "Wie kan zaterdag boodschappen voor me doen?",
                    "body": "Ik ben herstellende van een operatie en kan niet naar de winkel.",
                    "wanted_on": "2026-12-12",
                    "day_part": "morning",
                }
            ]
        }
    )

    kind: PostKind
    title: Title
    body: Body
    wanted_on: date | None = Field(default=None, description="When, for a help request.")
    day_part: DayPart | None = Field(default=None, description="Only with `wanted_on`.")
    on_behalf: bool = False
    anonymous: bool = Field(default=False, description="On behalf only: names no one.")
    posted_for_name: PostedFor | None = Field(
        default=None, description="On behalf, not anonymous: the person's name as they agreed."
    )
    skill_id: uuid.UUID | None = Field(
        default=None, description="A help request only: what it asks for (the skills list)."
    )


class ReplyCreate(BaseModel):
    """A reply under a post."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"body": "Ik ga zaterdag toch, ik neem het mee!"}]}
    )

    body: ReplyBody


class SolveRequest(BaseModel):
    """Solved: by one of the neighbours who replied, or (without one) otherwise."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"solved_by_user_id": _ID}]})

    solved_by_user_id: uuid.UUID | None = None


class ReferralCreate(BaseModel):
    """The local organisation (of the post's neighbourhood) the worker refers the request to."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"local_organisation_id": _ID}]})

    local_organisation_id: uuid.UUID


class Referral(BaseModel):
    """The organisation a request was referred to, with its contact details."""

    organisation_name: str
    phone: str | None
    email: str | None
    website: str | None
    referred_at: datetime


class PostSummary(BaseModel):
    """A post in the feed, in my posts and in the worker's list."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": _ID,
                    "neighbourhood_id": _ID,
                    "kind": "help_request",
                    "title": "Wie kan zaterdag boodschappen voor me doen?",
                    "body": "Ik ben herstellende van een operatie.",
                    "wanted_on": "2026-12-12",
                    "day_part": "morning",
                    "status": "open",
                    "solved_by_neighbour": False,
                    "reply_count": 2,
                    "created_at": _WHEN,
                    "author": {"label": "Anna V.", "user_id": _ID},
                    "is_mine": False,
                    "hidden": False,
                    "photo_url": f"/api/v1/posts/{_ID}/photo/large?v=5f1c2a9b3d4e",
                    "photo_thumbnail_url": f"/api/v1/posts/{_ID}/photo/small?v=5f1c2a9b3d4e",
                }
            ]
        }
    )

    id: uuid.UUID
    neighbourhood_id: uuid.UUID
    kind: PostKind
    title: str
    body: str
    wanted_on: date | None
    day_part: DayPart | None
    status: PostStatus
    solved_by_neighbour: bool
    reply_count: int
    created_at: datetime
    author: Author
    is_mine: bool
    hidden: bool = Field(description="Hidden by staff after a report: only its author sees it.")
    photo_url: str | None = Field(
        default=None,
        description="The post's photo, at most 1200 px wide or high (a versioned address: it "
        "names the post, never a person).",
    )
    photo_thumbnail_url: str | None = Field(
        default=None, description="The same photo at most 400 px wide or high, for the feed."
    )


class ReplyRead(BaseModel):
    """A reply, oldest first under its post."""

    id: uuid.UUID
    body: str
    author: Author
    is_mine: bool
    hidden: bool
    created_at: datetime


class PostSkill(BaseModel):
    """The skill a help request asks for, named in the reader's language."""

    id: uuid.UUID
    name: str


class PostRead(PostSummary):
    """A post with its referral and its replies (the first 50, oldest first; the next ones
    through `replies_next_cursor`)."""

    referral: Referral | None
    skill: PostSkill | None = None
    can_refer: bool = Field(
        description="The reader is the neighbourhood's worker and the request can be referred."
    )
    can_change_photo: bool = Field(
        description="The reader may upload or replace the photo (its author, the post open)."
    )
    replies: list[ReplyRead]
    replies_next_cursor: str | None


class UnansweredItem(PostSummary):
    """An open help request nobody replied to, with how long it has waited."""

    waiting_hours: int


class HelpFigures(BaseModel):
    """Help requests of the past 12 months (not withdrawn): how many were solved by a
    neighbour, the share of those (a percentage; None without requests), solved otherwise,
    open."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "posted": 50,
                    "solved_by_neighbour": 29,
                    "solved_share": 58,
                    "solved_otherwise": 6,
                    "open": 15,
                }
            ]
        }
    )

    posted: int
    solved_by_neighbour: int
    solved_share: int | None
    solved_otherwise: int
    open: int
