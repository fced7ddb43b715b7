"""Request and response bodies for accounts, log-in and sessions."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, EmailStr, Field

from kring.kit.address import DutchAddress, DutchAddressRead
from kring.kit.i18n import Language
from kring.kit.people import (
    BirthDate,
    Gender,
    MobileNumber,
    Name,
    Password,
    PhoneNumber,
    Token,
)
from kring.kit.types import Text

# A page of the same portal to return to after verifying (`/dossier-transfers?token=...`):
# a path only, never `//host` or `/\host`, so the link cannot lead elsewhere.
ReturnPath = Annotated[str, Text(max_length=500, pattern=r"^/([^/\\\s]\S*)?$")]


class SignupCreate(BaseModel):
    """Self sign-up from the partner or provider portal."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "portal": "provider",
                    "email": "anna@example.org",
                    "first_name": "Anna",
                    "password": "vlinder-kaas-fiets-29",
                    "language": "nl",
                    "accept_terms": True,
                }
            ]
        }
    )

    portal: Literal["partner", "provider"]
    email: EmailStr
    first_name: Name
    password: Password
    language: Language = "nl"
    accept_terms: Literal[True] = Field(
        description="The terms and the privacy statement were accepted."
    )
    next: ReturnPath | None = Field(
        default=None,
        description="The portal page to go on to after verifying, e.g. a link from an e-mail.",
    )


class TokenBody(BaseModel):
    """The token from the e-mail link."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"token": "Xo3k9Qb2LrT8vWm1ZcN5pYf7HdJ4sGa6"}]}
    )

    token: Token


class LoginBody(BaseModel):
    """E-mail address and password."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"email": "anna@example.org", "password": "vlinder-kaas-fiets-29"}]
        }
    )

    email: EmailStr
    password: Password


class EmailBody(BaseModel):
    """An e-mail address."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"email": "anna@example.org"}]})

    email: EmailStr


class PasswordReset(BaseModel):
    """The token from the reset e-mail and the new password."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "token": "Xo3k9Qb2LrT8vWm1ZcN5pYf7HdJ4sGa6",
                    "new_password": "regenboog-tulp-wolk-84",
                }
            ]
        }
    )

    token: Token
    new_password: Password


class Activation(BaseModel):
    """Set the first password of an account made by staff or an organisation admin."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"token": "Xo3k9Qb2LrT8vWm1ZcN5pYf7HdJ4sGa6", "password": "regenboog-tulp-wolk-84"}
            ]
        }
    )

    token: Token
    password: Password


class EmailChange(BaseModel):
    """Change the address I log in with; a link goes to the new address to confirm it."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"new_email": "anna@nieuw.example", "portal": "partner"}]}
    )

    new_email: EmailStr
    portal: Literal["partner", "provider"]


class PasswordChange(BaseModel):
    """The current password and the new one."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "current_password": "vlinder-kaas-fiets-29",
                    "new_password": "regenboog-tulp-wolk-84",
                }
            ]
        }
    )

    current_password: Password
    new_password: Password


class Accepted(BaseModel):
    """The request was taken; what happens next is said in `detail` (and often in an e-mail)."""

    detail: str


class MembershipInfo(BaseModel):
    """An organisation I may act for, with my rights there."""

    organisation_id: uuid.UUID
    organisation_name: str
    kind: str
    portal_admin: bool


class ActiveOrganisation(BaseModel):
    """The organisation to act for."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"organisation_id": "0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e0f"}]
        }
    )

    organisation_id: uuid.UUID


class Me(BaseModel):
    """The signed-in person, their personal details ("Persoonlijke informatie"), roles and
    memberships, and the organisation they act for."""

    id: uuid.UUID
    email: str
    initials: str | None
    first_name: str
    prefix: str | None
    last_name: str | None
    language: Language
    phone_for_questions: str | None
    birth_date: date | None
    gender: Gender | None
    home_address: DutchAddressRead | None
    staff_role: str | None
    staff_tasks: list[str] = Field(
        default_factory=list,
        description="The staff tasks this person's role allows (the staff-role table); "
        "empty for everyone who is not staff.",
    )
    memberships: list[MembershipInfo] = Field(default_factory=list)
    active_organisation_id: uuid.UUID | None = None


