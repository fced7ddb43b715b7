"""The signed-in provider: a principal with their provider profile, read without a lock, or
locked for a change that follows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends
from sqlalchemy import bindparam, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from kring.auth.dependencies import SignedIn
from kring.auth.principal import Principal
from kring.kit.db import DbSession, new_id
from kring.kit.errors import NotFound
from kring.kit.rows import Prepared, attached, loaded_columns
from kring.models.provider import ProviderProfile


@dataclass(frozen=True)
class ProviderPrincipal:
    principal: Principal
    profile: ProviderProfile


# Every provider's own read starts here: read as columns, then the session's own instance.
_OWN_PROFILE = Prepared(
    select(*loaded_columns(ProviderProfile)).where(ProviderProfile.user_id == bindparam("user_id"))
)


async def provider_profile(
    db: AsyncSession, principal: Principal, *, lock: bool, create: bool = False
) -> ProviderProfile:
    """The principal's own provider profile: 404 when they have none (unless `create`)."""
    if not lock:
        found = await _OWN_PROFILE.rows(db, user_id=principal.user_id)
        if found:
            return attached(db, ProviderProfile, found[0])
        raise NotFound()
    statement = select(ProviderProfile).where(ProviderProfile.user_id == principal.user_id)
    if lock:
        # The row as it is once the lock is ours, even if the session read it before.
        statement = statement.with_for_update().execution_options(populate_existing=True)
    profile = await db.scalar(statement)
    if profile is not None:
        return profile
    if not create:
        raise NotFound()
    # Two first steps sent at once (two tabs, a double click) must not both insert: the second
    # waits for the first's row and then changes it.
    await db.execute(
        pg_insert(ProviderProfile)
        .values(id=new_id(), user_id=principal.user_id, service_kinds=[], completed_steps=[])
        .on_conflict_do_nothing(index_elements=[ProviderProfile.user_id])
    )
    profile = await db.scalar(
        select(ProviderProfile)
        .where(ProviderProfile.user_id == principal.user_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    assert profile is not None  # inserted above, or by the request that won
    return profile


async def provider_reader(db: DbSession, principal: SignedIn) -> ProviderPrincipal:
    return ProviderPrincipal(principal, await provider_profile(db, principal, lock=False))


async def provider_writer(db: DbSession, principal: SignedIn) -> ProviderPrincipal:
    return ProviderPrincipal(principal, await provider_profile(db, principal, lock=True))


async def provider_starter(db: DbSession, principal: SignedIn) -> ProviderPrincipal:
    """The wizard's first step: the profile is made when there is none yet, and locked."""
    profile = await provider_profile(db, principal, lock=True, create=True)
    return ProviderPrincipal(principal, profile)


# Reads take no lock, so a provider's dashboard requests never wait on one another.
ProviderReader = Annotated[ProviderPrincipal, Depends(provider_reader)]
ProviderWriter = Annotated[ProviderPrincipal, Depends(provider_writer)]
ProviderStarter = Annotated[ProviderPrincipal, Depends(provider_starter)]
