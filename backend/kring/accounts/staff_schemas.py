"""Request and response bodies for staff administration of accounts."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, EmailStr, Field

from kring.kit.i18n import Language
from kring.kit.people import Initials, Name, Prefix


class AccountStatus(BaseModel):
    """An account as staff see it after changing its status."""

    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "id": "0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e0f",
                    "email": "petra@zorggroep.example",
                    "status": "active",
                    "language": "nl",
                    "last_login_at": "2026-05-01T09:30:00Z",
                    "reactivated_at": "2026-11-23T10:00:00Z",
                }
            ]
        },
    )

    id: uuid.UUID
    email: str
    status: str
    language: Language
    last_login_at: datetime | None
    reactivated_at: datetime | None


class AccountCreate(BaseModel):
    """An account for a professional, made by staff (HartingBank's advisor flow): the
    person gets an activation e-mail at once and sets a password and 2FA."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "email": "petra@delinde.example",
                    "initials": "P.",
                    "first_name": "Petra",
                    "prefix": "de",
                    "last_name": "Vries",
                    "language": "nl",
                    "organisation_id": "0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e0f",
                    "portal_admin": True,
                }
            ]
        }
    )

    email: EmailStr
    initials: Initials | None = None
    first_name: Name
    prefix: Prefix | None = None
    last_name: Name
    language: Language = "nl"
    organisation_id: uuid.UUID
    portal_admin: bool = False
    portal_employee: bool = True


UmbrellaLinkReason = Literal["self_employed", "employed_and_hired", "seconded"]


class MembershipCreate(BaseModel):
    """Link an account to (another) organisation. A second umbrella organisation needs one
    of HartingBank's reasons: self-employed for several, employed and hired by another, or
    seconded."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "organisation_id": "0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e0f",
                    "portal_admin": False,
                    "portal_employee": True,
                    "umbrella_link_reason": "self_employed",
                }
            ]
        }
    )

    organisation_id: uuid.UUID
    portal_admin: bool = False
    portal_employee: bool = True
    umbrella_link_reason: UmbrellaLinkReason | None = None


class MembershipSummary(BaseModel):
    """One organisation an account belongs to, with its rights."""

    id: uuid.UUID
    organisation_id: uuid.UUID
    organisation_name: str
    organisation_kind: str
    portal_admin: bool
    portal_employee: bool
    umbrella_link_reason: UmbrellaLinkReason | None


class AccountRead(BaseModel):
    """An account as staff see it, with its organisations."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e10",
                    "email": "petra@delinde.example",
                    "full_name": "Petra de Vries",
                    "status": "invited",
                    "staff_role": None,
                    "language": "nl",
                    "last_login_at": None,
                    "has_second_factor": False,
                    "memberships": [],
                    "staff_branch_id": None,
                    "staff_branch_name": None,
                }
            ]
        }
    )

    id: uuid.UUID
    email: str
    full_name: str
    status: str
    staff_role: str | None
    language: Language
    last_login_at: datetime | None
    has_second_factor: bool
    memberships: list[MembershipSummary]
    staff_branch_id: uuid.UUID | None = Field(
        default=None, description="Branch staff: the supplier branch whose orders they handle."
    )
    staff_branch_name: str | None = None


class StaffBranchSet(BaseModel):
    """The supplier branch a staff member of the branch role works for (null: none)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"branch_id": "0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e0f"}]},
    )

    branch_id: uuid.UUID | None


class EmailChangeByStaff(BaseModel):
    """The person's new e-mail address; history stays in the audit trail."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"new_email": "p.devries@example.org"}]}
    )

    new_email: EmailStr


class AuditEventRead(BaseModel):
    """One entry of an account's audit trail."""

    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    created_at: datetime
    action: str
    outcome: str
    actor_user_id: uuid.UUID | None
    organisation_id: uuid.UUID | None
    subject_type: str | None
    subject_id: uuid.UUID | None
    ip: str | None
    details: dict[str, Any]


class AccountViewRead(BaseModel):
    """One read of an account's record by someone else: who, when, what, from where."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e11",
                    "viewed_at": "2026-12-01T10:15:00Z",
                    "action": "account.viewed",
                    "viewer_id": "0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e12",
                    "viewer_name": "Ada Admin",
                    "viewer_email": "ada@kring.example",
                    "viewer_staff_role": "admin",
                    "organisation_id": None,
                    "organisation_name": None,
                    "ip": "192.0.2.10",
                }
            ]
        }
    )

    id: uuid.UUID
    viewed_at: datetime
    action: str = Field(
        description="`account.viewed` (the account's page), `account.audit_trail_viewed`, "
        "`account.sessions_viewed`, or another `*.viewed` event about this account."
    )
    viewer_id: uuid.UUID | None
    viewer_name: str | None = Field(description="None when the viewer's account is gone.")
    viewer_email: str | None
    viewer_staff_role: str | None = Field(description="The viewer's staff role today, if any.")
    organisation_id: uuid.UUID | None = Field(description="The organisation they acted for.")
    organisation_name: str | None
    ip: str | None


class AccountSessionRead(BaseModel):
    """A session of an account that has not ended, as staff see it."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e13",
                    "created_at": "2026-12-01T08:00:00Z",
                    "last_seen_at": "2026-12-01T09:45:00Z",
                    "expires_at": "2026-12-01T20:00:00Z",
                    "ip": "192.0.2.10",
                    "user_agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/133.0",
                    "device": "Firefox on Windows",
                }
            ]
        }
    )

    id: uuid.UUID
    created_at: datetime
    last_seen_at: datetime
    expires_at: datetime
    ip: str | None
    user_agent: str | None
    device: str | None = Field(description='The user agent in short: "Firefox on Windows".')
