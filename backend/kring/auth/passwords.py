"""Passwords: argon2id hashes (computed off the event loop) and the password policy."""

from __future__ import annotations

import asyncio
from functools import lru_cache

import zxcvbn
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from kring.kit.i18n import N_

MIN_LENGTH = 10
MAX_LENGTH = 128
MIN_STRENGTH = 3
_ZXCVBN_MAX = 72  # zxcvbn refuses longer input; a longer password is judged by its start


@lru_cache
def _hasher() -> PasswordHasher:
    # OWASP's minimum for argon2id: 19 MiB, 2 iterations, 1 lane.
    return PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)


async def hash_password(password: str) -> str:
    return await asyncio.to_thread(_hasher().hash, password)


async def verify_password(password_hash: str | None, password: str) -> bool:
    """Check a password; without a hash (unknown account) still spend one hash's time."""
    if password_hash is None:
        await asyncio.to_thread(_hasher().hash, password)
        return False

    def check() -> bool:
        try:
            return _hasher().verify(password_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    return await asyncio.to_thread(check)


def needs_rehash(password_hash: str) -> bool:
    return _hasher().check_needs_rehash(password_hash)


def _policy_problem(password: str, personal: list[str]) -> str | None:
    if len(password) < MIN_LENGTH:
        return N_("Use at least {min_length} characters.")
    if len(password) > MAX_LENGTH:
        return N_("Use at most {max_length} characters.")
    lowered = password.lower()
    for word in personal:
        if len(word) >= 3 and word.lower() in lowered:
            return N_("Do not use your e-mail address or name in your password.")
    if zxcvbn.zxcvbn(password[:_ZXCVBN_MAX], user_inputs=personal)["score"] < MIN_STRENGTH:
        return N_("This password is too easy to guess. A few unrelated words make a strong one.")
    return None


async def password_problem(password: str, *, email: str, names: list[str | None]) -> str | None:
    """Why `password` is refused (an untranslated message id), or None when it is good enough.

    No composition rules: length, strength (zxcvbn score 3 or more) and no personal data.
    """
    local_part = email.split("@")[0]
    personal = [p for p in (email, local_part, *names) if p]
    return await asyncio.to_thread(_policy_problem, password, personal)
