"""The demo's Careflex side: projects of De Linde and Zonnehuis led by the care manager
(`care-manager@kring.demo`), their members (the pro demo user, and `medewerker@kring.demo`, a
portal employee who is not an admin), shifts from two months ago to two weeks ahead (past ones
confirmed), the invoices of the two months before this one (one paid, one overdue, the rest
open), questions waiting in the care manager's and the branch's queues and one answered, and
the branch's training offer."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.invoices.service import make_for_month
from kring.kit.working_days import AMSTERDAM
from kring.models.correspondence import CorrespondenceMessage, CorrespondenceThread
from kring.models.invoice import InvoicePaidVia
from kring.models.organisation import Membership, Organisation
from kring.models.project import Project, ProjectMember, Shift, ShiftFunction, ShiftStatus
from kring.models.user import User

DEMO_EMPLOYEE = "medewerker@kring.demo"
TRAINING_URL = "https://kring.demo/trainingen"

# Hourly rates (cents) the demo invoices shifts at.
RATES = {
    ShiftFunction.nurse: 6250,
    ShiftFunction.carer: 4875,
    ShiftFunction.care_assistant: 4150,
    ShiftFunction.support_worker: 4425,
    ShiftFunction.domestic_help: 3350,
    ShiftFunction.host: 3100,
}


@dataclass(frozen=True)
class WeeklyShift:
    """A shift worked every week on `weekday` (Monday 0)."""

    weekday: int
    starts_at: time
    ends_at: time
    break_minutes: int
    function: ShiftFunction
    worker_name: str


LINDE_WEEK = [
    *(
        WeeklyShift(day, time(7), time(15), 30, ShiftFunction.carer, "Fatima Yilmaz")
        for day in range(5)
    ),
    WeeklyShift(5, time(23), time(7), 0, ShiftFunction.nurse, "Johan de Graaf"),
    WeeklyShift(2, time(9), time(12), 0, ShiftFunction.domestic_help, "Ria Verbeek"),
]
ANKER_WEEK = [
    WeeklyShift(0, time(9), time(16), 30, ShiftFunction.support_worker, "Mohamed Amrani"),
    WeeklyShift(1, time(9), time(16), 30, ShiftFunction.carer, "Lotte Jansen"),
    WeeklyShift(4, time(9), time(16), 30, ShiftFunction.support_worker, "Mohamed Amrani"),
]


def first_of_month(day: date, months_back: int) -> date:
    month = day.year * 12 + day.month - 1 - months_back
    return date(month // 12, month % 12 + 1, 1)


async def _employee(db: AsyncSession, linde: Organisation) -> Membership | None:
    """The demo employee's membership of De Linde (their account is one of the demo accounts)."""
    user = await db.scalar(select(User).where(User.email == DEMO_EMPLOYEE))
    if user is None:
        return None
    membership = await db.scalar(
        select(Membership).where(
            Membership.user_id == user.id, Membership.organisation_id == linde.id
        )
    )
    if membership is None:
        membership = Membership(
            user_id=user.id,
            organisation_id=linde.id,
            portal_employee=True,
            email_services=True,
            function_code=221,
            department="Planning",
        )
        db.add(membership)
        await db.flush()
    return membership


def _shifts(
    project: Project, week: list[WeeklyShift], since: date, until: date, today: date
) -> Iterator[Shift]:
    day = since
    while day <= until:
        for weekly in week:
            if weekly.weekday != day.weekday():
                continue
            past = day < today
            yield Shift(
                project_id=project.id,
                works_on=day,
                starts_at=weekly.starts_at,
                ends_at=weekly.ends_at,
                break_minutes=weekly.break_minutes,
                function=weekly.function,
                worker_name=weekly.worker_name,
                hourly_rate_cents=RATES[weekly.function],
                status=ShiftStatus.confirmed if past else ShiftStatus.planned,
                confirmed_at=(
                    datetime.combine(day, weekly.starts_at, AMSTERDAM) - timedelta(days=7)
                    if past
                    else None
                ),
            )
        day += timedelta(days=1)


