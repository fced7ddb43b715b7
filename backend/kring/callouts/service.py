"""The callouts' rules: a member writes one to neighbourhoods the organisation serves (the
database refuses any other), closes it, reads and exports the answers (audited: personal data);
a resident of an addressed neighbourhood answers an open callout once (again changes it) or
withdraws the answer. Every change is audited."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import delete, func, literal_column, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.organisations import OrganisationPrincipal
from kring.callouts import repository
from kring.callouts.repository import CalloutRepository
from kring.callouts.schemas import (
    AnswerIn,
    AnswerRow,
    CalloutCreate,
    CalloutForm,
    CalloutInFeed,
    CalloutRead,
    CalloutStatus,
    CalloutSummary,
    MyAnswer,
    NeighbourhoodShown,
    QuestionRead,
)
from kring.kit.clock import Clock
from kring.kit.errors import Conflict, FieldError, Forbidden, InvalidInput, NotFound
from kring.kit.i18n import N_, _
from kring.kit.pagination import Page, PageRequest
from kring.kit.working_days import AMSTERDAM
from kring.models.callout import (
    DAY_PARTS,
    MIN_CHOICES,
    Callout,
    CalloutAnswer,
    CalloutNeighbourhood,
    CalloutQuestion,
    QuestionKind,
)
from kring.models.neighbourhood import Neighbourhood
from kring.neighbourhoods.service import Neighbour, served_neighbourhoods

SUBJECT = "callout"
YEAR = timedelta(days=366)

IN_THE_PAST = N_("Choose a day from today on.")
TOO_FAR = N_("Choose a day at most a year ahead.")
NOT_SERVED = N_("Choose neighbourhoods your organisation serves (not archived ones).")
WHERE_TO = N_("Choose one or more neighbourhoods, or all of them.")
NONE_SERVED = N_("Your organisation serves no neighbourhood (that is not archived) yet.")
CHOICES_NEEDED = N_("Give at least {count} choices.")
CHOICES_ONLY_FOR_CHOICE = N_("Only a choice question has choices.")
CHOICES_TWICE = N_("Give each choice once.")
ALREADY_CLOSED = N_("This callout is closed already.")
NOT_OPEN = N_("This callout no longer takes answers.")
RESIDENTS_ONLY = N_("Only the neighbourhood's residents answer callouts.")
REQUIRED = N_("This field is required.")
MUST_BE_TEXT = N_("Must be text.")
MUST_BE_YES_NO = N_("Must be true or false.")
CHOOSE_ONE = N_("Choose one of: {expected}.")
NOT_A_QUESTION = N_("This is not a question of this callout.")
AVAILABILITY_NEEDED = N_("Choose at least one part of the week.")


def today(clock: Clock) -> date:
    """The day in the Netherlands and Belgium (one time zone): when a callout ends."""
    return clock.now().astimezone(AMSTERDAM).date()


def status_of(callout: Any, on: date) -> CalloutStatus:
    if callout.closed_at is not None:
        return "closed"
    return "ended" if callout.ends_on < on else "open"


def _question(question: CalloutQuestion) -> QuestionRead:
    return QuestionRead(
        id=question.id,
        position=question.position,
        kind=QuestionKind(question.kind),
        label=question.label,
        choices=question.choices,
        required=question.required,
    )


async def _summaries(
    repo: CalloutRepository, callouts: Sequence[Callout], on: date
) -> list[CalloutSummary]:
    ids = [c.id for c in callouts]
    neighbourhoods = await repo.neighbourhoods_of(ids)
    counts = await repo.answer_counts(ids)
    return [
        CalloutSummary(
            id=c.id,
            title=c.title,
            ends_on=c.ends_on,
            status=status_of(c, on),
            created_at=c.created_at,
            neighbourhoods=[NeighbourhoodShown(id=i, name=n) for i, n in neighbourhoods[c.id]],
            answer_count=counts.get(c.id, 0),
        )
        for c in callouts
    ]


async def _read(repo: CalloutRepository, callout: Callout, on: date) -> CalloutRead:
    (summary,) = await _summaries(repo, [callout], on)
    questions = await repo.questions(callout.id)
    return CalloutRead(
        **summary.model_dump(),
        body=callout.body,
        asks_name=callout.asks_name,
        asks_email=callout.asks_email,
        asks_availability=callout.asks_availability,
        closed_at=callout.closed_at,
        questions=[_question(q) for q in questions],
    )


def _check_questions(body: CalloutCreate) -> None:
    errors = []
    for index, question in enumerate(body.questions):
        field = f"questions.{index}.choices"
        if question.kind == QuestionKind.choice:
            if question.choices is None or len(question.choices) < MIN_CHOICES:
                errors.append((field, _(CHOICES_NEEDED, count=MIN_CHOICES)))
            elif len(set(question.choices)) != len(question.choices):
                errors.append((field, _(CHOICES_TWICE)))
        elif question.choices is not None:
            errors.append((field, _(CHOICES_ONLY_FOR_CHOICE)))
    if errors:
        raise InvalidInput(
            errors=[FieldError(location="body", field=f, message=m) for f, m in errors]
        )


async def _targets(
    db: AsyncSession, acting: OrganisationPrincipal, body: CalloutCreate
) -> list[uuid.UUID]:
    served = served_neighbourhoods(acting.organisation_id)
    if body.all_neighbourhoods:
        if body.neighbourhood_ids:
            raise InvalidInput.on("neighbourhood_ids", WHERE_TO)
        found = list(
            await db.scalars(
                select(Neighbourhood.id).where(
                    Neighbourhood.id.in_(served), Neighbourhood.archived_at.is_(None)
                )
            )
        )
        if not found:
            raise InvalidInput.on("all_neighbourhoods", NONE_SERVED)
        return found
    if not body.neighbourhood_ids:
        raise InvalidInput.on("neighbourhood_ids", WHERE_TO)
    wanted = list(dict.fromkeys(body.neighbourhood_ids))
    known = set(
        await db.scalars(
            select(Neighbourhood.id).where(
                Neighbourhood.id.in_(served),
                Neighbourhood.id.in_(wanted),
                Neighbourhood.archived_at.is_(None),
            )
        )
    )
    if known != set(wanted):
        raise InvalidInput.on("neighbourhood_ids", NOT_SERVED)
    return wanted


async def create(
    db: AsyncSession, acting: OrganisationPrincipal, clock: Clock, body: CalloutCreate
) -> CalloutRead:
    """A callout to served neighbourhoods (422 naming `neighbourhood_ids` otherwise)."""
    on = today(clock)
    if body.ends_on < on:
        raise InvalidInput.on("ends_on", IN_THE_PAST)
    if body.ends_on > on + YEAR - timedelta(days=1):
        raise InvalidInput.on("ends_on", TOO_FAR)
    _check_questions(body)
    targets = await _targets(db, acting, body)
    callout = Callout(
        organisation_id=acting.organisation_id,
        created_by_user_id=acting.principal.person_id,
        title=body.title,
        body=body.body,
        ends_on=body.ends_on,
        asks_name=body.asks_name,
        asks_email=body.asks_email,
        asks_availability=body.asks_availability,
    )
    db.add(callout)
    await db.flush()
    db.add_all(
        CalloutNeighbourhood(
            callout_id=callout.id,
            neighbourhood_id=neighbourhood_id,
            organisation_id=acting.organisation_id,
        )
        for neighbourhood_id in targets
    )
    db.add_all(
        CalloutQuestion(
            callout_id=callout.id,
            position=position,
            kind=question.kind.value,
            label=question.label,
            choices=question.choices if question.kind == QuestionKind.choice else None,
            required=question.required,
        )
        for position, question in enumerate(body.questions)
    )
    await db.flush()
    await audit.record(
        db,
        acting,
        "callout.created",
        subject_type=SUBJECT,
        subject_id=callout.id,
        details={"neighbourhood_ids": [str(n) for n in targets]},
    )
    return await _read(CalloutRepository(db), callout, on)


async def list_callouts(
    db: AsyncSession, acting: OrganisationPrincipal, clock: Clock, page: PageRequest
) -> Page[CalloutSummary]:
    repo = CalloutRepository(db)
    found = await repo.page_of(acting, page)
    items = await _summaries(repo, found.items, today(clock))
    return Page(items=items, next_cursor=found.next_cursor)


async def get(
    db: AsyncSession, acting: OrganisationPrincipal, clock: Clock, callout_id: uuid.UUID
) -> CalloutRead:
    repo = CalloutRepository(db)
    return await _read(repo, await repo.get(acting, callout_id), today(clock))


async def close(
    db: AsyncSession, acting: OrganisationPrincipal, clock: Clock, callout_id: uuid.UUID
) -> CalloutRead:
    """It takes no more answers; the answers stay. Closed already: 409."""
    repo = CalloutRepository(db)
    callout = await repo.get(acting, callout_id, for_update=True)
    if callout.closed_at is not None:
        raise Conflict(_(ALREADY_CLOSED))
    callout.closed_at = clock.now()
    await audit.record(db, acting, "callout.closed", subject_type=SUBJECT, subject_id=callout.id)
    return await _read(repo, callout, today(clock))


def _answer_row(row: Any) -> AnswerRow:
    return AnswerRow(
        id=row.id,
        name=row.name,
        email=row.email,
        neighbourhood_id=row.neighbourhood_id,
        neighbourhood_name=row.neighbourhood_name,
        availability=row.availability,
        answers=row.answers,
        created_at=row.created_at,
        updated_at=row.modified_at,
    )


async def answers_of(
    db: AsyncSession, acting: OrganisationPrincipal, callout_id: uuid.UUID
) -> tuple[CalloutRepository, Callout]:
    """The callout whose answers a member reads: its own organisation's only (404)."""
    repo = CalloutRepository(db)
    return repo, await repo.get(acting, callout_id)


