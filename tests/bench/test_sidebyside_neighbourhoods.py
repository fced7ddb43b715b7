"""The bare twins of the neighbourhood rows of `make bench` (issue 22) answer what Kring
answers: on the bench's own seed (small sizes), each list gives the same JSON for the same
person on both sides, with a next page where the seed makes one; and each twin refuses whom
Kring refuses (404 outside the neighbourhood or the post's, 403 for a resident on the worker's
list and for a staff role without the task, 422 for an unknown skill), so the side-by-side
figures compare the same work. The reports queue writes its audit row on both sides."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from typing import Any

import asyncpg
import pytest
from asgi_lifespan import LifespanManager
from bench.sidebyside import ENDPOINTS
from bench.sidebyside_seed import (
    ORGANISATION,
    PARTNER,
    SEED_SQL,
    SEEDED_FOR,
    SESSION_SQL,
    STAFF,
    USER_AGENT,
    dsn,
    token_hash,
)
from httpx import ASGITransport, AsyncClient

from bench import sidebyside_neighbourhoods as seed
from kring.config import DEV_SECRET_KEY
from tests.fixtures.services import ServiceAddresses

pytestmark = pytest.mark.usefixtures("committed")

# A few of everything: more than a page where the bench has more than a page.
SMALL = {
    "NEIGHBOURHOODS": 3,
    "POSTS": 300,
    "REPLIES_PER_POST": 2,
    "LIST_RESIDENTS": 150,
    "MY_POSTS": 30,
    "UNANSWERED": 25,
    "BUSY_REPLIES": 30,
    "CONVERSATIONS": 300,
    "MESSAGES": 3,
    "PARTNER_CONVERSATIONS": 25,
    "PARTNER_MESSAGES": 3,
    "REPORTS": 90,
}
OUTSIDER = "bench-neighbour-2-1@example.org"  # lives in the second neighbourhood
RESIDENT = "bench-neighbour-1-4@example.org"  # lives in the first, does not serve it
VERIFIER = "bench-verifier@example.org"  # staff, without the neighbourhood tasks
LABELS = sorted(SEEDED_FOR["neighbourhoods"])
# Lists the seed fills beyond a page (the others: the feed's first page is full too).
PAGED = {
    "neighbourhood feed",
    "helpers",
    "helpers by skill",
    "my posts",
    "unanswered",
    "post replies",
    "conversations",
    "neighbourhood reports",
}


async def _sign_in(connection: asyncpg.Connection, email: str) -> str:
    token = secrets.token_urlsafe(32)
    found = await connection.fetchval(
        SESSION_SQL, email, token_hash(token), ORGANISATION, False, USER_AGENT
    )
    assert found is not None, email
    # Kring's test server sets secure cookies (`__Host-`); the bare app reads the plain name.
    return f"__Host-kring_session={token}; kring_session={token}"


@pytest.fixture
async def world(
    services: ServiceAddresses, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[dict[str, Any]]:
    """The bench's neighbourhood seed at small sizes; sessions; the paths of the rows."""
    for name, value in SMALL.items():
        monkeypatch.setattr(seed, name, value)
    connection = await asyncpg.connect(dsn(services.database_url))
    try:
        await connection.execute(SEED_SQL[2], STAFF)
        await connection.execute(SEED_SQL[5], PARTNER)
        await connection.execute(
            "INSERT INTO user_account (id, email, first_name, last_name, language, status,"
            " password_hash, staff_role, email_verified_at) VALUES (gen_random_uuid(), $1,"
            " 'Vera', 'Verifier', 'nl', 'active', 'not-a-password', 'verifier', now())",
            VERIFIER,
        )
        await seed.seed_neighbourhoods(connection, PARTNER)
        await seed.seed_neighbourhood_lists(connection, PARTNER, STAFF)
        ids = await seed.list_ids(connection)
        neighbourhood = await seed.partner_neighbourhood(connection, PARTNER)
        cookies = {
            who: await _sign_in(connection, email)
            for who, email in (
                ("partner", PARTNER),
                ("staff", STAFF),
                ("outsider", OUTSIDER),
                ("resident", RESIDENT),
                ("verifier", VERIFIER),
            )
        }
        yield {
            "paths": {
                label: template.format(neighbourhood=neighbourhood, **ids)
                for label, template, _who in ENDPOINTS
                if label in LABELS
            },
            "who": {label: who for label, _template, who in ENDPOINTS if label in LABELS},
            "cookies": cookies,
            "connection": connection,
        }
    finally:
        await connection.close()


