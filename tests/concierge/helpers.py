"""A concierge world on top of the neighbourhoods' one: a concierge (staff), residents of
Wittevrouwen who subscribe, and the routes."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from kring.models.provider import ProviderProfile
from kring.models.user import User
from tests.accounts.helpers import make_user
from tests.members.helpers import Person, person
from tests.neighbourhoods.helpers import World, address

ADMIN = "/api/v1/admin/concierge"
SUBSCRIPTIONS = ADMIN + "/subscriptions"
CASES = ADMIN + "/cases"
MINE = "/api/v1/me/concierge"

TODAY_NL = datetime.now(ZoneInfo("Europe/Amsterdam")).date()


async def concierge(w: World, email: str = "coby@kring.example") -> Person:
    return await person(w.app, w.session, w.settings, email, "Coby", staff_role="concierge")


async def subscriber(
    w: World, staff: Person, email: str = "truus@example.org", budget_cents: int = 10_000
) -> tuple[Person, dict[str, Any]]:
    """A resident of Wittevrouwen subscribed since the first of this year."""
    who = await w.resident(email, "Truus", "Vries")
    await w.join(who, address("3581 AB"))
    answer = await staff.call(
        "POST",
        SUBSCRIPTIONS,
        {
            "user_id": str(who.user.id),
            "starts_on": date(TODAY_NL.year, 1, 1).isoformat(),
            "monthly_budget_cents": budget_cents,
            "funding": "wmo",
        },
    )
    assert answer.status_code == 201, answer.json()
    created: dict[str, Any] = answer.json()
    return who, created


async def live_provider(w: World, email: str = "pieter@example.org", **badges: bool) -> str:
    user: User = await make_user(w.session, email, first_name="Pieter")
    profile = ProviderProfile(
        user_id=user.id,
        status="live",
        service_kinds=["home_services"],
        completed_steps=[],
        company_name="Tuinen Pieter",
        **badges,
    )
    w.session.add(profile)
    await w.session.commit()
    return str(profile.id)