async def answers(
    db: AsyncSession,
    acting: OrganisationPrincipal,
    callout_id: uuid.UUID,
    filters: dict[str, Any],
    page: PageRequest,
) -> Page[AnswerRow]:
    """The answers table, filtered; reading it (personal data) is audited once per request."""
    repo, callout = await answers_of(db, acting, callout_id)
    found = await repo.answers_page(repo.answers_statement(callout, **filters), page)
    await audit.record(
        db,
        acting,
        "callout.answers_viewed",
        subject_type=SUBJECT,
        subject_id=callout.id,
        details={"count": len(found.items)},
    )
    return Page(items=[_answer_row(r) for r in found.items], next_cursor=found.next_cursor)


# --- residents -----------------------------------------------------------------------------------


async def feed(db: AsyncSession, neighbour: Neighbour, clock: Clock) -> list[CalloutInFeed]:
    """The open callouts sent to the neighbourhood, newest first."""
    rows = await repository.feed(db, neighbour.neighbourhood_id, neighbour.user_id, today(clock))
    return [
        CalloutInFeed(
            id=r.id,
            organisation_name=r.organisation_name,
            title=r.title,
            body=r.body,
            ends_on=r.ends_on,
            created_at=r.created_at,
            answered=bool(r.answered),
        )
        for r in rows
    ]


