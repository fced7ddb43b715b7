"""Dutch and Belgian numbers and codes, checked with python-stdnum and phonenumbers."""

from __future__ import annotations

import re
from typing import Literal

from stdnum.be import vat as be_enterprise
from stdnum.nl import postcode as nl_postcode

from kring.kit.i18n import _

Country = Literal["NL", "BE"]


def postcode(value: str, country: Country) -> str:
    """`1234 AB` in the Netherlands (no SA, SD or SS), four digits in Belgium."""
    if country == "NL":
        if not nl_postcode.is_valid(value):
            raise ValueError(_("This is not a Dutch postcode (like 1234 AB)."))
        return str(nl_postcode.validate(value))
    compact = value.strip()
    if not re.fullmatch(r"[1-9][0-9]{3}", compact):
        raise ValueError(_("This is not a Belgian postcode (four digits, like 1000)."))
    return compact


def registration_number(value: str, country: Country) -> str:
    """A KvK number (8 digits) or a Belgian enterprise number (10 digits with a check)."""
    if country == "NL":
        compact = re.sub(r"[\s.]", "", value)
        if not re.fullmatch(r"[0-9]{8}", compact):
            raise ValueError(_("A KvK number has 8 digits."))
        return compact
    if not be_enterprise.is_valid(value):
        raise ValueError(_("This is not a valid Belgian enterprise number."))
    return str(be_enterprise.compact(value))
