"""Request and response bodies for the skills list."""

from __future__ import annotations

import uuid
from typing import Annotated

from pydantic import BaseModel, ConfigDict

from kring.kit.types import Text
from kring.models.skill import SkillGroup

SkillName = Annotated[str, Text(min_length=1, max_length=100)]


class SkillRead(BaseModel):
    """A skill in the reader's language, under its group's heading."""

    id: uuid.UUID
    slug: str
    group: SkillGroup
    group_name: str
    name: str


class SkillNames(BaseModel):
    """The skill's name in each language."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "name_nl": "Samen koken",
                    "name_fr": "Cuisiner ensemble",
                    "name_en": "Cooking together",
                }
            ]
        }
    )

    name_nl: SkillName
    name_fr: SkillName
    name_en: SkillName


class SkillCreate(SkillNames):
    """A new skill, listed last in its group; its slug never changes."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "slug": "samen-koken",
                    "group": "company",
                    "name_nl": "Samen koken",
                    "name_fr": "Cuisiner ensemble",
                    "name_en": "Cooking together",
                }
            ]
        }
    )

    slug: Annotated[str, Text(max_length=60, pattern=r"^[a-z0-9-]{2,60}$")]
    group: SkillGroup


class SkillAdminRead(SkillCreate):
    id: uuid.UUID
    position: int
