"""The neighbourhoods' rules; what other domains may use of them is re-exported here.

A person joins the neighbourhood whose area their home address lies in (by its 4-digit postcode
area, else by the gazetteer place of its city), or the one a personal invite to their e-mail
names. One neighbourhood per person: moving moves the row. Nobody but the person sees the
address; neighbours see a distance rounded up to half a kilometre."""

from __future__ import annotations

import uuid

from redis.asyncio import Redis
from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.principal import Principal, Visitor
from kring.config import Settings
from kring.kit import throttle
from kring.kit.clock import Clock
from kring.kit.errors import Conflict, InvalidInput, NotFound, TooManyRequests
from kring.kit.i18n import N_
from kring.kit.pagination import Page, PageRequest
from kring.kit.text import fold
from kring.kit.validators import postcode as valid_postcode
from kring.models.neighbourhood import (
    Neighbourhood,
    NeighbourhoodArea,
    NeighbourhoodInvite,
    NeighbourhoodWorker,
    Resident,
    ResidentJoinedBy,
    ResidentSkill,
)
from kring.models.skill import Skill
from kring.models.user import User, neighbour_name
from kring.neighbourhoods import repository
from kring.neighbourhoods.auth import (
    DashboardMember,
    Neighbour,
    NeighbourhoodManager,
    NeighbourhoodModerator,
    NeighbourReader,
    NeighbourWriter,
    WorkerInNeighbourhood,
    may_write,
    neighbour_in,
    reachable_neighbourhoods,
    served_neighbourhoods,
)
from kring.neighbourhoods.schemas import (
    AddressIn,
    AddressRead,
    Helper,
    MyResidence,
    NeighbourhoodPage,
    NeighbourhoodSummary,
    ProfileIn,
    SkillShown,
    Standing,
    WorkerShown,
)
from kring.neighbourhoods.staff import ARCHIVED, invite_hash, organisation_read
from kring.places.service import AddressQuery, geocoder_for, search_places
from kring.skills.service import skill_name

__all__ = [
    "DashboardMember",
    "Neighbour",
    "NeighbourReader",
    "NeighbourWriter",
    "NeighbourhoodManager",
    "NeighbourhoodModerator",
    "WorkerInNeighbourhood",
    "may_write",
    "neighbour_in",
    "reachable_neighbourhoods",
    "served_neighbourhoods",
]

SUBJECT = "resident"
# Entering a neighbourhood by address (joining, or moving to another) is limited: someone
# hopping from address to address would read one neighbourhood after the other. Corrections
# within the same neighbourhood and invites (sent by staff or the worker) do not count.
ENTRIES_PER_MONTH = 3
MONTH = 30 * 24 * 3600
TOO_MANY_MOVES = N_(
    "You can change neighbourhood {limit} times in 30 days. Try again in {days} days."
)
NOT_COVERED = N_("No neighbourhood on Kring covers this address yet.")
INVITE_USED = N_("This invitation has been used already.")
INVITE_EXPIRED = N_("This invitation has expired. Ask for a new one.")


def _skills(skills: list[Skill]) -> list[SkillShown]:
    return [SkillShown(id=s.id, slug=s.slug, name=skill_name(s)) for s in skills]


async def _residence(db: AsyncSession, resident: Resident) -> MyResidence:
    neighbourhood = await db.get(Neighbourhood, resident.neighbourhood_id)
    assert neighbourhood is not None
    skills = await repository.skills_of(db, [resident.id])
    return MyResidence(
        neighbourhood=_summary(neighbourhood),
        address=AddressRead(
            country=resident.country,
            street=resident.street,
            house_number=resident.house_number,
            postcode=resident.postcode,
            city=resident.city,
        ),
        joined_by=resident.joined_by,
        joined_at=resident.joined_at,
        skills=_skills(skills[resident.id]),
        volunteers_for_organisations=resident.volunteers_for_organisations,
        about=resident.about,
        suspended=resident.suspended_at is not None,
    )


