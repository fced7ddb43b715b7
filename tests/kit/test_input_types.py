"""Every input of every route is storable: text through the shared type, integers bounded.

Walks the app's route table (path, query, header, cookie and body parameters, and every field of
every body model, nested) so a new route or field without the shared types fails here.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterator
from enum import Enum
from typing import Any

import annotated_types
import pytest
from fastapi import FastAPI, UploadFile
from fastapi.routing import APIRoute, iter_route_contexts
from httpx import AsyncClient
from pydantic import BaseModel, EmailStr, SecretStr, StringConstraints
from pydantic.fields import FieldInfo

from kring.kit.types import INT64_MAX, STORABLE_TEXT, Text


def _leaves(
    annotation: Any, metadata: tuple[Any, ...], path: str
) -> Iterator[tuple[str, Any, tuple[Any, ...]]]:
    """(path, leaf type, the metadata in force on that leaf) for every scalar inside a type."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        base, *extra = typing.get_args(annotation)
        # Field(...) inside Annotated carries its constraints in its own metadata.
        flat = [
            m for item in extra for m in (item.metadata if isinstance(item, FieldInfo) else [item])
        ]
        yield from _leaves(base, metadata + tuple(flat), path)
    elif origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            yield from _leaves(arg, metadata, path)
    elif origin in (list, set, frozenset, tuple):
        for arg in typing.get_args(annotation):
            if arg is not Ellipsis:
                yield from _leaves(arg, (), path + "[]")
    elif origin is dict:
        key, value = typing.get_args(annotation)
        yield from _leaves(key, (), path + "{key}")
        yield from _leaves(value, (), path + "{}")
    elif origin is typing.Literal:
        return
    elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
        for name, field in annotation.model_fields.items():
            yield from _leaves(field.annotation, tuple(field.metadata), f"{path}.{name}")
    else:
        yield path, annotation, metadata


def _problems(path: str, leaf: Any, metadata: tuple[Any, ...]) -> list[str]:
    if leaf is type(None) or (isinstance(leaf, type) and issubclass(leaf, Enum)):
        return []
    if leaf is str:
        if any(isinstance(m, Text) for m in metadata):
            return []
        if STORABLE_TEXT not in metadata:
            return [f"{path}: text without the shared Text / PlainText type"]
        if any(isinstance(m, StringConstraints) for m in metadata):
            # Constraints after the check would measure the text before stripping it.
            return [f"{path}: PlainText with StringConstraints; use Text(...)"]
        return []
    if leaf is bool:
        return []
    if leaf in (int, float):
        upper = [m for m in metadata if isinstance(m, annotated_types.Le | annotated_types.Lt)]
        upper += [m for m in metadata if isinstance(m, annotated_types.Interval)]
        lower = [m for m in metadata if isinstance(m, annotated_types.Ge | annotated_types.Gt)]
        lower += [m for m in metadata if isinstance(m, annotated_types.Interval)]
        bounded = upper and lower
        if not bounded:
            return [f"{path}: integer without bounds that fit its column"]
        limit = max(int(getattr(m, "le", None) or getattr(m, "lt", None) or 0) for m in upper)
        return [] if limit <= INT64_MAX else [f"{path}: upper bound beyond bigint"]
    if leaf in (EmailStr, SecretStr, UploadFile) or getattr(leaf, "__name__", "") in {
        "UUID",
        "date",
        "datetime",
        "AwareDatetime",
        "time",
        "Decimal",
        "AnyUrl",
        "HttpUrl",
        "bytes",
    }:
        return []
    return [f"{path}: input of unchecked type {leaf!r}"]


def _route_inputs(route: APIRoute) -> Iterator[tuple[str, Any, tuple[Any, ...]]]:
    dependant = route.dependant
    stack = [dependant]
    while stack:
        current = stack.pop()
        stack.extend(current.dependencies)
        for kind, params in (
            ("path", current.path_params),
            ("query", current.query_params),
            ("header", current.header_params),
            ("cookie", current.cookie_params),
            ("body", current.body_params),
        ):
            for param in params:
                info = param.field_info
                yield from _leaves(info.annotation, tuple(info.metadata), f"{kind}:{param.name}")


def test_every_text_and_integer_input_uses_the_shared_types(app: FastAPI) -> None:
    problems: list[str] = []
    checked = 0
    for context in iter_route_contexts(app.routes):
        route = context.original_route
        if not isinstance(route, APIRoute):
            continue
        for path, leaf, metadata in _route_inputs(route):
            checked += 1
            problems += [
                f"{route.operation_id or route.name} {p}" for p in _problems(path, leaf, metadata)
            ]
    assert checked > 100, "the walk found too few inputs: it no longer sees the routes"
    assert not problems, "\n".join(sorted(set(problems)))


@pytest.mark.parametrize(
    "escaped", ["nul\\u0000byte", "lone \\ud800 surrogate", "\\udfff"], ids=["nul", "high", "low"]
)
async def test_signup_refuses_unstorable_text_naming_the_field(
    client: AsyncClient, escaped: str
) -> None:
    body = (
        '{"portal": "partner", "email": "new@example.org", "password": "vlinder-kaas-fiets-29", '
        f'"first_name": "{escaped}", "language": "nl", "accept_terms": true}}'
    )
    response = await client.post(
        "/api/v1/auth/signup", content=body, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 422, response.text
    [error] = response.json()["errors"]
    assert error["field"] == "first_name"
    assert error["message"] in (
        "Bevat een NUL-teken; dat mag niet in tekst.",
        "Bevat tekens die geen geldige Unicode-tekst zijn.",
    )


def test_text_is_bounded_after_stripping_and_refuses_unstorable_characters() -> None:
    from typing import Annotated

    from pydantic import TypeAdapter, ValidationError

    adapter = TypeAdapter(Annotated[str, Text(min_length=1, max_length=5)])
    assert adapter.validate_python("  abc  ") == "abc"
    assert adapter.validate_python(" abcde ") == "abcde"
    for refused, kind in (("   ", "string_too_short"), ("abcdef", "string_too_long")):
        with pytest.raises(ValidationError) as caught:
            adapter.validate_python(refused)
        assert caught.value.errors()[0]["type"] == kind
    for unstorable, kind in (("a\x00b", "value_error"), ("a\ud800b", "string_unicode")):
        with pytest.raises(ValidationError) as caught:
            adapter.validate_python(unstorable)
        assert caught.value.errors()[0]["type"] == kind
    assert adapter.json_schema() == {"type": "string", "minLength": 1, "maxLength": 5}
