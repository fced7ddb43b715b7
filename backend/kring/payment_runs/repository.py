"""Reads and set-based statements of the payment runs: the approved paid hours a run takes with
what each settles, the run's marking of them, its lines, and the runs as staff read them.

Statements are built once at import; the month's end and the run come in as bound values."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import (
    CTE,
    Date,
    Select,
    String,
    Table,
    Uuid,
    and_,
    bindparam,
    cast,
    exists,
    func,
    insert,
    literal,
    literal_column,
    select,
    text,
    tuple_,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import aliased

from kring.auth.principal import Principal
from kring.kit.pagination import Keyset, Page, PageRequest, SortKey
from kring.kit.repository import Repository
from kring.models.dossier import Dossier
from kring.models.helper import HelperProfile
from kring.models.timesheet import PaymentRun, PaymentRunLine, TimesheetEntry
from kring.models.user import User

# Newest month first (the month is unique).
NEWEST = Keyset(
    "payment-runs",
    (
        SortKey(PaymentRun.month.expression, descending=True, kind=date),
        SortKey(PaymentRun.id.expression, descending=True),
    ),
)

# A correction of a correction of ...: deeper than this is not followed (none comes near it).
MAX_CHAIN = 100

Entry = TimesheetEntry
Step = aliased(TimesheetEntry, name="step")
Ancestor = aliased(TimesheetEntry, name="ancestor")
Earlier = aliased(PaymentRun, name="earlier")
EarlierLine = aliased(PaymentRunLine, name="earlier_line")
HelperUser = aliased(User, name="helper_user")
Maker = aliased(User, name="maker")

# The first day after the month: hours worked before it (in any earlier month too) go in.
END = bindparam("end", type_=Date)
RUN = bindparam("run_id", type_=Uuid)

# Literals, not bound values, so the planner matches the partial index `ix_timesheet_entry_unpaid`.
UNPAID = and_(
    Entry.status == literal_column("'approved'"),
    Entry.payment_run_id.is_(None),
    Entry.hourly_rate_cents.is_not(None),
)

# The direct-debit mandate of a dossier: its acceptance of the terms. The id is the dossier's
# whole id (35 characters, SEPA's limit): a shorter part of a time-ordered id would repeat.
MANDATE_ID = literal("KR-", String) + func.upper(func.replace(cast(Dossier.id, String), "-", ""))
MANDATE_DATE = cast(func.timezone("Europe/Amsterdam", Dossier.terms_accepted_at), Date)
HAS_MANDATE = and_(
    Dossier.iban.is_not(None),
    Dossier.account_holder.is_not(None),
    Dossier.terms_accepted_at.is_not(None),
)
HELPER_HAS_ACCOUNT = and_(
    HelperProfile.iban.is_not(None), HelperProfile.account_holder.is_not(None)
)
HELP_SEEKER_NAME = func.concat_ws(" ", Dossier.first_name, Dossier.name_prefix, Dossier.last_name)


def mandate_id(dossier_id: uuid.UUID) -> str:
    """`KR-` and the dossier's id in capitals without dashes, as `MANDATE_ID` makes it."""
    return "KR-" + dossier_id.hex.upper()


def _settled() -> CTE:
    """Each entry the run would take, with what it settles: its amount less what earlier runs
    already paid for the entries it corrects (the chain of corrections walked up to its start)."""
    candidate = (
        select(
            Entry.id, Entry.dossier_id, Entry.helper_id, Entry.amount_cents, Entry.corrects_entry_id
        )
        .where(UNPAID, Entry.work_date < END)
        .cte("candidate")
    )
    ancestry = (
        select(
            candidate.c.id.label("entry_id"),
            candidate.c.corrects_entry_id.label("ancestor_id"),
            literal(1).label("depth"),
        )
        .where(candidate.c.corrects_entry_id.is_not(None))
        .cte("ancestry", recursive=True)
    )
    ancestry = ancestry.union_all(
        select(ancestry.c.entry_id, Step.corrects_entry_id, ancestry.c.depth + 1)
        .join(Step, Step.id == ancestry.c.ancestor_id)
        .where(Step.corrects_entry_id.is_not(None), ancestry.c.depth < MAX_CHAIN)
    )
    paid_before = (
        select(ancestry.c.entry_id, func.sum(Ancestor.settled_cents).label("cents"))
        .join(Ancestor, Ancestor.id == ancestry.c.ancestor_id)
        .where(Ancestor.payment_run_id.is_not(None))
        .group_by(ancestry.c.entry_id)
        .cte("paid_before")
    )
    return (
        select(
            candidate.c.id,
            candidate.c.dossier_id,
            candidate.c.helper_id,
            (candidate.c.amount_cents - func.coalesce(paid_before.c.cents, 0)).label("settled"),
        )
        .outerjoin(paid_before, paid_before.c.entry_id == candidate.c.id)
        .cte("settled")
    )


