"""The recovery sheet: the vault's recovery code, large and grouped for reading aloud, and what to do
with it."""

from __future__ import annotations

from datetime import date

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from vinkdesk.domain.labels import day_text
from vinkdesk.reports.style import escape, render, styles

TEXT = {
    "da": {
        "title": "Gendannelseskode til vinkdesk",
        "for": "Gendannelseskoden er lavet til {name} den {day}.",
        "what": "Koden åbner dine krypterede notater på denne computer, hvis adgangssætningen er glemt. Med "
        "koden kan man læse alle sager i vinkdesk på computeren: behandl den som nøglen til arkivskabet.",
        "keep": "Opbevar arket aflåst og adskilt fra computeren, fx i afdelingens pengeskab. Gem det ikke på "
        "computeren: er det gemt som fil, hører det hjemme på et USB-stik, der også opbevares aflåst. Tag "
        "ingen kopi, og fotografér det ikke. Koden vises kun denne ene gang.",
        "use": "Sådan bruges den: skriv koden i feltet til adgangssætning (store eller små bogstaver, med "
        "eller uden bindestreger). Vælg derefter en ny adgangssætning; der laves så en ny gendannelseskode.",
        "lost": "Mistes koden, kan der laves en ny under Indstillinger, så længe du kan åbne dine notater.",
        "confidential": "FORTROLIGT",
    },
    "en": {
        "title": "vinkdesk recovery code",
        "for": "Recovery code made for {name} on {day}.",
        "what": "The code opens your encrypted notes on this computer if the passphrase is forgotten. "
        "Whoever holds it can read every case in vinkdesk on the computer: treat it as the key to the "
        "filing cabinet.",
        "keep": "Keep this sheet locked away, apart from the computer, for instance in the unit's safe. Do "
        "not keep it on the computer: saved as a file, it belongs on a USB stick that is locked away too. "
        "Make no copy and do not photograph it. The code is shown only this once.",
        "use": "To use it: type the code where the passphrase goes (any case, with or without dashes). Then "
        "choose a new passphrase; a new recovery code is made at the same time.",
        "lost": "If the code is lost, make a new one in Settings while you can still open your notes.",
        "confidential": "CONFIDENTIAL",
    },
}


def recovery_sheet(code: str, created_by: str, language: str = "da", day: date | None = None) -> bytes:
    language = language if language in TEXT else "da"
    words = TEXT[language]
    made_on = day or date.today()
    s = styles()
    body = ParagraphStyle("sheet", parent=s["body"], fontSize=11, leading=15, spaceAfter=8)
    groups = code.split("-")
    code_table = Table([groups], colWidths=[31 * mm] * len(groups), rowHeights=[18 * mm])
    code_table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "Courier-Bold", 22),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ]
        )
    )
    story = [
        Paragraph(escape(words["title"]), s["title"]),
        Paragraph(escape(words["for"].format(name=created_by, day=day_text(made_on, language))), body),
        Spacer(1, 6 * mm),
        code_table,
        Spacer(1, 8 * mm),
        Paragraph(escape(words["what"]), body),
        Paragraph(escape(words["keep"]), body),
        Paragraph(escape(words["use"]), body),
        Paragraph(escape(words["lost"]), body),
    ]
    page = "Side {page} af {pages}" if language == "da" else "Page {page} of {pages}"
    return render(story, words["title"], words["confidential"], page, "vinkdesk")
