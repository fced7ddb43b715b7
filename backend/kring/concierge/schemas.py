"""Request and response bodies of the concierge service. Money in integer cents; dates are
calendar days (Europe/Amsterdam)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from kring.kit.types import Text
from kring.models.concierge import (
    MAX_BUDGET_CENTS,
    MAX_COST_CENTS,
    MAX_COST_DESCRIPTION_LENGTH,
    MAX_DESCRIPTION_LENGTH,
    MAX_OPTION_LENGTH,
    MAX_SUBJECT_LENGTH,
    CaseChannel,
    CaseStatus,
    Funding,
    OptionKind,
    SolvedBy,
)

BudgetCents = Annotated[int, Field(ge=1, le=MAX_BUDGET_CENTS, description="Euro cents a month.")]
AmountCents = Annotated[int, Field(ge=1, le=MAX_COST_CENTS, description="Euro cents.")]
CostCents = Annotated[int, Field(ge=0, le=MAX_COST_CENTS, description="Euro cents; 0 is free.")]
Subject = Annotated[str, Text(min_length=1, max_length=MAX_SUBJECT_LENGTH)]
Description = Annotated[str, Text(min_length=1, max_length=MAX_DESCRIPTION_LENGTH)]
OptionText = Annotated[str, Text(min_length=1, max_length=MAX_OPTION_LENGTH)]
CostText = Annotated[str, Text(min_length=1, max_length=MAX_COST_DESCRIPTION_LENGTH)]
Email = Annotated[str, Text(min_length=3, max_length=254)]
Satisfaction = Annotated[int, Field(ge=1, le=5)]

_ID = "0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e0f"


# --- subscriptions -----------------------------------------------------------------------------


class ConciergeSubscriptionCreate(BaseModel):
    """Staff subscribe a person; `organisation_id` names the municipality or social service
    that funds or manages it, if any."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "user_id": _ID,
                    "starts_on": "2026-12-01",
                    "monthly_budget_cents": 15000,
                    "funding": "wmo",
                }
            ]
        }
    )

    user_id: uuid.UUID
    organisation_id: uuid.UUID | None = None
    starts_on: date
    ends_on: date | None = None
    monthly_budget_cents: BudgetCents
    funding: Funding


class ConciergeMemberSubscriptionCreate(BaseModel):
    """A municipality's member subscribes a resident of a neighbourhood it serves, named by the
    e-mail address of their account."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "email": "truus@example.org",
                    "starts_on": "2026-12-01",
                    "monthly_budget_cents": 15000,
                    "funding": "wmo",
                }
            ]
        }
    )

    email: Email
    starts_on: date
    ends_on: date | None = None
    monthly_budget_cents: BudgetCents
    funding: Funding


class ConciergeSubscriptionUpdate(BaseModel):
    """Change the budget or the funding (from this month's ledger on)."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"monthly_budget_cents": 20000}]})

    monthly_budget_cents: BudgetCents | None = None
    funding: Funding | None = None


class ConciergeSubscriptionEnd(BaseModel):
    """The last day of the subscription (not before its first)."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"ends_on": "2026-12-31"}]})

    ends_on: date


class ConciergeSubscriptionRead(BaseModel):
    id: uuid.UUID
    user_id: uuid.UUID
    subscriber_name: str
    organisation_id: uuid.UUID | None
    starts_on: date
    ends_on: date | None
    monthly_budget_cents: int
    funding: Funding
    active: bool = Field(description="Running today.")
    created_at: datetime


class ConciergeLedger(BaseModel):
    """One month of a subscription's budget: spent counts the costs of that month (by the day
    they were spent)."""

    month: str = Field(description="YYYY-MM")
    budget_cents: int
    spent_cents: int
    left_cents: int = Field(description="Negative when over budget.")
    used_share: float = Field(description="spent / budget: 0.8 is 80%.")
    warning: bool = Field(description="80% or more is used.")
    over: bool = Field(description="More than the budget is spent.")


class ConciergeSubscriptionWithLedger(BaseModel):
    subscription: ConciergeSubscriptionRead
    ledger: ConciergeLedger


# --- cases and options -------------------------------------------------------------------------


class ConciergeCaseCreate(BaseModel):
    """A request for help, in the subscriber's words."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "subject": "Hulp bij de tuin",
                    "description": "De heg moet gesnoeid worden voor de winter.",
                }
            ]
        }
    )

    subject: Subject
    description: Description
    skill_id: uuid.UUID | None = None


