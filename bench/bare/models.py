"""Response models of the bare app (`bench.bare`): the JSON shapes of Kring's answers, field
for field and in Kring's order, with plain types (Kring's enums and literals are strings here)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None


class Health(BaseModel):
    status: str = "ok"


class Rating(BaseModel):
    average: float | None
    count: int


class Address(BaseModel):
    street: str
    house_number: str
    postcode: str
    city: str


class MembershipInfo(BaseModel):
    organisation_id: uuid.UUID
    organisation_name: str
    kind: str
    portal_admin: bool


class Me(BaseModel):
    id: uuid.UUID
    email: str
    initials: str | None
    first_name: str
    prefix: str | None
    last_name: str | None
    language: str
    phone_for_questions: str | None
    birth_date: date | None
    gender: str | None
    home_address: dict[str, str | None] | None
    staff_role: str | None
    staff_tasks: list[str]
    memberships: list[MembershipInfo]
    active_organisation_id: uuid.UUID | None


class DutchAddressRead(BaseModel):
    street: str
    house_number: str
    house_number_addition: str | None
    postcode: str
    city: str


class MemberRead(BaseModel):
    id: uuid.UUID
    user_id: uuid.UUID
    email: str
    full_name: str
    initials: str | None
    first_name: str
    prefix: str | None
    last_name: str | None
    birth_date: date | None
    gender: str | None
    nickname: str | None
    address: DutchAddressRead | None
    postal_address: DutchAddressRead | None
    phone: str | None
    mobile: str | None
    department: str | None
    function_code: int | None
    function_on_business_card: str | None
    portal_admin: bool
    portal_employee: bool
    email_services: bool
    contact_for_all_projects: bool
    account_status: str
    has_second_factor: bool


class Category(BaseModel):
    id: uuid.UUID
    slug: str
    name: str


class Skill(BaseModel):
    id: uuid.UUID
    slug: str
    group: str
    group_name: str
    name: str


class FunctionCode(BaseModel):
    code: int
    label: str


class PlaceRead(BaseModel):
    id: int
    name: str
    municipality: str | None
    province: str | None
    country: str
    latitude: float
    longitude: float


class PlaceMatch(PlaceRead):
    matched_name: str | None = None


class PriceFrom(BaseModel):
    price_cents: int
    member_price_cents: int
    unit: str


class ProviderCard(BaseModel):
    id: uuid.UUID
    name: str
    company_name: str | None
    introduction: str
    photo_url: str | None
    categories: list[Category]
    rating: Rating
    distance_km: float | None
    price_from: PriceFrom | None


class SearchResults(Page[ProviderCard]):
    place: PlaceRead | None
    total: int | None


class PublicService(BaseModel):
    id: uuid.UUID
    name: str
    price_cents: int
    unit: str
    description: str
    member_price_cents: int


class ReviewRead(BaseModel):
    id: uuid.UUID
    stars: int
    text: str
    author_name: str
    created_at: datetime
    reply: str | None
    replied_at: datetime | None


class ProviderReviewRead(ReviewRead):
    hidden: bool
    hidden_reason: str | None


class PublicProfile(BaseModel):
    id: uuid.UUID
    name: str
    first_name: str
    company_name: str | None
    introduction: str
    profile_text: str
    photo_urls: dict[str, str] | None
    video: dict[str, str] | None
    categories: list[Category]
    services: list[PublicService]
    price_note: str
    price_list: dict[str, str | int] | None
    badges: dict[str, bool]
    rating: Rating
    work_area_kind: str | None
    radius_km: int | None
    places: list[PlaceRead]
    latitude: float | None
    longitude: float | None
    day_parts: dict[str, list[str]]
    reviews: Page[ReviewRead]


class ContactRequestRead(BaseModel):
    id: uuid.UUID
    received_at: datetime
    name: str
    email: str
    phone: str
    member_number: str | None
    location: str
    for_whom: str
    message: str
    status: str
    deadline_at: datetime
    overdue: bool
    answered_at: datetime | None
    handled_at: datetime | None
    note: str
    appointment_on: date | None


class InboxPage(Page[ContactRequestRead]):
    total: int
    open: int
    overdue: int


class WeekCount(BaseModel):
    week_start: date
    requests: int


class ResponseFigures(BaseModel):
    requests: int
    appointments: int
    answered: int
    median_response_minutes: float | None
    within_deadline_share: float | None


class ProviderStatistics(ResponseFigures):
    period_from: date
    period_to: date
    rating: Rating
    per_week: list[WeekCount]


class ProviderResponseTimes(ResponseFigures):
    profile_id: uuid.UUID
    name: str
    email: str
    overdue: int


class MembershipSummary(BaseModel):
    id: uuid.UUID
    organisation_id: uuid.UUID
    organisation_name: str
    organisation_kind: str
    portal_admin: bool
    portal_employee: bool
    umbrella_link_reason: str | None


class AccountRead(BaseModel):
    id: uuid.UUID
    email: str
    full_name: str
    status: str
    staff_role: str | None
    language: str
    last_login_at: datetime | None
    has_second_factor: bool
    memberships: list[MembershipSummary]
    staff_branch_id: uuid.UUID | None
    staff_branch_name: str | None


class OrganisationRead(BaseModel):
    id: uuid.UUID
    kind: str
    name: str
    country: str
    registration_number: str | None
    visiting_address: Address | None
    postal_address: Address | None
    phone: str | None
    email: str | None
    ad_contract: bool
    contact_card: dict[str, str | None] | None


class ProviderSummary(BaseModel):
    id: uuid.UUID
    user_id: uuid.UUID
    name: str
    email: str
    company_name: str | None
    status: str
    live_at: datetime | None
    identity_document_seen: bool
    seen_in_person: bool
    introduction_video: bool
    professional: bool
    vog: dict[str, Any] | None
    vog_missing: bool
    suspended_reason: str | None


class PartnerAccessRequestSummary(BaseModel):
    id: uuid.UUID
    status: str
    organisation_id: uuid.UUID | None
    organisation_name: str
    country: str
    registration_number: str | None
    job_title: str
    work_email: str
    work_phone: str
    reason: str
    requested_at: datetime
    deadline_at: datetime
    decided_at: datetime | None
    refusal_reason: str | None
    user_id: uuid.UUID
    requester_name: str
    requester_email: str
    overdue: bool


class PromotionRequestSummary(BaseModel):
    id: uuid.UUID
    package: str
    name: str
    status: str
    message: str
    requested_at: datetime
    price_cents: int | None
    starts_on: date | None
    ends_on: date | None
    invoice: dict[str, Any] | None
    profile_id: uuid.UUID
    provider_name: str
    provider_email: str


class HelperSummary(BaseModel):
    id: uuid.UUID
    user_id: uuid.UUID
    name: str
    email: str
    city: str
    status: str
    kind: str
    accepting_new: bool
    identity_document_seen: bool
    seen_in_person: bool
    badged_at: datetime | None
    matchable: bool
    created_at: datetime


class DossierSummary(BaseModel):
    id: uuid.UUID
    status: str
    help_seeker_name: str
    city: str
    completed_steps: list[str]
    my_role: str
    created_at: datetime


class OverdueDossier(BaseModel):
    dossier_id: uuid.UUID
    help_seeker_first_name: str
    manager_name: str
    manager_email: str
    oldest_work_date: date
    entries: int
    minutes: int