async def seed_projects(db: AsyncSession, now: datetime) -> None:
    if await db.scalar(select(Project.id).limit(1)) is not None:
        return
    today = now.astimezone(AMSTERDAM).date()
    carla = await db.scalar(select(User).where(User.email == "care-manager@kring.demo"))
    pro = await db.scalar(select(User).where(User.email == "pro@kring.demo"))
    branch = await db.scalar(
        select(Organisation).where(Organisation.name == "Kring vestiging Utrecht")
    )
    linde = await db.scalar(select(Organisation).where(Organisation.name == "Zorggroep De Linde"))
    zonnehuis = await db.scalar(
        select(Organisation).where(Organisation.name == "Stichting Zonnehuis")
    )
    if carla is None or pro is None or branch is None or linde is None or zonnehuis is None:
        return
    branch.training_url = TRAINING_URL
    memberships = {(m.organisation_id, m.user_id): m for m in await db.scalars(select(Membership))}
    paula_linde = memberships[(linde.id, pro.id)]
    paula_zonnehuis = memberships[(zonnehuis.id, pro.id)]
    sanne = next(
        m
        for (organisation_id, _), m in memberships.items()
        if organisation_id == linde.id and m.function_code == 221 and m.user_id != pro.id
    )
    employee = await _employee(db, linde)

    def project(
        organisation: Organisation,
        name: str,
        kind: str,
        address: tuple[str, str, str, str],
        starts_on: date,
        ends_on: date | None = None,
        description: str | None = None,
    ) -> Project:
        street, number, postcode, city = address
        made = Project(
            organisation_id=organisation.id,
            name=name,
            kind=kind,
            description=description,
            street=street,
            house_number=number,
            postcode=postcode,
            city=city,
            starts_on=starts_on,
            ends_on=ends_on,
            leader_id=carla.id,
        )
        db.add(made)
        return made

    woonvoorziening = project(
        linde,
        "Woonvoorziening De Linde",
        "residential",
        ("Lindelaan", "14", "3581 KV", "Utrecht"),
        date(2025, 3, 1),
        description="Kleinschalig wonen voor 12 ouderen met dementie; dag- en nachtzorg.",
    )
    anker = project(
        linde,
        "Dagbesteding Het Anker",
        "day_care",
        ("Ankerweg", "3", "3581 AB", "Utrecht"),
        date(2026, 1, 12),
        description="Dagbesteding op maandag, dinsdag en vrijdag.",
    )
    ended = project(
        linde,
        "Thuiszorg Wijk Oost",
        "home_care",
        ("Biltstraat", "101", "3572 AP", "Utrecht"),
        date(2024, 5, 1),
        date(2026, 6, 30),
    )
    zonnehuis_project = project(
        zonnehuis,
        "Woonvoorziening Zonnehuis",
        "residential",
        ("Zonnebloemweg", "9", "3731 CA", "De Bilt"),
        date(2025, 9, 1),
    )
    await db.flush()
    members = [
        (woonvoorziening, paula_linde),
        (anker, paula_linde),
        (ended, paula_linde),
        (anker, sanne),
        (zonnehuis_project, paula_zonnehuis),
    ]
    if employee is not None:
        members.append((woonvoorziening, employee))
    for target, membership in members:
        db.add(
            ProjectMember(
                project_id=target.id,
                membership_id=membership.id,
                organisation_id=target.organisation_id,
            )
        )
    since, until = first_of_month(today, 2), today + timedelta(days=14)
    db.add_all(_shifts(woonvoorziening, LINDE_WEEK, since, until, today))
    db.add_all(_shifts(anker, ANKER_WEEK, since, until, today))
    db.add_all(_shifts(zonnehuis_project, LINDE_WEEK[:2], since, until, today))
    # The extra evening shifts the care manager's answer below speaks of.
    for day in (24, 25, 26):
        christmas = date(today.year, 12, day)
        if christmas > today:
            db.add(
                Shift(
                    project_id=woonvoorziening.id,
                    works_on=christmas,
                    starts_at=time(15),
                    ends_at=time(23),
                    function=ShiftFunction.care_assistant,
                    worker_name="Sara Bos",
                    hourly_rate_cents=RATES[ShiftFunction.care_assistant],
                    note="Extra avonddienst kerst",
                )
            )
    await db.flush()
    await _seed_invoices(db, today, [woonvoorziening, anker, zonnehuis_project])
    await _seed_questions(db, now, pro, carla, linde, branch, woonvoorziening, anker)


