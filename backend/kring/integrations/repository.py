"""Reading API clients: an organisation's own, or the one a token request names."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Row, Select, select

from kring.auth.organisations import OrganisationPrincipal
from kring.kit.errors import NotFound
from kring.kit.repository import Repository
from kring.models.api_client import ApiClient
from kring.models.user import User

_CARD: tuple[Any, ...] = (
    ApiClient.id,
    ApiClient.name,
    ApiClient.scopes,
    User.first_name,
    User.prefix,
    User.last_name,
    ApiClient.created_at,
    ApiClient.secret_rotated_at,
    ApiClient.last_token_issued_at,
    ApiClient.revoked_at,
)


class ApiClientRepository(Repository[ApiClient, OrganisationPrincipal]):
    model = ApiClient

    def readable(self, principal: OrganisationPrincipal) -> Select[Any]:
        return select(ApiClient).where(ApiClient.organisation_id == principal.organisation_id)

    def _cards(self, principal: OrganisationPrincipal) -> Select[Any]:
        """Each client with its responsible person's name parts, as Core rows."""
        return (
            self.readable(principal)
            .with_only_columns(*_CARD)
            .outerjoin(User, User.id == ApiClient.responsible_user_id)
        )

    async def cards(self, principal: OrganisationPrincipal) -> list[Row[Any]]:
        """Every client of the organisation (a handful): current ones first, newest first."""
        statement = self._cards(principal).order_by(
            ApiClient.revoked_at.is_not(None), ApiClient.created_at.desc(), ApiClient.id
        )
        return list((await self.session.execute(statement)).all())

    async def card(self, principal: OrganisationPrincipal, client_id: uuid.UUID) -> Row[Any]:
        statement = self._cards(principal).where(ApiClient.id == client_id)
        found: Row[Any] | None = (await self.session.execute(statement)).first()
        if found is None:
            raise NotFound()
        return found

    async def for_token(self, client_id: str) -> ApiClient | None:
        """The client a token request names, before anyone is known: the secret decides."""
        try:
            parsed = uuid.UUID(client_id)
        except ValueError:
            return None
        return await self.session.get(ApiClient, parsed)
