"""Organisations: what members, staff and API clients may read about them."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from pydantic import TypeAdapter

from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.i18n import _
from kring.kit.public_lists import NOT_MODIFIED, PublicListsDep
from kring.organisations import service
from kring.organisations.auth import OrganisationReader
from kring.organisations.function_codes import FUNCTION_CODES
from kring.organisations.schemas import FunctionCode, OrganisationRead

router = APIRouter(prefix="/organisations", tags=["organisations"])
function_codes_router = APIRouter(prefix="/function-codes", tags=["organisations"])


@router.get(
    "/{organisation_id}",
    operation_id="organisations:get",
    summary="An organisation",
    responses=problem_responses(401, 403, 404, 409),
)
async def get_organisation(db: DbSession, acting: OrganisationReader) -> OrganisationRead:
    """The organisation you act for (staff: any); any other is not found. Read-only."""
    return await service.read(db, acting.principal, acting.organisation_id)


_FUNCTION_CODES = TypeAdapter(list[FunctionCode])


async def _function_codes() -> list[FunctionCode]:
    return [FunctionCode(code=code, label=_(label)) for code, label in FUNCTION_CODES.items()]


@function_codes_router.get(
    "",
    operation_id="organisations:list_function_codes",
    summary="The functions a contact person can have",
    response_model=list[FunctionCode],
    responses={**problem_responses(), **NOT_MODIFIED},
)
async def list_function_codes(request: Request, lists: PublicListsDep) -> Response:
    """Careflex's table, in the reader's language; a function never changes rights."""
    return await lists.answer(request, "function_codes", _function_codes, _FUNCTION_CODES, db=None)
