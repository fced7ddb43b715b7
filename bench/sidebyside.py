"""Kring beside a bare app (GitHub issue 14): each hot GET of Kring next to its twin in
`bench.bare`, which runs the same SQL on the same database with the least around it (FastAPI,
Pydantic response models, an asyncpg pool). The gap is what Kring's own layers cost (ORM,
unit of work with its BEGIN/COMMIT, the pool's pre-ping, middleware, dependencies); "Kring's
share" is Kring's req/s as a percentage of the bare app's, on the same machine in one run.

Seeds with SQL what the endpoints read (the search's 100,000 providers, the dashboard's
providers, an organisation with 50 members whose portal admin is a bench person, a staff admin,
a page of organisations and of promotion requests, a partner's dossiers, 1,000,000 orders, and
issue 21's projects, questions and invoices: `sidebyside_care`), signs in by writing
sessions straight into `user_session` (the cookie's HMAC, second factor proven), checks that
every endpoint answers 200 on both sides with the same JSON, then loads each with 64
connections (wrk, 2 threads, after a 1 s warm-up; Kring and bare take turns going first).
Also the search goal: keyword and keyword + place searches over the 100,000 providers at 16
connections. KRING_BENCH_SECONDS (default 8) sets each load's length; KRING_BENCH_ONLY (labels,
comma-separated, e.g. "orders,orders deep") measures those rows only, seeding what they read
(the search goal runs with "search").
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import asyncpg
import httpx

from bench import loadgen, search
from bench.results import save
from bench.sidebyside_seed import USER_AGENT, dsn, seed, sign_in, sign_out
from kring.config import DEV_SECRET_KEY
from kring.kit.mail_sink import free_port

ROOT = Path(__file__).resolve().parent.parent
SECONDS = float(os.environ.get("KRING_BENCH_SECONDS", "8"))
WARM_UP = 1.0
CONNECTIONS = 64
SEARCH_CONNECTIONS = 16
# Kring is served with this (KRING_SESSION_IDLE_MINUTES): the sessions made here last the run.
IDLE_MINUTES = 1440
HEADERS = {"Accept-Language": "en", "User-Agent": USER_AGENT}

# The hot endpoints: a label, the path ({organisation} and {profile} are filled in), and who is
# signed in (None: nobody). Both apps answer the same paths.
ENDPOINTS: tuple[tuple[str, str, str | None], ...] = (
    ("health", "/api/v1/health", None),
    ("me", "/api/v1/me", "portal_admin"),
    ("members", "/api/v1/organisations/{organisation}/members", "portal_admin"),
    ("categories", "/api/v1/categories", None),
    ("skills", "/api/v1/skills", None),
    ("function codes", "/api/v1/function-codes", None),
    ("places", "/api/v1/places?q=utr", None),
    ("search", "/api/v1/providers/search?q=kapper", None),
    ("public profile", "/api/v1/providers/{profile}", None),
    ("inbox", "/api/v1/provider/contact-requests", "provider"),
    ("statistics", "/api/v1/provider/statistics", "provider"),
    ("reviews", "/api/v1/provider/reviews", "provider"),
    ("admin users", "/api/v1/admin/users", "staff"),
    ("admin organisations", "/api/v1/admin/organisations", "staff"),
    ("admin providers", "/api/v1/admin/providers", "staff"),
    ("promotion requests", "/api/v1/admin/promotion-requests", "staff"),
    ("partner access", "/api/v1/admin/partner-access-requests", "staff"),
    ("dossiers", "/api/v1/dossiers", "partner"),
    ("admin dossiers", "/api/v1/admin/dossiers", "staff"),
    ("admin helpers", "/api/v1/admin/helpers", "staff"),
    ("overdue hours", "/api/v1/admin/hours/overdue", "staff"),
    ("suggestions", "/api/v1/dossiers/{dossier}/suggestions", "partner"),
    ("dossier hours", "/api/v1/dossiers/{dossier}/hours?month={last_month}", "partner"),
    ("response times", "/api/v1/admin/provider-response-times", "staff"),
    # A care professional's orders over 1,000,000 (issue 19): the first page of the open ones, a
    # deep page of all they see, and one status.
    ("orders", "/api/v1/orders", "pro"),
    ("orders deep", "/api/v1/orders?view=all&cursor={orders_cursor}", "pro"),
    ("orders by status", "/api/v1/orders?view=all&status=delivered", "pro"),
    ("admin orders", "/api/v1/admin/orders", "staff"),
    # The branches' queue of refused Wlz signatures (issue 20), the oldest open ones first.
    ("admin refusals", "/api/v1/admin/order-refusals", "staff"),
    # Projects, questions and invoices (issue 21): the portal admin's first page of each (their
    # projects, their open threads, the open invoices) and staff's (every project, every
    # waiting question the oldest first, every invoice the newest first).
    ("projects", "/api/v1/organisations/{organisation}/projects", "portal_admin"),
    ("admin projects", "/api/v1/admin/projects", "staff"),
    ("correspondence", "/api/v1/organisations/{organisation}/correspondence", "portal_admin"),
    ("admin questions", "/api/v1/admin/questions", "staff"),
    ("invoices", "/api/v1/organisations/{organisation}/invoices", "portal_admin"),
    ("admin invoices", "/api/v1/admin/invoices", "staff"),
    # A neighbourhood's feed (issue 22): the first page of the partner's neighbourhood, one of
    # 100 with 100,000 posts and 500,000 replies between them.
    ("neighbourhood feed", "/api/v1/neighbourhoods/{neighbourhood}/posts", "partner"),
    # The neighbourhoods' other lists (issue 22), as the partner (a resident of the first of
    # them and its worker) and staff read them: neighbours who can help, nearest first (anyone
    # offering a skill, and one skill a page and more of them offer), the partner's own 200
    # posts, the 30 help requests nobody answered, a busy post's 120 replies, the partner's 60
    # conversations (beside 20,000 others), all 100 neighbourhoods with their areas and the open
    # reports' queue (1,000 of 3,000), which Kring audits.
    ("helpers", "/api/v1/neighbourhoods/{neighbourhood}/helpers", "partner"),
    (
        "helpers by skill",
        "/api/v1/neighbourhoods/{neighbourhood}/helpers?skill={helper_skill}",
        "partner",
    ),
    ("my posts", "/api/v1/me/posts", "partner"),
    ("unanswered", "/api/v1/neighbourhoods/{neighbourhood}/unanswered", "partner"),
    ("post replies", "/api/v1/posts/{post}/replies", "partner"),
    ("conversations", "/api/v1/conversations", "partner"),
    ("admin neighbourhoods", "/api/v1/admin/neighbourhoods", "staff"),
    ("neighbourhood reports", "/api/v1/admin/neighbourhood-reports", "staff"),
)
GOAL_SHARE = 60.0  # % of the bare app's req/s, every hot endpoint
GOAL_P99_MS = 100.0  # Kring's p99, every hot endpoint
GOAL_HEALTH_P99_MS = 30.0
GOAL_SEARCH_P95_MS = 50.0


# Requests still being served (a load leaves up to 64 behind when it stops) show as statements
# running, or transactions open, in the bench's database.
BUSY_SQL = """
SELECT count(*) FROM pg_stat_activity
WHERE datname = current_database() AND backend_type = 'client backend'
  AND state IN ('active', 'idle in transaction') AND pid <> pg_backend_pid()
