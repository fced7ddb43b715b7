"""A help request may name the skill it asks for (the skills list): only a help request, only a
skill that exists (422 naming `skill_id`, and the database refuses it too); the post shows it in
the reader's language."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from kring.models.neighbourhood_post import NeighbourhoodPost
from kring.models.skill import Skill
from tests.posts.helpers import HELP, World


async def _skill(w: World) -> Skill:
    skill = await w.session.scalar(select(Skill).order_by(Skill.slug).limit(1))
    assert skill is not None
    return skill


async def test_a_help_request_names_its_skill(w: World) -> None:
    skill = await _skill(w)
    post = await w.post(skill_id=str(skill.id))
    assert post["skill"] == {"id": str(skill.id), "name": skill.name_nl}
    read = await w.ben.client.get(f"/api/v1/posts/{post['id']}", headers={"Accept-Language": "en"})
    assert read.json()["skill"] == {"id": str(skill.id), "name": skill.name_en}
    plain = await w.post()
    assert plain["skill"] is None


async def test_an_unknown_skill_or_a_skill_on_another_kind_is_refused(w: World) -> None:
    skill = await _skill(w)
    cases = [
        {**HELP, "skill_id": str(uuid.uuid4())},
        {**HELP, "kind": "general", "skill_id": str(skill.id)},
        {**HELP, "skill_id": "groceries"},
    ]
    for body in cases:
        answer = await w.anna.call("POST", w.feed_url(), body)
        assert answer.status_code == 422, body
        assert [e["field"] for e in answer.json()["errors"]] == ["skill_id"], answer.json()
    count = await w.session.scalar(select(NeighbourhoodPost.id).limit(1))
    assert count is None


async def test_the_database_keeps_a_skill_to_help_requests(w: World) -> None:
    skill = await _skill(w)
    general = await w.post(kind="general")
    with pytest.raises(IntegrityError):
        async with w.session.begin_nested():
            await w.session.execute(
                update(NeighbourhoodPost)
                .where(NeighbourhoodPost.id == general["id"])
                .values(skill_id=skill.id)
            )
    with pytest.raises(IntegrityError):
        async with w.session.begin_nested():
            await w.session.execute(
                update(NeighbourhoodPost)
                .where(NeighbourhoodPost.id == general["id"])
                .values(kind="help_request", skill_id=uuid.uuid4())
            )