async def _addressed(
    db: AsyncSession, neighbour: Neighbour, callout_id: uuid.UUID, *, for_update: bool = False
) -> Callout:
    statement = repository.addressed_to(neighbour.neighbourhood_id).where(Callout.id == callout_id)
    if for_update:
        # Closing waits for an answer being written, and an answer for a close.
        statement = statement.with_for_update(of=Callout, read=True)
    callout: Callout | None = await db.scalar(statement)
    if callout is None:
        raise NotFound()
    return callout


def _my_answer(answer: CalloutAnswer | None) -> MyAnswer | None:
    if answer is None:
        return None
    return MyAnswer(
        name=answer.name,
        email=answer.email,
        availability=answer.availability,
        answers=answer.answers,
        updated_at=answer.modified_at,
    )


async def form(
    db: AsyncSession, neighbour: Neighbour, clock: Clock, callout_id: uuid.UUID
) -> CalloutForm:
    """A callout sent to the neighbourhood, its questions and my answer."""
    callout = await _addressed(db, neighbour, callout_id)
    questions = await CalloutRepository(db).questions(callout.id)
    mine = await repository.my_answer(db, callout.id, neighbour.user_id)
    user = neighbour.principal.user
    return CalloutForm(
        id=callout.id,
        organisation_name=await repository.organisation_name(db, callout.organisation_id),
        title=callout.title,
        body=callout.body,
        ends_on=callout.ends_on,
        created_at=callout.created_at,
        answered=mine is not None,
        asks_name=callout.asks_name,
        asks_email=callout.asks_email,
        asks_availability=callout.asks_availability,
        questions=[_question(q) for q in questions],
        open=status_of(callout, today(clock)) == "open",
        my_answer=_my_answer(mine),
        account_name=user.display_name,
        account_email=user.email,
    )


