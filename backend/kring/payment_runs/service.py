"""Payment runs: once a month Kring collects the approved paid hours from the help seekers'
accounts and pays them to the helpers' accounts.

A run is made for a closed month, once, and never for a month before the latest run's. It takes
every approved paid entry in no run yet that was worked before the month ended (hours approved
late from earlier months go in too). An entry settles its amount less what earlier runs paid for
the entries it corrects. Entries of a helper without an account, of a dossier without a mandate,
and of a dossier or helper whose total would not be above zero wait for a later run. What is
collected equals what is paid: both are the sums of the same entries."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from kring.accounts.service import require_recent_second_factor
from kring.audit import service as audit
from kring.auth.principal import Principal
from kring.config import Settings
from kring.kit.clock import Clock
from kring.kit.errors import Conflict, NotFound
from kring.kit.format import month_name
from kring.kit.i18n import N_, current_language
from kring.kit.pagination import Page, PageRequest
from kring.kit.working_days import AMSTERDAM, add_working_days
from kring.models.timesheet import PaymentRun
from kring.payment_runs import sepa
from kring.payment_runs.repository import PaymentRunRepository
from kring.payment_runs.schemas import (
    CollectionLine,
    PaymentLine,
    PaymentRunPreview,
    PaymentRunRead,
    PaymentRunSummary,
    WaitingGroup,
    WaitingReason,
)

Pair = tuple[uuid.UUID, uuid.UUID]  # (dossier, helper)


def first_day(month: str) -> date:
    """`2026-11` -> 1 November 2026 (the schema checked the form)."""
    year, number = month.split("-")
    return date(int(year), int(number), 1)


def next_month(month: date) -> date:
    return date(month.year + month.month // 12, month.month % 12 + 1, 1)


def month_text(month: date) -> str:
    return f"{month:%Y-%m}"


def current_month(clock: Clock) -> date:
    return clock.now().astimezone(AMSTERDAM).date().replace(day=1)


def collection_date(settings: Settings, clock: Clock) -> date:
    """The run collects and pays this many Dutch working days after the day it is made."""
    today = clock.now().astimezone(AMSTERDAM).date()
    return add_working_days(today, settings.sepa_collection_working_days)


@dataclass
class Plan:
    """What a run would take: the dossier-and-helper pairs that go in, and those that wait."""

    included: dict[Pair, tuple[int, int]]  # pair -> (entries, cents)
    waiting: dict[Pair, tuple[WaitingReason, str, int, int]]  # pair -> (reason, party, e, c)


def plan(rows: Sequence[Any]) -> Plan:
    """Leave out the pairs a run cannot take, until every dossier's and helper's total in the
    run is above zero. A loop over dossier-and-helper pairs, not over entries: each leaving
    out can only lower another total, so it ends."""
    included: dict[Pair, tuple[int, int]] = {}
    waiting: dict[Pair, tuple[WaitingReason, str, int, int]] = {}
    for row in rows:
        pair = (row.dossier_id, row.helper_id)
        if not row.helper_has_account:
            waiting[pair] = ("helper_without_account", "helper", row.entries, row.cents)
        elif not row.dossier_has_mandate:
            waiting[pair] = ("dossier_without_mandate", "dossier", row.entries, row.cents)
        else:
            included[pair] = (row.entries, row.cents)
    while True:
        dossiers: dict[uuid.UUID, int] = defaultdict(int)
        helpers: dict[uuid.UUID, int] = defaultdict(int)
        for (dossier_id, helper_id), (_entries, cents) in included.items():
            dossiers[dossier_id] += cents
            helpers[helper_id] += cents
        out = {
            pair: "dossier" if dossiers[pair[0]] <= 0 else "helper"
            for pair in included
            if dossiers[pair[0]] <= 0 or helpers[pair[1]] <= 0
        }
        if not out:
            return Plan(included, waiting)
        for pair, party in out.items():
            entries, cents = included.pop(pair)
            waiting[pair] = ("not_positive", party, entries, cents)


def _totals(included: dict[Pair, tuple[int, int]]) -> tuple[int, int, int, int]:
    """Entries, cents, dossiers and helpers of what goes in."""
    return (
        sum(entries for entries, _c in included.values()),
        sum(cents for _e, cents in included.values()),
        len({dossier for dossier, _h in included}),
        len({helper for _d, helper in included}),
    )


async def _waiting_groups(
    repository: PaymentRunRepository, waiting: dict[Pair, tuple[WaitingReason, str, int, int]]
) -> list[WaitingGroup]:
    groups: dict[tuple[WaitingReason, str, uuid.UUID], list[int]] = {}
    for (dossier_id, helper_id), (reason, party, entries, cents) in waiting.items():
        key = (reason, party, dossier_id if party == "dossier" else helper_id)
        total = groups.setdefault(key, [0, 0])
        total[0] += entries
        total[1] += cents
    names = await repository.names(
        [k[2] for k in groups if k[1] == "dossier"], [k[2] for k in groups if k[1] == "helper"]
    )
    found = [
        WaitingGroup(
            reason=reason,
            party="dossier" if party == "dossier" else "helper",
            party_id=party_id,
            name=names.get(party_id, ""),
            entries=entries,
            amount_cents=cents,
        )
        for (reason, party, party_id), (entries, cents) in groups.items()
    ]
    return sorted(found, key=lambda g: (g.reason, g.party, g.name.casefold(), str(g.party_id)))


async def _check_month(repository: PaymentRunRepository, clock: Clock, month: date) -> None:
    """A closed month, without a run, and not before the latest run's month (409 each)."""
    if month >= current_month(clock):
        raise Conflict(
            N_("The month {month} is not over yet: a payment run is made for a closed month."),
            month=month_name(month, current_language()),
        )
    if await repository.month_taken(month):
        raise Conflict(
            N_("There is a payment run for {month} already: hours approved since go in the next."),
            month=month_name(month, current_language()),
        )
    latest = await repository.latest_month()
    if latest is not None and month < latest:
        raise Conflict(
            N_(
                "The latest payment run is for {latest}: a run for an earlier month cannot be made"
                " (its hours go in the next run)."
            ),
            latest=month_name(latest, current_language()),
        )


