"""The two-working-day deadline: the end (23:59 Amsterdam) of the second working day after
arrival, skipping weekends and Dutch public holidays."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kring.kit.working_days import AMSTERDAM, deadline_after, is_working_day


def _at(year: int, month: int, day: int, hour: int = 10) -> datetime:
    return datetime(year, month, day, hour, tzinfo=AMSTERDAM)


@pytest.mark.parametrize(
    ("arrived", "due"),
    [
        # An ordinary Monday: Tuesday, Wednesday.
        (_at(2026, 11, 30), (2026, 12, 2)),
        # Thursday 24 December: Christmas (25th), the weekend, then Monday 28 and Tuesday 29.
        (_at(2026, 12, 24), (2026, 12, 29)),
        # Friday: Monday and Tuesday.
        (_at(2026, 11, 27), (2026, 12, 1)),
        # Saturday and Sunday count from the weekend: Monday and Tuesday.
        (_at(2026, 11, 28), (2026, 12, 1)),
        (_at(2026, 11, 29, 23), (2026, 12, 1)),
        # Easter 2027: Thursday 25 March, Good Friday 26, Easter Monday 29 -> Tuesday 30, Wed 31.
        (_at(2027, 3, 25), (2027, 3, 31)),
        # King's Day, Tuesday 27 April 2027: Monday 26 -> Wednesday 28 and Thursday 29.
        (_at(2027, 4, 26), (2027, 4, 29)),
        # New Year's Eve: 1 January is a holiday, then the weekend: Monday 4, Tuesday 5.
        (_at(2026, 12, 31), (2027, 1, 5)),
    ],
)
def test_the_deadline_skips_weekends_and_public_holidays(
    arrived: datetime, due: tuple[int, int, int]
) -> None:
    deadline = deadline_after(arrived)
    assert deadline.astimezone(AMSTERDAM).date().timetuple()[:3] == due
    assert deadline.astimezone(AMSTERDAM).strftime("%H:%M") == "23:59"


def test_the_day_is_taken_in_amsterdam_time() -> None:
    # 23:30 UTC on Monday is already Tuesday in Amsterdam (winter time, UTC+1).
    late_monday_utc = datetime(2026, 11, 30, 23, 30, tzinfo=UTC)
    assert deadline_after(late_monday_utc).date().timetuple()[:3] == (2026, 12, 3)


def test_working_days() -> None:
    assert is_working_day(_at(2026, 12, 28).date())
    assert not is_working_day(_at(2026, 12, 25).date())  # Christmas
    assert not is_working_day(_at(2026, 12, 26).date())  # Boxing Day (a Saturday too)
    assert not is_working_day(_at(2027, 4, 27).date())  # King's Day
    assert not is_working_day(_at(2026, 11, 29).date())  # a Sunday
