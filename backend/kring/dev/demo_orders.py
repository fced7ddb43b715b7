"""The demo's assistive-device orders: a catalogue of 36 devices (wheelchairs, rollators, hoists,
beds, shower chairs, commodes, AD cushions and mattresses...), the branch staff member
(`branch@kring.demo`) working for Kring vestiging Utrecht, and 22 orders of the pro demo user
(`pro@kring.demo`) for De Linde (AD contract) and Zonnehuis (none): open ones of every status,
rentals outstanding from a few days to over a year, two ended trajectories and a Wlz rental
waiting for the signature."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Sequence, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.kit.text import fold
from kring.kit.working_days import AMSTERDAM
from kring.models.catalogue import AssistiveDevice, AssistiveDeviceOption
from kring.models.order import AssistiveOrder, OrderEvent
from kring.models.organisation import Organisation
from kring.models.signature import OrderRefusal
from kring.models.user import User

# code, Dutch, French, English, category, supply, options (Dutch, French, English, needs AD)
Option = tuple[str, str, str, bool]
AD_SEAT: Option = (
    "Plankzitting met AD-kussen",
    "Assise rigide avec coussin anti-escarres",
    "Solid seat with pressure-relief cushion",
    True,
)
CATALOGUE: list[tuple[str, str, str, str, str, str, list[Option]]] = [
    (
        "HB-1001",
        "Rolstoel standaard",
        "Fauteuil roulant standard",
        "Standard wheelchair",
        "GRZ",
        "rental",
        [("Standaard zitting", "Assise standard", "Standard seat", False), AD_SEAT],
    ),
    (
        "HB-1002",
        "Rolstoel lichtgewicht",
        "Fauteuil roulant léger",
        "Lightweight wheelchair",
        "GRZ",
        "rental",
        [("Standaard zitting", "Assise standard", "Standard seat", False), AD_SEAT],
    ),
    (
        "HB-1003",
        "Duwrolstoel",
        "Fauteuil roulant à pousser",
        "Transit wheelchair",
        "GRZ",
        "rental",
        [],
    ),
    (
        "HB-1004",
        "Kantelrolstoel",
        "Fauteuil roulant inclinable",
        "Tilt-in-space wheelchair",
        "GRZ",
        "rental",
        [AD_SEAT],
    ),
    (
        "HB-1005",
        "Elektrische rolstoel",
        "Fauteuil roulant électrique",
        "Powered wheelchair",
        "GRZ",
        "rental",
        [],
    ),
    ("HB-1006", "Sta-opstoel", "Fauteuil releveur", "Riser recliner chair", "GRZ", "rental", []),
    (
        "HB-1101",
        "Rollator",
        "Rollator",
        "Rollator",
        "GRZ",
        "rental",
        [("Met rugband", "Avec sangle dorsale", "With back strap", False)],
    ),
    (
        "HB-1102",
        "Rollator lichtgewicht",
        "Rollator léger",
        "Lightweight rollator",
        "GRZ",
        "rental",
        [],
    ),
    ("HB-1103", "Looprek", "Déambulateur", "Walking frame", "GRZ", "rental", []),
    (
        "HB-1104",
        "Onderarmschaal-rollator",
        "Rollator à appuis antébrachiaux",
        "Forearm support rollator",
        "GRZ",
        "rental",
        [],
    ),
    ("HB-1201", "Douchestoel", "Chaise de douche", "Shower chair", "GRZ", "rental", []),
    (
        "HB-1202",
        "Douchestoel op wielen",
        "Chaise de douche à roulettes",
        "Wheeled shower chair",
        "GRZ",
        "rental",
        [],
    ),
    ("HB-1203", "Postoel", "Chaise percée", "Commode chair", "GRZ", "rental", []),
    (
        "HB-1204",
        "Douche-toiletstoel",
        "Chaise de douche et toilette",
        "Shower commode chair",
        "GRZ",
        "rental",
        [("Met emmer", "Avec seau", "With pan", False)],
    ),
    (
        "HB-1205",
        "Toiletverhoger",
        "Rehausseur de toilette",
        "Raised toilet seat",
        "GRZ",
        "sale",
        [],
    ),
    ("HB-1206", "Badplank", "Planche de bain", "Bath board", "GRZ", "sale", []),
    ("HB-1301", "Wandelstok", "Canne", "Walking stick", "GRZ", "sale", []),
    ("HB-1302", "Elleboogkruk", "Béquille", "Elbow crutch", "GRZ", "sale", []),
    (
        "HB-2001",
        "Hoog-laagbed",
        "Lit à hauteur variable",
        "Height-adjustable bed",
        "ELV",
        "rental",
        [
            ("Met bedhekken", "Avec barrières", "With bed rails", False),
            ("Met papegaai", "Avec potence", "With lifting pole", False),
        ],
    ),
    (
        "HB-2002",
        "Hoog-laagbed extra lang",
        "Lit à hauteur variable extra long",
        "Extra-long height-adjustable bed",
        "ELV",
        "rental",
        [],
    ),
    (
        "HB-2003",
        "Verpleegbed laag-laag",
        "Lit de soins très bas",
        "Low-low nursing bed",
        "ELV",
        "rental",
        [],
    ),
    ("HB-2004", "Bedverkorter", "Réducteur de lit", "Bed shortener", "ELV", "rental", []),
    (
        "HB-2101",
        "Tillift mobiel",
        "Lève-personne mobile",
        "Mobile patient hoist",
        "ELV",
        "rental",
        [("Met weegschaal", "Avec balance", "With scale", False)],
    ),
    (
        "HB-2102",
        "Tillift plafond",
        "Lève-personne au plafond",
        "Ceiling hoist",
        "ELV",
        "rental",
        [],
    ),
    ("HB-2103", "Passieve tillift", "Lève-personne passif", "Passive hoist", "ELV", "rental", []),
    (
        "HB-2104",
        "Actieve tillift (sta-op)",
        "Verticalisateur",
        "Stand-up hoist",
        "ELV",
        "rental",
        [],
    ),
    ("HB-2105", "Tilband", "Sangle de levage", "Hoist sling", "ELV", "sale", []),
    ("HB-2201", "Glijzeil", "Drap de glisse", "Slide sheet", "ELV", "sale", []),
    ("HB-2202", "Draaischijf", "Disque de transfert", "Turntable", "ELV", "rental", []),
    ("HB-2203", "Transferplank", "Planche de transfert", "Transfer board", "ELV", "sale", []),
    (
        "HB-3001",
        "AD-kussen",
        "Coussin anti-escarres",
        "Pressure-relief cushion",
        "AD",
        "rental",
        [],
    ),
    (
        "HB-3002",
        "AD-kussen luchtcellen",
        "Coussin à cellules d'air",
        "Air-cell cushion",
        "AD",
        "rental",
        [],
    ),
    ("HB-3003", "AD-kussen gel", "Coussin en gel", "Gel cushion", "AD", "rental", []),
    (
        "HB-3101",
        "AD-matras statisch",
        "Matelas anti-escarres statique",
        "Static pressure-relief mattress",
        "AD",
        "rental",
        [],
    ),
    (
        "HB-3102",
        "AD-matras wisseldruk",
        "Matelas à air alterné",
        "Alternating-pressure mattress",
        "AD",
        "rental",
        [],
    ),
    (
        "HB-3103",
        "AD-matras hybride",
        "Matelas hybride",
        "Hybrid pressure-relief mattress",
        "AD",
        "rental",
        [],
    ),
]


@dataclass
class _Demo:
    db: AsyncSession
    today: date
    pro: User
    branch_staff: User | None
    branch: Organisation
    devices: dict[str, AssistiveDevice]
    options: dict[tuple[str, str], AssistiveDeviceOption] = field(default_factory=dict)

    async def order(
        self,
        organisation: Organisation,
        client: tuple[str, date, str, str, str, str],
        kind: str,
        placed_days_ago: int,
        steps: list[tuple[str, int]],
        *,
        code: str | None = None,
        option: str | None = None,
        rental: AssistiveOrder | None = None,
        wlz: bool = False,
        description: str | None = None,
    ) -> AssistiveOrder:
        """An order placed `placed_days_ago`, moved through `steps` (status, days ago)."""
        placed_on = self.today - timedelta(days=placed_days_ago)
        number = await self.db.scalar(Sequence("assistive_order_number_seq").next_value())
        name, birth_date, street, house_number, postcode, city = client
        device = self.devices[code] if code else None
        values: dict[str, Any] = {}
        if rental is not None:
            device = self.devices[
                next(c for c, d in self.devices.items() if d.id == rental.device_id)
            ]
            values = {"rental_order_id": rental.id, "option_id": rental.option_id}
        elif option is not None and device is not None:
            values = {"option_id": self.options[(device.code, option)].id}
        order = AssistiveOrder(
            number=f"HB-{placed_on.year}-{number:06d}",
            kind=kind,
            status="received",
            organisation_id=organisation.id,
            branch_id=self.branch.id,
            placed_by_user_id=self.pro.id,
            placed_on=placed_on,
            created_at=datetime.combine(placed_on, datetime.min.time(), AMSTERDAM)
            + timedelta(hours=10),
            client_name=name,
            client_birth_date=birth_date,
            client_street=street,
            client_house_number=house_number,
            client_postcode=postcode,
            client_city=city,
            contact_name="Sanne de Vries (EVV)",
            contact_phone="+31612345678",
            wlz_indication=wlz,
            signature_required=wlz,
            signed_at=None,
            device_id=device.id if device else None,
            description=description,
            desired_date=placed_on + timedelta(days=5),
            **values,
        )
        names = [device.code, device.name_nl, device.name_fr, device.name_en] if device else []
        order.search_text = fold(" ".join([order.number, name, *names]))
        self.db.add(order)
        await self.db.flush()
        self.db.add(
            OrderEvent(
                order_id=order.id, by_user_id=self.pro.id, status="received", at=order.created_at
            )
        )
        for status, days_ago in steps:
            on = self.today - timedelta(days=days_ago)
            field_name = {
                "planned": "planned_for",
                "delivered": "delivered_on",
                "repaired": "repaired_on",
                "adjusted": "adjusted_on",
                "ended": "rental_ended_on",
                "picked_up": "picked_up_on",
            }.get(status)
            if field_name:
                setattr(order, field_name, on)
            if status == "picked_up" and kind == "rental" and order.rental_ended_on is None:
                order.rental_ended_on = on
            order.status = status
            at = datetime.combine(min(on, self.today), datetime.min.time(), AMSTERDAM)
            order.status_changed_at = at + timedelta(hours=11)
            self.db.add(
                OrderEvent(
                    order_id=order.id,
                    by_user_id=self.branch_staff.id if self.branch_staff else None,
                    status=status,
                    on_date=on if field_name else None,
                    at=at + timedelta(hours=11),
                )
            )
        await self.db.flush()
        return order


async def _catalogue(db: AsyncSession) -> tuple[dict[str, AssistiveDevice], dict[Any, Any]]:
    devices: dict[str, AssistiveDevice] = {}
    options: dict[tuple[str, str], AssistiveDeviceOption] = {}
    for code, nl, fr, en, category, supply, choices in CATALOGUE:
        device = AssistiveDevice(
            code=code,
            name_nl=nl,
            name_fr=fr,
            name_en=en,
            category=category,
            supply=supply,
            needs_ad_contract=category == "AD",
        )
        db.add(device)
        await db.flush()
        devices[code] = device
        for position, (o_nl, o_fr, o_en, needs) in enumerate(choices):
            option = AssistiveDeviceOption(
                device_id=device.id,
                name_nl=o_nl,
                name_fr=o_fr,
                name_en=o_en,
                needs_ad_contract=needs,
                position=position,
            )
            db.add(option)
            options[(code, o_nl)] = option
    await db.flush()
    return devices, options


async def seed_orders(db: AsyncSession, now: datetime) -> None:
    if await db.scalar(select(AssistiveDevice.id).limit(1)) is not None:
        return
    devices, options = await _catalogue(db)
    pro = await db.scalar(select(User).where(User.email == "pro@kring.demo"))
    branch = await db.scalar(
        select(Organisation).where(Organisation.name == "Kring vestiging Utrecht")
    )
    linde = await db.scalar(select(Organisation).where(Organisation.name == "Zorggroep De Linde"))
    zonnehuis = await db.scalar(
        select(Organisation).where(Organisation.name == "Stichting Zonnehuis")
    )
    if pro is None or branch is None or linde is None or zonnehuis is None:
        return
    branch_staff = await db.scalar(select(User).where(User.email == "branch@kring.demo"))
    if branch_staff is not None:
        branch_staff.staff_branch_id = branch.id
    demo = _Demo(db, now.astimezone(AMSTERDAM).date(), pro, branch_staff, branch, devices, options)
    jansen = ("J. Jansen", date(1941, 3, 15), "Lindelaan", "12", "3581 KV", "Utrecht")
    de_vries = ("M. de Vries-Bos", date(1936, 11, 2), "Kastanjelaan", "4", "3581 KW", "Utrecht")
    el_amrani = ("F. El Amrani", date(1948, 7, 21), "Zonnebloemweg", "7", "3731 CA", "De Bilt")
    bakker = ("G. Bakker", date(1938, 1, 9), "Nachtegaalstraat", "40", "3581 AE", "Utrecht")
    smit = ("H. Smit", date(1952, 5, 30), "Dorpsstraat", "3", "3732 HJ", "De Bilt")
    visser = ("A. Visser", date(1944, 9, 12), "Biltstraat", "101", "3572 AP", "Utrecht")

    # Open requests: received, planned, on their way; one Wlz waiting for the signature.
    await demo.order(
        linde, jansen, "rental", 1, [], code="HB-1001", option="Plankzitting met AD-kussen"
    )
    await demo.order(
        linde, visser, "rental", 3, [("planned", -4)], code="HB-2001", option="Met bedhekken"
    )
    await demo.order(
        zonnehuis, smit, "rental", 4, [("planned", 0), ("on_the_way", 0)], code="HB-1101"
    )
    await demo.order(linde, bakker, "rental", 2, [], code="HB-2101", wlz=True)
    # More Wlz requests waiting for Paula's signature, and one she refused (in the branch's queue).
    for client, code, days in (
        (jansen, "HB-2001", 1),
        (de_vries, "HB-1003", 2),
        (el_amrani, "HB-3102", 3),
        (smit, "HB-1002", 3),
        (visser, "HB-1203", 4),
    ):
        await demo.order(linde, client, "rental", days, [], code=code, wlz=True)
    refused = await demo.order(linde, smit, "rental", 5, [], code="HB-2002", wlz=True)
    refused.refused_at = now - timedelta(days=1)
    db.add(
        OrderRefusal(
            order_id=refused.id,
            refused_by_user_id=pro.id,
            refused_by_name=pro.display_name,
            refused_at=refused.refused_at,
            reason="De cliënt verhuist volgende week naar een verpleeghuis.",
        )
    )
    # Rentals outstanding of different ages.
    young = await demo.order(
        linde,
        de_vries,
        "rental",
        12,
        [("delivered", 6)],
        code="HB-1002",
        option="Standaard zitting",
    )
    middle = await demo.order(
        zonnehuis, el_amrani, "rental", 60, [("planned", 52), ("delivered", 50)], code="HB-1203"
    )
    await demo.order(linde, jansen, "rental", 140, [("delivered", 130)], code="HB-3102")
    old = await demo.order(linde, bakker, "rental", 420, [("delivered", 400)], code="HB-2002")
    # Follow-ups: a repair waiting, an adjustment planned, a repair done, a pickup asked.
    await demo.order(
        linde,
        de_vries,
        "repair",
        1,
        [],
        rental=young,
        description="De rem van het linkerwiel houdt niet meer.",
    )
    await demo.order(
        linde,
        bakker,
        "adjustment",
        5,
        [("planned", -2)],
        rental=old,
        description="Het bed moet 10 cm hoger ingesteld worden.",
    )
    await demo.order(
        zonnehuis,
        el_amrani,
        "repair",
        30,
        [("repaired", 27)],
        rental=middle,
        description="De emmer sluit niet goed aan.",
    )
    # Ended trajectories: picked up ten days and five weeks ago.
    await demo.order(
        linde,
        visser,
        "rental",
        200,
        [("delivered", 190), ("ended", 12), ("picked_up", 10)],
        code="HB-1102",
    )
    await demo.order(
        zonnehuis, smit, "rental", 150, [("delivered", 145), ("picked_up", 35)], code="HB-1201"
    )
    # A rental ended, waiting to be collected, with its pickup asked.
    ending = await demo.order(
        zonnehuis, smit, "rental", 90, [("delivered", 85), ("ended", 2)], code="HB-2202"
    )
    await demo.order(zonnehuis, smit, "pickup", 2, [], rental=ending)
    # A Wlz rental signed and delivered long ago stays outstanding.
    signed = await demo.order(linde, visser, "rental", 30, [], code="HB-1004", wlz=True)
    signed.signed_at = datetime.combine(signed.placed_on, datetime.min.time(), AMSTERDAM)
    signed.status, signed.delivered_on = "delivered", demo.today - timedelta(days=20)
    db.add(
        OrderEvent(
            order_id=signed.id,
            status="delivered",
            on_date=signed.delivered_on,
            by_user_id=branch_staff.id if branch_staff else None,
        )
    )
    await db.flush()