@pytest.fixture
async def bare(
    services: ServiceAddresses, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[AsyncClient]:
    from bench.bare import app, kit

    monkeypatch.setenv("BARE_DATABASE_URL", services.database_url)
    monkeypatch.setattr(kit, "SECRET", DEV_SECRET_KEY.encode())
    monkeypatch.setattr(kit, "IDLE_MINUTES", 60)
    async with LifespanManager(app):
        transport = ASGITransport(app=app, raise_app_exceptions=False)
        async with AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
            yield client


async def _both(
    committed_client: AsyncClient, bare: AsyncClient, path: str, cookie: str
) -> tuple[Any, Any]:
    headers = {"Cookie": cookie, "Accept-Language": "en", "User-Agent": USER_AGENT}
    return (
        await committed_client.get(path, headers=headers),
        await bare.get(path, headers=headers),
    )


def test_every_neighbourhood_row_is_checked_here() -> None:
    """A row added to the bench's neighbourhood group without a twin checked here fails."""
    assert set(LABELS) == PAGED | {"admin neighbourhoods"}


@pytest.mark.parametrize("label", LABELS)
async def test_the_twin_answers_what_kring_answers(
    label: str, world: dict[str, Any], committed_client: AsyncClient, bare: AsyncClient
) -> None:
    path, who = world["paths"][label], world["who"][label]
    kring, twin = await _both(committed_client, bare, path, world["cookies"][who])
    assert kring.status_code == 200, kring.text
    assert twin.status_code == 200, twin.text
    assert twin.json() == kring.json()
    body = kring.json()
    if label == "admin neighbourhoods":
        assert len(body) == SMALL["NEIGHBOURHOODS"]
        assert all(n["postcode_areas"] and n["places"] for n in body)
    else:
        assert len(body["items"]) == 20
        assert (body["next_cursor"] is not None) == (label in PAGED)


async def test_both_audit_the_reports_queue(
    world: dict[str, Any], committed_client: AsyncClient, bare: AsyncClient
) -> None:
    connection = world["connection"]
    count = (
        "SELECT count(*) FROM audit_event WHERE action = 'neighbourhood_report.listed'"
        " AND details->>'view' = 'open' AND jsonb_array_length(details->'reports') = 20"
    )
    before = await connection.fetchval(count)
    cookie = world["cookies"]["staff"]
    await committed_client.get(world["paths"]["neighbourhood reports"], headers={"Cookie": cookie})
    assert await connection.fetchval(count) == before + 1
    await bare.get(world["paths"]["neighbourhood reports"], headers={"Cookie": cookie})
    assert await connection.fetchval(count) == before + 2


@pytest.mark.parametrize(
    ("label", "who", "status"),
    [
        ("helpers", "outsider", 404),
        ("helpers by skill", "outsider", 404),
        ("unanswered", "outsider", 404),
        ("neighbourhood feed", "outsider", 404),
        ("post replies", "outsider", 404),
        ("unanswered", "resident", 403),
        ("admin neighbourhoods", "verifier", 403),
        ("neighbourhood reports", "verifier", 403),
        ("admin neighbourhoods", "partner", 403),
        ("neighbourhood reports", "partner", 403),
    ],
)
async def test_the_twin_refuses_whom_kring_refuses(
    label: str,
    who: str,
    status: int,
    world: dict[str, Any],
    committed_client: AsyncClient,
    bare: AsyncClient,
) -> None:
    kring, twin = await _both(committed_client, bare, world["paths"][label], world["cookies"][who])
    assert (kring.status_code, twin.status_code) == (status, status)


async def test_the_resident_reads_what_the_worker_reads_but_the_worker_s_list(
    world: dict[str, Any], committed_client: AsyncClient, bare: AsyncClient
) -> None:
    """Another resident of the same neighbourhood: the same answers on both sides, measured
    from their own home (the helpers) and without the partner's conversations."""
    cookie = world["cookies"]["resident"]
    for label in ("helpers", "helpers by skill", "post replies", "conversations", "my posts"):
        kring, twin = await _both(committed_client, bare, world["paths"][label], cookie)
        assert kring.status_code == twin.status_code == 200, (label, kring.text, twin.text)
        assert twin.json() == kring.json(), label


async def test_an_unknown_skill_is_refused_on_both_sides(
    world: dict[str, Any], committed_client: AsyncClient, bare: AsyncClient
) -> None:
    path = world["paths"]["helpers"] + "?skill=no-such-skill"
    kring, twin = await _both(committed_client, bare, path, world["cookies"]["partner"])
    assert (kring.status_code, twin.status_code) == (422, 422)
