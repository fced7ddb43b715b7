"""A Kring of its own for the fault tests: embedded PostgreSQL and Redis in a scratch directory,
an SMTP sink in this process, and real `kring serve` / `kring worker` processes that a test can
kill, stop and start again. Nothing here touches the machine's own servers."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pyotp

from kring.kit import embedded, mail_sink, migrations

START_TIMEOUT = 60.0


def wait_for(
    condition: Callable[[], bool],
    timeout: float,
    what: str,
    interval: float = 0.05,
    context: Callable[[], str] | None = None,
) -> None:
    """Poll `condition` until it holds; fail naming `what` (and `context()`) after `timeout`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(interval)
    detail = f"\n{context()}" if context else ""
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}{detail}")


@dataclass
class Process:
    """A `kring` command running as its own process, with its output in a log file."""

    name: str
    popen: subprocess.Popen[bytes]
    log: Path

    def alive(self) -> bool:
        return self.popen.poll() is None

    def kill9(self) -> None:
        if self.alive():
            os.kill(self.popen.pid, signal.SIGKILL)
        self.popen.wait(10)

    def stop(self) -> None:
        if self.alive():
            self.popen.terminate()
            try:
                self.popen.wait(15)
            except subprocess.TimeoutExpired:
                self.kill9()

    def output(self) -> str:
        return self.log.read_text(errors="replace")[-4000:]


@dataclass
class Stack:
    """The servers of one fault-test run, and the Kring processes started against them."""

    var_dir: Path
    postgres: embedded.EmbeddedPostgres
    redis: embedded.EmbeddedRedis
    sink: Any
    redis_port: int
    processes: list[Process] = field(default_factory=list)
    extra_env: dict[str, str] = field(default_factory=dict)

    @property
    def mailbox(self) -> Path:
        return self.var_dir / "mail"

    def env(self, **overrides: str) -> dict[str, str]:
        """The environment of a Kring process: only this stack's servers, never the machine's."""
        base = {
            k: v for k, v in os.environ.items() if not k.startswith(("KRING_", "TEST_", "PYTEST"))
        }
        return {
            **base,
            "KRING_ENV": "dev",  # plain-http cookies on 127.0.0.1, as the tests' client uses
            "KRING_DATABASE_URL": self.postgres.url,
            "KRING_REDIS_URL": self.redis.url,
            "KRING_SMTP_HOST": str(self.sink.hostname),
            "KRING_SMTP_PORT": str(self.sink.port),
            "KRING_VAR_DIR": str(self.var_dir),
            "KRING_QUEUE_NAME": "kring:faults",
            "KRING_LOG_LEVEL": "WARNING",
            "KRING_LOG_JSON": "false",
            # Rows whose job was lost are swept after 5 s instead of 2 minutes.
            "KRING_OUTBOX_SWEEP_AGE_SECONDS": "5",
            **self.extra_env,
            **overrides,
        }

    def kring(self, *args: str, timeout: float = 120, **env: str) -> str:
        """Run a `kring` command to its end; its output, or an error with it."""
        result = subprocess.run(
            [sys.executable, "-m", "kring.cli", *args],
            env=self.env(**env),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if result.returncode != 0:
            raise AssertionError(f"kring {' '.join(args)} failed:\n{result.stdout}{result.stderr}")
        return result.stdout

    def spawn(self, name: str, *args: str, **env: str) -> Process:
        log = self.var_dir / f"{name}-{len(self.processes)}.log"
        with log.open("wb") as out:
            popen = subprocess.Popen(
                [sys.executable, "-m", "kring.cli", *args],
                env=self.env(**env),
                stdout=out,
                stderr=subprocess.STDOUT,
                preexec_fn=embedded.die_with_parent,
            )
        process = Process(name, popen, log)
        self.processes.append(process)
        return process

    def serve(self, **env: str) -> tuple[Process, str]:
        """`kring serve` on a free port, once it answers; returns it and its base address."""
        port = mail_sink.free_port()
        base = f"http://127.0.0.1:{port}"
        api = self.spawn("api", "serve", "--port", str(port), KRING_PUBLIC_URL=base, **env)

        def up() -> bool:
            if not api.alive():
                raise AssertionError(f"kring serve exited:\n{api.output()}")
            with contextlib.suppress(httpx.HTTPError):
                return httpx.get(f"{base}/api/v1/ready", timeout=2).status_code == 200
            return False

        wait_for(up, START_TIMEOUT, "kring serve to be ready", interval=0.2)
        return api, base

    def worker(self, **env: str) -> Process:
        return self.spawn("worker", "worker", **env)

    def sql(self, query: str, *args: Any) -> list[tuple[Any, ...]]:
        """Rows of one statement, read straight from this stack's PostgreSQL."""

        async def fetch() -> list[tuple[Any, ...]]:
            connection = await asyncpg.connect(self.postgres.url, timeout=10)
            try:
                rows = await connection.fetch(query, *args, timeout=30)
                return [tuple(row) for row in rows]
            finally:
                await connection.close()

        return asyncio.run(fetch())

    def stop_postgres(self) -> None:
        self.postgres.server.stop()

    def start_postgres(self) -> None:
        self.postgres.server.start()

    def stop_redis(self) -> None:
        self.redis.stop()

    def start_redis(self) -> None:
        # The same port: the running processes keep the address they were given.
        self.redis = embedded.start_redis(self.var_dir / "redis", port=self.redis_port)

    def close(self) -> None:
        for process in reversed(self.processes):
            process.stop()
        with contextlib.suppress(Exception):
            self.sink.stop()
        self.redis.stop()
        self.postgres.stop()


def start_stack(var_dir: Path, handler: Any = None) -> Iterator[Stack]:
    """Start the servers, migrate, load the demo accounts; stop everything afterwards."""
    postgres = embedded.start_postgres(var_dir / "pg")
    try:
        redis = embedded.start_redis(var_dir / "redis")
    except BaseException:
        postgres.stop()
        raise
    port = int(redis.url.rsplit(":", 1)[1].split("/")[0])
    sink = mail_sink.start_sink(var_dir / "mail", handler=handler)
    stack = Stack(var_dir=var_dir, postgres=postgres, redis=redis, sink=sink, redis_port=port)
    try:
        migrations.upgrade(postgres.url)
        stack.kring("seed-demo")
        yield stack
    finally:
        stack.close()


DEMO_PASSWORD = "Zonnebloem-Kring-2026"  # the README publishes it


def log_in(base: str, email: str, totp_secret: str | None = None) -> httpx.Client:
    """A client signed in as a demo account (with its TOTP code when it has a factor)."""
    client = httpx.Client(base_url=base, timeout=10, headers={"Origin": base})
    answer = client.post("/api/v1/auth/login", json={"email": email, "password": DEMO_PASSWORD})
    assert answer.status_code == 200, answer.text
    if answer.json().get("status") == "mfa_required":
        assert totp_secret is not None
        verified = client.post(
            "/api/v1/auth/mfa/verify",
            json={
                "challenge_id": answer.json()["challenge_id"],
                "method": "totp",
                "code": pyotp.TOTP(totp_secret).now(),
            },
        )
        assert verified.status_code == 200, verified.text
    csrf = client.cookies.get("kring_csrf")
    if csrf:
        client.headers["X-CSRF-Token"] = csrf
    return client
