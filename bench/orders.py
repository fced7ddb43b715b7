"""Order PDFs per second on one core (issue 19): the one-page PDF of an assistive-device order, as
`GET /orders/{id}/pdf` makes it (`kring.orders.documents`), for many different orders of the
side-by-side bench's 1,000,000 (rentals with and without an option, repairs, adjustments and
pickups, Wlz orders signed and not) in Dutch, French and English in turn.

Two figures, both CPU time of this process: the PDF alone (`documents.render`, the goal), and
with the reads the download makes first (the order, its names, its history)."""

from __future__ import annotations

import asyncio
import re
import time
from datetime import datetime
from typing import Any

import asyncpg

from bench.results import save
from bench.sidebyside_seed import dsn, seed_orders

GOAL_PDFS_PER_S = 100
ORDERS = 300
LANGUAGES = ("nl", "fr", "en")
# One order of each kind in turn, from every age: statuses and dates differ.
SAMPLE_SQL = """
SELECT id FROM (
    SELECT id, kind, row_number() OVER (PARTITION BY kind ORDER BY number) AS n
    FROM assistive_order
    WHERE number LIKE 'HB-____-_______' AND right(number, 3)::int % 97 = 0
) AS sampled
ORDER BY n, kind LIMIT $1
"""
PAGE = re.compile(rb"/Type\s*/Page\b(?!s)")


async def measure(database_url: str) -> dict[str, Any]:
    from kring.kit import db
    from kring.kit.working_days import AMSTERDAM
    from kring.models.order import AssistiveOrder
    from kring.orders.documents import _order_read, render

    connection = await asyncpg.connect(dsn(database_url))
    try:
        await seed_orders(connection)
        ids = [row["id"] for row in await connection.fetch(SAMPLE_SQL, ORDERS)]
    finally:
        await connection.close()
    engine = db.create_engine(database_url, pool_size=1)
    maker = db.create_sessionmaker(engine)
    now = datetime.now(AMSTERDAM)
    try:
        async with maker() as session:
            orders = [await session.get(AssistiveOrder, i) for i in ids]
            read = [
                await _order_read(session, order, now.date(), LANGUAGES[n % 3])
                for n, order in enumerate(orders)
                if order is not None
            ]
            # The reads as the download makes them, each order with its names and history.
            started = time.process_time()
            for n, order in enumerate(orders):
                assert order is not None
                await _order_read(session, order, now.date(), LANGUAGES[n % 3])
            reads_cpu = time.process_time() - started
    finally:
        await engine.dispose()
    documents = [render(r, "Sanne Bench", now, LANGUAGES[n % 3]) for n, r in enumerate(read)]
    pages = {len(PAGE.findall(document)) for document in documents}
    started, wall = time.process_time(), time.perf_counter()
    for n, order_read in enumerate(read):
        render(order_read, "Sanne Bench", now, LANGUAGES[n % 3])
    cpu = time.process_time() - started
    wall = time.perf_counter() - wall
    per_second = len(read) / cpu
    with_reads = len(read) / (cpu + reads_cpu)
    kinds = sorted({r.kind.value for r in read})
    verdict = "met" if per_second >= GOAL_PDFS_PER_S else "NOT met"
    print(
        f"Order PDFs ({len(read)} orders: {', '.join(kinds)}; nl/fr/en; pages each:"
        f" {', '.join(map(str, sorted(pages)))}; {sum(map(len, documents)) // len(documents):,}"
        f" bytes on average):\n  {per_second:,.0f} per second of CPU on one core ({len(read)}"
        f" in {wall:.2f} s wall; goal >= {GOAL_PDFS_PER_S}: {verdict}); with the download's"
        f" reads: {with_reads:,.0f} per second of CPU"
    )
    return {
        "orders": len(read),
        "kinds": kinds,
        "pages_per_pdf": sorted(pages),
        "pdfs_per_cpu_second": round(per_second, 1),
        "with_reads_per_cpu_second": round(with_reads, 1),
        "wall_seconds": round(wall, 2),
        "goal_met": per_second >= GOAL_PDFS_PER_S and pages == {1},
    }


def run(database_url: str) -> None:
    save("orders", asyncio.run(measure(database_url)))
