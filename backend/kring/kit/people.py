"""Values about people that every domain shares: names, phone numbers, birth dates, tokens."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Literal

import phonenumbers
from pydantic import AfterValidator, Field

from kring.kit.i18n import _
from kring.kit.types import PlainText, Text

Name = Annotated[str, Text(min_length=1, max_length=100)]
Gender = Literal["female", "male", "other"]
Password = Annotated[PlainText, Field(min_length=1, max_length=1024)]
Token = Annotated[str, Text(min_length=20, max_length=200)]
Initials = Annotated[str, Text(min_length=1, max_length=20)]
Prefix = Annotated[str, Text(min_length=1, max_length=30)]


def _mobile_or_landline(value: str | None) -> str | None:
    """A valid phone number, stored in E.164 (Dutch numbers may be written without +31)."""
    if value is None or not value.strip():
        return None
    try:
        number = phonenumbers.parse(value, "NL")
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise ValueError(_("This is not a valid phone number."))
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


PhoneNumber = Annotated[PlainText | None, AfterValidator(_mobile_or_landline)]


def _required_phone(value: str) -> str:
    number = _mobile_or_landline(value)
    if number is None:
        raise ValueError(_("This field is required."))
    return number


# A phone number that must be given (a contact on site), stored in E.164.
RequiredPhoneNumber = Annotated[str, Text(max_length=30), AfterValidator(_required_phone)]


def _birth_date(value: date | None) -> date | None:
    if value is not None and not date(1900, 1, 1) <= value <= datetime.now(UTC).date():
        raise ValueError(_("Give a birth date between 1900 and today."))
    return value


BirthDate = Annotated[date | None, AfterValidator(_birth_date)]


def _mobile(value: str) -> str:
    """Only a mobile number can receive the codes (a landline gets a clear refusal)."""
    try:
        number = phonenumbers.parse(value, "NL")
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise ValueError(_("This is not a valid phone number."))
    if phonenumbers.number_type(number) not in (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    ):
        raise ValueError(_("Use a mobile number: text messages cannot reach a landline."))
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


MobileNumber = Annotated[str, Text(max_length=30, strip_whitespace=False), AfterValidator(_mobile)]
