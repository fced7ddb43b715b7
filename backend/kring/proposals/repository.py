"""Reading proposals: the helper's own (through their profile), a dossier's (once the dossiers
domain said the person reaches it), and the rows the expiry and reminder jobs change, set-based
on the partial index of proposals still waiting (`ix_match_proposal_waiting`)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    Update,
    and_,
    func,
    select,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from kring.auth.principal import Principal
from kring.kit.pagination import Keyset, Page, PageRequest, SortKey
from kring.kit.repository import Repository
from kring.models.dossier import Dossier, DossierSkill
from kring.models.helper import HelperProfile
from kring.models.match import Engagement, MatchProposal, ProposalStatus
from kring.models.skill import Skill
from kring.models.user import User

NEWEST = Keyset(
    "helper-proposals",
    (
        SortKey(MatchProposal.created_at.expression, True, datetime),
        SortKey(MatchProposal.id.expression, True),
    ),
)
HelperUser = aliased(User, name="helper_user")
Sender = aliased(User, name="sender")


def _name(user: Any) -> ColumnElement[str]:
    return func.concat_ws(" ", user.first_name, user.prefix, user.last_name)


def shown() -> Select[Any]:
    """A proposal with what its readers see of the helper, the help seeker and the sender."""
    return (
        select(
            *MatchProposal.__table__.c,
            HelperUser.first_name.label("helper_first_name"),
            HelperProfile.photo_key.label("helper_photo_key"),
            Dossier.first_name.label("help_seeker_first_name"),
            Dossier.city.label("city"),
            _name(Sender).label("sent_by_name"),
            Engagement.id.label("engagement_id"),
        )
        .join(HelperProfile, HelperProfile.id == MatchProposal.helper_id)
        .join(HelperUser, HelperUser.id == HelperProfile.user_id)
        .join(Dossier, Dossier.id == MatchProposal.dossier_id)
        .outerjoin(Sender, Sender.id == MatchProposal.sent_by_user_id)
        .outerjoin(Engagement, Engagement.proposal_id == MatchProposal.id)
    )


class HelperProposalRepository(Repository[MatchProposal, Principal]):
    """The proposals sent to the person's own helper profile."""

    model = MatchProposal

    def readable(self, principal: Principal) -> Select[Any]:
        return (
            select(MatchProposal)
            .join(HelperProfile, HelperProfile.id == MatchProposal.helper_id)
            .where(HelperProfile.user_id == principal.user_id)
        )

    async def page_of(self, principal: Principal, page: PageRequest, item: Any) -> Page[Any]:
        """Newest first (the helper's index)."""
        statement = shown().where(HelperProfile.user_id == principal.user_id)
        return await self.page(statement, NEWEST, page, item=item)


class ProposalRepository:
    """Reads and locks by id; the caller has checked who may reach the proposal."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def find(self, proposal_id: uuid.UUID) -> MatchProposal | None:
        return await self.session.get(MatchProposal, proposal_id)

    async def locked(self, proposal_id: uuid.UUID) -> MatchProposal:
        proposal = await self.session.scalar(
            select(MatchProposal)
            .where(MatchProposal.id == proposal_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        assert proposal is not None  # read under the dossier's lock: it exists
        return proposal

    async def locked_dossier(self, dossier_id: uuid.UUID) -> Dossier:
        dossier = await self.session.scalar(
            select(Dossier)
            .where(Dossier.id == dossier_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        assert dossier is not None  # a foreign key
        return dossier

    async def shown(self, proposal_id: uuid.UUID) -> Any:
        return (await self.session.execute(shown().where(MatchProposal.id == proposal_id))).one()

    async def of_dossier(self, dossier_id: uuid.UUID) -> Sequence[Any]:
        statement = (
            shown()
            .where(MatchProposal.dossier_id == dossier_id)
            .order_by(MatchProposal.created_at.desc(), MatchProposal.id.desc())
        )
        found: Sequence[Any] = (await self.session.execute(statement)).all()
        return found

    async def skills(self, skill_ids: set[uuid.UUID]) -> dict[uuid.UUID, Skill]:
        if not skill_ids:
            return {}
        found = await self.session.scalars(select(Skill).where(Skill.id.in_(skill_ids)))
        return {skill.id: skill for skill in found}

    async def dossier_skills(self, dossier_id: uuid.UUID) -> set[uuid.UUID]:
        found = await self.session.scalars(
            select(DossierSkill.skill_id).where(DossierSkill.dossier_id == dossier_id)
        )
        return set(found)

    async def helper(self, helper_id: uuid.UUID) -> HelperProfile | None:
        return await self.session.get(HelperProfile, helper_id)

    async def helper_of(self, user_id: uuid.UUID) -> HelperProfile | None:
        return await self.session.scalar(
            select(HelperProfile).where(HelperProfile.user_id == user_id)
        )

    async def user(self, user_id: uuid.UUID) -> User:
        user = await self.session.get(User, user_id)
        assert user is not None  # a foreign key
        return user


def received(helper_id: uuid.UUID) -> Update:
    """One more proposal received (responsiveness)."""
    return (
        update(HelperProfile)
        .where(HelperProfile.id == helper_id)
        .values(proposals_received=HelperProfile.proposals_received + 1)
    )


def answered(helper_id: uuid.UUID, hours: float, now: datetime) -> Update:
    """One more answer: the running mean of the hours it took, and when."""
    count = HelperProfile.proposals_answered
    mean = func.coalesce(HelperProfile.answer_hours_avg, 0.0)
    return (
        update(HelperProfile)
        .where(HelperProfile.id == helper_id)
        .values(
            proposals_answered=count + 1,
            answer_hours_avg=(mean * count + hours) / (count + 1),
            last_answer_at=now,
        )
    )


def _waiting_ids(condition: ColumnElement[bool], batch: int) -> Select[Any]:
    return (
        select(MatchProposal.id)
        .where(MatchProposal.status == ProposalStatus.sent, condition)
        .order_by(MatchProposal.expires_at)
        .limit(batch)
        .with_for_update(skip_locked=True)
    )


def expire(now: datetime, batch: int) -> Update:
    """Proposals still waiting past their last day: expired, returning what the mail needs."""
    ids = _waiting_ids(MatchProposal.expires_at <= now, batch)
    return (
        update(MatchProposal)
        .where(MatchProposal.id.in_(ids.scalar_subquery()))
        .values(status=ProposalStatus.expired)
        .returning(MatchProposal.id, MatchProposal.dossier_id, MatchProposal.helper_id)
    )


def remind(now: datetime, left: timedelta, batch: int) -> Update:
    """Proposals waiting with at most `left` to go and not yet reminded: reminded now."""
    ids = _waiting_ids(
        and_(
            MatchProposal.expires_at <= now + left,
            MatchProposal.expires_at > now,
            MatchProposal.reminded_at.is_(None),
        ),
        batch,
    )
    return (
        update(MatchProposal)
        .where(MatchProposal.id.in_(ids.scalar_subquery()))
        .values(reminded_at=now)
        .returning(MatchProposal.id, MatchProposal.dossier_id, MatchProposal.helper_id)
    )
