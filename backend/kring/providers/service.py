"""The provider sign-up wizard: each step stored as soon as it is valid, resumable, in any order."""

from __future__ import annotations

import uuid

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from kring.auth.principal import Principal
from kring.auth.provider import ProviderPrincipal
from kring.config import Settings
from kring.kit import money as pricing
from kring.kit import validators
from kring.kit.address import DutchAddress, DutchAddressRead
from kring.kit.day_parts import bits_to_day_parts, day_parts_to_bits
from kring.kit.errors import FieldError, InvalidInput
from kring.kit.i18n import N_, _, current_language
from kring.kit.place import PlaceRead
from kring.models.provider import (
    WIZARD_STEPS,
    Category,
    ProviderCategory,
    ProviderProfile,
    ProviderService,
    ProviderWorkPlace,
    VogStatus,
    WorkAreaKind,
)
from kring.models.user import User
from kring.places.service import AddressQuery, Location, geocoder_for
from kring.providers import going_live
from kring.providers.billing import BilledParty, billed_party
from kring.providers.files import video_response
from kring.providers.going_live import STEPS_BEFORE_PAYMENT, fee_paid, settle
from kring.providers.lifecycle import (
    bring_back_online,
    erase_profiles,
    purge_fiscal_records,
    take_offline,
)
from kring.providers.repository import CategoryRepository, ProviderRepository
from kring.providers.schemas import (
    AvailabilityStep,
    BadgesRead,
    CategoryRead,
    CompanyStep,
    FeeRead,
    PersonalStep,
    PhotoRead,
    PriceListRead,
    ProfileStep,
    ProviderProfileRead,
    ServiceRead,
    ServicesStep,
    VideoRead,
    VogRead,
)
from kring.providers.uploads import PHOTO_VARIANTS, photo_variant, photo_version
from kring.providers.video import video_version

# Imported last, as a module: the search imports this service in turn, and finds every name
# it needs here already defined, whichever of the two is imported first.
from kring.search import service as search

TERMS_VERSION = "2026-11"


_OWN = "/api/v1/provider/profile"


def _photo(profile: ProviderProfile) -> PhotoRead | None:
    if profile.photo_key is None:
        return None
    stamp = photo_version(profile)
    return PhotoRead(
        x=profile.photo_x,
        y=profile.photo_y,
        zoom=profile.photo_zoom,
        urls={v: f"{_OWN}/photo/{v}?v={stamp}" for v in ("original", *PHOTO_VARIANTS)},
    )


def _video(profile: ProviderProfile) -> VideoRead | None:
    if not (profile.video_key and profile.video_media_type and profile.video_bytes):
        return None
    assert profile.video_uploaded_at is not None  # the database keeps the four together
    return VideoRead(
        url=f"{_OWN}/video?v={video_version(profile)}",
        media_type=profile.video_media_type,  # checked by the database
        bytes=profile.video_bytes,
        uploaded_at=profile.video_uploaded_at,
    )


def _vog(profile: ProviderProfile) -> VogRead | None:
    status = profile.vog_status
    if status == VogStatus.missing:
        return None
    # The database keeps the key, size and time together.
    assert profile.vog_bytes is not None
    assert profile.vog_uploaded_at is not None
    return VogRead(
        url=f"{_OWN}/vog",
        bytes=profile.vog_bytes,
        uploaded_at=profile.vog_uploaded_at,
        status=status,
        issued_on=profile.vog_issued_on,
        rejection_reason=profile.vog_rejection_reason,
    )


def address_of(profile: ProviderProfile, user: User) -> DutchAddressRead | None:
    """The address the work area is measured from: the work address when there is a separate
    one, else the account's home address (one copy of each, never two that could disagree)."""
    if profile.address_is_work_address:
        return DutchAddressRead.stored(
            profile.work_street,
            profile.work_house_number,
            profile.work_house_number_addition,
            profile.work_postcode,
            profile.work_city,
        )
    return user.home_address


def _set_work_address(profile: ProviderProfile, address: DutchAddress | None) -> None:
    profile.address_is_work_address = address is not None
    profile.work_street = address.street if address else None
    profile.work_house_number = address.house_number if address else None
    profile.work_house_number_addition = address.house_number_addition if address else None
    profile.work_postcode = address.postcode if address else None
    profile.work_city = address.city if address else None


async def _locate(
    db: AsyncSession, settings: Settings, address: DutchAddress | DutchAddressRead
) -> Location | None:
    return await geocoder_for(settings).geocode(
        db, AddressQuery(address.postcode, address.house_number, address.city)
    )


def _place_on_map(profile: ProviderProfile, location: Location | None) -> None:
    profile.latitude = location.latitude if location else None
    profile.longitude = location.longitude if location else None
    if location is None and profile.work_area_kind == WorkAreaKind.radius:
        # A radius needs a centre: the availability step has to be done again.
        profile.completed_steps = [s for s in profile.completed_steps if s != "availability"]