async def _seed_invoices(db: AsyncSession, today: date, projects: list[Project]) -> None:
    """Each project's invoices of the two months before this one, made on the first of the
    next month as the monthly job does: the older ones paid, but for De Linde's day care
    (overdue once its 30 days are over); last month's open."""
    older, last = first_of_month(today, 2), first_of_month(today, 1)
    # Month by month, so the numbers follow the dates they were issued on.
    for project in projects:
        paid = await make_for_month(db, project, older, last, None)
        if project.name != "Dagbesteding Het Anker":
            paid.paid_at = datetime.combine(last + timedelta(days=12), time(10), AMSTERDAM)
            paid.paid_via = InvoicePaidVia.transfer
            paid.payment_reference = f"NL91ABNA0417164300 {paid.number}"
    for project in projects:
        await make_for_month(db, project, last, first_of_month(today, 0), None)
    await db.flush()


async def _seed_questions(
    db: AsyncSession,
    now: datetime,
    pro: User,
    carla: User,
    linde: Organisation,
    branch: Organisation,
    woonvoorziening: Project,
    anker: Project,
) -> None:
    """One answered question (unread), one waiting for the care manager, one for the branch."""
    asked, answered = now - timedelta(days=5, hours=3), now - timedelta(days=2, hours=1)
    christmas = CorrespondenceThread(
        organisation_id=linde.id,
        project_id=woonvoorziening.id,
        care_manager_id=carla.id,
        asker_id=pro.id,
        subject="Rooster kerstperiode",
        last_message_at=answered,
        answered_at=answered,
        created_at=asked,
    )
    replacement = CorrespondenceThread(
        organisation_id=linde.id,
        project_id=anker.id,
        care_manager_id=carla.id,
        asker_id=pro.id,
        subject="Vervanging begeleider vrijdag",
        last_message_at=now - timedelta(days=1, hours=4),
        awaiting_answer_since=now - timedelta(days=1, hours=4),
        created_at=now - timedelta(days=1, hours=4),
    )
    invoices_by_mail = CorrespondenceThread(
        organisation_id=linde.id,
        branch_id=branch.id,
        asker_id=pro.id,
        subject="Facturen ook per e-mail?",
        last_message_at=now - timedelta(days=3),
        awaiting_answer_since=now - timedelta(days=3),
        created_at=now - timedelta(days=3),
    )
    db.add_all([christmas, replacement, invoices_by_mail])
    await db.flush()
    paula = "Paula Zorgprofessional"
    db.add_all(
        [
            CorrespondenceMessage(
                thread_id=christmas.id,
                author_id=pro.id,
                author_name=paula,
                from_supplier=False,
                body="Kunnen we voor 24 tot en met 26 december een extra avonddienst inplannen? "
                "Er komt veel familie op bezoek.",
                created_at=asked,
            ),
            CorrespondenceMessage(
                thread_id=christmas.id,
                author_id=carla.id,
                author_name="Carla Zorgmanager",
                from_supplier=True,
                body="Dat kan. Ik heb voor die drie dagen een extra avonddienst van 15.00 tot "
                "23.00 uur ingepland; u ziet ze bij de diensten van het project.",
                created_at=answered,
            ),
            CorrespondenceMessage(
                thread_id=replacement.id,
                author_id=pro.id,
                author_name=paula,
                from_supplier=False,
                body="Mohamed is vrijdag afwezig. Is er een vervanger voor de dagbesteding?",
                created_at=replacement.created_at,
            ),
            CorrespondenceMessage(
                thread_id=invoices_by_mail.id,
                author_id=pro.id,
                author_name=paula,
                from_supplier=False,
                body="Kunnen de facturen voortaan ook naar administratie@delinde.demo?",
                created_at=invoices_by_mail.created_at,
            ),
        ]
    )
    await db.flush()
