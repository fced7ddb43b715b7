"""The monthly budget: a warning from 80% used, a cost over it refused unless the subscriber
agreed; the edges with a budget of EUR 100.00, and two costs at once that would each fit."""

from __future__ import annotations

import asyncio
from datetime import date
from typing import Any

from fastapi import FastAPI
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.models.audit import AuditEvent
from kring.models.concierge import ConciergeCost
from tests.concierge.helpers import MINE, SUBSCRIPTIONS, TODAY_NL, concierge, subscriber
from tests.members.helpers import Person, person
from tests.neighbourhoods.helpers import World, world

TODAY = TODAY_NL.isoformat()


def cost(amount_cents: int, *, agreed: bool = False, spent_on: str = TODAY) -> dict[str, Any]:
    return {
        "amount_cents": amount_cents,
        "spent_on": spent_on,
        "description": "Boodschappen",
        "over_budget_agreed": agreed,
    }


async def book(staff: Person, subscription: dict[str, Any], body: dict[str, Any]) -> Any:
    return await staff.call("POST", f"{SUBSCRIPTIONS}/{subscription['id']}/costs", body)


async def test_the_edges_of_a_hundred_euro_budget(w: World) -> None:
    coby = await concierge(w)
    truus, subscription = await subscriber(w, coby, budget_cents=10_000)
    # 79.99: no warning yet.
    first = await book(coby, subscription, cost(7_999))
    assert first.status_code == 201, first.json()
    ledger = first.json()["ledger"]
    assert (ledger["spent_cents"], ledger["left_cents"]) == (7_999, 2_001)
    assert ledger["used_share"] == 0.7999
    assert (ledger["warning"], ledger["over"]) == (False, False)
    # 80.00: the warning.
    ledger = (await book(coby, subscription, cost(1))).json()["ledger"]
    assert (ledger["spent_cents"], ledger["warning"], ledger["over"]) == (8_000, True, False)
    # 100.00: accepted, warned, not over.
    answer = await book(coby, subscription, cost(2_000))
    assert answer.status_code == 201
    ledger = answer.json()["ledger"]
    assert (ledger["spent_cents"], ledger["left_cents"]) == (10_000, 0)
    assert (ledger["warning"], ledger["over"]) == (True, False)
    assert answer.json()["cost"]["over_budget_agreed"] is False
    # 100.01: refused, naming the amount and what is left.
    refused = await book(coby, subscription, cost(1))
    assert refused.status_code == 409, refused.json()
    problem = refused.json()
    assert problem["errors"][0]["field"] == "amount_cents"
    assert "0,00" in problem["detail"]
    # ...and accepted when the subscriber agreed: flagged and over.
    agreed = await book(coby, subscription, cost(1, agreed=True))
    assert agreed.status_code == 201, agreed.json()
    assert agreed.json()["cost"]["over_budget_agreed"] is True
    ledger = agreed.json()["ledger"]
    assert (ledger["spent_cents"], ledger["left_cents"], ledger["over"]) == (10_001, -1, True)
    # The subscriber sees the same ledger.
    mine = (await truus.call("GET", MINE)).json()
    assert mine["ledger"]["spent_cents"] == 10_001
    assert mine["ledger"]["over"] is True
    assert mine["subscription"]["monthly_budget_cents"] == 10_000
    costs = (await coby.call("GET", f"{SUBSCRIPTIONS}/{subscription['id']}/costs")).json()
    assert sorted(c["amount_cents"] for c in costs) == [1, 1, 2_000, 7_999]
    recorded = await w.session.scalar(
        select(func.count()).where(AuditEvent.action == "concierge.cost_recorded")
    )
    assert recorded == 4


async def test_agreement_is_recorded_only_when_it_was_needed(w: World) -> None:
    coby = await concierge(w)
    _, subscription = await subscriber(w, coby, budget_cents=10_000)
    answer = await book(coby, subscription, cost(5_000, agreed=True))
    assert answer.status_code == 201
    assert answer.json()["cost"]["over_budget_agreed"] is False


async def test_the_budget_is_per_calendar_month_and_within_the_period(w: World) -> None:
    coby = await concierge(w)
    _, subscription = await subscriber(w, coby, budget_cents=10_000)
    year = TODAY_NL.year
    # January's costs fill January, not this month (unless this is January).
    january = date(year, 1, 15).isoformat()
    assert (await book(coby, subscription, cost(10_000, spent_on=january))).status_code == 201
    ledger = (await coby.call("GET", f"{SUBSCRIPTIONS}/{subscription['id']}/ledger", None)).json()
    this_month = 10_000 if TODAY_NL.month == 1 else 0
    assert ledger["spent_cents"] == this_month
    january_ledger = await coby.call(
        "GET", f"{SUBSCRIPTIONS}/{subscription['id']}/ledger?month={january}"
    )
    assert january_ledger.json()["spent_cents"] == 10_000
    # Before the subscription started: refused, naming the day.
    before = await book(coby, subscription, cost(100, spent_on=date(year - 1, 12, 31).isoformat()))
    assert before.status_code == 422
    assert before.json()["errors"][0]["field"] == "spent_on"


async def test_amounts_are_whole_cents_within_bounds(w: World) -> None:
    coby = await concierge(w)
    _, subscription = await subscriber(w, coby)
    for amount in (0, -1, 10_000_001, 12.5):
        answer = await book(coby, subscription, cost(amount, agreed=True))  # type: ignore[arg-type]
        assert answer.status_code == 422, amount
        assert answer.json()["errors"][0]["field"] == "amount_cents"


async def test_costs_booked_at_once_cannot_pass_the_budget_together(
    app: FastAPI, committed: async_sessionmaker[AsyncSession], settings: Settings
) -> None:
    """Each fits the budget on its own; booked at the same moment by two concierges (five
    costs of EUR 30 against EUR 100), exactly three are."""
    async with committed() as session:
        w = await world(app, session, settings)
        coby = await concierge(w)
        _, subscription = await subscriber(w, coby, budget_cents=10_000)
        other = await person(
            app, session, settings, "cor@kring.example", "Cor", staff_role="concierge"
        )
    answers = await asyncio.gather(
        *(book(who, subscription, cost(3_000)) for who in (coby, other, coby, other, coby))
    )
    statuses = sorted(a.status_code for a in answers)
    assert statuses == [201, 201, 201, 409, 409], [a.json() for a in answers]
    async with committed() as session:
        total = await session.scalar(select(func.sum(ConciergeCost.amount_cents)))
        assert total == 9_000
