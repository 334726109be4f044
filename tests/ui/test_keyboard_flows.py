"""The counsellor's keyboard flows on a 13-inch screen (1366×768), pressed as a person does on the focused
widget: the unlock retry, find → list → open, a new consultation by Ctrl+Shift+N, and the tab, search and
filters kept across a lock."""

from __future__ import annotations

import gc

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.conftest import PASSPHRASE, consultation, person_case
from tests.ui.conftest import seeded_vault
from tests.ui.keys import focused, press, type_text
from vinkdesk.ui.controller import DesktopApp
from vinkdesk.vault import Home

WRONG = "forkert adgangssætning"


def active(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def unlock_by_keys(qtbot, desktop: DesktopApp, passphrase: str = PASSPHRASE) -> None:  # type: ignore[no-untyped-def]
    dialog = desktop.unlock_dialog
    assert dialog is not None
    active(qtbot, dialog)
    assert focused() is dialog.passphrase
    type_text(passphrase)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desktop.window is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not desktop.worker.busy, timeout=10_000)


def make_vault(home: Home, cases: int = 1) -> list[int]:
    session = seeded_vault(home)
    ids = []
    for n in range(cases):
        case = session.create_case(person_case(alias=f"Ravn-{n + 1}"))
        session.add_consultation(case.id, consultation(f"Læreren nævnte en kampsportsklub nummer {n + 1}."))
        ids.append(case.id)
    session.lock()
    return ids


def wrong_once(qtbot, desktop: DesktopApp, home: Home):  # type: ignore[no-untyped-def]
    make_vault(home)
    desktop.start()
    dialog = desktop.unlock_dialog
    assert dialog is not None
    active(qtbot, dialog)
    assert focused() is dialog.passphrase
    type_text(WRONG)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=10_000)
    qtbot.waitUntil(lambda: not desktop.worker.busy)
    assert desktop.window is None
    return dialog


def test_after_a_wrong_passphrase_typing_again_replaces_it_and_unlocks(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home
) -> None:
    from vinkdesk.ui.coordinator_window import CoordinatorDialog

    dialog = wrong_once(qtbot, desktop, home)
    # The cursor is back in the field, the wrong text selected: typing on replaces it.
    assert focused() is dialog.passphrase
    assert dialog.passphrase.selectedText() == WRONG
    type_text(PASSPHRASE)  # its spaces press no button
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desktop.window is not None, timeout=10_000)
    assert desktop.session is not None
    assert desktop.dialogs.find(CoordinatorDialog) is None
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [desktop.window]


def test_the_coordinators_button_is_off_the_tab_path_and_enter_still_unlocks(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home
) -> None:
    dialog = wrong_once(qtbot, desktop, home)
    for _ in range(6):
        press(Qt.Key.Key_Tab)
        assert focused() is not dialog.coordinator_button
    # Back in the field by Shift+Tab (past Cancel, which must not stay the default button for Enter).
    while focused() is not dialog.passphrase:
        press(Qt.Key.Key_Backtab)
    dialog.passphrase.selectAll()
    type_text(PASSPHRASE)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desktop.window is not None, timeout=10_000)


def main_window(qtbot, desktop: DesktopApp, home: Home, cases: int = 3):  # type: ignore[no-untyped-def]
    ids = make_vault(home, cases)
    desktop.start()
    unlock_by_keys(qtbot, desktop)
    window = desktop.window
    assert window is not None
    window.showNormal()
    window.resize(1366, 768)
    active(qtbot, window)
    qtbot.waitUntil(lambda: window.model.rowCount() == cases, timeout=10_000)
    return window, ids


