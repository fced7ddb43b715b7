"""Two people opening their conversation at the same moment get one conversation."""

from __future__ import annotations

import asyncio

from fastapi import FastAPI
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.models.neighbour_message import Conversation, ConversationMember, NeighbourMessage
from tests.neighbour_messages.helpers import world


async def test_two_at_once_open_one_conversation(
    app: FastAPI, committed: async_sessionmaker[AsyncSession], settings: Settings
) -> None:
    async with committed() as session:
        w = await world(app, session, settings)
    for about in ({}, {"post_id": w.post.id}):
        answers = await asyncio.gather(
            w.start(w.anna, "Hoi Bert", to_user_id=w.bert.user.id, **about),
            w.start(w.bert, "Hoi Anna", to_user_id=w.anna.user.id, **about),
        )
        assert [a.status_code for a in answers] == [201, 201], [a.json() for a in answers]
        assert answers[0].json()["id"] == answers[1].json()["id"]
    async with committed() as session:
        assert await session.scalar(select(func.count()).select_from(Conversation)) == 2
        assert await session.scalar(select(func.count()).select_from(ConversationMember)) == 4
        assert await session.scalar(select(func.count()).select_from(NeighbourMessage)) == 4
