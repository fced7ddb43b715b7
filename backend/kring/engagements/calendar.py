"""The private calendar feed: a person's first meetings (accepted proposals with a moment, as
helper or as the dossier's manager) and the weekly day-parts of their running engagements, as
iCalendar. The address holds a random token stored only as a keyed hash; a new address revokes
the old one, and a revoked or unknown token is 404. Street addresses appear only once an
engagement runs."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from icalendar import Calendar, Event
from sqlalchemy import and_, case, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from kring.auth.principal import Principal
from kring.auth.tokens import new_token, token_hash
from kring.config import Settings
from kring.engagements.schemas import CalendarFeedAddress, CalendarFeedState
from kring.kit.clock import Clock
from kring.kit.day_parts import DAYS, bits_to_day_parts
from kring.kit.errors import NotFound
from kring.kit.i18n import N_, Language, translate
from kring.kit.links import site_link
from kring.kit.working_days import AMSTERDAM
from kring.models.dossier import Dossier
from kring.models.helper import HelperProfile
from kring.models.match import CalendarFeed, Engagement, EngagementStatus, MatchProposal
from kring.models.user import User

# When each day-part is, in Amsterdam time.
PART_HOURS = {
    "morning": (time(9), time(12)),
    "afternoon": (time(13), time(17)),
    "evening": (time(18), time(21)),
}
MEETING_LENGTH = timedelta(hours=1)
FIRST_MEETING_AS_HELPER = N_("First meeting with {name} ({city})")
FIRST_MEETING_AS_PARTNER = N_("First meeting of {name} with {helper}")
HELPING = N_("Helping {name}")
HELPED = N_("{helper} helps {name}")
CALENDAR_NAME = N_("Kring: first meetings and help")
HelperUser = aliased(User, name="helper_user")


# --- the person's feed -----------------------------------------------------------------------


async def _active(db: AsyncSession, user_id: Any) -> CalendarFeed | None:
    found: CalendarFeed | None = await db.scalar(
        select(CalendarFeed).where(
            CalendarFeed.user_id == user_id, CalendarFeed.revoked_at.is_(None)
        )
    )
    return found


async def state(db: AsyncSession, principal: Principal) -> CalendarFeedState:
    feed = await _active(db, principal.user_id)
    return CalendarFeedState(active=feed is not None, created_at=feed.created_at if feed else None)


async def _revoke(db: AsyncSession, principal: Principal, now: datetime) -> None:
    # The person's row, locked: two new addresses at once are made one after the other.
    await db.execute(select(User.id).where(User.id == principal.user_id).with_for_update())
    await db.execute(
        update(CalendarFeed)
        .where(CalendarFeed.user_id == principal.user_id, CalendarFeed.revoked_at.is_(None))
        .values(revoked_at=now)
    )


async def create(
    db: AsyncSession, principal: Principal, settings: Settings, clock: Clock
) -> CalendarFeedAddress:
    """A new private address; the old one stops working."""
    await _revoke(db, principal, clock.now())
    token = new_token()
    db.add(CalendarFeed(user_id=principal.user_id, token_hash=token_hash(settings, token)))
    await db.flush()
    return CalendarFeedAddress(url=site_link(settings, f"api/v1/calendar/{token}.ics"))


async def revoke(db: AsyncSession, principal: Principal, clock: Clock) -> None:
    await _revoke(db, principal, clock.now())


# --- the feed itself -------------------------------------------------------------------------


async def _meetings(db: AsyncSession, user_id: Any) -> Sequence[Any]:
    """Accepted proposals with a first-meeting moment, where the person is the helper or the
    dossier's manager."""
    moment = case(
        (MatchProposal.status == "other_moment", MatchProposal.counter_meeting_at),
        else_=MatchProposal.meeting_at,
    )
    statement = (
        select(
            MatchProposal.id,
            moment.label("moment"),
            Dossier.first_name,
            Dossier.city,
            HelperUser.first_name.label("helper_name"),
            (HelperProfile.user_id == user_id).label("as_helper"),
        )
        .join(Dossier, Dossier.id == MatchProposal.dossier_id)
        .join(HelperProfile, HelperProfile.id == MatchProposal.helper_id)
        .join(HelperUser, HelperUser.id == HelperProfile.user_id)
        .where(
            MatchProposal.status.in_(("accepted", "other_moment")),
            moment.is_not(None),
            or_(HelperProfile.user_id == user_id, Dossier.manager_user_id == user_id),
        )
    )
    return (await db.execute(statement)).all()


