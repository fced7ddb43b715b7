"""Request and response bodies for an organisation's members (contact persons)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, EmailStr, Field

from kring.kit.address import DutchAddress, DutchAddressRead
from kring.kit.i18n import Language, _

# Re-exported until the staff administration takes them from kit.people.
from kring.kit.people import BirthDate, Gender, Initials, Name, PhoneNumber, Prefix
from kring.kit.types import Int32, Text
from kring.organisations.service import FUNCTION_CODES

Label = Annotated[str, Text(min_length=1, max_length=100)]


def _function_code(value: int | None) -> int | None:
    if value is not None and value not in FUNCTION_CODES:
        raise ValueError(_("Choose one of the functions in the list."))
    return value


FunctionCodeValue = Annotated[Int32 | None, AfterValidator(_function_code)]

_EXAMPLE: dict[str, Any] = {
    "initials": "P.J.",
    "first_name": "Petra",
    "prefix": "de",
    "last_name": "Vries",
    "birth_date": "1980-04-12",
    "gender": "female",
    "phone": "030 123 4567",
    "mobile": "06 12345678",
    "department": "Planning",
    "function_code": 221,
    "function_on_business_card": "Planner wijkzorg",
    "email_services": True,
    "contact_for_all_projects": False,
    "nickname": "Pet",
}
_ADDRESS_EXAMPLE: dict[str, Any] = {
    "street": "Lindelaan",
    "house_number": "12",
    "house_number_addition": None,
    "postcode": "3511 AB",
    "city": "Utrecht",
}


class MemberRead(BaseModel):
    """A contact person of the organisation, with their rights and flags."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e0f",
                    "user_id": "0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e10",
                    "email": "petra@delinde.example",
                    "full_name": "Petra de Vries",
                    **_EXAMPLE,
                    "phone": "+31301234567",
                    "mobile": "+31612345678",
                    "portal_admin": False,
                    "portal_employee": True,
                    "account_status": "active",
                    "has_second_factor": True,
                    "address": _ADDRESS_EXAMPLE,
                    "postal_address": None,
                }
            ]
        }
    )

    id: uuid.UUID = Field(description="The membership's id.")
    user_id: uuid.UUID
    email: str
    full_name: str
    initials: str | None
    first_name: str
    prefix: str | None
    last_name: str | None
    birth_date: date | None
    gender: Gender | None
    nickname: str | None
    address: DutchAddressRead | None = Field(
        description="Home address; shown only to the person and their portal admins."
    )
    postal_address: DutchAddressRead | None = Field(
        description="Postal address, if not the home address; shown like the home address."
    )
    phone: str | None
    mobile: str | None
    department: str | None
    function_code: int | None
    function_on_business_card: str | None
    portal_admin: bool = Field(description="Manages colleagues and sees invoices.")
    portal_employee: bool = Field(description="May log in for this organisation at all.")
    email_services: bool = Field(description="Gets service confirmations for their projects.")
    contact_for_all_projects: bool = Field(description="Member of every current project.")
    account_status: Literal["invited", "active", "deactivated", "deleted"]
    has_second_factor: bool


class MemberCreate(BaseModel):
    """A new contact person (Careflex's form); with portal employee on, they get an
    activation e-mail within 60 minutes."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    **_EXAMPLE,
                    "email": "petra@delinde.example",
                    "portal_admin": False,
                    "portal_employee": True,
                    "language": "nl",
                }
            ]
        }
    )

    initials: Initials | None = None
    first_name: Name
    prefix: Prefix | None = None
    last_name: Name
    birth_date: BirthDate = None
    gender: Gender | None = None
    nickname: Label | None = None
    address: DutchAddress | None = None
    postal_address: DutchAddress | None = None
    phone: PhoneNumber = None
    mobile: PhoneNumber = None
    email: EmailStr
    department: Label | None = None
    function_code: FunctionCodeValue = None
    function_on_business_card: Label | None = None
    portal_admin: bool = False
    portal_employee: bool = True
    email_services: bool = False
    contact_for_all_projects: bool = False
    language: Language = "nl"


class MemberUpdate(BaseModel):
    """Change a contact person's details; leave out what stays the same. Not the e-mail
    address (staff change it) and not the rights (`/rights`)."""

    # Rights and the e-mail address have their own ways: naming them here is an error.
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"department": "Planning"}]}
    )

    initials: Initials | None = None
    first_name: Name | None = None
    prefix: Prefix | None = None
    last_name: Name | None = None
    birth_date: BirthDate = None
    gender: Gender | None = None
    nickname: Label | None = None
    address: DutchAddress | None = Field(default=None, description="null removes it.")
    postal_address: DutchAddress | None = Field(default=None, description="null removes it.")
    phone: PhoneNumber = None
    mobile: PhoneNumber = None
    department: Label | None = None
    function_code: FunctionCodeValue = None
    function_on_business_card: Label | None = None
    email_services: bool | None = None
    contact_for_all_projects: bool | None = None


class MemberRights(BaseModel):
    """The two rights: portal admin, and portal employee (off: a contact without log-in)."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"portal_admin": True, "portal_employee": True}]}
    )

    portal_admin: bool
    portal_employee: bool
