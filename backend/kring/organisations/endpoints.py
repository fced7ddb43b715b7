"""Organisations: what members, staff and API clients may read about them."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter

from kring.auth.actor import Actor
from kring.auth.api_clients import actor_with_scope
from kring.kit.db import DbSession
from kring.kit.errors import NotFound, problem_responses
from kring.organisations import repository
from kring.organisations.schemas import OrganisationRead

router = APIRouter(prefix="/organisations", tags=["organisations"])


@router.get(
    "/{organisation_id}",
    operation_id="organisations:get",
    summary="An organisation",
    responses=problem_responses(401, 403, 404, 409),
)
async def get_organisation(
    organisation_id: uuid.UUID,
    db: DbSession,
    actor: Annotated[Actor, actor_with_scope("organisation:read")],
) -> OrganisationRead:
    """The organisation you act for (staff: any); any other is not found."""
    organisation = await repository.get_visible(db, actor, organisation_id)
    if organisation is None:
        raise NotFound()
    return OrganisationRead.model_validate(organisation)
