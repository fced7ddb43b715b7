"""Load run: simulated people using Kring at once, for minutes, through the HTTP API.

Visitors search, open profiles and send contact requests; providers log in with their
authenticator (TOTP) and read their inbox; care professionals log in the same way and list
their colleagues. Reports throughput and p50/p95/p99 per action, counts server errors (must be
0), and afterwards checks that every contact request it sent is stored once and mailed once.

    python -m bench.load [--people 200] [--minutes 10] [--target URL]

Without `--target` it starts its own embedded PostgreSQL, Redis and SMTP sink, `kring serve`
and `kring worker`, and raises the per-address rate limits on that server only (settings
`KRING_CONTACT_REQUESTS_PER_IP_PER_HOUR`, `KRING_LOGIN_ATTEMPTS_PER_IP_PER_10_MINUTES`): every
simulated person comes from 127.0.0.1, which production's limits would rightly stop. With
`--target`, point it at a dev server started with those settings raised; its database and
mailbox are found as `kring mail test` finds them (`KRING_VAR_DIR`, `KRING_DATABASE_URL`).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import email.parser
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pyotp

from bench.load_accounts import PASSWORD, LoadAccount, seed
from kring.kit.db import to_asyncpg_url

KEYWORDS = ("klussen", "kapper", "ramen", "computer", "hulp", "pedicure", "tuin", "")
PLACES = ("Utrecht", "Zeist", "De Bilt", "Nieuwegein", "Houten", "Maarssen")
UNLIMITED = "1000000"


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else 0.0


@dataclass
class Run:
    """What the people share: where to go, until when, and what happened."""

    base: str
    run_id: str
    ends_at: float
    think: tuple[float, float]
    contact_share: float
    relogin_seconds: tuple[float, float]
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    statuses: dict[str, Counter[int]] = field(default_factory=lambda: defaultdict(Counter))
    failures: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    resent: Counter[str] = field(default_factory=Counter)
    contact_emails: list[str] = field(default_factory=list)
    place_ids: list[int] = field(default_factory=list)
    profiles: list[str] = field(default_factory=list)
    last_step: dict[str, int] = field(default_factory=dict)

    def over(self) -> bool:
        return time.monotonic() >= self.ends_at

    async def think_a_moment(self) -> None:
        await asyncio.sleep(
            min(random.uniform(*self.think), max(self.ends_at - time.monotonic(), 0))
        )

    async def call(
        self, client: httpx.AsyncClient, action: str, method: str, path: str, **kw: Any
    ) -> httpx.Response | None:
        started = time.perf_counter()
        try:
            try:
                response = await client.request(method, path, **kw)
            except httpx.RemoteProtocolError:
                if method != "GET":
                    raise
                # The server closed an idle keep-alive connection just as it was reused; a
                # browser sends a GET again on a fresh one, and so does this client.
                self.resent[action] += 1
                response = await client.request(method, path, **kw)
        except httpx.HTTPError as exc:
            self.statuses[action][0] += 1  # no answer (refused, reset, timed out)
            self.failures[action][type(exc).__name__] += 1
            return None
        self.latencies[action].append(time.perf_counter() - started)
        self.statuses[action][response.status_code] += 1
        return response


def client_for(run: Run) -> httpx.AsyncClient:
    # Idle connections are dropped after 3 s, before uvicorn closes them (5 s): otherwise a
    # request sent on a connection the server is closing at that moment gets no answer.
    limits = httpx.Limits(keepalive_expiry=3.0)
    return httpx.AsyncClient(
        base_url=run.base, timeout=60, limits=limits, headers={"Origin": run.base}
    )


async def visitor(run: Run, number: int) -> None:
    """Searches, looks at a profile, and now and then asks a provider to get in touch."""
    sent = 0
    async with client_for(run) as client:
        while not run.over():
            params: dict[str, Any] = {"q": random.choice(KEYWORDS)}
            if run.place_ids and random.random() < 0.7:
                params["place_id"] = random.choice(run.place_ids)
            found = await run.call(
                client, "search", "GET", "/api/v1/providers/search", params=params
            )
            results = found.json()["items"] if found is not None and found.is_success else []
            profile_id = random.choice(results)["id"] if results else random.choice(run.profiles)
            await run.think_a_moment()
            if run.over():
                break
            await run.call(client, "public profile", "GET", f"/api/v1/providers/{profile_id}")
            await run.think_a_moment()
            if run.over() or random.random() >= run.contact_share:
                continue
            address = f"load-{run.run_id}-{number}-{sent}@example.org"
            sent += 1
            answer = await run.call(
                client,
                "contact request",
                "POST",
                f"/api/v1/providers/{profile_id}/contact-requests",
                json={
                    "name": f"Bezoeker {number}",
                    "email": address,
                    "phone": "06 12345678",
                    "location": "3511 AX Utrecht",
                    "for_whom": "self",
                    "message": "Kunt u mij bellen over een afspraak volgende week?",
                },
            )
            if answer is not None and answer.status_code == 201:
                run.contact_emails.append(address)
            await run.think_a_moment()


async def log_in(run: Run, client: httpx.AsyncClient, account: LoadAccount) -> bool:
    """Password, then a TOTP code of a step this account has not used yet (codes work once)."""
    step = int(time.time() // 30)
    if run.last_step.get(account.email, -1) >= step:
        await asyncio.sleep(30 - time.time() % 30 + 0.2)
        step = int(time.time() // 30)
    run.last_step[account.email] = step
    client.cookies.clear()
    client.headers.pop("X-CSRF-Token", None)
    answer = await run.call(
        client,
        "log-in: password",
        "POST",
        "/api/v1/auth/login",
        json={"email": account.email, "password": PASSWORD},
    )
    if answer is None or answer.status_code != 200:
        return False
    verified = await run.call(
        client,
        "log-in: TOTP code",
        "POST",
        "/api/v1/auth/mfa/verify",
        json={
            "challenge_id": answer.json()["challenge_id"],
            "method": "totp",
            "code": pyotp.TOTP(account.totp_secret).at(step * 30),
        },
    )
    if verified is None or verified.status_code != 200:
        return False
    client.headers["X-CSRF-Token"] = client.cookies.get("kring_csrf") or ""
    return True


async def signed_in_person(run: Run, account: LoadAccount) -> None:
    """A provider reads the inbox and opens requests; a member lists the colleagues."""
    async with client_for(run) as client:
        while not run.over():
            if not await log_in(run, client, account):
                await run.think_a_moment()
                continue
            leave_at = time.monotonic() + random.uniform(*run.relogin_seconds)
            while not run.over() and time.monotonic() < leave_at:
                if account.kind == "provider":
                    inbox = await run.call(
                        client,
                        "provider inbox",
                        "GET",
                        "/api/v1/provider/contact-requests",
                        params={"limit": 20},
                    )
                    requests = inbox.json()["items"] if inbox and inbox.is_success else []
                    if requests and random.random() < 0.5:
                        await run.think_a_moment()
                        chosen = random.choice(requests)["id"]
                        await run.call(
                            client,
                            "contact request (provider)",
                            "GET",
                            f"/api/v1/provider/contact-requests/{chosen}",
                        )
                else:
                    await run.call(
                        client,
                        "colleagues",
                        "GET",
                        f"/api/v1/organisations/{account.organisation_id}/members",
                    )
                await run.think_a_moment()
            if not run.over():
                await run.call(client, "log-out", "POST", "/api/v1/auth/logout")


async def prepare(run: Run) -> None:
    """Places and live profiles to visit, looked up like a visitor's browser would."""
    async with client_for(run) as client:
        for name in PLACES:
            found = (await client.get("/api/v1/places", params={"q": name})).json()
            run.place_ids += [p["id"] for p in found[:1]]
        for keyword in KEYWORDS:
            page = await client.get("/api/v1/providers/search", params={"q": keyword})
            run.profiles += [r["id"] for r in page.json()["items"]]
    if not run.profiles:
        raise RuntimeError("no live providers to visit: seed the demo and load accounts first")


