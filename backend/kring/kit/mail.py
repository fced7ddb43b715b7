"""E-mail: Jinja2 templates per language (subject, text, HTML) sent over SMTP with aiosmtplib."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, make_msgid, parseaddr
from functools import lru_cache
from pathlib import Path
from typing import Any

import aiosmtplib
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from kring.config import Settings
from kring.kit.i18n import LANGUAGES, Language

TEMPLATE_DIR = Path(__file__).resolve().parent.parent / "templates" / "mail"


class MailNotConfigured(RuntimeError):
    """No SMTP server is set and no embedded sink is running."""


@dataclass(frozen=True)
class RenderedMail:
    subject: str
    text: str
    html: str


@lru_cache
def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATE_DIR),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def template_names() -> list[str]:
    return sorted(
        p.name for p in TEMPLATE_DIR.iterdir() if p.is_dir() and not p.name.startswith("_")
    )


def render(template: str, language: Language, context: dict[str, Any]) -> RenderedMail:
    """Render `templates/mail/<template>/<language>.{subject,txt,html}`."""
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    env = _environment()
    base = f"{template}/{language}"
    subject = env.get_template(f"{base}.subject").render(context).strip()
    return RenderedMail(
        subject=" ".join(subject.split()),
        text=env.get_template(f"{base}.txt").render(context),
        html=env.get_template(f"{base}.html").render(context),
    )


def message_id_for(settings: Settings, key: uuid.UUID | None) -> str:
    """A Message-ID in the sender's domain: derived from `key` (the same for every attempt at
    one outbox row, so mail stores can tell a repeat), or random without one."""
    domain = parseaddr(settings.mail_from)[1].rpartition("@")[2] or "kring.local"
    return f"<{key}@{domain}>" if key else make_msgid(domain=domain)


def build_message(
    settings: Settings,
    to: str,
    mail: RenderedMail,
    attachments: Sequence[tuple[str, bytes, str]] = (),
    key: uuid.UUID | None = None,
    sender_name: str | None = None,
) -> EmailMessage:
    """`sender_name`: who the mail is from, by name (`Gemeente Utrecht via Kring`); the address
    stays Kring's, so an answer never reaches anyone's own mailbox."""
    message = EmailMessage()
    message["From"] = (
        formataddr((f"{sender_name} via Kring", parseaddr(settings.mail_from)[1]))
        if sender_name
        else settings.mail_from
    )
    message["To"] = to
    message["Subject"] = mail.subject
    message["Message-ID"] = message_id_for(settings, key)
    message.set_content(mail.text)
    message.add_alternative(mail.html, subtype="html")
    for filename, data, media_type in attachments:
        main, sub = media_type.split("/", 1)
        message.add_attachment(data, maintype=main, subtype=sub, filename=filename)
    return message


async def send(settings: Settings, message: EmailMessage) -> None:
    server = settings.resolved_smtp()
    if server is None:
        raise MailNotConfigured("set KRING_SMTP_HOST (or run `kring serve --dev`)")
    host, port = server
    password = settings.smtp_password.get_secret_value() if settings.smtp_password else None
    await aiosmtplib.send(
        message,
        hostname=host,
        port=port,
        username=settings.smtp_username,
        password=password,
        start_tls=settings.smtp_starttls,
        use_tls=settings.smtp_tls,
        timeout=settings.smtp_timeout_seconds,
    )
