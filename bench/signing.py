"""Signing 50 Wlz orders at once (issue 20): the professional's one request that locks the 50
orders, checks each one's content hash, renders 50 PDFs with the drawn signature and gives each
a PAdES signature by Kring's certificate, stores the records and audits them (goal: the answer
within 3 s on this machine).

Against the running bench server over HTTP, as the pro portal does it: a professional logs in,
sets up an authenticator app (a second factor proven now), reads the 50 orders (their content
hashes) and signs them with a drawn signature. Three rounds, 50 new orders each."""

from __future__ import annotations

import asyncio
import base64
import io
import statistics
import time
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
import pyotp
from PIL import Image, ImageDraw

from bench.results import save

ORDERS = 50
ROUNDS = 3
GOAL_S = 3.0
EMAIL = "bench-signing@example.org"
PASSWORD = "Bench-Signing-Kring-2026"  # noqa: S105 (a bench account on its own database)


def _signature_png() -> str:
    """A drawn signature as the pad makes it: a 600 x 200 stroke, a PNG data URL."""
    image = Image.new("RGBA", (600, 200), (255, 255, 255, 0))
    pen = ImageDraw.Draw(image)
    points = [(20 + x * 14, 100 + int(60 * ((x % 7) - 3) / 3)) for x in range(40)]
    pen.line(points, fill=(16, 32, 64, 255), width=3, joint="curve")
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return "data:image/png;base64," + base64.b64encode(out.getvalue()).decode()


async def _seed(database_url: str) -> list[list[str]]:
    """The professional, their organisation and branch (once), and `ROUNDS` x `ORDERS` new Wlz
    orders waiting for the signature."""
    from sqlalchemy import select

    from kring.auth.passwords import hash_password
    from kring.kit import db
    from kring.kit.working_days import AMSTERDAM
    from kring.models.catalogue import AssistiveDevice
    from kring.models.order import ORDER_NUMBER_SEQUENCE, AssistiveOrder, OrderEvent
    from kring.models.organisation import Membership, Organisation
    from kring.models.user import User, UserStatus

    engine = db.create_engine(database_url, pool_size=1)
    maker = db.create_sessionmaker(engine)
    try:
        async with maker() as session:
            user = await session.scalar(select(User).where(User.email == EMAIL))
            if user is None:
                now = datetime.now(UTC)
                user = User(
                    email=EMAIL,
                    first_name="Sanne",
                    last_name="Bench",
                    status=UserStatus.active,
                    language="nl",
                    password_hash=await hash_password(PASSWORD),
                    password_changed_at=now,
                    email_verified_at=now,
                )
                branch = Organisation(
                    kind="supplier_branch", name="Bench vestiging", phone="+31302345678"
                )
                session.add_all([user, branch])
                await session.flush()
                umbrella = Organisation(
                    kind="umbrella", name="Bench zorggroep", supplier_branch_id=branch.id
                )
                device = AssistiveDevice(
                    code="HB-8801",
                    name_nl="Bench rolstoel",
                    name_fr="Fauteuil bench",
                    name_en="Bench wheelchair",
                    category="GRZ",
                    supply="rental",
                )
                session.add_all([umbrella, device])
                await session.flush()
                session.add(Membership(user_id=user.id, organisation_id=umbrella.id))
                await session.flush()
            membership = await session.scalar(
                select(Membership).where(Membership.user_id == user.id)
            )
            assert membership is not None
            umbrella_row = await session.get(Organisation, membership.organisation_id)
            device_row = await session.scalar(
                select(AssistiveDevice).where(AssistiveDevice.code == "HB-8801")
            )
            assert umbrella_row is not None
            assert device_row is not None
            assert umbrella_row.supplier_branch_id is not None
            today = datetime.now(AMSTERDAM).date()
            rounds: list[list[str]] = []
            for _ in range(ROUNDS):
                ids: list[str] = []
                for n in range(ORDERS):
                    number = await session.scalar(select(ORDER_NUMBER_SEQUENCE.next_value()))
                    order = AssistiveOrder(
                        number=f"HB-{today.year}-{number:07d}",
                        kind="rental",
                        organisation_id=umbrella_row.id,
                        branch_id=umbrella_row.supplier_branch_id,
                        placed_by_user_id=user.id,
                        placed_on=today,
                        client_name=f"Cliënt {n:02d} de Vries",
                        client_birth_date=date(1940, 1, 1) + timedelta(days=97 * n),
                        client_street="Lindelaan",
                        client_house_number=str(1 + n),
                        client_postcode="3511 AB",
                        client_city="Utrecht",
                        contact_name="Karin de Boer (EVV)",
                        contact_phone="+31612345678",
                        wlz_indication=True,
                        signature_required=True,
                        device_id=device_row.id,
                        desired_date=today + timedelta(days=7),
                        notes="Graag in de ochtend bellen.",
                        search_text=f"client {n:02d} de vries",
                    )
                    session.add(order)
                    await session.flush()
                    session.add(OrderEvent(order_id=order.id, status="received"))
                    ids.append(str(order.id))
                rounds.append(ids)
            await session.commit()
            return rounds
    finally:
        await engine.dispose()


