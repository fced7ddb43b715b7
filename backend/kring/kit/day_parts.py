"""The week as 7 days x 3 day-parts, stored as 21 bits (bit = day * 3 + part)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal

Day = Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
DayPart = Literal["morning", "afternoon", "evening"]

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
PARTS = ("morning", "afternoon", "evening")


def day_parts_to_bits(day_parts: Mapping[str, Sequence[str]]) -> int:
    bits = 0
    for day, parts in day_parts.items():
        for part in parts:
            bits |= 1 << (DAYS.index(day) * 3 + PARTS.index(part))
    return bits


def bits_to_day_parts(bits: int) -> dict[str, list[str]]:
    return {
        day: [part for p, part in enumerate(PARTS) if bits & (1 << (d * 3 + p))]
        for d, day in enumerate(DAYS)
        if bits & (0b111 << (d * 3))
    }
