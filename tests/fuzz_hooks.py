"""Schemathesis hooks for the API fuzz run (loaded through SCHEMATHESIS_HOOKS)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import schemathesis
from hypothesis.internal import lambda_sources

_describe_lambda: Callable[[Any], str] = lambda_sources.lambda_description


def _lambda_description_or_placeholder(f: Any) -> str:
    """The fuzzer's lambdas named for its reports, or a placeholder when CPython cannot."""
    # CPython 3.11 (gh-106905) may raise a spurious SystemError from ast.parse when
    # threads parse at once (`--workers 2`); the description is only a repr, so a
    # placeholder keeps the fuzz run about the API instead of crashing it.
    try:
        return _describe_lambda(f)
    except SystemError:
        return "lambda: <unknown>"


lambda_sources.lambda_description = _lambda_description_or_placeholder


@schemathesis.serializer("application/pdf", "image/png", "image/jpeg", "video/mp4", "video/webm")
def raw_upload(ctx: Any, value: Any) -> bytes:
    """Uploads are sent as the body itself: whatever was generated, as bytes."""
    if isinstance(value, bytes):
        return value
    return str(value).encode("utf-8", "surrogatepass")
