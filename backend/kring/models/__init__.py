"""All SQLAlchemy models, imported here so Alembic and the mappers see every table."""

from kring.models.audit import AuditEvent
from kring.models.outbox import OutboxMessage, OutboxStatus
from kring.models.session import ActionToken, TokenPurpose, UserSession
from kring.models.user import StaffRole, User, UserStatus

__all__ = [
    "ActionToken",
    "AuditEvent",
    "OutboxMessage",
    "OutboxStatus",
    "StaffRole",
    "TokenPurpose",
    "User",
    "UserSession",
    "UserStatus",
]
