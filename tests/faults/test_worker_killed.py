"""The worker is killed with SIGKILL at random moments while it delivers 50 mails: after
restarts, every mail is at the SMTP sink exactly once.

The sink pauses between keeping a message and answering `250`, so a kill in that pause leaves
a mail delivered that the outbox does not know about: the case that can cause a duplicate. The
test makes sure that case happened (the sink saw a repeat) and that the mailbox still holds
each mail once, recognised by its Message-ID, which the outbox derives from the row.
"""

from __future__ import annotations

import random
import time
import uuid
from collections import Counter

import httpx
import pytest

from kring.kit.mail_sink import list_mail
from tests.faults.conftest import SlowSink
from tests.faults.stack import Stack, wait_for
from tests.faults.test_postgres_down import CONTACT

pytestmark = pytest.mark.faults

MAILS = 50  # two per contact request: the customer's confirmation and the provider's notice
KILLS = 3


def test_killing_the_worker_mid_delivery_loses_and_doubles_no_mail(
    processes: Stack, sink: SlowSink
) -> None:
    stack = processes
    # The load's own server may take more contact requests from one address than production.
    _api, base = stack.serve(KRING_CONTACT_REQUESTS_PER_IP_PER_HOUR="1000")
    [(profile_id,)] = stack.sql(
        "SELECT p.id::text FROM provider_profile p JOIN user_account u ON u.id = p.user_id"
        " WHERE u.email = 'provider@kring.demo'"
    )
    run = uuid.uuid4().hex[:8]
    customers = [f"killed-{run}-{n}@example.org" for n in range(MAILS // 2)]
    with httpx.Client(base_url=base, timeout=15, headers={"Origin": base}) as public:
        for customer in customers:
            sent = public.post(
                f"/api/v1/providers/{profile_id}/contact-requests",
                json={**CONTACT, "email": customer},
            )
            assert sent.status_code == 201, sent.text
    rows = stack.sql(
        "SELECT id::text FROM outbox WHERE payload->>'to' = ANY($1) UNION ALL"
        " SELECT o.id::text FROM outbox o JOIN contact_request c"
        "  ON o.payload->'context'->>'link' LIKE '%/provider/requests/' || c.id::text"
        " WHERE c.email = ANY($1)",
        customers,
    )
    row_ids = {row_id for (row_id,) in rows}
    assert len(row_ids) == MAILS

    seen_before, repeats_before = sink.received, sink.duplicates
    sink.pause = 0.3
    chance = random.Random()
    for kill in range(KILLS):
        worker = stack.worker()
        if kill % 2 == 0:
            # Right inside the window: the sink has kept a mail and not yet said so.
            # (Up to two minutes: rows held by a killed worker come back after their lease
            # and the sweeper's next round.)
            wait_for(
                lambda w=worker: sink.unanswered > 0 or not w.alive(),
                200,
                "a delivery in progress",
                context=worker.output,
            )
        else:
            # Any moment: starting up, claiming, sending, committing.
            wait_for(lambda w=worker: sink.received > seen_before or not w.alive(), 120, "work")
            time.sleep(chance.uniform(0.0, 1.5))
        assert worker.alive(), worker.output()
        worker.kill9()

    sink.pause = 0.05
    survivor = stack.worker()

    def all_done() -> bool:
        [(done,)] = stack.sql(
            "SELECT count(*) FROM outbox WHERE id::text = ANY($1) AND status = 'done'",
            list(row_ids),
        )
        return bool(done == MAILS)

    # Rows whose worker died are released by the sweeper once their claim's lease is over.
    def stuck() -> str:
        rows = stack.sql(
            "SELECT id, status, attempts, claimed_until, enqueued_at, last_error, now() FROM outbox"
            " WHERE id::text = ANY($1) AND status <> 'done'",
            list(row_ids),
        )
        return "\n".join(map(str, rows)) + "\n" + survivor.output()

    wait_for(all_done, 240, "every outbox row to be done", interval=0.5, context=stuck)

    mails = list_mail(stack.mailbox, limit=100_000)
    # Each customer got one confirmation: none lost, none twice.
    confirmations = Counter(m.to for m in mails if m.to in set(customers))
    assert confirmations == Counter(customers), {
        c: confirmations[c] for c in customers if confirmations[c] != 1
    }
    # And every row's mail, the provider's notices included, is kept once under its Message-ID.
    kept = Counter(
        m.message_id for m in mails if m.message_id.removeprefix("<").split("@")[0] in row_ids
    )
    assert len(kept) == MAILS, f"{MAILS - len(kept)} mails never arrived"
    assert set(kept.values()) == {1}, [m for m, n in kept.items() if n > 1]
    # The crash window was hit: some mails went over SMTP twice and were recognised as repeats.
    repeats = sink.duplicates - repeats_before
    assert repeats >= 1
    assert sink.received - seen_before >= MAILS + repeats
    [(retried,)] = stack.sql(
        "SELECT count(*) FROM outbox WHERE id::text = ANY($1) AND attempts > 1", list(row_ids)
    )
    assert retried >= 1
