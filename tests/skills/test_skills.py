"""The skills list: 75 skills in ten groups, in each language, public with an ETag; staff add
skills (last in their group) and rename them, and a committed change reaches the cached list."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator

import pytest
from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.kit import db
from kring.kit.public_lists import PublicLists
from kring.models.audit import AuditEvent
from kring.models.skill import Skill, SkillGroup
from tests.members.helpers import Person, person

SKILLS = "/api/v1/skills"
ADMIN = "/api/v1/admin/skills"
COOKING = {
    "slug": "samen-koken",
    "group": "company",
    "name_nl": "Samen koken",
    "name_fr": "Cuisiner ensemble",
    "name_en": "Cooking together",
}


async def _staff(app: FastAPI, session: AsyncSession, settings: Settings, role: str) -> Person:
    return await person(
        app, session, settings, f"{role}@kring.example", role.title(), staff_role=role
    )


async def test_seventy_five_skills_in_ten_groups_in_each_language(client: AsyncClient) -> None:
    dutch = (await client.get(SKILLS, headers={"Accept-Language": "nl"})).json()
    french = (await client.get(SKILLS, headers={"Accept-Language": "fr"})).json()
    english = (await client.get(SKILLS, headers={"Accept-Language": "en"})).json()
    assert len(dutch) == len(french) == len(english) == 75
    assert [s["slug"] for s in dutch] == [s["slug"] for s in english]
    groups = [s["group"] for s in dutch]
    # Grouped, the groups in their reading order, each holding several skills.
    assert list(dict.fromkeys(groups)) == [group.value for group in SkillGroup]
    assert min(Counter(groups).values()) >= 5
    first = {"nl": dutch[0], "fr": french[0], "en": english[0]}
    assert (first["nl"]["name"], first["fr"]["name"], first["en"]["name"]) == (
        "Schoonmaken",
        "Nettoyage",
        "Cleaning",
    )
    assert (first["nl"]["group_name"], first["en"]["group_name"]) == ("Huishouden", "Household")
    for rows in (dutch, french, english):
        assert all(s["name"].strip() and s["group_name"].strip() for s in rows)
    # The source's examples are there: groceries, company, computer help, Dutch lessons.
    assert {"boodschappen", "gezelschap", "computerhulp", "nederlandse-les"} <= {
        s["slug"] for s in dutch
    }


async def test_staff_add_a_skill_last_in_its_group_and_rename_it(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    arie = await _staff(app, session, settings, "advisor")
    created = await arie.call("POST", ADMIN, COOKING)
    assert created.status_code == 201, created.json()
    company = [s for s in (await client.get(SKILLS)).json() if s["group"] == "company"]
    assert company[-1]["slug"] == "samen-koken"
    assert company[-1]["name"] == "Samen koken"
    again = await arie.call("POST", ADMIN, {**COOKING, "name_nl": "Koken"})
    assert again.status_code == 409

    renamed = await arie.call(
        "PATCH",
        f"{ADMIN}/{created.json()['id']}",
        {"name_nl": "Samen eten koken", "name_fr": "Cuisiner à deux", "name_en": "Cooking for two"},
    )
    assert renamed.status_code == 200
    body = renamed.json()
    assert (body["slug"], body["name_nl"]) == ("samen-koken", "Samen eten koken")
    listed = await client.get(SKILLS, headers={"Accept-Language": "en"})
    english = {s["slug"]: s["name"] for s in listed.json()}
    assert english["samen-koken"] == "Cooking for two"
    actions = list(
        await session.scalars(
            select(AuditEvent.action)
            .where(AuditEvent.subject_type == "skill")
            .order_by(AuditEvent.id)
        )
    )
    assert actions == ["skill.created", "skill.renamed"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"group": "cooking"}, "group"),
        ({"slug": "Samen Koken"}, "slug"),
        ({"name_fr": " "}, "name_fr"),
        ({"name_en": "x" * 101}, "name_en"),
        ({"name_nl": "a\x00b"}, "name_nl"),
    ],
)
async def test_bad_skills_are_refused_by_field(
    app: FastAPI,
    client: AsyncClient,
    session: AsyncSession,
    settings: Settings,
    changes: dict[str, str],
    field: str,
) -> None:
    arie = await _staff(app, session, settings, "advisor")
    refused = await arie.call("POST", ADMIN, {**COOKING, **changes})
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["field"] == field
    assert await session.scalar(select(Skill).where(Skill.slug == "samen-koken")) is None


async def test_only_staff_with_the_task_keep_the_list(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    vera = await _staff(app, session, settings, "verifier")
    assert (await vera.call("POST", ADMIN, COOKING)).status_code == 403
    arie = await _staff(app, session, settings, "advisor")
    missing = "00000000-0000-4000-8000-000000000000"
    names = {k: v for k, v in COOKING.items() if k.startswith("name_")}
    assert (await arie.call("PATCH", f"{ADMIN}/{missing}", names)).status_code == 404


async def test_the_database_refuses_an_unknown_group(session: AsyncSession) -> None:
    session.add(Skill(slug="x-y", skill_group="cooking", name_nl="a", name_fr="b", name_en="c"))
    with pytest.raises(IntegrityError):
        await session.flush()


@pytest.fixture
async def listening(
    app: FastAPI, settings: Settings, committed: async_sessionmaker[AsyncSession]
) -> AsyncIterator[PublicLists]:
    kept = app.state.public_lists
    lists = PublicLists()
    await lists.start(db.plain_postgres_url(settings.resolved_database_url()))
    app.state.public_lists = lists
    yield lists
    await lists.stop()
    app.state.public_lists = kept


async def test_a_committed_change_reaches_the_cached_list(
    app: FastAPI,
    committed_client: AsyncClient,
    committed: async_sessionmaker[AsyncSession],
    settings: Settings,
    listening: PublicLists,
) -> None:
    before = await committed_client.get(SKILLS, headers={"Accept-Language": "en"})
    etag = before.headers["etag"]
    async with db.unit_of_work(committed) as session:
        skill = await session.scalar(select(Skill).where(Skill.slug == "gezelschap"))
        assert skill is not None
        original = skill.name_en
        skill.name_en = "Keeping someone company"
    try:
        deadline = asyncio.get_running_loop().time() + 5
        while True:
            after = await committed_client.get(
                SKILLS, headers={"Accept-Language": "en", "If-None-Match": etag}
            )
            if after.status_code == 200:
                break
            assert asyncio.get_running_loop().time() < deadline, "the cached list stayed"
            await asyncio.sleep(0.05)
        assert "Keeping someone company" in {s["name"] for s in after.json()}
    finally:
        async with db.unit_of_work(committed) as session:
            skill = await session.scalar(select(Skill).where(Skill.slug == "gezelschap"))
            assert skill is not None
            skill.name_en = original
