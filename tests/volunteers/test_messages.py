"""Writing to volunteers: a private message in the organisation's conversation with each (the
resident sees it in their inbox with the organisation named and answers there), or an e-mail
by Kring in the organisation's name; no address of anyone reaches the other side; a block
either way skips the resident; ten sends an hour; audited with the count, never the text."""

from __future__ import annotations

import json
from email.utils import parseaddr
from typing import Any

from sqlalchemy import select

from kring.kit import mail
from kring.models.audit import AuditEvent
from kring.models.neighbour_message import Conversation
from tests.accounts.helpers import queued_mails
from tests.neighbourhoods.helpers import World
from tests.volunteers.helpers import HOUSE_NUMBER, STREET, Town, town, walk_for_addresses

CONVERSATIONS = "/api/v1/conversations"


def message(t: Town, *keys: str, **extra: Any) -> dict[str, Any]:
    return {
        "resident_ids": [t.residents[k] for k in keys],
        "channel": "message",
        "text": "Wie helpt op 12 maart met koken?",
        **extra,
    }


async def inbox(t: Town, key: str) -> list[dict[str, Any]]:
    answer = await t.people[key].call("GET", CONVERSATIONS)
    assert answer.status_code == 200, answer.json()
    items: list[dict[str, Any]] = answer.json()["items"]
    return items


def secrets(t: Town) -> list[str]:
    return [STREET, HOUSE_NUMBER, "3581", "3582", "3701", "@"] + [
        p.user.email for p in (*t.people.values(), t.gina)
    ]


async def test_a_message_lands_in_the_inbox_with_the_organisation_named(w: World) -> None:
    t = await town(w)
    answer = await t.write(message(t, "anna", "carla"))
    assert answer.status_code == 200, answer.json()
    assert answer.json() == {"sent": 2, "skipped_blocked": 0}
    walk_for_addresses(answer.json(), secrets(t))
    (conversation,) = await inbox(t, "anna")
    assert conversation["organisation_name"] == "Gemeente Utrecht"
    assert conversation["other_name"].startswith("Gina")
    assert conversation["other_name"].endswith("(Gemeente Utrecht)")
    assert conversation["last_message_excerpt"] == "Wie helpt op 12 maart met koken?"
    assert conversation["unread_count"] == 1
    walk_for_addresses(conversation, secrets(t))
    assert len(await inbox(t, "carla")) == 1
    assert await inbox(t, "bert") == []
    # A second send reuses the organisation's conversation with Anna.
    assert (await t.write(message(t, "anna"))).json() == {"sent": 1, "skipped_blocked": 0}
    (again,) = await inbox(t, "anna")
    assert again["id"] == conversation["id"]
    assert again["unread_count"] == 2
    # The member sees it among their conversations, the volunteer by name.
    mine = (await t.gina.call("GET", CONVERSATIONS)).json()["items"]
    assert {c["other_name"] for c in mine} == {"Anna B.", "Carla Z."}
    walk_for_addresses(mine, secrets(t))


async def test_the_volunteer_answers_in_kring_and_the_member_too(w: World) -> None:
    t = await town(w)
    await t.write(message(t, "anna"))
    (conversation,) = await inbox(t, "anna")
    path = f"{CONVERSATIONS}/{conversation['id']}/messages"
    answer = await t.people["anna"].call("POST", path, {"body": "Ik help graag!"})
    assert answer.status_code == 201, answer.json()
    walk_for_addresses(answer.json(), secrets(t))
    answer = await t.gina.call("POST", path, {"body": "Dank je, Anna."})
    assert answer.status_code == 201, answer.json()
    assert [m["body"] for m in answer.json()["messages"]] == [
        "Dank je, Anna.",
        "Ik help graag!",
        "Wie helpt op 12 maart met koken?",
    ]
    # Once she no longer volunteers for it (she moved to Aalst), the conversation stays
    # readable but nobody writes in it.
    moved = await t.people["anna"].call(
        "PUT",
        "/api/v1/me/neighbourhood",
        {
            "country": "BE",
            "street": STREET,
            "house_number": HOUSE_NUMBER,
            "postcode": "9300",
            "city": "Aalst",
        },
    )
    assert moved.status_code == 200, moved.json()
    assert (await t.gina.call("POST", path, {"body": "Nog daar?"})).status_code == 403
    assert (
        await t.people["anna"].call("GET", f"{CONVERSATIONS}/{conversation['id']}")
    ).status_code == 200


