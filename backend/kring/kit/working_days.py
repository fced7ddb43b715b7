"""Working days in the Netherlands: Monday to Friday, except Dutch public holidays."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
END_OF_DAY = time(23, 59, 59)


@lru_cache(maxsize=32)
def _dutch_holidays(year: int) -> holidays.HolidayBase:
    return holidays.country_holidays("NL", years=year)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _dutch_holidays(day.year)


def add_working_days(start: date, count: int) -> date:
    """The `count`-th working day after `start` (not counting `start` itself)."""
    day = start
    while count > 0:
        day += timedelta(days=1)
        if is_working_day(day):
            count -= 1
    return day


def deadline_after(arrived: datetime, working_days: int = 2) -> datetime:
    """The end (23:59, Amsterdam time) of the `working_days`-th working day after arrival."""
    local_day = arrived.astimezone(AMSTERDAM).date()
    due = add_working_days(local_day, working_days)
    return datetime.combine(due, END_OF_DAY, tzinfo=AMSTERDAM)
