"""Money and moments as people read them: EUR 1.234,56, written the Dutch way in every language
(as the portals do); deadlines in Amsterdam time."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from babel.dates import format_date, format_datetime
from babel.numbers import format_currency

from kring.kit.working_days import AMSTERDAM


def euros(cents: int) -> str:
    return str(format_currency(Decimal(cents) / 100, "EUR", locale="nl_NL"))


def local_deadline(moment: datetime, language: str) -> str:
    """`dinsdag 29 december 2026 23:59`: a deadline as people read it, in Amsterdam time."""
    local = moment.astimezone(AMSTERDAM)
    return str(format_datetime(local, "EEEE d MMMM y HH:mm", locale=language))


def local_date(day: date, language: str) -> str:
    """`12 november 2026`: a day as people read it, in their language."""
    return str(format_date(day, "d MMMM y", locale=language))
