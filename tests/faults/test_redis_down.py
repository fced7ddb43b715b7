"""Redis stops: requests that do not need it keep working, mails wait in the outbox and go out
once it is back, and the rate-limited doors (log-in, sign-up, reset, contact requests) answer a
503 problem instead of opening without their limits."""

from __future__ import annotations

import time
import uuid

import httpx
import pytest

from kring.kit.mail_sink import list_mail
from tests.faults.stack import DEMO_PASSWORD, Stack, log_in, wait_for
from tests.faults.test_postgres_down import CONTACT, assert_unavailable, timed

pytestmark = pytest.mark.faults


def test_without_redis_reads_work_mails_wait_and_limited_doors_are_closed(
    processes: Stack,
) -> None:
    stack = processes
    _api, base = stack.serve()
    worker = stack.worker()
    public = httpx.Client(base_url=base, timeout=15, headers={"Origin": base})
    provider = log_in(base, "provider@kring.demo")
    [(profile_id,)] = stack.sql(
        "SELECT p.id::text FROM provider_profile p JOIN user_account u ON u.id = p.user_id"
        " WHERE u.email = 'provider@kring.demo'"
    )
    run = uuid.uuid4().hex[:8]
    customers = [f"redis-{run}-{n}@example.org" for n in range(2)]
    for customer in customers:
        sent = public.post(
            f"/api/v1/providers/{profile_id}/contact-requests", json={**CONTACT, "email": customer}
        )
        assert sent.status_code == 201, sent.text

    def mails_to(address: str) -> list[str]:
        return [m.subject for m in list_mail(stack.mailbox, limit=10_000) if m.to == address]

    wait_for(lambda: all(mails_to(c) for c in customers), 60, "the confirmations")
    inbox = provider.get("/api/v1/provider/contact-requests", params={"limit": 100}).json()
    request_ids = [r["id"] for r in inbox["items"] if r["email"] in customers]
    assert len(request_ids) == 2

    stack.stop_redis()
    try:
        ready = public.get("/api/v1/ready", headers={"Accept-Language": "en"})
        assert ready.status_code == 503
        assert ready.json()["detail"] == "Not ready: redis not reachable."
        # What does not need Redis still works: search, a public profile, me, the inbox.
        assert public.get("/api/v1/providers/search", params={"q": "klussen"}).status_code == 200
        assert public.get(f"/api/v1/providers/{profile_id}").status_code == 200
        assert provider.get("/api/v1/me").status_code == 200
        assert provider.get("/api/v1/provider/contact-requests").status_code == 200
        # A change that mails (a review invitation) is stored; its mail waits in the outbox.
        for request_id in request_ids:
            handled, seconds = timed(
                provider.patch,
                f"/api/v1/provider/contact-requests/{request_id}",
                json={"status": "handled"},
            )
            assert handled.status_code == 200, handled.text
            assert seconds < 5, f"handling took {seconds:.1f} s without Redis"

        # The doors with rate limits stay shut rather than open without them.
        late = f"redis-{run}-late@example.org"
        for response, took in (
            timed(
                public.post,
                "/api/v1/auth/login",
                json={"email": "provider@kring.demo", "password": DEMO_PASSWORD},
            ),
            timed(
                public.post,
                f"/api/v1/providers/{profile_id}/contact-requests",
                json={**CONTACT, "email": late},
            ),
            timed(
                public.post,
                "/api/v1/auth/signup",
                json={
                    "portal": "provider",
                    "email": late,
                    "first_name": "Laat",
                    "password": "vlinder-kaas-fiets-29",
                    "language": "nl",
                    "accept_terms": True,
                },
            ),
            timed(
                public.post,
                "/api/v1/auth/password/forgot",
                json={"email": "provider@kring.demo", "portal": "provider"},
            ),
        ):
            assert_unavailable(response, took)
        time.sleep(2)
        assert [len(mails_to(c)) for c in customers] == [1, 1]  # the confirmations only
        pending = stack.sql(
            "SELECT count(*) FROM outbox WHERE status = 'pending'"
            " AND payload->>'template' = 'review_invitation' AND payload->>'to' = ANY($1)",
            customers,
        )
        assert pending == [(2,)]
        assert stack.sql("SELECT count(*) FROM contact_request WHERE email = $1", late) == [(0,)]
    finally:
        stack.start_redis()

    # Back: the sweeper hands the waiting rows to the queue and the worker sends them, once.
    wait_for(
        lambda: all(len(mails_to(c)) == 2 for c in customers),
        150,
        "the review invitations",
        context=lambda: f"worker alive: {worker.alive()}\n{worker.output()}",
    )
    assert worker.alive(), worker.output()
    assert public.get("/api/v1/ready").status_code == 200
    again = public.post(
        "/api/v1/auth/login", json={"email": "provider@kring.demo", "password": DEMO_PASSWORD}
    )
    assert again.status_code == 200
    assert again.headers["content-type"].startswith("application/json")
    time.sleep(1)
    assert [len(mails_to(c)) for c in customers] == [2, 2]
