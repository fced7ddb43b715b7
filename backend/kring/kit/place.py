"""A place of the gazetteer, as every domain shows it."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class PlaceRead(BaseModel):
    """A Dutch or Belgian place (GeoNames, CC BY 4.0)."""

    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "id": 2745912,
                    "name": "Utrecht",
                    "municipality": None,
                    "province": "Utrecht",
                    "country": "NL",
                    "latitude": 52.09083,
                    "longitude": 5.12222,
                }
            ]
        },
    )

    id: int = Field(description="The GeoNames id.")
    name: str
    municipality: str | None
    province: str | None
    country: Literal["NL", "BE"]
    latitude: float
    longitude: float
