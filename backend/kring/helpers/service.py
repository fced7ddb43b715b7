"""Helpers: a person's free helper profile (what they offer, where, when, for free or at their
own rate), its activation once complete, the portrait, and staff's identity badge that makes a
helper matchable. One account may be helper and provider both."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import delete, inspect, update
from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.principal import Principal
from kring.config import Settings
from kring.helpers.repository import HelperRepository
from kring.helpers.schemas import (
    HelperBankRead,
    HelperPhotoRead,
    HelperProfileRead,
    HelperProfileWrite,
    Missing,
    Week,
)
from kring.kit import geo, uploads
from kring.kit.address import DutchAddressRead
from kring.kit.bank import masked_iban
from kring.kit.day_parts import bits_to_day_parts, day_parts_to_bits
from kring.kit.errors import Conflict, FieldError, InvalidInput, NotFound
from kring.kit.i18n import N_, _
from kring.kit.place import PlaceRead
from kring.kit.storage import Storage
from kring.kit.uploads import PHOTO_VARIANTS, Crop, photo_version
from kring.models.helper import (
    HelperKind,
    HelperProfile,
    HelperStatus,
    HelperWorkArea,
    HelperWorkPlace,
)
from kring.models.place import Place
from kring.places.service import AddressQuery, geocoder_for

# A work area of places reaches a little beyond their centres.
PLACES_MARGIN_KM = 5.0

# What each missing part tells the person, on the field the form shows it under.
MISSING_MESSAGES: dict[Missing, str] = {
    "introduction": N_("Write a short introduction."),
    "skill_ids": N_("Choose at least one thing you help with."),
    "day_parts": N_("Choose at least one part of the week."),
    "address": N_("This address cannot be found on the map: check the postcode and the place."),
    "place_ids": N_("Choose at least one place."),
}


def photo_url(helper_id: uuid.UUID, size: str, version: str) -> str:
    return f"/api/v1/helpers/{helper_id}/photo/{size}?v={version}"


def _photo(profile: HelperProfile) -> HelperPhotoRead | None:
    if profile.photo_key is None:
        return None
    version = photo_version(profile)
    return HelperPhotoRead(
        x=profile.photo_x,
        y=profile.photo_y,
        zoom=profile.photo_zoom,
        urls={v: photo_url(profile.id, v, version) for v in ("original", *PHOTO_VARIANTS)},
    )


def missing(profile: HelperProfile, place_count: int) -> list[Missing]:
    """What the profile lacks to be active (the database's `active_is_complete`, and more)."""
    found: list[Missing] = []
    if not profile.introduction.strip():
        found.append("introduction")
    if not profile.skill_ids:
        found.append("skill_ids")
    if not profile.day_parts:
        found.append("day_parts")
    if profile.latitude is None:
        found.append("address")
    if profile.work_area == HelperWorkArea.places and place_count == 0:
        found.append("place_ids")
    return found


def _bank(profile: HelperProfile, *, full_iban: bool) -> HelperBankRead | None:
    if profile.iban is None or profile.account_holder is None:
        return None
    iban = profile.iban if full_iban else masked_iban(profile.iban)
    return HelperBankRead(iban=iban, account_holder=profile.account_holder)


async def profile_read(
    db: AsyncSession, profile: HelperProfile, *, full_iban: bool = True
) -> HelperProfileRead:
    """The profile as its reader sees it (the stored `matchable` read again after a change);
    the IBAN in full only for the helper themself (`full_iban`), masked for staff."""
    await db.flush()
    expired = inspect(profile).expired_attributes
    if expired:
        await db.refresh(profile, list(expired))
    places = await HelperRepository(db).work_places(profile.id)
    address = DutchAddressRead.stored(
        profile.street,
        profile.house_number,
        profile.house_number_addition,
        profile.postcode,
        profile.city,
    )
    assert address is not None  # the columns are required
    return HelperProfileRead(
        id=profile.id,
        status=HelperStatus(profile.status),
        suspended_reason=profile.suspended_reason,
        kind=HelperKind(profile.kind),
        hourly_rate_cents=profile.hourly_rate_cents,
        accepting_new=profile.accepting_new,
        introduction=profile.introduction,
        profile_text=profile.profile_text,
        skill_ids=list(profile.skill_ids),
        languages=list(profile.languages),
        address=address,
        located=profile.latitude is not None,
        work_area=HelperWorkArea(profile.work_area),
        radius_km=profile.radius_km,
        places=[PlaceRead.model_validate(p) for p in places],
        day_parts=cast(Week, bits_to_day_parts(profile.day_parts)),
        bank=_bank(profile, full_iban=full_iban),
        photo=_photo(profile),
        identity_document_seen=profile.identity_document_seen,
        seen_in_person=profile.seen_in_person,
        badged_at=profile.badged_at,
        matchable=profile.matchable,
        missing=missing(profile, len(places)),
        created_at=profile.created_at,
    )


# --- the person's own profile ----------------------------------------------------------------


async def own(db: AsyncSession, principal: Principal, *, for_update: bool = False) -> HelperProfile:
    """The person's profile; 404 when they have none yet."""
    profile = await HelperRepository(db).own(principal, for_update=for_update)
    if profile is None:
        raise NotFound()
    return profile


async def read(db: AsyncSession, principal: Principal) -> HelperProfileRead:
    return await profile_read(db, await own(db, principal))


async def keep_coverage(db: AsyncSession, profile: HelperProfile, places: Sequence[Place]) -> None:
    # The one formula (kit.geo) the matching's index and the providers' coverage share.
    value: Any = None
    if profile.work_area == HelperWorkArea.radius:
        if profile.latitude is not None and profile.longitude is not None:
            assert profile.radius_km is not None  # the database's radius_for_radius_area
            value = geo.radius_box(profile.latitude, profile.longitude, profile.radius_km)
    elif places:
        value = geo.points_box([(p.latitude, p.longitude) for p in places], PLACES_MARGIN_KM)
    await db.execute(
        update(HelperProfile).where(HelperProfile.id == profile.id).values(coverage=value)
    )


async def _checked(db: AsyncSession, body: HelperProfileWrite) -> Sequence[Place]:
    """Refuse what the schema cannot see; the places of a work area of places."""
    errors: list[FieldError] = []

    def refuse(field: str, message: str) -> None:
        errors.append(FieldError(location="body", field=field, message=_(message)))

    if body.kind == HelperKind.paid and body.hourly_rate_cents is None:
        refuse("hourly_rate_cents", N_("Give your hourly rate (paid help)."))
    if body.kind == HelperKind.volunteer and body.hourly_rate_cents is not None:
        refuse("hourly_rate_cents", N_("A volunteer has no hourly rate: leave it empty."))
    repository = HelperRepository(db)
    if body.skill_ids and set(body.skill_ids) - await repository.known_skills(body.skill_ids):
        refuse("skill_ids", N_("Choose skills from the skills list."))
    places: Sequence[Place] = []
    if body.work_area == HelperWorkArea.radius and body.radius_km is None:
        refuse("radius_km", N_("Give the distance you travel, in km (1 to 150)."))
    if body.work_area == HelperWorkArea.places:
        places = await repository.places(body.place_ids) if body.place_ids else []
        if len(places) != len(body.place_ids):
            refuse("place_ids", N_("Choose places from the list."))
    if errors:
        raise InvalidInput(errors=errors)
    return places


async def save(
    db: AsyncSession, principal: Principal, settings: Settings, body: HelperProfileWrite
) -> HelperProfileRead:
    """Create the profile (a draft) or replace it whole. An active profile that is no longer
    complete goes back to draft; a suspended one stays suspended."""
    places = await _checked(db, body)
    repository = HelperRepository(db)
    await repository.lock_person(principal.user_id)
    profile = await repository.own(principal, for_update=True)
    created = profile is None
    if profile is None:
        profile = HelperProfile(user_id=principal.user_id, status=HelperStatus.draft)
    address = body.address
    # Placed on the map again when it moved, or when it could not be placed before.
    moved = (
        created
        or profile.latitude is None
        or (address.postcode, address.house_number, address.city)
        != (profile.postcode, profile.house_number, profile.city)
    )
    profile.kind = body.kind
    profile.hourly_rate_cents = body.hourly_rate_cents
    profile.accepting_new = body.accepting_new
    profile.introduction = body.introduction
    profile.profile_text = body.profile_text
    profile.skill_ids = list(body.skill_ids)
    profile.languages = list(body.languages)
    profile.street = address.street
    profile.house_number = address.house_number
    profile.house_number_addition = address.house_number_addition
    profile.postcode = address.postcode
    profile.city = address.city
    profile.country = "NL"
    profile.work_area = body.work_area
    profile.radius_km = body.radius_km if body.work_area == HelperWorkArea.radius else None
    profile.day_parts = day_parts_to_bits({d: p for d, p in body.day_parts.items() if p})
    # Left out, the account stays (a client that does not know it yet cannot wipe it).
    bank_before = (profile.iban, profile.account_holder)
    if "bank" in body.model_fields_set:
        profile.iban = body.bank.iban if body.bank else None
        profile.account_holder = body.bank.account_holder if body.bank else None
    if moved:
        # Placed on the map as the dossiers' addresses are.
        location = await geocoder_for(settings).geocode(
            db, AddressQuery(address.postcode, address.house_number, address.city)
        )
        profile.latitude = location.latitude if location else None
        profile.longitude = location.longitude if location else None
    if profile.status == HelperStatus.active and missing(profile, len(places)):
        profile.status = HelperStatus.draft
    if created:
        db.add(profile)
    await db.flush()
    await db.execute(delete(HelperWorkPlace).where(HelperWorkPlace.helper_id == profile.id))
    if places:
        db.add_all(HelperWorkPlace(helper_id=profile.id, place_id=p.id) for p in places)
    await keep_coverage(db, profile, places)
    if bank_before != (profile.iban, profile.account_holder):
        await _bank_changed(db, principal, profile, bank_before[0])
    return await profile_read(db, profile)


async def _bank_changed(
    db: AsyncSession, principal: Principal, profile: HelperProfile, iban_before: str | None
) -> None:
    # Where a helper is paid is worth a trail (a changed account is how payouts are diverted);
    # the trail shows the account masked, as staff see it.
    await audit.record(
        db,
        principal,
        "helper.bank_changed",
        subject_type="helper",
        subject_id=profile.id,
        organisation_id=None,
        details={
            "before": masked_iban(iban_before) if iban_before else None,
            "after": masked_iban(profile.iban) if profile.iban else None,
        },
    )


async def activate(db: AsyncSession, principal: Principal) -> HelperProfileRead:
    """Active when complete (422 naming each missing part); a suspended profile stays so."""
    profile = await own(db, principal, for_update=True)
    if profile.status == HelperStatus.suspended:
        raise Conflict(N_("Your helper profile is suspended: Kring will contact you about it."))
    places = await HelperRepository(db).work_places(profile.id)
    lacking = missing(profile, len(places))
    if lacking:
        raise InvalidInput(
            errors=[
                FieldError(location="body", field=m, message=_(MISSING_MESSAGES[m]))
                for m in lacking
            ]
        )
    profile.status = HelperStatus.active
    return await profile_read(db, profile)


# --- the portrait ----------------------------------------------------------------------------


def _folder(profile: HelperProfile) -> str:
    return f"helpers/{profile.id}/photo"


async def store_photo(
    db: AsyncSession, principal: Principal, storage: Storage, data: bytes, crop: Crop
) -> HelperProfileRead:
    """A new portrait (its sizes made from the crop); the old one's files go."""
    profile = await own(db, principal, for_update=True)
    uploads.store_photo(storage, profile, _folder(profile), data, crop)
    return await profile_read(db, profile)


async def recrop_photo(
    db: AsyncSession, principal: Principal, storage: Storage, crop: Crop
) -> HelperProfileRead:
    profile = await own(db, principal, for_update=True)
    uploads.recrop_photo(storage, profile, _folder(profile), crop)
    return await profile_read(db, profile)


async def delete_photo(db: AsyncSession, principal: Principal, storage: Storage) -> None:
    profile = await own(db, principal, for_update=True)
    if profile.photo_key is None:
        raise NotFound()
    uploads.delete_photo(storage, profile)
    await db.flush()


async def photo(
    db: AsyncSession, storage: Storage, helper_id: uuid.UUID, size: str, version: str | None
) -> bytes:
    """A helper's portrait in one size, for any signed-in reader (suggestions show it)."""
    profile = await HelperRepository(db).by_id(helper_id)
    if profile is None or (version is not None and version != photo_version(profile)):
        raise NotFound()
    data = uploads.photo_variant(storage, profile, size)
    if data is None:
        raise NotFound()
    return data