def _summary(n: Neighbourhood) -> NeighbourhoodSummary:
    return NeighbourhoodSummary(
        id=n.id,
        name=n.name,
        country=n.country,
        description=n.description,
        archived=n.archived_at is not None,
    )


async def _mine(db: AsyncSession, user_id: uuid.UUID, *, lock: bool = False) -> Resident | None:
    statement = select(Resident).where(Resident.user_id == user_id)
    if lock:
        statement = statement.with_for_update()
    found: Resident | None = await db.scalar(statement)
    return found


async def my_neighbourhood(db: AsyncSession, principal: Principal) -> MyResidence:
    resident = await _mine(db, principal.user_id)
    if resident is None:
        raise NotFound()
    return await _residence(db, resident)


def _checked(address: AddressIn) -> AddressIn:
    try:
        address.postcode = valid_postcode(address.postcode, address.country)
    except ValueError as error:
        raise InvalidInput.on("postcode", str(error)) from error
    return address


async def _place_of(db: AsyncSession, address: AddressIn) -> int | None:
    """The gazetteer place named like the address's city, in its country."""
    wanted = fold(address.city)
    for place in await search_places(db, Visitor(), address.city, address.country, 5):
        if fold(place.name) == wanted or (
            place.matched_name and fold(place.matched_name) == wanted
        ):
            return place.id
    return None


async def _find(db: AsyncSession, address: AddressIn, place_id: int | None) -> Neighbourhood | None:
    """By the postcode area first, then by the place."""
    area = address.postcode[:4]
    statement = (
        select(Neighbourhood)
        .join(NeighbourhoodArea, NeighbourhoodArea.neighbourhood_id == Neighbourhood.id)
        .where(Neighbourhood.archived_at.is_(None))
    )
    found: Neighbourhood | None = await db.scalar(
        statement.where(
            NeighbourhoodArea.country == address.country, NeighbourhoodArea.postcode_area == area
        )
    )
    if found is None and place_id is not None:
        found = await db.scalar(statement.where(NeighbourhoodArea.place_id == place_id))
    return found


