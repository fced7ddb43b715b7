"""Closed-loop HTTP load for a fixed time: `wrk` (a second process in C, so the client does not
compete with Python for a core) with a small Lua script whose `done()` prints one parseable
line; without wrk, an httpx client in a separate process. Both give the same figures: requests
per second, p50/p95/p99 in milliseconds, non-2xx answers and socket errors."""

from __future__ import annotations

import asyncio
import concurrent.futures
import multiprocessing
import re
import shutil
import subprocess
import tempfile
import time
from dataclasses import asdict, dataclass
from typing import Any

from bench.results import percentile

THREADS = 2
MARK = "SIDEBYSIDE"
# Each wrk thread loads its own copy; with more than one path, requests go round them.
LUA = """
local paths = {%(paths)s}
local n = 0
if #paths > 1 then
  request = function()
    n = n + 1
    return wrk.format(nil, paths[n %% #paths + 1])
  end
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("%(mark)s %%d %%d %%d %%d %%d %%d %%d %%d %%d %%d\\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95),
    latency:percentile(99), e.status, e.connect, e.read, e.write, e.timeout))
end
"""


@dataclass(frozen=True)
class Figures:
    requests: int
    seconds: float
    rps: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    non_2xx: int
    socket_errors: int

    def as_dict(self) -> dict[str, Any]:
        return {k: round(v, 1) if isinstance(v, float) else v for k, v in asdict(self).items()}


def load(
    base: str, paths: list[str], headers: dict[str, str], connections: int, seconds: float
) -> Figures:
    """`connections` connections sending GETs of `paths` (in turn) to `base` for `seconds`."""
    binary = shutil.which("wrk")
    if binary is not None:
        return _wrk(binary, base, paths, headers, connections, seconds)
    with concurrent.futures.ProcessPoolExecutor(
        1, mp_context=multiprocessing.get_context("spawn")
    ) as pool:
        return pool.submit(_httpx, base, paths, headers, connections, seconds).result()


def client() -> str:
    return (
        "wrk"
        if shutil.which("wrk")
        else "httpx (install wrk for figures without the client's cost)"
    )


def _wrk(
    binary: str,
    base: str,
    paths: list[str],
    headers: dict[str, str],
    connections: int,
    seconds: float,
) -> Figures:
    quoted = ", ".join('"' + p.replace("\\", "\\\\").replace('"', '\\"') + '"' for p in paths)
    with tempfile.NamedTemporaryFile("w", suffix=".lua", prefix="sidebyside-") as script:
        script.write(LUA % {"paths": quoted, "mark": MARK})
        script.flush()
        command = [binary, f"-t{min(THREADS, connections)}", f"-c{connections}"]
        command += [f"-d{max(1, round(seconds))}s", "--timeout", "10s", "-s", script.name]
        for name, value in headers.items():
            command += ["-H", f"{name}: {value}"]
        result = subprocess.run(
            [*command, base + paths[0]], capture_output=True, text=True, check=False
        )
    found = re.search(rf"^{MARK} ([\d ]+)$", result.stdout, re.MULTILINE)
    if result.returncode != 0 or found is None:
        raise RuntimeError(f"wrk failed ({result.returncode}): {result.stderr or result.stdout}")
    count, micros, p50, p95, p99, status, *socket = (int(v) for v in found.group(1).split())
    return Figures(
        requests=count,
        seconds=micros / 1e6,
        rps=count / (micros / 1e6) if micros else 0.0,
        p50_ms=p50 / 1e3,
        p95_ms=p95 / 1e3,
        p99_ms=p99 / 1e3,
        non_2xx=status,
        socket_errors=sum(socket),
    )


def _httpx(
    base: str, paths: list[str], headers: dict[str, str], connections: int, seconds: float
) -> Figures:
    """The fallback, run in its own process: the same loop as wrk's, in asyncio."""
    import httpx

    async def run() -> Figures:
        latencies: list[float] = []
        bad = errors = 0
        turn = 0
        limits = httpx.Limits(max_connections=connections, keepalive_expiry=3.0)
        async with httpx.AsyncClient(
            base_url=base, headers=headers, limits=limits, timeout=10
        ) as http:
            deadline = time.perf_counter() + seconds

            async def connection() -> None:
                nonlocal bad, errors, turn
                while time.perf_counter() < deadline:
                    turn += 1
                    started = time.perf_counter()
                    try:
                        answer = await http.get(paths[turn % len(paths)])
                    except httpx.HTTPError:
                        errors += 1
                        continue
                    latencies.append(time.perf_counter() - started)
                    bad += not 200 <= answer.status_code < 300

            started = time.perf_counter()
            await asyncio.gather(*(connection() for _ in range(connections)))
            elapsed = time.perf_counter() - started
        return Figures(
            requests=len(latencies),
            seconds=elapsed,
            rps=len(latencies) / elapsed,
            p50_ms=percentile(latencies, 0.5) * 1e3,
            p95_ms=percentile(latencies, 0.95) * 1e3,
            p99_ms=percentile(latencies, 0.99) * 1e3,
            non_2xx=bad,
            socket_errors=errors,
        )

    return asyncio.run(run())
