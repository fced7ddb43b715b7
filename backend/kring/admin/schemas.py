"""Request and response bodies for staff administration."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict

from kring.kit.i18n import Language


class AccountStatus(BaseModel):
    """An account as staff see it after changing its status."""

    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "id": "0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e0f",
                    "email": "petra@zorggroep.example",
                    "status": "active",
                    "language": "nl",
                    "last_login_at": "2026-05-01T09:30:00Z",
                    "reactivated_at": "2026-11-23T10:00:00Z",
                }
            ]
        },
    )

    id: uuid.UUID
    email: str
    status: str
    language: Language
    last_login_at: datetime | None
    reactivated_at: datetime | None
