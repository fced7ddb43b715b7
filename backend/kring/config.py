"""Kring's settings: one validated class, read from `KRING_*` environment variables."""

from __future__ import annotations

import json
import os
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal, Self

from fastapi import Depends
from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from starlette.requests import Request
from stdnum import bic, iban
from stdnum.eu import at_02

DEV_SECRET_KEY = "dev-only-secret-key-change-me-in-production-0123456789"  # noqa: S105
# Kring's own account in development: valid in form, nobody's in reality (the creditor
# identifier is the Dutch test form, ZZZ and a made-up KvK number, with its check digits).
DEV_SEPA_IBAN = "NL44RABO0123456789"
DEV_SEPA_CREDITOR_ID = "NL79ZZZ999999990000"
REPO_ROOT = Path(__file__).resolve().parents[2]


class Environment(StrEnum):
    dev = "dev"
    test = "test"
    production = "production"


class Settings(BaseSettings):
    """Every setting Kring reads; the README documents each one."""

    model_config = SettingsConfigDict(env_prefix="KRING_", extra="ignore")

    env: Environment = Environment.dev
    secret_key: SecretStr = SecretStr(DEV_SECRET_KEY)
    public_url: str = "http://127.0.0.1:8000"
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    # API processes of `kring serve` (not with --dev); unset: one per CPU core.
    workers: int | None = Field(default=None, ge=1, le=256)

    database_url: str | None = None
    db_pool_size: int = Field(default=10, ge=1, le=200)
    # Connections beyond the pool are opened and closed again per request under load, which
    # costs more than waiting (fairly) for a pooled one: none by default.
    db_max_overflow: int = Field(default=0, ge=0, le=200)
    redis_url: str | None = None
    queue_name: str = "kring:queue"

    smtp_host: str | None = None
    smtp_port: int = Field(default=25, ge=1, le=65535)
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    smtp_starttls: bool = False
    smtp_tls: bool = False
    smtp_timeout_seconds: float = Field(default=15.0, gt=0)
    mail_from: str = "Kring <noreply@kring.local>"
    # Where mails for Kring's staff go (new promotion requests, overdue contact requests).
    staff_email: str = "team@kring.local"

    sms_gateway: Literal["outbox", "http"] = "outbox"
    # Payments: Mollie (iDEAL) in production; a sandbox on this machine that walks the same
    # create -> checkout -> webhook -> fetch-status flow everywhere else.
    payment_provider: Literal["sandbox", "mollie"] = "sandbox"
    mollie_api_key: SecretStr | None = None
    mollie_api_url: str = "https://api.mollie.com/v2"
    # Where uploads are kept (a volume shared by every API process in production).
    uploads_path: Path | None = None
    # Addresses to coordinates: the gazetteer (place level, offline) or PDOK (address level).
    geocoder: Literal["gazetteer", "pdok"] = "gazetteer"
    pdok_url: str = "https://api.pdok.nl/bzk/locatieserver/search/v3_1"
    # The map's tile server, as the portals were built with it (VITE_MAP_TILE_URL): the
    # Content-Security-Policy lets pages load images from its origin and nowhere else outside.
    map_tile_url: str = Field(
        default="https://tile.openstreetmap.org/{z}/{x}/{y}.png", pattern=r"^https?://[^/\s]+/"
    )
    sms_http_url: str | None = None
    sms_http_token: SecretStr | None = None
    sms_sender: str = Field(default="Kring", max_length=11)

    var_dir: Path = REPO_ROOT / "var"
    # Kring's certificate and key (PEM) for the PAdES signature of signed Wlz orders; without
    # them a self-signed development certificate is made under `var/signing` on first use.
    signing_certificate_path: Path | None = None
    signing_key_path: Path | None = None
    frontend_dir: Path = REPO_ROOT
    log_level: str = "INFO"
    log_json: bool = True
    seed_demo: bool = True

    session_idle_minutes: int = Field(default=30, ge=1, le=24 * 60)
    # Lifetime of an API client's access token (OAuth2 client credentials).
    api_token_minutes: int = Field(default=30, ge=1, le=24 * 60)
    api_token_failures_per_ip_per_15_minutes: int = Field(default=20, ge=1)
    session_absolute_hours: int = Field(default=12, ge=1, le=24 * 30)
    login_failures_before_cooloff: int = Field(default=10, ge=1)
    login_cooloff_minutes: int = Field(default=15, ge=1)
    login_attempts_per_ip_per_10_minutes: int = Field(default=100, ge=1)
    email_requests_per_address_per_hour: int = Field(default=5, ge=1)
    email_requests_per_ip_per_hour: int = Field(default=30, ge=1)
    contact_requests_per_ip_per_hour: int = Field(default=10, ge=1)
    contact_requests_per_address_per_day: int = Field(default=5, ge=1)
    # A request this many days old invites a review, whether or not the provider handled it.
    review_invitation_after_days: int = Field(default=7, ge=1, le=365)
    # A match proposal waits this many days for the helper's answer, with one reminder after
    # `proposal_remind_after_days`.
    proposal_valid_days: int = Field(default=7, ge=1, le=60)
    proposal_remind_after_days: int = Field(default=5, ge=1, le=59)
    # A help request nobody replied to for this many hours reaches the neighbourhood worker's list.
    unanswered_after_hours: int = Field(default=48, ge=1, le=24 * 30)

    outbox_sweep_age_seconds: int = Field(default=120, ge=5)
    outbox_sweep_batch: int = Field(default=500, ge=1, le=50_000)

    # Kring's own account for the monthly payment run: collections from the help seekers come
    # in here (SEPA direct debit under Kring's creditor identifier), payments to the helpers
    # go out from it (SEPA credit transfer).
    sepa_name: str = Field(default="Stichting Kring", min_length=1, max_length=70)
    sepa_iban: str = DEV_SEPA_IBAN
    sepa_bic: str = "RABONL2U"
    sepa_creditor_id: str = DEV_SEPA_CREDITOR_ID
    # The collection (and payment) date of a run: this many Dutch working days after it is made.
    sepa_collection_working_days: int = Field(default=5, ge=1, le=30)

    @field_validator("sepa_iban")
    @classmethod
    def _checked_iban(cls, value: str) -> str:
        if not iban.is_valid(value):
            raise ValueError("not a valid IBAN")
        return str(iban.compact(value))

    @field_validator("sepa_bic")
    @classmethod
    def _checked_bic(cls, value: str) -> str:
        if not bic.is_valid(value):
            raise ValueError("not a valid BIC")
        return str(bic.compact(value))

    @field_validator("sepa_creditor_id")
    @classmethod
    def _checked_creditor_id(cls, value: str) -> str:
        if not at_02.is_valid(value):
            raise ValueError("not a valid SEPA creditor identifier")
        return str(at_02.compact(value))

    @model_validator(mode="after")
    def _refuse_dev_defaults_in_production(self) -> Self:
        if self.env != Environment.production:
            return self
        problems = []
        secret = self.secret_key.get_secret_value()
        if secret == DEV_SECRET_KEY or len(secret) < 32:
            problems.append("KRING_SECRET_KEY must be set to a random value of 32+ characters")
        if not self.database_url:
            problems.append("KRING_DATABASE_URL must be set")
        if not self.redis_url:
            problems.append("KRING_REDIS_URL must be set")
        if not self.smtp_host:
            problems.append("KRING_SMTP_HOST must be set")
        if self.sms_gateway != "http" or not self.sms_http_url:
            problems.append("KRING_SMS_GATEWAY=http and KRING_SMS_HTTP_URL must be set")
        if self.payment_provider != "mollie" or self.mollie_api_key is None:
            problems.append("KRING_PAYMENT_PROVIDER=mollie and KRING_MOLLIE_API_KEY must be set")
        if not self.public_url.startswith("https://"):
            problems.append("KRING_PUBLIC_URL must be an https:// address")
        if self.sepa_iban == DEV_SEPA_IBAN or self.sepa_creditor_id == DEV_SEPA_CREDITOR_ID:
            problems.append("KRING_SEPA_IBAN and KRING_SEPA_CREDITOR_ID must be Kring's own")
        if problems:
            raise ValueError("; ".join(problems))
        return self

    @property
    def is_dev(self) -> bool:
        return self.env == Environment.dev

    @property
    def secure_cookies(self) -> bool:
        """Secure, `__Host-` cookies everywhere except plain http on the local machine in dev."""
        return not (self.is_dev and self.public_url.startswith("http://127.0.0.1"))

    @property
    def runtime_file(self) -> Path:
        """Where `kring serve --dev` writes the addresses of the embedded servers it started."""
        return self.var_dir / "runtime.json"

    @property
    def mailbox_dir(self) -> Path:
        return self.var_dir / "mail"

    @property
    def sms_outbox_dir(self) -> Path:
        return self.var_dir / "sms"

    @property
    def uploads_dir(self) -> Path:
        """Uploaded files (photos, price lists), unless `KRING_UPLOADS_DIR` points elsewhere."""
        return self.uploads_path or self.var_dir / "uploads"

    def embedded_runtime(self) -> dict[str, str]:
        try:
            data = json.loads(self.runtime_file.read_text())
        except (OSError, ValueError):
            return {}
        return {k: v for k, v in data.items() if isinstance(v, str)}

    def resolved_workers(self) -> int:
        """API processes: the setting, else one per CPU core."""
        return self.workers or os.cpu_count() or 1

    def resolved_database_url(self) -> str:
        url = self.database_url or self.embedded_runtime().get("database_url")
        if not url:
            raise RuntimeError(
                "No database: set KRING_DATABASE_URL, or start `kring serve --dev` first."
            )
        return url

    def resolved_redis_url(self) -> str:
        url = self.redis_url or self.embedded_runtime().get("redis_url")
        if not url:
            raise RuntimeError("No Redis: set KRING_REDIS_URL, or start `kring serve --dev` first.")
        return url

    def resolved_smtp(self) -> tuple[str, int] | None:
        if self.smtp_host:
            return self.smtp_host, self.smtp_port
        runtime = self.embedded_runtime()
        if "smtp_host" in runtime:
            return runtime["smtp_host"], int(runtime["smtp_port"])
        return None


def settings_of(request: Request) -> Settings:
    """The settings of the app serving this request (tests run apps with their own)."""
    settings: Settings = request.app.state.settings
    return settings


@lru_cache
def get_settings() -> Settings:
    return Settings()


async def _settings_dependency(request: Request) -> Settings:
    return settings_of(request)


# What a route hands its service: the settings of the app serving the request.
SettingsDep = Annotated[Settings, Depends(_settings_dependency)]
