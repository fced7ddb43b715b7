"""Request and response bodies for reviews."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from kring.kit.people import Token
from kring.kit.types import Text


class ReviewInvitation(BaseModel):
    """What the personal review link is about."""

    provider_id: uuid.UUID
    provider_name: str
    name: str = Field(description="The customer's name, as given in the request.")
    requested_at: datetime


class ReviewCreate(BaseModel):
    """1-5 stars and, if you like, a few words (at most 2000 characters)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"token": "…", "stars": 5, "text": "Snel geholpen, heel vriendelijk."}]
        }
    )

    token: Token
    stars: Annotated[int, Field(ge=1, le=5)]
    text: Annotated[str, Text(max_length=2000)] = ""


class ReviewReply(BaseModel):
    """The provider's one public answer to a review."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"reply": "Dank u wel, graag tot een volgende keer!"}]}
    )

    reply: Annotated[str, Text(min_length=1, max_length=2000)]


class ReviewHiding(BaseModel):
    """Why staff hide a review (shown to nobody but staff; audited)."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"reason": "Bevat scheldwoorden en een telefoonnummer."}]}
    )

    reason: Annotated[str, Text(min_length=3, max_length=500)]


class ProviderReviewRead(BaseModel):
    """A review as its provider sees it: hidden ones too, with the reason."""

    id: uuid.UUID
    stars: int
    text: str
    author_name: str
    created_at: datetime
    reply: str | None
    replied_at: datetime | None
    hidden: bool
    hidden_reason: str | None


class StaffReviewRead(ProviderReviewRead):
    """A review as moderating staff see it: hidden ones too, with the reason and since when."""

    hidden_at: datetime | None
