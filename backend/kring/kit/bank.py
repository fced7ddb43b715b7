"""Bank accounts as Kring takes them: an IBAN with a valid check, stored without spaces."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator
from stdnum import iban as stdnum_iban

from kring.kit.i18n import _
from kring.kit.types import Text

# What the database checks of a stored IBAN (the check digits are the API's job).
IBAN_SQL = "^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$"


def _iban(value: str) -> str:
    """An IBAN with a valid check, stored without spaces (`NL91ABNA0417164300`)."""
    if not stdnum_iban.is_valid(value):
        raise ValueError(_("This is not a valid IBAN (like NL91 ABNA 0417 1643 00)."))
    return str(stdnum_iban.compact(value))


Iban = Annotated[str, Text(min_length=15, max_length=42), AfterValidator(_iban)]
AccountHolder = Annotated[str, Text(min_length=1, max_length=200)]


def masked_iban(iban: str) -> str:
    """`NL91 **** **** **** 4300`: the country, check digits and last four, in groups of four."""
    hidden = -(-(len(iban) - 8) // 4)  # the groups between, rounded up
    return " ".join([iban[:4], *["****"] * hidden, iban[-4:]])
