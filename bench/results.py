"""Percentiles, and the figures of a run kept in `bench/results/<name>-<date>-<sha>.json`: each
run of the same bench on the same day and commit is appended, so a file shows the noise."""

from __future__ import annotations

import json
import os
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"


def percentile(samples: list[float], fraction: float) -> float:
    """Nearest-rank percentile (0.0 for no samples)."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else 0.0


def summary(seconds: list[float]) -> dict[str, float | int]:
    """Count and p50/p95/p99/max in milliseconds, one decimal."""
    figures: dict[str, float | int] = {"n": len(seconds)}
    for label, fraction in (("p50", 0.5), ("p95", 0.95), ("p99", 0.99)):
        figures[f"{label}_ms"] = round(percentile(seconds, fraction) * 1e3, 1)
    figures["max_ms"] = round(max(seconds, default=0.0) * 1e3, 1)
    return figures


def _git(*args: str) -> str:
    try:
        return subprocess.run(
            ["git", *args], capture_output=True, text=True, check=True, cwd=RESULTS.parent.parent
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def save(name: str, figures: dict[str, Any]) -> Path:
    """Append this run's figures to today's file for this bench and commit; return its path."""
    sha = _git("rev-parse", "--short", "HEAD") or "unknown"
    now = datetime.now(UTC)
    path = RESULTS / f"{name}-{now:%Y-%m-%d}-{sha}.json"
    RESULTS.mkdir(exist_ok=True)
    kept = json.loads(path.read_text()) if path.exists() else {"bench": name, "runs": []}
    load = os.getloadavg()
    kept["runs"].append(
        {
            "at": now.isoformat(timespec="seconds"),
            "commit": sha,
            # Uncommitted changes outside bench/results make the commit an approximation.
            "dirty": bool(_git("status", "--porcelain", "--", ".", ":!bench/results")),
            "cpus": os.cpu_count(),
            "load_average_1m": round(load[0], 2),
            **figures,
        }
    )
    path.write_text(json.dumps(kept, indent=2, ensure_ascii=False) + "\n")
    return path
