"""Who a principal is to a dossier (manager, help seeker, proxy, staff) and what they may do
with it; the audit and status-history writes every change of a dossier shares."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.principal import Principal, Visitor
from kring.dossiers.repository import DossierRepository, StaffDossierRepository
from kring.kit.errors import Conflict, Forbidden
from kring.kit.i18n import N_
from kring.models.dossier import (
    Dossier,
    DossierStatus,
    DossierStatusChange,
    ProxyRight,
)
from kring.partners import service as partners

ALL_RIGHTS = frozenset(ProxyRight)
# The help seeker (not managing it themself) reads their dossier and its payments.
HELP_SEEKER_RIGHTS = frozenset({ProxyRight.view, ProxyRight.see_payments})


@dataclass(frozen=True)
class Access:
    """A dossier and what the principal is to it."""

    dossier: Dossier
    role: str  # manager, help_seeker, proxy, staff
    rights: frozenset[str]

    @property
    def is_manager(self) -> bool:
        return self.role == "manager"

    def audit_details(self, principal: Principal, **more: Any) -> dict[str, Any]:
        details: dict[str, Any] = {"as": self.role, **more}
        if self.role == "staff":
            details["staff_role"] = principal.staff_role
        return details


async def access_of(
    db: AsyncSession, principal: Principal, dossier_id: uuid.UUID, *, for_update: bool = False
) -> Access:
    """The dossier as the person reaches it (404 otherwise) and their role in it."""
    repository = DossierRepository(db)
    dossier = await repository.get(principal, dossier_id, for_update=for_update)
    if dossier.manager_user_id == principal.user_id:
        return Access(dossier, "manager", ALL_RIGHTS)
    if dossier.help_seeker_user_id == principal.user_id:
        return Access(dossier, "help_seeker", HELP_SEEKER_RIGHTS)
    proxy = await repository.active_proxy_of(dossier.id, principal.user_id)
    assert proxy is not None  # reached through `readable`
    return Access(dossier, "proxy", frozenset(proxy.rights))


async def staff_access(db: AsyncSession, principal: Principal, dossier_id: uuid.UUID) -> Access:
    dossier = await StaffDossierRepository(db).get(principal, dossier_id)
    return Access(dossier, "staff", frozenset({ProxyRight.view, ProxyRight.see_payments}))


async def managing(db: AsyncSession, principal: Principal, dossier_id: uuid.UUID) -> Access:
    """The dossier, locked, for its manager or a proxy with the right to manage it."""
    access = await access_of(db, principal, dossier_id, for_update=True)
    if ProxyRight.manage not in access.rights:
        raise Forbidden(N_("Only the dossier's manager may change it."))
    if access.dossier.status == DossierStatus.closed:
        raise Conflict(N_("This dossier is closed."))
    return access


async def managed_by_manager(
    db: AsyncSession, principal: Principal, dossier_id: uuid.UUID
) -> Access:
    """The dossier, locked, for its manager alone (proxies and transfers)."""
    access = await access_of(db, principal, dossier_id, for_update=True)
    if not access.is_manager:
        raise Forbidden(N_("Only the dossier's manager may do this."))
    if access.dossier.status == DossierStatus.closed:
        raise Conflict(N_("This dossier is closed."))
    return access


async def record(
    db: AsyncSession,
    principal: Principal | Visitor,
    action: str,
    dossier_id: uuid.UUID,
    details: dict[str, Any],
) -> None:
    await audit.record(
        db, principal, action, subject_type="dossier", subject_id=dossier_id, details=details
    )


def change_status(
    db: AsyncSession,
    dossier: Dossier,
    to: DossierStatus,
    by: uuid.UUID | None,
    now: datetime,
    reason: str | None = None,
) -> None:
    db.add(
        DossierStatusChange(
            dossier_id=dossier.id,
            changed_by_user_id=by,
            from_status=dossier.status,
            to_status=to,
            reason=reason,
        )
    )
    dossier.status = to
    dossier.status_changed_at = now


async def may_be_matched(db: AsyncSession, dossier: Dossier) -> bool:
    """Its manager is the help seeker themself, or a verified partner."""
    if dossier.help_seeker_user_id == dossier.manager_user_id:
        return True
    return await partners.is_verified_partner(db, dossier.manager_user_id)
