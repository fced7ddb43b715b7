"""Sharing a dossier: proxies invited by e-mail with their own rights and end date, and the
transfer of the dossier to a new manager, accepted through a link."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from kring.auth.principal import Principal
from kring.auth.tokens import new_token, token_hash
from kring.config import Settings
from kring.dossiers.access import access_of, managed_by_manager, record
from kring.dossiers.repository import DossierRepository
from kring.dossiers.schemas import (
    InvitationAccepted,
    ProxyInvite,
    ProxyRead,
    TransferOffer,
    TransferRead,
)
from kring.kit.clock import Clock
from kring.kit.errors import Conflict, Forbidden, InvalidInput, NotFound
from kring.kit.i18n import N_
from kring.kit.links import portal_link
from kring.kit.working_days import AMSTERDAM
from kring.models.dossier import (
    DossierProxy,
    DossierTransfer,
    ProxyRight,
    TransferStatus,
)
from kring.notifications.service import queue_mail

INVITATION_VALID = timedelta(days=14)
TRANSFER_VALID = timedelta(days=14)


def transfer_read(transfer: DossierTransfer) -> TransferRead:
    return TransferRead(
        id=transfer.id,
        to_email=transfer.to_email,
        to_help_seeker=transfer.to_help_seeker,
        status=transfer.status,
        offered_at=transfer.created_at,
        expires_at=transfer.expires_at,
    )


# --- proxies ---------------------------------------------------------------------------------


def _proxy_read(row: Any) -> ProxyRead:
    proxy: DossierProxy = row.DossierProxy
    return ProxyRead(
        id=proxy.id,
        email=proxy.email,
        name=row.name or None if proxy.user_id else None,
        rights=[ProxyRight(r) for r in proxy.rights],
        ends_on=proxy.ends_on,
        invited_at=proxy.created_at,
        accepted_at=proxy.accepted_at,
        expired=bool(row.expired),
    )


async def list_proxies(
    db: AsyncSession, principal: Principal, dossier_id: uuid.UUID
) -> list[ProxyRead]:
    """For the manager and the help seeker."""
    access = await access_of(db, principal, dossier_id)
    if access.role not in ("manager", "help_seeker"):
        raise Forbidden(N_("Only the help seeker and the dossier's manager see who acts for them."))
    rows = await DossierRepository(db).proxies(dossier_id)
    await record(
        db, principal, "dossier.proxies_viewed", dossier_id, access.audit_details(principal)
    )
    return [_proxy_read(row) for row in rows]


async def invite_proxy(
    db: AsyncSession,
    principal: Principal,
    settings: Settings,
    clock: Clock,
    dossier_id: uuid.UUID,
    body: ProxyInvite,
) -> ProxyRead:
    """The invitation is mailed with a link; it is stored only as a hash."""
    access = await managed_by_manager(db, principal, dossier_id)
    dossier = access.dossier
    now = clock.now()
    if body.ends_on is not None and body.ends_on < now.astimezone(AMSTERDAM).date():
        raise InvalidInput.on("ends_on", N_("Choose a last day from today on."))
    email = str(body.email)
    repository = DossierRepository(db)
    if email.lower() == principal.user.email.lower():
        raise InvalidInput.on("email", N_("You manage this dossier already."))
    rows = await repository.proxies(dossier.id)
    if any(row.DossierProxy.email.lower() == email.lower() for row in rows):
        raise Conflict(N_("This person has already been invited for this dossier."))
    token = new_token()
    proxy = DossierProxy(
        dossier_id=dossier.id,
        email=email,
        rights=[r for r in ProxyRight if r in {ProxyRight.view, *body.rights}],
        ends_on=body.ends_on,
        token_hash=token_hash(settings, "dossier-proxy:" + token),
        token_expires_at=now + INVITATION_VALID,
        invited_by_user_id=principal.user_id,
    )
    db.add(proxy)
    await db.flush()
    invitee = await repository.user_by_email(email)
    await queue_mail(
        db,
        to=email,
        template="dossier_proxy_invitation",
        language=invitee.preferred_language if invitee else principal.user.preferred_language,
        context={
            "inviter_name": principal.user.display_name,
            "help_seeker_first_name": dossier.first_name,
            "link": portal_link(settings, "partner", "dossier-invitations", token=token),
        },
    )
    await record(
        db,
        principal,
        "dossier.proxy_invited",
        dossier.id,
        access.audit_details(principal, proxy=str(proxy.id), rights=proxy.rights),
    )
    [row] = [r for r in await repository.proxies(dossier.id) if r.DossierProxy.id == proxy.id]
    return _proxy_read(row)


async def remove_proxy(
    db: AsyncSession,
    principal: Principal,
    clock: Clock,
    dossier_id: uuid.UUID,
    proxy_id: uuid.UUID,
) -> None:
    """The manager or the help seeker removes anyone acting for the help seeker."""
    access = await access_of(db, principal, dossier_id, for_update=True)
    if access.role not in ("manager", "help_seeker"):
        raise Forbidden(N_("Only the help seeker and the dossier's manager may remove a proxy."))
    proxy = await DossierRepository(db).proxy(dossier_id, proxy_id, for_update=True)
    if proxy is None:
        raise NotFound()
    proxy.removed_at = clock.now()
    proxy.removed_by_user_id = principal.user_id
    await record(
        db,
        principal,
        "dossier.proxy_removed",
        dossier_id,
        access.audit_details(principal, proxy=str(proxy_id)),
    )


async def accept_invitation(
    db: AsyncSession, principal: Principal, settings: Settings, clock: Clock, token: str
) -> InvitationAccepted:
    """The invitation's link, once signed in: the person becomes a proxy. A link works once."""
    repository = DossierRepository(db)
    proxy = await repository.invitation(token_hash(settings, "dossier-proxy:" + token))
    if proxy is None:
        raise NotFound(N_("This invitation link is not valid."))
    if proxy.removed_at is not None:
        raise Conflict(N_("This invitation has been withdrawn."))
    if proxy.accepted_at is not None:
        raise Conflict(N_("This invitation has already been accepted."))
    now = clock.now()
    if proxy.token_expires_at < now:
        raise Conflict(N_("This invitation has expired: ask for a new one."))
    dossier = await repository.locked(proxy.dossier_id)
    if principal.user_id in (dossier.manager_user_id, dossier.help_seeker_user_id):
        raise Conflict(N_("You already have this dossier."))
    if await repository.active_proxy_of(dossier.id, principal.user_id) is not None:
        raise Conflict(N_("You already act for this help seeker."))
    proxy.user_id = principal.user_id
    proxy.accepted_at = now
    await record(
        db,
        principal,
        "dossier.proxy_accepted",
        dossier.id,
        {"as": "proxy", "proxy": str(proxy.id)},
    )
    return InvitationAccepted(dossier_id=dossier.id)


