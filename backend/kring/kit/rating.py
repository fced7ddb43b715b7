"""A provider's rating: the average of the visible reviews, on the profile and the dashboard."""

from __future__ import annotations

from pydantic import BaseModel, Field


class Rating(BaseModel):
    """The average of the visible reviews (none: `average` is null)."""

    average: float | None = Field(description="1-5, one decimal; null without reviews.")
    count: int

    @classmethod
    def of(cls, count: int, total: int) -> Rating:
        """From the number of visible reviews and the sum of their stars."""
        if count == 0:
            return cls(average=None, count=0)
        return cls(average=round(total / count, 1), count=count)
