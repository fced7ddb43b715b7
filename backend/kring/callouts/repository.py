"""Reading callouts. A member's reads start from `readable`: the callouts of the organisation
they act for (whose neighbourhoods are among those it serves, as the database keeps them). A
resident's start from `addressed_to`: the callouts sent to the neighbourhood they are in."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, String, and_, cast, exists, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.auth.organisations import OrganisationPrincipal
from kring.kit.db import contains_pattern
from kring.kit.pagination import Keyset, Page, PageRequest, SortKey
from kring.kit.repository import Repository
from kring.kit.rows import one_of
from kring.models.callout import Callout, CalloutAnswer, CalloutNeighbourhood, CalloutQuestion
from kring.models.neighbourhood import Neighbourhood
from kring.models.organisation import Organisation

NEWEST = Keyset(
    "callouts",
    (SortKey(Callout.created_at.expression, True, datetime), SortKey(Callout.id.expression, True)),
)
ANSWERS = Keyset(
    "callout_answers",
    (
        SortKey(CalloutAnswer.modified_at.expression, True, datetime),
        SortKey(CalloutAnswer.id.expression, True),
    ),
)


def addressed_to(neighbourhood_id: uuid.UUID) -> Select[Any]:
    """The callouts sent to a neighbourhood (the caller checked the person is in it)."""
    return select(Callout).where(
        Callout.id.in_(
            select(CalloutNeighbourhood.callout_id).where(
                CalloutNeighbourhood.neighbourhood_id == neighbourhood_id
            )
        )
    )


def is_open(today: date) -> Any:
    return and_(Callout.closed_at.is_(None), Callout.ends_on >= today)


class CalloutRepository(Repository[Callout, OrganisationPrincipal]):
    """The organisation's own callouts; another's is not found (404)."""

    model = Callout

    def readable(self, acting: OrganisationPrincipal) -> Select[Any]:
        return select(Callout).where(Callout.organisation_id == acting.organisation_id)

    async def page_of(self, acting: OrganisationPrincipal, page: PageRequest) -> Page[Callout]:
        return await self.page(self.readable(acting), NEWEST, page)

    async def neighbourhoods_of(
        self, callout_ids: Sequence[uuid.UUID]
    ) -> dict[uuid.UUID, list[tuple[uuid.UUID, str]]]:
        """Each callout's neighbourhoods by name."""
        found: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = {i: [] for i in callout_ids}
        if not callout_ids:
            return found
        rows = await self.session.execute(
            select(CalloutNeighbourhood.callout_id, Neighbourhood.id, Neighbourhood.name)
            .join(Neighbourhood, Neighbourhood.id == CalloutNeighbourhood.neighbourhood_id)
            .where(one_of(CalloutNeighbourhood.callout_id, callout_ids))
            .order_by(Neighbourhood.name, Neighbourhood.id)
        )
        for callout_id, neighbourhood_id, name in rows:
            found[callout_id].append((neighbourhood_id, name))
        return found

    async def answer_counts(self, callout_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, int]:
        if not callout_ids:
            return {}
        rows = await self.session.execute(
            select(CalloutAnswer.callout_id, func.count())
            .where(one_of(CalloutAnswer.callout_id, callout_ids))
            .group_by(CalloutAnswer.callout_id)
        )
        return {callout_id: count for callout_id, count in rows}

    async def questions(self, callout_id: uuid.UUID) -> Sequence[CalloutQuestion]:
        found = await self.session.scalars(
            select(CalloutQuestion)
            .where(CalloutQuestion.callout_id == callout_id)
            .order_by(CalloutQuestion.position)
        )
        return found.all()

    def answers_statement(
        self,
        callout: Callout,
        *,
        neighbourhood_id: uuid.UUID | None = None,
        day_part: str | None = None,
        q: str | None = None,
        question_id: uuid.UUID | None = None,
        value: str | None = None,
    ) -> Select[Any]:
        """The answers to a callout read through `readable`, filtered."""
        statement = (
            select(
                CalloutAnswer.id,
                CalloutAnswer.name,
                CalloutAnswer.email,
                CalloutAnswer.neighbourhood_id,
                Neighbourhood.name.label("neighbourhood_name"),
                CalloutAnswer.availability,
                CalloutAnswer.answers,
                CalloutAnswer.created_at,
                CalloutAnswer.modified_at,
            )
            .join(Neighbourhood, Neighbourhood.id == CalloutAnswer.neighbourhood_id)
            .where(CalloutAnswer.callout_id == callout.id)
        )
        if neighbourhood_id is not None:
            statement = statement.where(CalloutAnswer.neighbourhood_id == neighbourhood_id)
        if day_part is not None:
            statement = statement.where(CalloutAnswer.availability.contains([day_part]))
        if q:
            pattern = contains_pattern(q)
            statement = statement.where(
                or_(CalloutAnswer.name.ilike(pattern), CalloutAnswer.email.ilike(pattern))
            )
        if question_id is not None:
            answered = CalloutAnswer.answers[str(question_id)]
            if value is None:
                statement = statement.where(CalloutAnswer.answers.has_key(str(question_id)))
            else:
                # Text answers match case-insensitively anywhere; a choice or yes/no exactly
                # (`true`/`false`), as the table's filter offers them.
                statement = statement.where(
                    or_(
                        cast(answered.astext, String) == value,
                        and_(
                            func.jsonb_typeof(answered) == "string",
                            answered.astext.ilike(contains_pattern(value)),
                        ),
                    )
                )
        return statement

    async def answers_page(self, statement: Select[Any], page: PageRequest) -> Page[Any]:
        return await self.page(statement, ANSWERS, page, item=lambda row: row)

    async def all_answers(self, statement: Select[Any]) -> Sequence[Any]:
        ordered = statement.order_by(*ANSWERS.order_by())
        found: Sequence[Any] = (await self.session.execute(ordered)).all()
        return found


async def feed(
    session: AsyncSession, neighbourhood_id: uuid.UUID, user_id: uuid.UUID, today: date
) -> Sequence[Any]:
    """The open callouts sent to a neighbourhood, newest first, with whether I answered."""
    mine = exists().where(CalloutAnswer.callout_id == Callout.id, CalloutAnswer.user_id == user_id)
    statement = (
        addressed_to(neighbourhood_id)
        .with_only_columns(
            Callout.id,
            Organisation.name.label("organisation_name"),
            Callout.title,
            Callout.body,
            Callout.ends_on,
            Callout.created_at,
            mine.label("answered"),
        )
        .join(Organisation, Organisation.id == Callout.organisation_id)
        .where(is_open(today))
        .order_by(Callout.created_at.desc(), Callout.id.desc())
    )
    found: Sequence[Any] = (await session.execute(statement)).all()
    return found


async def organisation_name(session: AsyncSession, organisation_id: uuid.UUID) -> str:
    name = await session.scalar(select(Organisation.name).where(Organisation.id == organisation_id))
    return name or ""


async def my_answer(
    session: AsyncSession, callout_id: uuid.UUID, user_id: uuid.UUID
) -> CalloutAnswer | None:
    # As stored: an upsert in this request changed the row behind the session's back.
    found: CalloutAnswer | None = await session.scalar(
        select(CalloutAnswer)
        .where(CalloutAnswer.callout_id == callout_id, CalloutAnswer.user_id == user_id)
        .execution_options(populate_existing=True)
    )
    return found