async def home_address_changed(db: AsyncSession, settings: Settings, user: User) -> None:
    """After the home address changed (in "my details"): a work area measured from it moves
    along. Removing it is refused when the work area depends on it."""
    profile = await ProviderRepository(db).measured_from_home(user)
    if profile is None:
        return
    address = user.home_address
    if address is None:
        raise InvalidInput.on(
            "home_address",
            N_(
                "Your work area is measured from your home address: change it instead, or "
                "give a work address under Company first."
            ),
        )
    _place_on_map(profile, await _locate(db, settings, address))
    await db.flush()


def _complete(profile: ProviderProfile, step: str) -> None:
    if step not in profile.completed_steps:
        profile.completed_steps = [s for s in WIZARD_STEPS if s in {*profile.completed_steps, step}]


def _category_name(category: Category) -> str:
    return str(getattr(category, f"name_{current_language()}"))


async def read(db: AsyncSession, provider: ProviderPrincipal) -> ProviderProfileRead:
    """The provider's own profile and where the wizard stands."""
    profile, user = provider.profile, provider.principal.user
    profiles = ProviderRepository(db)
    places = await profiles.work_places(profile)
    categories = await profiles.categories(profile)
    services = await profiles.services(profile)
    fee = pricing.split_vat(pricing.ADMIN_FEE_CENTS)
    paid = await going_live.fee_paid(db, profile.id)
    return ProviderProfileRead(
        status=profile.status,  # checked by the database
        completed_steps=profile.completed_steps,  # written from WIZARD_STEPS only
        next_step=next(s for s in WIZARD_STEPS if s not in profile.completed_steps or s == "done"),
        first_name=user.first_name,
        service_kinds=profile.service_kinds,  # checked by the database
        heard_from=profile.heard_from,
        has_kvk=profile.has_kvk,
        company_name=profile.company_name,
        kvk_number=profile.kvk_number,
        address=address_of(profile, user),
        address_is_work_address=profile.address_is_work_address,
        located=profile.latitude is not None,
        latitude=profile.latitude,
        longitude=profile.longitude,
        introduction=profile.introduction,
        profile_text=profile.profile_text,
        work_area_kind=profile.work_area_kind,  # checked by the database
        radius_km=profile.radius_km,
        places=[PlaceRead.model_validate(p) for p in places],
        day_parts=bits_to_day_parts(profile.day_parts),
        categories=[CategoryRead(id=c.id, slug=c.slug, name=_category_name(c)) for c in categories],
        services=[
            ServiceRead(
                id=s.id,
                name=s.name,
                price_cents=s.price_cents,
                unit=s.unit,  # checked by the database
                description=s.description,
                member_price_cents=pricing.member_price_cents(s.price_cents),
            )
            for s in services
        ],
        price_note=profile.price_note,
        photo=_photo(profile),
        price_list=PriceListRead(url=f"{_OWN}/price-list", bytes=profile.price_list_bytes)
        if profile.price_list_key and profile.price_list_bytes
        else None,
        video=_video(profile),
        badges=BadgesRead(
            identity_document_seen=profile.identity_document_seen,
            seen_in_person=profile.seen_in_person,
            introduction_video=profile.introduction_video,
        ),
        vog=_vog(profile),
        vog_required=going_live.vog_required(profile),
        fee_paid=paid,
        missing_for_live=going_live.missing(profile, paid),
        live_at=profile.live_at,
        fee=FeeRead(
            net_cents=fee.net_cents,
            vat_cents=fee.vat_cents,
            total_cents=fee.total_cents,
            vat_percent=int(pricing.VAT_RATE * 100),
        ),
    )


async def save_personal(db: AsyncSession, provider: ProviderPrincipal, body: PersonalStep) -> None:
    profile, user = provider.profile, provider.principal.user
    profile.service_kinds = list(body.service_kinds)
    profile.heard_from = body.heard_from or None
    user.first_name = body.first_name
    if profile.terms_version is None:
        # Accepted at sign-up (the sign-up refuses without it); recorded with its version.
        profile.terms_version = TERMS_VERSION
        profile.terms_accepted_at = user.created_at
    _complete(profile, "personal")
    await db.flush()
    await search.refresh_search_text(db, profile)


