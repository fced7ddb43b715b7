"""An organisation's members: listing, adding, changing, rights, removal, 2FA reset."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from kring.accounts.service import (
    confirmed_factors,
    find_user_by_email,
    require_recent_second_factor,
)
from kring.audit import service as audit
from kring.auth.organisations import OrganisationPrincipal
from kring.auth.principal import holds_staff_role
from kring.auth.sessions import revoke_sessions
from kring.kit.address import DutchAddressRead
from kring.kit.errors import Conflict, Forbidden, InvalidInput
from kring.kit.i18n import N_
from kring.kit.pagination import Page, PageRequest
from kring.members.auth import sees_addresses
from kring.members.repository import MemberRepository
from kring.members.schemas import MemberCreate, MemberRead, MemberRights, MemberUpdate
from kring.models.organisation import Membership
from kring.models.user import User, UserStatus
from kring.notifications.service import queue_mail
from kring.projects import service as projects

_PERSONAL = ("initials", "first_name", "prefix", "last_name", "birth_date", "gender", "nickname")
# The person's addresses: an object in the API, columns with these prefixes on the account.
_ADDRESSES = {"address": "home", "postal_address": "postal"}
_REQUIRED = ("first_name", "last_name", "email_services", "contact_for_all_projects")
_LAST_ADMIN = N_("An organisation needs at least one portal admin: make someone else admin first.")


def _address(row: Any, prefix: str) -> DutchAddressRead | None:
    return DutchAddressRead.stored(
        getattr(row, f"{prefix}_street"),
        getattr(row, f"{prefix}_house_number"),
        getattr(row, f"{prefix}_house_number_addition"),
        getattr(row, f"{prefix}_postcode"),
        getattr(row, f"{prefix}_city"),
    )


def _set_address(user: User, prefix: str, address: dict[str, Any] | None) -> None:
    for part in ("street", "house_number", "house_number_addition", "postcode", "city"):
        setattr(user, f"{prefix}_{part}", address.get(part) if address else None)


def _reader(acting: OrganisationPrincipal) -> Callable[[Any], MemberRead]:
    """Cards as this principal may read them: addresses only where `sees_addresses`."""

    def read(row: Any) -> MemberRead:
        return _read(row, addresses=sees_addresses(acting, row.id))

    return read


def _read(row: Any, *, addresses: bool) -> MemberRead:
    """A member card (a Core row) as the API shows it."""
    return MemberRead(
        id=row.id,
        user_id=row.user_id,
        email=row.email,
        full_name=" ".join(p for p in (row.first_name, row.prefix, row.last_name) if p),
        initials=row.initials,
        first_name=row.first_name,
        prefix=row.prefix,
        last_name=row.last_name,
        birth_date=row.birth_date,
        gender=row.gender,  # checked by the database
        nickname=row.nickname,
        address=_address(row, "home") if addresses else None,
        postal_address=_address(row, "postal") if addresses else None,
        phone=row.phone,
        mobile=row.mobile,
        department=row.department,
        function_code=row.function_code,
        function_on_business_card=row.function_on_business_card,
        portal_admin=row.portal_admin,
        portal_employee=row.portal_employee,
        email_services=row.email_services,
        contact_for_all_projects=row.contact_for_all_projects,
        account_status=row.status,  # checked by the database
        has_second_factor=bool(row.has_factor),
    )


async def _staff_read(
    db: AsyncSession, acting: OrganisationPrincipal, shown: list[MemberRead]
) -> None:
    """Staff reading people's cards (NEN 7513): one `member.viewed` per person shown, about
    their account, for the organisation it was read in. Members' reads of colleagues are theirs."""
    if not acting.via_staff or not shown:
        return
    await audit.record_many(
        db,
        acting.principal,
        "member.viewed",
        subject_type="user",
        subject_ids=[member.user_id for member in shown],
        organisation_id=acting.organisation_id,
        details_of={member.user_id: {"membership_id": str(member.id)} for member in shown},
    )


