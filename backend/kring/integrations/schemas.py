"""Request and response bodies for API clients and their access tokens."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from kring.auth.scopes import ApiScope
from kring.kit.i18n import _
from kring.kit.types import Text


def _no_repeats(scopes: list[ApiScope]) -> list[ApiScope]:
    if len(set(scopes)) != len(scopes):
        raise ValueError(_("Name each scope once."))
    return scopes


class ApiClientCreate(BaseModel):
    """Register a third-party system for the organisation."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"name": "Zorgdossier koppeling", "scopes": ["organisation:read"]}]
        }
    )

    name: Annotated[str, Text(min_length=1, max_length=100)]
    scopes: Annotated[
        list[ApiScope], Field(min_length=1, max_length=20), AfterValidator(_no_repeats)
    ]


class ApiClientRead(BaseModel):
    """A registered API client; its secret is never shown again after creation or rotation."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e0f",
                    "name": "Zorgdossier koppeling",
                    "scopes": ["organisation:read"],
                    "responsible_name": "Petra de Vries",
                    "created_at": "2026-11-23T10:00:00Z",
                    "secret_rotated_at": None,
                    "last_token_issued_at": "2026-11-23T10:05:00Z",
                    "revoked_at": None,
                }
            ]
        }
    )

    id: uuid.UUID = Field(description="Also the OAuth2 client_id.")
    name: str
    scopes: list[ApiScope]
    responsible_name: str = Field(
        description="The portal admin the client acts for; it stops working when they leave."
    )
    created_at: datetime
    secret_rotated_at: datetime | None
    last_token_issued_at: datetime | None
    revoked_at: datetime | None


class ApiClientCredentials(BaseModel):
    """The client's credentials: store the secret now, it is shown only this once."""

    client: ApiClientRead
    client_id: str
    client_secret: str
    token_url: str


class AccessToken(BaseModel):
    """An OAuth2 access token response (RFC 6749, section 5.1)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "access_token": "eyJhbGciOiJIUzI1NiIsInR5cCI6ImF0K2p3dCJ9...",
                    "token_type": "Bearer",
                    "expires_in": 1800,
                    "scope": "organisation:read",
                }
            ]
        }
    )

    access_token: str
    token_type: Literal["Bearer"] = "Bearer"  # noqa: S105 (the token type, not a secret)
    expires_in: int
    scope: str


class OAuthError(BaseModel):
    """An OAuth2 error response (RFC 6749, section 5.2) that is also a problem document."""

    error: Literal["invalid_request", "invalid_client", "invalid_scope", "unsupported_grant_type"]
    error_description: str
    type: str
    title: str
    status: int
    detail: str
