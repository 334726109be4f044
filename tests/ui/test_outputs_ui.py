"""What the windows save for the user: a summary saved from the preview and the recovery sheet are
owner-only, never land in the vault's folder, on its files or on a FIFO, and a summary whose export row cannot
be written is not left on disk. Quitting the program closes the vault with its log written back."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from tests.conftest import PASSPHRASE, consultation, person_case
from tests.ui.conftest import boxes_read_and_closed, opened, seeded_vault, unlock
from vinkdesk.ui.controller import DesktopApp
from vinkdesk.ui.first_run import RecoveryCodeDialog
from vinkdesk.ui.print_preview import PrintPreview
from vinkdesk.vault import Home

ROOT = Path(__file__).resolve().parents[2]


def dismissing_boxes(act: Callable[[], object]) -> tuple[object, list[str]]:
    """Run act; every message box it opens is read and closed, as a person would after reading it."""
    with boxes_read_and_closed() as seen:
        result = act()
    return result, seen


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def test_a_summary_saved_from_the_preview_is_owner_only_and_never_lands_in_the_vault(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, tmp_path: Path
) -> None:
    session = seeded_vault(home)
    case = session.create_case(person_case(alias="Ørn-19"))
    session.add_consultation(case.id, consultation("Samtale om skolegården."))
    session.lock()
    desktop.start()
    unlock(qtbot, desktop)
    desktop.printing.preview_summary(case.id)
    preview = opened(qtbot, desktop, PrintPreview)
    assert preview is not None
    keys_before = home.keys_path.read_bytes()
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    old = os.umask(0o022)
    try:
        for target in (home.keys_path, home.folder / "resume.pdf", fifo):
            saved, seen = dismissing_boxes(lambda target=target: preview.save_to(target))
            assert saved is False and len(seen) == 1 and str(target) in seen[0], (target, seen)
        saved, seen = dismissing_boxes(lambda: preview.save_to(tmp_path / "resume.pdf"))
    finally:
        os.umask(old)
    assert saved is True and seen == []
    assert mode(tmp_path / "resume.pdf") == 0o600
    assert (tmp_path / "resume.pdf").read_bytes().startswith(b"%PDF-")
    assert home.keys_path.read_bytes() == keys_before and not (home.folder / "resume.pdf").exists()
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert desktop.session is not None
    exports = [e for e in desktop.session.audit_entries(case.id) if e.action == "export"]
    assert len(exports) == 1  # only the save that happened

    # The export row cannot be written (the disk is full, as SQLite would say): no file appears.
    connection = desktop.session._vault.connection  # noqa: SLF001 - the test breaks the audit on purpose
    connection.execute(
        "CREATE TEMP TRIGGER full_disk BEFORE INSERT ON audit WHEN NEW.action = 'export'"
        " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
    )
    saved, seen = dismissing_boxes(lambda: preview.save_to(tmp_path / "second.pdf"))
    assert saved is False and len(seen) == 1
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file() or p.is_fifo()) == [
        "pipe.pdf",
        "resume.pdf",
    ]  # neither the PDF nor its temp file
    connection.execute("DROP TRIGGER full_disk")


def test_the_recovery_sheet_is_owner_only_and_never_saved_in_the_vault(  # type: ignore[no-untyped-def]
    qtbot, home: Home, tmp_path: Path
) -> None:
    seeded_vault(home).lock()
    dialog = RecoveryCodeDialog("ABCDE-FGHJK-MNPQR-STVWX-YZ012", "Ane Rådgiver", "da", home=home)
    qtbot.addWidget(dialog)
    keys_before = home.keys_path.read_bytes()
    for target in (home.keys_path, home.folder / "sheet.pdf"):
        _result, seen = dismissing_boxes(lambda target=target: dialog.save_sheet_to(target))
        assert len(seen) == 1 and str(target) in seen[0], seen
        assert not dialog.confirm.isChecked()
    assert home.keys_path.read_bytes() == keys_before and not (home.folder / "sheet.pdf").exists()
    old = os.umask(0o022)
    try:
        dialog.save_sheet_to(tmp_path / "sheet.pdf")
    finally:
        os.umask(old)
    assert mode(tmp_path / "sheet.pdf") == 0o600 and dialog.confirm.isChecked()


QUIT_CHILD = """
import os, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from vinkdesk.ui.app import run_windows
from vinkdesk.ui.main_window import MainWindow
from vinkdesk.ui.unlock_dialog import UnlockDialog
from vinkdesk.vault import Home

app = QApplication(sys.argv[:1])
clicked = []

def drive():
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, UnlockDialog) and widget.isVisible() and not clicked:
            widget.passphrase.setText(os.environ["VINKDESK_PASSPHRASE"])
            widget.unlock_button.click()
            clicked.append(True)
        if isinstance(widget, MainWindow) and widget.isVisible():
            QTimer.singleShot(300, app.quit)  # as when the last window is closed
            return
    QTimer.singleShot(50, drive)

QTimer.singleShot(0, drive)
code = run_windows(Home(Path(sys.argv[1])))
# What is on disk the moment the windows are gone, before the interpreter tidies anything up:
wal = Path(sys.argv[1]) / "vault.db-wal"
print("wal", wal.stat().st_size if wal.exists() else 0, flush=True)
os._exit(code)
"""


def test_quitting_the_windows_closes_the_vault_with_its_log_written_back(home: Home, tmp_path: Path) -> None:
    session = seeded_vault(home)
    case = session.create_case(person_case())
    for n in range(5):
        session.add_consultation(case.id, consultation(f"Samtale {n}."))
    session.lock()
    env = dict(
        os.environ,
        VINKDESK_PASSPHRASE=PASSPHRASE,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),  # the child's settings stay in the test's folder
        PYTHONPATH=str(ROOT),
    )
    child = subprocess.run(
        [sys.executable, "-c", QUIT_CHILD, str(home.folder)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == 0, child.stderr
    assert "wal 0" in child.stdout.splitlines(), child.stdout + child.stderr
