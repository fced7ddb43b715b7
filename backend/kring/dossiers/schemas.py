"""Request and response bodies for dossiers: the wizard's steps, the dossier as its readers see
it, proxies, transfers and the access log."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, EmailStr, Field

from kring.kit.address import DutchAddress, DutchAddressRead
from kring.kit.bank import AccountHolder, Iban
from kring.kit.day_parts import Day, DayPart
from kring.kit.i18n import _
from kring.kit.people import Name, PhoneNumber, Prefix, Token
from kring.kit.types import Text
from kring.models.dossier import DossierStatus, DossierStep, HowOften, ProxyRight

Reason = Annotated[str, Text(min_length=1, max_length=1000)]
Language = Annotated[str, Text(min_length=2, max_length=2, pattern="^[a-z]{2}$")]
Role = Literal["manager", "help_seeker", "proxy", "staff"]


def _unique(values: list[str]) -> list[str]:
    if len(set(values)) != len(values):
        raise ValueError(_("Give each value once."))
    return values


class WhoStep(BaseModel):
    """Who needs help: their name, birth year, address (placed on the map), languages, phone and
    (optionally) e-mail."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "first_name": "Truus",
                    "name_prefix": "de",
                    "last_name": "Vries",
                    "birth_year": 1941,
                    "address": {
                        "street": "Lindelaan",
                        "house_number": "12",
                        "postcode": "3511 AB",
                        "city": "Utrecht",
                    },
                    "languages": ["nl"],
                    "phone": "030 123 4567",
                    "email": None,
                }
            ]
        }
    )

    first_name: Name
    name_prefix: Prefix | None = None
    last_name: Name
    birth_year: int = Field(ge=1900, le=2100)
    address: DutchAddress
    languages: Annotated[
        list[Language], Field(min_length=1, max_length=10), AfterValidator(_unique)
    ] = Field(description="ISO 639-1 codes of the languages the help seeker speaks.")
    phone: PhoneNumber = Field(description="Required: helpers and Kring call this number.")
    email: EmailStr | None = None


class DossierCreate(WhoStep):
    """The wizard's first step creates the dossier; `for_self` when you are the help seeker."""

    for_self: bool = Field(
        default=False, description="You are the help seeker: your account is linked to it."
    )


class HelpStep(BaseModel):
    """What help: skills from the skills list (at least one) and, in your own words, more."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"skill_ids": ["0193a1b2-0000-7000-8000-000000000001"], "text": "Boodschappen."}
            ]
        }
    )

    skill_ids: Annotated[list[uuid.UUID], Field(min_length=1, max_length=30)]
    text: Annotated[str, Text(max_length=2000)] = ""


class WhenStep(BaseModel):
    """When: the day-parts of the week, how often, and from which date."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "day_parts": {"monday": ["morning"], "thursday": ["afternoon"]},
                    "how_often": "weekly",
                    "starts_on": "2027-01-04",
                }
            ]
        }
    )

    day_parts: dict[Day, Annotated[list[DayPart], Field(min_length=1, max_length=3)]] = Field(
        min_length=1
    )
    how_often: HowOften
    starts_on: date


class BankStep(BaseModel):
    """The bank account helpers are paid from: an IBAN (checked) and its holder."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"iban": "NL91 ABNA 0417 1643 00", "account_holder": "T. de Vries"}]
        }
    )

    iban: Iban
    account_holder: AccountHolder


class TermsStep(BaseModel):
    """Accept the versions of the terms and of the privacy policy shown (the current ones)."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"terms_version": "2026-12", "privacy_version": "2026-12"}]}
    )

    terms_version: Annotated[str, Text(min_length=1, max_length=20)]
    privacy_version: Annotated[str, Text(min_length=1, max_length=20)]


class ReasonBody(BaseModel):
    """Why (kept in the dossier's history)."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"reason": "Met vakantie."}]})

    reason: Reason | None = None


class ClosureBody(BaseModel):
    """Close the dossier for good, with a reason."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"reason": "Verhuisd."}]})

    reason: Reason


