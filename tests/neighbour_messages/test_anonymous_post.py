"""Writing about an anonymous post reaches the neighbourhood worker who posted it, and nothing
the neighbour receives names them: every field of every response is checked."""

from __future__ import annotations

import json
from typing import Any

from httpx import Response

from tests.neighbour_messages.helpers import CONVERSATIONS, REPORTS, World


def _tells_nothing_of_the_worker(w: World, answer: Response | Any) -> None:
    text = json.dumps(answer.json() if isinstance(answer, Response) else answer)
    for secret in (str(w.wim.user.id), "Wim", "Bakker", "wim@", "buurtwerk.example"):
        assert secret not in text, (secret, text)


async def test_the_neighbour_never_learns_who_the_worker_is(w: World) -> None:
    started = await w.start(w.anna, "Ik doe ze graag.", post_id=w.anonymous_post.id)
    assert started.status_code == 201
    _tells_nothing_of_the_worker(w, started)
    view = started.json()
    assert view["other_user_id"] is None
    assert view["other_name"] == "de buurtwerker"
    assert view["other_is_neighbourhood_worker"] is True
    conversation = view["id"]
    # The worker sees who wrote, and answers.
    [theirs] = await w.inbox(w.wim)
    assert (theirs["other_name"], theirs["other_user_id"]) == ("Anna V.", str(w.anna.user.id))
    assert theirs["other_is_neighbourhood_worker"] is False
    answered = await w.write(w.wim, conversation, "Fijn! Ze woont op nummer 12.")
    assert answered.status_code == 201
    english = {"Accept-Language": "en"}
    for method, url in (
        ("GET", CONVERSATIONS),
        ("GET", f"{CONVERSATIONS}/unread"),
        ("GET", f"{CONVERSATIONS}/{conversation}"),
        ("POST", f"{CONVERSATIONS}/{conversation}/read"),
        ("GET", "/api/v1/me/blocks"),
    ):
        _tells_nothing_of_the_worker(w, await w.anna.call(method, url))
    read = await w.anna.client.get(f"{CONVERSATIONS}/{conversation}", headers=english)
    assert read.json()["other_name"] == "the neighbourhood worker"
    assert [m["mine"] for m in read.json()["messages"]] == [False, True]
    written = await w.write(w.anna, conversation, "Tot zaterdag!")
    assert written.status_code == 201
    _tells_nothing_of_the_worker(w, written)
    # Reporting the worker's message tells nothing either (staff see who it was).
    message = read.json()["messages"][0]["id"]
    report = await w.anna.call(
        "POST", REPORTS, {"subject_type": "message", "subject_id": message, "reason": "Raar"}
    )
    assert report.status_code == 201
    _tells_nothing_of_the_worker(w, report)
    queued = await w.admin.call("GET", "/api/v1/admin/neighbourhood-reports")
    [item] = queued.json()["items"]
    assert (item["reported_user_id"], item["reported_name"]) == (str(w.wim.user.id), "Wim Bakker")
