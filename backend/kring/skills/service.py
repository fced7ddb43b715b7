"""The skills list: read in the reader's language, grouped; staff add and rename skills."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.principal import Principal
from kring.kit.errors import Conflict
from kring.kit.i18n import N_, _, current_language
from kring.models.skill import Skill, SkillGroup
from kring.skills.repository import SkillRepository
from kring.skills.schemas import SkillAdminRead, SkillCreate, SkillNames, SkillRead

GROUP_NAMES: dict[SkillGroup, str] = {
    SkillGroup.household: N_("Household"),
    SkillGroup.errands: N_("Shopping and transport"),
    SkillGroup.company: N_("Company and activities"),
    SkillGroup.personal_care: N_("Personal care"),
    SkillGroup.paperwork: N_("Paperwork and money"),
    SkillGroup.digital: N_("Computer and phone"),
    SkillGroup.lessons: N_("Language and lessons"),
    SkillGroup.odd_jobs: N_("Odd jobs"),
    SkillGroup.garden_pets: N_("Garden and pets"),
    SkillGroup.family: N_("Children and family"),
}


def skill_name(skill: Skill) -> str:
    """The skill's name in the request's language."""
    return str(getattr(skill, f"name_{current_language()}"))


async def list_skills(db: AsyncSession) -> list[SkillRead]:
    return [
        SkillRead(
            id=skill.id,
            slug=skill.slug,
            group=SkillGroup(skill.skill_group),
            group_name=_(GROUP_NAMES[SkillGroup(skill.skill_group)]),
            name=skill_name(skill),
        )
        for skill in await SkillRepository(db).in_order()
    ]


def _admin_read(skill: Skill) -> SkillAdminRead:
    return SkillAdminRead(
        id=skill.id,
        slug=skill.slug,
        group=SkillGroup(skill.skill_group),
        name_nl=skill.name_nl,
        name_fr=skill.name_fr,
        name_en=skill.name_en,
        position=skill.position,
    )


async def create(db: AsyncSession, principal: Principal, body: SkillCreate) -> SkillAdminRead:
    """Listed last in its group."""
    skills = SkillRepository(db)
    if await skills.slug_taken(body.slug):
        raise Conflict(N_("There already is a skill with this slug."))
    skill = Skill(
        slug=body.slug,
        skill_group=body.group,
        name_nl=body.name_nl,
        name_fr=body.name_fr,
        name_en=body.name_en,
        position=await skills.last_position(body.group) + 1,
    )
    db.add(skill)
    await db.flush()
    await audit.record(
        db,
        principal,
        "skill.created",
        subject_type="skill",
        subject_id=skill.id,
        organisation_id=None,
        details={"slug": body.slug},
    )
    return _admin_read(skill)


async def rename(
    db: AsyncSession, principal: Principal, skill_id: uuid.UUID, body: SkillNames
) -> SkillAdminRead:
    """The slug stays, so what refers to the skill keeps doing so."""
    skill = await SkillRepository(db).get(principal, skill_id, for_update=True)
    skill.name_nl, skill.name_fr, skill.name_en = body.name_nl, body.name_fr, body.name_en
    await db.flush()
    await audit.record(
        db,
        principal,
        "skill.renamed",
        subject_type="skill",
        subject_id=skill.id,
        organisation_id=None,
    )
    return _admin_read(skill)
