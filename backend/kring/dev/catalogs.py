"""Find every translatable message in the backend, for the catalog check and its updates.

Messages are English literals inside `_()` or `N_()` in Python, and `_()` in page templates.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent
_TEMPLATE_CALL = re.compile(r"""_\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')""")


def _python_messages(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if not (isinstance(node, ast.Call) and node.args):
            continue
        name = (
            node.func.id
            if isinstance(node.func, ast.Name)
            else (node.func.attr if isinstance(node.func, ast.Attribute) else None)
        )
        first = node.args[0]
        if name in {"_", "N_"} and isinstance(first, ast.Constant) and isinstance(first.value, str):
            found.add(first.value)
    return found


def extract_messages() -> set[str]:
    messages: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        messages |= _python_messages(path)
    for path in (PACKAGE / "templates" / "web").rglob("*.html"):
        for double, single in _TEMPLATE_CALL.findall(path.read_text()):
            messages.add(double or single)
    return messages


def write_catalog(language: str, translations: dict[str, str]) -> Path:
    """Write `locale/<language>/LC_MESSAGES/messages.po`, sorted, for reviewable diffs."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import write_po

    catalog = Catalog(locale=language, project="Kring", charset="utf-8")
    for message in sorted(translations):
        catalog.add(message, translations[message])
    path = PACKAGE / "locale" / language / "LC_MESSAGES" / "messages.po"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as po:
        write_po(po, catalog, width=100, omit_header=True, sort_output=True)
    return path
