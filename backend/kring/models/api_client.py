"""Registered third-party systems that call the API for one organisation (OAuth2 clients)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from kring.auth.scopes import ALL_SCOPES
from kring.kit.db import Base, RecordMixin

_KNOWN_SCOPES = ", ".join(f"'{scope}'" for scope in ALL_SCOPES)


class ApiClient(RecordMixin, Base):
    """The client id is the row id; only a keyed hash of the secret is stored.

    Tokens carry the client's `token_generation`: rotating the secret, revoking the client or
    deactivating the person responsible for it raises the number and so ends every token issued
    before, without a token table.
    """

    __tablename__ = "api_client"
    __table_args__ = (
        CheckConstraint("length(btrim(name)) BETWEEN 1 AND 100", name="name_length"),
        CheckConstraint("octet_length(secret_hash) = 32", name="secret_hash_length"),
        CheckConstraint("cardinality(scopes) >= 1", name="scopes_not_empty"),
        CheckConstraint(f"scopes <@ ARRAY[{_KNOWN_SCOPES}]::varchar[]", name="scopes_known"),
        CheckConstraint("token_generation >= 1", name="token_generation_positive"),
    )

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), nullable=False, index=True
    )
    # The portal admin (or staff member) who registered or last rotated it: the API client acts
    # with that person's standing in the organisation, never more.
    responsible_user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("user_account.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    scopes: Mapped[list[str]] = mapped_column(ARRAY(String(40)), nullable=False)
    secret_hash: Mapped[bytes] = mapped_column(LargeBinary(32), nullable=False)
    token_generation: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("1"))
    secret_rotated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_token_issued_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