def _pairs() -> Select[Any]:
    settled = _settled()
    return (
        select(
            settled.c.dossier_id,
            settled.c.helper_id,
            func.count().label("entries"),
            func.sum(settled.c.settled).label("cents"),
            HELPER_HAS_ACCOUNT.label("helper_has_account"),
            HAS_MANDATE.label("dossier_has_mandate"),
        )
        .join(HelperProfile, HelperProfile.id == settled.c.helper_id)
        .join(Dossier, Dossier.id == settled.c.dossier_id)
        .group_by(settled.c.dossier_id, settled.c.helper_id, HelperProfile.id, Dossier.id)
    )


# Per dossier and helper: the entries a run for the month would take and what they settle,
# and whether each side has the account the run needs.
PAIRS = _pairs()

# Lock what the run takes (in one order, so two runs queue rather than deadlock); an approval
# or correction of these entries waits until the run is committed.
LOCK_ENTRIES = select(func.count()).select_from(
    select(Entry.id)
    .where(UNPAID, Entry.work_date < END)
    .order_by(Entry.id)
    .with_for_update(of=Entry)
    .subquery()
)


def _mark() -> Select[Any]:
    settled = _settled()
    chosen = select(
        func.unnest(bindparam("dossier_ids", type_=ARRAY(Uuid))).label("dossier_id"),
        func.unnest(bindparam("helper_ids", type_=ARRAY(Uuid))).label("helper_id"),
    ).subquery("chosen")
    marked = (
        update(Entry)
        .where(
            Entry.id == settled.c.id,
            tuple_(settled.c.dossier_id, settled.c.helper_id).in_(
                select(chosen.c.dossier_id, chosen.c.helper_id)
            ),
        )
        .values(payment_run_id=RUN, settled_cents=settled.c.settled, modified_at=func.now())
        .returning(Entry.dossier_id, Entry.helper_id, Entry.settled_cents)
        .cte("marked")
    )
    return select(
        marked.c.dossier_id,
        marked.c.helper_id,
        func.count().label("entries"),
        func.sum(marked.c.settled_cents).label("cents"),
    ).group_by(marked.c.dossier_id, marked.c.helper_id)


# Put the chosen dossiers' and helpers' entries in the run, each with what it settles; what
# was marked, per dossier and helper.
MARK = _mark()

# The table, not the entity: with bound values the ORM would take an insert of the entity for
# a bulk insert of rows.
LINES: Table = PaymentRunLine.__table__  # type: ignore[assignment]
_LINE_COLUMNS = [
    PaymentRunLine.payment_run_id,
    PaymentRunLine.kind,
    PaymentRunLine.dossier_id,
    PaymentRunLine.helper_id,
    PaymentRunLine.name,
    PaymentRunLine.iban,
    PaymentRunLine.amount_cents,
    PaymentRunLine.entries,
    PaymentRunLine.mandate_id,
    PaymentRunLine.mandate_date,
]

# One collection per dossier, from its account as it is now (kept on the line).
COLLECTIONS = insert(LINES).from_select(
    _LINE_COLUMNS,
    select(
        RUN,
        literal("collection", String),
        Dossier.id,
        literal(None, Uuid),
        Dossier.account_holder,
        Dossier.iban,
        func.sum(Entry.settled_cents),
        func.count(),
        MANDATE_ID,
        MANDATE_DATE,
    )
    .select_from(Entry)
    .join(Dossier, Dossier.id == Entry.dossier_id)
    .where(Entry.payment_run_id == RUN)
    .group_by(Dossier.id),
)

# One payment per helper, to their account as it is now.
PAYMENTS = insert(LINES).from_select(
    _LINE_COLUMNS,
    select(
        RUN,
        literal("payment", String),
        literal(None, Uuid),
        HelperProfile.id,
        HelperProfile.account_holder,
        HelperProfile.iban,
        func.sum(Entry.settled_cents),
        func.count(),
        literal(None, String),
        literal(None, Date),
    )
    .select_from(Entry)
    .join(HelperProfile, HelperProfile.id == Entry.helper_id)
    .where(Entry.payment_run_id == RUN)
    .group_by(HelperProfile.id),
)

# A dossier's first collection under its mandate is FRST, later ones RCUR.
COLLECTED_BEFORE = exists(
    select(EarlierLine.id)
    .join(Earlier, Earlier.id == EarlierLine.payment_run_id)
    .where(
        EarlierLine.kind == "collection",
        EarlierLine.dossier_id == PaymentRunLine.dossier_id,
        EarlierLine.mandate_id == PaymentRunLine.mandate_id,
        Earlier.month < PaymentRun.month,
    )
)

SUMMARY_COLUMNS = (
    PaymentRun.id,
    PaymentRun.month,
    PaymentRun.entries,
    PaymentRun.collected_cents,
    PaymentRun.paid_cents,
    PaymentRun.collection_date,
    PaymentRun.created_at,
    func.nullif(Maker.display_name_sql(), "").label("made_by_name"),
)