async def _engagements(db: AsyncSession, user_id: Any) -> Sequence[Any]:
    statement = (
        select(
            Engagement.id,
            Engagement.day_parts,
            Engagement.started_at,
            Dossier.first_name,
            Dossier.street,
            Dossier.house_number,
            Dossier.house_number_addition,
            Dossier.postcode,
            Dossier.city,
            HelperUser.first_name.label("helper_name"),
            (HelperProfile.user_id == user_id).label("as_helper"),
        )
        .join(Dossier, Dossier.id == Engagement.dossier_id)
        .join(HelperProfile, HelperProfile.id == Engagement.helper_id)
        .join(HelperUser, HelperUser.id == HelperProfile.user_id)
        .where(
            Engagement.status == EngagementStatus.active,
            or_(HelperProfile.user_id == user_id, Dossier.manager_user_id == user_id),
        )
    )
    return (await db.execute(statement)).all()


def _first_on_or_after(day: date, weekday: int) -> date:
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def _address(row: Any) -> str:
    number = row.house_number + (
        f"-{row.house_number_addition}" if row.house_number_addition else ""
    )
    return f"{row.street} {number}, {row.postcode} {row.city}"


def render(
    meetings: Sequence[Any], engagements: Sequence[Any], language: Language, now: datetime
) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//Kring//Calendar feed//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", translate(CALENDAR_NAME, language))
    for row in meetings:
        event = Event()
        event.add("uid", f"meeting-{row.id}@kring")
        event.add("dtstamp", now)
        start = row.moment.astimezone(AMSTERDAM)
        event.add("dtstart", start)
        event.add("dtend", start + MEETING_LENGTH)
        summary = FIRST_MEETING_AS_HELPER if row.as_helper else FIRST_MEETING_AS_PARTNER
        event.add(
            "summary",
            translate(
                summary, language, name=row.first_name, city=row.city, helper=row.helper_name
            ),
        )
        # No street address before an engagement: the city only.
        event.add("location", row.city)
        calendar.add_component(event)
    for row in engagements:
        first_day = row.started_at.astimezone(AMSTERDAM).date()
        for day, parts in bits_to_day_parts(row.day_parts).items():
            on = _first_on_or_after(first_day, DAYS.index(day))
            for part in parts:
                begins, ends = PART_HOURS[part]
                event = Event()
                event.add("uid", f"engagement-{row.id}-{day}-{part}@kring")
                event.add("dtstamp", now)
                event.add("dtstart", datetime.combine(on, begins, AMSTERDAM))
                event.add("dtend", datetime.combine(on, ends, AMSTERDAM))
                event.add("rrule", {"freq": "weekly"})
                summary = HELPING if row.as_helper else HELPED
                event.add(
                    "summary",
                    translate(summary, language, name=row.first_name, helper=row.helper_name),
                )
                event.add("location", _address(row))
                calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


async def feed(db: AsyncSession, settings: Settings, clock: Clock, token: str) -> bytes:
    """The calendar behind a private address; 404 when the token is unknown or revoked."""
    now = clock.now()
    found = await db.execute(
        update(CalendarFeed)
        .where(
            and_(
                CalendarFeed.token_hash == token_hash(settings, token),
                CalendarFeed.revoked_at.is_(None),
            )
        )
        .values(reads=CalendarFeed.reads + 1, last_read_at=now)
        .returning(CalendarFeed.user_id)
    )
    user_id = found.scalar_one_or_none()
    if user_id is None:
        raise NotFound()
    user = await db.get(User, user_id)
    assert user is not None
    return render(
        await _meetings(db, user_id), await _engagements(db, user_id), user.preferred_language, now
    )
