"""The impact figures: over a period, in total, per neighbourhood, per skill and per month."""

from __future__ import annotations

import uuid
from datetime import date

from pydantic import BaseModel, ConfigDict, Field

_ID = "0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e0f"


class Period(BaseModel):
    """The days counted, both included (Amsterdam time)."""

    model_config = ConfigDict(populate_by_name=True)

    from_: date = Field(alias="from")
    to: date


class HelpFigures(BaseModel):
    """Help requests posted in the period (withdrawn and hidden ones left out)."""

    help_requests: int
    solved_by_neighbour: int
    solved_by_neighbour_share: float | None = Field(
        description="Solved by a neighbour over help requests, 0 to 1; None without requests."
    )
    median_hours_to_first_reply: float | None = Field(
        description="Of the requests that got a reply; None when none did."
    )
    median_hours_to_solved: float | None = Field(
        description="Of the solved requests (by a neighbour or otherwise); None when none were."
    )
    unanswered_after_48h: int = Field(
        description="Still open without a reply when their 48 hours (the unanswered setting) "
        "had passed, counted up to the period's end or now, whichever is earlier."
    )


class PeopleFigures(HelpFigures):
    """With the people now: residents, and those of them who volunteer for organisations."""

    volunteers: int
    residents: int


class NeighbourhoodImpact(PeopleFigures):
    """One served neighbourhood."""

    neighbourhood_id: uuid.UUID
    name: str


class SkillImpact(PeopleFigures):
    """One skill: help requests asking for it; residents and volunteers offering it."""

    skill_id: uuid.UUID
    name: str


class MonthImpact(HelpFigures):
    """One calendar month of the period (Amsterdam time), as `YYYY-MM`."""

    month: str


class Impact(BaseModel):
    """The figures of the served neighbourhoods (or one of them) over the period."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "period": {"from": "2025-12-07", "to": "2026-12-07"},
                    "totals": {
                        "help_requests": 40,
                        "solved_by_neighbour": 22,
                        "solved_by_neighbour_share": 0.55,
                        "median_hours_to_first_reply": 3.5,
                        "median_hours_to_solved": 30.0,
                        "unanswered_after_48h": 4,
                        "volunteers": 35,
                        "residents": 310,
                    },
                    "by_neighbourhood": [],
                    "by_skill": [],
                    "by_month": [],
                }
            ]
        }
    )

    period: Period
    totals: PeopleFigures
    by_neighbourhood: list[NeighbourhoodImpact]
    by_skill: list[SkillImpact]
    by_month: list[MonthImpact]