async def _record(
    db: AsyncSession,
    principal: Principal,
    action: str,
    run_id: uuid.UUID | None,
    details: dict[str, Any],
) -> None:
    # Kring's own run, not an organisation's; its lines name dossiers and their accounts.
    await audit.record(
        db,
        principal,
        action,
        subject_type="payment_run",
        subject_id=run_id,
        organisation_id=None,
        details=details,
    )


async def preview(
    db: AsyncSession, principal: Principal, settings: Settings, clock: Clock, month_value: str
) -> PaymentRunPreview:
    """What a run for the month would collect and pay now, and what would wait (and why)."""
    month = first_day(month_value)
    repository = PaymentRunRepository(db)
    await _check_month(repository, clock, month)
    planned = plan(await repository.pairs(next_month(month)))
    entries, cents, dossiers, helpers = _totals(planned.included)
    waiting = await _waiting_groups(repository, planned.waiting)
    await _record(db, principal, "payment_run.previewed", None, {"month": month_text(month)})
    return PaymentRunPreview(
        month=month_text(month),
        collection_date=collection_date(settings, clock),
        entries=entries,
        collections=dossiers,
        payments=helpers,
        collected_cents=cents,
        paid_cents=cents,
        waiting_entries=sum(g.entries for g in waiting),
        waiting=waiting,
    )


async def make(
    db: AsyncSession, principal: Principal, settings: Settings, clock: Clock, month_value: str
) -> PaymentRunRead:
    """Make the month's run in one transaction: the entries are locked, marked with the run and
    what they settle, and the run's lines are summed from them. Two at once: one waits for the
    other and then finds the month taken."""
    # Money leaves for many accounts: the second factor proven in the last minutes (staff
    # always have one).
    require_recent_second_factor(principal, True)
    month = first_day(month_value)
    end = next_month(month)
    repository = PaymentRunRepository(db)
    await repository.lock_runs()
    await _check_month(repository, clock, month)
    await repository.lock_entries(end)
    planned = plan(await repository.pairs(end))
    if not planned.included:
        raise Conflict(
            N_("Nothing to collect and pay for {month}: no approved paid hours can go in a run."),
            month=month_name(month, current_language()),
        )
    run = PaymentRun(
        month=month,
        made_by_user_id=principal.person_id,
        entries=0,
        collected_cents=0,
        paid_cents=0,
        collection_date=collection_date(settings, clock),
    )
    db.add(run)
    try:
        await db.flush()
    except IntegrityError as taken:  # the unique month: only if the table lock were bypassed
        raise Conflict(
            N_("There is a payment run for {month} already: hours approved since go in the next."),
            month=month_name(month, current_language()),
        ) from taken
    marked = await repository.mark(run.id, end, list(planned.included))
    by_dossier: dict[uuid.UUID, int] = defaultdict(int)
    by_helper: dict[uuid.UUID, int] = defaultdict(int)
    for row in marked:
        by_dossier[row.dossier_id] += row.cents
        by_helper[row.helper_id] += row.cents
    # The entries that were there are locked, but hours approved in the moment between the
    # plan and the marking would join it unplanned: then the whole run is undone.
    if {(r.dossier_id, r.helper_id): (r.entries, r.cents) for r in marked} != planned.included:
        raise Conflict(N_("Hours were approved while the run was being made: make it again."))
    await repository.add_lines(run.id)
    run.entries = sum(row.entries for row in marked)
    run.collected_cents = sum(by_dossier.values())
    run.paid_cents = sum(by_helper.values())
    await db.flush()
    # Each dossier's access log shows the collection from its account.
    await audit.record_many(
        db,
        principal,
        "dossier.collected",
        subject_type="dossier",
        subject_ids=sorted(by_dossier),
        details={"as": "staff", "staff_role": principal.staff_role, "run": str(run.id)},
        details_of={dossier: {"cents": cents} for dossier, cents in by_dossier.items()},
    )
    await _record(
        db,
        principal,
        "payment_run.made",
        run.id,
        {
            "month": month_text(month),
            "entries": run.entries,
            "collected_cents": run.collected_cents,
            "paid_cents": run.paid_cents,
            "waiting_entries": sum(w[2] for w in planned.waiting.values()),
        },
    )
    return await _read(repository, principal, run.id)