async def _settle(
    db: AsyncSession,
    principal: Principal,
    settings: Settings,
    clock: Clock,
    address: AddressIn,
    neighbourhood: Neighbourhood | None,
    joined_by: ResidentJoinedBy,
    redis: Redis | None = None,
) -> Resident:
    """Write the person's residence (under a lock on the person, so two requests at once leave
    one row); `neighbourhood` None: the one the address lies in (422 when none)."""
    await db.execute(select(User.id).where(User.id == principal.user_id).with_for_update())
    place_id = await _place_of(db, address)
    if neighbourhood is None:
        neighbourhood = await _find(db, address, place_id)
        if neighbourhood is None:
            raise InvalidInput.on("postcode", NOT_COVERED)
    location = await geocoder_for(settings).geocode(
        db,
        AddressQuery(
            postcode=address.postcode,
            house_number=address.house_number,
            city=address.city,
            country=address.country,
        ),
    )
    latitude, longitude = (
        (location.latitude, location.longitude)
        if location is not None
        else (neighbourhood.latitude, neighbourhood.longitude)
    )
    resident = await _mine(db, principal.user_id, lock=True)
    entering = resident is None or resident.neighbourhood_id != neighbourhood.id
    if redis is not None and entering:
        key = f"kring:limit:neighbourhood-entry:{principal.user_id}"
        wait = await throttle.take(redis, key, ENTRIES_PER_MONTH, MONTH)
        if wait is not None:
            days = max(1, -(-wait // 86400))
            raise TooManyRequests(
                TOO_MANY_MOVES, retry_after=wait, limit=ENTRIES_PER_MONTH, days=days
            )
    values = {
        "country": address.country,
        "street": address.street,
        "house_number": address.house_number,
        "postcode": address.postcode,
        "city": address.city,
        "place_id": place_id,
        "latitude": latitude,
        "longitude": longitude,
    }
    if resident is None:
        resident = Resident(
            user_id=principal.user_id,
            neighbourhood_id=neighbourhood.id,
            joined_by=joined_by.value,
            joined_at=clock.now(),
            **values,
        )
        db.add(resident)
        await db.flush()
        action = "neighbourhood.joined"
    else:
        moved = resident.neighbourhood_id != neighbourhood.id
        for name, value in values.items():
            setattr(resident, name, value)
        if moved:
            resident.neighbourhood_id = neighbourhood.id
            resident.joined_by = joined_by.value
            resident.joined_at = clock.now()
        await db.flush()
        action = "neighbourhood.moved" if moved else "neighbourhood.address_changed"
    await audit.record(
        db,
        principal,
        action,
        subject_type=SUBJECT,
        subject_id=resident.id,
        details={"neighbourhood": str(neighbourhood.id), "joined_by": joined_by.value},
    )
    return resident


async def set_address(
    db: AsyncSession,
    principal: Principal,
    settings: Settings,
    clock: Clock,
    redis: Redis,
    address: AddressIn,
) -> MyResidence:
    resident = await _settle(
        db, principal, settings, clock, _checked(address), None, ResidentJoinedBy.address, redis
    )
    return await _residence(db, resident)


async def leave(db: AsyncSession, principal: Principal) -> None:
    resident = await _mine(db, principal.user_id, lock=True)
    if resident is None:
        raise NotFound()
    await audit.record(
        db,
        principal,
        "neighbourhood.left",
        subject_type=SUBJECT,
        subject_id=resident.id,
        details={"neighbourhood": str(resident.neighbourhood_id)},
    )
    await db.execute(delete(Resident).where(Resident.id == resident.id))


async def accept_invite(
    db: AsyncSession,
    principal: Principal,
    settings: Settings,
    clock: Clock,
    token: str,
    address: AddressIn,
) -> MyResidence:
    """The invite's neighbourhood, wherever the address lies; only for the e-mail invited."""
    invite = await db.scalar(
        select(NeighbourhoodInvite)
        .where(NeighbourhoodInvite.token_hash == invite_hash(settings, token))
        .with_for_update()
    )
    if invite is None or invite.email.lower() != principal.user.email.lower():
        raise NotFound()
    if invite.accepted_at is not None:
        raise Conflict(INVITE_USED)
    if invite.expires_at <= clock.now():
        raise Conflict(INVITE_EXPIRED)
    neighbourhood = await db.get(Neighbourhood, invite.neighbourhood_id)
    assert neighbourhood is not None
    if neighbourhood.archived_at is not None:
        raise Conflict(ARCHIVED)
    resident = await _settle(
        db, principal, settings, clock, _checked(address), neighbourhood, ResidentJoinedBy.invite
    )
    invite.accepted_at = clock.now()
    invite.accepted_by_user_id = principal.user_id
    await db.flush()
    await audit.record(
        db,
        principal,
        "neighbourhood.invite_accepted",
        subject_type="neighbourhood_invite",
        subject_id=invite.id,
    )
    return await _residence(db, resident)


async def set_profile(db: AsyncSession, principal: Principal, body: ProfileIn) -> MyResidence:
    resident = await _mine(db, principal.user_id, lock=True)
    if resident is None:
        raise NotFound()
    skill_ids = list(dict.fromkeys(body.skill_ids))
    known = (
        set((await db.scalars(select(Skill.id).where(Skill.id.in_(skill_ids)))).all())
        if skill_ids
        else set()
    )
    if len(known) != len(skill_ids):
        raise InvalidInput.on("skill_ids", N_("Choose skills from the list."))
    await db.execute(delete(ResidentSkill).where(ResidentSkill.resident_id == resident.id))
    db.add_all([ResidentSkill(resident_id=resident.id, skill_id=s) for s in skill_ids])
    resident.volunteers_for_organisations = body.volunteers_for_organisations
    resident.about = body.about
    await db.flush()
    await audit.record(
        db, principal, "neighbourhood.profile_updated", subject_type=SUBJECT, subject_id=resident.id
    )
    return await _residence(db, resident)


# --- inside a neighbourhood ----------------------------------------------------------------------


async def neighbourhood_page(db: AsyncSession, neighbour: Neighbour) -> NeighbourhoodPage:
    n = await db.get(Neighbourhood, neighbour.neighbourhood_id)
    assert n is not None
    count = await db.scalar(
        select(func.count()).select_from(Resident).where(Resident.neighbourhood_id == n.id)
    )
    organisations = await repository.local_organisations(db, n.id, archived=False)
    workers = await repository.workers(db, n.id)
    return NeighbourhoodPage(
        id=n.id,
        name=n.name,
        country=n.country,
        description=n.description,
        latitude=n.latitude,
        longitude=n.longitude,
        resident_count=count or 0,
        standing=Standing(
            resident=neighbour.resident_id is not None,
            worker=neighbour.is_worker,
            suspended=neighbour.suspended,
        ),
        local_organisations=[
            organisation_read(o).model_copy(update={"archived_at": None}) for o in organisations
        ],
        workers=[WorkerShown(user_id=w.id, display_name=w.display_name) for w in workers],
    )


async def helpers(
    db: AsyncSession, neighbour: Neighbour, skill: str | None, page: PageRequest
) -> Page[Helper]:
    """Neighbours offering the skill, nearest first from my residence (a worker without one:
    from the neighbourhood's centre)."""
    skill_id = None
    if skill is not None:
        skill_id = await db.scalar(select(Skill.id).where(Skill.slug == skill))
        if skill_id is None:
            raise InvalidInput.on("skill", N_("Choose skills from the list."), "query")
    origin = (
        await db.execute(
            select(Resident.latitude, Resident.longitude).where(
                Resident.user_id == neighbour.user_id,
                Resident.neighbourhood_id == neighbour.neighbourhood_id,
            )
        )
    ).first()
    if origin is None:
        origin = (
            await db.execute(
                select(Neighbourhood.latitude, Neighbourhood.longitude).where(
                    Neighbourhood.id == neighbour.neighbourhood_id
                )
            )
        ).one()
    statement = repository.helpers_statement(
        neighbour.neighbourhood_id, neighbour.user_id, skill_id, origin[0], origin[1]
    )
    rows, next_cursor = await repository.helpers_page(db, statement, page)
    skills = await repository.skills_of(db, [row.id for row in rows])
    return Page(
        items=[
            Helper(
                user_id=row.user_id,
                display_name=neighbour_name(row.first_name, row.last_name),
                distance_km=float(row.distance_km),
                skills=_skills(skills[row.id]),
                about=row.about,
                volunteers_for_organisations=row.volunteers,
            )
            for row in rows
        ],
        next_cursor=next_cursor,
    )


async def my_work(db: AsyncSession, principal: Principal) -> list[NeighbourhoodSummary]:
    rows = (
        await db.scalars(
            select(Neighbourhood)
            .join(NeighbourhoodWorker, NeighbourhoodWorker.neighbourhood_id == Neighbourhood.id)
            .where(NeighbourhoodWorker.user_id == principal.user_id)
            .order_by(Neighbourhood.name, Neighbourhood.id)
        )
    ).all()
    return [_summary(n) for n in rows]


async def erase_people(db: AsyncSession, user_ids: list[uuid.UUID]) -> None:
    """Erased accounts leave their neighbourhood: their address, skills and profile go, they
    serve none as its worker, and invitations still open for their e-mail address go (call it
    before the address is erased)."""
    await db.execute(delete(Resident).where(Resident.user_id.in_(user_ids)))
    await db.execute(delete(NeighbourhoodWorker).where(NeighbourhoodWorker.user_id.in_(user_ids)))
    emails = select(func.lower(User.email)).where(User.id.in_(user_ids)).scalar_subquery()
    await db.execute(
        delete(NeighbourhoodInvite).where(
            NeighbourhoodInvite.accepted_at.is_(None),
            func.lower(NeighbourhoodInvite.email).in_(emails),
        )
    )
