"""A vault whose write-ahead log a crash left damaged: opening it would drop the saved changes after the
damage without a word (SQLite's recovery stops at the first bad frame). The unlock dialog says so before
anything is opened, with how much would be kept and dropped, and opens only when the user chooses to."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.test_wal_verify_outsider import FRAME, PASS, crashed_vault, files
from tests.ui.conftest import answer_next_box, unlock
from vinkdesk.ui.controller import DesktopApp
from vinkdesk.vault import Home


def test_a_damaged_log_is_told_before_unlocking_and_opened_only_by_choice(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, tmp_path: Path
) -> None:
    folder = tmp_path / "home"
    crashed_vault(folder)
    wal = folder / "vault.db-wal"
    damaged = bytearray(wal.read_bytes())
    damaged[32 + (len(damaged) - 32) // FRAME // 2 * FRAME + 24 + 100] ^= 0x01  # a page in the middle
    wal.write_bytes(bytes(damaged))
    before = files(folder)

    desktop.home = Home(folder)
    desktop.context.home = desktop.home
    desktop.start()
    dialog = desktop.unlock_dialog
    assert dialog is not None
    seen: list[str] = []
    answer_next_box("Annuller", seen)
    dialog.passphrase.setText(PASS)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen) and "Intet blev åbnet" in dialog.message.text(), timeout=15_000)
    assert "uden at lukke dine notater" in seen[0] and "beskadiget" in seen[0] and str(folder) in seen[0]
    assert "forsvinder for altid" in seen[0]  # what opening would cost, before anything is opened
    assert desktop.session is None and files(folder) == before  # nothing opened, nothing changed

    answer_next_box("Åbn alligevel", seen)
    dialog.passphrase.setText(PASS)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desktop.window is not None, timeout=15_000)
    assert len(seen) == 2 and desktop.session is not None


def test_an_intact_log_unlocks_without_a_question(qtbot, desktop: DesktopApp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "home"
    crashed_vault(folder, commits=5)
    desktop.home = Home(folder)
    desktop.context.home = desktop.home
    desktop.start()
    unlock(qtbot, desktop, PASS)
    assert desktop.session is not None