"""


async def _quiet(database_url: str) -> None:
    """Wait until the last load's requests are served (quiet for 0.2 s), at most a minute."""
    connection = await asyncpg.connect(dsn(database_url))
    try:
        deadline, quiet = time.monotonic() + 60, 0
        while quiet < 4 and time.monotonic() < deadline:
            quiet = 0 if await connection.fetchval(BUSY_SQL) else quiet + 1
            await asyncio.sleep(0.05)
    finally:
        await connection.close()


def start_bare(database_url: str) -> tuple[subprocess.Popen[bytes], str]:
    """The bare app in its own process: one uvicorn worker, no access log."""
    port = free_port()
    env = {
        **os.environ,
        "BARE_DATABASE_URL": database_url,
        "BARE_SECRET_KEY": DEV_SECRET_KEY,
        "BARE_SESSION_IDLE_MINUTES": str(IDLE_MINUTES),
    }
    command = [sys.executable, "-m", "uvicorn", "bench.bare:app", "--port", str(port)]
    command += ["--workers", "1", "--log-level", "warning", "--no-access-log"]
    process = subprocess.Popen(command, cwd=ROOT, env=env)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/api/v1/health", timeout=1).status_code == 200:
                return process, base
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    process.terminate()
    raise RuntimeError("the bare app did not start")


