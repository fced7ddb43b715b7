"""PDFs as Kring makes them (fpdf2): A4 pages with a footer saying who made it and when, headings
and label-value fields, in the reader's language."""

from __future__ import annotations

from datetime import datetime

from babel.dates import format_datetime
from fpdf import FPDF

from kring.kit.i18n import Language
from kring.kit.working_days import AMSTERDAM

# The PDF's built-in fonts know Latin-1 only: common typography is written plainly, anything
# else becomes "?" rather than failing the export.
PLAIN = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "€": "EUR"})
LABEL_WIDTH = 50


def plain(text: str) -> str:
    """The text in the built-in fonts' Latin-1."""
    return text.translate(PLAIN).replace("…", "...").encode("latin-1", "replace").decode("latin-1")


def local_moment(moment: datetime, language: Language) -> str:
    """`12 november 2026 14:05`, in Amsterdam time."""
    return str(format_datetime(moment.astimezone(AMSTERDAM), "d MMMM y HH:mm", locale=language))


class Document(FPDF):
    """A4 pages with who exported it, and when, at the foot of each."""

    def __init__(self, footer_text: str) -> None:
        super().__init__(format="A4")
        self.footer_text = footer_text

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 8, self.footer_text, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 8, f"{self.page_no()}/{{nb}}", align="R")

    def first_page(self, title: str) -> None:
        """The document's title (also in its properties) under Kring's name, on a new page."""
        self.set_title(title)
        self.set_author("Kring")
        self.add_page()
        self.set_font("Helvetica", "B", 20)
        self.cell(0, 12, "Kring", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "B", 15)
        self.cell(0, 10, title, new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "", 10)

    def heading(self, text: str) -> None:
        self.ln(4)
        self.set_font("Helvetica", "B", 13)
        self.cell(0, 9, plain(text), new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "", 10)

    def field(self, label: str, value: str | None) -> None:
        self.set_font("Helvetica", "B", 10)
        if self.get_string_width(plain(label)) > LABEL_WIDTH - 2:
            # A long label (French, mostly) gets a line of its own rather than overlap.
            self.cell(0, 6, plain(label), new_x="LMARGIN", new_y="NEXT")
            self.set_x(self.l_margin + LABEL_WIDTH)
        else:
            self.cell(LABEL_WIDTH, 6, plain(label))
        self.set_font("Helvetica", "", 10)
        self.multi_cell(0, 6, plain(value or "-"), new_x="LMARGIN", new_y="NEXT")
