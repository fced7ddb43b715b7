"""Schemathesis over the whole spec, as anonymous and as each portal's user: no server errors,
no answer outside the spec (status, content type, schema). Bounded: about a minute each."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.api_fuzz import IDENTITIES, fuzz
from tests.fixtures.services import ServiceAddresses

# Enough examples per operation to reach the coverage phase's odd values (NUL, huge integers,
# bytes that are not UTF-8) and some fuzzing; the time budget keeps CI bounded.
MAX_EXAMPLES = 15
MAX_SECONDS = 75


@pytest.mark.parametrize("identity", list(IDENTITIES))
def test_the_spec_holds_under_fuzzing(
    identity: str, services: ServiceAddresses, tmp_path: Path
) -> None:
    outcome = fuzz(
        identity,
        services.admin_url,
        services.redis_url,
        max_examples=MAX_EXAMPLES,
        max_time=MAX_SECONDS,
        seed=12,
        report_dir=tmp_path,
    )
    summary = outcome.output[outcome.output.find("SUMMARY") :]
    assert "passed" in summary, outcome.output[-6000:]
    assert outcome.returncode == 0, outcome.output[-12000:]
