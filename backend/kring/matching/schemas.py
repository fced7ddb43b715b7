"""Response bodies of matching: how many helpers are near a help seeker, and the ranked
suggestions with the parts of their score and what does not fit, in the reader's language."""

from __future__ import annotations

import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from kring.kit.day_parts import Day, DayPart

PartName = Literal["distance", "skills", "day_parts", "language", "rating", "responsiveness"]


class HelpersNear(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"count": 12, "more": False}]})

    count: int = Field(
        description="Matchable helpers whose work area covers the help seeker's address."
    )
    more: bool = Field(description="There are more than `count` (the count stops at 1,000).")


class Origin(BaseModel):
    """The help seeker's spot, rounded to 2 decimals (about 1 km): approximate only."""

    latitude: float
    longitude: float


class ScorePart(BaseModel):
    part: PartName
    points: float = Field(description="One decimal.")
    max_points: float
    detail: str = Field(description="In the reader's language, in plain words.")


class SharedSkill(BaseModel):
    id: uuid.UUID
    name: str


class OpenProposal(BaseModel):
    id: uuid.UUID
    status: Literal["sent", "other_moment", "accepted"]


class Suggestion(BaseModel):
    helper_id: uuid.UUID
    first_name: str
    photo_url: str | None
    introduction: str
    kind: Literal["volunteer", "paid"]
    hourly_rate_cents: int | None
    distance_km: float = Field(description="From the help seeker's address, one decimal.")
    latitude: float = Field(description="The helper's home rounded to 2 decimals: approximate.")
    longitude: float
    score: float = Field(description="0-100, one decimal (docs/matching.md).")
    parts: list[ScorePart]
    misfits: list[str] = Field(description="What does not fit, in words.")
    shared_skills: list[SharedSkill]
    languages: list[str]
    day_parts: dict[Day, list[DayPart]]
    open_proposal: OpenProposal | None


class Suggestions(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "origin": {"latitude": 52.09, "longitude": 5.12},
                    "items": [
                        {
                            "helper_id": "0193a2f0-0000-7000-8000-000000000001",
                            "first_name": "Anouk",
                            "photo_url": None,
                            "introduction": "Ik doe graag boodschappen voor iemand.",
                            "kind": "volunteer",
                            "hourly_rate_cents": None,
                            "distance_km": 3.2,
                            "latitude": 52.11,
                            "longitude": 5.09,
                            "score": 84.5,
                            "parts": [
                                {
                                    "part": "distance",
                                    "points": 26.2,
                                    "max_points": 30,
                                    "detail": "3,2 km van Truus",
                                }
                            ],
                            "misfits": ["kan niet op donderdagmiddag"],
                            "shared_skills": [
                                {
                                    "id": "0193a2f0-0000-7000-8000-000000000002",
                                    "name": "Boodschappen",
                                }
                            ],
                            "languages": ["nl"],
                            "day_parts": {"monday": ["morning"]},
                            "open_proposal": None,
                        }
                    ],
                }
            ]
        }
    )

    origin: Origin
    items: list[Suggestion]
