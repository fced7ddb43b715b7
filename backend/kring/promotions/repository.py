"""Reading promotion requests and invoices, always from what the principal may see: a provider
their own, staff all of them."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Select, bindparam, exists, func, select

from kring.auth.principal import Principal
from kring.auth.provider import ProviderPrincipal
from kring.kit.pagination import Keyset, Page, PageRequest, SortKey
from kring.kit.repository import Repository
from kring.models.payment import Payment, PaymentStatus
from kring.models.promotion import (
    PromotionRequest,
    PromotionRequestStatus,
    ProviderInvoice,
    invoice_number_sequence,
)
from kring.models.provider import ProviderProfile
from kring.models.user import User

PromotionReader = ProviderPrincipal | Principal

# Oldest first, so the longest waiting are called first.
STAFF_ORDER = Keyset(
    "promotion-requests",
    (
        SortKey(PromotionRequest.created_at.expression, kind=datetime),
        SortKey(PromotionRequest.id.expression),
    ),
)
# The invoice's columns beside the request's, prefixed: an outer join, so null without one.
INVOICE_COLUMNS = (
    "id",
    "number",
    "issued_on",
    "package_cents",
    "fee_credit_cents",
    "total_cents",
    "vat_cents",
)


def _own_profiles(principal: PromotionReader) -> Any:
    if isinstance(principal, ProviderPrincipal):
        return principal.profile.id
    own = select(ProviderProfile.id).where(ProviderProfile.user_id == principal.user_id)
    return own.scalar_subquery()


class PromotionRequestRepository(Repository[PromotionRequest, PromotionReader]):
    model = PromotionRequest

    def readable(self, principal: PromotionReader) -> Select[Any]:
        if isinstance(principal, Principal) and principal.is_staff:
            return select(PromotionRequest)
        own = _own_profiles(principal)
        if isinstance(principal, ProviderPrincipal):
            return select(PromotionRequest).where(PromotionRequest.profile_id == own)
        return select(PromotionRequest).where(PromotionRequest.profile_id.in_(own))

    async def with_invoices(
        self, provider: ProviderPrincipal
    ) -> list[tuple[PromotionRequest, ProviderInvoice | None]]:
        """The provider's requests, newest first, each with its invoice once confirmed."""
        rows = await self.session.execute(
            self.readable(provider)
            .add_columns(ProviderInvoice)
            .outerjoin(ProviderInvoice, ProviderInvoice.promotion_request_id == PromotionRequest.id)
            .order_by(PromotionRequest.created_at.desc(), PromotionRequest.id)
        )
        return [(r, i) for r, i in rows.all()]

    async def one_waiting(self, provider: ProviderPrincipal) -> bool:
        """Whether a request waits for Kring's call."""
        waiting = self.readable(provider).where(
            PromotionRequest.status == PromotionRequestStatus.requested
        )
        return bool(await self.session.scalar(select(exists(waiting))))

    async def staff_page(
        self,
        principal: Principal,
        status: PromotionRequestStatus | None,
        page: PageRequest,
        item: Any,
    ) -> Page[Any]:
        """Requests with their provider and invoice, as Core rows."""

        def build() -> Select[Any]:
            statement = (
                self.readable(principal)
                .with_only_columns(
                    *PromotionRequest.__table__.c,
                    *(getattr(ProviderInvoice, c).label(f"invoice_{c}") for c in INVOICE_COLUMNS),
                    User.display_name_sql().label("provider_name"),
                    User.email.label("provider_email"),
                )
                .select_from(PromotionRequest)
                .outerjoin(
                    ProviderInvoice, ProviderInvoice.promotion_request_id == PromotionRequest.id
                )
                .join(ProviderProfile, ProviderProfile.id == PromotionRequest.profile_id)
                .join(User, User.id == ProviderProfile.user_id)
            )
            if status:
                statement = statement.where(PromotionRequest.status == bindparam("status"))
            return statement

        # Staff's `readable` holds nothing of the principal: one statement per filter shape.
        shape = status is not None if principal.is_staff else None
        values = {"status": status} if status else {}
        return await self.page_of_shape(shape, build, values, STAFF_ORDER, page, item=item)

    async def provider_of(
        self, profile_id: uuid.UUID, *, lock: bool = False
    ) -> tuple[ProviderProfile, User]:
        """The profile (locked when a change follows) and its person; foreign keys: both exist."""
        profile = await self.session.get(ProviderProfile, profile_id, with_for_update=lock)
        assert profile is not None  # a foreign key
        user = await self.session.get(User, profile.user_id)
        assert user is not None  # a foreign key
        return profile, user

    async def fee_credit_cents(self, profile_id: uuid.UUID) -> int:
        """The paid administrative fee, until an invoice has deducted it."""
        paid = await self.session.scalar(
            select(func.max(Payment.amount_cents)).where(
                Payment.profile_id == profile_id,
                Payment.purpose == "admin_fee",
                Payment.status == PaymentStatus.paid,
            )
        )
        if not paid:
            return 0
        deducted = await self.session.scalar(
            select(
                exists().where(
                    ProviderInvoice.profile_id == profile_id, ProviderInvoice.fee_credit_cents > 0
                )
            )
        )
        return 0 if deducted else int(paid)

    async def next_invoice_number(self) -> int:
        number: int | None = await self.session.scalar(select(invoice_number_sequence.next_value()))
        assert number is not None  # a sequence always answers
        return number


class InvoiceRepository(Repository[ProviderInvoice, PromotionReader]):
    model = ProviderInvoice

    def readable(self, principal: PromotionReader) -> Select[Any]:
        if isinstance(principal, Principal) and principal.is_staff:
            return select(ProviderInvoice)
        own = _own_profiles(principal)
        if isinstance(principal, ProviderPrincipal):
            return select(ProviderInvoice).where(ProviderInvoice.profile_id == own)
        return select(ProviderInvoice).where(ProviderInvoice.profile_id.in_(own))
