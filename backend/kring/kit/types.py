"""Input types every schema and query parameter uses: text PostgreSQL can store, integers its
columns can hold. Bad input is refused by the API (422 naming the field), never by the database."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import AfterValidator, Field, GetCoreSchemaHandler
from pydantic_core import core_schema

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

# Text without bounds of its own (a query parameter bounded by `Query(max_length=...)`, a
# password); body text uses `Text` below.
PlainText = Annotated[str, STORABLE_TEXT]

INT32_MAX = 2**31 - 1
INT64_MAX = 2**63 - 1

# An integer that fits PostgreSQL's `integer`.
Int32 = Annotated[int, Field(ge=-(2**31), le=INT32_MAX)]
# A positive key of a `bigint` column (a place's GeoNames id).
BigIntId = Annotated[int, Field(ge=1, le=INT64_MAX)]


@dataclass(frozen=True)
class Text:
    """Bounded text that PostgreSQL can store: `Annotated[str, Text(max_length=200)]`.

    The bounds apply to the text as stored (after stripping), and then NUL and lone surrogates
    are refused; `StringConstraints` next to `PlainText` would check the length before stripping.
    """

    max_length: int
    min_length: int = 0
    strip_whitespace: bool = True
    pattern: str | None = None

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        if handler(source)["type"] != "str":
            raise TypeError("Text(...) describes a str")
        bounded = core_schema.str_schema(
            strip_whitespace=self.strip_whitespace,
            min_length=self.min_length or None,
            max_length=self.max_length,
            pattern=self.pattern,
        )
        return core_schema.no_info_after_validator_function(storable_text, bounded)