class ProxyInvite(BaseModel):
    """Invite someone to act for the help seeker, with their rights and an optional last day."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "email": "dochter@example.org",
                    "rights": ["view", "approve_hours"],
                    "ends_on": None,
                }
            ]
        }
    )

    email: EmailStr
    rights: Annotated[list[ProxyRight], Field(min_length=1, max_length=4)] = Field(
        description="`view` is always included."
    )
    ends_on: date | None = Field(default=None, description="The last day they act (inclusive).")


class LinkToken(BaseModel):
    """The token of the link in the e-mail."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"token": "Xq3v9T2mZk8pR1sW4yB7nC0dF6hJ5lA9"}]}
    )

    token: Token


class TransferOffer(BaseModel):
    """Hand the dossier to a colleague, a relative or the help seeker, by e-mail address."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"email": "collega@example.org", "to_help_seeker": False}]}
    )

    email: EmailStr
    to_help_seeker: bool = Field(
        default=False, description="The new manager is the help seeker themself."
    )


class SkillShown(BaseModel):
    id: uuid.UUID
    name: str


class WhoRead(BaseModel):
    first_name: str
    name_prefix: str | None
    last_name: str
    birth_year: int
    address: DutchAddressRead
    located: bool = Field(description="The address was found on the map.")
    languages: list[str]
    phone: str
    email: str | None


class HelpRead(BaseModel):
    skills: list[SkillShown]
    text: str


class WhenRead(BaseModel):
    day_parts: dict[str, list[str]]
    how_often: HowOften | None
    starts_on: date | None


class BankRead(BaseModel):
    iban: str | None = Field(description="Shown in full to whoever may see payments.")
    account_holder: str | None


class TermsRead(BaseModel):
    terms_version: str | None
    privacy_version: str | None
    accepted_at: datetime | None
    accepted_by_name: str | None
    current_terms_version: str
    current_privacy_version: str


class StatusChangeRead(BaseModel):
    at: datetime
    from_status: DossierStatus | None
    to_status: DossierStatus
    by_name: str | None
    reason: str | None


class PersonShown(BaseModel):
    id: uuid.UUID
    name: str


class TransferRead(BaseModel):
    id: uuid.UUID
    to_email: str
    to_help_seeker: bool
    status: Literal["offered", "accepted", "withdrawn"]
    offered_at: datetime
    expires_at: datetime


class DossierRead(BaseModel):
    """A dossier as its reader may see it, with where the wizard stands and its history."""

    id: uuid.UUID
    status: DossierStatus
    paused_from: DossierStatus | None
    closed_reason: str | None
    completed_steps: list[DossierStep]
    next_step: DossierStep | None = Field(description="The first step still to do, if any.")
    my_role: Role
    my_rights: list[ProxyRight]
    manager: PersonShown
    self_managed: bool = Field(description="The help seeker manages their own dossier.")
    who: WhoRead
    help: HelpRead
    when: WhenRead
    bank: BankRead
    terms: TermsRead
    paid: bool
    fee_cents: int
    can_submit: bool = Field(description="Paid, complete, and its manager may have it matched.")
    open_transfer: TransferRead | None
    history: list[StatusChangeRead]
    created_at: datetime


class DossierSummary(BaseModel):
    """A dossier in a list."""

    id: uuid.UUID
    status: DossierStatus
    help_seeker_name: str
    city: str
    completed_steps: list[DossierStep]
    my_role: Role
    created_at: datetime


class ProxyRead(BaseModel):
    id: uuid.UUID
    email: str
    name: str | None = Field(description="Their name once they accepted.")
    rights: list[ProxyRight]
    ends_on: date | None
    invited_at: datetime
    accepted_at: datetime | None
    expired: bool = Field(description="Their last day has passed: they no longer have access.")


class InvitationAccepted(BaseModel):
    dossier_id: uuid.UUID


class AccessLogEntry(BaseModel):
    """Who did what with the dossier, when and from where."""

    at: datetime
    action: str
    who_name: str | None = Field(description="None for Kring itself (payments, jobs).")
    who_role: str = Field(
        description="manager, help_seeker, proxy, system, or the staff role (e.g. verifier)."
    )
    ip: str | None