def _checked_answers(
    questions: Sequence[CalloutQuestion], given: dict[uuid.UUID, Any]
) -> tuple[dict[str, Any], list[FieldError]]:
    """The answers to store, by question id, and the refusals, each naming `answers.<id>`."""
    errors: list[FieldError] = []

    def refuse(key: uuid.UUID, message: str, **params: Any) -> None:
        errors.append(
            FieldError(location="body", field=f"answers.{key}", message=_(message, **params))
        )

    known = {q.id for q in questions}
    for key in given:
        if key not in known:
            refuse(key, NOT_A_QUESTION)
    kept: dict[str, Any] = {}
    for question in questions:
        value = given.get(question.id)
        if value is None or value == "":
            if question.required:
                refuse(question.id, REQUIRED)
            continue
        if question.kind == QuestionKind.yes_no:
            if not isinstance(value, bool):
                refuse(question.id, MUST_BE_YES_NO)
                continue
        elif not isinstance(value, str):
            refuse(question.id, MUST_BE_TEXT)
            continue
        elif question.kind == QuestionKind.choice and value not in (question.choices or []):
            refuse(question.id, CHOOSE_ONE, expected=", ".join(question.choices or []))
            continue
        kept[str(question.id)] = value
    return kept, errors


async def answer(
    db: AsyncSession, neighbour: Neighbour, clock: Clock, callout_id: uuid.UUID, body: AnswerIn
) -> MyAnswer:
    """My answer, for a resident of an addressed neighbourhood (a worker who is not one: 403);
    a closed or ended callout: 409. Answering again changes the answer."""
    callout = await _addressed(db, neighbour, callout_id, for_update=True)
    if neighbour.resident_id is None:
        raise Forbidden(_(RESIDENTS_ONLY))
    if status_of(callout, today(clock)) != "open":
        raise Conflict(_(NOT_OPEN))
    questions = await CalloutRepository(db).questions(callout.id)
    kept, errors = _checked_answers(questions, body.answers)
    if callout.asks_name and body.name is None:
        errors.append(FieldError(location="body", field="name", message=_(REQUIRED)))
    if callout.asks_email and body.email is None:
        errors.append(FieldError(location="body", field="email", message=_(REQUIRED)))
    if callout.asks_availability and not body.availability:
        errors.append(
            FieldError(location="body", field="availability", message=_(AVAILABILITY_NEEDED))
        )
    if errors:
        raise InvalidInput(errors=errors)
    values = {
        "name": body.name if callout.asks_name else None,
        "email": str(body.email) if callout.asks_email and body.email else None,
        # In the week's order, each once.
        "availability": [p for p in DAY_PARTS if p in body.availability]
        if callout.asks_availability
        else [],
        "answers": kept,
        "neighbourhood_id": neighbour.neighbourhood_id,
    }
    stored: Any = await db.execute(
        insert(CalloutAnswer)
        .values(callout_id=callout.id, user_id=neighbour.user_id, **values)
        .on_conflict_do_update(
            constraint="uq_callout_answer_once", set_={**values, "modified_at": func.now()}
        )
        .returning(CalloutAnswer.id, literal_column("xmax = 0"))
    )
    # xmax is 0 for a row this statement inserted, not for one it updated.
    answer_id, first = stored.one()
    await audit.record(
        db,
        neighbour.principal,
        "callout.answered" if first else "callout.answer_changed",
        subject_type=SUBJECT,
        subject_id=callout.id,
        organisation_id=None,
        details={"answer_id": str(answer_id)},
    )
    result = _my_answer(await repository.my_answer(db, callout.id, neighbour.user_id))
    if result is None:  # the row was written above, in this transaction
        raise NotFound()
    return result


async def withdraw(db: AsyncSession, neighbour: Neighbour, callout_id: uuid.UUID) -> None:
    """My answer is removed; 404 without one."""
    callout = await _addressed(db, neighbour, callout_id)
    gone = await db.execute(
        delete(CalloutAnswer)
        .where(CalloutAnswer.callout_id == callout.id, CalloutAnswer.user_id == neighbour.user_id)
        .returning(CalloutAnswer.id)
    )
    answer_id = gone.scalar_one_or_none()
    if answer_id is None:
        raise NotFound()
    await audit.record(
        db,
        neighbour.principal,
        "callout.answer_withdrawn",
        subject_type=SUBJECT,
        subject_id=callout.id,
        organisation_id=None,
        details={"answer_id": str(answer_id)},
    )


async def erase_people(db: AsyncSession, user_ids: list[uuid.UUID]) -> None:
    """Erased accounts' answers go: they hold a name, an e-mail address and availability."""
    await db.execute(delete(CalloutAnswer).where(CalloutAnswer.user_id.in_(user_ids)))
