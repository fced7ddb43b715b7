"""A Dutch street address (a home or a work address): the API's type and its checks, which the
database repeats as CHECK constraints (the `*_SQL` patterns)."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict

from kring.kit import validators
from kring.kit.i18n import _
from kring.kit.types import Text

# A house number is a number (1-99999); a letter or anything else goes in the addition
# ("toevoeging"): "A", "2", "bis", "3-hoog", "hs".
HOUSE_NUMBER_SQL = "^[1-9][0-9]{0,4}$"
ADDITION_SQL = "^[A-Za-z0-9]+([ -][A-Za-z0-9]+)*$"
ADDITION_MAX = 10


def _house_number(value: str) -> str:
    if not re.fullmatch(HOUSE_NUMBER_SQL, value):
        raise ValueError(
            _("A house number is a number (1 to 99999); put a letter or addition in its own field.")
        )
    return value


def _addition(value: str) -> str | None:
    if not value:
        return None
    if len(value) > ADDITION_MAX or not re.fullmatch(ADDITION_SQL, value):
        raise ValueError(_("An addition has at most 10 letters and digits, like A, 2 or bis."))
    return value


def _postcode(value: str) -> str:
    return validators.postcode(value, "NL")


class DutchAddress(BaseModel):
    """A Dutch address: the postcode is checked (and written `1234 AB`), the house number is a
    number and its addition ("toevoeging") is apart."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "street": "Lindelaan",
                    "house_number": "12",
                    "house_number_addition": "A",
                    "postcode": "3511 AB",
                    "city": "Utrecht",
                }
            ]
        }
    )

    street: Annotated[str, Text(min_length=1, max_length=200)]
    house_number: Annotated[
        str,
        Text(min_length=1, max_length=5),
        AfterValidator(_house_number),
    ]
    house_number_addition: (
        Annotated[
            str,
            Text(max_length=ADDITION_MAX),
            AfterValidator(_addition),
        ]
        | None
    ) = None
    postcode: Annotated[
        str,
        Text(min_length=6, max_length=8),
        AfterValidator(_postcode),
    ]
    city: Annotated[str, Text(min_length=1, max_length=100)]


class DutchAddressRead(BaseModel):
    """A stored address (checked on the way in): the postcode written `1234 AB`."""

    street: str
    house_number: str
    house_number_addition: str | None
    postcode: str
    city: str

    @classmethod
    def stored(
        cls,
        street: str | None,
        house_number: str | None,
        addition: str | None,
        postcode: str | None,
        city: str | None,
    ) -> DutchAddressRead | None:
        """An address as the database keeps it, or None without one."""
        if street is None or house_number is None or postcode is None or city is None:
            return None
        return cls(
            street=street,
            house_number=house_number,
            house_number_addition=addition,
            postcode=postcode,
            city=city,
        )
