"""The counsellor's keyboard flows on a 13-inch screen (1366×768), pressed as a person does on the focused
widget: the unlock retry, find → list → open, a new consultation by Ctrl+Shift+N, and the tab, search and
filters kept across a lock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tests.conftest import PASSPHRASE, consultation, person_case
from tests.ui.conftest import seeded_vault
from vinkdesk.ui.controller import DesktopApp
from vinkdesk.vault import Home

WRONG = "forkert adgangssætning"


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


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
