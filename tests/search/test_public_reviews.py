"""A provider's public reviews a page at a time: newest first, hidden ones left out, the
profile's first page going on at `/providers/{id}/reviews` with its cursor."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from httpx import AsyncClient
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from kring.models.contact import ContactRequest, Review
from kring.models.provider import ProviderProfile
from tests.search.helpers import UTRECHT, Provider, add_provider

NOON = datetime(2026, 11, 1, 12, tzinfo=UTC)


async def _reviewed(session: AsyncSession, profile: ProviderProfile, count: int) -> list[Review]:
    """`count` reviews, three at a time written at the same moment; every fifth hidden."""
    reviews = []
    for n in range(count):
        request = ContactRequest(
            profile_id=profile.id,
            name="Jan Janssen",
            email=f"jan{n}@example.org",
            phone="+31301234567",
            member_number="K-1234",
            location="3511 AX Utrecht",
            place_id=UTRECHT,
            for_whom="self",
            message="Kunt u een lamp ophangen?",
            language="nl",
            status="handled",
            answered_at=NOON,
            handled_at=NOON,
            created_at=NOON - timedelta(days=3),
            deadline_at=NOON - timedelta(days=1),
        )
        session.add(request)
        await session.flush()
        hidden = n % 5 == 4
        review = Review(
            contact_request_id=request.id,
            profile_id=profile.id,
            stars=1 + n % 5,
            text=f"Review {n}",
            author_name=f"Klant {n}",
            created_at=NOON - timedelta(hours=n // 3),
            hidden_at=NOON if hidden else None,
            hidden_reason="Noemt een adres." if hidden else None,
        )
        session.add(review)
        reviews.append(review)
    await session.commit()
    return reviews


async def _walk(client: AsyncClient, path: str, cursor: str | None, limit: int) -> list[str]:
    texts: list[str] = []
    while cursor is not None:
        answer = await client.get(path, params={"cursor": cursor, "limit": limit})
        assert answer.status_code == 200, answer.json()
        body: dict[str, Any] = answer.json()
        texts += [review["text"] for review in body["items"]]
        cursor = body["next_cursor"]
    return texts


async def test_reviews_page_by_cursor_newest_first_without_hidden_ones(
    client: AsyncClient, session: AsyncSession
) -> None:
    bert = await add_provider(session, Provider("bert@example.org", "Bert"))
    reviews = await _reviewed(session, bert, 26)
    visible = sorted(
        (r for r in reviews if r.hidden_at is None),
        key=lambda r: (r.created_at, r.id),
        reverse=True,
    )
    expected = [r.text for r in visible]

    profile = (await client.get(f"/api/v1/providers/{bert.id}")).json()
    first = profile["reviews"]
    assert [r["text"] for r in first["items"]] == expected[:10]
    path = f"/api/v1/providers/{bert.id}/reviews"
    # The profile's first page goes on where it stopped, in pages of any size.
    for limit in (1, 4, 100):
        assert first["next_cursor"]
        rest = await _walk(client, path, first["next_cursor"], limit)
        assert [r["text"] for r in first["items"]] + rest == expected
    whole = (await client.get(path, params={"limit": 100})).json()
    assert [r["text"] for r in whole["items"]] == expected
    assert whole["next_cursor"] is None
    assert whole["items"][0] == {
        "id": str(visible[0].id),
        "stars": visible[0].stars,
        "text": visible[0].text,
        "author_name": visible[0].author_name,
        "created_at": "2026-11-01T12:00:00Z",
        "reply": None,
        "replied_at": None,
    }

    # The search's cursors are not the reviews': refused, naming the cursor.
    search = (await client.get("/api/v1/providers/search?limit=1")).json()
    assert search["next_cursor"] is None  # one provider: one page
    wrong = await client.get(path, params={"cursor": "W10"})
    assert wrong.status_code == 422
    assert wrong.json()["errors"][0]["field"] == "cursor"

    # Once the provider is not live, its reviews are nobody's business.
    await session.execute(
        update(ProviderProfile)
        .where(ProviderProfile.id == bert.id)
        .values(status="suspended", suspended_reason="Klachten.")
    )
    await session.commit()
    assert (await client.get(path)).status_code == 404
    assert (await client.get(path, params={"cursor": first["next_cursor"]})).status_code == 404
