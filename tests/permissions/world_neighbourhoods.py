"""The matrix's neighbourhoods: Wittevrouwen (postcode area 3581), where the partner lives and
the provider serves as its worker, with a local organisation; Lombok (3531), where someone who
is none of the principals lives, with one too; a verified partner staff can make a worker."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.models.callout import Callout, CalloutAnswer, CalloutNeighbourhood
from kring.models.neighbourhood import (
    LocalOrganisation,
    Neighbourhood,
    NeighbourhoodArea,
    NeighbourhoodServiceOrganisation,
    NeighbourhoodWorker,
    Resident,
)
from kring.models.organisation import Organisation
from kring.models.partner import PartnerAccessRequest
from kring.models.user import User
from tests.accounts.helpers import make_user

UNKNOWN_INVITE = "x" * 43


async def _user(session: AsyncSession, email: str) -> User:
    found = await session.scalar(select(User).where(User.email == email))
    assert found is not None, email
    return found


async def neighbourhood_objects(
    session: AsyncSession,
) -> tuple[dict[str, str], dict[str, str]]:
    """(mine, theirs): `neighbourhood_id`, `local_organisation_id`; mine also names the worker
    (`neighbourhood_worker`), a verified partner (`verified_partner`), an unknown invite and a
    municipality that serves it (`service_organisation`) with Paula on its volunteer list
    (`volunteer_resident`) and an open callout there (`callout`) that the partner answered."""
    now = datetime.now(UTC)
    paula = await _user(session, "paula@example.org")
    bert = await _user(session, "bert@example.org")
    zeno = await _user(session, "zeno@zonnehuis.example")
    wim = await make_user(session, "wim@buurtteam.example", first_name="Wim")
    session.add(
        PartnerAccessRequest(
            user_id=wim.id,
            organisation_name="Buurtteam Noordoost",
            job_title="Buurtwerker",
            work_email="wim@buurtteam.example",
            work_phone="+31301234567",
            reason="Voor de buurt.",
            status="accepted",
            deadline_at=now + timedelta(hours=48),
            decided_at=now,
        )
    )
    ids = []
    for name, area, resident in (("Wittevrouwen", "3581", paula), ("Lombok", "3531", zeno)):
        neighbourhood = Neighbourhood(name=name, country="NL", latitude=52.09, longitude=5.12)
        session.add(neighbourhood)
        await session.flush()
        organisation = LocalOrganisation(
            neighbourhood_id=neighbourhood.id, name=f"Buurtteam {name}", phone="+31301234567"
        )
        session.add_all(
            [
                NeighbourhoodArea(
                    neighbourhood_id=neighbourhood.id, country="NL", postcode_area=area
                ),
                organisation,
                Resident(
                    user_id=resident.id,
                    neighbourhood_id=neighbourhood.id,
                    country="NL",
                    street="Biltstraat",
                    house_number="12",
                    postcode=f"{area} AB",
                    city="Utrecht",
                    latitude=52.09,
                    longitude=5.12,
                    joined_by="address",
                    # Paula volunteers: she is on the municipality's volunteer list.
                    volunteers_for_organisations=resident is paula,
                ),
            ]
        )
        await session.flush()
        ids.append(
            {
                "neighbourhood_id": str(neighbourhood.id),
                "local_organisation_id": str(organisation.id),
            }
        )
    session.add(NeighbourhoodWorker(user_id=bert.id, neighbourhood_id=ids[0]["neighbourhood_id"]))
    # A municipality serving Wittevrouwen, of which no principal is a member.
    municipality = Organisation(kind="municipality", name="Gemeente Utrecht")
    session.add(municipality)
    await session.flush()
    session.add(
        NeighbourhoodServiceOrganisation(
            neighbourhood_id=ids[0]["neighbourhood_id"],
            organisation_id=municipality.id,
            organisation_kind="municipality",
        )
    )
    # Its open callout to Wittevrouwen, which the partner answered.
    callout = Callout(
        organisation_id=municipality.id,
        title="Wie helpt mee bij de kerstmarkt?",
        body="We zoeken vrijwilligers.",
        ends_on=(now + timedelta(days=30)).date(),
    )
    session.add(callout)
    await session.flush()
    session.add(
        CalloutNeighbourhood(
            callout_id=callout.id,
            neighbourhood_id=ids[0]["neighbourhood_id"],
            organisation_id=municipality.id,
        )
    )
    await session.flush()
    session.add(
        CalloutAnswer(
            callout_id=callout.id, user_id=paula.id, neighbourhood_id=ids[0]["neighbourhood_id"]
        )
    )
    await session.commit()
    volunteer = await session.scalar(select(Resident.id).where(Resident.user_id == paula.id))
    mine = {
        **ids[0],
        "neighbourhood_worker": str(bert.id),
        "verified_partner": str(wim.id),
        "neighbourhood_invite": UNKNOWN_INVITE,
        "service_organisation": str(municipality.id),
        "volunteer_resident": str(volunteer),
        "callout": str(callout.id),
    }
    return mine, ids[1]
