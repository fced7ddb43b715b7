"""The public search over 100,000 providers, page after page: the first page and deep pages
(around 50 and 200) of a keyword search, a category near a place, a place alone (nearest
first) and the whole country by rating, one request at a time.

The server's paging is found from its first answer: `next_cursor` in it means keyset paging
(`limit`, then `cursor=<next_cursor>`, rows in `items`); otherwise page numbers (`page`,
`page_size`, rows in `results`). So the same bench measures OFFSET paging and keyset paging."""

from __future__ import annotations

import asyncio
import random
import time
from collections import defaultdict
from typing import Any

import asyncpg
import httpx

from bench import search
from bench.results import save, summary

PATH = "/api/v1/providers/search"
PAGE_SIZE = 20
DEEPEST = 200
WALKS = 2  # per query: each walks pages 1..DEEPEST (or to the end)
FIRST_PAGES = 30  # extra first pages per query, for its percentiles
# Pages measured as "around 50" and "around 200": ten samples per walk each.
BANDS = {"page 1": range(1, 2), "pages 46-55": range(46, 56), "pages 191-200": range(191, 201)}
KEYWORDS = ("kapper", "pedicure", "massage", "schilder", "computerhulp", "klusjes")
CATEGORIES = ("klusjesmannen", "kappers", "computerhulp", "pedicures-medisch", "schilder-aan-huis")


async def _places(database_url: str) -> list[int]:
    connection = await asyncpg.connect(
        database_url.replace("postgresql+asyncpg://", "postgresql://")
    )
    try:
        rows = await connection.fetch(
            "SELECT id FROM place WHERE country = 'NL' ORDER BY population DESC LIMIT 30"
        )
    finally:
        await connection.close()
    return [r["id"] for r in rows]


def _queries(places: list[int]) -> dict[str, Any]:
    rng = random.Random(2026)
    return {
        "keyword": lambda: {"q": rng.choice(KEYWORDS)},
        "category + place": lambda: {
            "category": rng.choice(CATEGORIES),
            "place_id": rng.choice(places),
        },
        # A category near a place has few pages; a place alone has hundreds, nearest first.
        "place, nearest first": lambda: {"place_id": rng.choice(places)},
        "nationwide by rating": lambda: {"sort": "rating"},
    }


class Walk:
    """Pages of one search, in the paging the server speaks."""

    def __init__(self, client: httpx.AsyncClient, params: dict[str, Any]) -> None:
        self.client, self.params = client, params
        self.keyset: bool | None = None
        self.cursor: str | None = None
        self.page = 0
        self.done = False

    async def next(self) -> float:
        """Fetch the next page; its time in seconds."""
        params = dict(self.params)
        if self.keyset is None:  # the first page: ask in both vocabularies, see which answers
            params.update(limit=PAGE_SIZE, page_size=PAGE_SIZE)
        elif self.keyset:
            params.update(limit=PAGE_SIZE, cursor=self.cursor)
        else:
            params.update(page=self.page + 1, page_size=PAGE_SIZE)
        started = time.perf_counter()
        answer = await self.client.get(PATH, params=params)
        seconds = time.perf_counter() - started
        if answer.status_code != 200:
            raise RuntimeError(f"search {params} answered {answer.status_code}: {answer.text}")
        body = answer.json()
        if self.keyset is None:
            self.keyset = "next_cursor" in body
        self.page += 1
        if self.keyset:
            self.cursor = body["next_cursor"]
            self.done = self.cursor is None
        else:
            rows = len(body["results"])
            self.done = rows < PAGE_SIZE or self.page * PAGE_SIZE >= body["total"]
        return seconds


async def measure(base: str, database_url: str) -> tuple[str, dict[str, Any]]:
    queries = _queries(await _places(database_url))
    figures: dict[str, Any] = {}
    paging = "?"
    limits = httpx.Limits(keepalive_expiry=3.0)  # before uvicorn closes idle ones (5 s)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
        for label, params in queries.items():
            for _ in range(5):  # warm up
                await Walk(client, params()).next()
            bands: dict[str, list[float]] = defaultdict(list)
            depths: list[int] = []
            for _ in range(FIRST_PAGES):
                bands["page 1"].append(await Walk(client, params()).next())
            for _ in range(WALKS):
                walk = Walk(client, params())
                while not walk.done and walk.page < DEEPEST:
                    seconds = await walk.next()
                    for band, pages in BANDS.items():
                        if walk.page in pages:
                            bands[band].append(seconds)
                depths.append(walk.page)
                paging = "keyset (cursor)" if walk.keyset else "OFFSET (page numbers)"
            figures[label] = {
                "pages_walked": depths,
                **{band: summary(bands[band]) for band in BANDS if bands[band]},
            }
    return paging, figures


def _print(paging: str, figures: dict[str, Any]) -> None:
    print(
        f"  paging: {paging}; {PAGE_SIZE} a page; one request at a time; {WALKS} walks per "
        f"query through pages 1..{DEEPEST} (or the last page)"
    )
    print(f"  {'query':<22}{'pages':<14}{'n':>5}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}")
    for label, result in figures.items():
        for band in BANDS:
            if band not in result:
                print(
                    f"  {label:<22}{band:<14}   (no such page: walks ended at "
                    f"{result['pages_walked']})"
                )
                continue
            f = result[band]
            print(
                f"  {label:<22}{band:<14}{f['n']:>5}{f['p50_ms']:>9.1f}{f['p95_ms']:>9.1f}"
                f"{f['p99_ms']:>9.1f}"
            )


def run(base: str, database_url: str) -> None:
    seconds = asyncio.run(search.seed(database_url))
    seeded = f"seeded in {seconds:.1f} s" if seconds is not None else "already seeded"
    print(f"Search over {search.PROVIDERS:,} providers, page after page ({seeded}):")
    paging, figures = asyncio.run(measure(base, database_url))
    _print(paging, figures)
    config = {"providers": search.PROVIDERS, "page_size": PAGE_SIZE, "walks": WALKS}
    path = save("search-keyset", {"paging": paging, "config": config, "queries": figures})
    print(f"  figures: {path.relative_to(path.parent.parent.parent)}")
