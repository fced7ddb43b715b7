"""PostgreSQL stops while the API serves: readiness says so within a second, requests get a
503 problem (never a 500 or a hang), and the same API process recovers once it is back."""

from __future__ import annotations

import time

import httpx
import pytest

from tests.faults.stack import Stack, log_in, wait_for
from tests.faults.traffic import PROBLEM, Traffic

pytestmark = pytest.mark.faults

CONTACT = {
    "name": "Jan Janssen",
    "email": "jan.faults@example.org",
    "phone": "06 12345678",
    "location": "3511 AX Utrecht",
    "for_whom": "self",
    "message": "Kunt u volgende week een lamp ophangen?",
}


def assert_unavailable(response: httpx.Response, seconds: float) -> None:
    assert response.status_code == 503, (response.request.url, response.text)
    assert response.headers["content-type"].startswith(PROBLEM)
    assert response.json()["type"] == "https://kring.nl/problems/service-unavailable"
    assert int(response.headers["retry-after"]) > 0
    assert seconds < 6, f"{response.request.url} took {seconds:.1f} s"


def timed(call: object, *args: object, **kwargs: object) -> tuple[httpx.Response, float]:
    started = time.monotonic()
    response = call(*args, **kwargs)  # type: ignore[operator]
    return response, time.monotonic() - started


def test_postgresql_down_is_503_and_the_api_recovers_without_a_restart(
    processes: Stack,
) -> None:
    stack = processes
    api, base = stack.serve()
    public = httpx.Client(base_url=base, timeout=15, headers={"Origin": base})
    provider = log_in(base, "provider@kring.demo")
    found = public.get("/api/v1/providers/search", params={"q": "klussen"}).json()
    profile_id = found["items"][0]["id"]
    assert provider.get("/api/v1/me").status_code == 200

    paths = ["/api/v1/providers/search?q=kapper", f"/api/v1/providers/{profile_id}"]
    with Traffic(base, paths) as traffic:
        time.sleep(0.5)
        stack.stop_postgres()
        try:
            ready, seconds = timed(public.get, "/api/v1/ready", headers={"Accept-Language": "en"})
            assert ready.status_code == 503
            assert seconds < 1.0, f"/ready took {seconds:.2f} s"
            assert ready.json()["detail"] == "Not ready: database not reachable."
            assert public.get("/api/v1/health").status_code == 200  # alive, not ready

            for response, took in (
                timed(public.get, "/api/v1/providers/search", params={"q": "klussen"}),
                timed(public.get, f"/api/v1/providers/{profile_id}"),
                timed(provider.get, "/api/v1/me"),
                timed(provider.get, "/api/v1/provider/contact-requests"),
                timed(
                    public.post, f"/api/v1/providers/{profile_id}/contact-requests", json=CONTACT
                ),
            ):
                assert_unavailable(response, took)
            dutch = public.get("/api/v1/providers/search", headers={"Accept-Language": "nl"})
            assert dutch.json()["detail"] == (
                "Kring kan zijn database nu niet bereiken. Probeer het zo opnieuw."
            )
            time.sleep(1)
        finally:
            stack.start_postgres()

        def ready_again() -> bool:
            return public.get("/api/v1/ready").status_code == 200

        wait_for(ready_again, 20, "/ready to answer 200 again")
        time.sleep(0.5)

    assert api.alive()  # the same process: no restart was needed
    assert public.get("/api/v1/providers/search", params={"q": "klussen"}).status_code == 200
    assert provider.get("/api/v1/me").status_code == 200  # the session survived
    sent = public.post(f"/api/v1/providers/{profile_id}/contact-requests", json=CONTACT)
    assert sent.status_code == 201, sent.text

    # Throughout: only 200s and 503 problems, none slow, and the outage was really seen.
    assert traffic.statuses() == {200, 503}, (traffic.unexpected({200, 503}), api.output())
    assert traffic.problems_are_problem_json()
    assert traffic.slowest() < 6, traffic.slowest()
    assert "Traceback" not in api.output()
