"""The demo's neighbourhood feeds (after the neighbourhoods demo, which makes the
neighbourhoods, residents and worker): posts of every kind in Wittevrouwen over the last months,
most help requests solved by a neighbour, one solved otherwise, one unanswered for three days,
one posted anonymously by the neighbourhood worker (with a reply the worker answered), one
referred to a local organisation, one withdrawn; and two posts in Sint-Pieters-Woluwe. Skipped
quietly when the neighbourhoods or people are not there, or the feed has posts already."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.models.neighbourhood import LocalOrganisation, Neighbourhood
from kring.models.neighbourhood_post import NeighbourhoodPost, NeighbourhoodReply
from kring.models.user import User

WORKER = "buurtwerker@kring.demo"


@dataclass(frozen=True)
class DemoPost:
    author: str
    kind: str
    title: str
    body: str
    days_ago: float
    # (who, text, hours after the post)
    replies: tuple[tuple[str, str, float], ...] = ()
    status: str = "open"
    solved_by: str | None = None
    anonymous: bool = False
    referred: bool = False
    extra: dict[str, object] = field(default_factory=dict)


WITTEVROUWEN = (
    DemoPost(
        "buur1@kring.demo",
        "help_request",
        "Wie kan zaterdag boodschappen voor me doen?",
        "Ik ben herstellende van een knieoperatie en kom de deur even niet uit. Het gaat om een"
        " kleine boodschappenlijst bij de Albert Heijn op de Biltstraat.",
        20,
        (
            ("helper@kring.demo", "Ik ga zaterdagochtend toch, ik neem het mee!", 2),
            ("buur2@kring.demo", "Lukt het niet, dan kan ik zondag.", 5),
        ),
        status="solved",
        solved_by="helper@kring.demo",
    ),
    DemoPost(
        "buur3@kring.demo",
        "help_request",
        "Hulp bij het ophangen van gordijnrails",
        "Wie heeft een boormachine en een uurtje tijd? Koffie staat klaar.",
        45,
        (("buur4@kring.demo", "Ik heb een klopboor, woensdagavond?", 3),),
        status="solved",
        solved_by="buur4@kring.demo",
    ),
    DemoPost(
        "buur5@kring.demo",
        "help_request",
        "Wie helpt met snoeien in de achtertuin?",
        "De heg is over de schutting gegroeid. Ik heb een snoeischaar, maar geen ladder.",
        120,
        (("buur1@kring.demo", "Ik heb een ladder en zaterdag tijd.", 6),),
        status="solved",
        solved_by="buur1@kring.demo",
    ),
    DemoPost(
        "partner@kring.demo",
        "help_request",
        "Lamp ophangen in de gang",
        "Het snoer zit er al, ik durf alleen niet zelf op de trap.",
        10,
        (("buur5@kring.demo", "Ik kan pas volgende maand, sorry!", 4),),
        status="solved",
    ),
    DemoPost(
        "buur6@kring.demo",
        "help_request",
        "Wie voert mijn kat tijdens de kerstvakantie?",
        "Van 23 tot en met 30 december, twee keer per dag. Sleutel breng ik langs.",
        3,
    ),
    DemoPost(
        WORKER,
        "help_request",
        "Boodschappen voor een oudere buurvrouw",
        "Een oudere buurvrouw in de Gildstraat zoekt iemand die één keer per week boodschappen"
        " voor haar doet. Reageer hier, dan breng ik jullie in contact.",
        2,
        (
            ("buur2@kring.demo", "Ik doe dat graag, op dinsdag kan het.", 5),
            (WORKER, "Dank je wel! Ik stuur je een bericht met haar gegevens.", 7),
        ),
        anonymous=True,
    ),
    DemoPost(
        "buur7@kring.demo",
        "help_request",
        "Hulp bij een formulier van de gemeente",
        "Ik kom er niet uit met de aanvraag voor bijzondere bijstand. Wie kan meekijken?",
        5,
        (("buur3@kring.demo", "Het buurthuis heeft daar een spreekuur voor.", 9),),
        referred=True,
    ),
    DemoPost(
        "buur8@kring.demo",
        "help_request",
        "Verhuisdozen naar de zolder tillen",
        "Is inmiddels geregeld met mijn broer.",
        90,
        status="withdrawn",
    ),
    DemoPost(
        "buur8@kring.demo",
        "general",
        "Buurtbarbecue in juni?",
        "Zullen we dit jaar weer een barbecue op het pleintje organiseren? Wie denkt er mee?",
        60,
        (
            ("buur1@kring.demo", "Goed idee, ik neem de salades voor mijn rekening.", 3),
            ("buur6@kring.demo", "Ik heb een grote barbecue die we kunnen gebruiken.", 20),
        ),
    ),
    DemoPost(
        "buur2@kring.demo",
        "lost_and_found",
        "Sleutelbos gevonden op de Biltstraat",
        "Drie sleutels aan een rode hanger, gevonden bij de bushalte. Af te halen op nummer 12.",
        8,
    ),
    DemoPost(
        "buur4@kring.demo",
        "giving_away",
        "Kinderfiets weg te geven (4-6 jaar)",
        "Blauwe kinderfiets met zijwieltjes, mag gratis opgehaald worden.",
        30,
        (("buur7@kring.demo", "Mijn dochter zou hem graag willen!", 1),),
    ),
)

WOLUWE = (
    DemoPost(
        "voisin1@kring.demo",
        "help_request",
        "Qui peut m'aider à porter une armoire ?",
        "Je déménage une armoire du rez-de-chaussée au premier étage, samedi matin.",
        12,
        (("voisin2@kring.demo", "Je peux venir vers 10 h.", 2),),
        status="solved",
        solved_by="voisin2@kring.demo",
    ),
    DemoPost(
        "voisin3@kring.demo",
        "lost_and_found",
        "Chat perdu près du parc de Woluwe",
        "Un chat tigré qui répond au nom de Filou. Merci de me prévenir si vous le voyez !",
        4,
    ),
)


async def _people(db: AsyncSession, emails: set[str]) -> dict[str, User]:
    found = await db.scalars(select(User).where(func.lower(User.email).in_(sorted(emails))))
    return {user.email.lower(): user for user in found}


async def _seed_feed(
    db: AsyncSession, name: str, posts: tuple[DemoPost, ...], now: datetime
) -> int:
    neighbourhood = await db.scalar(select(Neighbourhood).where(Neighbourhood.name == name))
    if neighbourhood is None:
        return 0
    if await db.scalar(
        select(func.count()).where(NeighbourhoodPost.neighbourhood_id == neighbourhood.id)
    ):
        return 0
    emails = {p.author for p in posts} | {w for p in posts for w, _t, _h in p.replies}
    people = await _people(db, emails)
    organisation = await db.scalar(
        select(LocalOrganisation)
        .where(
            LocalOrganisation.neighbourhood_id == neighbourhood.id,
            LocalOrganisation.archived_at.is_(None),
        )
        .order_by(LocalOrganisation.name)
        .limit(1)
    )
    worker = people.get(WORKER)
    added = 0
    for demo in posts:
        author = people.get(demo.author)
        replies = [(people.get(w), text, hours) for w, text, hours in demo.replies]
        if author is None or any(who is None for who, _t, _h in replies):
            continue
        at = now - timedelta(days=demo.days_ago)
        reply_times = [at + timedelta(hours=hours) for _w, _t, hours in demo.replies]
        solver = people.get(demo.solved_by) if demo.solved_by else None
        referred = demo.referred and organisation is not None and worker is not None
        post = NeighbourhoodPost(
            neighbourhood_id=neighbourhood.id,
            author_user_id=author.id,
            kind=demo.kind,
            title=demo.title,
            body=demo.body,
            on_behalf=demo.anonymous,
            anonymous=demo.anonymous,
            status=demo.status,
            solved_at=at + timedelta(days=1) if demo.status == "solved" else None,
            solved_by_user_id=solver.id if solver else None,
            withdrawn_at=at + timedelta(days=2) if demo.status == "withdrawn" else None,
            reply_count=len(replies),
            first_reply_at=min(reply_times, default=None),
            last_reply_at=max(reply_times, default=None),
            referred_to_id=organisation.id if referred and organisation else None,
            referred_at=at + timedelta(days=1) if referred else None,
            referred_by_user_id=worker.id if referred and worker else None,
            created_at=at,
            modified_at=at,
        )
        db.add(post)
        await db.flush()
        for (who, text, _hours), when in zip(replies, reply_times, strict=True):
            assert who is not None
            db.add(
                NeighbourhoodReply(
                    post_id=post.id,
                    author_user_id=who.id,
                    body=text,
                    created_at=when,
                    modified_at=when,
                )
            )
        added += 1
    await db.flush()
    return added


async def seed_posts(db: AsyncSession, now: datetime) -> int:
    """The demo posts (how many were added: none when already there or nothing to post in)."""
    added = await _seed_feed(db, "Wittevrouwen", WITTEVROUWEN, now)
    return added + await _seed_feed(db, "Sint-Pieters-Woluwe", WOLUWE, now)
