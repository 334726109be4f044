"""Printing and saving a summary from the case page, driven by its buttons: where the print service takes PDF
(lp) it gets the PDF itself through a pipe; a PDF printer asking for 1200 dpi gets pages of at most 300 dpi
(grey for a grey printer) and a long job under 5 MB, while the window keeps ticking; the preview says the
print went, or why not; every print is audited, a lock in the middle included, and nothing lands in the temp
folder.

The system's print dialog cannot be driven offscreen: these tests replace only PrintPreview.ask_destination,
the small method that shows it, with the choice a user would make there."""

from __future__ import annotations

import os
import stat
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from tests.conftest import consultation, person_case
from tests.ui.conftest import boxes_read_and_closed, opened, seeded_vault, unlock
from vinkdesk.reports.recovery_sheet import recovery_sheet
from vinkdesk.ui.controller import DesktopApp
from vinkdesk.ui.print_preview import PrintPreview
from vinkdesk.ui.printing import Destination, destination_of
from vinkdesk.ui.screen import available_area
from vinkdesk.vault import Home

NOTE = " ".join(f"Sætning {i} om skolegården, fællesskabet og de voksne på Nørrebro." for i in range(40))


def said(text: str) -> str:
    """What the preview says, in the language the windows speak."""
    return QCoreApplication.translate("PrintPreview", text)


@pytest.fixture
def temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temp folder every program would use; the tests check that it stays empty."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def stand_in_lp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exit_code: int = 0) -> Path:
    """An lp first on PATH that records its arguments and what it was given on stdin, as CUPS's would
    receive them; exit_code 1 refuses the job as lp does for a printer that does not exist."""
    bin_folder = tmp_path / "bin"
    bin_folder.mkdir()
    record = tmp_path / "lp-record"
    record.mkdir()
    refuse = 'echo "lp: The printer or class does not exist." >&2; exit 1' if exit_code else ""
    script = bin_folder / "lp"
    script.write_text(
        "#!/bin/sh\n"
        f'printf "%s\\n" "$@" > "{record}/argv"\n'
        f"{refuse}\n"
        f'cat > "{record}/stdin"\n'
        'echo "request id is Kontor-1-7 (1 file(s))"\n'
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bin_folder}{os.pathsep}{os.environ['PATH']}")
    return record


def summary_preview(qtbot, desktop: DesktopApp, home: Home) -> tuple[PrintPreview, int]:  # type: ignore[no-untyped-def]
    """A real vault with a case of three long consultations, unlocked, and its summary in the preview."""
    session = seeded_vault(home)
    case = session.create_case(person_case(alias="Ørn-19"))
    for day in (4, 5, 6):
        session.add_consultation(case.id, consultation(f"{NOTE} Dag {day}.", datetime(2026, 3, day, 9)))
    session.lock()
    desktop.start()
    unlock(qtbot, desktop)
    desktop.window.open_case(case.id)
    desktop.printing.preview_summary(case.id)
    preview = opened(qtbot, desktop, PrintPreview)
    assert preview.document.pageCount() >= 3  # three long consultations, over several pages (page x of y)
    qtbot.wait(50)  # the view has painted its first pages
    return preview, case.id


def printed_actions(desktop: DesktopApp, case_id: int) -> list[tuple[str, str]]:
    assert desktop.session is not None
    return [(e.action, e.detail) for e in desktop.session.audit_entries(case_id) if e.action == "print"]


@contextmanager
def heartbeat(preview: PrintPreview) -> Iterator[tuple[list[float], list[str]]]:
    """A timer on the UI thread every 5 ms (when it ticked), and every line the status line was given (a page
    can be ready between two ticks, so the lines are taken as they are set, not sampled)."""
    ticks: list[float] = []
    lines: list[str] = []
    timer = QTimer()
    timer.setInterval(5)
    set_text = preview.status.setText

    def said_now(text: str) -> None:
        if not lines or lines[-1] != text:
            lines.append(text)
        set_text(text)

    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    preview.status.setText = said_now  # type: ignore[method-assign]
    timer.start()
    try:
        yield ticks, lines
    finally:
        timer.stop()
        preview.status.setText = set_text  # type: ignore[method-assign]


def test_the_print_service_gets_the_pdf_itself_through_a_pipe_and_nothing_is_written(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, tmp_path: Path, temp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = stand_in_lp(tmp_path, monkeypatch)
    preview, case_id = summary_preview(qtbot, desktop, home)
    monkeypatch.setattr(preview, "ask_destination", lambda: Destination("Kontor-1", copies=2))

    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: preview.status.text() == said("Sent to the printer."), timeout=10_000)

    assert (record / "stdin").read_bytes() == preview.pdf  # the PDF itself, byte for byte: vector pages
    pages = PdfReader(record / "stdin").pages
    assert len(pages) == preview.document.pageCount() >= 3
    assert "Ørn-19" in pages[0].extract_text() and "Dag 6." in " ".join(p.extract_text() for p in pages[1:])
    argv = (record / "argv").read_text().splitlines()
    assert argv[:6] == ["-d", "Kontor-1", "-n", "2", "-t", preview.windowTitle()]
    assert printed_actions(desktop, case_id) == [("print", "consultation summary")]
    assert preview.print_button.isEnabled() and not preview.progress.isVisible()
    assert list(temp.iterdir()) == []