async def drive(run: Run, accounts: list[LoadAccount], people: int, ramp: float) -> None:
    await prepare(run)
    signed_in = accounts[: people * 3 // 10]
    visitors = people - len(signed_in)
    tasks = []
    for index in range(people):
        # People arrive spread over the ramp, not all in the same second.
        delay = ramp * index / max(people, 1)
        if index < visitors:
            task = visitor(run, index)
        else:
            task = signed_in_person(run, signed_in[index - visitors])
        tasks.append(asyncio.create_task(_after(delay, task)))
    await asyncio.gather(*tasks)


async def _after(delay: float, work: Any) -> None:
    await asyncio.sleep(delay)
    await work


def report(run: Run, seconds: float) -> int:
    """Print the table; return the number of server errors (5xx and no answer)."""
    print(
        f"\n{'action':<28}{'requests':>9}{'req/s':>8}{'p50 ms':>9}{'p95 ms':>9}"
        f"{'p99 ms':>9}{'max ms':>9}{'5xx':>6}{'none':>6}  other statuses"
    )
    total, server_errors = 0, 0
    for action in sorted(run.statuses):
        samples, statuses = run.latencies[action], run.statuses[action]
        count = sum(statuses.values())
        errors = sum(n for s, n in statuses.items() if s >= 500)
        lost = statuses.get(0, 0)
        other = {s: n for s, n in statuses.items() if s not in (0, 200, 201, 204) and s < 500}
        total += count
        server_errors += errors + lost
        print(
            f"{action:<28}{count:>9}{count / seconds:>8.1f}"
            f"{percentile(samples, 0.5) * 1e3:>9.0f}{percentile(samples, 0.95) * 1e3:>9.0f}"
            f"{percentile(samples, 0.99) * 1e3:>9.0f}{max(samples, default=0) * 1e3:>9.0f}"
            f"{errors:>6}{lost:>6}  {other or ''}"
        )
    print(f"{'all':<28}{total:>9}{total / seconds:>8.1f}")
    for action, kinds in sorted(run.failures.items()):
        print(f"  no answer to {action}: {dict(kinds)}")
    if run.resent:
        print(f"  GETs sent again after the server closed an idle connection: {dict(run.resent)}")
    return server_errors


async def check_contacts(run: Run, database_url: str, mailbox: Path, drain: float) -> bool:
    """Every contact request sent: one row, and its two mails (confirmation, notice) once each."""
    dsn = to_asyncpg_url(database_url).replace("postgresql+asyncpg://", "postgresql://", 1)
    connection = await asyncpg.connect(dsn)
    try:
        pattern = f"load-{run.run_id}-%"
        deadline = time.monotonic() + drain
        while True:
            pending = await connection.fetchval(
                "SELECT count(*) FROM outbox WHERE status = 'pending'"
            )
            if pending == 0 or time.monotonic() > deadline:
                break
            await asyncio.sleep(1)
        stored = Counter(
            r["email"]
            for r in await connection.fetch(
                "SELECT email FROM contact_request WHERE email LIKE $1", pattern
            )
        )
        rows = await connection.fetch(
            "SELECT id::text, status FROM outbox WHERE payload->>'to' LIKE $1"
            " UNION ALL SELECT o.id::text, o.status FROM outbox o JOIN contact_request c"
            "  ON right(o.payload->'context'->>'link', 36) = c.id::text WHERE c.email LIKE $1",
            pattern,
        )
    finally:
        await connection.close()
    kept = Counter(_message_ids(mailbox))
    sent = Counter(run.contact_emails)
    row_ids = {r["id"] for r in rows}
    delivered = Counter(kept[f"<{row_id}@kring.local>"] for row_id in row_ids)
    statuses = Counter(r["status"] for r in rows)
    print(
        f"\ncontact requests answered 201: {len(run.contact_emails)}; stored: "
        f"{sum(stored.values())} ({len(stored)} addresses); outbox mails: {len(rows)} "
        f"{dict(statuses)}; at the SMTP sink: {delivered.get(1, 0)} once, "
        f"{sum(n for k, n in delivered.items() if k > 1)} more than once, "
        f"{delivered.get(0, 0)} missing"
    )
    return (
        stored == sent
        and set(stored.values()) <= {1}
        and len(rows) == 2 * len(sent)
        and statuses == Counter({"done": len(rows)})
        and set(delivered) <= {1}
    )


def _message_ids(mailbox: Path) -> Iterator[str]:
    parser = email.parser.BytesHeaderParser()
    for path in mailbox.glob("*.eml"):
        with path.open("rb") as file:
            yield str(parser.parse(file).get("Message-ID", "")).strip()


@contextlib.contextmanager
def own_server(scratch: Path, api_workers: int) -> Iterator[tuple[str, dict[str, str], Any]]:
    """Embedded servers, the sink, `kring serve` and `kring worker`, with load limits raised."""
    from kring.kit import embedded, mail_sink, migrations

    postgres = embedded.start_postgres(scratch / "pg")
    redis = embedded.start_redis(scratch / "redis")
    sink = mail_sink.start_sink(scratch / "mail")
    port = mail_sink.free_port()
    base = f"http://127.0.0.1:{port}"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("KRING_")},
        "KRING_ENV": "dev",  # plain-http cookies on 127.0.0.1
        "KRING_PUBLIC_URL": base,
        "KRING_DATABASE_URL": postgres.url,
        "KRING_REDIS_URL": redis.url,
        "KRING_SMTP_HOST": str(sink.hostname),
        "KRING_SMTP_PORT": str(sink.port),
        "KRING_VAR_DIR": str(scratch),
        "KRING_QUEUE_NAME": "kring:load",
        "KRING_LOG_LEVEL": "WARNING",
        # Every simulated person comes from 127.0.0.1: lift the per-address limits here only.
        "KRING_CONTACT_REQUESTS_PER_IP_PER_HOUR": UNLIMITED,
        "KRING_LOGIN_ATTEMPTS_PER_IP_PER_10_MINUTES": UNLIMITED,
    }
    kring = [sys.executable, "-m", "kring.cli"]
    processes: list[subprocess.Popen[bytes]] = []
    try:
        migrations.upgrade(postgres.url)
        subprocess.run([*kring, "seed-demo"], env=env, check=True, stdout=subprocess.DEVNULL)
        with (scratch / "api.log").open("wb") as log:
            serve = [*kring, "serve", "--port", str(port), "--workers", str(api_workers)]
            processes.append(subprocess.Popen(serve, env=env, stdout=log, stderr=log))
        with (scratch / "worker.log").open("wb") as log:
            processes.append(subprocess.Popen([*kring, "worker"], env=env, stdout=log, stderr=log))
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{base}/api/v1/ready", timeout=2).status_code == 200:
                    break
            time.sleep(0.3)
        else:
            raise RuntimeError("kring serve did not become ready within 60 s")
        yield base, env, sink
    finally:
        for process in processes:
            process.terminate()
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                process.kill()
        sink.stop()
        redis.stop()
        postgres.stop()


