"""Background requests during a fault: what each answered, and how long it took."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

import httpx

PROBLEM = "application/problem+json"


@dataclass
class Answer:
    path: str
    status: int
    content_type: str
    seconds: float


@dataclass
class Traffic:
    """GETs `paths` in turn from a thread until stopped; a request that hangs counts as 0."""

    base: str
    paths: list[str]
    timeout: float = 10.0
    answers: list[Answer] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def _run(self) -> None:
        with httpx.Client(base_url=self.base, timeout=self.timeout) as client:
            while not self._stop.is_set():
                for path in self.paths:
                    started = time.monotonic()
                    try:
                        response = client.get(path)
                        status, kind = response.status_code, response.headers.get("content-type")
                    except httpx.HTTPError:
                        status, kind = 0, ""
                    self.answers.append(
                        Answer(path, status, kind or "", time.monotonic() - started)
                    )
                time.sleep(0.02)

    def __enter__(self) -> Traffic:
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        assert self._thread is not None
        self._thread.join(self.timeout + 5)

    def statuses(self) -> set[int]:
        return {a.status for a in self.answers}

    def unexpected(self, statuses: set[int]) -> list[Answer]:
        return [a for a in self.answers if a.status not in statuses]

    def slowest(self) -> float:
        return max((a.seconds for a in self.answers), default=0.0)

    def problems_are_problem_json(self) -> bool:
        return all(a.content_type.startswith(PROBLEM) for a in self.answers if a.status >= 400)
