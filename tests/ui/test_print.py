"""Printing and saving a summary from the case page: the preview renders the PDF from memory, printing and
saving are audited, the saved file is the PDF, and no file appears in the temp folder on the way."""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from tests.conftest import consultation, person_case
from tests.ui.conftest import opened, seeded_vault, unlock
from vinkdesk.ui.controller import DesktopApp
from vinkdesk.ui.print_preview import PrintPreview
from vinkdesk.vault import Home


def test_preview_print_and_save_leave_nothing_in_the_temp_folder(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = seeded_vault(home)
    case = session.create_case(person_case(alias="Ørn-19"))
    session.add_consultation(
        case.id, consultation("Samtale om skolegården og fællesskabet", datetime(2026, 3, 4, 9))
    )
    session.lock()
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    out = tmp_path / "out"
    out.mkdir()

    desktop.start()
    unlock(qtbot, desktop)
    page = desktop.window.open_case(case.id)
    assert page.summary_button.isEnabled()
    desktop.printing.preview_summary(case.id)
    preview = opened(qtbot, desktop, PrintPreview)
    assert preview is not None and preview.isVisible()
    assert preview.document.pageCount() == 1
    assert "Samtale om skolegården" in preview.document.getAllText(0).text()

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out / "printed.pdf"))  # a printer that writes where we say
    assert preview.print_to(printer) == 1
    assert (out / "printed.pdf").stat().st_size > 1000

    assert preview.save_to(out / "saved.pdf")
    saved = PdfReader(out / "saved.pdf").pages[0].extract_text()
    assert "Ørn-19" in saved and "FORTROLIGT" in saved

    actions = [(e.action, e.detail) for e in desktop.session.audit_entries(case.id)]
    assert ("print", "consultation summary") in actions and ("export", "consultation summary") in actions
    assert list(temp.iterdir()) == []
