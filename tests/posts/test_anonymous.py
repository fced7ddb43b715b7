"""An anonymous post on behalf: no response that contains it names anyone. Every field of the
feed, the post, my posts, the worker's list and the create answer is walked: no id, name or
e-mail address of the worker (or anyone else behind the post) appears, in any language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

from kring.kit.clock import SYSTEM_CLOCK
from tests.posts.helpers import World


def _leaves(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _leaves(item, f"{path}[{index}]")
    else:
        yield path, str(value).lower()


def _assert_names_no_one(found: Any, secrets: list[str]) -> None:
    for path, value in _leaves(found):
        for secret in secrets:
            assert secret.lower() not in value, f"{secret} at {path}"


def _find(items: list[dict[str, Any]], post_id: str) -> dict[str, Any]:
    (item,) = [i for i in items if i["id"] == post_id]
    return item


async def test_an_anonymous_post_never_reveals_the_person(w: World) -> None:
    worker = w.wendy.user
    secrets = [str(worker.id), worker.email, "Wendy", "Zwaneveld", "Z."]
    created = await w.wendy.call(
        "POST",
        w.feed_url(),
        {
            "kind": "help_request",
            "title": "Boodschappen voor een buurvrouw",
            "body": "Een oudere buurvrouw zoekt iemand die wekelijks boodschappen doet.",
            "on_behalf": True,
            "anonymous": True,
        },
    )
    assert created.status_code == 201, created.json()
    post = created.json()
    post_id = post["id"]
    assert post["author"] == {"label": "een buur, via de buurtwerker", "user_id": None}
    _assert_names_no_one(post, secrets)
    # The worker answers a reply in the thread: as the post, not by name.
    await w.reply(w.ben, post_id, "Ik kan op dinsdag.")
    answered = await w.reply(w.wendy, post_id, "Dank je, ze belt je.")
    assert answered.json()["replies"][1]["author"]["user_id"] is None
    _assert_names_no_one(answered.json(), secrets)

    responses: list[Any] = [answered.json()]
    for language in ("nl", "fr", "en"):
        headers = {"Accept-Language": language}
        feed = await w.ben.client.get(w.feed_url(), headers=headers)
        responses.append(_find(feed.json()["items"], post_id))
        responses.append(
            (await w.ben.client.get(f"/api/v1/posts/{post_id}", headers=headers)).json()
        )
        replies = await w.ben.client.get(f"/api/v1/posts/{post_id}/replies", headers=headers)
        responses.append(replies.json())
    english = await w.ben.client.get(w.feed_url(), headers={"Accept-Language": "en"})
    assert _find(english.json()["items"], post_id)["author"]["label"] == (
        "a neighbour, via the neighbourhood worker"
    )
    # What the worker reads too: it names no one either (the response is the post's).
    responses.append(
        _find((await w.wendy.call("GET", "/api/v1/me/posts")).json()["items"], post_id)
    )
    responses.append((await w.wendy.call("GET", f"/api/v1/posts/{post_id}")).json())

    # The worker's list, once nobody has answered another anonymous request for 48 hours.
    other = await w.post(w.wendy, on_behalf=True, anonymous=True, title="Hulp bij de tuin")
    w.at(SYSTEM_CLOCK.now() + timedelta(hours=49))
    unanswered = await w.wendy.call("GET", f"/api/v1/neighbourhoods/{w.wittevrouwen.id}/unanswered")
    responses.append(_find(unanswered.json()["items"], other["id"]))
    _assert_names_no_one(other, secrets)

    for response in responses:
        _assert_names_no_one(response, secrets)
