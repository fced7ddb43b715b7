"""Request and response bodies for staff administration of providers and categories."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from kring.kit.types import Text


class StaffVogRead(BaseModel):
    """A provider's certificate of conduct (VOG) as staff check it."""

    status: Literal["waiting", "confirmed", "rejected"]
    version: str = Field(description="Send it back when confirming or rejecting this file.")
    bytes: int
    uploaded_at: datetime
    issued_on: date | None
    confirmed_at: datetime | None
    rejected_at: datetime | None
    rejection_reason: str | None


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
                    "vog": {
                        "status": "confirmed",
                        "version": "5f0c1d2e3a4b5c6d",
                        "bytes": 182044,
                        "uploaded_at": "2026-11-20T09:30:00Z",
                        "issued_on": "2026-11-12",
                        "confirmed_at": "2026-11-21T14:02:00Z",
                        "rejected_at": None,
                        "rejection_reason": None,
                    },
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
    status: Literal["draft", "awaiting_payment", "awaiting_vog", "live", "suspended", "offline"]
    live_at: datetime | None
    identity_document_seen: bool
    seen_in_person: bool
    introduction_video: bool
    professional: bool = Field(description="Registered with the KvK: a confirmed VOG is needed.")
    vog: StaffVogRead | None
    vog_missing: bool = Field(description="A professional without a confirmed VOG.")
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


VogVersion = Annotated[str, Text(min_length=1, max_length=40)]


class VogConfirmation(BaseModel):
    """The VOG looked at (its `version`) is good, issued on this date (at most 3 months before it
    was uploaded)."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"version": "5f0c1d2e3a4b5c6d", "issued_on": "2026-11-12"}]}
    )

    version: VogVersion
    issued_on: date


class VogRejection(BaseModel):
    """The VOG looked at (its `version`) will not do, and why: the provider is mailed this."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "version": "5f0c1d2e3a4b5c6d",
                    "reason": "Dit is de aanvraag, niet de verklaring zelf. Upload de VOG die "
                    "je van Justis kreeg.",
                }
            ]
        }
    )

    version: VogVersion
    reason: Annotated[str, Text(min_length=3, max_length=500)]


class Suspension(BaseModel):
    """Why the profile is taken offline (the provider is told)."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"reason": "Klachten over onbetaalde afspraken."}]}
    )

    reason: Annotated[str, Text(min_length=3, max_length=500)]


CategoryName = Annotated[str, Text(min_length=2, max_length=100)]


class CategoryNames(BaseModel):
    """The category's name in each language."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"name_nl": "Tuinonderhoud", "name_fr": "Jardinage", "name_en": "Gardening"}
            ]
        }
    )

    name_nl: CategoryName
    name_fr: CategoryName
    name_en: CategoryName


class CategoryCreate(CategoryNames):
    """A new category; its slug is its address in the search (`?category=tuinonderhoud`)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "slug": "tuinonderhoud",
                    "name_nl": "Tuinonderhoud",
                    "name_fr": "Jardinage",
                    "name_en": "Gardening",
                }
            ]
        }
    )

    slug: Annotated[str, Text(max_length=60, pattern=r"^[a-z0-9-]{2,60}$")]


class CategoryAdminRead(CategoryCreate):
    id: uuid.UUID
    position: int
