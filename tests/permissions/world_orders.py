"""The matrix's orders: De Linde and the other organisation each served by a supplier branch
(the branch staff member works for De Linde's); a received rental of each (De Linde's a Wlz
order to sign), a catalogue device with an option, and two more Wlz orders of De Linde: one
refused, one signed."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from kring.kit.clock import SYSTEM_CLOCK
from kring.models.catalogue import AssistiveDevice, AssistiveDeviceOption
from kring.models.order import AssistiveOrder, OrderEvent
from kring.models.organisation import Organisation
from kring.models.signature import OrderRefusal, OrderSignature
from kring.models.user import User
from kring.orders import evidence
from kring.orders.reading import today


async def order_objects(
    session: AsyncSession, linde: Organisation, other: Organisation
) -> tuple[dict[str, str], dict[str, str]]:
    """(De Linde's ids, the other organisation's ids)."""
    branches = [
        Organisation(kind="supplier_branch", name=name, phone="+31302345678")
        for name in ("Vestiging Utrecht", "Vestiging Zwolle")
    ]
    session.add_all(branches)
    await session.flush()
    linde.supplier_branch_id, other.supplier_branch_id = branches[0].id, branches[1].id
    linde.ad_contract = True
    await session.execute(
        update(User)
        .where(User.email == "branch@kring.example")
        .values(staff_branch_id=branches[0].id)
    )
    device = AssistiveDevice(
        code="HB-1024",
        name_nl="Rolstoel",
        name_fr="Fauteuil roulant",
        name_en="Wheelchair",
        category="GRZ",
        supply="rental",
    )
    session.add(device)
    await session.flush()
    option = AssistiveDeviceOption(
        device_id=device.id, name_nl="Standaard", name_fr="Standard", name_en="Standard"
    )
    session.add(option)
    on = today(SYSTEM_CLOCK)
    orders = {}
    placed = (
        ("mine", linde, branches[0]),
        ("theirs", other, branches[1]),
        ("refused", linde, branches[0]),
        ("signed", linde, branches[0]),
    )
    for tag, organisation, branch in placed:
        wlz = tag != "theirs"
        order = AssistiveOrder(
            number=f"HB-{on.year}-99999{[p[0] for p in placed].index(tag)}",
            kind="rental",
            status="received",
            organisation_id=organisation.id,
            branch_id=branch.id,
            placed_on=on,
            client_name="J. Jansen",
            client_birth_date=on - timedelta(days=30_000),
            client_street="Lindelaan",
            client_house_number="12",
            client_postcode="3511 AB",
            client_city="Utrecht",
            contact_name="Karin",
            contact_phone="+31612345678",
            wlz_indication=wlz,
            signature_required=wlz,
            device_id=device.id,
            desired_date=on + timedelta(days=7),
            search_text="j jansen",
        )
        session.add(order)
        await session.flush()
        session.add(OrderEvent(order_id=order.id, status="received"))
        orders[tag] = order
    refusal = OrderRefusal(
        order_id=orders["refused"].id, refused_by_name="Petra", reason="Niet nodig."
    )
    now = SYSTEM_CLOCK.now()
    orders["refused"].refused_at = now
    signature = OrderSignature(
        order_id=orders["signed"].id,
        signer_name="Petra",
        signed_at=now,
        method="typed",
        typed_name="Petra",
        second_factor="totp",
        second_factor_at=now,
        content_sha256=evidence.content_sha256(orders["signed"]),
        signed_pdf=b"%PDF-1.7 signed",
    )
    orders["signed"].signed_at = signature.signed_at
    session.add_all([refusal, signature])
    await session.commit()
    common = {"device_id": str(device.id), "option_id": str(option.id)}
    mine = {
        "order_id": str(orders["mine"].id),
        "content_sha256": evidence.content_sha256(orders["mine"]).hex(),
        "refusal_id": str(refusal.id),
        "signed_order_id": str(orders["signed"].id),
        "signature_id": str(signature.id),
    }
    theirs = {
        "order_id": str(orders["theirs"].id),
        "content_sha256": evidence.content_sha256(orders["theirs"]).hex(),
    }
    return {**common, **mine}, {**common, **theirs}