async def test_only_volunteers_on_the_list_can_be_written_to(w: World) -> None:
    t = await town(w)
    # Dirk does not volunteer, Eva is suspended, Frits lives in Aalst: named by their index.
    for key in ("dirk", "eva", "frits"):
        answer = await t.write(message(t, "anna", key))
        assert answer.status_code == 422, key
        assert answer.json()["errors"][0]["field"] == "resident_ids.1"
    answer = await t.write(message(t, "anna", "anna"))
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["field"] == "resident_ids"
    assert (await t.write(message(t))).status_code == 422
    too_many = message(t, "anna")
    too_many["resident_ids"] = [t.residents["anna"]] * 201
    assert (await t.write(too_many)).status_code == 422
    for body, field in (
        ({**message(t, "anna"), "channel": "email"}, "subject"),
        (message(t, "anna", subject="Hallo"), "subject"),
        (message(t, "anna", text=""), "text"),
        (message(t, "anna", text="x" * 2001), "text"),
        (message(t, "anna", text="nul\x00"), "text"),
        ({**message(t, "anna"), "channel": "sms"}, "channel"),
    ):
        answer = await t.write(body)
        assert answer.status_code == 422, body
        assert answer.json()["errors"][0]["field"] == field, answer.json()
    # Nothing was sent.
    assert await inbox(t, "anna") == []


async def test_an_email_by_kring_in_the_organisations_name(w: World) -> None:
    t = await t_with_languages(w)
    answer = await t.write(message(t, "anna", "carla", channel="email", subject="Buurtmaaltijd"))
    assert answer.status_code == 200, answer.json()
    assert answer.json() == {"sent": 2, "skipped_blocked": 0}
    (anna_mail,) = await queued_mails(w.session, t.people["anna"].user.email)
    (carla_mail,) = await queued_mails(w.session, t.people["carla"].user.email)
    assert anna_mail["template"] == "volunteer_message"
    assert anna_mail["sender_name"] == "Gemeente Utrecht"
    assert anna_mail["language"] == "nl"
    assert carla_mail["language"] == "fr"
    (conversation,) = await inbox(t, "anna")
    context = anna_mail["context"]
    assert isinstance(context, dict)
    assert context["link"].endswith(f"/partner/berichten/{conversation['id']}")
    assert context["text"] == "Wie helpt op 12 maart met koken?"
    # The resident's own address only as the recipient; nobody else's anywhere.
    rest = json.dumps({k: v for k, v in anna_mail.items() if k != "to"})
    assert "reply_to" not in rest.lower()
    for secret in [STREET, HOUSE_NUMBER + ",", "@", t.gina.user.email]:
        assert secret not in rest, secret
    for language in ("nl", "fr", "en"):
        rendered = mail.render("volunteer_message", language, context)
        for secret in (t.gina.user.email, t.people["anna"].user.email, STREET):
            assert secret not in rendered.text
            assert secret not in rendered.html
    built = mail.build_message(
        w.settings, t.people["anna"].user.email, rendered, sender_name="Gemeente Utrecht"
    )
    name, address = parseaddr(str(built["From"]))
    assert name == "Gemeente Utrecht via Kring"
    assert address == parseaddr(w.settings.mail_from)[1]
    assert built["Reply-To"] is None


async def t_with_languages(w: World) -> Town:
    t = await town(w)
    t.people["carla"].user.language = "fr"
    await w.session.commit()
    return t


async def test_a_block_either_way_skips_the_resident(w: World) -> None:
    t = await town(w)
    await t.write(message(t, "anna", "bert"))
    blocked = await t.people["anna"].call("PUT", f"/api/v1/me/blocks/{t.gina.user.id}")
    assert blocked.status_code == 200, blocked.json()
    answer = await t.write(message(t, "anna", "bert", channel="email", subject="Nog eens"))
    assert answer.json() == {"sent": 1, "skipped_blocked": 1}
    assert await queued_mails(w.session, t.people["anna"].user.email) == []
    assert len(await queued_mails(w.session, t.people["bert"].user.email)) == 1
    (conversation,) = await inbox(t, "anna")
    assert conversation["unread_count"] == 1
    # She cannot be written to in the conversation either.
    path = f"{CONVERSATIONS}/{conversation['id']}/messages"
    assert (await t.gina.call("POST", path, {"body": "Hallo?"})).status_code == 403


async def test_ten_sends_an_hour(w: World) -> None:
    t = await town(w)
    for _ in range(10):
        assert (await t.write(message(t, "anna"))).status_code == 200
    refused = await t.write(message(t, "anna"))
    assert refused.status_code == 429
    assert int(refused.headers["Retry-After"]) > 0


async def test_audited_with_the_count_never_the_text(w: World) -> None:
    t = await town(w)
    await t.write(message(t, "anna", "bert", "carla"))
    (event,) = await w.session.scalars(
        select(AuditEvent).where(AuditEvent.action == "volunteers.written")
    )
    assert event.organisation_id == t.utrecht.id
    assert event.details == {"channel": "message", "sent": 3, "skipped_blocked": 0}
    assert "koken" not in json.dumps(event.details)
    organisations = set(
        await w.session.scalars(
            select(Conversation.organisation_id).where(Conversation.organisation_id.is_not(None))
        )
    )
    assert organisations == {t.utrecht.id}


async def test_another_organisations_member_finds_nothing(w: World) -> None:
    t = await town(w)
    _, other = await w.service_organisation(
        "Gemeente Zeist", "zeist", member_email="zeist@gemeente.example"
    )
    answer = await t.write(message(t, "carla"), who=other)
    assert answer.status_code == 404
    assert await inbox(t, "carla") == []
