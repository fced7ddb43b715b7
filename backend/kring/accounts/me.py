"""The signed-in person: who they are, the organisations they act for, their own details."""

from __future__ import annotations

import uuid
from dataclasses import replace

from sqlalchemy.ext.asyncio import AsyncSession

from kring.accounts import mfa as mfa_service
from kring.accounts.repository import AccountRepository
from kring.accounts.schemas import Me, MembershipInfo, MeUpdate, SignedIn
from kring.audit import service as audit
from kring.auth.principal import Principal
from kring.config import Settings
from kring.kit.errors import InvalidInput, NotFound
from kring.kit.i18n import N_
from kring.providers import service as provider_service


def _me(principal: Principal, memberships: list[MembershipInfo]) -> Me:
    user = principal.user
    active = principal.active_organisation_id
    if active is None and principal.session is None and len(memberships) == 1:
        active = memberships[0].organisation_id  # a log-in just chose the only one
    return Me(
        id=user.id,
        email=user.email,
        initials=user.initials,
        first_name=user.first_name,
        prefix=user.prefix,
        last_name=user.last_name,
        language=user.preferred_language,
        phone_for_questions=user.phone_for_questions,
        birth_date=user.birth_date,
        gender=user.gender,  # checked by the database
        home_address=user.home_address,
        staff_role=user.staff_role,
        staff_tasks=[task.value for task in principal.staff_tasks],
        memberships=memberships,
        active_organisation_id=active,
    )


async def me_of(db: AsyncSession, principal: Principal) -> Me:
    """No read beyond the principal when it was resolved with its session's memberships."""
    if principal.memberships is None:
        return _me(principal, await AccountRepository(db).memberships(principal))
    memberships = [
        MembershipInfo(
            organisation_id=m.organisation_id,
            organisation_name=m.organisation_name,
            kind=m.kind,
            portal_admin=m.portal_admin,
        )
        for m in principal.memberships
    ]
    return _me(principal, memberships)


async def signed_in(db: AsyncSession, principal: Principal) -> SignedIn:
    """What a log-in answers: who, and whether a second factor or an organisation is needed."""
    me = await me_of(db, principal)
    # Members (with log-in) need a second factor too; a fresh log-in knows them by `me`.
    required = principal.needs_second_factor or bool(me.memberships)
    return SignedIn(
        me=me,
        mfa_setup_required=required
        and (principal.session is None or principal.session.mfa_verified_at is None)
        and not await mfa_service.confirmed_factors(db, principal.user_id),
        organisation_choice_required=len(me.memberships) > 1 and me.active_organisation_id is None,
    )


async def my_organisations(
    db: AsyncSession, principal: Principal, search: str | None = None
) -> list[MembershipInfo]:
    return await AccountRepository(db).memberships(principal, search)


async def choose_organisation(
    db: AsyncSession, principal: Principal, organisation_id: uuid.UUID
) -> Me:
    """Act for one of my organisations in this session; any other one is not found."""
    memberships = await AccountRepository(db).memberships(principal)
    if principal.session is None or organisation_id not in {m.organisation_id for m in memberships}:
        raise NotFound()
    principal.session.active_organisation_id = organisation_id
    await db.flush()
    chosen = replace(principal, active_organisation_id=organisation_id)
    await audit.record(db, chosen, "auth.organisation_chosen")
    return _me(chosen, memberships)


async def update_me(
    db: AsyncSession, principal: Principal, settings: Settings, body: MeUpdate
) -> Me:
    """Names, language, phone, birth date, gender and the home address."""
    changes = body.model_dump(exclude_unset=True, exclude={"home_address"})
    for required in ("first_name", "language"):
        if required in changes and changes[required] is None:
            raise InvalidInput.on(required, N_("This field is required."))
    user = principal.user
    for field, value in changes.items():
        setattr(user, field, value)
    if "home_address" in body.model_fields_set:
        user.set_home_address(body.home_address)
        await provider_service.home_address_changed(db, settings, user)
        changes["home_address"] = None  # named in the audit trail, never written out
    await db.flush()
    await audit.record(
        db,
        principal,
        "account.updated",
        subject_type="user",
        subject_id=user.id,
        details={"fields": sorted(changes)},
    )
    return await me_of(db, principal)
