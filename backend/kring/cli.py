"""The `kring` command: serve, worker, migrate, scheduled jobs and mail checks."""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, TypeVar, cast
from uuid import UUID

import typer
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings, get_settings
from kring.kit.i18n import Language

T = TypeVar("T")
ServiceAction = Callable[[async_sessionmaker[AsyncSession], Settings], Awaitable[T]]

app = typer.Typer(
    help="Kring: run the API, the worker and the operational tasks.", no_args_is_help=True
)
jobs_app = typer.Typer(help="Scheduled jobs.", no_args_is_help=True)
mail_app = typer.Typer(help="E-mail checks.", no_args_is_help=True)
outbox_app = typer.Typer(help="The outbox of side effects.", no_args_is_help=True)
app.add_typer(jobs_app, name="jobs")
app.add_typer(mail_app, name="mail")
app.add_typer(outbox_app, name="outbox")


@app.command()
def serve(
    dev: Annotated[
        bool, typer.Option("--dev", help="Start embedded servers and a worker.")
    ] = False,
    host: Annotated[str | None, typer.Option(help="Interface to listen on.")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on.")] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            min=1,
            max=256,
            help="API processes (not with --dev); default KRING_WORKERS, else one per core.",
        ),
    ] = None,
) -> None:
    """Serve the API and the portals; with --dev, start everything Kring needs on this machine."""
    import uvicorn

    settings = get_settings()
    host = host or settings.host
    port = port or settings.port
    if not dev:
        uvicorn.run(
            "kring.main:create_app",
            factory=True,
            host=host,
            port=port,
            workers=workers or settings.resolved_workers(),
            log_config=None,
            proxy_headers=True,
        )
        return
    import signal

    from kring.dev.supervisor import DevSupervisor

    def exit_cleanly(signum: int, frame: object) -> None:
        raise SystemExit(0)

    # uvicorn re-raises SIGTERM after its own shutdown; exiting through Python instead lets the
    # supervisor stop the worker, Redis and PostgreSQL on the way out.
    signal.signal(signal.SIGTERM, exit_cleanly)
    # Links in e-mails and the CSRF Origin check need the address this server really has.
    os.environ.setdefault("KRING_PUBLIC_URL", f"http://{host}:{port}")
    get_settings.cache_clear()
    settings = get_settings()
    with DevSupervisor(settings) as supervisor:
        supervisor.start()
        typer.echo(f"Kring is ready on http://{host}:{port}/  (mailbox: /dev/mail, API: /docs)")
        uvicorn.run("kring.main:create_app", factory=True, host=host, port=port, log_config=None)


@app.command()
def worker() -> None:
    """Run an arq worker: outbox tasks and scheduled jobs (reconnects when Redis comes back)."""
    from kring.worker import run

    run()


@app.command("seed-demo")
def seed_demo() -> None:
    """Add the demo accounts (dev only; the README lists them with their passwords)."""
    from kring.dev.demo import seed_demo as seed
    from kring.kit.db import unit_of_work

    settings = get_settings()
    if settings.env == "production":
        typer.echo("Refused: demo data is never loaded when KRING_ENV=production.", err=True)
        raise typer.Exit(2)

    async def run(sessionmaker: async_sessionmaker[AsyncSession], s: Settings) -> list[str]:
        async with unit_of_work(sessionmaker) as session:
            return await seed(session, s)

    added = asyncio.run(_with_services(run))
    typer.echo(f"Demo accounts added: {', '.join(added) or 'none (all present)'}")


@app.command("seed-places")
def seed_places() -> None:
    """Reload the gazetteer of Dutch and Belgian places (the migrations load it once)."""
    from kring.places.gazetteer import ATTRIBUTION, load

    async def run(sessionmaker: async_sessionmaker[AsyncSession], s: Settings) -> int:
        async with sessionmaker() as session, session.begin():
            connection = await session.connection()
            return await load(connection)

    count = asyncio.run(_with_services(run))
    typer.echo(f"{count} places loaded. {ATTRIBUTION}")


