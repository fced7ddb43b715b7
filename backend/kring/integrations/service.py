"""API clients: registering, rotating and revoking them, and issuing their access tokens."""

from __future__ import annotations

import base64
import binascii
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote_plus

from sqlalchemy import Row
from sqlalchemy.ext.asyncio import AsyncSession

from kring.accounts.service import confirmed_factors, require_recent_second_factor
from kring.audit import service as audit
from kring.auth import api_clients
from kring.auth.organisations import OrganisationPrincipal
from kring.auth.principal import Visitor
from kring.config import Settings
from kring.integrations.repository import ApiClientRepository
from kring.integrations.schemas import AccessToken, ApiClientCreate, ApiClientRead
from kring.kit.errors import NotFound
from kring.kit.i18n import N_
from kring.models.api_client import ApiClient


def _read(row: Row[Any]) -> ApiClientRead:
    """A client card (a Core row) as the API shows it."""
    return ApiClientRead(
        id=row.id,
        name=row.name,
        scopes=row.scopes,  # checked by the database
        responsible_name=" ".join(p for p in (row.first_name, row.prefix, row.last_name) if p),
        created_at=row.created_at,
        secret_rotated_at=row.secret_rotated_at,
        last_token_issued_at=row.last_token_issued_at,
        revoked_at=row.revoked_at,
    )


async def list_clients(db: AsyncSession, acting: OrganisationPrincipal) -> list[ApiClientRead]:
    return [_read(row) for row in await ApiClientRepository(db).cards(acting)]


async def read_client(
    db: AsyncSession, acting: OrganisationPrincipal, client_id: uuid.UUID
) -> ApiClientRead:
    return _read(await ApiClientRepository(db).card(acting, client_id))


async def _require_step_up(db: AsyncSession, acting: OrganisationPrincipal) -> None:
    principal = acting.principal
    require_recent_second_factor(principal, bool(await confirmed_factors(db, principal.user_id)))


async def create_client(
    db: AsyncSession, settings: Settings, acting: OrganisationPrincipal, body: ApiClientCreate
) -> tuple[ApiClient, str]:
    await _require_step_up(db, acting)
    secret = api_clients.new_client_secret()
    client = ApiClient(
        organisation_id=acting.organisation_id,
        responsible_user_id=acting.principal.user_id,
        name=body.name,
        scopes=list(body.scopes),
        secret_hash=api_clients.hash_client_secret(settings, secret),
    )
    db.add(client)
    await db.flush()
    await audit.record(
        db,
        acting,
        "api_client.created",
        subject_type="api_client",
        subject_id=client.id,
        details={"scopes": list(body.scopes)},
    )
    return client, secret


async def rotate_secret(
    db: AsyncSession,
    settings: Settings,
    acting: OrganisationPrincipal,
    client_id: uuid.UUID,
) -> tuple[ApiClient, str]:
    """A new secret; the old one and every token issued with it stop working at once."""
    await _require_step_up(db, acting)
    client = await ApiClientRepository(db).get(acting, client_id, for_update=True)
    if client.revoked_at is not None:
        raise NotFound()
    secret = api_clients.new_client_secret()
    client.secret_hash = api_clients.hash_client_secret(settings, secret)
    client.token_generation += 1
    client.secret_rotated_at = datetime.now(UTC)
    client.responsible_user_id = acting.principal.user_id
    await db.flush()
    await audit.record(
        db, acting, "api_client.secret_rotated", subject_type="api_client", subject_id=client.id
    )
    return client, secret


async def revoke_client(
    db: AsyncSession, acting: OrganisationPrincipal, client_id: uuid.UUID
) -> None:
    """Kept (revoked) for the record; its tokens stop working at once."""
    client = await ApiClientRepository(db).get(acting, client_id, for_update=True)
    if client.revoked_at is not None:
        return
    client.revoked_at = datetime.now(UTC)
    client.token_generation += 1
    await db.flush()
    await audit.record(
        db, acting, "api_client.revoked", subject_type="api_client", subject_id=client.id
    )


class TokenRefused(Exception):
    """An OAuth2 error (RFC 6749, section 5.2) for the token endpoint to answer with."""

    def __init__(self, error: str, description: str, status: int = 400) -> None:
        self.error, self.description, self.status = error, description, status
        super().__init__(error)


@dataclass(frozen=True)
class TokenRequest:
    grant_type: str | None
    scope: str | None
    client_id: str | None
    client_secret: str | None


def parse_token_request(form: dict[str, list[str]], authorization: str | None) -> TokenRequest:
    """Client authentication by HTTP Basic (preferred) or in the form, never both."""
    if any(len(values) > 1 for values in form.values()):
        raise TokenRefused("invalid_request", N_("Send each parameter once."))
    fields = {name: values[0] for name, values in form.items()}
    client_id, client_secret = fields.get("client_id"), fields.get("client_secret")
    scheme, _, credentials = (authorization or "").partition(" ")
    if scheme.lower() == "basic":
        if client_secret is not None:
            raise TokenRefused(
                "invalid_request", N_("Authenticate the client in one way only, not two.")
            )
        try:
            decoded = base64.b64decode(credentials.strip(), validate=True).decode()
        except (binascii.Error, UnicodeDecodeError):
            decoded = ""
        basic_id, colon, basic_secret = decoded.partition(":")
        if not colon:
            raise TokenRefused(
                "invalid_client", N_("The client id or secret is not right."), status=401
            )
        # RFC 6749, 2.3.1: both parts are form-encoded before they are joined.
        client_id, client_secret = unquote_plus(basic_id), unquote_plus(basic_secret)
    return TokenRequest(fields.get("grant_type"), fields.get("scope"), client_id, client_secret)


async def issue_token(
    db: AsyncSession, settings: Settings, visitor: Visitor, token_request: TokenRequest
) -> AccessToken:
    if token_request.grant_type != "client_credentials":
        raise TokenRefused(
            "unsupported_grant_type", N_("Only the client_credentials grant is supported.")
        )
    if not token_request.client_id or not token_request.client_secret:
        raise TokenRefused(
            "invalid_client", N_("The client id or secret is not right."), status=401
        )
    client = await ApiClientRepository(db).for_token(token_request.client_id)
    authenticated = api_clients.secret_matches(settings, client, token_request.client_secret)
    if client is None or not authenticated or client.revoked_at is not None:
        raise TokenRefused(
            "invalid_client", N_("The client id or secret is not right."), status=401
        )
    if await api_clients.standing_of(db, client) is None:
        raise TokenRefused(
            "invalid_client",
            N_("The person responsible for this client can no longer act for the organisation."),
            status=401,
        )
    requested = (token_request.scope or "").split()
    if any(scope not in client.scopes for scope in requested):
        raise TokenRefused("invalid_scope", N_("This client was not given that scope."))
    scopes = requested or list(client.scopes)
    client.last_token_issued_at = datetime.now(UTC)
    await audit.record(
        db,
        visitor,
        "api_client.token_issued",
        organisation_id=client.organisation_id,
        subject_type="api_client",
        subject_id=client.id,
        details={"scopes": scopes},
    )
    return AccessToken(
        access_token=api_clients.issue_access_token(settings, client, scopes),
        expires_in=settings.api_token_minutes * 60,
        scope=" ".join(scopes),
    )
