"""A provider's reads take no lock (the dashboard's requests never wait on one another or on a
change in flight), and staff page through providers by keyset."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.models.provider import ProviderProfile
from tests.accounts.helpers import log_in, make_user
from tests.members.helpers import Parties, person


async def test_reads_answer_while_a_change_holds_the_profile(
    committed_client: AsyncClient,
    committed: async_sessionmaker[AsyncSession],
    engine: AsyncEngine,
    settings: Settings,
) -> None:
    async with committed() as session:
        user = await make_user(session, "bert@example.org", first_name="Bert")
        profile = ProviderProfile(
            user_id=user.id, status="draft", service_kinds=["home_services"], completed_steps=[]
        )
        session.add(profile)
        await session.commit()
        profile_id = profile.id
    await log_in(committed_client, "bert@example.org")

    async with engine.connect() as holder:
        # Another request's change in flight: it holds the profile's row until it commits.
        await holder.execute(
            text("SELECT id FROM provider_profile WHERE id = :id FOR UPDATE"), {"id": profile_id}
        )
        reads = await asyncio.wait_for(
            asyncio.gather(
                committed_client.get("/api/v1/provider/profile"),
                committed_client.get("/api/v1/provider/profile/price-list"),
                committed_client.get("/api/v1/provider/profile/vog"),
                committed_client.get("/api/v1/provider/payment"),
            ),
            timeout=10,
        )
        await holder.rollback()
    assert [r.status_code for r in reads] == [200, 404, 404, 404]
    assert reads[0].json()["first_name"] == "Bert"


async def test_staff_page_through_providers_newest_first(
    app: FastAPI, p: Parties, session: AsyncSession, settings: Settings
) -> None:
    now = datetime.now(UTC)
    made = []
    for n in range(5):
        user = await make_user(session, f"provider{n}@example.org", first_name=f"P{n}")
        profile = ProviderProfile(
            user_id=user.id,
            status="draft",
            service_kinds=["home_services"],
            completed_steps=[],
            # Two at the same moment: the id keeps their order.
            created_at=now - timedelta(minutes=min(n, 3)),
        )
        session.add(profile)
        made.append(profile)
    await session.commit()
    expected = [
        str(i)
        for i in await session.scalars(
            select(ProviderProfile.id).order_by(
                ProviderProfile.created_at.desc(), ProviderProfile.id
            )
        )
    ]
    seen: list[str] = []
    cursor = None
    while True:
        url = "/api/v1/admin/providers?limit=2" + (f"&cursor={cursor}" if cursor else "")
        page = (await p.staff.call("GET", url)).json()
        assert len(page["items"]) <= 2
        seen += [item["id"] for item in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == expected
    assert {str(m.id) for m in made} <= set(seen)
    first = (await p.staff.call("GET", "/api/v1/admin/providers?limit=1")).json()["items"][0]
    assert first["name"] == "P0"
    assert first["email"] == "provider0@example.org"

    # A cursor of another list (or none at all) is refused, naming the parameter.
    broken = await p.staff.call("GET", "/api/v1/admin/providers?cursor=bm9wZQ")
    assert broken.status_code == 422
    assert broken.json()["errors"][0]["field"] == "cursor"

    # Branch staff see the list, but may not set badges (verifiers, advisors and admins may).
    branch = await person(app, session, settings, "bob@kring.example", "Bob", staff_role="branch")
    assert (await branch.call("GET", "/api/v1/admin/providers")).status_code == 200
    badges = await branch.call("PATCH", f"/api/v1/admin/providers/{seen[0]}/badges", {})
    assert badges.status_code == 403
