"""Request and response bodies for assistive-device orders: the four kinds of request, an order
as the portal and staff read it, the rentals outstanding and ended trajectories, and sending an
order's PDF."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    EmailStr,
    Field,
    RootModel,
    ValidationError,
    model_validator,
)

from kring.kit.address import DutchAddress, DutchAddressRead
from kring.kit.i18n import _
from kring.kit.people import RequiredPhoneNumber
from kring.kit.types import Text
from kring.models.catalogue import DeviceCategory, DeviceSupply
from kring.models.order import OrderKind, OrderStatus
from kring.orders.signing_schemas import OrderSigning

ClientName = Annotated[str, Text(min_length=1, max_length=200)]
Description = Annotated[str, Text(min_length=1, max_length=1000)]
Notes = Annotated[str, Text(max_length=1000)]
AgeBucket = Literal["0-30", "31-90", "91-365", "365+"]
OrderView = Literal["open", "action", "all"]


def _birth_date(value: date) -> date:
    if not date(1900, 1, 1) <= value <= datetime.now(UTC).date():
        raise ValueError(_("Give a birth date between 1900 and today."))
    return value


BirthDate = Annotated[date, AfterValidator(_birth_date)]

_EXAMPLE_ADDRESS: dict[str, Any] = {
    "street": "Lindelaan",
    "house_number": "12",
    "house_number_addition": "A",
    "postcode": "3511 AB",
    "city": "Utrecht",
}
_EXAMPLE_CONTACT: dict[str, Any] = {"name": "Karin de Boer (EVV)", "phone": "06 12345678"}


# --- placing an order --------------------------------------------------------------------------


class ClientIn(BaseModel):
    """The client, no more than the order needs."""

    model_config = ConfigDict(extra="forbid")

    name: ClientName
    birth_date: BirthDate
    address: DutchAddress


class OnSiteContact(BaseModel):
    """Whom the branch calls or meets where the device goes."""

    model_config = ConfigDict(extra="forbid")

    name: ClientName
    phone: RequiredPhoneNumber


class _OrderFields(BaseModel):
    model_config = ConfigDict(extra="forbid")

    contact: OnSiteContact
    desired_date: date = Field(description="Not in the past, at most a year ahead.")
    notes: Notes = ""


class RentalOrderCreate(_OrderFields):
    """Deliver a rental device (with an option) to a client of one of my organisations."""

    kind: Literal["rental"]
    organisation_id: uuid.UUID | None = Field(
        default=None,
        description="The organisation the client belongs to (one I am linked to); "
        "the one I act for when left out.",
    )
    client: ClientIn
    delivery_address: DutchAddress | None = Field(
        default=None, description="Where to deliver, when not the client's address."
    )
    wlz_indication: bool = Field(
        description="The client has a Wlz indication: the order needs my signature."
    )
    device_id: uuid.UUID = Field(description="An active rental device of the catalogue.")
    option_id: uuid.UUID | None = Field(default=None, description="One of the device's options.")


class RepairOrderCreate(_OrderFields):
    """Repair a rental still at a client's; client and address are the rental's."""

    kind: Literal["repair"]
    rental_order_id: uuid.UUID = Field(description="One of my organisations' rentals outstanding.")
    description: Description = Field(description="What is wrong.")


class AdjustmentOrderCreate(_OrderFields):
    """Adjust a rental still at a client's; client and address are the rental's."""

    kind: Literal["adjustment"]
    rental_order_id: uuid.UUID = Field(description="One of my organisations' rentals outstanding.")
    description: Description = Field(description="What should change.")


class PickupOrderCreate(_OrderFields):
    """Collect a rental (the rental ends); client and address are the rental's."""

    kind: Literal["pickup"]
    rental_order_id: uuid.UUID = Field(description="One of my organisations' rentals outstanding.")
    description: Annotated[str, Text(max_length=1000)] | None = None


AnyOrderCreate = Annotated[
    RentalOrderCreate | RepairOrderCreate | AdjustmentOrderCreate | PickupOrderCreate,
    Field(discriminator="kind"),
]
_KINDS = frozenset(kind.value for kind in OrderKind)


