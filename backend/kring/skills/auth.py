"""Who may use the skills routes: anyone reads the list; staff with the task keep it."""

from __future__ import annotations

from typing import Annotated

from kring.auth.dependencies import StaffTask, staff_for
from kring.auth.principal import Principal

__all__ = ["SkillManager"]

SkillManager = Annotated[Principal, staff_for(StaffTask.manage_skills)]