async def _signed_in(base: str) -> httpx.AsyncClient:
    """Logged in, with an authenticator app set up just now: a second factor proven."""
    client = httpx.AsyncClient(base_url=base, timeout=120, headers={"Origin": base})
    answer = await client.post("/api/v1/auth/login", json={"email": EMAIL, "password": PASSWORD})
    if answer.status_code != 200 or answer.json().get("status") != "signed_in":
        raise RuntimeError(f"log-in: {answer.status_code} {answer.text}")
    client.headers["X-CSRF-Token"] = client.cookies.get("kring_csrf") or ""
    started = await client.post("/api/v1/me/mfa/totp")
    setup = started.json()
    confirmed = await client.post(
        f"/api/v1/me/mfa/totp/{setup['factor_id']}/confirm",
        json={"code": pyotp.TOTP(setup["secret"]).now()},
    )
    if confirmed.status_code != 200:
        raise RuntimeError(f"second factor: {confirmed.status_code} {confirmed.text}")
    return client


async def _remove_factor(database_url: str) -> None:
    """So the next run logs in with the password alone and sets a factor up again."""
    from sqlalchemy import delete, select

    from kring.kit import db
    from kring.models.mfa import MfaFactor, RecoveryCode
    from kring.models.user import User

    engine = db.create_engine(database_url, pool_size=1)
    try:
        async with db.create_sessionmaker(engine)() as session:
            user_id = await session.scalar(select(User.id).where(User.email == EMAIL))
            await session.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user_id))
            await session.execute(delete(MfaFactor).where(MfaFactor.user_id == user_id))
            await session.commit()
    finally:
        await engine.dispose()


async def measure(base: str, database_url: str) -> dict[str, Any]:
    await _remove_factor(database_url)
    rounds = await _seed(database_url)
    image = _signature_png()
    client = await _signed_in(base)
    times: list[float] = []
    sizes: list[int] = []
    try:
        for ids in rounds:
            shown = []
            for order_id in ids:
                order = (await client.get(f"/api/v1/orders/{order_id}")).json()
                shown.append(
                    {"order_id": order_id, "content_sha256": order["signing"]["content_sha256"]}
                )
            started = time.perf_counter()
            answer = await client.post(
                "/api/v1/orders/signatures",
                json={"orders": shown, "signature": {"method": "drawn", "image": image}},
            )
            times.append(time.perf_counter() - started)
            if answer.status_code != 201:
                raise RuntimeError(f"signing: {answer.status_code} {answer.text}")
            signed = answer.json()["signed"]
            pdf = await client.get(
                f"/api/v1/orders/{signed[0]['order_id']}/signatures/{signed[0]['signature_id']}/pdf"
            )
            sizes.append(len(pdf.content))
    finally:
        await client.aclose()
    median, worst = statistics.median(times), max(times)
    verdict = "met" if worst <= GOAL_S else "NOT met"
    print(
        f"Signing {ORDERS} Wlz orders at once (drawn signature, PAdES each; {ROUNDS} rounds):\n"
        f"  median {median:.2f} s, slowest {worst:.2f} s (goal <= {GOAL_S:.0f} s: {verdict});"
        f" {statistics.mean(sizes) / 1024:.0f} kB per signed PDF"
    )
    return {
        "orders_per_signing": ORDERS,
        "rounds": ROUNDS,
        "seconds": [round(t, 3) for t in times],
        "median_seconds": round(median, 3),
        "slowest_seconds": round(worst, 3),
        "signed_pdf_bytes": round(statistics.mean(sizes)),
        "goal_met": worst <= GOAL_S,
    }


def run(base: str, database_url: str) -> None:
    save("signing", asyncio.run(measure(base, database_url)))