async def list_members(
    db: AsyncSession, acting: OrganisationPrincipal, q: str | None, page: PageRequest
) -> Page[MemberRead]:
    found = await MemberRepository(db).page_of(acting, q, page, _reader(acting))
    await _staff_read(db, acting, found.items)
    return found


async def read_member(
    db: AsyncSession, acting: OrganisationPrincipal, membership_id: uuid.UUID
) -> MemberRead:
    """A writing route's answer reads the card too: only reads on their own are audited."""
    return _reader(acting)(await MemberRepository(db).card(acting, membership_id))


async def view_member(
    db: AsyncSession, acting: OrganisationPrincipal, membership_id: uuid.UUID
) -> MemberRead:
    """One card on its own (`members:get`); audited when staff read it."""
    member = await read_member(db, acting, membership_id)
    await _staff_read(db, acting, [member])
    return member


async def _audit(
    db: AsyncSession,
    acting: OrganisationPrincipal,
    action: str,
    membership: Membership,
    details: dict[str, Any] | None = None,
) -> None:
    await audit.record(
        db,
        acting,
        action,
        subject_type="membership",
        subject_id=membership.id,
        details={"user_id": str(membership.user_id), **(details or {})},
    )


def _require_admin(acting: OrganisationPrincipal) -> None:
    # The routes ask for an admin already; this guards a service called another way.
    if not acting.is_admin:
        raise Forbidden(N_("Only your organisation's portal admins may do this."))


async def add_member(
    db: AsyncSession, acting: OrganisationPrincipal, body: MemberCreate
) -> MemberRead:
    """A new account in `invited`; the activation job mails it within 60 minutes."""
    _require_admin(acting)
    if await find_user_by_email(db, body.email) is not None:
        raise Conflict(
            N_(
                "This person already has a Kring account. Ask Kring to link it to your "
                "organisation."
            )
        )
    user = User(
        email=body.email,
        status=UserStatus.invited,
        language=body.language,
        **{field: getattr(body, field) for field in _PERSONAL},
    )
    for field, prefix in _ADDRESSES.items():
        _set_address(user, prefix, body.model_dump()[field])
    db.add(user)
    await db.flush()
    membership = Membership(
        user_id=user.id,
        organisation_id=acting.organisation_id,
        **body.model_dump(exclude={"email", "language", *_PERSONAL, *_ADDRESSES}),
    )
    db.add(membership)
    await db.flush()
    joined = await _sync_projects(db, membership) if membership.contact_for_all_projects else 0
    await _audit(
        db,
        acting,
        "membership.created",
        membership,
        {
            "portal_admin": body.portal_admin,
            "portal_employee": body.portal_employee,
            **({"projects_joined": joined} if joined else {}),
        },
    )
    return await read_member(db, acting, membership.id)


async def _sync_projects(db: AsyncSession, membership: Membership) -> int:
    """ "Contact for all projects" on: the member joins every current project of the
    organisation (and new ones, see projects); off: they leave all of them."""
    return await projects.sync_member_projects(db, membership, projects.today())


def _apply_details(membership: Membership, user: User, changes: dict[str, Any]) -> None:
    for field in _REQUIRED:
        if field in changes and changes[field] is None:
            raise InvalidInput.on(field, N_("This field is required."))
    for field, value in changes.items():
        if field in _ADDRESSES:
            _set_address(user, _ADDRESSES[field], value)
        else:
            setattr(user if field in _PERSONAL else membership, field, value)


async def _change_details(
    db: AsyncSession,
    acting: OrganisationPrincipal,
    membership_id: uuid.UUID,
    body: MemberUpdate,
    details: dict[str, Any],
) -> MemberRead:
    membership, user = await MemberRepository(db).with_user(acting, membership_id)
    changes = body.model_dump(exclude_unset=True)
    # The membership is locked: its flag as it was is the one the projects follow.
    was_contact_for_all = membership.contact_for_all_projects
    _apply_details(membership, user, changes)
    await db.flush()
    if membership.contact_for_all_projects != was_contact_for_all:
        moved = await _sync_projects(db, membership)
        key = "projects_joined" if membership.contact_for_all_projects else "projects_left"
        details = {**details, key: moved}
    await _audit(
        db, acting, "membership.changed", membership, {"fields": sorted(changes), **details}
    )
    return await read_member(db, acting, membership.id)


