"""Staff keep the neighbourhoods: their areas (a postcode area or place lies in one at most),
local organisations, workers (verified partners only) and invites. Every change is audited."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

from redis.asyncio import Redis
from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.principal import Principal
from kring.auth.tokens import new_token, token_hash
from kring.config import Settings
from kring.kit import throttle
from kring.kit.clock import Clock
from kring.kit.errors import Conflict, FieldError, InvalidInput, NotFound, TooManyRequests
from kring.kit.i18n import N_, _
from kring.kit.links import portal_link
from kring.models.neighbourhood import (
    LocalOrganisation,
    Neighbourhood,
    NeighbourhoodArea,
    NeighbourhoodInvite,
    NeighbourhoodWorker,
)
from kring.models.partner import PartnerAccessRequest
from kring.models.user import User
from kring.neighbourhoods import repository, serving
from kring.neighbourhoods.schemas import (
    AreaPlace,
    InviteRead,
    LocalOrganisationCreate,
    LocalOrganisationRead,
    LocalOrganisationUpdate,
    NeighbourhoodAdminRead,
    NeighbourhoodAdminSummary,
    NeighbourhoodCreate,
    NeighbourhoodUpdate,
    WorkerRead,
)
from kring.notifications.service import queue_mail
from kring.places.service import find_place

SUBJECT = "neighbourhood"
INVITE_VALID = timedelta(days=14)
# Invites are e-mails to any address: a few dozen an hour per person is plenty.
INVITES_PER_HOUR = 20
TOO_MANY_INVITES = N_("You sent many invitations in a short time. Try again in {minutes} minutes.")
TAKEN_POSTCODE = N_("Postcode area {area} already belongs to the neighbourhood {name}.")
TAKEN_PLACE = N_("The place {area} already belongs to the neighbourhood {name}.")
NO_AREA = N_("Give at least one postcode area or place.")
NOT_VERIFIED = N_("Only a verified partner can be a neighbourhood worker.")
UNREACHABLE = N_("Give a phone number, an e-mail address or a website.")
ARCHIVED = N_("This neighbourhood is archived.")


def invite_hash(settings: Settings, token: str) -> str:
    return token_hash(settings, "neighbourhood-invite:" + token).hex()


async def _neighbourhood(db: AsyncSession, neighbourhood_id: uuid.UUID) -> Neighbourhood:
    found = await db.get(Neighbourhood, neighbourhood_id)
    if found is None:
        raise NotFound()
    return found


async def _summaries(db: AsyncSession, rows: list[Any]) -> list[NeighbourhoodAdminSummary]:
    found = await repository.areas(db, [row.Neighbourhood.id for row in rows])
    result = []
    for row in rows:
        n = row.Neighbourhood
        postcodes, places = found[n.id]
        result.append(
            NeighbourhoodAdminSummary(
                id=n.id,
                name=n.name,
                country=n.country,
                description=n.description,
                latitude=n.latitude,
                longitude=n.longitude,
                archived_at=n.archived_at,
                resident_count=row.resident_count,
                postcode_areas=postcodes,
                places=[AreaPlace(id=i, name=name) for i, name in places],
            )
        )
    return result


async def list_neighbourhoods(db: AsyncSession) -> list[NeighbourhoodAdminSummary]:
    """All of them, archived ones too, by name."""
    rows = (
        await db.execute(
            select(Neighbourhood, repository.resident_count().label("resident_count")).order_by(
                Neighbourhood.name, Neighbourhood.id
            )
        )
    ).all()
    return await _summaries(db, list(rows))


async def get_neighbourhood(
    db: AsyncSession, neighbourhood_id: uuid.UUID
) -> NeighbourhoodAdminRead:
    row = (
        await db.execute(
            select(Neighbourhood, repository.resident_count().label("resident_count")).where(
                Neighbourhood.id == neighbourhood_id
            )
        )
    ).one_or_none()
    if row is None:
        raise NotFound()
    (summary,) = await _summaries(db, [row])
    workers = await repository.workers(db, neighbourhood_id)
    return NeighbourhoodAdminRead(
        **summary.model_dump(),
        workers=[
            WorkerRead(user_id=w.id, display_name=w.display_name, email=w.email) for w in workers
        ],
        service_organisations=list(await serving.service_organisations(db, neighbourhood_id)),
    )


async def _centre_of(
    db: AsyncSession, country: str, postcodes: list[str], place_ids: list[int]
) -> tuple[float, float] | None:
    """The first place's centre; a postcode area alone does not tell it offline (the gazetteer
    has no postcodes), so then staff give the centre in the body."""
    if place_ids:
        place = await find_place(db, place_ids[0])
        if place is not None:
            return place.latitude, place.longitude
    return None


async def _set_areas(
    db: AsyncSession,
    neighbourhood: Neighbourhood,
    postcodes: list[str],
    place_ids: list[int],
) -> None:
    """Replace the areas; 409 naming the field and the neighbourhood that has one already."""
    postcodes = list(dict.fromkeys(postcodes))
    place_ids = list(dict.fromkeys(place_ids))
    if not postcodes and not place_ids:
        raise InvalidInput.on("postcode_areas", NO_AREA)
    for place_id in place_ids:
        place = await find_place(db, place_id)
        if place is None or place.country != neighbourhood.country:
            raise InvalidInput.on(
                "place_ids", N_("This place is not in the gazetteer of this country.")
            )
    taken = (
        await db.execute(
            select(NeighbourhoodArea.postcode_area, NeighbourhoodArea.place_id, Neighbourhood.name)
            .join(Neighbourhood, Neighbourhood.id == NeighbourhoodArea.neighbourhood_id)
            .where(
                NeighbourhoodArea.neighbourhood_id != neighbourhood.id,
                (
                    (NeighbourhoodArea.country == neighbourhood.country)
                    & NeighbourhoodArea.postcode_area.in_(postcodes)
                )
                | NeighbourhoodArea.place_id.in_(place_ids),
            )
            .limit(1)
        )
    ).first()
    if taken is not None:
        _refuse_taken(taken.postcode_area, taken.place_id, taken.name)
    await db.execute(
        delete(NeighbourhoodArea).where(NeighbourhoodArea.neighbourhood_id == neighbourhood.id)
    )
    db.add_all(
        [
            NeighbourhoodArea(
                neighbourhood_id=neighbourhood.id,
                country=neighbourhood.country,
                postcode_area=p,
            )
            for p in postcodes
        ]
        + [
            NeighbourhoodArea(
                neighbourhood_id=neighbourhood.id, country=neighbourhood.country, place_id=p
            )
            for p in place_ids
        ]
    )
    try:
        async with db.begin_nested():
            await db.flush()
    except IntegrityError as error:
        # Another request took the area between the check and the insert.
        raise Conflict(N_("One of these areas was just added to another neighbourhood.")) from error


def _refuse_taken(postcode_area: str | None, place_id: int | None, name: str) -> None:
    field, message = (
        ("postcode_areas", TAKEN_POSTCODE)
        if postcode_area is not None
        else ("place_ids", TAKEN_PLACE)
    )
    area = postcode_area if postcode_area is not None else str(place_id)
    raise Conflict(
        message,
        errors=[FieldError(location="body", field=field, message=_(message, area=area, name=name))],
        area=area,
        name=name,
    )


async def create_neighbourhood(
    db: AsyncSession, principal: Principal, body: NeighbourhoodCreate
) -> NeighbourhoodAdminRead:
    if await db.scalar(
        select(Neighbourhood.id).where(func.lower(Neighbourhood.name) == body.name.lower())
    ):
        raise Conflict(N_("A neighbourhood with this name exists already."))
    centre = await _centre_of(db, body.country, body.postcode_areas, body.place_ids)
    if body.latitude is not None and body.longitude is not None:
        centre = (body.latitude, body.longitude)
    if not body.postcode_areas and not body.place_ids:
        raise InvalidInput.on("postcode_areas", NO_AREA)
    if centre is None:
        raise InvalidInput.on(
            "latitude", N_("Give the map's centre: no place of the area tells it.")
        )
    neighbourhood = Neighbourhood(
        name=body.name,
        country=body.country,
        description=body.description,
        latitude=centre[0],
        longitude=centre[1],
    )
    db.add(neighbourhood)
    await db.flush()
    await _set_areas(db, neighbourhood, body.postcode_areas, body.place_ids)
    await audit.record(
        db, principal, "neighbourhood.created", subject_type=SUBJECT, subject_id=neighbourhood.id
    )
    return await get_neighbourhood(db, neighbourhood.id)


async def update_neighbourhood(
    db: AsyncSession, principal: Principal, neighbourhood_id: uuid.UUID, body: NeighbourhoodUpdate
) -> NeighbourhoodAdminRead:
    neighbourhood = await _neighbourhood(db, neighbourhood_id)
    given = body.model_fields_set
    renamed = body.name is not None and body.name.lower() != neighbourhood.name.lower()
    if renamed and await db.scalar(
        select(Neighbourhood.id).where(func.lower(Neighbourhood.name) == str(body.name).lower())
    ):
        raise Conflict(N_("A neighbourhood with this name exists already."))
    if body.name is not None:
        neighbourhood.name = body.name
    if "description" in given:
        neighbourhood.description = body.description
    if body.latitude is not None and body.longitude is not None:
        neighbourhood.latitude, neighbourhood.longitude = body.latitude, body.longitude
    if body.postcode_areas is not None or body.place_ids is not None:
        postcodes, places = (await repository.areas(db, [neighbourhood.id]))[neighbourhood.id]
        await _set_areas(
            db,
            neighbourhood,
            body.postcode_areas if body.postcode_areas is not None else postcodes,
            body.place_ids if body.place_ids is not None else [p for p, _ in places],
        )
    await db.flush()
    await audit.record(
        db,
        principal,
        "neighbourhood.updated",
        subject_type=SUBJECT,
        subject_id=neighbourhood.id,
        details={"fields": sorted(given)},
    )
    return await get_neighbourhood(db, neighbourhood.id)


async def set_archived(
    db: AsyncSession,
    principal: Principal,
    clock: Clock,
    neighbourhood_id: uuid.UUID,
    archived: bool,
) -> NeighbourhoodAdminRead:
    neighbourhood = await _neighbourhood(db, neighbourhood_id)
    if archived and neighbourhood.archived_at is None:
        neighbourhood.archived_at = clock.now()
    elif not archived:
        neighbourhood.archived_at = None
    await db.flush()
    await audit.record(
        db,
        principal,
        "neighbourhood.archived" if archived else "neighbourhood.unarchived",
        subject_type=SUBJECT,
        subject_id=neighbourhood.id,
    )
    return await get_neighbourhood(db, neighbourhood.id)


# --- local organisations -------------------------------------------------------------------------


def organisation_read(row: LocalOrganisation) -> LocalOrganisationRead:
    return LocalOrganisationRead(
        id=row.id,
        name=row.name,
        description=row.description,
        phone=row.phone,
        email=row.email,
        website=row.website,
        archived_at=row.archived_at,
    )


async def list_organisations(
    db: AsyncSession, neighbourhood_id: uuid.UUID
) -> list[LocalOrganisationRead]:
    await _neighbourhood(db, neighbourhood_id)
    rows = await repository.local_organisations(db, neighbourhood_id, archived=True)
    return [organisation_read(r) for r in rows]


async def create_organisation(
    db: AsyncSession,
    principal: Principal,
    neighbourhood_id: uuid.UUID,
    body: LocalOrganisationCreate,
) -> LocalOrganisationRead:
    await _neighbourhood(db, neighbourhood_id)
    if body.phone is None and body.email is None and body.website is None:
        raise InvalidInput.on("phone", UNREACHABLE)
    row = LocalOrganisation(
        neighbourhood_id=neighbourhood_id,
        name=body.name,
        description=body.description,
        phone=body.phone,
        email=str(body.email) if body.email else None,
        website=body.website,
    )
    db.add(row)
    await db.flush()
    await audit.record(
        db,
        principal,
        "local_organisation.created",
        subject_type="local_organisation",
        subject_id=row.id,
    )
    return organisation_read(row)


async def _organisation(
    db: AsyncSession, neighbourhood_id: uuid.UUID, organisation_id: uuid.UUID
) -> LocalOrganisation:
    row = await db.scalar(
        select(LocalOrganisation)
        .where(
            LocalOrganisation.id == organisation_id,
            LocalOrganisation.neighbourhood_id == neighbourhood_id,
        )
        .with_for_update()
    )
    if row is None:
        raise NotFound()
    return row


async def update_organisation(
    db: AsyncSession,
    principal: Principal,
    neighbourhood_id: uuid.UUID,
    organisation_id: uuid.UUID,
    body: LocalOrganisationUpdate,
) -> LocalOrganisationRead:
    row = await _organisation(db, neighbourhood_id, organisation_id)
    given = body.model_fields_set
    if body.name is not None:
        row.name = body.name
    for name in ("description", "phone", "website"):
        if name in given:
            setattr(row, name, getattr(body, name))
    if "email" in given:
        row.email = str(body.email) if body.email else None
    if row.phone is None and row.email is None and row.website is None:
        raise InvalidInput.on("phone", UNREACHABLE)
    await db.flush()
    await audit.record(
        db,
        principal,
        "local_organisation.updated",
        subject_type="local_organisation",
        subject_id=row.id,
        details={"fields": sorted(given)},
    )
    return organisation_read(row)


async def archive_organisation(
    db: AsyncSession,
    principal: Principal,
    clock: Clock,
    neighbourhood_id: uuid.UUID,
    organisation_id: uuid.UUID,
) -> LocalOrganisationRead:
    row = await _organisation(db, neighbourhood_id, organisation_id)
    if row.archived_at is None:
        row.archived_at = clock.now()
    await db.flush()
    await audit.record(
        db,
        principal,
        "local_organisation.archived",
        subject_type="local_organisation",
        subject_id=row.id,
    )
    return organisation_read(row)


# --- workers -------------------------------------------------------------------------------------


async def add_worker(
    db: AsyncSession, principal: Principal, neighbourhood_id: uuid.UUID, user_id: uuid.UUID
) -> NeighbourhoodAdminRead:
    """Only a person with an accepted partner access request (422 naming `user_id`)."""
    await _neighbourhood(db, neighbourhood_id)
    verified = await db.scalar(
        select(PartnerAccessRequest.id)
        .where(PartnerAccessRequest.user_id == user_id, PartnerAccessRequest.status == "accepted")
        .limit(1)
    )
    if verified is None:
        raise InvalidInput.on("user_id", NOT_VERIFIED, "path")
    known = await db.get(NeighbourhoodWorker, (user_id, neighbourhood_id))
    if known is None:
        db.add(
            NeighbourhoodWorker(
                user_id=user_id,
                neighbourhood_id=neighbourhood_id,
                assigned_by_user_id=principal.user_id,
            )
        )
        await db.flush()
        await audit.record(
            db,
            principal,
            "neighbourhood.worker_added",
            subject_type=SUBJECT,
            subject_id=neighbourhood_id,
            person_id=user_id,
        )
    return await get_neighbourhood(db, neighbourhood_id)


async def remove_worker(
    db: AsyncSession, principal: Principal, neighbourhood_id: uuid.UUID, user_id: uuid.UUID
) -> None:
    await _neighbourhood(db, neighbourhood_id)
    gone = await db.execute(
        delete(NeighbourhoodWorker)
        .where(
            NeighbourhoodWorker.user_id == user_id,
            NeighbourhoodWorker.neighbourhood_id == neighbourhood_id,
        )
        .returning(NeighbourhoodWorker.user_id)
    )
    if gone.first() is None:
        raise NotFound()
    await audit.record(
        db,
        principal,
        "neighbourhood.worker_removed",
        subject_type=SUBJECT,
        subject_id=neighbourhood_id,
        person_id=user_id,
    )


# --- invites -------------------------------------------------------------------------------------


async def invite(
    db: AsyncSession,
    principal: Principal,
    settings: Settings,
    clock: Clock,
    redis: Redis,
    neighbourhood_id: uuid.UUID,
    email: str,
) -> InviteRead:
    """A single-use link valid 14 days, mailed in the invitee's language (Dutch without an
    account); only its hash is kept."""
    neighbourhood = await _neighbourhood(db, neighbourhood_id)
    if neighbourhood.archived_at is not None:
        raise Conflict(ARCHIVED)
    wait = await throttle.take(
        redis, f"kring:limit:neighbourhood-invite:user:{principal.user_id}", INVITES_PER_HOUR, 3600
    )
    if wait is not None:
        raise TooManyRequests(TOO_MANY_INVITES, retry_after=wait)
    token = new_token()
    now = clock.now()
    row = NeighbourhoodInvite(
        neighbourhood_id=neighbourhood.id,
        email=email,
        invited_by_user_id=principal.user_id,
        token_hash=invite_hash(settings, token),
        created_at=now,
        expires_at=now + INVITE_VALID,
    )
    db.add(row)
    await db.flush()
    invitee = await db.scalar(select(User).where(func.lower(User.email) == email.lower()))
    await queue_mail(
        db,
        to=email,
        template="neighbourhood_invitation",
        language=invitee.language if invitee else "nl",  # type: ignore[arg-type]
        context={
            "inviter_name": principal.user.display_name,
            "neighbourhood": neighbourhood.name,
            "link": portal_link(settings, "partner", "buurt/uitnodiging", token=token),
        },
    )
    await audit.record(
        db,
        principal,
        "neighbourhood.invited",
        subject_type="neighbourhood_invite",
        subject_id=row.id,
        details={"neighbourhood": str(neighbourhood.id)},
    )
    return InviteRead(
        id=row.id, neighbourhood_id=neighbourhood.id, email=row.email, expires_at=row.expires_at
    )
