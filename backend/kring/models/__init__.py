"""All SQLAlchemy models, imported here so Alembic and the mappers see every table."""

from kring.models.outbox import OutboxMessage, OutboxStatus

__all__ = ["OutboxMessage", "OutboxStatus"]