class OrderCreate(RootModel[AnyOrderCreate]):
    """A request of one of four kinds (`kind`): a rental, or a repair, an adjustment or a
    pickup of a rental outstanding. Refused fields are named without the kind (`client.name`)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "kind": "rental",
                    "organisation_id": "0193a1b2-0000-7000-8000-0000000000a1",
                    "client": {
                        "name": "J. Jansen",
                        "birth_date": "1941-03-15",
                        "address": _EXAMPLE_ADDRESS,
                    },
                    "delivery_address": None,
                    "contact": _EXAMPLE_CONTACT,
                    "wlz_indication": False,
                    "device_id": "0193a1b2-0000-7000-8000-0000000000d1",
                    "option_id": "0193a1b2-0000-7000-8000-0000000000e1",
                    "desired_date": "2026-12-14",
                    "notes": "Graag in de ochtend.",
                },
                {
                    "kind": "repair",
                    "rental_order_id": "0193a1b2-0000-7000-8000-0000000000f1",
                    "description": "De rem van het linkerwiel houdt niet meer.",
                    "contact": _EXAMPLE_CONTACT,
                    "desired_date": "2026-12-10",
                },
            ]
        }
    )

    @model_validator(mode="wrap")
    @classmethod
    def _without_kind_in_paths(cls, value: Any, handler: Any) -> Any:
        """Field errors name `client.name`, not `rental.client.name`."""
        try:
            return handler(value)
        except ValidationError as error:
            raise ValidationError.from_exception_data(
                error.title, [_flat(e) for e in error.errors()]
            ) from None

    @property
    def order(
        self,
    ) -> RentalOrderCreate | RepairOrderCreate | AdjustmentOrderCreate | PickupOrderCreate:
        return self.root


def _flat(error: Any) -> Any:
    loc = tuple(error["loc"])
    if error["type"] in ("union_tag_invalid", "union_tag_not_found"):
        if error["type"] == "union_tag_not_found":
            return {"type": "missing", "loc": ("kind",), "input": error["input"]}
        expected = "rental, repair, adjustment, pickup"
        return {
            "type": "literal_error",
            "loc": ("kind",),
            "input": error["input"],
            "ctx": {"expected": expected},
        }
    if loc and loc[0] in _KINDS:
        loc = loc[1:]
    flat = {"type": error["type"], "loc": loc, "input": error["input"]}
    if "ctx" in error:
        flat["ctx"] = error["ctx"]
    return flat


class OrderSend(BaseModel):
    """Mail the order as a PDF: to myself and/or up to three other addresses."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"to_self": True, "also_to": ["collega@zorggroep.example"]}]
        },
    )

    to_self: bool = True
    also_to: Annotated[list[EmailStr], Field(max_length=3)] = Field(
        default_factory=list, description="A colleague or another stakeholder (at most 3)."
    )


class OrderSendResult(BaseModel):
    """The mails are on their way (each with the PDF attached)."""

    recipients: list[str]


# --- reading orders ----------------------------------------------------------------------------


class BranchContact(BaseModel):
    """The supplier branch: to cancel or for an urgent request, call it."""

    id: uuid.UUID
    name: str
    phone: str | None
    email: str | None
    opening_hours: str | None


class OrderingOrganisation(BaseModel):
    """An organisation I am linked to, whether it may order and whom to call."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "organisation_id": "0193a1b2-0000-7000-8000-0000000000a1",
                    "name": "Zorggroep De Linde",
                    "kind": "umbrella",
                    "ad_contract": True,
                    "may_order": True,
                    "supplier_branch": {
                        "id": "0193a1b2-0000-7000-8000-0000000000b1",
                        "name": "HartingBank vestiging Utrecht",
                        "phone": "+31302345678",
                        "email": "utrecht@hartingbank.example",
                        "opening_hours": "Maandag t/m vrijdag 8.00-17.00",
                    },
                }
            ]
        }
    )

    organisation_id: uuid.UUID
    name: str
    kind: str
    ad_contract: bool = Field(description="Without it, AD devices and options are refused.")
    may_order: bool = Field(description="A branch serves it: orders can be placed.")
    supplier_branch: BranchContact | None


class DeviceBrief(BaseModel):
    id: uuid.UUID
    code: str
    name: str = Field(description="In the reader's language.")
    category: DeviceCategory
    supply: DeviceSupply


class OptionBrief(BaseModel):
    id: uuid.UUID
    name: str


class OrderSummary(BaseModel):
    """An order in a list."""

    id: uuid.UUID
    number: str = Field(examples=["HB-2026-000123"])
    kind: OrderKind
    status: OrderStatus
    action_required: bool = Field(
        description="Waiting for the care professional: a Wlz order to sign (on the signing "
        "list, refused ones too)."
    )
    refused: bool = Field(description="The professional refused to sign; the branch clears it.")
    organisation_id: uuid.UUID
    organisation_name: str
    client_name: str
    device_code: str | None
    device_name: str | None
    option_name: str | None
    category: DeviceCategory | None
    rental_order_number: str | None = Field(description="The rental a follow-up is of.")
    desired_date: date
    planned_for: date | None
    placed_at: datetime
    status_changed_at: datetime


class OrderEventRead(BaseModel):
    """One step of an order's history."""

    at: datetime
    status: OrderStatus
    on_date: date | None = Field(description="The date recorded with it (planned for, ...).")
    note: str
    by_name: str | None = Field(description="Who; empty when the system did it.")


