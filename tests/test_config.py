"""Settings are validated at start; production refuses development defaults."""

from __future__ import annotations

import os

import pytest
from pydantic import ValidationError

from kring.config import DEV_SECRET_KEY, DEV_SEPA_CREDITOR_ID, DEV_SEPA_IBAN, Settings

PRODUCTION = {
    "env": "production",
    "secret_key": "k" * 48,
    "database_url": "postgresql://kring@db/kring",
    "redis_url": "redis://cache:6379/0",
    "smtp_host": "smtp.example.org",
    "public_url": "https://kring.example.org",
    "sms_gateway": "http",
    "sms_http_url": "https://sms.example.org/messages",
    "payment_provider": "mollie",
    "mollie_api_key": "live_abcdefghijklmnopqrstuvwxyz0123",
    "sepa_iban": "NL39 RABO 0300 0652 64",
    "sepa_creditor_id": "NL69ZZZ123456780000",
}


def test_a_complete_production_configuration_is_accepted() -> None:
    assert Settings(**PRODUCTION).env == "production"


@pytest.mark.parametrize(
    ("override", "complaint"),
    [
        ({"secret_key": DEV_SECRET_KEY}, "KRING_SECRET_KEY"),
        ({"secret_key": "short"}, "KRING_SECRET_KEY"),
        ({"database_url": None}, "KRING_DATABASE_URL"),
        ({"redis_url": None}, "KRING_REDIS_URL"),
        ({"smtp_host": None}, "KRING_SMTP_HOST"),
        ({"public_url": "http://kring.example.org"}, "KRING_PUBLIC_URL"),
        ({"sms_gateway": "outbox"}, "KRING_SMS_GATEWAY"),
        ({"sms_http_url": None}, "KRING_SMS_HTTP_URL"),
        ({"payment_provider": "sandbox"}, "KRING_PAYMENT_PROVIDER"),
        ({"mollie_api_key": None}, "KRING_MOLLIE_API_KEY"),
        ({"sepa_iban": DEV_SEPA_IBAN}, "KRING_SEPA_IBAN"),
        ({"sepa_creditor_id": DEV_SEPA_CREDITOR_ID}, "KRING_SEPA_CREDITOR_ID"),
    ],
)
def test_production_refuses_defaults(override: dict[str, object], complaint: str) -> None:
    with pytest.raises(ValidationError, match=complaint):
        Settings(**{**PRODUCTION, **override})


def test_dev_accepts_the_defaults_and_env_vars_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KRING_PORT", "8123")
    monkeypatch.setenv("KRING_ENV", "dev")
    settings = Settings()
    assert settings.port == 8123
    assert settings.is_dev


def test_a_bad_value_is_refused_at_start(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KRING_PORT", "not-a-port")
    with pytest.raises(ValidationError, match="port"):
        Settings()


def test_one_api_process_per_core_unless_told(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: 6)
    assert Settings(env="dev").resolved_workers() == 6
    assert Settings(env="dev", workers=2).resolved_workers() == 2
    with pytest.raises(ValidationError, match="workers"):
        Settings(env="dev", workers=0)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("sepa_iban", "NL92ABNA0417164300"),  # wrong check digits
        ("sepa_bic", "ABNA"),
        ("sepa_creditor_id", "NL98ZZZ999999999999"),  # wrong check digits
        ("sepa_name", "x" * 71),
    ],
)
def test_krings_own_account_is_checked_at_start(name: str, value: str) -> None:
    with pytest.raises(ValidationError, match=name):
        Settings(**{name: value})


def test_krings_own_account_is_kept_compact() -> None:
    settings = Settings(
        sepa_iban="nl39 rabo 0300 0652 64",
        sepa_bic="rabo nl 2u",
        sepa_creditor_id="nl69zzz123456780000",
    )
    assert (settings.sepa_iban, settings.sepa_bic, settings.sepa_creditor_id) == (
        "NL39RABO0300065264",
        "RABONL2U",
        "NL69ZZZ123456780000",
    )
