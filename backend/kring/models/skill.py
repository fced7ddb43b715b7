"""The skills list: what a help seeker needs and what a helper or neighbour offers (groceries,
company, computer help, Dutch lessons, ...), in three languages, kept by staff."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import CheckConstraint, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kring.kit.db import Base, RecordMixin


class SkillGroup(StrEnum):
    """The headings a long list of skills is read under, in this order."""

    household = "household"
    errands = "errands"
    company = "company"
    personal_care = "personal_care"
    paperwork = "paperwork"
    digital = "digital"
    lessons = "lessons"
    odd_jobs = "odd_jobs"
    garden_pets = "garden_pets"
    family = "family"


GROUPS_SQL = ", ".join(f"'{group.value}'" for group in SkillGroup)


class Skill(RecordMixin, Base):
    __tablename__ = "skill"
    __table_args__ = (
        CheckConstraint("slug ~ '^[a-z0-9-]{2,60}$'", name="slug_format"),
        CheckConstraint(f"skill_group IN ({GROUPS_SQL})", name="group_known"),
        CheckConstraint(
            "char_length(btrim(name_nl)) BETWEEN 1 AND 100"
            " AND char_length(btrim(name_fr)) BETWEEN 1 AND 100"
            " AND char_length(btrim(name_en)) BETWEEN 1 AND 100",
            name="names_length",
        ),
        UniqueConstraint("slug"),
    )

    slug: Mapped[str] = mapped_column(String(60), nullable=False)
    skill_group: Mapped[str] = mapped_column(String(20), nullable=False)
    name_nl: Mapped[str] = mapped_column(String(100), nullable=False)
    name_fr: Mapped[str] = mapped_column(String(100), nullable=False)
    name_en: Mapped[str] = mapped_column(String(100), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