class PaymentRunRepository(Repository[PaymentRun, Principal]):
    model = PaymentRun

    def readable(self, principal: Principal) -> Select[PaymentRun]:
        # Only staff who run payments reach these routes (auth.py); the runs are Kring's own.
        return select(PaymentRun)

    async def lock_runs(self) -> None:
        """One run is made at a time: the next waits, then sees the run made before it."""
        await self.session.execute(text("LOCK TABLE payment_run IN EXCLUSIVE MODE"))

    async def latest_month(self) -> date | None:
        latest: date | None = await self.session.scalar(select(func.max(PaymentRun.month)))
        return latest

    async def month_taken(self, month: date) -> bool:
        found = await self.session.scalar(select(PaymentRun.id).where(PaymentRun.month == month))
        return found is not None

    async def lock_entries(self, end: date) -> None:
        await self.session.execute(LOCK_ENTRIES, {"end": end})

    async def pairs(self, end: date) -> Sequence[Any]:
        found: Sequence[Any] = (await self.session.execute(PAIRS, {"end": end})).all()
        return found

    async def mark(
        self,
        run_id: uuid.UUID,
        end: date,
        chosen: Sequence[tuple[uuid.UUID, uuid.UUID]],
    ) -> Sequence[Any]:
        values = {
            "run_id": run_id,
            "end": end,
            "dossier_ids": [d for d, _h in chosen],
            "helper_ids": [h for _d, h in chosen],
        }
        found: Sequence[Any] = (await self.session.execute(MARK, values)).all()
        return found

    async def add_lines(self, run_id: uuid.UUID) -> None:
        await self.session.execute(COLLECTIONS, {"run_id": run_id})
        await self.session.execute(PAYMENTS, {"run_id": run_id})

    async def names(
        self, dossier_ids: Sequence[uuid.UUID], helper_ids: Sequence[uuid.UUID]
    ) -> dict[uuid.UUID, str]:
        """The help seekers' and helpers' names, by dossier and helper id."""
        found: dict[uuid.UUID, str] = {}
        if dossier_ids:
            rows = await self.session.execute(
                select(Dossier.id, HELP_SEEKER_NAME).where(Dossier.id.in_(dossier_ids))
            )
            found.update({row[0]: row[1] for row in rows})
        if helper_ids:
            rows = await self.session.execute(
                select(HelperProfile.id, HelperUser.display_name_sql())
                .join(HelperUser, HelperUser.id == HelperProfile.user_id)
                .where(HelperProfile.id.in_(helper_ids))
            )
            found.update({row[0]: row[1] for row in rows})
        return found

    def _summaries(self, principal: Principal) -> Select[Any]:
        return (
            self.readable(principal)
            .with_only_columns(*SUMMARY_COLUMNS)
            .outerjoin(Maker, Maker.id == PaymentRun.made_by_user_id)
        )

    async def summary_page(self, principal: Principal, page: PageRequest, item: Any) -> Page[Any]:
        return await self.page(self._summaries(principal), NEWEST, page, item=item)

    async def summary(self, principal: Principal, run_id: uuid.UUID) -> Any:
        statement = self._summaries(principal).where(PaymentRun.id == run_id)
        return (await self.session.execute(statement)).first()

    async def collections(self, run_id: uuid.UUID) -> Sequence[Any]:
        statement = (
            select(
                PaymentRunLine.id,
                PaymentRunLine.dossier_id,
                HELP_SEEKER_NAME.label("help_seeker_name"),
                PaymentRunLine.name,
                PaymentRunLine.iban,
                PaymentRunLine.amount_cents,
                PaymentRunLine.entries,
                PaymentRunLine.mandate_id,
                PaymentRunLine.mandate_date,
                COLLECTED_BEFORE.label("collected_before"),
            )
            .join(PaymentRun, PaymentRun.id == PaymentRunLine.payment_run_id)
            .join(Dossier, Dossier.id == PaymentRunLine.dossier_id)
            .where(PaymentRunLine.payment_run_id == run_id, PaymentRunLine.kind == "collection")
            .order_by(PaymentRunLine.id)
        )
        return (await self.session.execute(statement)).all()

    async def payments(self, run_id: uuid.UUID) -> Sequence[Any]:
        statement = (
            select(
                PaymentRunLine.id,
                PaymentRunLine.helper_id,
                HelperUser.display_name_sql().label("helper_name"),
                PaymentRunLine.name,
                PaymentRunLine.iban,
                PaymentRunLine.amount_cents,
                PaymentRunLine.entries,
            )
            .join(HelperProfile, HelperProfile.id == PaymentRunLine.helper_id)
            .join(HelperUser, HelperUser.id == HelperProfile.user_id)
            .where(PaymentRunLine.payment_run_id == run_id, PaymentRunLine.kind == "payment")
            .order_by(PaymentRunLine.id)
        )
        return (await self.session.execute(statement)).all()
