"""The matrix's orders: De Linde and the other organisation each served by a supplier branch
(the branch staff member works for De Linde's); a received rental of each, and a catalogue
device with an option."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from kring.kit.clock import SYSTEM_CLOCK
from kring.models.catalogue import AssistiveDevice, AssistiveDeviceOption
from kring.models.order import AssistiveOrder, OrderEvent
from kring.models.organisation import Organisation
from kring.models.user import User
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
    for tag, organisation, branch in (("mine", linde, branches[0]), ("theirs", other, branches[1])):
        order = AssistiveOrder(
            number=f"HB-{on.year}-99999{0 if tag == 'mine' else 1}",
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
            wlz_indication=False,
            signature_required=False,
            device_id=device.id,
            desired_date=on + timedelta(days=7),
            search_text="j jansen",
        )
        session.add(order)
        await session.flush()
        session.add(OrderEvent(order_id=order.id, status="received"))
        orders[tag] = str(order.id)
    await session.commit()
    common = {"device_id": str(device.id), "option_id": str(option.id)}
    return {**common, "order_id": orders["mine"]}, {**common, "order_id": orders["theirs"]}
