"""Money and moments as people read them: EUR 1.234,56, written the Dutch way in every language
(as the portals do); deadlines in Amsterdam time."""

from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_date, format_datetime

from kring.kit.working_days import AMSTERDAM


def local_deadline(moment: datetime, language: str) -> str:
    """`dinsdag 29 december 2026 23:59`: a deadline as people read it, in Amsterdam time."""
    local = moment.astimezone(AMSTERDAM)
    return str(format_datetime(local, "EEEE d MMMM y HH:mm", locale=language))


def local_date(day: date, language: str) -> str:
    """`12 november 2026`: a day as people read it, in their language."""
    return str(format_date(day, "d MMMM y", locale=language))


def month_name(day: date, language: str) -> str:
    """`november 2026`: the month of a day as people read it, in their language."""
    return str(format_date(day, "LLLL y", locale=language))
