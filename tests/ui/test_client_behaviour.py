"""Behaviour a counsellor relies on: search, keyboard locking and hiding, the clipboard, desktop lock signals,
the language, a supervisor's view, and amendments of locked consultations."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.conftest import PASSPHRASE, consultation, person_case
from tests.ui.conftest import seeded_vault, unlock, visible_texts
from vinkdesk.session import Session
from vinkdesk.ui.autolock import ClipboardGuard
from vinkdesk.ui.consultation_editor import ConsultationEditor
from vinkdesk.ui.controller import DesktopApp
from vinkdesk.ui.unlock_dialog import wait_after
from vinkdesk.vault import FLOOR, Home


def vault_with_notes(home: Home) -> tuple[int, int]:
    session = seeded_vault(home)
    case = session.create_case(person_case(alias="Ravn-17"))
    session.add_consultation(case.id, consultation("Samtale om fodbold og skole."))
    note = session.add_consultation(case.id, consultation("Læreren nævnte en kampsportsklub i Valby."))
    session.lock()
    return case.id, note.id


def started(qtbot, desktop: DesktopApp) -> DesktopApp:  # type: ignore[no-untyped-def]
    desktop.start()
    unlock(qtbot, desktop)
    desktop.window.activateWindow()
    qtbot.waitUntil(desktop.window.isActiveWindow, timeout=2_000)
    return desktop


def test_search_box_finds_a_consultation_by_a_word_and_opens_it(
    qtbot, desktop: DesktopApp, home: Home
) -> None:  # type: ignore[no-untyped-def]
    case_id, note_id = vault_with_notes(home)
    window = started(qtbot, desktop).window
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.box.hasFocus()
    qtbot.keyClicks(window.search.box, "kampsport")
    qtbot.waitUntil(lambda: window.search.model.rowCount() == 1, timeout=5_000)
    hit = window.search.model.index(0).data()
    assert "kampsportsklub" in hit and "Ravn-17" in hit and "[" not in hit  # the alias, no raw brackets
    window.search.results.setCurrentIndex(window.search.model.index(0))
    qtbot.keyClick(window.search.results, Qt.Key.Key_Return)
    assert window.case_page is not None and window.case_page.case.id == case_id
    assert window.case_page.current_consultation().id == note_id
    assert "kampsportsklub" in window.case_page.detail.toPlainText()
    session = desktop.session
    assert [e.detail for e in session.audit_entries() if e.action == "search"][-1] == "kampsport"


def test_ctrl_l_locks_and_f12_hides_at_once(qtbot, desktop: DesktopApp, home: Home) -> None:  # type: ignore[no-untyped-def]
    case_id, _ = vault_with_notes(home)
    window = started(qtbot, desktop).window
    window.open_case(case_id)
    qtbot.keyClick(window, Qt.Key.Key_F12)
    assert desktop.curtain.covers(window)
    qtbot.keyClick(window, Qt.Key.Key_F12)
    assert not desktop.curtain.drawn
    assert "F12" in window.shortcuts_text() and "Ctrl+L" in window.shortcuts_text()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert desktop.session is None
    assert "Ravn-17" not in visible_texts(QApplication.instance())


def test_screen_lock_and_sleep_signals_lock_the_vault(qtbot, desktop: DesktopApp, home: Home) -> None:  # type: ignore[no-untyped-def]
    vault_with_notes(home)
    started(qtbot, desktop)
    desktop.autolock.screensaver_changed(False)
    assert desktop.session is not None
    desktop.autolock.screensaver_changed(True)
    assert desktop.session is None
    unlock(qtbot, desktop)
    desktop.autolock.prepare_for_sleep(True)
    assert desktop.session is None


def test_clipboard_is_cleared_on_lock_if_still_ours(qtbot, desktop: DesktopApp, home: Home) -> None:  # type: ignore[no-untyped-def]
    vault_with_notes(home)
    window = started(qtbot, desktop).window
    clipboard = QApplication.clipboard()
    clipboard.setText("Ravn-17 har kontakt til miljøet")
    qtbot.wait(20)
    window.lock_requested.emit()
    assert clipboard.text() == ""


def test_clipboard_is_cleared_after_the_delay_only_when_vinkdesk_put_it_there(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit

    guard = ClipboardGuard(seconds=1)
    clipboard = QApplication.clipboard()
    assert QApplication.focusWindow() is None  # no vinkdesk window in front: another program copied this
    clipboard.setText("en adresse fra mailen")
    qtbot.wait(1_300)
    assert clipboard.text() == "en adresse fra mailen"

    field = QLineEdit("fortroligt notat")
    qtbot.addWidget(field)
    field.show()
    field.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is not None, timeout=2_000)
    field.selectAll()
    field.copy()  # copied from vinkdesk
    assert clipboard.text() == "fortroligt notat"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3_000)
    del guard


def test_english_can_be_chosen_and_qt_buttons_follow(qtbot, desktop: DesktopApp, home: Home) -> None:  # type: ignore[no-untyped-def]
    case_id, _ = vault_with_notes(home)
    window = started(qtbot, desktop).window
    window.open_case(case_id)
    assert window.menuBar().actions()[0].text() == "&Filer"
    window.language_requested.emit("en")
    window = desktop.window
    assert window.menuBar().actions()[0].text() == "&File"
    assert window.case_page is not None and window.case_page.case.id == case_id  # still on the same case
    assert desktop.settings.language == "en"
    editor = desktop.cases.open_editor(case_id)
    assert editor.buttons.button(QDialogButtonBox.StandardButton.Save).text().replace("&", "") == "Save"
    editor.reject()
    window.language_requested.emit("da")
    editor = desktop.cases.open_editor(case_id)
    assert editor.buttons.button(QDialogButtonBox.StandardButton.Save).text().replace("&", "") == "Gem"
    editor.reject()


def test_supervisor_sees_their_role_and_cannot_write(qtbot, desktop: DesktopApp, home: Home) -> None:  # type: ignore[no-untyped-def]
    case_id, note_id = vault_with_notes(home)
    owner = Session.unlock(home, PASSPHRASE)
    owner.add_supervisor("Bo Leder", "bo leders lange sætning", FLOOR)
    owner.lock()
    desktop.start()
    unlock(qtbot, desktop, "bo leders lange sætning")
    window = desktop.window
    assert window.user_label.text() == "Logget ind som Bo Leder (leder)"
    assert not window.new_case_button.isEnabled() and not window.new_case_action.isEnabled()
    page = window.open_case(case_id)
    assert not page.new_button.isEnabled()
    assert desktop.cases.open_editor(case_id, note_id) is None


def test_editing_a_locked_consultation_makes_an_amendment(qtbot, home: Home) -> None:  # type: ignore[no-untyped-def]
    case_id, note_id = vault_with_notes(home)
    later = Session(Session.unlock(home, PASSPHRASE)._vault, today=date.today() + timedelta(days=10))
    case = later.view_case(case_id)
    editor = ConsultationEditor(later, case, later.consultation(note_id))
    qtbot.addWidget(editor)
    assert "låst" in editor.notice.text() or "locked" in editor.notice.text()
    editor.body.setPlainText("Læreren nævnte en kampsportsklub i Vanløse, ikke Valby.")
    editor.save()
    assert editor.saved is not None and editor.saved.supersedes == note_id
    assert later.consultation(note_id).body == "Læreren nævnte en kampsportsklub i Valby."
    later.lock()


def test_unlock_waits_grow_after_repeated_failures() -> None:
    assert [wait_after(n) for n in range(1, 8)] == [0, 1, 2, 4, 8, 16, 30]


def test_a_result_still_on_its_way_when_locking_never_reaches_a_window(qtbot) -> None:  # type: ignore[no-untyped-def]
    import time

    from vinkdesk.ui.worker import DbWorker

    worker = DbWorker()
    delivered: list[object] = []
    worker.submit(lambda: time.sleep(0.2) or ["Ravn-17 hit"], delivered.append)
    worker.drain()  # what lock() does
    qtbot.wait(100)
    assert delivered == [] and not worker.busy


def test_a_damaged_vault_is_explained_in_danish_and_nothing_unlocks(
    qtbot, desktop: DesktopApp, home: Home
) -> None:  # type: ignore[no-untyped-def]
    vault_with_notes(home)
    home.db_path.write_bytes(b"\0" * 4096)
    desktop.start()
    dialog = desktop.unlock_dialog
    dialog.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=10_000)
    assert dialog.message.text().startswith("Filen med dine notater er beskadiget")
    assert "sikkerhedskopi" in dialog.message.text()
    assert desktop.session is None and desktop.window is None
