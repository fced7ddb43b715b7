"""Second-factor primitives: TOTP (one step either side), SMS codes and recovery codes.

TOTP follows RFC 6238 with 30-second steps. A code is accepted for the current step and one
step before or after (so up to about 30 s of clock drift either way), and only once: the
newest accepted step is stored on the factor and a code for that step or an older one is
refused as a reuse.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from datetime import datetime

import pyotp
import segno
from cryptography.fernet import Fernet

from kring.config import Settings

TOTP_STEP_SECONDS = 30
TOTP_WINDOW_STEPS = 1
RECOVERY_CODE_COUNT = 10
_RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i to misread


def _fernet(settings: Settings) -> Fernet:
    digest = hashlib.sha256(b"kring-mfa:" + settings.secret_key.get_secret_value().encode())
    return Fernet(base64.urlsafe_b64encode(digest.digest()))


def encrypt_secret(settings: Settings, secret: str) -> bytes:
    return _fernet(settings).encrypt(secret.encode())


def decrypt_secret(settings: Settings, encrypted: bytes) -> str:
    return _fernet(settings).decrypt(encrypted).decode()


def new_totp_secret() -> str:
    return pyotp.random_base32()


def provisioning_uri(secret: str, email: str) -> str:
    return pyotp.TOTP(secret, interval=TOTP_STEP_SECONDS).provisioning_uri(
        name=email, issuer_name="Kring"
    )


def qr_svg(uri: str) -> str:
    return str(segno.make(uri, error="m").svg_inline(scale=5, title="Kring 2FA"))


def matching_step(secret: str, code: str, now: datetime) -> int | None:
    """The time step whose code `code` is (within one step either side), or None."""
    code = code.strip().replace(" ", "")
    if not (code.isdigit() and len(code) == 6):
        return None
    totp = pyotp.TOTP(secret, interval=TOTP_STEP_SECONDS)
    current = int(now.timestamp()) // TOTP_STEP_SECONDS
    for step in range(current - TOTP_WINDOW_STEPS, current + TOTP_WINDOW_STEPS + 1):
        if hmac.compare_digest(totp.at(step * TOTP_STEP_SECONDS), code):
            return step
    return None


def new_sms_code() -> str:
    return f"{secrets.randbelow(1_000_000):06d}"


def new_recovery_codes() -> list[str]:
    def one() -> str:
        chars = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(10))
        return f"{chars[:5]}-{chars[5:]}"

    return [one() for _ in range(RECOVERY_CODE_COUNT)]


def normalise_recovery_code(code: str) -> str:
    return code.strip().lower().replace(" ", "").replace("-", "")
