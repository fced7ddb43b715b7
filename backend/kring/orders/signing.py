"""Wlz signatures (being built)."""

from __future__ import annotations

from typing import Any


async def sign(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError


refuse = signed_pdf = staff_refusals = clear_refusal = amend = staff_signed_pdf = sign
