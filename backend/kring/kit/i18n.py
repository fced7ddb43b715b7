"""Languages: negotiate the request's language and translate messages from gettext catalogs.

Message ids are English. The Dutch and French catalogs live in `kring/locale/<lang>/LC_MESSAGES/
messages.po` and are read once with Babel; a test checks every message has all translations.
"""

from __future__ import annotations

from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, get_args

from babel import Locale, UnknownLocaleError
from babel.messages.pofile import read_po

Language = Literal["nl", "fr", "en"]
LANGUAGES: tuple[Language, ...] = get_args(Language)
DEFAULT_LANGUAGE: Language = "nl"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"

_current: ContextVar[Language] = ContextVar("kring_language", default=DEFAULT_LANGUAGE)


@lru_cache
def catalog(language: Language) -> dict[str, str]:
    path = LOCALE_DIR / language / "LC_MESSAGES" / "messages.po"
    if not path.exists():
        return {}
    with path.open("rb") as po:
        parsed = read_po(po, locale=language)
    return {str(m.id): str(m.string) for m in parsed if m.id and m.string}


def negotiate(accept_language: str | None) -> Language:
    """Pick nl, fr or en from an Accept-Language header; Dutch when nothing matches."""
    if not accept_language:
        return DEFAULT_LANGUAGE
    return _negotiated(accept_language)


# Browsers send the same few headers again and again, and parsing one costs Babel more than
# the rest of a cached list request; bounded, so a stream of odd headers only costs parsing.
@lru_cache(maxsize=512)
def _negotiated(accept_language: str) -> Language:
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate(accept_language.split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        if tag and quality > 0:
            ranked.append((-quality, position, tag.strip()))
    for _, _, tag in sorted(ranked):
        try:
            language = Locale.parse(tag.replace("-", "_")).language
        except (ValueError, UnknownLocaleError):
            continue
        if language in LANGUAGES:
            return language
    return DEFAULT_LANGUAGE


def set_language(language: Language) -> None:
    _current.set(language)


def current_language() -> Language:
    return _current.get()


def translate(message: str, language: Language | None = None, /, **params: Any) -> str:
    """Translate an English message id into the (current) language and fill in its params."""
    text = catalog(language or current_language()).get(message, message)
    return text.format(**params) if params else text


_ = translate


def N_(message: str) -> str:
    """Mark a message for translation where it is defined; it is translated where it is used."""
    return message
