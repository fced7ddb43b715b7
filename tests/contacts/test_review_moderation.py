"""Staff's list of a provider's reviews for moderation: hidden ones too, newest first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.models.contact import ContactRequest, Review
from kring.models.provider import ProviderProfile
from kring.providers.service import erase_profiles
from tests.members.helpers import person
from tests.search.helpers import Provider, add_provider

UNKNOWN = "0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e0f"


async def _reviews(session: AsyncSession, profile: ProviderProfile, count: int) -> list[Review]:
    """`count` reviews, a day apart, the newest last."""
    start = datetime.now(UTC) - timedelta(days=count)
    made = []
    for n in range(count):
        request = ContactRequest(
            profile_id=profile.id,
            name="Jan Janssen",
            email=f"jan{n}@example.org",
            phone="+31301234567",
            location="Utrecht",
            for_whom="self",
            message="Hallo",
            language="nl",
            created_at=start + timedelta(days=n),
            deadline_at=start + timedelta(days=n + 2),
            status="handled",
            answered_at=start + timedelta(days=n),
            handled_at=start + timedelta(days=n),
        )
        session.add(request)
        await session.flush()
        review = Review(
            contact_request_id=request.id,
            profile_id=profile.id,
            stars=1 + n % 5,
            text=f"Review {n}",
            author_name="Jan",
            created_at=start + timedelta(days=n, hours=1),
        )
        session.add(review)
        made.append(review)
    await session.commit()
    return made


async def test_staff_list_a_providers_reviews_hidden_ones_too_newest_first(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    bert = await add_provider(session, Provider("bert@example.org", "Bert"))
    sara = await add_provider(session, Provider("sara@example.org", "Sara"))
    reviews = await _reviews(session, bert, 3)
    [theirs] = await _reviews(session, sara, 1)
    verifier = await person(
        app, session, settings, "vic@kring.example", "Vic", staff_role="verifier"
    )
    url = f"/api/v1/admin/providers/{bert.id}/reviews"

    hidden = await verifier.call(
        "POST", f"/api/v1/admin/reviews/{reviews[1].id}/hiding", {"reason": "Scheldwoorden."}
    )
    assert hidden.status_code == 200
    answer = await verifier.call("GET", url)
    assert answer.status_code == 200, answer.json()
    items = answer.json()["items"]
    assert [r["id"] for r in items] == [str(r.id) for r in reversed(reviews)]
    assert str(theirs.id) not in {r["id"] for r in items}
    [shown_hidden] = [r for r in items if r["hidden"]]
    assert shown_hidden["id"] == str(reviews[1].id)
    assert shown_hidden["hidden_reason"] == "Scheldwoorden."
    assert shown_hidden["hidden_at"] is not None
    assert {(r["hidden_reason"], r["hidden_at"]) for r in items if not r["hidden"]} == {
        (None, None)
    }
    # The public sees two of the three.
    public = await verifier.client.get(f"/api/v1/providers/{bert.id}/reviews")
    assert len(public.json()["items"]) == 2

    # Shown again: listed as visible.
    assert (
        await verifier.call("DELETE", f"/api/v1/admin/reviews/{reviews[1].id}/hiding")
    ).status_code == 200
    again = (await verifier.call("GET", url)).json()["items"]
    assert [r["hidden"] for r in again] == [False, False, False]

    # Pages by a cursor, each review once; another list's cursor is refused, naming it.
    paged: list[str] = []
    cursor = None
    while True:
        page = (
            await verifier.call("GET", url + "?limit=2" + (f"&cursor={cursor}" if cursor else ""))
        ).json()
        assert len(page["items"]) <= 2
        paged += [r["id"] for r in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert paged == [r["id"] for r in items]
    other_list = await verifier.client.get(f"/api/v1/providers/{bert.id}/reviews?limit=1")
    bad = await verifier.call("GET", f"{url}?cursor={other_list.json()['next_cursor']}")
    assert bad.status_code == 422
    assert bad.json()["errors"][0]["field"] == "cursor"


async def test_an_unknown_or_erased_provider_is_not_found_and_others_are_refused(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    bert = await add_provider(session, Provider("bert@example.org", "Bert"))
    await _reviews(session, bert, 1)
    staff = await person(app, session, settings, "bea@kring.example", "Bea", staff_role="branch")
    assert (
        await staff.call("GET", f"/api/v1/admin/providers/{UNKNOWN}/reviews")
    ).status_code == 404
    # A review's id is not a provider's.
    sara = await add_provider(session, Provider("sara@example.org", "Sara"))
    [review] = await _reviews(session, sara, 1)
    assert (
        await staff.call("GET", f"/api/v1/admin/providers/{review.id}/reviews")
    ).status_code == 404
    assert await erase_profiles(session, [bert.user_id], now=datetime.now(UTC), by="staff") == 1
    await session.commit()
    assert (
        await staff.call("GET", f"/api/v1/admin/providers/{bert.id}/reviews")
    ).status_code == 404

    # The provider themselves and people who are not staff: refused (not staff's list).
    partner = await person(app, session, settings, "paula@example.org", "Paula")
    url = f"/api/v1/admin/providers/{sara.id}/reviews"
    assert (await partner.call("GET", url)).status_code == 403
    assert (await staff.call("GET", url)).status_code == 200
