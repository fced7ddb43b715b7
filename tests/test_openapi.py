"""The API description is complete: every operation named, summarised, described, with the
problems it can answer with; every request body with an example."""

from __future__ import annotations

import re
from typing import Any

from fastapi import FastAPI

# Answer to anyone and refuse nothing of their own (no body, no parameters to get wrong).
NO_PROBLEMS = {
    "health:get",
    "health:ready",
    "organisations:list_function_codes",
    "providers:list_categories",
    "skills:list_skills",
}


def _operations(app: FastAPI) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, operation)
        for path, operations in app.openapi()["paths"].items()
        for method, operation in operations.items()
    ]


def test_every_operation_is_named_summarised_and_described(app: FastAPI) -> None:
    for method, path, operation in _operations(app):
        where = f"{method} {path}"
        assert re.fullmatch(r"[a-z_]+:[a-z_]+", operation.get("operationId", "")), where
        assert operation.get("summary"), where
        assert operation.get("description"), where
        problems = [code for code in operation["responses"] if code.startswith("4")]
        assert problems or operation["operationId"] in NO_PROBLEMS, where


def test_every_request_body_has_an_example(app: FastAPI) -> None:
    spec = app.openapi()
    schemas = spec["components"]["schemas"]
    for method, path, operation in _operations(app):
        body = operation.get("requestBody", {}).get("content", {})
        for media in body.values():
            ref = media["schema"].get("$ref")
            if ref is None:
                continue  # described inline (the OAuth2 form)
            schema = schemas[ref.rsplit("/", 1)[-1]]
            assert schema.get("examples"), f"{method} {path}: {ref}"