class MeUpdate(BaseModel):
    """Change your own details; leave out what stays the same, send `null` to clear one.
    The home address is replaced whole (or removed with `null`)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "first_name": "Bert",
                    "prefix": "von",
                    "last_name": "Klinkenberg",
                    "phone_for_questions": "06 10034891",
                    "gender": "male",
                    "birth_date": "1962-09-07",
                    "home_address": {
                        "street": "Voorstraat",
                        "house_number": "12",
                        "house_number_addition": "A",
                        "postcode": "3441 CE",
                        "city": "Woerden",
                    },
                }
            ]
        },
    )

    initials: Annotated[str, Text(max_length=20)] | None = None
    first_name: Name | None = None
    prefix: Annotated[str, Text(max_length=30)] | None = None
    last_name: Annotated[str, Text(max_length=100)] | None = None
    language: Language | None = None
    phone_for_questions: PhoneNumber = None
    birth_date: BirthDate = None
    gender: Gender | None = None
    home_address: DutchAddress | None = None


class SignedIn(BaseModel):
    """A session started (cookie set).

    `mfa_setup_required`: set up a second factor before anything else.
    `organisation_choice_required`: choose the organisation to act for (`me:choose_organisation`).
    """

    status: Literal["signed_in"] = "signed_in"
    me: Me
    mfa_setup_required: bool = False
    organisation_choice_required: bool = False


SecondFactor = Literal["totp", "sms", "recovery_code"]


class MfaRequired(BaseModel):
    """The password was right; prove a second factor with `auth:verify_mfa` to get a session."""

    status: Literal["mfa_required"] = "mfa_required"
    challenge_id: uuid.UUID
    factors: list[SecondFactor]


LoginResult = Annotated[SignedIn | MfaRequired, Field(discriminator="status")]


class MfaVerify(BaseModel):
    """An answer to a second-factor challenge."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "challenge_id": "0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e0f",
                    "method": "totp",
                    "code": "123456",
                }
            ]
        }
    )

    challenge_id: uuid.UUID
    method: SecondFactor
    code: Annotated[str, Text(min_length=6, max_length=20)]


class ChallengeBody(BaseModel):
    """A second-factor challenge."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"challenge_id": "0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e0f"}]}
    )

    challenge_id: uuid.UUID


class CodeBody(BaseModel):
    """A code from the app or the text message."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"code": "123456"}]})

    code: Annotated[str, Text(min_length=6, max_length=20)]


class SmsFactorCreate(BaseModel):
    """The mobile number for text-message codes."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"phone": "06 12345678"}]})

    phone: MobileNumber


class TotpSetup(BaseModel):
    """Scan the QR code (or type the secret) in an authenticator app, then confirm a code."""

    factor_id: uuid.UUID
    secret: str
    otpauth_uri: str
    qr_svg: str


class FactorAdded(BaseModel):
    """`recovery_codes` only when this was the first factor: shown once, store them safely."""

    recovery_codes: list[str] | None


class RecoveryCodes(BaseModel):
    recovery_codes: list[str]


class FactorInfo(BaseModel):
    """A second factor; `confirmed_at` is empty until its first code was confirmed."""

    id: uuid.UUID
    kind: Literal["totp", "sms"]
    phone_ending: str | None
    confirmed_at: datetime | None


class Security(BaseModel):
    """My second factors and whether my account requires one."""

    mfa_required: bool
    factors: list[FactorInfo]
    recovery_codes_left: int
    mfa_verified_at: datetime | None


class SessionInfo(BaseModel):
    id: uuid.UUID
    created_at: datetime
    last_seen_at: datetime
    ip: str | None
    user_agent: str | None
    current: bool
