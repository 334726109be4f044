"""The counsellor's day through the real windows: first run, a new case, a consultation, the idle lock that
leaves no case text on screen, unlock back to the same case with the draft offered."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import PASSPHRASE
from tests.ui.conftest import opened, unlock, visible_texts
from vinkdesk.domain import SubjectKind
from vinkdesk.ui.consultation_editor import ConsultationEditor
from vinkdesk.ui.controller import DesktopApp
from vinkdesk.ui.first_run import RecoveryCodeDialog
from vinkdesk.vault import Home

ALIAS = "Lærke-44"
NOTE = "Eleven har delt billeder af våben i klassens chat"


def test_first_run_case_consultation_idle_lock_and_back(
    qtbot,
    desktop: DesktopApp,
    home: Home,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    app = QApplication.instance()
    desktop.start()
    first = desktop.first_run
    assert first is not None and first.isVisible()
    assert first.create_button.text() == "&Opret"  # Danish by default
    qtbot.keyClicks(first.name, "Ane Rådgiver")
    qtbot.keyClicks(first.passphrase, "kort")
    assert first.strength.value() == 0 and "For kort" in first.hint.text()
    first.passphrase.clear()
    qtbot.keyClicks(first.passphrase, PASSPHRASE)
    qtbot.keyClicks(first.repeat, PASSPHRASE)
    qtbot.mouseClick(first.create_button, Qt.MouseButton.LeftButton)
    recovery = opened(qtbot, desktop, RecoveryCodeDialog)
    code = recovery.code_label.text()
    assert not recovery.ok_button.isEnabled()  # nobody skips the code by accident
    recovery.preview_sheet()
    assert recovery.preview.document.pageCount() == 1
    recovery.preview.reject()
    assert not recovery.ok_button.isEnabled()  # looking is not keeping
    recovery.save_sheet_to(tmp_path / "sheet.pdf")
    sheet_text = PdfReader(tmp_path / "sheet.pdf").pages[0].extract_text()
    assert code.split("-")[0] in sheet_text and "Gendannelseskode" in sheet_text
    assert recovery.ok_button.isEnabled()
    qtbot.mouseClick(recovery.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desktop.window is not None, timeout=5_000)
    window = desktop.window
    assert "Logget ind som Ane Rådgiver (rådgiver)" == window.user_label.text()

    # A new case through its dialog, by keyboard.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2_000)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.new_case_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.kind.set_value(SubjectKind.PERSON)
    qtbot.keyClicks(dialog.alias, ALIAS)
    # No birth year is guessed: Enter without one says what to do and creates nothing.
    qtbot.keyClick(dialog.alias, Qt.Key.Key_Return)
    assert dialog.isVisible() and window.case_page is None
    assert "fødselsår" in dialog.message.text().lower()
    dialog.birth_year.setFocus()
    dialog.birth_year.selectAll()
    qtbot.keyClicks(dialog.birth_year, "2011")
    assert dialog.birth_year.value() == 2011
    qtbot.keyClick(dialog.alias, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.case_page is not None, timeout=5_000)
    case = window.case_page.case
    assert case.alias == ALIAS

    # A consultation, typed and left unsaved; the autosave keeps it in the vault.
    editor = desktop.cases.open_editor(case.id)
    assert editor is not None
    qtbot.keyClicks(editor.body, NOTE)
    editor.flush_draft()
    assert editor.draft_state.text().startswith("Kladde gemt")

    # The idle timer fires.
    desktop.autolock.set_idle_ms(300)
    qtbot.waitUntil(lambda: desktop.session is None, timeout=5_000)
    qtbot.wait(50)
    shown = visible_texts(app)
    assert ALIAS not in shown and NOTE not in shown and case.ref not in shown
    assert desktop.unlock_dialog is not None and desktop.unlock_dialog.isVisible()
    assert not shiboken6.isValid(editor) or not editor.isVisible()  # closed with the window, text gone

    # Unlock: back on the same case, the draft offered.
    unlock(qtbot, desktop)
    window = desktop.window
    assert window.case_page is not None and window.case_page.case.id == case.id
    assert window.banner.isVisible() and case.ref in window.banner.text.text()
    qtbot.mouseClick(window.banner.resume_button, Qt.MouseButton.LeftButton)
    resumed = opened(qtbot, desktop, ConsultationEditor)
    assert resumed.body.toPlainText() == NOTE
    resumed.save()
    assert resumed.saved is not None and resumed.saved.body == NOTE
    assert desktop.session.drafts() == []
    assert NOTE in window.case_page.detail.toPlainText()


def test_wrong_passphrase_says_so_and_unlocks_nothing(qtbot, desktop: DesktopApp, home: Home) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import seeded_vault

    seeded_vault(home).lock()
    desktop.start()
    dialog = desktop.unlock_dialog
    for attempt in range(2):
        dialog.message.clear()
        dialog.passphrase.setText("forkert adgangssætning")
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=10_000)  # said, whatever the wording
        assert desktop.session is None and desktop.window is None
        if attempt == 1:
            # The second failure makes the user wait before the next try, and says for how long.
            assert not dialog.unlock_button.isEnabled() and " 1 " in dialog.message.text()
            qtbot.waitUntil(dialog.unlock_button.isEnabled, timeout=3_000)
        qtbot.waitUntil(lambda: not desktop.worker.busy)
    unlock(qtbot, desktop)
    assert desktop.session is not None
