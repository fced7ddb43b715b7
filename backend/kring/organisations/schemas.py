"""Request and response bodies for organisations."""

from __future__ import annotations

import uuid

from pydantic import BaseModel, ConfigDict

from kring.models.organisation import OrganisationKind


class OrganisationRead(BaseModel):
    """An organisation as its members (and its API clients) see it."""

    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "id": "0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e0f",
                    "kind": "care_organisation",
                    "name": "Zorggroep De Linde",
                }
            ]
        },
    )

    id: uuid.UUID
    kind: OrganisationKind
    name: str
