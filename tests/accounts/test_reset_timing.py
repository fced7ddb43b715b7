"""The time a forgotten-password request takes does not tell whether the address has an account.

Not a speed test: it compares the two paths' timings with each other, interleaved, so the
machine's load affects both alike. Before the fix the unknown path hashed a password and took
about 2.5 times as long as the known one.
"""

from __future__ import annotations

import statistics
import time

import pytest
from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.models.outbox import OutboxMessage
from tests.accounts.helpers import make_user

ROUNDS = 24


async def _timed(client: AsyncClient, email: str) -> float:
    started = time.perf_counter()
    answer = await client.post("/api/v1/auth/password/forgot", json={"email": email})
    elapsed = time.perf_counter() - started
    assert answer.status_code == 202, answer.text
    return elapsed


async def test_known_and_unknown_addresses_take_the_same_time(
    client: AsyncClient, session: AsyncSession, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One client address sends all of them; the per-address limit is not what is measured here.
    monkeypatch.setattr(settings, "email_requests_per_ip_per_hour", 10 * ROUNDS)
    known = [f"known{i}@example.org" for i in range(ROUNDS)]
    for email in known:
        await make_user(session, email)
    for warm_up in range(3):
        await _timed(client, f"warm{warm_up}@example.org")

    known_times: list[float] = []
    unknown_times: list[float] = []
    for i, email in enumerate(known):
        # Interleaved, alternating which goes first, so drift hits both sides alike.
        pair = [(known_times, email), (unknown_times, f"unknown{i}@example.org")]
        for times, address in pair if i % 2 == 0 else reversed(pair):
            times.append(await _timed(client, address))

    known_median = statistics.median(known_times)
    unknown_median = statistics.median(unknown_times)
    # Each pair's difference, normalised: a systematic gap shows up as a median far from 0.
    relative_gaps = [(u - k) / max(u, k) for k, u in zip(known_times, unknown_times, strict=True)]
    assert abs(statistics.median(relative_gaps)) < 0.25, (known_median, unknown_median)
    assert abs(known_median - unknown_median) < 0.3 * max(known_median, unknown_median), (
        known_median,
        unknown_median,
    )
    # Both paths did the same work: one queued lookup each, no mail written in the request.
    queued = await session.scalar(
        select(func.count()).select_from(OutboxMessage).where(OutboxMessage.task != "mail.send")
    )
    assert queued == 2 * ROUNDS + 3