class ConciergePhoneCaseCreate(ConciergeCaseCreate):
    """The concierge enters a request that came by phone."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "subscription_id": _ID,
                    "subject": "Hulp bij de tuin",
                    "description": "De heg moet gesnoeid worden voor de winter.",
                }
            ]
        }
    )

    subscription_id: uuid.UUID


class ConciergeCaseUpdate(BaseModel):
    """Follow-up: the case's next status; `solved_by` and `satisfaction` only when done."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"status": "done", "solved_by": "neighbour", "satisfaction": 5}]
        }
    )

    status: CaseStatus
    solved_by: SolvedBy | None = None
    satisfaction: Satisfaction | None = None


class ConciergeBadges(BaseModel):
    """What Kring's staff checked of a provider."""

    identity_document_seen: bool
    seen_in_person: bool
    introduction_video: bool
    certificate_of_conduct: bool


class ConciergeOptionCreate(BaseModel):
    """A proposal: a neighbour or volunteer (`user_id`, a resident of the subscriber's
    neighbourhood), a help request posted there (`post_id`), or a provider
    (`provider_profile_id`), with its cost."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "kind": "neighbour",
                    "user_id": _ID,
                    "description": "Anna snoeit zaterdag de heg, gratis.",
                    "cost_cents": 0,
                }
            ]
        }
    )

    kind: OptionKind
    user_id: uuid.UUID | None = None
    post_id: uuid.UUID | None = None
    provider_profile_id: uuid.UUID | None = None
    description: OptionText
    cost_cents: CostCents


class ConciergeOptionRead(BaseModel):
    """A proposed option. `verified` for a provider: staff saw their identity document; null
    for informal help."""

    id: uuid.UUID
    kind: OptionKind
    name: str = Field(description="The neighbour's, the provider's, or the post's title.")
    description: str
    cost_cents: int
    provider_profile_id: uuid.UUID | None
    badges: ConciergeBadges | None
    verified: bool | None
    chosen_at: datetime | None
    declined_at: datetime | None
    created_at: datetime


class ConciergeCaseSummary(BaseModel):
    id: uuid.UUID
    subscription_id: uuid.UUID
    subscriber_name: str
    subject: str
    channel: CaseChannel
    status: CaseStatus
    created_at: datetime


class ConciergeCaseRead(ConciergeCaseSummary):
    description: str
    skill_id: uuid.UUID | None
    concierge_user_id: uuid.UUID | None
    solved_by: SolvedBy | None
    satisfaction: int | None
    closed_at: datetime | None
    options: list[ConciergeOptionRead]


# --- look-ups ----------------------------------------------------------------------------------


class NeighbourHelp(BaseModel):
    """A neighbour of the subscriber's offering help: never an address, only a distance
    rounded up to half a kilometre."""

    user_id: uuid.UUID
    display_name: str
    distance_km: float
    skills: list[str]
    about: str | None
    volunteers_for_organisations: bool


class ProviderHelp(BaseModel):
    """A provider whose work area covers the subscriber's home."""

    provider_profile_id: uuid.UUID
    name: str
    company_name: str | None
    distance_km: float | None
    price_from_cents: int | None
    price_unit: str | None
    badges: ConciergeBadges
    verified: bool


# --- costs and figures -------------------------------------------------------------------------


class ConciergeCostCreate(BaseModel):
    """A cost for the subscriber. Over the month's budget it is refused (409) unless the
    subscriber agreed (`over_budget_agreed`)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "amount_cents": 4500,
                    "spent_on": "2026-12-07",
                    "description": "Hovenier, 1,5 uur",
                }
            ]
        }
    )

    amount_cents: AmountCents
    spent_on: date
    description: CostText
    case_id: uuid.UUID | None = None
    over_budget_agreed: bool = False


class ConciergeCostRead(BaseModel):
    id: uuid.UUID
    case_id: uuid.UUID | None
    amount_cents: int
    spent_on: date
    description: str
    over_budget_agreed: bool
    created_at: datetime


class ConciergeCostRecorded(BaseModel):
    cost: ConciergeCostRead
    ledger: ConciergeLedger


class ConciergeFigures(BaseModel):
    """Cases closed in the period (done or cancelled), and by whom they were solved: informal
    (neighbours, volunteers) or formal (professionals)."""

    closed: int
    done: int
    cancelled: int
    solved: int = Field(description="Done, by a neighbour, a volunteer or a professional.")
    informal: int
    formal: int
    solved_share: float | None = Field(description="solved / closed")
    informal_share: float | None = Field(description="informal / solved")
    formal_share: float | None = Field(description="formal / solved")
