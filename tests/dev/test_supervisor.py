"""`kring serve --dev` as a person uses it: start, crash, start again with the data, Ctrl-C."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import asyncpg
import httpx
import pytest

from kring.kit.mail_sink import free_port
from tests.fixtures.services import asyncpg_dsn


def _start(var_dir: Path, port: int) -> subprocess.Popen[bytes]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("KRING_") and not key.startswith("TEST_")
    }
    env.update(KRING_VAR_DIR=str(var_dir), KRING_LOG_LEVEL="WARNING")
    return subprocess.Popen(
        [sys.executable, "-m", "kring.cli", "serve", "--dev", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def _wait_ready(port: int, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v1/ready", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    pytest.fail(f"kring serve --dev did not become ready on port {port}")


def _processes_using(var_dir: Path) -> list[str]:
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if str(var_dir) in cmdline:
            found.append(cmdline)
    return found


def _mail_to(port: int, timeout: float = 30) -> list[str]:
    """Who the dev mailbox holds mail for, once it holds any (delivery is asynchronous)."""
    deadline = time.monotonic() + timeout
    while True:
        mails = httpx.get(f"http://127.0.0.1:{port}/api/v1/dev/mail", timeout=5).json()
        if mails or time.monotonic() > deadline:
            return [m["to"] for m in mails]
        time.sleep(0.2)


async def _count_outbox_rows(var_dir: Path) -> int:
    url = json.loads((var_dir / "runtime.json").read_text())["database_url"]
    connection = await asyncpg.connect(asyncpg_dsn(url))
    try:
        return int(await connection.fetchval("SELECT count(*) FROM outbox"))
    finally:
        await connection.close()


def test_dev_server_survives_a_crash_keeps_its_data_and_stops_cleanly(
    tmp_path: Path,
) -> None:
    var_dir = tmp_path / "var"
    port = free_port()
    first = _start(var_dir, port)
    try:
        _wait_ready(port)
        (var_dir / "keep").mkdir()
        env = {**os.environ, "KRING_VAR_DIR": str(var_dir)}
        for key in (
            "KRING_DATABASE_URL",
            "KRING_REDIS_URL",
            "KRING_SMTP_HOST",
            "KRING_SMTP_PORT",
            "KRING_QUEUE_NAME",
        ):
            env.pop(key, None)
        subprocess.run(
            [sys.executable, "-m", "kring.cli", "mail", "test", "keep@example.org"],
            env=env,
            check=True,
            capture_output=True,
            timeout=60,
        )
        assert asyncio.run(_count_outbox_rows(var_dir)) == 1
        assert _mail_to(port) == ["keep@example.org"]  # the worker delivered it
    finally:
        os.kill(first.pid, signal.SIGKILL)  # a crash: no clean-up at all
        first.wait(10)

    second = _start(var_dir, port)
    try:
        _wait_ready(port)
        assert asyncio.run(_count_outbox_rows(var_dir)) == 1  # the data survived the crash
        assert _mail_to(port) == ["keep@example.org"]
    finally:
        os.killpg(second.pid, signal.SIGINT)  # Ctrl-C in the terminal signals the whole group
        second.wait(60)

    deadline = time.monotonic() + 15
    while _processes_using(var_dir) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _processes_using(var_dir) == []
    assert not (var_dir / "runtime.json").exists()