# --- transfers -------------------------------------------------------------------------------


async def offer_transfer(
    db: AsyncSession,
    principal: Principal,
    settings: Settings,
    clock: Clock,
    dossier_id: uuid.UUID,
    body: TransferOffer,
) -> TransferRead:
    """One open transfer at a time (the row lock, and a unique index for the rest)."""
    access = await managed_by_manager(db, principal, dossier_id)
    dossier = access.dossier
    email = str(body.email)
    if email.lower() == principal.user.email.lower():
        raise InvalidInput.on("email", N_("You manage this dossier already."))
    repository = DossierRepository(db)
    if await repository.open_transfer(dossier.id) is not None:
        raise Conflict(N_("This dossier is already being transferred: withdraw that first."))
    token = new_token()
    now = clock.now()
    transfer = DossierTransfer(
        dossier_id=dossier.id,
        from_user_id=principal.user_id,
        to_email=email,
        to_help_seeker=body.to_help_seeker,
        status=TransferStatus.offered,
        token_hash=token_hash(settings, "dossier-transfer:" + token),
        expires_at=now + TRANSFER_VALID,
    )
    db.add(transfer)
    await db.flush()
    receiver = await repository.user_by_email(email)
    await queue_mail(
        db,
        to=email,
        template="dossier_transfer_offer",
        language=receiver.preferred_language if receiver else principal.user.preferred_language,
        context={
            "manager_name": principal.user.display_name,
            "help_seeker_first_name": dossier.first_name,
            "to_help_seeker": body.to_help_seeker,
            "link": portal_link(settings, "partner", "dossier-transfers", token=token),
        },
    )
    await record(
        db,
        principal,
        "dossier.transfer_offered",
        dossier.id,
        access.audit_details(principal, transfer=str(transfer.id), to_email=email),
    )
    return transfer_read(transfer)


async def withdraw_transfer(
    db: AsyncSession, principal: Principal, clock: Clock, dossier_id: uuid.UUID
) -> None:
    access = await managed_by_manager(db, principal, dossier_id)
    transfer = await DossierRepository(db).open_transfer(dossier_id)
    if transfer is None:
        raise Conflict(N_("There is no transfer to withdraw."))
    transfer.status = TransferStatus.withdrawn
    transfer.decided_at = clock.now()
    await record(
        db,
        principal,
        "dossier.transfer_withdrawn",
        dossier_id,
        access.audit_details(principal, transfer=str(transfer.id)),
    )


async def accept_transfer(
    db: AsyncSession, principal: Principal, settings: Settings, clock: Clock, token: str
) -> InvitationAccepted:
    """The person who follows the link becomes the manager; the old manager loses access at
    once (unless they are the help seeker). Accepted twice, withdrawn or expired: 409."""
    repository = DossierRepository(db)
    transfer = await repository.transfer(token_hash(settings, "dossier-transfer:" + token))
    if transfer is None:
        raise NotFound(N_("This transfer link is not valid."))
    if transfer.status == TransferStatus.accepted:
        raise Conflict(N_("This transfer has already been accepted."))
    if transfer.status == TransferStatus.withdrawn:
        raise Conflict(N_("This transfer has been withdrawn."))
    now = clock.now()
    if transfer.expires_at < now:
        raise Conflict(N_("This transfer has expired: ask for a new one."))
    dossier = await repository.locked(transfer.dossier_id)
    old_manager_id = dossier.manager_user_id
    if principal.user_id == old_manager_id:
        raise Conflict(N_("You manage this dossier already."))
    dossier.manager_user_id = principal.user_id
    if transfer.to_help_seeker:
        dossier.help_seeker_user_id = principal.user_id
    # The new manager no longer needs to act as a proxy.
    own = await repository.active_proxy_of(dossier.id, principal.user_id)
    if own is not None:
        own.removed_at = now
        own.removed_by_user_id = principal.user_id
    transfer.status = TransferStatus.accepted
    transfer.decided_at = now
    transfer.accepted_by_user_id = principal.user_id
    old_manager = await repository.user(old_manager_id)
    await queue_mail(
        db,
        to=old_manager.email,
        template="dossier_transfer_accepted",
        language=old_manager.preferred_language,
        context={
            "first_name": old_manager.first_name,
            "new_manager_name": principal.user.display_name,
            "help_seeker_first_name": dossier.first_name,
        },
    )
    await record(
        db,
        principal,
        "dossier.transfer_accepted",
        dossier.id,
        {
            "as": "manager",
            "transfer": str(transfer.id),
            "from_user": str(old_manager_id),
            "to_help_seeker": transfer.to_help_seeker,
        },
    )
    return InvitationAccepted(dossier_id=dossier.id)
