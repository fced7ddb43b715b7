"""The clock services read the time from: the app's (`app.state.clock`), the system clock
unless a test sets another."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Protocol

from fastapi import Depends, Request


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


SYSTEM_CLOCK = SystemClock()


async def clock_of(request: Request) -> Clock:
    """The app's clock (`app.state.clock`), the system clock unless a test set another."""
    clock: Clock = getattr(request.app.state, "clock", SYSTEM_CLOCK)
    return clock


ClockDep = Annotated[Clock, Depends(clock_of)]
