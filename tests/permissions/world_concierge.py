"""The matrix's concierge: the partner (a resident of Wittevrouwen, which the municipality
serves) is subscribed, funded by that municipality, with a case and a proposed option (the
provider); someone who is none of the principals (a resident of Lombok) has the same. Another
resident of Wittevrouwen, not subscribed, is the one the municipality's dashboard subscribes."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.models.concierge import ConciergeCase, ConciergeOption, ConciergeSubscription
from kring.models.neighbourhood import Resident
from kring.models.provider import ProviderProfile
from kring.models.user import User
from tests.accounts.helpers import make_user

TODAY = datetime.now(ZoneInfo("Europe/Amsterdam")).date()


async def _user(session: AsyncSession, email: str) -> User:
    found = await session.scalar(select(User).where(User.email == email))
    assert found is not None, email
    return found


async def concierge_objects(
    session: AsyncSession, municipality_id: str
) -> tuple[dict[str, str], dict[str, str]]:
    """(mine, theirs): `concierge_subscription`, `concierge_case`, `concierge_option`."""
    paula = await _user(session, "paula@example.org")
    zeno = await _user(session, "zeno@zonnehuis.example")
    home = await session.scalar(select(Resident).where(Resident.user_id == paula.id))
    assert home is not None
    rita = await make_user(session, "rita@example.org", first_name="Rita")
    session.add(
        Resident(
            user_id=rita.id,
            neighbourhood_id=home.neighbourhood_id,
            country="NL",
            street="Biltstraat",
            house_number="20",
            postcode="3581 AB",
            city="Utrecht",
            latitude=52.09,
            longitude=5.12,
            joined_by="address",
        )
    )
    found = []
    for person, funder, provider_email in (
        (paula, municipality_id, "bert@example.org"),
        (zeno, None, "gerda@example.org"),
    ):
        provider = await _user(session, provider_email)
        profile = await session.scalar(
            select(ProviderProfile.id).where(ProviderProfile.user_id == provider.id)
        )
        subscription = ConciergeSubscription(
            user_id=person.id,
            organisation_id=funder,
            starts_on=TODAY - timedelta(days=30),
            monthly_budget_cents=100_000,
            funding="wmo" if funder else "own",
        )
        session.add(subscription)
        await session.flush()
        case = ConciergeCase(
            subscription_id=subscription.id,
            subject="Hulp bij de tuin",
            description="De heg moet gesnoeid worden.",
            channel="portal",
            status="proposed",
        )
        session.add(case)
        await session.flush()
        option = ConciergeOption(
            case_id=case.id,
            kind="provider",
            provider_profile_id=profile,
            description="Hovenier, 1,5 uur.",
            cost_cents=4_500,
        )
        session.add(option)
        await session.flush()
        found.append(
            {
                "concierge_subscription": str(subscription.id),
                "concierge_case": str(case.id),
                "concierge_option": str(option.id),
            }
        )
    await session.commit()
    return found[0], found[1]