async def save_company(
    db: AsyncSession, provider: ProviderPrincipal, settings: Settings, body: CompanyStep
) -> None:
    profile = provider.profile
    errors: list[FieldError] = []
    kvk = None
    if body.has_kvk:
        if not body.company_name:
            errors.append(_required("company_name"))
        if not body.kvk_number:
            errors.append(_required("kvk_number"))
        else:
            try:
                kvk = validators.registration_number(body.kvk_number, "NL")
            except ValueError as error:
                errors.append(FieldError(location="body", field="kvk_number", message=str(error)))
    if errors:
        raise InvalidInput(errors=errors)
    # Looked up before anything changes, so no half-made row is flushed for the query.
    location = await _locate(db, settings, body.address)
    profile.has_kvk = body.has_kvk
    profile.company_name = body.company_name if body.has_kvk else None
    profile.kvk_number = kvk
    if body.address_is_work_address:
        _set_work_address(profile, body.address)
    else:
        # Without a separate work address, the address given here is the home address.
        _set_work_address(profile, None)
        provider.principal.user.set_home_address(body.address)
    _place_on_map(profile, location)
    _complete(profile, "company")
    # With a KvK number a confirmed VOG is needed to be live (and without one, no longer).
    await going_live.settle(db, profile)
    await db.flush()
    await search.refresh_search_text(db, profile)


def _required(field: str) -> FieldError:
    return FieldError(location="body", field=field, message=_(N_("This field is required.")))


async def save_profile(db: AsyncSession, provider: ProviderPrincipal, body: ProfileStep) -> None:
    profile = provider.profile
    profile.introduction = body.introduction
    profile.profile_text = body.profile_text
    _complete(profile, "profile")
    await db.flush()
    await search.refresh_search_text(db, profile)


async def save_availability(
    db: AsyncSession, provider: ProviderPrincipal, body: AvailabilityStep
) -> None:
    profile = provider.profile
    if body.work_area_kind == WorkAreaKind.radius:
        if body.radius_km is None:
            raise InvalidInput(errors=[_required("radius_km")])
        if profile.latitude is None:
            raise InvalidInput.on(
                "work_area_kind",
                N_("A distance needs your address on the map: fill in your address first."),
            )
    place_ids: list[int] = []
    if body.work_area_kind == WorkAreaKind.places:
        if not body.place_ids:
            raise InvalidInput.on("place_ids", N_("Choose at least one place."))
        found = await ProviderRepository(db).known_places(body.place_ids)
        unknown = [i for i in body.place_ids if i not in found]
        if unknown:
            raise InvalidInput.on("place_ids", N_("Choose places from the list."))
        place_ids = list(body.place_ids)
    profile.work_area_kind = body.work_area_kind
    profile.radius_km = body.radius_km if body.work_area_kind == WorkAreaKind.radius else None
    profile.day_parts = day_parts_to_bits(
        {str(day): parts for day, parts in body.day_parts.items()}
    )
    await db.execute(delete(ProviderWorkPlace).where(ProviderWorkPlace.profile_id == profile.id))
    db.add_all(ProviderWorkPlace(profile_id=profile.id, place_id=i) for i in place_ids)
    _complete(profile, "availability")
    await db.flush()


async def save_services(db: AsyncSession, provider: ProviderPrincipal, body: ServicesStep) -> None:
    profile = provider.profile
    found = await CategoryRepository(db).known(body.category_ids)
    if any(c not in found for c in body.category_ids):
        raise InvalidInput.on("category_ids", N_("Choose categories from the list."))
    await db.execute(delete(ProviderCategory).where(ProviderCategory.profile_id == profile.id))
    await db.execute(delete(ProviderService).where(ProviderService.profile_id == profile.id))
    db.add_all(ProviderCategory(profile_id=profile.id, category_id=c) for c in body.category_ids)
    db.add_all(
        ProviderService(profile_id=profile.id, position=n, **service.model_dump())
        for n, service in enumerate(body.services)
    )
    profile.price_note = body.price_note
    _complete(profile, "services")
    await db.flush()
    await search.refresh_search_text(db, profile)


async def list_categories(db: AsyncSession) -> list[CategoryRead]:
    rows = await CategoryRepository(db).in_order()
    return [CategoryRead(id=c.id, slug=c.slug, name=_category_name(c)) for c in rows]


async def profile_exists(db: AsyncSession, principal: Principal, profile_id: uuid.UUID) -> bool:
    """Whether the principal may see the provider profile (staff: any that is not erased)."""
    return await ProviderRepository(db).exists(principal, profile_id)


from kring.providers.tasks import DELETE_FILES  # noqa: E402

# What other domains use of providers (their only way in): the billing, going-live and
# lifecycle steps for accounts and payments; profiles, photos and videos for the search; whether
# a profile exists for the staff's review moderation.
__all__ = [
    "DELETE_FILES",
    "PHOTO_VARIANTS",
    "STEPS_BEFORE_PAYMENT",
    "TERMS_VERSION",
    "BilledParty",
    "billed_party",
    "bring_back_online",
    "erase_profiles",
    "fee_paid",
    "home_address_changed",
    "photo_variant",
    "photo_version",
    "profile_exists",
    "purge_fiscal_records",
    "settle",
    "take_offline",
    "video_response",
    "video_version",
]
