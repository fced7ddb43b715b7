"""The demo's hours: Bram's third dossier, Gerrit Bakker in Utrecht, is matched with two helpers
since eleven weeks: Hanna Helper (`helper@kring.demo`, a volunteer, Monday mornings) and Fatima
El Amrani (`hulp2@kring.demo`, paid EUR 18.50 an hour, Thursday afternoons, with her bank
account). Earlier months' hours are approved by Bram; this month's wait for him, and one of
Hanna's was sent back with a reason for her to fix."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.dossiers.service import PRIVACY_VERSION, TERMS_VERSION
from kring.kit.day_parts import day_parts_to_bits
from kring.kit.working_days import AMSTERDAM
from kring.models.dossier import Dossier, DossierSkill, DossierStatusChange
from kring.models.helper import HelperProfile
from kring.models.match import Engagement, MatchProposal
from kring.models.skill import Skill
from kring.models.timesheet import TimesheetEntry
from kring.models.user import User

WEEKS = 11


def _days(since: date, until: date, weekday: int) -> list[date]:
    first = since + timedelta(days=(weekday - since.weekday()) % 7)
    return [first + timedelta(weeks=k) for k in range((until - first).days // 7 + 1)]


async def seed_hours(db: AsyncSession, now: datetime) -> None:
    partner = await db.scalar(select(User).where(User.email == "buurtwerker@kring.demo"))
    hanna = await db.scalar(
        select(HelperProfile).join(User).where(User.email == "helper@kring.demo")
    )
    fatima = await db.scalar(
        select(HelperProfile).join(User).where(User.email == "hulp2@kring.demo")
    )
    if partner is None or hanna is None or fatima is None:
        return
    seeded = await db.scalar(
        select(Dossier.id).where(
            Dossier.manager_user_id == partner.id, Dossier.last_name == "Bakker"
        )
    )
    if seeded is not None:
        return
    started = now - timedelta(weeks=WEEKS)
    skills = (await db.scalars(select(Skill.id).order_by(Skill.position, Skill.id).limit(2))).all()
    gerrit = Dossier(
        manager_user_id=partner.id,
        status="matched",
        status_changed_at=started,
        completed_steps=["who", "help", "when", "bank", "terms"],
        first_name="Gerrit",
        last_name="Bakker",
        birth_year=1938,
        street="Nachtegaalstraat",
        house_number="40",
        postcode="3581 AE",
        city="Utrecht",
        latitude=52.0893,
        longitude=5.1334,
        languages=["nl"],
        phone="+31303456789",
        help_text="Boodschappen op maandag, en op donderdag een warme maaltijd koken.",
        day_parts=day_parts_to_bits({"monday": ["morning"], "thursday": ["afternoon"]}),
        how_often="weekly",
        starts_on=started.date(),
        iban="NL20INGB0001234567",
        account_holder="G. Bakker",
        terms_version=TERMS_VERSION,
        privacy_version=PRIVACY_VERSION,
        terms_accepted_at=started - timedelta(days=10),
        terms_accepted_by_user_id=partner.id,
        paid_at=started - timedelta(days=9),
        created_at=started - timedelta(days=10),
    )
    db.add(gerrit)
    await db.flush()
    db.add_all([DossierSkill(dossier_id=gerrit.id, skill_id=s) for s in skills])
    db.add(
        DossierStatusChange(
            dossier_id=gerrit.id,
            changed_by_user_id=partner.id,
            from_status="searching",
            to_status="matched",
            created_at=started,
        )
    )
    fatima.iban = "NL02ABNA0123456789"
    fatima.account_holder = "F. El Amrani"
    today = now.astimezone(AMSTERDAM).date()
    this_month = today.replace(day=1)
    for helper, weekday, part, rate, times in (
        (hanna, 0, "monday", None, (time(9, 30), time(12, 0), 0)),
        (fatima, 3, "thursday", 1850, (time(13, 0), time(16, 30), 15)),
    ):
        bits = day_parts_to_bits({part: ["morning" if weekday == 0 else "afternoon"]})
        proposal = MatchProposal(
            dossier_id=gerrit.id,
            helper_id=helper.id,
            sent_by_user_id=partner.id,
            status="confirmed",
            message="Gerrit zoekt hulp; zou je eens kennis willen maken?",
            skill_ids=list(skills[:1]),
            day_parts=bits,
            hourly_rate_cents=rate,
            expires_at=started,
            answered_at=started - timedelta(days=3),
            partner_confirmed_at=started,
            helper_confirmed_at=started,
            created_at=started - timedelta(days=5),
        )
        db.add(proposal)
        await db.flush()
        engagement = Engagement(
            dossier_id=gerrit.id,
            helper_id=helper.id,
            proposal_id=proposal.id,
            status="active",
            day_parts=bits,
            hourly_rate_cents=rate,
            started_at=started,
        )
        db.add(engagement)
        await db.flush()
        start, end, pause = times
        minutes = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute) - pause
        worked = [d for d in _days(started.date() + timedelta(days=1), today, weekday) if d < today]
        for day in worked:
            waiting = day >= this_month
            rejected = waiting and helper is hanna and day == worked[-1]
            decided = datetime.combine(day + timedelta(days=4), time(19), AMSTERDAM)
            db.add(
                TimesheetEntry(
                    engagement_id=engagement.id,
                    dossier_id=gerrit.id,
                    helper_id=helper.id,
                    work_date=day,
                    starts_at=start,
                    ends_at=end,
                    break_minutes=pause,
                    minutes=minutes,
                    note="Boodschappen bij de Albert Heijn."
                    if weekday == 0
                    else "Stamppot gekookt.",
                    hourly_rate_cents=rate,
                    status="rejected" if rejected else "submitted" if waiting else "approved",
                    decided_at=None if waiting and not rejected else min(decided, now),
                    decided_by_user_id=None if waiting and not rejected else partner.id,
                    reject_reason="Gerrit zegt dat je om 11 uur al weg was." if rejected else None,
                    created_at=datetime.combine(day, end, AMSTERDAM),
                )
            )
    await db.flush()
