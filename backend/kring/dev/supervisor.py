"""`kring serve --dev`: embedded servers, migrations and a worker, started and stopped together."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from types import TracebackType
from typing import Any

import structlog

from kring.config import Settings, get_settings
from kring.kit import embedded, mail_sink, migrations
from kring.kit.logging import configure_logging

log = structlog.get_logger(__name__)


async def _seed_if_empty(settings: Settings) -> list[str]:
    from kring.dev.demo import database_is_empty, seed_demo
    from kring.kit import db

    engine = db.create_engine(settings.resolved_database_url(), pool_size=1)
    try:
        async with db.create_sessionmaker(engine)() as session:
            if not await database_is_empty(session):
                return []
            added = await seed_demo(session, settings)
            await session.commit()
            return added
    finally:
        await engine.dispose()


class DevSupervisor:
    """Start what is not configured (PostgreSQL, Redis, SMTP sink), then migrate and run a worker.

    Addresses go to `var/runtime.json` and into the environment, so the worker child and any
    `kring` command run beside it (e.g. `kring mail test`) reach the same servers.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._postgres: embedded.EmbeddedPostgres | None = None
        self._redis: embedded.EmbeddedRedis | None = None
        self._sink: Any = None
        self._worker: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        settings = self.settings
        configure_logging(level=settings.log_level, json=settings.log_json)
        settings.var_dir.mkdir(parents=True, exist_ok=True)
        runtime: dict[str, str] = {}
        if not settings.database_url:
            self._postgres = embedded.start_postgres(settings.var_dir / "pg")
            runtime["database_url"] = self._postgres.url
            os.environ["KRING_DATABASE_URL"] = self._postgres.url
        if not settings.redis_url:
            self._redis = embedded.start_redis(settings.var_dir / "redis")
            runtime["redis_url"] = self._redis.url
            os.environ["KRING_REDIS_URL"] = self._redis.url
        if not settings.smtp_host:
            self._sink = mail_sink.start_sink(settings.mailbox_dir)
            runtime["smtp_host"] = str(self._sink.hostname)
            runtime["smtp_port"] = str(self._sink.port)
            os.environ["KRING_SMTP_HOST"] = runtime["smtp_host"]
            os.environ["KRING_SMTP_PORT"] = runtime["smtp_port"]
        settings.runtime_file.write_text(json.dumps(runtime, indent=2))
        get_settings.cache_clear()
        self.settings = get_settings()

        log.info("dev.migrating")
        migrations.upgrade(self.settings.resolved_database_url())
        if self.settings.seed_demo:
            added = asyncio.run(_seed_if_empty(self.settings))
            if added:
                log.info("dev.demo_seeded", accounts=added)
        self._worker = subprocess.Popen(
            [sys.executable, "-m", "kring.cli", "worker"],
            preexec_fn=embedded.die_with_parent,
        )
        log.info(
            "dev.started",
            worker_pid=self._worker.pid,
            **{k: v for k, v in runtime.items() if k != "database_url"},
        )

    def stop(self) -> None:
        if self._worker and self._worker.poll() is None:
            self._worker.terminate()
            try:
                self._worker.wait(15)
            except subprocess.TimeoutExpired:
                self._worker.kill()
        if self._sink is not None:
            self._sink.stop()
        if self._redis is not None:
            self._redis.stop()
        if self._postgres is not None:
            self._postgres.stop()
        self.settings.runtime_file.unlink(missing_ok=True)
        log.info("dev.stopped")

    def __enter__(self) -> DevSupervisor:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
