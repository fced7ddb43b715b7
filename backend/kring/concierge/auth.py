"""Who works the concierge service: staff whose role may work cases (the concierge) or keep
subscriptions, members of a municipality or social service for the residents of the
neighbourhoods it serves (`DashboardMember`), and the subscriber for their own subscription."""

from __future__ import annotations

import uuid
from typing import Annotated

from sqlalchemy import Select, select

from kring.auth.dependencies import staff_for
from kring.auth.principal import Principal
from kring.auth.staff_roles import StaffTask
from kring.models.concierge import ConciergeCase, ConciergeSubscription
from kring.models.neighbourhood import Resident
from kring.neighbourhoods.service import DashboardMember, served_neighbourhoods

__all__ = [
    "ConciergeWorker",
    "DashboardMember",
    "SubscriptionKeeper",
    "cases_of_subscriber",
    "subscriptions_of_organisation",
    "subscriptions_of_subscriber",
]

ConciergeWorker = Annotated[Principal, staff_for(StaffTask.work_concierge_cases)]
SubscriptionKeeper = Annotated[Principal, staff_for(StaffTask.manage_concierge_subscriptions)]


def residents_served_by(organisation_id: uuid.UUID) -> Select[uuid.UUID]:
    """The people living in the neighbourhoods the organisation serves."""
    return select(Resident.user_id).where(
        Resident.neighbourhood_id.in_(served_neighbourhoods(organisation_id))
    )


def subscriptions_of_organisation(
    organisation_id: uuid.UUID,
) -> Select[ConciergeSubscription]:
    """A dashboard member's subscriptions: those the organisation funds or manages, of people
    who (still) live in a neighbourhood it serves."""
    return select(ConciergeSubscription).where(
        ConciergeSubscription.organisation_id == organisation_id,
        ConciergeSubscription.user_id.in_(residents_served_by(organisation_id)),
    )


def subscriptions_of_subscriber(user_id: uuid.UUID) -> Select[ConciergeSubscription]:
    return select(ConciergeSubscription).where(ConciergeSubscription.user_id == user_id)


def cases_of_subscriber(user_id: uuid.UUID) -> Select[ConciergeCase]:
    """The subscriber's own cases, of any of their subscriptions."""
    return select(ConciergeCase).where(
        ConciergeCase.subscription_id.in_(
            select(ConciergeSubscription.id).where(ConciergeSubscription.user_id == user_id)
        )
    )