async def update_member(
    db: AsyncSession, acting: OrganisationPrincipal, membership_id: uuid.UUID, body: MemberUpdate
) -> MemberRead:
    _require_admin(acting)
    return await _change_details(db, acting, membership_id, body, {})


async def update_own_details(
    db: AsyncSession, acting: OrganisationPrincipal, body: MemberUpdate
) -> MemberRead:
    """Everyone edits their own details and flags; rights are for admins (`/rights`)."""
    assert acting.membership_id is not None  # the route asks for one's own membership
    return await _change_details(db, acting, acting.membership_id, body, {"own": True})


async def _require_step_up(db: AsyncSession, acting: OrganisationPrincipal) -> None:
    """Rights, removal and 2FA resets change who can reach client data: a recent second factor."""
    principal = acting.principal
    require_recent_second_factor(principal, bool(await confirmed_factors(db, principal.user_id)))


async def _is_last_admin(repository: MemberRepository, membership: Membership) -> bool:
    if not (membership.portal_admin and membership.portal_employee):
        return False
    return not await repository.other_admins(membership)


async def set_rights(
    db: AsyncSession, acting: OrganisationPrincipal, membership_id: uuid.UUID, body: MemberRights
) -> MemberRead:
    _require_admin(acting)
    await _require_step_up(db, acting)
    repository = MemberRepository(db)
    # Rights changes of one organisation take turns, so two admins cannot both step down.
    await repository.organisation(acting, for_update=True)
    membership, _ = await repository.with_user(acting, membership_id)
    stays_admin = body.portal_admin and body.portal_employee
    if not stays_admin and await _is_last_admin(repository, membership):
        raise Conflict(_LAST_ADMIN)
    before = {
        "portal_admin": membership.portal_admin,
        "portal_employee": membership.portal_employee,
    }
    membership.portal_admin = body.portal_admin
    membership.portal_employee = body.portal_employee
    await db.flush()
    await _audit(
        db,
        acting,
        "membership.rights_changed",
        membership,
        {"before": before, "after": body.model_dump()},
    )
    return await read_member(db, acting, membership.id)


async def remove_member(
    db: AsyncSession, acting: OrganisationPrincipal, membership_id: uuid.UUID
) -> None:
    """The person leaves the organisation; their account (and other memberships) stay."""
    _require_admin(acting)
    await _require_step_up(db, acting)
    repository = MemberRepository(db)
    await repository.organisation(acting, for_update=True)
    membership, _ = await repository.with_user(acting, membership_id)
    if await _is_last_admin(repository, membership):
        raise Conflict(_LAST_ADMIN)
    await _audit(db, acting, "membership.removed", membership)
    await db.delete(membership)
    await db.flush()


async def reset_member_mfa(
    db: AsyncSession, acting: OrganisationPrincipal, membership_id: uuid.UUID
) -> None:
    """All factors and recovery codes go; the person sets up 2FA again at the next log-in."""
    _require_admin(acting)
    await _require_step_up(db, acting)
    repository = MemberRepository(db)
    membership, user = await repository.with_user(acting, membership_id)
    if user.id == acting.principal.user_id:
        raise Conflict(N_("Change your own two-step verification under Account security."))
    if not acting.via_staff and (
        holds_staff_role(user) or await repository.belongs_elsewhere(acting, user.id)
    ):
        # It would also change their access to other organisations (or to Kring itself).
        raise Conflict(
            N_(
                "This person also works for another organisation: ask Kring to reset their "
                "two-step verification."
            )
        )
    organisation = await repository.organisation(acting)
    await repository.drop_second_factors(user.id)
    await revoke_sessions(db, user.id)
    await queue_mail(
        db,
        to=user.email,
        template="mfa_reset_by_admin",
        language=user.preferred_language,
        context={"first_name": user.first_name, "organisation": organisation.name},
    )
    await _audit(db, acting, "mfa.reset_by_admin", membership)