@app.command("create-staff")
def create_staff(
    email: Annotated[str, typer.Argument(help="The staff member's e-mail address.")],
    role: Annotated[
        str, typer.Option(help="admin, advisor, branch, care_manager, verifier or concierge.")
    ],
    first_name: Annotated[str, typer.Option(help="First name.")] = "",
    branch: Annotated[
        str, typer.Option(help="For the branch role: the id of the supplier branch.")
    ] = "",
) -> None:
    """Create a staff account and print its activation link (also e-mailed; valid 7 days)."""
    from email_validator import EmailNotValidError, validate_email

    from kring.accounts.administration import set_staff_branch
    from kring.accounts.service import invite
    from kring.auth.principal import SYSTEM
    from kring.kit.db import unit_of_work
    from kring.kit.errors import KringError
    from kring.models.user import StaffRole

    if role not in {r.value for r in StaffRole}:
        typer.echo(
            f"Unknown role {role!r}; use one of: {', '.join(r.value for r in StaffRole)}", err=True
        )
        raise typer.Exit(2)
    try:
        email = validate_email(email, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        typer.echo(f"Not a valid e-mail address: {exc}", err=True)
        raise typer.Exit(2) from exc

    branch_id = None
    if branch:
        try:
            branch_id = UUID(branch)
        except ValueError as exc:
            typer.echo(f"Not an id: {branch!r}", err=True)
            raise typer.Exit(2) from exc

    async def run(sessionmaker: async_sessionmaker[AsyncSession], s: Settings) -> str:
        async with unit_of_work(sessionmaker) as session:
            user, link = await invite(
                session,
                s,
                email=email,
                first_name=first_name or email.split("@")[0],
                portal="admin",  # staff work in the console, which has its activation page
                staff_role=role,
            )
            if branch_id is not None:
                await set_staff_branch(session, SYSTEM, user, branch_id)
        return link

    try:
        link = asyncio.run(_with_services(run))
    except KringError as exc:
        typer.echo(f"Refused: {exc.errors[0].message if exc.errors else exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(f"Staff account {email} ({role}) created. Activation link (valid 7 days):\n{link}")


@app.command()
def migrate(revision: Annotated[str, typer.Argument()] = "head") -> None:
    """Upgrade the database to `revision` (default: the newest)."""
    from kring.kit import migrations

    migrations.upgrade(get_settings().resolved_database_url(), revision)
    typer.echo(f"Database migrated to {revision}.")


@app.command()
def migration(name: Annotated[str, typer.Argument(help="A short slug, e.g. add_orders.")]) -> None:
    """Autogenerate a migration from the models (against a throw-away embedded PostgreSQL)."""
    import tempfile

    from alembic import command

    from kring.kit import embedded, migrations

    with tempfile.TemporaryDirectory(prefix="kring-migration-") as scratch:
        postgres = embedded.start_postgres(Path(scratch) / "pg")
        try:
            migrations.upgrade(postgres.url)
            command.revision(
                migrations.alembic_config(postgres.url), message=name, autogenerate=True
            )
        finally:
            postgres.stop()


@app.command()
def openapi(output: Annotated[Path, typer.Option(help="Where to write the spec.")]) -> None:
    """Write the OpenAPI spec deterministically (sorted keys, stable across machines)."""
    from kring.main import create_app

    spec = create_app(
        Settings(
            env="production",
            secret_key="x" * 40,
            database_url="postgresql://unused",
            redis_url="redis://unused",
            smtp_host="unused",
            public_url="https://kring.example",
            sms_gateway="http",
            sms_http_url="https://sms.example",
            payment_provider="mollie",
            mollie_api_key="unused",
            sepa_iban="NL39RABO0300065264",
            sepa_creditor_id="NL69ZZZ123456780000",
        )
    ).openapi()
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(spec, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    typer.echo(f"Wrote {output}")


@jobs_app.command("run")
def run_job(
    name: Annotated[str, typer.Argument(help="The job's name, e.g. outbox.sweep.")],
    now: Annotated[str | None, typer.Option(help="Run as of this ISO date-time.")] = None,
) -> None:
    """Run one scheduled job once, as of `--now` (default: the current time)."""
    from kring.jobs import JOBS

    if name not in JOBS:
        typer.echo(f"Unknown job {name!r}. Known jobs: {', '.join(sorted(JOBS))}", err=True)
        raise typer.Exit(2)
    as_of = _parse_now(now)
    result = asyncio.run(_with_services(lambda sm, s: JOBS[name].run(sm, s, as_of)))
    typer.echo(f"{name} ran as of {as_of.isoformat()}: {result}")


@mail_app.command("test")
def mail_test(
    address: Annotated[str, typer.Argument(help="Where to send the test e-mail.")],
    language: Annotated[str, typer.Option("--lang", help="nl, fr or en.")] = "nl",
) -> None:
    """Send a test e-mail through the outbox and the worker."""
    from email_validator import EmailNotValidError, validate_email

    from kring.notifications.service import queue_mail

    try:
        address = validate_email(address, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        typer.echo(f"Not a valid e-mail address: {exc}", err=True)
        raise typer.Exit(2) from exc
    if language not in ("nl", "fr", "en"):
        typer.echo("--lang must be nl, fr or en", err=True)
        raise typer.Exit(2)

    async def send(sessionmaker: async_sessionmaker[AsyncSession], settings: Settings) -> UUID:
        from kring.kit.db import unit_of_work

        async with unit_of_work(sessionmaker) as session:
            message = await queue_mail(
                session,
                to=address,
                template="test_message",
                language=cast(Language, language),
                context={"sent_at": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")},
            )
        return message.id

    message_id = asyncio.run(_with_services(send))
    typer.echo(f"Queued test e-mail to {address} (outbox {message_id}).")


@outbox_app.command("failed")
def outbox_failed(limit: int = 50) -> None:
    """List outbox rows that failed for good, with their error."""
    from sqlalchemy import select

    from kring.models.outbox import OutboxMessage, OutboxStatus

    async def query(
        sessionmaker: async_sessionmaker[AsyncSession], settings: Settings
    ) -> list[OutboxMessage]:
        async with sessionmaker() as session:
            rows = await session.scalars(
                select(OutboxMessage)
                .where(OutboxMessage.status == OutboxStatus.failed)
                .order_by(OutboxMessage.created_at.desc())
                .limit(limit)
            )
            return list(rows)

    for row in asyncio.run(_with_services(query)):
        typer.echo(f"{row.id}  {row.task}  attempts={row.attempts}  {row.last_error}")


def _parse_now(value: str | None) -> datetime:
    if value is None:
        return datetime.now(UTC)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter("use an ISO date-time, e.g. 2026-12-24T09:00:00+01:00") from exc
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


async def _with_services(action: ServiceAction[T]) -> T:
    """Run `action(sessionmaker, settings)` with the database and queue connected."""
    from kring import worker_tasks
    from kring.kit import db, queue

    settings = get_settings()
    worker_tasks.register_all()
    engine = db.create_engine(settings.resolved_database_url(), pool_size=2)
    pool = await queue.connect(settings.resolved_redis_url(), settings.queue_name)
    queue.set_pool(pool)
    try:
        return await action(db.create_sessionmaker(engine), settings)
    finally:
        await pool.aclose()
        await engine.dispose()


if __name__ == "__main__":
    app()
