"""Input types every schema and query parameter uses: text PostgreSQL can store, integers its
columns can hold. Bad input is refused by the API (422 naming the field), never by the database."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, Field

from kring.kit.i18n import _

# NUL cannot be stored in a PostgreSQL text column; a lone surrogate cannot be encoded as UTF-8.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def storable_text(value: str) -> str:
    """Refuse text with a NUL character or a lone surrogate (Unicode that is not real text)."""
    match = _UNSTORABLE.search(value)
    if match is not None:
        if match.group() == "\x00":
            raise ValueError(_("Contains a NUL character, which is not allowed in text."))
        raise ValueError(_("Contains characters that are not valid Unicode text."))
    return value


STORABLE_TEXT = AfterValidator(storable_text)

# Every text input is a `PlainText`, with its length bounds added next to it:
# `Annotated[PlainText, StringConstraints(strip_whitespace=True, max_length=200)]`.
PlainText = Annotated[str, STORABLE_TEXT]

INT32_MAX = 2**31 - 1
INT64_MAX = 2**63 - 1

# An integer that fits PostgreSQL's `integer` / `bigint`.
Int32 = Annotated[int, Field(ge=-(2**31), le=INT32_MAX)]
Int64 = Annotated[int, Field(ge=-(2**63), le=INT64_MAX)]
# Positive keys of an `integer` / `bigint` column (a place's GeoNames id is a `bigint`).
IntId = Annotated[int, Field(ge=1, le=INT32_MAX)]
BigIntId = Annotated[int, Field(ge=1, le=INT64_MAX)]