@pytest.mark.parametrize(
    ("mode", "colour_space"),
    [(QPrinter.ColorMode.Color, "/DeviceRGB"), (QPrinter.ColorMode.GrayScale, "/DeviceGray")],
)
def test_a_pdf_printer_asking_1200_dpi_gets_300_dpi_pages_under_5_mb_while_the_window_keeps_ticking(  # type: ignore[no-untyped-def]
    qtbot,
    desktop: DesktopApp,
    home: Home,
    tmp_path: Path,
    temp: Path,
    monkeypatch: pytest.MonkeyPatch,
    mode: QPrinter.ColorMode,
    colour_space: str,
) -> None:
    preview, case_id = summary_preview(qtbot, desktop, home)
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))  # a printer that writes where we say
    printer.setColorMode(mode)
    assert printer.resolution() == 1200
    monkeypatch.setattr(preview, "ask_destination", lambda: destination_of(printer))

    with heartbeat(preview) as (ticks, lines):
        began, ui_began = time.perf_counter(), time.thread_time()
        qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: preview.status.text() == said("Sent to the printer."), timeout=20_000)
        job, ui_busy = time.perf_counter() - began, time.thread_time() - ui_began
    during = [t for t in ticks if began <= t]
    longest_pause = max(b - a for a, b in zip(during, during[1:], strict=False))
    # The work happened in the background: the UI thread spent a few percent of the job's time, and its
    # timer kept ticking (the pauses left are Python's lock, held by PySide6 while pdfium renders a page).
    assert ui_busy < job / 5, (ui_busy, job)
    assert longest_pause < job / 2, (longest_pause, job)
    total = str(preview.document.pageCount())
    assert said("Preparing page %1 of %2 for the printer…").replace("%1", "1").replace("%2", total) in lines

    assert out.stat().st_size < 5_000_000
    reader = PdfReader(out)
    assert len(reader.pages) == int(total)
    for page in reader.pages:
        inches = (float(page.mediabox.width) / 72, float(page.mediabox.height) / 72)
        images = [x.get_object() for x in page["/Resources"]["/XObject"].values()]
        assert images and all(image["/ColorSpace"] == colour_space for image in images)
        assert all(image["/Width"] <= inches[0] * 300 + 1 for image in images)
        assert sum(image["/Height"] for image in images) <= inches[1] * 300 + 1
    assert printed_actions(desktop, case_id) == [("print", "consultation summary")]
    assert list(temp.iterdir()) == []


def test_a_print_service_that_refuses_says_what_to_do_and_no_print_is_recorded(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, tmp_path: Path, temp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = stand_in_lp(tmp_path, monkeypatch, exit_code=1)
    preview, case_id = summary_preview(qtbot, desktop, home)
    monkeypatch.setattr(preview, "ask_destination", lambda: Destination("Gone-2"))

    with boxes_read_and_closed() as seen:
        qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(seen), timeout=10_000)

    assert preview.status.text() == said("Not printed.")
    assert "Rapporten blev ikke udskrevet" in seen[0] and "printeren er tændt" in seen[0]  # in Danish
    assert "lp: The printer or class does not exist." in seen[0]
    assert (record / "argv").read_text().splitlines()[:2] == ["-d", "Gone-2"]
    assert not (record / "stdin").exists()
    assert printed_actions(desktop, case_id) == []
    assert preview.print_button.isEnabled() and not preview.progress.isVisible()
    assert list(temp.iterdir()) == []


def test_locking_while_the_pages_are_on_their_way_finishes_the_print_and_keeps_its_audit_row(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    preview, case_id = summary_preview(qtbot, desktop, home)
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    monkeypatch.setattr(preview, "ask_destination", lambda: destination_of(printer))
    total = preview.document.pageCount()

    preview.activateWindow()
    qtbot.waitUntil(preview.isActiveWindow, timeout=2_000)

    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert preview.printing.busy
    focused = QApplication.focusWidget() or preview
    qtbot.keyClick(focused, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Ctrl+L at once

    assert desktop.session is None and not preview.isVisible()
    assert len(PdfReader(out).pages) == total
    unlock(qtbot, desktop)
    assert printed_actions(desktop, case_id) == [("print", "consultation summary")]


def test_the_preview_fits_the_screen_and_saving_it_leaves_nothing_in_the_temp_folder(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, temp: Path
) -> None:
    outputs: list[str] = []
    preview = PrintPreview(
        recovery_sheet("ABCD-EFGH-IJKL-MNOP", "Ane Rådgiver", "da"),
        "Genoprettelsesark",
        "ark.pdf",
        outputs.append,
    )
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitExposed(preview)
    area = available_area(preview)
    assert preview.height() <= area.height() * 0.9 and preview.width() <= area.width()
    for button in (preview.print_button, preview.save_button, preview.close_button):
        assert button.isVisible() and preview.rect().contains(button.geometry())

    assert preview.save_to(tmp_path / "saved.pdf")
    assert "ABCD\nEFGH\nIJKL\nMNOP" in PdfReader(tmp_path / "saved.pdf").pages[0].extract_text()
    assert outputs == ["export"]
    assert list(temp.iterdir()) == []