async def seed_accounts(env: dict[str, str], providers: int, members: int) -> list[LoadAccount]:
    from kring.config import Settings
    from kring.kit import db

    settings = Settings(
        **{k.removeprefix("KRING_").lower(): v for k, v in env.items() if k.startswith("KRING_")}
    )
    engine = db.create_engine(settings.resolved_database_url(), pool_size=1)
    try:
        async with db.unit_of_work(db.create_sessionmaker(engine)) as session:
            return await seed(session, settings, providers, members)
    finally:
        await engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--target", help="a running dev server (default: start one)")
    parser.add_argument("--api-workers", type=int, default=1, help="uvicorn workers (own server)")
    parser.add_argument("--ramp", type=float, default=30.0, help="seconds over which people come")
    parser.add_argument("--think", type=float, nargs=2, default=(1.0, 4.0), metavar=("MIN", "MAX"))
    parser.add_argument("--contact-share", type=float, default=0.25)
    parser.add_argument("--relogin", type=float, nargs=2, default=(90.0, 240.0))
    parser.add_argument("--seed", type=int, default=None, help="for a repeatable mix")
    args = parser.parse_args()
    random.seed(args.seed)
    signed_in = args.people * 3 // 10
    providers, members = signed_in * 2 // 3, signed_in - signed_in * 2 // 3

    with contextlib.ExitStack() as stack:
        if args.target:
            from kring.config import get_settings

            base, settings = args.target.rstrip("/"), get_settings()
            env = {k: v for k, v in os.environ.items() if k.startswith("KRING_")}
            database_url, mailbox = settings.resolved_database_url(), settings.mailbox_dir
            env["KRING_DATABASE_URL"] = database_url
        else:
            scratch = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="kring-load-")))
            base, env, _sink = stack.enter_context(own_server(scratch, args.api_workers))
            database_url, mailbox = env["KRING_DATABASE_URL"], scratch / "mail"
        accounts = asyncio.run(seed_accounts(env, providers, members))
        run = Run(
            base=base,
            run_id=uuid.uuid4().hex[:8],
            ends_at=time.monotonic() + args.ramp + args.minutes * 60,
            think=tuple(args.think),
            contact_share=args.contact_share,
            relogin_seconds=tuple(args.relogin),
        )
        load_before = os.getloadavg()
        print(
            f"{args.people} people ({args.people - signed_in} visitors, {providers} providers, "
            f"{members} care professionals) for {args.minutes:g} min after a {args.ramp:g} s "
            f"ramp against {base} ({args.api_workers} uvicorn worker(s)); {os.cpu_count()} CPUs, "
            f"load average {load_before[0]:.1f} at the start (the machine may be shared)"
        )
        started = time.monotonic()
        asyncio.run(drive(run, accounts, args.people, args.ramp))
        seconds = time.monotonic() - started
        server_errors = report(run, seconds)
        print(f"load average {os.getloadavg()[0]:.1f} at the end; {seconds:.0f} s in all")
        consistent = asyncio.run(check_contacts(run, database_url, mailbox, drain=300))
    print(f"server errors: {server_errors}; contact requests stored and mailed once: {consistent}")
    if server_errors or not consistent:
        sys.exit(1)


if __name__ == "__main__":
    main()
