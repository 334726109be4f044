"""The words of the reports this side of the windows: counts with their noun in the right number, numbers and
dates in the report's language, the recovery sheet's advice to keep it off the laptop."""

from __future__ import annotations

import re
from datetime import date
from io import BytesIO

from pypdf import PdfReader

from vinkdesk.reports.annual import TEXT, counted, number
from vinkdesk.reports.recovery_sheet import recovery_sheet


def text_of(pdf: bytes) -> str:
    return " ".join((page.extract_text() or "") for page in PdfReader(BytesIO(pdf)).pages)


def test_counts_take_the_nouns_number_never_a_bracketed_plural() -> None:
    da, en = TEXT["da"], TEXT["en"]
    assert counted(1, da["computers"], "da") == "1 tilmeldt computer"
    assert counted(3, da["computers"], "da") == "3 tilmeldte computere"
    assert counted(1, da["quarters"], "da") == "1 kvartalsopgørelse"
    assert counted(12_000, da["quarters"], "da") == "12.000 kvartalsopgørelser"
    assert counted(1, en["findings"], "en") == "1 finding"
    assert counted(2, en["findings"], "en") == "2 findings"
    assert number("10000", "da") == "10.000" and number("10000", "en") == "10,000"
    assert number("–", "da") == "–"
    for words in (da, en):
        flat = " ".join(str(v) for v in words.values())
        assert not re.search(r"\((er|e|s)\)", flat), flat


def test_the_recovery_sheet_dates_the_danish_way_and_says_to_keep_it_off_the_computer() -> None:
    text = " ".join(text_of(recovery_sheet("AB12C-DEFGH", "Åse Ørnbøl", "da", date(2026, 11, 29))).split())
    assert "29.11.2026" in text and "2026-11-29" not in text
    assert "USB-stik" in text and "boks" not in text.lower()
    english = " ".join(text_of(recovery_sheet("AB12C-DEFGH", "Åse", "en", date(2026, 11, 29))).split())
    assert "USB stick" in english and "29/11/2026" in english
