"""SMS through a gateway adapter: an HTTP provider in production, a local outbox in dev/tests."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

import httpx

from kring.config import Settings
from kring.kit.db import new_id


class SmsGateway(Protocol):
    async def send(self, to: str, text: str) -> None: ...


@dataclass(frozen=True)
class StoredSms:
    id: str
    sent_at: datetime
    to: str
    text: str


class OutboxSmsGateway:
    """Keeps every message as a file; `/api/v1/dev/sms` and `/dev/mail` show them."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    async def send(self, to: str, text: str) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        name = f"{new_id()}.json"
        record = {"to": to, "text": text, "sent_at": datetime.now(UTC).isoformat()}
        temporary = self.directory / f".{name}.tmp"
        temporary.write_text(json.dumps(record))
        temporary.rename(self.directory / name)


class HttpSmsGateway:
    """A JSON-over-HTTPS provider: POST {originator, recipients, body} with a bearer token."""

    def __init__(self, url: str, token: str, sender: str) -> None:
        self.url, self.token, self.sender = url, token, sender

    async def send(self, to: str, text: str) -> None:
        async with httpx.AsyncClient(timeout=15) as client:
            response = await client.post(
                self.url,
                headers={"Authorization": f"Bearer {self.token}"},
                json={"originator": self.sender, "recipients": [to], "body": text},
            )
            response.raise_for_status()


def gateway(settings: Settings) -> SmsGateway:
    if settings.sms_gateway == "http" and settings.sms_http_url:
        token = settings.sms_http_token.get_secret_value() if settings.sms_http_token else ""
        return HttpSmsGateway(settings.sms_http_url, token, settings.sms_sender)
    return OutboxSmsGateway(settings.sms_outbox_dir)


def list_sms(directory: Path, limit: int = 200) -> list[StoredSms]:
    """Messages in the dev outbox, newest first."""
    if not directory.exists():
        return []
    found = []
    for path in sorted(directory.glob("*.json"), reverse=True)[:limit]:
        record = json.loads(path.read_text())
        found.append(
            StoredSms(
                id=path.stem,
                sent_at=datetime.fromisoformat(record["sent_at"]),
                to=record["to"],
                text=record["text"],
            )
        )
    return found
