"""The provider's inbox and reviews and the staff lists come a page at a time by keyset cursor;
the provider's reads take no lock, so the dashboard's requests never wait on one another."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

import time_machine
from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.models.contact import ContactRequest, ContactStatus, Review
from kring.models.promotion import PromotionRequest
from kring.models.provider import ProviderProfile
from tests.accounts.helpers import log_in
from tests.contacts.helpers import open_request
from tests.members.helpers import person
from tests.search.helpers import Provider, add_provider

MONDAY = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


async def _all_pages(
    client: Any, url: str, limit: int, **query: str
) -> tuple[list[dict[str, Any]], int]:
    """Every item of a list, walked `limit` at a time; and how many pages that took."""
    items: list[dict[str, Any]] = []
    cursor: str | None = None
    pages = 0
    while True:
        params: dict[str, Any] = {**query, "limit": limit}
        if cursor:
            params["cursor"] = cursor
        if isinstance(client, AsyncClient):
            answer = await client.get(url, params=params)
        else:
            answer = await client.call("GET", f"{url}?{urlencode(params)}")
        assert answer.status_code == 200, answer.json()
        page = answer.json()
        items += page["items"]
        pages += 1
        cursor = page["next_cursor"]
        if cursor is None:
            return items, pages


async def _requests(session: AsyncSession, profile: ProviderProfile) -> list[ContactRequest]:
    rows = [
        await open_request(session, profile, MONDAY + timedelta(hours=hours), name=f"Klant {i}")
        for i, hours in enumerate((0, 30, 2, 50, 5))
    ]
    # Two handled: they come after every unanswered one, whatever their deadline.
    for row in rows[:2]:
        row.status = ContactStatus.handled
        row.answered_at = row.handled_at = MONDAY + timedelta(days=1)
    await session.commit()
    return rows


async def test_the_inbox_pages_by_cursor_unanswered_first(
    client: AsyncClient, session: AsyncSession
) -> None:
    bert = await add_provider(session, Provider("bert@example.org", "Bert"))
    rows = await _requests(session, bert)
    with time_machine.travel(MONDAY + timedelta(days=10), tick=False):
        await log_in(client, "bert@example.org")
        whole = (await client.get("/api/v1/provider/contact-requests?limit=100")).json()
        paged, pages = await _all_pages(client, "/api/v1/provider/contact-requests", 2)
        first = (await client.get("/api/v1/provider/contact-requests?limit=2")).json()
        open_only, _ = await _all_pages(client, "/api/v1/provider/contact-requests", 1, show="open")
    assert [r["id"] for r in paged] == [r["id"] for r in whole["items"]]
    assert pages == 3
    assert whole["next_cursor"] is None
    # Unanswered first, by deadline (the end of a working day), the newest first on a day;
    # then the answered ones in the same order.
    assert [r["id"] for r in paged] == [str(rows[i].id) for i in (4, 2, 3, 0, 1)]
    # Every page carries the counts of the whole inbox.
    assert (first["total"], first["open"], first["overdue"]) == (5, 3, 3)
    assert [r["id"] for r in open_only] == [str(rows[i].id) for i in (4, 2, 3)]


async def test_a_cursor_from_elsewhere_is_refused(
    client: AsyncClient, session: AsyncSession
) -> None:
    bert = await add_provider(session, Provider("bert@example.org", "Bert"))
    await _requests(session, bert)
    await log_in(client, "bert@example.org")
    inbox = (await client.get("/api/v1/provider/contact-requests?limit=1")).json()
    wrong_list = await client.get(
        "/api/v1/provider/reviews", params={"cursor": inbox["next_cursor"]}
    )
    assert wrong_list.status_code == 422
    assert wrong_list.json()["errors"][0]["field"] == "cursor"
    garbage = await client.get("/api/v1/provider/contact-requests", params={"cursor": "bm9wZQ"})
    assert garbage.status_code == 422


async def _reviews(session: AsyncSession, profile: ProviderProfile, count: int) -> list[Review]:
    reviews = []
    for i in range(count):
        row = await open_request(session, profile, MONDAY, name=f"Klant{i} Jansen")
        review = Review(
            contact_request_id=row.id,
            profile_id=profile.id,
            stars=1 + i % 5,
            text=f"Review {i}",
            author_name=f"Klant{i}",
            created_at=MONDAY + timedelta(days=i),
        )
        session.add(review)
        reviews.append(review)
    await session.commit()
    return reviews


async def test_the_provider_pages_through_their_reviews_hidden_ones_too(
    client: AsyncClient, session: AsyncSession
) -> None:
    bert = await add_provider(session, Provider("bert@example.org", "Bert"))
    reviews = await _reviews(session, bert, 5)
    reviews[3].hidden_at, reviews[3].hidden_reason = MONDAY, "Scheldwoorden."
    await session.commit()
    await log_in(client, "bert@example.org")
    mine, pages = await _all_pages(client, "/api/v1/provider/reviews", 2)
    assert [r["text"] for r in mine] == [f"Review {i}" for i in (4, 3, 2, 1, 0)]
    assert pages == 3
    assert mine[1]["hidden_reason"] == "Scheldwoorden."


async def test_the_staff_lists_page_by_cursor(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    providers = [
        await add_provider(session, Provider(f"{name}@example.org", name.title()))
        for name in ("anna", "bert", "cees")
    ]
    for overdue, profile in zip((1, 3, 0), providers, strict=True):
        for hours in range(overdue):
            await open_request(session, profile, MONDAY + timedelta(hours=hours))
        if not overdue:
            row = await open_request(session, profile, MONDAY)
            row.status, row.answered_at = ContactStatus.in_progress, MONDAY
        session.add(PromotionRequest(profile_id=profile.id, package="basic", status="requested"))
        await session.commit()
    with time_machine.travel(MONDAY + timedelta(days=10), tick=False):
        staff = await person(
            app, session, settings, "ada@kring.example", "Ada", staff_role="branch"
        )
        times, pages = await _all_pages(
            staff, "/api/v1/admin/provider-response-times", 1, overdue_only="false"
        )
        overdue_only, _ = await _all_pages(staff, "/api/v1/admin/provider-response-times", 1)
        asked, asked_pages = await _all_pages(staff, "/api/v1/admin/promotion-requests", 2)
    assert [(t["email"], t["overdue"]) for t in times] == [
        ("bert@example.org", 3),
        ("anna@example.org", 1),
        ("cees@example.org", 0),
    ]
    assert pages == 3
    assert [t["email"] for t in overdue_only] == ["bert@example.org", "anna@example.org"]
    assert [a["provider_email"] for a in asked] == [
        "anna@example.org",
        "bert@example.org",
        "cees@example.org",
    ]
    assert asked_pages == 2


async def test_the_dashboard_reads_wait_for_no_lock(
    committed: async_sessionmaker[AsyncSession],
    committed_client: AsyncClient,
    engine: AsyncEngine,
) -> None:
    async with committed() as session:
        bert = await add_provider(session, Provider("bert@example.org", "Bert"))
        await session.commit()
    await log_in(committed_client, "bert@example.org")
    reads = [
        "/api/v1/provider/contact-requests",
        "/api/v1/provider/reviews",
        "/api/v1/provider/statistics",
        "/api/v1/provider/promotion",
    ]
    # Another transaction holds the profile's row lock (a change in progress) meanwhile.
    async with engine.connect() as holder:
        await holder.begin()
        await holder.execute(
            text("SELECT id FROM provider_profile WHERE id = :id FOR UPDATE"), {"id": bert.id}
        )
        answers = await asyncio.wait_for(
            asyncio.gather(*(committed_client.get(url) for url in reads)), timeout=10
        )
        await holder.rollback()
    assert [a.status_code for a in answers] == [200, 200, 200, 200]
