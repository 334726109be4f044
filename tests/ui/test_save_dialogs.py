"""Saving a report as a Danish user would, by keys, on a real vault: the file dialog is Qt's own in Danish,
opens in the user's Documents with a Danish name and the day's date; a folder OneDrive synchronises is
questioned, naming the service, and the default answer (Enter) saves nothing; an ordinary folder saves."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit, QMessageBox, QWidget

from tests.conftest import consultation, person_case
from tests.ui.conftest import opened, seeded_vault, unlock
from vinkdesk.ui.controller import DesktopApp
from vinkdesk.ui.print_preview import PrintPreview
from vinkdesk.ui.save_file import file_day, file_name, recovery_sheet_advice
from vinkdesk.vault import Home


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user's home of its own with Documents in it, no cloud client configured."""
    user = tmp_path / "user"
    (user / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(user))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(user / ".config"))
    for variable in ("OneDrive", "OneDriveCommercial", "OneDriveConsumer"):
        monkeypatch.delenv(variable, raising=False)
    return user / "Documents"


def active(qtbot, kind: type[QWidget]) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=5_000)
    widget = QApplication.activeModalWidget()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=2_000)
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, key, modifier)


def save_by_keys(qtbot, preview: PrintPreview, note: str = "ikke krypteret") -> QFileDialog:  # type: ignore[no-untyped-def]
    """Alt+the Save button's letter, Enter on the warning: the file dialog, its name field focused."""
    letter = preview.save_button.text().split("&", 1)[1][0]
    press(qtbot, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)
    warning = active(qtbot, QMessageBox)
    assert note in warning.text()
    press(qtbot, Qt.Key.Key_Return)
    dialog = active(qtbot, QFileDialog)
    assert isinstance(QApplication.focusWidget(), QLineEdit)
    return dialog


def type_path(qtbot, path: Path) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), str(path))
    press(qtbot, Qt.Key.Key_Return)


def test_a_summary_is_proposed_in_danish_in_documents_and_a_onedrive_folder_is_questioned(  # type: ignore[no-untyped-def]
    qtbot,
    desktop: DesktopApp,
    home: Home,
    tmp_path: Path,
    documents: Path,
    monkeypatch: pytest.MonkeyPatch,
    excepthook: list[str],
) -> None:
    session = seeded_vault(home)
    case = session.create_case(person_case(alias="Ørn-19"))
    session.add_consultation(case.id, consultation("Samtale om skolegården."))
    session.lock()
    desktop.start()
    unlock(qtbot, desktop)
    desktop.printing.preview_summary(case.id)
    preview = opened(qtbot, desktop, PrintPreview)
    preview.resize(1366, 728)
    preview.activateWindow()
    qtbot.waitUntil(preview.isActiveWindow, timeout=2_000)

    dialog = save_by_keys(qtbot, preview)
    today = date.today()
    proposed = f"samtaleresume-{case.ref}-{today.day:02d}-{today.month:02d}-{today.year}.pdf"
    assert QApplication.focusWidget().text() == proposed
    assert Path(dialog.directory().absolutePath()) == documents  # not the program's folder nor the vault's
    labels = {label.text() for label in dialog.findChildren(QLabel) if label.isVisible()}
    assert {"&Kig i:", "&Filnavn:", "Filer af &typen:"} <= labels, labels  # Qt's own dialog, in Danish
    dialog.grab().save(str(tmp_path / "file-dialog.png"))

    # The organisation's OneDrive: the client names it in the environment; the folder's name says nothing.
    onedrive = tmp_path / "Kommunen" / "Dokumenter"
    onedrive.mkdir(parents=True)
    monkeypatch.setenv("OneDriveCommercial", str(tmp_path / "Kommunen"))
    type_path(qtbot, onedrive / proposed)
    question = active(qtbot, QMessageBox)
    assert "OneDrive" in question.text() and "Microsoft" in question.text()
    question.grab().save(str(tmp_path / "cloud-question.png"))
    press(qtbot, Qt.Key.Key_Return)  # the default: No
    qtbot.waitUntil(lambda: not question.isVisible(), timeout=2_000)
    assert list(onedrive.iterdir()) == []
    assert [e for e in desktop.session.audit_entries(case.id) if e.action == "export"] == []

    # Again, into Documents as proposed: saved, and the export audited.
    preview.activateWindow()
    qtbot.waitUntil(preview.isActiveWindow, timeout=2_000)
    save_by_keys(qtbot, preview)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: (documents / proposed).exists(), timeout=5_000)
    assert (documents / proposed).read_bytes().startswith(b"%PDF-")
    assert len([e for e in desktop.session.audit_entries(case.id) if e.action == "export"]) == 1
    assert excepthook == []


def test_the_recovery_sheet_says_to_keep_it_off_the_laptop_and_a_dropbox_folder_is_questioned(  # type: ignore[no-untyped-def]
    qtbot, home: Home, tmp_path: Path, documents: Path, excepthook: list[str]
) -> None:
    from vinkdesk.reports.recovery_sheet import recovery_sheet

    advice = recovery_sheet_advice()
    saved: list[str] = []
    preview = PrintPreview(
        recovery_sheet("ABCDE-FGHJK-MNPQR-STVWX-YZ012", "Ane Rådgiver", "da"),
        "Gendannelsesark",
        file_name("recovery", date.today(), "da"),
        saved.append,
        forbidden=home,
        save_advice=advice,
    )
    qtbot.addWidget(preview)
    preview.resize(1366, 728)
    preview.show()
    preview.activateWindow()
    qtbot.waitUntil(preview.isActiveWindow, timeout=2_000)
    assert "USB" in advice
    dialog = save_by_keys(qtbot, preview, note=advice)  # the advice is what the user reads before choosing
    assert QApplication.focusWidget().text().startswith("gendannelsesark-")
    assert Path(dialog.directory().absolutePath()) == documents

    synced = tmp_path / "Arbejde"
    synced.mkdir()
    (synced / ".dropbox").write_text("{}")
    type_path(qtbot, synced / "ark.pdf")
    question = active(qtbot, QMessageBox)
    assert "Dropbox" in question.text()
    press(qtbot, Qt.Key.Key_Escape)  # Escape is No too
    qtbot.waitUntil(lambda: not question.isVisible(), timeout=2_000)
    assert sorted(p.name for p in synced.iterdir()) == [".dropbox"] and saved == []
    assert excepthook == []


def test_file_names_per_language() -> None:
    day = date(2026, 11, 29)
    assert file_day(day, "da") == "29-11-2026" and file_day(day, "en") == "2026-11-29"
    assert file_name("summary", day, "da", "2026-017") == "samtaleresume-2026-017-29-11-2026.pdf"
    assert file_name("summary", day, "en", "2026-017") == "consultation-summary-2026-017-2026-11-29.pdf"
    assert file_name("access", day, "da", "2026/017") == "indsigtsrapport-2026-017-29-11-2026.pdf"
    assert file_name("recovery", day, "da") == "gendannelsesark-29-11-2026.pdf"
