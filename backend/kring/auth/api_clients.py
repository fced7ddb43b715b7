"""OAuth2 client credentials: access tokens for API clients and the principal they stand for.

Access tokens are JWTs (RFC 9068 profile) signed with HS256 under a key derived from the secret
key. Only the algorithms in `ALGORITHMS` are ever accepted, so a token claiming `none` or a
public-key algorithm is refused before anything else is read. Every request still loads the
client: a revoked or rotated client, or a responsible person who lost their standing, ends the
token at once instead of at its expiry.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
import uuid
from typing import Any

from fastapi.openapi.models import OAuthFlowClientCredentials
from fastapi.openapi.models import OAuthFlows as OAuthFlowsModel
from fastapi.security import OAuth2
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import OctKey
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from kring.auth.principal import Principal, Visitor
from kring.auth.scopes import SCOPE_DESCRIPTIONS
from kring.auth.staff_roles import StaffTask, may
from kring.auth.tokens import token_hash
from kring.config import Settings
from kring.kit.errors import Forbidden, Unauthorized
from kring.kit.i18n import N_
from kring.models.api_client import ApiClient
from kring.models.organisation import Membership
from kring.models.user import StaffRole, User, UserStatus

ALGORITHMS = ["HS256"]
TOKEN_TYPE = "at+jwt"  # noqa: S105 (a media type, not a secret)
SECRET_PREFIX = "kring_cs_"  # noqa: S105 (lets secret scanners recognise a leaked secret)


def new_client_secret() -> str:
    return SECRET_PREFIX + secrets.token_urlsafe(32)


def secret_matches(settings: Settings, client: ApiClient | None, secret: str) -> bool:
    """Constant-time; an unknown client still costs one hash, like a known one."""
    given = token_hash(settings, "api-client:" + secret)
    stored = client.secret_hash if client is not None else bytes(32)
    return hmac.compare_digest(given, stored) and client is not None


def hash_client_secret(settings: Settings, secret: str) -> bytes:
    return token_hash(settings, "api-client:" + secret)


def _signing_key(settings: Settings) -> OctKey:
    secret = settings.secret_key.get_secret_value().encode()
    return OctKey.import_key(hmac.new(secret, b"oauth-access-token", hashlib.sha256).digest())


def _audience(settings: Settings) -> str:
    return settings.public_url.rstrip("/") + "/api"


def issue_access_token(settings: Settings, client: ApiClient, scopes: list[str]) -> str:
    now = int(time.time())
    claims: dict[str, Any] = {
        "iss": settings.public_url.rstrip("/"),
        "aud": _audience(settings),
        "sub": str(client.id),
        "client_id": str(client.id),
        "org": str(client.organisation_id),
        "scope": " ".join(scopes),
        "gen": client.token_generation,
        "iat": now,
        "exp": now + settings.api_token_minutes * 60,
        "jti": secrets.token_hex(16),
    }
    header = {"alg": ALGORITHMS[0], "typ": TOKEN_TYPE}
    return jwt.encode(header, claims, _signing_key(settings), algorithms=ALGORITHMS)


class InvalidToken(Unauthorized):
    slug = "invalid-token"


class InsufficientScope(Forbidden):
    slug = "insufficient-scope"


def _invalid(
    detail: str = N_("This access token is not valid (any more). Get a new one."),
) -> InvalidToken:
    return InvalidToken(detail, headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})


def _verified_claims(settings: Settings, token: str) -> dict[str, Any]:
    try:
        decoded = jwt.decode(token, _signing_key(settings), algorithms=ALGORITHMS)
        if decoded.header.get("typ") != TOKEN_TYPE:
            raise _invalid()
        jwt.JWTClaimsRegistry(
            leeway=0,
            iss={"essential": True, "value": settings.public_url.rstrip("/")},
            aud={"essential": True, "value": _audience(settings)},
            exp={"essential": True},
            iat={"essential": True},
            sub={"essential": True},
            gen={"essential": True},
        ).validate(decoded.claims)
    except (JoseError, ValueError) as error:
        raise _invalid() from error
    return decoded.claims


async def standing_of(db: AsyncSession, client: ApiClient) -> User | None:
    """The responsible person, while they may still act for the client's organisation."""
    user = await db.get(User, client.responsible_user_id)
    if user is None or user.status != UserStatus.active:
        return None
    if user.staff_role is not None and may(
        frozenset({StaffRole(user.staff_role)}), StaffTask.manage_api_clients
    ):
        return user
    admin = await db.scalar(
        select(Membership.id).where(
            Membership.user_id == user.id,
            Membership.organisation_id == client.organisation_id,
            Membership.portal_admin.is_(True),
            Membership.portal_employee.is_(True),
        )
    )
    return user if admin is not None else None


async def actor_from_access_token(
    db: AsyncSession, settings: Settings, token: str, scope: str, visitor: Visitor
) -> Principal:
    """The principal of a bearer token that grants `scope`; 401 for a bad token, 403 for a scope."""
    claims = _verified_claims(settings, token)
    try:
        client_id = uuid.UUID(str(claims["sub"]))
    except ValueError as error:
        raise _invalid() from error
    client = await db.get(ApiClient, client_id)
    if client is None or client.revoked_at is not None or client.token_generation != claims["gen"]:
        raise _invalid()
    user = await standing_of(db, client)
    if user is None:
        raise _invalid()
    granted = frozenset(str(claims.get("scope", "")).split())
    if scope not in granted:
        raise InsufficientScope(
            N_("This access token does not grant the scope {scope}."),
            scope=scope,
            headers={"WWW-Authenticate": f'Bearer error="insufficient_scope", scope="{scope}"'},
        )
    return Principal(
        user=user,
        session=None,
        staff_role=None,
        active_organisation_id=client.organisation_id,
        is_member=True,
        scopes=granted,
        api_client_id=client.id,
        client_address=visitor.client_address,
        user_agent=visitor.user_agent,
    )


CLIENT_CREDENTIALS = OAuth2(
    flows=OAuthFlowsModel(
        clientCredentials=OAuthFlowClientCredentials(
            tokenUrl="/api/v1/auth/oauth/token", scopes=dict(SCOPE_DESCRIPTIONS)
        )
    ),
    scheme_name="OAuth2ClientCredentials",
    description="For third-party systems: an API client's access token (Bearer).",
    auto_error=False,
)


async def end_tokens_of(db: AsyncSession, user_ids: list[uuid.UUID]) -> None:
    """The people are deactivated: every token their API clients hold stops working."""
    await db.execute(
        update(ApiClient)
        .where(ApiClient.responsible_user_id.in_(user_ids), ApiClient.revoked_at.is_(None))
        .values(token_generation=ApiClient.token_generation + 1)
    )
