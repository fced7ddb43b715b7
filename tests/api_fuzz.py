"""Schemathesis over the whole spec, against a real `kring serve` on a database of its own.

Run by `tests/test_api_fuzz.py` (so by `make test` and CI), or by hand while working:
`.venv/bin/python -m tests.api_fuzz --identity provider --max-examples 30`.
Each identity fuzzes with its own server and fresh demo data, so what one run changes (a
password, a log-out) never leaks into another's.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pyotp

from tests.fixtures.services import asyncpg_dsn, with_database

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
DEMO_PASSWORD = "Zonnebloem-Kring-2026"  # the README's demo password
# The demo accounts each portal's journeys use and the staff admin (README), with TOTP secrets.
IDENTITIES: dict[str, tuple[str, str | None] | None] = {
    "anonymous": None,
    "partner": ("partner@kring.demo", None),
    "provider": ("provider@kring.demo", None),
    "pro": ("pro@kring.demo", "YEPM6UNYE3HDXGDJ6SDRM2TA73E6EDFK"),
    "staff": ("admin@kring.demo", "O5B3FY652KRWAMC3EUVJCZ52LJBUBHH5"),
}
CHECKS = ",".join(
    [
        "not_a_server_error",
        "status_code_conformance",
        "content_type_conformance",
        "response_schema_conformance",
    ]
)


@dataclass
class Outcome:
    identity: str
    returncode: int
    output: str


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def _admin(url: str, sql: str) -> None:
    import asyncpg

    connection = await asyncpg.connect(asyncpg_dsn(url))
    try:
        await connection.execute(sql)
    finally:
        await connection.close()


def _forget_limits(redis_url: str) -> None:
    """Rate-limit counters are per client address, and every run comes from 127.0.0.1: an
    earlier identity's run must not lock the next one out before it has signed in."""
    import redis

    connection = redis.Redis.from_url(redis_url)
    try:
        for pattern in ("kring:limit:*", "kring:login:*", "kring:mfa:*", "kring:oauth:*"):
            keys = list(connection.scan_iter(pattern))
            if keys:
                connection.delete(*keys)
    finally:
        connection.close()


@contextlib.contextmanager
def fuzz_server(admin_url: str, redis_url: str) -> Iterator[str]:
    """A migrated, demo-seeded database and `kring serve` on it; yields the base URL."""
    name = f"kring_fuzz_{uuid.uuid4().hex[:10]}"
    asyncio.run(_admin(admin_url, f'CREATE DATABASE "{name}"'))
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory(prefix="kring-fuzz-") as var_dir:
        env = {
            **os.environ,
            "KRING_ENV": "test",
            "KRING_DATABASE_URL": with_database(admin_url, name),
            "KRING_REDIS_URL": redis_url,
            "KRING_VAR_DIR": var_dir,
            "KRING_PUBLIC_URL": base_url,
            "KRING_QUEUE_NAME": f"kring:fuzz:{name}",
            "KRING_LOG_LEVEL": "WARNING",
            # No SMTP relay: mails wait in the outbox, which is all the fuzzing needs.
            "KRING_SMTP_HOST": "127.0.0.1",
            "KRING_SMTP_PORT": "9",
        }
        kring = str(BIN / "kring")
        server: subprocess.Popen[bytes] | None = None
        try:
            subprocess.run([kring, "migrate"], env=env, check=True, capture_output=True)
            subprocess.run([kring, "seed-demo"], env=env, check=True, capture_output=True)
            log = open(Path(var_dir) / "server.log", "wb")  # noqa: SIM115 - closed below
            server = subprocess.Popen(
                [kring, "serve", "--port", str(port)], env=env, stdout=log, stderr=log
            )
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                with contextlib.suppress(httpx.HTTPError):
                    if httpx.get(f"{base_url}/api/v1/ready", timeout=2).status_code == 200:
                        break
                if server.poll() is not None:
                    raise RuntimeError("kring serve exited before it was ready")
                time.sleep(0.3)
            else:
                raise RuntimeError("kring serve was not ready within 60 s")
            _forget_limits(redis_url)
            yield base_url
        finally:
            if server is not None:
                server.terminate()
                try:
                    server.wait(15)
                except subprocess.TimeoutExpired:
                    server.kill()
                log.close()
            asyncio.run(_admin(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def sign_in(base_url: str, email: str, totp_secret: str | None) -> list[str]:
    """The headers a signed-in browser sends: its cookies, the CSRF token and Kring's Origin."""
    with httpx.Client(base_url=base_url, timeout=30) as client:
        answer = client.post("/api/v1/auth/login", json={"email": email, "password": DEMO_PASSWORD})
        answer.raise_for_status()
        if answer.json()["status"] == "mfa_required":
            assert totp_secret, f"{email} needs a second factor"
            verified = client.post(
                "/api/v1/auth/mfa/verify",
                json={
                    "challenge_id": answer.json()["challenge_id"],
                    "method": "totp",
                    "code": pyotp.TOTP(totp_secret).now(),
                },
            )
            verified.raise_for_status()
        cookies = "; ".join(f"{k}={v}" for k, v in client.cookies.items())
        csrf = client.cookies.get("kring_csrf", "")
    return [f"Cookie: {cookies}", f"X-CSRF-Token: {csrf}", f"Origin: {base_url}"]


def fuzz(
    identity: str,
    admin_url: str,
    redis_url: str,
    *,
    max_examples: int,
    max_time: int,
    seed: int,
    report_dir: Path,
) -> Outcome:
    with fuzz_server(admin_url, redis_url) as base_url:
        headers: list[str] = []
        account = IDENTITIES[identity]
        if account is not None:
            headers = sign_in(base_url, *account)
        command = [
            str(BIN / "st"),
            "run",
            f"{base_url}/api/v1/openapi.json",
            "--checks",
            CHECKS,
            "--max-examples",
            str(max_examples),
            "--max-time",
            str(max_time),
            "--seed",
            str(seed),
            "--workers",
            "2",
            "--phases",
            "examples,coverage,fuzzing",
            "--suppress-health-check",
            "all",
            "--request-timeout",
            "20",
            "--continue-on-failure",
            "--report",
            "junit",
            "--report-junit-path",
            str(report_dir / f"fuzz-{identity}.xml"),
            # Logging out would end the identity's session for the rest of its run.
            "--exclude-operation-id",
            "auth:logout",
        ]
        for header in headers:
            command += ["--header", header]
        env = {**os.environ, "SCHEMATHESIS_HOOKS": "tests.fuzz_hooks", "PYTHONPATH": str(ROOT)}
        done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
        return Outcome(identity, done.returncode, done.stdout + done.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--identity", choices=sorted(IDENTITIES), action="append")
    parser.add_argument("--max-examples", type=int, default=25)
    parser.add_argument("--max-time", type=int, default=120)
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args()
    admin_url = os.environ.get("TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
    redis_url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
    for identity in args.identity or list(IDENTITIES):
        outcome = fuzz(
            identity,
            admin_url,
            redis_url,
            max_examples=args.max_examples,
            max_time=args.max_time,
            seed=args.seed,
            report_dir=Path(tempfile.gettempdir()),
        )
        print(outcome.output)  # noqa: T201
        print(f"{identity}: exit {outcome.returncode}")  # noqa: T201


if __name__ == "__main__":
    main()