def test_find_then_down_or_enter_opens_the_case(qtbot, desktop: DesktopApp, home: Home) -> None:  # type: ignore[no-untyped-def]
    window, ids = main_window(qtbot, desktop, home)
    assert focused() is window.text_filter  # after the unlock, typing finds a case at once
    press(Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert focused() is window.text_filter
    type_text("ravn-2")
    assert window.model.rowCount() == 1
    press(Qt.Key.Key_Down)
    assert focused() is window.table
    assert window.case_page is not None and window.case_page.case.id == ids[1]
    press(Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert focused() is window.text_filter
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text("ravn-3")
    press(Qt.Key.Key_Return)
    assert focused() is window.table
    assert window.case_page is not None and window.case_page.case.id == ids[2]
    assert window.right.currentWidget() is window.case_page


def test_ctrl_shift_n_opens_the_consultation_editor_on_the_open_case(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home
) -> None:
    from tests.ui.conftest import opened
    from vinkdesk.ui.consultation_editor import ConsultationEditor

    window, ids = main_window(qtbot, desktop, home)
    press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert desktop.dialogs.find(ConsultationEditor) is None  # no case open: the status bar says so
    assert (
        "case" in window.statusBar().currentMessage().lower() or "sag" in window.statusBar().currentMessage()
    )
    press(Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    type_text("ravn-1")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    editor = opened(qtbot, desktop, ConsultationEditor)
    assert editor.case.id == ids[0]
    assert "Ctrl+Shift+N" in window.shortcuts_text()


def test_after_lock_and_unlock_the_tab_search_and_filters_are_back_and_never_on_disk(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, tmp_path
) -> None:
    window, ids = main_window(qtbot, desktop, home)
    case = desktop.session.view_case(ids[1]) if desktop.session else None
    assert case is not None
    # A filter: mine only, and the level "not assessed" (the last entry), both by keys.
    window.mine_filter.setFocus()
    press(Qt.Key.Key_Space)
    window.level_filter.setFocus()
    press(Qt.Key.Key_End)
    level_index = window.level_filter.currentIndex()
    assert level_index > 0 and window.mine_filter.isChecked()
    # A search.
    press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text("kampsportsklub")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.search.model.rowCount() == 3, timeout=10_000)
    # A case and a tab of it.
    press(Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    type_text("ravn-2")
    press(Qt.Key.Key_Return)
    page = window.case_page
    assert page is not None
    page.tabs.setFocus()
    press(Qt.Key.Key_Right)
    press(Qt.Key.Key_Right)
    assert page.tabs.currentIndex() == 2

    press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert desktop.window is None and desktop.session is None
    # While locked the view is not in memory (it waits inside the vault), nor as text in the vault's files.
    gc.collect()
    assert not [o for o in gc.get_objects() if type(o).__name__ == "ViewState"]
    for path in home.folder.iterdir():
        if path.is_file():
            assert b"kampsportsklub" not in path.read_bytes(), path.name
    unlock_by_keys(qtbot, desktop)
    window = desktop.window
    assert window is not None
    qtbot.waitUntil(lambda: window.search.model.rowCount() == 3, timeout=10_000)
    assert window.mine_filter.isChecked() and window.level_filter.currentIndex() == level_index
    assert window.search.box.text() == "kampsportsklub"
    assert window.text_filter.text() == "ravn-2"
    assert window.case_page is not None and window.case_page.case.id == ids[1]
    assert window.case_page.tabs.currentIndex() == 2

    desktop.settings.sync()
    stored = (tmp_path / "settings.ini").read_text(encoding="utf-8", errors="replace").lower()
    for secret in ("kampsport", "ravn", case.ref.lower()):
        assert secret not in stored, secret
    keys = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat).allKeys()
    assert not [k for k in keys if any(w in k.lower() for w in ("case", "search", "filter", "tab", "level"))]


def test_the_draft_banner_answers_its_own_mnemonics(qtbot, desktop: DesktopApp, home: Home) -> None:  # type: ignore[no-untyped-def]
    """Alt+letter of "Continue writing" resumes the draft (it opened the File menu in Danish: Alt+F)."""
    from tests.ui.conftest import opened
    from tests.ui.test_mnemonics import mnemonic
    from vinkdesk.ui.consultation_editor import ConsultationEditor

    window, ids = main_window(qtbot, desktop, home, cases=1)
    draft: dict[str, object] = {"case_id": ids[0], "target_id": None, "content": None}
    resumed: list[dict[str, object]] = []
    window.banner.resume.connect(resumed.append)
    window.banner.offer(draft, "2026-001")
    letter = mnemonic(window.banner.resume_button.text())
    assert letter is not None
    window.table.setFocus()
    press(Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: resumed == [draft])  # a mnemonic clicks as an animated click
    assert opened(qtbot, desktop, ConsultationEditor).case.id == ids[0]
    assert not window.banner.isVisible()