def _summary(row: Any) -> PaymentRunSummary:
    return PaymentRunSummary(
        id=row.id,
        month=month_text(row.month),
        entries=row.entries,
        collected_cents=row.collected_cents,
        paid_cents=row.paid_cents,
        collection_date=row.collection_date,
        made_by_name=row.made_by_name,
        created_at=row.created_at,
    )


async def list_runs(
    db: AsyncSession, principal: Principal, page: PageRequest
) -> Page[PaymentRunSummary]:
    return await PaymentRunRepository(db).summary_page(principal, page, _summary)


async def _read(
    repository: PaymentRunRepository, principal: Principal, run_id: uuid.UUID
) -> PaymentRunRead:
    row = await repository.summary(principal, run_id)
    if row is None:
        raise NotFound()
    return PaymentRunRead(
        **_summary(row).model_dump(),
        collections=[
            CollectionLine(
                dossier_id=line.dossier_id,
                help_seeker_name=line.help_seeker_name,
                account_holder=line.name,
                iban=line.iban,
                amount_cents=line.amount_cents,
                entries=line.entries,
                mandate_id=line.mandate_id,
                mandate_date=line.mandate_date,
                sequence="RCUR" if line.collected_before else "FRST",
            )
            for line in await repository.collections(run_id)
        ],
        payments=[
            PaymentLine(
                helper_id=line.helper_id,
                helper_name=line.helper_name,
                account_holder=line.name,
                iban=line.iban,
                amount_cents=line.amount_cents,
                entries=line.entries,
            )
            for line in await repository.payments(run_id)
        ],
    )


async def get(db: AsyncSession, principal: Principal, run_id: uuid.UUID) -> PaymentRunRead:
    """One run with its lines; the read is audited (its lines hold the dossiers' accounts)."""
    read = await _read(PaymentRunRepository(db), principal, run_id)
    await _record(db, principal, "payment_run.viewed", run_id, {})
    return read


@dataclass(frozen=True)
class SepaFile:
    filename: str
    data: bytes


async def direct_debit(
    db: AsyncSession, principal: Principal, settings: Settings, run_id: uuid.UUID
) -> SepaFile:
    """The run's collections as a SEPA direct-debit file (pain.008); every download audited."""
    repository = PaymentRunRepository(db)
    run = await repository.get(principal, run_id)
    lines = [
        sepa.Collection(
            line_id=line.id,
            name=line.name,
            iban=line.iban,
            amount_cents=line.amount_cents,
            mandate_id=line.mandate_id,
            mandate_date=line.mandate_date,
            first=not line.collected_before,
        )
        for line in await repository.collections(run_id)
    ]
    data = sepa.direct_debit(settings, run.month, run.collection_date, lines)
    await _record(
        db, principal, "payment_run.exported", run_id, {"file": "direct_debit", "lines": len(lines)}
    )
    return SepaFile(f"kring-direct-debit-{month_text(run.month)}.xml", data)


async def credit_transfer(
    db: AsyncSession, principal: Principal, settings: Settings, run_id: uuid.UUID
) -> SepaFile:
    """The run's payments as a SEPA credit-transfer file (pain.001); every download audited."""
    repository = PaymentRunRepository(db)
    run = await repository.get(principal, run_id)
    lines = [
        sepa.Payment(
            line_id=line.id, name=line.name, iban=line.iban, amount_cents=line.amount_cents
        )
        for line in await repository.payments(run_id)
    ]
    data = sepa.credit_transfer(settings, run.month, run.collection_date, lines)
    await _record(
        db,
        principal,
        "payment_run.exported",
        run_id,
        {"file": "credit_transfer", "lines": len(lines)},
    )
    return SepaFile(f"kring-credit-transfer-{month_text(run.month)}.xml", data)
