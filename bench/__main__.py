"""Benchmarks: API latency under 64 concurrent connections, outbox throughput, search over
100,000 providers (one at a time, and page after page), the provider dashboard, matching over
1,000,000 helpers, the hours jobs over 1,000,000 timesheet entries and statement PDFs, order
PDFs, signing 50 Wlz orders at once, Kring's hot GETs side by side with a bare app running the
same SQL, bundles.

    python -m bench [api,outbox,search,dashboard,keyset,matching,hours,orders,signing,sidebyside,
                     bundles]

Starts its own embedded PostgreSQL, Redis and SMTP sink in a scratch directory (or uses
KRING_BENCH_DATABASE_URL / KRING_BENCH_REDIS_URL), serves the API with one uvicorn worker (as
`kring serve` does), and measures from a client in this process. Figures of the dashboard,
keyset and sidebyside benches are also written to bench/results/.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import httpx

from bench import dashboard, hours, keyset, matching, orders, search, sidebyside, signing
from kring.kit import embedded, mail_sink

REQUESTS = 4000
CONCURRENCY = 64
OUTBOX_MAILS = 500
ROOT = Path(__file__).resolve().parent.parent


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def wrk(base: str, path: str) -> bool:
    """Load from a second process (wrk), so the client does not compete with Python for a core."""
    binary = shutil.which("wrk")
    if binary is None:
        return False
    result = subprocess.run(
        [binary, "-t1", f"-c{CONCURRENCY}", "-d10s", "--latency", base + path],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = result.stdout.splitlines()
    wanted = [line.strip() for line in lines if line.strip().startswith(("50%", "90%", "99%"))]
    rate = next(line.split()[-1] for line in lines if line.startswith("Requests/sec"))
    errors = [line.strip() for line in lines if "Non-2xx" in line or "Socket errors" in line]
    print(f"  GET {path:<16} {float(rate):7.0f} req/s   {'   '.join(wanted)}   {' '.join(errors)}")
    return True


async def hammer(base: str, path: str) -> None:
    latencies: list[float] = []
    failures = 0
    limits = httpx.Limits(max_connections=CONCURRENCY)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        await client.get(path)  # warm up
        pending = iter(range(REQUESTS))

        async def one_connection() -> None:
            nonlocal failures
            for _ in pending:
                started = time.perf_counter()
                response = await client.get(path)
                latencies.append(time.perf_counter() - started)
                failures += response.status_code != 200

        started = time.perf_counter()
        await asyncio.gather(*(one_connection() for _ in range(CONCURRENCY)))
        elapsed = time.perf_counter() - started
    p50, p95, p99 = (percentile(latencies, f) * 1e3 for f in (0.5, 0.95, 0.99))
    print(
        f"  GET {path:<16} {REQUESTS / elapsed:7.0f} req/s   p50 {p50:6.1f} ms   "
        f"p95 {p95:6.1f} ms   p99 {p99:6.1f} ms   failures {failures}  (httpx client; "
        "install wrk for figures that do not include the client's own cost)"
    )


async def outbox_throughput(env: dict[str, str]) -> None:
    from kring import worker_tasks
    from kring.kit import db, queue
    from kring.kit.db import unit_of_work
    from kring.notifications.service import queue_mail

    worker_tasks.register_all()
    engine = db.create_engine(env["KRING_DATABASE_URL"], pool_size=5)
    pool = await queue.connect(env["KRING_REDIS_URL"], env["KRING_QUEUE_NAME"])
    queue.set_pool(pool)
    maker = db.create_sessionmaker(engine)
    mailbox = Path(env["KRING_VAR_DIR"]) / "mail"
    before = len(list(mailbox.glob("*.eml"))) if mailbox.exists() else 0
    started = time.perf_counter()
    for i in range(OUTBOX_MAILS):
        async with unit_of_work(maker) as session:
            await queue_mail(
                session,
                to=f"bench{i}@example.org",
                template="test_message",
                language="nl",
                context={"sent_at": "now"},
            )
    queued = time.perf_counter() - started
    while len(list(mailbox.glob("*.eml"))) - before < OUTBOX_MAILS:
        if time.perf_counter() - started > 300:
            raise RuntimeError("the worker did not deliver every mail within 300 s")
        await asyncio.sleep(0.05)
    delivered = time.perf_counter() - started
    print(
        f"  outbox: {OUTBOX_MAILS} commits with a mail each in {queued:.2f} s "
        f"({OUTBOX_MAILS / queued:.0f}/s); all delivered through one worker after "
        f"{delivered:.2f} s ({OUTBOX_MAILS / delivered:.0f} mails/s)"
    )
    await pool.aclose()
    await engine.dispose()


def wait_ready(base: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/api/v1/ready", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError("the API did not become ready")


BENCHES = (
    "api",
    "outbox",
    "search",
    "dashboard",
    "keyset",
    "matching",
    "hours",
    "orders",
    "signing",
    "sidebyside",
    "bundles",
)
# Login attempts all come from 127.0.0.1 here: lift the per-address limit on this server only.
UNLIMITED = "1000000"


def _external_database(url: str) -> None:
    """Create the database of KRING_BENCH_DATABASE_URL when it does not exist yet."""
    import asyncpg

    async def create() -> None:
        parts = urlsplit(url.replace("postgresql+asyncpg://", "postgresql://"))
        name = parts.path.lstrip("/")
        if not name.isidentifier():
            raise ValueError(f"not a plain database name: {name!r}")
        admin = await asyncpg.connect(urlunsplit(parts._replace(path="/postgres")))
        try:
            if not await admin.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name):
                await admin.execute(f'CREATE DATABASE "{name}"')
        finally:
            await admin.close()

    asyncio.run(create())


@contextlib.contextmanager
def servers(var: Path) -> Iterator[tuple[str, str]]:
    """PostgreSQL and Redis URLs: KRING_BENCH_DATABASE_URL / KRING_BENCH_REDIS_URL when set
    (a server you run; data is kept between runs), else embedded ones in the scratch dir."""
    database_url = os.environ.get("KRING_BENCH_DATABASE_URL")
    redis_url = os.environ.get("KRING_BENCH_REDIS_URL")
    with contextlib.ExitStack() as stack:
        if database_url:
            _external_database(database_url)
        else:
            postgres = embedded.start_postgres(var / "pg")
            stack.callback(postgres.stop)
            database_url = postgres.url
        if not redis_url:
            redis = embedded.start_redis(var / "redis")
            stack.callback(redis.stop)
            redis_url = redis.url
        yield database_url, redis_url


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "only",
        nargs="?",
        default=",".join(BENCHES),
        help=f"which, comma-separated (default all): {','.join(BENCHES)}",
    )
    chosen = set(parser.parse_args().only.split(","))
    if not chosen <= set(BENCHES):
        parser.error(f"unknown: {', '.join(sorted(chosen - set(BENCHES)))}")
    with tempfile.TemporaryDirectory(prefix="kring-bench-") as scratch:
        var = Path(scratch)
        with servers(var) as (database_url, redis_url):
            serve(var, database_url, redis_url, chosen)
    if "bundles" in chosen:
        print("Portal bundles (initial JavaScript, gzip):")
        npm = shutil.which("npm") or "npm"
        subprocess.run([npm, "run", "size", "--silent"], cwd=ROOT, check=False)


def serve(var: Path, database_url: str, redis_url: str, chosen: set[str]) -> None:
    """Migrate, start the API (one uvicorn worker) and, for the outbox, a worker; run them."""
    if not chosen - {"bundles"}:
        return
    sink = mail_sink.start_sink(var / "mail")
    port = mail_sink.free_port()
    base = f"http://127.0.0.1:{port}"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("KRING_")},
        # dev: plain-http cookies on 127.0.0.1, so providers can log in over http.
        "KRING_ENV": "dev",
        "KRING_PUBLIC_URL": base,
        "KRING_DATABASE_URL": database_url,
        "KRING_REDIS_URL": redis_url,
        "KRING_SMTP_HOST": str(sink.hostname),
        "KRING_SMTP_PORT": str(sink.port),
        "KRING_VAR_DIR": str(var),
        "KRING_QUEUE_NAME": "kring:bench",
        "KRING_LOG_LEVEL": "WARNING",
        "KRING_LOGIN_ATTEMPTS_PER_IP_PER_10_MINUTES": UNLIMITED,
        # sidebyside writes its sessions before the load starts: they must not idle out.
        "KRING_SESSION_IDLE_MINUTES": str(sidebyside.IDLE_MINUTES),
    }
    kring = [sys.executable, "-m", "kring.cli"]
    subprocess.run([*kring, "migrate"], env=env, check=True, stdout=subprocess.DEVNULL)
    processes = [
        subprocess.Popen(
            # One worker, said outright: `kring serve`'s default may become one per CPU.
            [*kring, "serve", "--port", str(port), "--workers", "1"],
            env=env,
            stderr=subprocess.DEVNULL,
        )
    ]
    if "outbox" in chosen:
        processes.append(subprocess.Popen([*kring, "worker"], env=env, stderr=subprocess.DEVNULL))
    try:
        wait_ready(base)
        print(
            f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at the start (a shared "
            "machine makes every figure noisy: run twice and compare)"
        )
        if "api" in chosen:
            print(f"API, one uvicorn worker, {CONCURRENCY} concurrent connections:")
            for path in ("/api/v1/health", "/api/v1/ready"):
                if not wrk(base, path):
                    asyncio.run(hammer(base, path))
        if "outbox" in chosen:
            print("Outbox -> arq -> SMTP sink:")
            asyncio.run(outbox_throughput(env))
        if "dashboard" in chosen:
            dashboard.run(base, database_url)
        if "search" in chosen:
            search.run(base, database_url)
        if "keyset" in chosen:
            keyset.run(base, database_url)
        if "matching" in chosen:
            matching.run(database_url)
        if "hours" in chosen:
            hours.run(database_url, redis_url)
        if "orders" in chosen:
            orders.run(database_url)
        if "signing" in chosen:
            signing.run(base, database_url)
        if "sidebyside" in chosen:
            sidebyside.run(base, database_url)
    finally:
        for process in processes:
            process.terminate()
            process.wait(15)
        sink.stop()


if __name__ == "__main__":
    main()
