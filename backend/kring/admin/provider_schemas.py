"""Request and response bodies for staff administration of providers."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict

from kring.kit.types import Text


class ProviderSummary(BaseModel):
    """A provider as staff see them in lists."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e0f",
                    "user_id": "0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e10",
                    "name": "Bert Klinkenberg",
                    "email": "bert@example.org",
                    "company_name": "Bert BV",
                    "status": "live",
                    "live_at": "2026-11-23T10:00:00Z",
                    "identity_document_seen": True,
                    "seen_in_person": False,
                    "introduction_video": False,
                    "professional": True,
                    "vog_received_on": "2026-11-20",
                    "vog_missing": False,
                    "suspended_reason": None,
                }
            ]
        }
    )

    id: uuid.UUID
    user_id: uuid.UUID
    name: str
    email: str
    company_name: str | None
    status: Literal["draft", "awaiting_payment", "live", "suspended", "offline"]
    live_at: datetime | None
    identity_document_seen: bool
    seen_in_person: bool
    introduction_video: bool
    professional: bool
    vog_received_on: date | None
    vog_missing: bool
    suspended_reason: str | None


class BadgesUpdate(BaseModel):
    """The badges customers see; leave out what stays the same."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"identity_document_seen": True, "seen_in_person": True}]},
    )

    identity_document_seen: bool | None = None
    seen_in_person: bool | None = None
    introduction_video: bool | None = None


class VogUpdate(BaseModel):
    """Whether the provider works professionally (then a VOG is required) and when it came in."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"professional": True, "vog_received_on": "2026-11-20"}]}
    )

    professional: bool
    vog_received_on: date | None = None


class Suspension(BaseModel):
    """Why the profile is taken offline (the provider is told)."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"reason": "Klachten over onbetaalde afspraken."}]}
    )

    reason: Annotated[str, Text(min_length=3, max_length=500)]
