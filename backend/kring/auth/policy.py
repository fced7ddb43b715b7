"""Policy helpers: every query about organisation data is scoped to the actor's organisation."""

from __future__ import annotations

import uuid
from typing import Any, TypeVar

from sqlalchemy import Select
from sqlalchemy.orm import InstrumentedAttribute

from kring.auth.actor import Actor
from kring.kit.errors import KringError
from kring.kit.i18n import N_

S = TypeVar("S", bound=Select[Any])


class OrganisationChoiceRequired(KringError):
    status, slug, title = 409, "organisation-choice-required", N_("Choose an organisation")


def active_organisation(actor: Actor) -> uuid.UUID:
    """The organisation the actor acts for, or a 409 asking them to choose one first."""
    if actor.active_organisation_id is None:
        raise OrganisationChoiceRequired(N_("Choose the organisation you act for first."))
    return actor.active_organisation_id


def scoped_to_organisation(
    statement: S, actor: Actor, column: InstrumentedAttribute[uuid.UUID]
) -> S:
    """Add `column = <actor's organisation>`: rows of other organisations simply do not exist
    for this actor, so looking one up by id gives 404, never 403-with-details."""
    return statement.where(column == active_organisation(actor))
