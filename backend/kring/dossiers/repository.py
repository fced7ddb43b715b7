"""Reading dossiers, always from what the principal may reach: their manager, the help seeker
(when their account is linked), proxies whose last day has not passed; staff whose role may view
dossiers through the staff routes only."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    bindparam,
    case,
    delete,
    func,
    insert,
    literal,
    literal_column,
    or_,
    select,
)

from kring.auth.dependencies import StaffTask
from kring.auth.principal import Principal
from kring.kit.db import contains_pattern
from kring.kit.pagination import Keyset, Page, PageRequest, SortKey
from kring.kit.repository import Repository
from kring.models.audit import AuditEvent
from kring.models.dossier import (
    Dossier,
    DossierProxy,
    DossierSkill,
    DossierStatusChange,
    DossierTransfer,
)
from kring.models.skill import Skill
from kring.models.user import User

NEWEST = Keyset(
    "dossiers",
    (
        SortKey(Dossier.created_at.expression, True, datetime),
        SortKey(Dossier.id.expression, True),
    ),
)
ACCESS_LOG_ORDER = Keyset(
    "dossier-access-log",
    (
        SortKey(AuditEvent.created_at.expression, True, datetime),
        SortKey(AuditEvent.id.expression, True),
    ),
)

# A proxy's last day is a day in the Netherlands: they keep access until it ends there.
TODAY: ColumnElement[Any] = literal_column("(now() AT TIME ZONE 'Europe/Amsterdam')::date")
HELP_SEEKER_NAME = func.concat_ws(" ", Dossier.first_name, Dossier.name_prefix, Dossier.last_name)


def active_proxy(user_id: Any) -> ColumnElement[bool]:
    """The person is a proxy of the dossier whose invitation was accepted, not removed, and
    whose last day has not passed."""
    return (
        select(DossierProxy.id)
        .where(
            DossierProxy.dossier_id == Dossier.id,
            DossierProxy.user_id == user_id,
            DossierProxy.removed_at.is_(None),
            or_(DossierProxy.ends_on.is_(None), DossierProxy.ends_on >= TODAY),
        )
        .exists()
    )


def reach(user_id: Any) -> ColumnElement[bool]:
    return or_(
        Dossier.manager_user_id == user_id,
        Dossier.help_seeker_user_id == user_id,
        active_proxy(user_id),
    )


def role_of(user_id: Any) -> ColumnElement[str]:
    return case(
        (Dossier.manager_user_id == user_id, literal("manager")),
        (Dossier.help_seeker_user_id == user_id, literal("help_seeker")),
        else_=literal("proxy"),
    )


class DossierRepository(Repository[Dossier, Principal]):
    """The dossiers a person reaches themself (staff too: as a person, only their own)."""

    model = Dossier

    def readable(self, principal: Principal) -> Select[Any]:
        return select(Dossier).where(reach(principal.user_id))

    async def active_proxy_of(
        self, dossier_id: uuid.UUID, user_id: uuid.UUID
    ) -> DossierProxy | None:
        return await self.session.scalar(
            select(DossierProxy).where(
                DossierProxy.dossier_id == dossier_id,
                DossierProxy.user_id == user_id,
                DossierProxy.removed_at.is_(None),
                or_(DossierProxy.ends_on.is_(None), DossierProxy.ends_on >= TODAY),
            )
        )

    async def page_of(
        self,
        principal: Principal,
        q: str | None,
        status: str | None,
        page: PageRequest,
        item: Any,
    ) -> Page[Any]:
        """The person's dossiers, newest first, with their role in each."""

        def build() -> Select[Any]:
            me = bindparam("me", type_=Dossier.manager_user_id.type)
            statement = select(
                Dossier.id,
                Dossier.status,
                HELP_SEEKER_NAME.label("help_seeker_name"),
                Dossier.city,
                Dossier.completed_steps,
                Dossier.created_at,
                role_of(me).label("my_role"),
            ).where(reach(me))
            if q:
                statement = statement.where(HELP_SEEKER_NAME.ilike(bindparam("q")))
            if status:
                statement = statement.where(Dossier.status == bindparam("status"))
            return statement

        values: dict[str, Any] = {"me": principal.user_id}
        if q:
            values["q"] = contains_pattern(q)
        if status:
            values["status"] = status
        return await self.page_of_shape(
            (bool(q), bool(status)), build, values, NEWEST, page, item=item
        )

    async def skills(self, dossier_id: uuid.UUID) -> Sequence[Skill]:
        return (
            await self.session.scalars(
                select(Skill)
                .join(DossierSkill, DossierSkill.skill_id == Skill.id)
                .where(DossierSkill.dossier_id == dossier_id)
                .order_by(Skill.skill_group, Skill.position, Skill.id)
            )
        ).all()

    async def known_skills(self, skill_ids: list[uuid.UUID]) -> set[uuid.UUID]:
        return set(
            (await self.session.scalars(select(Skill.id).where(Skill.id.in_(skill_ids)))).all()
        )

    async def set_skills(self, dossier_id: uuid.UUID, skill_ids: list[uuid.UUID]) -> None:
        await self.session.execute(
            delete(DossierSkill).where(DossierSkill.dossier_id == dossier_id)
        )
        await self.session.execute(
            insert(DossierSkill), [{"dossier_id": dossier_id, "skill_id": s} for s in skill_ids]
        )

    async def history(self, dossier_id: uuid.UUID) -> Sequence[Any]:
        return (
            await self.session.execute(
                select(
                    DossierStatusChange.created_at,
                    DossierStatusChange.from_status,
                    DossierStatusChange.to_status,
                    DossierStatusChange.reason,
                    User.display_name_sql().label("by_name"),
                )
                .outerjoin(User, User.id == DossierStatusChange.changed_by_user_id)
                .where(DossierStatusChange.dossier_id == dossier_id)
                .order_by(DossierStatusChange.created_at, DossierStatusChange.id)
            )
        ).all()

    async def user(self, user_id: uuid.UUID) -> User:
        """A person the dossier names (a foreign key: they exist)."""
        user = await self.session.get(User, user_id)
        assert user is not None
        return user

    async def user_by_email(self, email: str) -> User | None:
        return await self.session.scalar(
            select(User).where(func.lower(User.email) == email.lower())
        )

    async def open_transfer(self, dossier_id: uuid.UUID) -> DossierTransfer | None:
        return await self.session.scalar(
            select(DossierTransfer).where(
                DossierTransfer.dossier_id == dossier_id, DossierTransfer.status == "offered"
            )
        )

    async def proxies(self, dossier_id: uuid.UUID) -> Sequence[Any]:
        return (
            await self.session.execute(
                select(
                    DossierProxy,
                    User.display_name_sql().label("name"),
                    and_(DossierProxy.ends_on.is_not(None), DossierProxy.ends_on < TODAY).label(
                        "expired"
                    ),
                )
                .outerjoin(User, User.id == DossierProxy.user_id)
                .where(DossierProxy.dossier_id == dossier_id, DossierProxy.removed_at.is_(None))
                .order_by(DossierProxy.created_at, DossierProxy.id)
            )
        ).all()

    async def proxy(
        self, dossier_id: uuid.UUID, proxy_id: uuid.UUID, *, for_update: bool = False
    ) -> DossierProxy | None:
        statement = select(DossierProxy).where(
            DossierProxy.id == proxy_id,
            DossierProxy.dossier_id == dossier_id,
            DossierProxy.removed_at.is_(None),
        )
        if for_update:
            statement = statement.with_for_update()
        return await self.session.scalar(statement)

    async def invitation(self, token_hash: bytes) -> DossierProxy | None:
        return await self.session.scalar(
            select(DossierProxy)
            .where(DossierProxy.token_hash == token_hash)
            .with_for_update()
            .execution_options(populate_existing=True)
        )

    async def transfer(self, token_hash: bytes) -> DossierTransfer | None:
        return await self.session.scalar(
            select(DossierTransfer)
            .where(DossierTransfer.token_hash == token_hash)
            .with_for_update()
            .execution_options(populate_existing=True)
        )

    async def locked(self, dossier_id: uuid.UUID) -> Dossier:
        """The dossier of an invitation or transfer, locked (a foreign key: it exists)."""
        dossier = await self.session.scalar(
            select(Dossier)
            .where(Dossier.id == dossier_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        assert dossier is not None
        return dossier

    async def access_log(self, dossier_id: uuid.UUID, page: PageRequest, item: Any) -> Page[Any]:
        """The audit trail of one dossier, newest first."""
        statement = (
            select(
                AuditEvent.id,
                AuditEvent.created_at,
                AuditEvent.action,
                AuditEvent.ip,
                AuditEvent.details,
                AuditEvent.actor_user_id,
                User.display_name_sql().label("who_name"),
                User.staff_role,
            )
            .outerjoin(User, User.id == AuditEvent.actor_user_id)
            .where(AuditEvent.subject_type == "dossier", AuditEvent.subject_id == dossier_id)
        )
        return await self.page(statement, ACCESS_LOG_ORDER, page, item=item)


class StaffDossierRepository(DossierRepository):
    """Every dossier, for staff whose role may view dossiers; nothing for anyone else."""

    def readable(self, principal: Principal) -> Select[Any]:
        if principal.may(StaffTask.view_dossiers):
            return select(Dossier)
        return select(Dossier).where(literal(False))

    async def staff_page(
        self, principal: Principal, q: str | None, status: str | None, page: PageRequest, item: Any
    ) -> Page[Any]:
        def build() -> Select[Any]:
            statement = self.readable(principal).with_only_columns(
                Dossier.id,
                Dossier.status,
                HELP_SEEKER_NAME.label("help_seeker_name"),
                Dossier.city,
                Dossier.completed_steps,
                Dossier.created_at,
                literal("staff").label("my_role"),
            )
            if q:
                statement = statement.where(HELP_SEEKER_NAME.ilike(bindparam("q")))
            if status:
                statement = statement.where(Dossier.status == bindparam("status"))
            return statement

        values: dict[str, Any] = {}
        if q:
            values["q"] = contains_pattern(q)
        if status:
            values["status"] = status
        shape = (bool(q), bool(status)) if principal.may(StaffTask.view_dossiers) else None
        return await self.page_of_shape(shape, build, values, NEWEST, page, item=item)
