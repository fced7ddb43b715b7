"""One way in: checks of the code itself that import-linter cannot make.

- Only endpoint modules see the raw request: no other domain function takes a `Request`, and
  the settings come in as a dependency (`SettingsDep`), never through `settings_of(request)`.
- Staff roles are named only in `auth/` (the staff-role table) and the models: a domain asks
  for a staff task, it never compares role names.
- `docs/architecture.md` shows the staff-role table as the code has it.
"""

from __future__ import annotations

import ast
from pathlib import Path

from kring.auth.staff_roles import markdown_table
from kring.models.user import StaffRole

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "backend" / "kring"
# Not domains: shared plumbing, policy, the models and the app around them.
NOT_DOMAINS = {"kit", "auth", "models", "dev", "locale", "templates"}


def _domain_modules() -> list[Path]:
    return sorted(
        path
        for path in PACKAGE.glob("*/**/*.py")
        if path.relative_to(PACKAGE).parts[0] not in NOT_DOMAINS
    )


def _is_endpoint_module(path: Path) -> bool:
    return "endpoints" in path.stem or path.relative_to(PACKAGE).parts[0] == "web"


def _annotation_names(node: ast.expr | None) -> set[str]:
    if node is None:
        return set()
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)} | {
        n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute)
    }


def test_only_endpoint_modules_take_the_request() -> None:
    offenders = []
    for path in _domain_modules():
        if _is_endpoint_module(path):
            continue
        tree = ast.parse(path.read_text(), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                arguments = [*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs]
                for argument in arguments:
                    # A string annotation (from __future__) parses as a Constant.
                    annotation = argument.annotation
                    names = _annotation_names(annotation)
                    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
                        names |= _annotation_names(ast.parse(annotation.value, mode="eval").body)
                    if "Request" in names:
                        offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name}")
            if isinstance(node, ast.Call) and _annotation_names(node.func) == {"settings_of"}:
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} settings_of(...)")
    assert offenders == [], "take values, not the request: " + ", ".join(offenders)


ROLE_NAMES = {role.value for role in StaffRole}


def test_staff_roles_are_named_only_in_auth() -> None:
    offenders = []
    for path in _domain_modules():
        tree = ast.parse(path.read_text(), str(path))
        for node in ast.walk(tree):
            named = (
                isinstance(node, ast.Constant)
                and node.value in ROLE_NAMES
                and node.value != "admin"  # also a portal's name; caught below when compared
            )
            # A decision on a role: `x.staff_role is None`, `role == "admin"`, `in ROLES`.
            compared = isinstance(node, ast.Compare) and any(
                (isinstance(side, ast.Constant) and side.value in ROLE_NAMES)
                or (isinstance(side, ast.Attribute) and side.attr == "staff_role")
                for side in [node.left, *node.comparators]
            )
            if named or compared:
                line = getattr(node, "lineno", 0)
                offenders.append(f"{path.relative_to(ROOT)}:{line}")
    assert offenders == [], "ask auth/ for a staff task instead: " + ", ".join(offenders)


def test_the_docs_show_the_staff_role_table_as_the_code_has_it() -> None:
    docs = (ROOT / "docs" / "architecture.md").read_text()
    start, end = "<!-- staff-roles:start -->\n", "<!-- staff-roles:end -->"
    shown = docs[docs.index(start) + len(start) : docs.index(end)]
    assert shown == markdown_table(), "run: python -m kring.auth.staff_roles"
