"""Reading the skills: a public list, so every principal reads all of it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, case, func, select

from kring.auth.principal import Principal, Visitor
from kring.kit.repository import Repository
from kring.models.skill import Skill, SkillGroup

# The groups in the order people read them; within a group, the order staff added them.
_GROUP_ORDER = case(
    {group.value: index for index, group in enumerate(SkillGroup)}, value=Skill.skill_group
)


class SkillRepository(Repository[Skill, Principal | Visitor]):
    model = Skill

    def readable(self, principal: Principal | Visitor) -> Select[Any]:
        # The skills are public: a help request, a helper's profile and a neighbour's list them.
        return select(Skill)

    async def in_order(self) -> Sequence[Skill]:
        rows = await self.session.scalars(
            select(Skill).order_by(_GROUP_ORDER, Skill.position, Skill.slug)
        )
        return rows.all()

    async def slug_taken(self, slug: str) -> bool:
        return await self.session.scalar(select(Skill.id).where(Skill.slug == slug)) is not None

    async def last_position(self, group: SkillGroup) -> int:
        last = await self.session.scalar(
            select(func.max(Skill.position)).where(Skill.skill_group == group)
        )
        return last or 0
