"""The volunteer list of a municipality or social service: the residents of the neighbourhoods
it serves who said they are available as volunteers for local organisations. Its members filter
the list and write to a selection, as a private message in Kring or an e-mail sent by Kring in
the organisation's name; nobody's address is ever shown to the other side. Reading the list and
sending are audited (sending with the count, never the text)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import cast

from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.organisations import OrganisationPrincipal
from kring.config import Settings
from kring.kit import throttle
from kring.kit.clock import Clock
from kring.kit.errors import InvalidInput, TooManyRequests
from kring.kit.i18n import N_, Language
from kring.kit.links import portal_link
from kring.kit.pagination import Page, PageRequest
from kring.models.organisation import Organisation
from kring.models.user import neighbour_name
from kring.neighbour_messages import service as messages
from kring.notifications.service import queue_mail
from kring.skills.service import skill_name
from kring.volunteers import repository
from kring.volunteers.schemas import (
    Volunteer,
    VolunteerMessage,
    VolunteerMessageResult,
    VolunteerNeighbourhood,
    VolunteerSkill,
)

SUBJECT = "organisation"
MAIL_TEMPLATE = "volunteer_message"
# A member may write to up to 200 volunteers at once, ten times an hour.
SENDS_PER_HOUR = 10
HOUR = 3600
UNKNOWN_SKILL = N_("Choose skills from the list.")
NOT_SERVED = N_("This is not one of your neighbourhoods.")
NOT_A_VOLUNTEER = N_("This resident is not on your volunteer list.")
SUBJECT_NEEDED = N_("An e-mail needs a subject.")
NO_SUBJECT = N_("A message has no subject: only an e-mail has one.")
TOO_MANY = N_("You wrote to volunteers many times this hour. Try again in {minutes} minutes.")


async def volunteers(
    db: AsyncSession,
    acting: OrganisationPrincipal,
    neighbourhood_id: uuid.UUID | None,
    skill_ids: Sequence[uuid.UUID],
    q: str | None,
    page: PageRequest,
) -> Page[Volunteer]:
    """Volunteers offering any of the skills (all volunteers without one), by neighbourhood
    name, then name."""
    if neighbourhood_id is not None and not await repository.is_served(
        db, acting.organisation_id, neighbourhood_id
    ):
        raise InvalidInput.on("neighbourhood_id", NOT_SERVED, "query")
    if skill_ids and len(await repository.known_skills(db, skill_ids)) != len(set(skill_ids)):
        raise InvalidInput.on("skill_id", UNKNOWN_SKILL, "query")
    statement = repository.volunteers_statement(
        acting.organisation_id, acting.principal.user_id, neighbourhood_id, skill_ids, q
    )
    rows, next_cursor = await repository.volunteers_page(db, statement, page)
    skills = await repository.skills_of(db, [row.id for row in rows])
    await audit.record(
        db,
        acting,
        "volunteers.list_read",
        subject_type=SUBJECT,
        subject_id=acting.organisation_id,
        details={"shown": len(rows)},
    )
    return Page(
        items=[
            Volunteer(
                resident_id=row.id,
                display_name=neighbour_name(row.first_name, row.last_name),
                neighbourhood=VolunteerNeighbourhood(
                    id=row.neighbourhood_id, name=row.neighbourhood_name
                ),
                skills=[
                    VolunteerSkill(id=s.id, slug=s.slug, name=skill_name(s)) for s in skills[row.id]
                ],
                about=row.about,
            )
            for row in rows
        ],
        next_cursor=next_cursor,
    )


async def write(
    db: AsyncSession,
    acting: OrganisationPrincipal,
    settings: Settings,
    clock: Clock,
    redis: Redis,
    body: VolunteerMessage,
) -> VolunteerMessageResult:
    """To each named volunteer, in the organisation's conversation with them (made if there is
    none); by e-mail, Kring also mails them the text in the organisation's name, with a link to
    that conversation to answer. A block either way leaves the resident out (counted)."""
    if body.channel == "email" and body.subject is None:
        raise InvalidInput.on("subject", SUBJECT_NEEDED)
    if body.channel == "message" and body.subject is not None:
        raise InvalidInput.on("subject", NO_SUBJECT)
    member_id = acting.principal.user_id
    found = await repository.recipients(db, acting.organisation_id, member_id, body.resident_ids)
    for index, resident_id in enumerate(body.resident_ids):
        if resident_id not in found:
            raise InvalidInput.on(f"resident_ids.{index}", NOT_A_VOLUNTEER)
    wait = await throttle.take(
        redis, f"kring:limit:volunteer-message:user:{member_id}", SENDS_PER_HOUR, HOUR
    )
    if wait is not None:
        raise TooManyRequests(TOO_MANY, retry_after=wait)
    recipients = [found[r] for r in body.resident_ids]
    written = await messages.send_for_organisation(
        db,
        member_id,
        acting.organisation_id,
        [r.user_id for r in recipients],
        body.text,
        clock.now(),
    )
    if body.channel == "email":
        organisation = await db.get(Organisation, acting.organisation_id)
        assert organisation is not None
        for recipient in recipients:
            conversation_id = written.get(recipient.user_id)
            if conversation_id is None:
                continue
            await queue_mail(
                db,
                to=recipient.email,
                template=MAIL_TEMPLATE,
                # The account's language, checked by a constraint.
                language=cast(Language, recipient.language),
                sender_name=organisation.name,
                context={
                    "first_name": recipient.first_name,
                    "organisation": organisation.name,
                    "subject": body.subject,
                    "text": body.text,
                    "link": portal_link(settings, "partner", f"berichten/{conversation_id}"),
                },
            )
    result = VolunteerMessageResult(
        sent=len(written), skipped_blocked=len(recipients) - len(written)
    )
    await audit.record(
        db,
        acting,
        "volunteers.written",
        subject_type=SUBJECT,
        subject_id=acting.organisation_id,
        details={
            "channel": body.channel,
            "sent": result.sent,
            "skipped_blocked": result.skipped_blocked,
        },
    )
    return result
