"""The fault suite runs against servers of its own (never TEST_DATABASE_URL / TEST_REDIS_URL:
it stops and kills them), started once for the suite."""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kring.kit.mail_sink import KeepEveryMessage
from tests.faults.stack import Stack, start_stack


class SlowSink(KeepEveryMessage):
    """The sink, with a pause between keeping a message and saying so (`250`): a sender killed
    in that pause has delivered a mail it does not know about."""

    def __init__(self, mailbox: Path) -> None:
        super().__init__(mailbox)
        self.pause = 0.0
        self.unanswered = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.store(envelope.original_content or envelope.content)
        self.unanswered += 1
        try:
            await asyncio.sleep(self.pause)
        finally:
            self.unanswered -= 1
        return "250 Message accepted for delivery"


@pytest.fixture(scope="session")
def stack() -> Iterator[Stack]:
    with tempfile.TemporaryDirectory(prefix="kring-faults-") as scratch:
        var_dir = Path(scratch)
        yield from start_stack(var_dir, handler=SlowSink(var_dir / "mail"))


@pytest.fixture
def sink(stack: Stack) -> Iterator[SlowSink]:
    handler = stack.sink.handler
    assert isinstance(handler, SlowSink)
    yield handler
    handler.pause = 0.0


@pytest.fixture
def processes(stack: Stack) -> Iterator[Stack]:
    """The stack; every Kring process a test starts is stopped after it."""
    yield stack
    for process in stack.processes:
        process.stop()
    stack.processes.clear()