class OrderDates(BaseModel):
    planned_for: date | None
    delivered_on: date | None
    rental_ended_on: date | None
    picked_up_on: date | None
    repaired_on: date | None
    adjusted_on: date | None


class ClientRead(BaseModel):
    name: str
    birth_date: date
    address: DutchAddressRead


class ContactRead(BaseModel):
    name: str
    phone: str


class RentalRef(BaseModel):
    id: uuid.UUID
    number: str


class OrderRead(BaseModel):
    """An order with its client, what is asked, the branch and its history."""

    id: uuid.UUID
    number: str = Field(examples=["HB-2026-000123"])
    kind: OrderKind
    status: OrderStatus
    action_required: bool
    organisation_id: uuid.UUID
    organisation_name: str
    supplier_branch: BranchContact
    placed_at: datetime
    placed_by_name: str | None
    client: ClientRead
    delivery_address: DutchAddressRead | None
    contact: ContactRead
    wlz_indication: bool
    signature_required: bool
    signed_at: datetime | None
    device: DeviceBrief | None
    option: OptionBrief | None
    rental_order: RentalRef | None = Field(
        description="The rental a repair/adjustment/pickup is of."
    )
    description: str | None
    desired_date: date
    notes: str
    dates: OrderDates
    days_outstanding: int | None = Field(description="A rental delivered and not picked up.")
    history: list[OrderEventRead]
    signing: OrderSigning | None = Field(
        description="A Wlz order's signatures and refusals, and the content a signature binds."
    )


class StaffOrderSummary(OrderSummary):
    branch_id: uuid.UUID
    branch_name: str
    hidden_from_portal: bool


class StaffOrderRead(OrderRead):
    """An order as staff read it: with what may happen next."""

    next_statuses: list[OrderStatus] = Field(
        description="The status changes that fit now (for whoever may handle orders)."
    )
    hidden_from_portal_at: datetime | None


class RentalOutstanding(BaseModel):
    """A rental at a client's: since when, and for how many days."""

    id: uuid.UUID
    number: str
    organisation_id: uuid.UUID
    organisation_name: str
    client_name: str
    device_code: str
    device_name: str
    option_name: str | None
    category: DeviceCategory
    delivered_on: date
    rental_ended_on: date | None
    days_outstanding: int


class CategoryCount(BaseModel):
    category: DeviceCategory
    count: int


class AgeCount(BaseModel):
    bucket: AgeBucket = Field(description="Days outstanding: 0-30, 31-90, 91-365, over 365.")
    count: int


class RentalsSummary(BaseModel):
    """Rentals outstanding counted for a chart: by category and by age."""

    total: int
    as_of: date
    by_category: list[CategoryCount] = Field(description="Every category, zero included.")
    by_age: list[AgeCount] = Field(description="Every bucket, youngest first, zero included.")


class EndedTrajectory(BaseModel):
    """A rental ended and picked up, shown until two months after the pickup."""

    id: uuid.UUID
    number: str
    organisation_id: uuid.UUID
    organisation_name: str
    client_name: str
    device_code: str
    device_name: str
    category: DeviceCategory
    delivered_on: date
    rental_ended_on: date
    picked_up_on: date
    days_rented: int
    visible_until: date


# --- staff changes -----------------------------------------------------------------------------


class OrderStatusChange(BaseModel):
    """A change of status by the branch, with the date it records and a note.

    `on_date` is required for `planned` (the day planned: today or later) and for `delivered`,
    `repaired`, `adjusted`, `ended` and `picked_up` (the day it happened: not in the future);
    it is not given for `on_the_way`."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"status": "planned", "on_date": "2026-12-14", "note": "Levering in de ochtend."},
                {"status": "delivered", "on_date": "2026-12-14", "note": ""},
            ]
        },
    )

    status: OrderStatus
    on_date: date | None = None
    note: Notes = ""


# --- integrations ------------------------------------------------------------------------------


class IntegrationOrder(BaseModel):
    """An order as an API client of its organisation reads it: what the order needs, without
    the contact on site or the notes."""

    id: uuid.UUID
    number: str
    kind: OrderKind
    status: OrderStatus
    action_required: bool
    placed_at: datetime
    client_name: str
    client_birth_date: date
    address: DutchAddressRead = Field(description="Where the device is (delivery address).")
    wlz_indication: bool
    device_code: str | None
    device_name: str | None
    category: DeviceCategory | None
    option_name: str | None
    rental_order_number: str | None
    desired_date: date
    dates: OrderDates


class IntegrationOrderEvent(BaseModel):
    at: datetime
    status: OrderStatus
    on_date: date | None


class IntegrationOrderRead(IntegrationOrder):
    history: list[IntegrationOrderEvent]
