"""A confirmed certificate of conduct (VOG) for demo providers with a KvK number, who may only be
live with one: a one-page PDF that says plainly it is a demo, stored as an upload would be."""

from __future__ import annotations

import secrets
import uuid
from datetime import datetime, timedelta

from fpdf import FPDF

from kring.kit.storage import Storage
from kring.kit.working_days import AMSTERDAM


def demo_vog_pdf(name: str) -> bytes:
    pdf = FPDF(format="A4")
    pdf.set_title("Verklaring Omtrent het Gedrag (demo)")
    pdf.set_author("Kring demo")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 12, "Verklaring Omtrent het Gedrag", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 12)
    pdf.multi_cell(
        0,
        7,
        f"Voorbeeld voor de demo van Kring, voor {name}. Dit is geen echte verklaring: "
        "een echte VOG vraag je aan bij je gemeente of via Justis.",
    )
    return bytes(pdf.output())


def confirmed_vog_fields(
    storage: Storage, profile_id: uuid.UUID, name: str, now: datetime
) -> dict[str, object]:
    """The profile's VOG columns for a demo VOG uploaded three weeks ago and confirmed since."""
    data = demo_vog_pdf(name)
    key = f"providers/{profile_id}/vog/{secrets.token_hex(8)}.pdf"
    storage.put(key, data)
    uploaded_at = now - timedelta(days=21)
    return {
        "vog_key": key,
        "vog_bytes": len(data),
        "vog_uploaded_at": uploaded_at,
        "vog_issued_on": uploaded_at.astimezone(AMSTERDAM).date() - timedelta(days=12),
        "vog_confirmed_at": uploaded_at + timedelta(days=1),
    }
