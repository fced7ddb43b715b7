"""Reads of accounts and sessions, each starting from what the principal may see."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Select, String, bindparam, func, or_, select

from kring.accounts.auth import sees_every_account
from kring.accounts.schemas import MembershipInfo
from kring.accounts.staff_schemas import (
    AccountRead,
    AccountSessionRead,
    AccountViewRead,
    AuditEventRead,
    MembershipSummary,
)
from kring.auth.principal import Principal
from kring.kit.db import contains_pattern
from kring.kit.pagination import Keyset, Page, PageRequest, SortKey
from kring.kit.repository import Repository
from kring.kit.rows import one_of, rows
from kring.kit.user_agents import summary as device_of
from kring.models.audit import AuditEvent
from kring.models.mfa import MfaFactor
from kring.models.organisation import Membership, Organisation
from kring.models.session import UserSession
from kring.models.user import User, UserStatus

_EMAIL_KEY = func.lower(User.email).label("email_key")
ACCOUNTS = Keyset("accounts", (SortKey(_EMAIL_KEY, kind=str), SortKey(User.__table__.c.id)))
AUDIT_TRAIL = Keyset(
    "account-audit-events",
    (
        SortKey(AuditEvent.__table__.c.created_at, descending=True, kind=datetime),
        SortKey(AuditEvent.__table__.c.id, descending=True),
    ),
)
# Reads of an account's record by someone: `*.viewed` and `*.<part>_viewed` events with the
# account as subject (`account.viewed`, `account.audit_trail_viewed`).
_VIEWED = r"\.([a-z_]+_)?viewed$"
VIEWS = Keyset(
    "account-views",
    (
        SortKey(AuditEvent.__table__.c.created_at, descending=True, kind=datetime),
        SortKey(AuditEvent.__table__.c.id, descending=True),
    ),
)
_VIEWER = User.__table__.alias("viewer")
_VIEW_COLUMNS = (
    AuditEvent.id,
    AuditEvent.created_at,
    AuditEvent.action,
    AuditEvent.actor_user_id,
    AuditEvent.organisation_id,
    AuditEvent.ip,
    func.concat_ws(" ", _VIEWER.c.first_name, _VIEWER.c.prefix, _VIEWER.c.last_name).label(
        "viewer_name"
    ),
    _VIEWER.c.email.label("viewer_email"),
    _VIEWER.c.staff_role.label("viewer_staff_role"),
    Organisation.name.label("organisation_name"),
)
_ACCOUNT_COLUMNS: tuple[Any, ...] = (
    User.id,
    User.email,
    User.display_name_sql().label("full_name"),
    User.status,
    User.staff_role,
    User.language,
    User.last_login_at,
    User.staff_branch_id,
)
_AUDIT_COLUMNS = (
    AuditEvent.id,
    AuditEvent.created_at,
    AuditEvent.action,
    AuditEvent.outcome,
    AuditEvent.actor_user_id,
    AuditEvent.organisation_id,
    AuditEvent.subject_type,
    AuditEvent.subject_id,
    AuditEvent.ip,
    AuditEvent.details,
)


class AccountRepository(Repository[User, Principal]):
    """Accounts: staff who may view accounts see all but the deleted; a person their own."""

    model = User

    def readable(self, principal: Principal) -> Select[Any]:
        statement = select(User).where(User.status != UserStatus.deleted)
        if sees_every_account(principal):
            return statement
        return statement.where(User.id == principal.user_id)

    async def memberships(
        self, principal: Principal, search: str | None = None
    ) -> list[MembershipInfo]:
        """The organisations the principal may log in for (portal employee on), by name."""
        statement = (
            select(Organisation.id, Organisation.name, Organisation.kind, Membership.portal_admin)
            .join(Membership, Membership.organisation_id == Organisation.id)
            .where(Membership.user_id == principal.user_id, Membership.portal_employee.is_(True))
            .order_by(Organisation.name)
        )
        if search:
            statement = statement.where(Organisation.name.ilike(contains_pattern(search)))
        return [
            MembershipInfo(
                organisation_id=row.id,
                organisation_name=row.name,
                kind=row.kind,
                portal_admin=row.portal_admin,
            )
            for row in await self.session.execute(statement)
        ]

    async def search(
        self, principal: Principal, q: str | None, page: PageRequest
    ) -> Page[AccountRead]:
        """A page of accounts by e-mail address, with their organisations and second factor."""

        def build() -> Select[Any]:
            statement = self.readable(principal).with_only_columns(*_ACCOUNT_COLUMNS, _EMAIL_KEY)
            if q:
                pattern = bindparam("pattern", type_=String)
                statement = statement.where(
                    User.display_name_sql().ilike(pattern) | User.email.ilike(pattern)
                )
            return statement

        # Staff's `readable` holds nothing of the principal: one statement for all of them.
        shape = bool(q) if sees_every_account(principal) else None
        values = {"pattern": contains_pattern(q)} if q else {}
        found = await self.page_of_shape(shape, build, values, ACCOUNTS, page, item=lambda row: row)
        return Page(items=await self._reads(found.items), next_cursor=found.next_cursor)

    async def account_read(self, user: User) -> AccountRead:
        [read] = await self._reads(
            [
                {
                    "id": user.id,
                    "email": user.email,
                    "full_name": user.display_name,
                    "status": user.status,
                    "staff_role": user.staff_role,
                    "language": user.language,
                    "last_login_at": user.last_login_at,
                    "staff_branch_id": user.staff_branch_id,
                }
            ]
        )
        return read

    async def _reads(self, accounts: Sequence[Any]) -> list[AccountRead]:
        """Accounts (rows or mappings) with memberships and second factor, in two reads."""
        found = [dict(a._mapping) if hasattr(a, "_mapping") else a for a in accounts]
        ids = [row["id"] for row in found]
        if not ids:
            return []
        memberships: dict[uuid.UUID, list[MembershipSummary]] = defaultdict(list)
        for m in await rows(
            self.session,
            select(
                Membership.user_id,
                Membership.id,
                Organisation.id.label("organisation_id"),
                Organisation.name,
                Organisation.kind,
                Membership.portal_admin,
                Membership.portal_employee,
                Membership.umbrella_link_reason,
            )
            .join(Organisation, Organisation.id == Membership.organisation_id)
            .where(one_of(Membership.user_id, ids))
            .order_by(func.lower(Organisation.name)),
        ):
            memberships[m.user_id].append(
                MembershipSummary(
                    id=m.id,
                    organisation_id=m.organisation_id,
                    organisation_name=m.name,
                    organisation_kind=m.kind,
                    portal_admin=m.portal_admin,
                    portal_employee=m.portal_employee,
                    umbrella_link_reason=m.umbrella_link_reason,  # checked by the database
                )
            )
        with_factor = {
            row.user_id
            for row in await rows(
                self.session,
                select(MfaFactor.user_id)
                .where(one_of(MfaFactor.user_id, ids), MfaFactor.confirmed_at.is_not(None))
                .distinct(),
            )
        }
        branch_ids = [row["staff_branch_id"] for row in found if row.get("staff_branch_id")]
        branches = {
            row.id: row.name
            for row in (
                await rows(
                    self.session,
                    select(Organisation.id, Organisation.name).where(
                        one_of(Organisation.id, branch_ids)
                    ),
                )
                if branch_ids
                else []
            )
        }
        return [
            AccountRead(
                id=row["id"],
                email=row["email"],
                full_name=row["full_name"],
                status=row["status"],
                staff_role=row["staff_role"],
                language=row["language"],
                last_login_at=row["last_login_at"],
                has_second_factor=row["id"] in with_factor,
                memberships=memberships[row["id"]],
                staff_branch_id=row.get("staff_branch_id"),
                staff_branch_name=branches.get(row.get("staff_branch_id")),
            )
            for row in found
        ]

    async def audit_trail(
        self, principal: Principal, user_id: uuid.UUID, page: PageRequest
    ) -> Page[AuditEventRead]:
        """What the person did and what was done to their account, newest first."""
        await self.get(principal, user_id)
        statement = select(*_AUDIT_COLUMNS).where(
            or_(AuditEvent.actor_user_id == user_id, AuditEvent.subject_id == user_id)
        )
        return await self.page(
            statement, AUDIT_TRAIL, page, item=lambda row: AuditEventRead.model_validate(row)
        )

    async def views(
        self, principal: Principal, user_id: uuid.UUID, page: PageRequest
    ) -> Page[AccountViewRead]:
        """Who read the account's record (its page, audit trail, sessions), newest first."""
        await self.get(principal, user_id)
        statement = (
            select(*_VIEW_COLUMNS)
            .select_from(AuditEvent)
            .outerjoin(_VIEWER, _VIEWER.c.id == AuditEvent.actor_user_id)
            .outerjoin(Organisation, Organisation.id == AuditEvent.organisation_id)
            .where(
                AuditEvent.subject_type == "user",
                AuditEvent.subject_id == user_id,
                AuditEvent.action.regexp_match(_VIEWED),
            )
        )
        return await self.page(statement, VIEWS, page, item=_view)

    async def live_sessions(
        self, user_id: uuid.UUID, idle_minutes: int
    ) -> list[AccountSessionRead]:
        """The account's sessions that still let it in, most recently used first."""
        now = datetime.now(UTC)
        found = await rows(
            self.session,
            select(
                UserSession.id,
                UserSession.created_at,
                UserSession.last_seen_at,
                UserSession.expires_at,
                UserSession.ip,
                UserSession.user_agent,
            )
            .where(
                UserSession.user_id == user_id,
                UserSession.revoked_at.is_(None),
                UserSession.expires_at > now,
                UserSession.last_seen_at > now - timedelta(minutes=idle_minutes),
            )
            .order_by(UserSession.last_seen_at.desc(), UserSession.id),
        )
        return [
            AccountSessionRead(
                id=row.id,
                created_at=row.created_at,
                last_seen_at=row.last_seen_at,
                expires_at=row.expires_at,
                ip=row.ip,
                user_agent=row.user_agent,
                device=device_of(row.user_agent),
            )
            for row in found
        ]

    async def has_membership(self, user_id: uuid.UUID) -> bool:
        """Whether the person belongs to any organisation (their links lead to the pro portal)."""
        found = await self.session.scalar(
            select(Membership.id).where(Membership.user_id == user_id).limit(1)
        )
        return found is not None


def _view(row: Any) -> AccountViewRead:
    known = row.viewer_email is not None
    return AccountViewRead(
        id=row.id,
        viewed_at=row.created_at,
        action=row.action,
        viewer_id=row.actor_user_id,
        viewer_name=(row.viewer_name or None) if known else None,
        viewer_email=row.viewer_email,
        viewer_staff_role=row.viewer_staff_role,
        organisation_id=row.organisation_id,
        organisation_name=row.organisation_name,
        ip=row.ip,
    )


class SessionRepository(Repository[UserSession, Principal]):
    """A person's own sessions that were not ended."""

    model = UserSession

    def readable(self, principal: Principal) -> Select[Any]:
        return select(UserSession).where(
            UserSession.user_id == principal.user_id, UserSession.revoked_at.is_(None)
        )

    async def live(self, principal: Principal) -> list[UserSession]:
        """Sessions still valid, most recently used first."""
        statement = (
            self.readable(principal)
            .where(UserSession.expires_at > datetime.now(UTC))
            .order_by(UserSession.last_seen_at.desc())
        )
        return list(await self.session.scalars(statement))
