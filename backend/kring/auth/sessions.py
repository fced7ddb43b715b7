"""Server-side sessions: an opaque cookie, a hashed row in PostgreSQL, idle and absolute limits."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import Request, Response
from sqlalchemy import bindparam, func, select, text, update
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.ext.asyncio import AsyncSession

from kring.auth.principal import Membership, Principal, Visitor
from kring.auth.tokens import csrf_token_for, new_token, token_hash
from kring.config import Settings
from kring.kit.rows import Prepared, attached, loaded_columns
from kring.models.organisation import Membership as OrgMembership
from kring.models.organisation import Organisation
from kring.models.session import UserSession
from kring.models.user import User, UserStatus

CSRF_COOKIE = "kring_csrf"
CSRF_HEADER = "X-CSRF-Token"
# Writing last_seen_at on every request would turn every read into a write.
_TOUCH_AFTER = timedelta(seconds=60)


def session_cookie_name(settings: Settings) -> str:
    return "__Host-kring_session" if settings.secure_cookies else "kring_session"


def set_session_cookies(response: Response, settings: Settings, token: str) -> None:
    secure = settings.secure_cookies
    max_age = settings.session_absolute_hours * 3600
    response.set_cookie(
        session_cookie_name(settings),
        token,
        max_age=max_age,
        path="/",
        secure=secure,
        httponly=True,
        samesite="lax",
    )
    # Readable by the portals' script, which sends it back in the CSRF header.
    response.set_cookie(
        CSRF_COOKIE,
        csrf_token_for(settings, token),
        max_age=max_age,
        path="/",
        secure=secure,
        httponly=False,
        samesite="lax",
    )


def clear_session_cookies(response: Response, settings: Settings) -> None:
    secure = settings.secure_cookies
    response.delete_cookie(
        session_cookie_name(settings), path="/", secure=secure, httponly=True, samesite="lax"
    )
    response.delete_cookie(CSRF_COOKIE, path="/", secure=secure, samesite="lax")


@dataclass(frozen=True)
class StartedSession:
    """A session just started; the endpoint sets `token` as the session cookie."""

    row: UserSession
    token: str


async def start_session(
    db: AsyncSession, settings: Settings, user: User, visitor: Principal | Visitor
) -> StartedSession:
    """A new session (and so a new id) at every log-in; the old cookie, if any, is not reused."""
    now = datetime.now(UTC)
    token = new_token()
    row = UserSession(
        user_id=user.id,
        token_hash=token_hash(settings, token),
        last_seen_at=now,
        expires_at=now + timedelta(hours=settings.session_absolute_hours),
        ip=visitor.client_address,
        user_agent=visitor.user_agent,
    )
    db.add(row)
    await db.flush()
    return StartedSession(row, token)


def person_principal(user: User, visitor: Visitor, session: UserSession | None = None) -> Principal:
    """The principal of a person who just proved who they are, before a request resolves it."""
    return Principal(
        user=user,
        session=session,
        staff_role=user.staff_role,
        client_address=visitor.client_address,
        user_agent=visitor.user_agent,
    )


@dataclass(frozen=True)
class ResolvedSession:
    session: UserSession
    user: User
    # Still a member who may log in for the session's organisation? Else None.
    active_organisation_id: uuid.UUID | None
    # The organisations the person may log in for (portal employee), by name.
    memberships: tuple[Membership, ...]

    @property
    def is_member(self) -> bool:
        """A member (with log-in) of any organisation: such accounts need a second factor."""
        return bool(self.memberships)


# Built once: the statement of every signed-in request (session, person and their
# organisations in one round trip), so no request pays for building it again.
_MEMBERSHIPS = (
    select(
        func.coalesce(
            func.json_agg(
                aggregate_order_by(
                    func.json_build_array(
                        Organisation.id,
                        Organisation.name,
                        Organisation.kind,
                        OrgMembership.portal_admin,
                        OrgMembership.id,
                    ),
                    Organisation.name,
                )
            ),
            text("'[]'::json"),
        )
    )
    .select_from(OrgMembership)
    .join(Organisation, Organisation.id == OrgMembership.organisation_id)
    .where(OrgMembership.user_id == UserSession.user_id, OrgMembership.portal_employee.is_(True))
    .scalar_subquery()
)
_SESSION_COLUMNS = len(loaded_columns(UserSession))
_RESOLVE = Prepared(
    select(*loaded_columns(UserSession), *loaded_columns(User), _MEMBERSHIPS)
    .join(User, User.id == UserSession.user_id)
    .where(UserSession.token_hash == bindparam("token_hash"))
    .where(UserSession.revoked_at.is_(None))
)


def _memberships(found: str | list[list[Any]]) -> tuple[Membership, ...]:
    rows = json.loads(found) if isinstance(found, str) else found
    return tuple(
        Membership(
            uuid.UUID(organisation_id), name, kind, bool(portal_admin), uuid.UUID(membership_id)
        )
        for organisation_id, name, kind, portal_admin, membership_id in rows
    )


async def resolve_session(
    db: AsyncSession, settings: Settings, request: Request
) -> ResolvedSession | None:
    token = request.cookies.get(session_cookie_name(settings))
    if not token:
        return None
    found = await _RESOLVE.rows(db, token_hash=token_hash(settings, token))
    if not found:
        return None
    # Read as plain columns (no ORM loading on every request), then handed to the session as
    # if it had loaded them: touching the session or changing the person is flushed as usual.
    row = found[0]
    user_session = attached(db, UserSession, row[:_SESSION_COLUMNS])
    user = attached(db, User, row[_SESSION_COLUMNS:-1])
    memberships_found = row[-1]
    now = datetime.now(UTC)
    idle_limit = user_session.last_seen_at + timedelta(minutes=settings.session_idle_minutes)
    if user_session.expires_at <= now or idle_limit <= now or user.status != UserStatus.active:
        return None
    if now - user_session.last_seen_at > _TOUCH_AFTER:
        user_session.last_seen_at = now
        await db.flush()
    memberships = _memberships(memberships_found)
    active = user_session.active_organisation_id
    still_member = any(m.organisation_id == active for m in memberships)
    return ResolvedSession(user_session, user, active if still_member else None, memberships)


async def choose_only_organisation(db: AsyncSession, user_session: UserSession) -> int:
    """Act for the organisation when there is exactly one; returns how many there are."""
    organisation_ids = list(
        await db.scalars(
            select(OrgMembership.organisation_id).where(
                OrgMembership.user_id == user_session.user_id,
                OrgMembership.portal_employee.is_(True),
            )
        )
    )
    if len(organisation_ids) == 1:
        user_session.active_organisation_id = organisation_ids[0]
        await db.flush()
    return len(organisation_ids)


async def revoke_sessions(
    db: AsyncSession, user_id: uuid.UUID, *, except_session: uuid.UUID | None = None
) -> int:
    statement = (
        update(UserSession)
        .where(UserSession.user_id == user_id, UserSession.revoked_at.is_(None))
        .values(revoked_at=datetime.now(UTC))
    )
    if except_session is not None:
        statement = statement.where(UserSession.id != except_session)
    result = await db.execute(statement)
    return int(result.rowcount)  # type: ignore[attr-defined]
