"""The reports' shared look: A4, one font family that carries Danish and other Latin letters (Bitstream Vera,
shipped with reportlab), the confidentiality mark on every page and "page x of y"."""

from __future__ import annotations

import io
import os
from functools import lru_cache
from typing import Any

import reportlab
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

PAGE = A4
MARGIN = 20 * mm
TOP = 26 * mm
BOTTOM = 22 * mm
FONT, BOLD, ITALIC, BOLD_ITALIC = "Vera", "Vera-Bold", "Vera-Italic", "Vera-BoldItalic"
MARK_COLOUR = colors.HexColor("#8b0000")
GREY = colors.HexColor("#555555")
LEVEL_COLOURS = {
    "green": colors.HexColor("#2e7d32"),
    "yellow": colors.HexColor("#f9a825"),
    "red": colors.HexColor("#c62828"),
}

_registered = False


def register_fonts() -> None:
    """Embed Vera (a TrueType font reportlab ships) so æ, ø, å, ł, č and friends print everywhere."""
    global _registered
    if _registered:
        return
    folder = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
    for name, file in (
        (FONT, "Vera.ttf"),
        (BOLD, "VeraBd.ttf"),
        (ITALIC, "VeraIt.ttf"),
        (BOLD_ITALIC, "VeraBI.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, os.path.join(folder, file)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
    _registered = True


@lru_cache(maxsize=1)
def printable_characters() -> frozenset[str]:
    """The characters every face of the reports' font draws (regular, bold, italic, bold italic): any other
    prints as an empty box, so the reports' own words keep to these (tests/test_report_glyphs.py)."""
    register_fonts()
    maps: list[set[int]] = []
    for name in (FONT, BOLD, ITALIC, BOLD_ITALIC):
        font = pdfmetrics.getFont(name)
        assert isinstance(font, TTFont)
        maps.append(set(font.face.charToGlyph))
    common = set.intersection(*maps)
    return frozenset(chr(code) for code in common if code != 0xFFFF)


def missing_glyphs(text: str) -> set[str]:
    """The characters of `text` the reports' font cannot draw (line breaks and tabs are layout)."""
    have = printable_characters()
    return {ch for ch in text if ch not in have and ch not in "\n\t\r"}


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14, alignment=TA_LEFT, spaceAfter=4)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, textColor=GREY),
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=17, leading=21, spaceAfter=8),
        # A heading never stays alone at the foot of a page: it goes over with what follows it.
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=BOLD,
            fontSize=12.5,
            leading=16,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "h3": ParagraphStyle(
            "h3",
            parent=body,
            fontName=BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=1,
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=12, spaceAfter=0),
        "mark": ParagraphStyle("mark", parent=body, fontName=BOLD, textColor=MARK_COLOUR),
    }


def numbered_canvas(mark: str, page_words: str, footer_left: str) -> type[Canvas]:
    """A canvas that draws the confidentiality mark on every page and "page x of y" once y is known.

    page_words is the pattern, e.g. "Side {page} af {pages}"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # reportlab's own way to begin a page

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, height = PAGE
            self.saveState()
            self.setFont(BOLD, 10)
            self.setFillColor(MARK_COLOUR)
            self.drawString(MARGIN, height - 14 * mm, mark)
            self.drawRightString(width - MARGIN, height - 14 * mm, mark)
            self.setStrokeColor(MARK_COLOUR)
            self.setLineWidth(0.6)
            self.line(MARGIN, height - 16 * mm, width - MARGIN, height - 16 * mm)
            self.setFont(FONT, 8.5)
            self.setFillColor(GREY)
            self.drawString(MARGIN, 12 * mm, footer_left)
            self.drawRightString(
                width - MARGIN, 12 * mm, page_words.format(page=self.getPageNumber(), pages=total)
            )
            self.restoreState()

    return NumberedCanvas


def escape(text: str) -> str:
    """Text for a reportlab Paragraph: markup characters escaped, line breaks kept."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def render(story: list[Flowable], title: str, mark: str, page_words: str, footer: str) -> bytes:
    """Lay the story out on A4 with the shared margins, the mark on every page and "page x of y"."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=title,
        author="vinkdesk",
        subject=mark,
    )
    doc.build(story, canvasmaker=numbered_canvas(mark, page_words, footer))
    return buffer.getvalue()
