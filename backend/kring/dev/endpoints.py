"""Dev-only views: the mailbox of the embedded SMTP sink and the CSP violation log (only mounted
when KRING_ENV=dev)."""

from __future__ import annotations

import html
import json
import re
from datetime import datetime
from pathlib import Path
from typing import Annotated

import structlog
from fastapi import APIRouter, Request
from fastapi import Path as PathParameter
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup
from pydantic import BaseModel

from kring.config import settings_of
from kring.kit import mail_sink, sms
from kring.kit.errors import NotFound, problem_responses
from kring.kit.security_headers import CSP_REPORT_PATH
from kring.web.templates import render_page

api_router = APIRouter(prefix="/dev", tags=["dev"])
page_router = APIRouter(prefix="/dev", include_in_schema=False)

# A link ends before white space or quotes; trailing sentence punctuation is not part of it.
_LINK = re.compile(r"https?://[^\s<>\"']*[^\s<>\"'.,;:!?)]")

log = structlog.get_logger(__name__)
# A report is a few hundred bytes; anything far bigger is not one.
_MAX_REPORT_BYTES = 64 * 1024
# The fields of a violation worth a log line, as report-uri (kebab-case) and report-to
# (camelCase) name them.
_REPORT_FIELDS = {
    "document-uri": "document",
    "documentURL": "document",
    "effective-directive": "directive",
    "effectiveDirective": "directive",
    "blocked-uri": "blocked",
    "blockedURL": "blocked",
    "source-file": "source_file",
    "sourceFile": "source_file",
    "line-number": "line",
    "lineNumber": "line",
    "column-number": "column",
    "columnNumber": "column",
    "script-sample": "sample",
    "sample": "sample",
    "disposition": "disposition",
}


class DevAttachment(BaseModel):
    filename: str
    content_type: str
    size: int
    url: str


class DevMail(BaseModel):
    id: str
    received_at: datetime
    sender: str
    to: str
    subject: str
    text: str
    html: str | None
    links: list[str]
    attachments: list[DevAttachment]


class DevSms(BaseModel):
    id: str
    sent_at: datetime
    to: str
    text: str


@api_router.get("/sms", operation_id="dev:list_sms", summary="Text messages the dev gateway kept")
async def list_dev_sms(request: Request, to: str | None = None) -> list[DevSms]:
    """Newest first; `to` keeps only messages to that number (E.164, e.g. +31612345678)."""
    messages = sms.list_sms(settings_of(request).sms_outbox_dir)
    return [
        DevSms(id=m.id, sent_at=m.sent_at, to=m.to, text=m.text)
        for m in messages
        if to is None or m.to == to
    ]


def _mailbox(request: Request) -> Path:
    return Path(settings_of(request).mailbox_dir)


def _to_schema(stored: mail_sink.StoredMail) -> DevMail:
    return DevMail(
        id=stored.id,
        received_at=stored.received_at,
        sender=stored.sender,
        to=stored.to,
        subject=stored.subject,
        text=stored.text,
        html=stored.html,
        links=_LINK.findall(stored.text),
        attachments=[
            DevAttachment(
                filename=name,
                content_type=media_type,
                size=size,
                url=f"/api/v1/dev/mail/{stored.id}/attachments/{index}",
            )
            for index, (name, media_type, size) in enumerate(stored.attachments)
        ],
    )


@api_router.get("/mail", operation_id="dev:list_mail", summary="Mail caught by the dev SMTP sink")
async def list_dev_mail(request: Request, to: str | None = None) -> list[DevMail]:
    """Newest first; `to` keeps only mail whose To header contains it (case-insensitive)."""
    mails = mail_sink.list_mail(_mailbox(request))
    if to:
        mails = [m for m in mails if to.lower() in m.to.lower()]
    return [_to_schema(m) for m in mails]


@api_router.get(
    "/mail/{mail_id}",
    operation_id="dev:get_mail",
    summary="One caught mail",
    responses=problem_responses(404),
)
async def get_dev_mail(request: Request, mail_id: str) -> DevMail:
    """One message with its text, HTML and the links found in it."""
    stored = mail_sink.read_mail(_mailbox(request), mail_id)
    if stored is None:
        raise NotFound()
    return _to_schema(stored)


@api_router.get(
    "/mail/{mail_id}/attachments/{index}",
    operation_id="dev:get_mail_attachment",
    summary="One attachment of a caught mail",
    response_class=Response,
    responses={200: {"content": {"application/octet-stream": {}}}, **problem_responses(404)},
)
async def get_dev_mail_attachment(
    request: Request, mail_id: str, index: Annotated[int, PathParameter(ge=0, le=100)]
) -> Response:
    """The attachment's bytes as they were sent, as a download."""
    found = mail_sink.read_attachment(_mailbox(request), mail_id, index)
    if found is None:
        raise NotFound()
    filename, media_type, data = found
    safe = "".join(c for c in filename if c.isalnum() or c in "._-") or "attachment"
    return Response(
        data,
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{safe}"'},
    )


def _linkify(text: str) -> Markup:
    escaped = html.escape(text)
    return Markup(_LINK.sub(lambda m: f'<a href="{m.group(0)}">{m.group(0)}</a>', escaped))  # noqa: S704


def _violations(body: bytes) -> list[dict[str, object]]:
    """The violations in a report-uri (`{"csp-report": {...}}`) or report-to (list) body."""
    try:
        data = json.loads(body)
    except ValueError:
        return []
    if isinstance(data, dict) and isinstance(data.get("csp-report"), dict):
        reports = [data["csp-report"]]
    elif isinstance(data, list):
        reports = [
            item["body"]
            for item in data
            if isinstance(item, dict)
            and item.get("type") == "csp-violation"
            and isinstance(item.get("body"), dict)
        ]
    else:
        return []
    return [
        {_REPORT_FIELDS[key]: value for key, value in report.items() if key in _REPORT_FIELDS}
        for report in reports
    ]


@page_router.post(CSP_REPORT_PATH.removeprefix("/dev"), status_code=204)
async def csp_report(request: Request) -> Response:
    """Log each Content-Security-Policy violation the browser reports as one line."""
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > _MAX_REPORT_BYTES:
            return Response(status_code=413)
    for violation in _violations(body):
        log.warning("csp.violation", **violation)
    return Response(status_code=204)


@page_router.get("/mail", response_class=HTMLResponse)
async def dev_mailbox_page(request: Request) -> HTMLResponse:
    return render_page(
        request,
        "dev_mailbox.html",
        {
            "mails": mail_sink.list_mail(_mailbox(request)),
            "text_messages": sms.list_sms(settings_of(request).sms_outbox_dir, limit=20),
        },
    )


@page_router.get("/mail/{mail_id}", response_class=HTMLResponse)
async def dev_mail_page(request: Request, mail_id: str) -> HTMLResponse:
    stored = mail_sink.read_mail(_mailbox(request), mail_id)
    if stored is None:
        raise NotFound()
    return render_page(
        request, "dev_mail.html", {"mail": stored, "text_html": _linkify(stored.text)}
    )
