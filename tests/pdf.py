"""Reading what a PDF that Kring made says (its page streams, decompressed)."""

from __future__ import annotations

import zlib


def pdf_text(pdf: bytes) -> bytes:
    assert pdf.startswith(b"%PDF-")
    return b"".join(
        zlib.decompress(chunk.split(b"stream\n", 1)[1].rsplit(b"\nendstream", 1)[0])
        for chunk in pdf.split(b"endstream")[:-1]
        if b"FlateDecode" in chunk
    )
