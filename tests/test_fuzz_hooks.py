"""The fuzz run's hooks: a CPython parser fault while naming a lambda does not end the run."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis.internal import lambda_sources

from tests import fuzz_hooks


def describe(f: object) -> str:
    description: Callable[[object], str] = lambda_sources.lambda_description
    return description(f)


def test_a_parser_fault_names_the_lambda_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    def faulty(f: object) -> str:
        raise SystemError("AST constructor recursion depth mismatch (before=69, after=64)")

    monkeypatch.setattr(fuzz_hooks, "_describe_lambda", faulty)
    assert describe(lambda x: x) == "lambda: <unknown>"


def test_a_lambda_is_still_described() -> None:
    assert "x > 1" in describe(lambda x: x > 1)