def _shape(value: Any) -> Any:
    """The JSON's shape: keys and types, where null matches any type."""
    if isinstance(value, dict):
        return {k: _shape(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_shape(value[0])] if value else []
    return type(value).__name__ if value is not None else None


def _differences(kring: Any, bare: Any, where: str = "") -> list[str]:
    if isinstance(kring, dict) and isinstance(bare, dict):
        found = [f"{where}.{k} only in Kring's" for k in kring.keys() - bare.keys()]
        found += [f"{where}.{k} only in the bare's" for k in bare.keys() - kring.keys()]
        for key in kring.keys() & bare.keys():
            found += _differences(kring[key], bare[key], f"{where}.{key}")
        return found
    if isinstance(kring, list) and isinstance(bare, list):
        return _differences(kring[0], bare[0], f"{where}[]") if kring and bare else []
    if kring is None or bare is None or kring == bare:
        return []
    return [f"{where or 'the body'}: {kring} in Kring's, {bare} in the bare's"]


def selected() -> list[str]:
    """The labels KRING_BENCH_ONLY names (every endpoint when it is not set)."""
    chosen = [
        label.strip()
        for label in os.environ.get("KRING_BENCH_ONLY", "").split(",")
        if label.strip()
    ]
    known = [label for label, _template, _who in ENDPOINTS]
    unknown = [label for label in chosen if label not in known]
    if unknown:
        sys.exit(f"KRING_BENCH_ONLY: unknown {', '.join(unknown)}; known: {', '.join(known)}")
    return [label for label in known if label in chosen] if chosen else known


def check(
    bases: dict[str, str], paths: dict[str, str], cookies: dict[str, str], chosen: list[str]
) -> list[str]:
    """Each endpoint on both sides: 200, and the same JSON (or at least its shape); the labels
    of the endpoints to measure (those answering 200 on both)."""
    good, same = [], 0
    for label, _template, who in ENDPOINTS:
        if label not in chosen:
            continue
        headers = {**HEADERS, **({"Cookie": cookies[who]} if who else {})}
        answers = {
            side: httpx.get(base + paths[label], headers=headers, timeout=30)
            for side, base in bases.items()
        }
        failed = [
            f"{side} answered {a.status_code}: {a.text[:300]}"
            for side, a in answers.items()
            if a.status_code != 200
        ]
        if failed:
            print(f"  ERROR {label} ({paths[label]}): " + "; ".join(failed) + " - not measured")
            continue
        good.append(label)
        kring, bare = (answers[side].json() for side in ("Kring", "bare"))
        same += kring == bare
        if kring != bare:
            differences = _differences(_shape(kring), _shape(bare))
            note = "; ".join(differences[:4]) if differences else "same shape, other values"
            print(f"  note: {label}: the JSON differs ({note})")
    print(
        f"  {len(good)} of {len(chosen)} endpoints answer 200 on both sides; {same} with the"
        " same JSON on both"
    )
    return good


def _row(label: str, kring: loadgen.Figures, bare: loadgen.Figures) -> str:
    share = 100 * kring.rps / bare.rps if bare.rps else 0.0
    errors = kring.non_2xx + kring.socket_errors + bare.non_2xx + bare.socket_errors
    return (
        f"  {label:<20}{kring.rps:>8.0f}{kring.p50_ms:>9.1f}{kring.p99_ms:>9.1f}"
        f"{bare.rps:>8.0f}{bare.p99_ms:>9.1f}{share:>8.0f}%"
        + (
            f"   errors: Kring {kring.non_2xx}+{kring.socket_errors},"
            f" bare {bare.non_2xx}+{bare.socket_errors}"
            if errors
            else ""
        )
    )


def _load(
    database_url: str, base: str, paths: list[str], headers: dict[str, str], connections: int
) -> loadgen.Figures:
    """A warm-up, then the measured load; each is let finish before what follows starts."""
    for seconds in (WARM_UP, SECONDS):
        figures = loadgen.load(base, paths, headers, connections, seconds)
        asyncio.run(_quiet(database_url))
    return figures


def measure(
    database_url: str,
    bases: dict[str, str],
    paths: dict[str, str],
    cookies: dict[str, str],
    labels: list[str],
) -> dict[str, dict[str, loadgen.Figures]]:
    """Each endpoint under load on one side then the other, the first side taking turns."""
    print(
        f"  {'endpoint':<20}{'Kring':>8}{'p50 ms':>9}{'p99 ms':>9}{'bare':>8}{'p99 ms':>9}"
        f"{'share':>9}"
    )
    print(f"  {'':<20}{'req/s':>8}{'':>18}{'req/s':>8}")
    results: dict[str, dict[str, loadgen.Figures]] = {}
    for turn, (label, _template, who) in enumerate(ENDPOINTS):
        if label not in labels:
            continue
        headers = {**HEADERS, **({"Cookie": cookies[who]} if who else {})}
        order = ("Kring", "bare") if turn % 2 == 0 else ("bare", "Kring")
        results[label] = {}
        for side in order:
            results[label][side] = _load(
                database_url, bases[side], [paths[label]], headers, CONNECTIONS
            )
        print(_row(label, results[label]["Kring"], results[label]["bare"]), flush=True)
    return results


async def _search_paths(database_url: str) -> list[str]:
    connection = await asyncpg.connect(dsn(database_url))
    try:
        places = await connection.fetch(
            "SELECT id FROM place WHERE country = 'NL' ORDER BY population DESC LIMIT 30"
        )
    finally:
        await connection.close()
    paths = [f"/api/v1/providers/search?q={k}" for k in search.KEYWORDS]
    paths += [
        f"/api/v1/providers/search?q={search.KEYWORDS[n % len(search.KEYWORDS)]}&place_id={p['id']}"
        for n, p in enumerate(places)
    ]
    return paths


def goals(
    results: dict[str, dict[str, loadgen.Figures]],
    searched: loadgen.Figures | None,
    missing: list[str],
) -> dict[str, bool]:
    """Print a line per goal, met or not; the verdicts."""
    behind = [
        label
        for label, sides in results.items()
        if sides["Kring"].p99_ms > GOAL_P99_MS
        or 100 * sides["Kring"].rps < GOAL_SHARE * sides["bare"].rps
        or sides["Kring"].non_2xx + sides["Kring"].socket_errors
    ]
    health = results.get("health", {}).get("Kring")
    verdicts = {
        "hot": not behind and not missing,
        "health": health is not None and health.p99_ms <= GOAL_HEALTH_P99_MS,
        "search": searched is not None
        and searched.p95_ms <= GOAL_SEARCH_P95_MS
        and not searched.non_2xx,
    }
    lines = {
        "hot": f"share >= {GOAL_SHARE:.0f}% and Kring p99 <= {GOAL_P99_MS:.0f} ms on every hot "
        f"endpoint" + (f" (not: {', '.join(behind + missing)})" if behind or missing else ""),
        "health": f"/health p99 <= {GOAL_HEALTH_P99_MS:.0f} ms"
        + (f" ({health.p99_ms:.1f} ms)" if health else " (not measured)"),
        "search": f"search p95 at {SEARCH_CONNECTIONS} connections <= {GOAL_SEARCH_P95_MS:.0f} ms"
        + (f" ({searched.p95_ms:.1f} ms)" if searched else " (not measured)"),
    }
    print("  Goals:")
    for name, line in lines.items():
        print(f"    {'met    ' if verdicts[name] else 'NOT MET'}  {line}")
    return verdicts


def run(kring_base: str, database_url: str) -> None:
    chosen = selected()
    everything = len(chosen) == len(ENDPOINTS)
    seeded = asyncio.run(seed(database_url, None if everything else set(chosen)))
    paths = {label: template.format(**seeded) for label, template, _who in ENDPOINTS}
    print(
        f"Kring beside a bare app (same SQL), {CONNECTIONS} connections, {SECONDS:g} s each after"
        f" {WARM_UP:g} s warm-up, client {loadgen.client()} (seeded in {seeded['seconds']:.1f} s):"
    )
    who = {w for label, _template, w in ENDPOINTS if label in chosen and w}
    cookies, sessions = asyncio.run(sign_in(database_url, None if everything else who))
    bare, bare_base = start_bare(database_url)
    try:
        bases = {"Kring": kring_base, "bare": bare_base}
        labels = check(bases, paths, cookies, chosen)
        results = measure(database_url, bases, paths, cookies, labels)
        searched, search_paths = None, []
        if "search" in chosen:
            search_paths = asyncio.run(_search_paths(database_url))
            searched = _load(database_url, kring_base, search_paths, HEADERS, SEARCH_CONNECTIONS)
    finally:
        bare.terminate()
        bare.wait(15)
        asyncio.run(sign_out(database_url, sessions))
    if searched is not None:
        print(
            f"  Search over {search.PROVIDERS:,} providers, Kring, {SEARCH_CONNECTIONS}"
            f" connections ({len(search_paths)} keyword and keyword + place searches in turn): "
            f"{searched.rps:.0f} req/s, p50 {searched.p50_ms:.1f} ms, p95"
            f" {searched.p95_ms:.1f} ms, p99 {searched.p99_ms:.1f} ms"
        )
    missing = [label for label in chosen if label not in labels]
    verdicts = goals(results, searched, missing)
    figures = {
        "config": {
            "connections": CONNECTIONS,
            "seconds": SECONDS,
            "warm_up": WARM_UP,
            "client": loadgen.client(),
            "search_connections": SEARCH_CONNECTIONS,
            "only": None if everything else chosen,
        },
        "endpoints": {
            label: {
                "path": next(t for lb, t, _w in ENDPOINTS if lb == label),
                **{side: f.as_dict() for side, f in sides.items()},
                "share_pct": round(100 * sides["Kring"].rps / sides["bare"].rps, 1)
                if sides["bare"].rps
                else None,
            }
            for label, sides in results.items()
        },
        "not_measured": missing,
        "search_16": searched.as_dict() if searched else None,
        "goals_met": verdicts,
    }
    path = save("sidebyside", figures)
    print(f"  figures: {path.relative_to(path.parent.parent.parent)}")
