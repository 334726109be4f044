"""Everything vinkdesk puts on the clipboard carries the marks that keep it out of Windows' clipboard history
and cloud clipboard, macOS clipboard managers and KDE's Klipper — copied by Ctrl+C from a case note, a line
edit or a table cell, by Ctrl+X, or by a context menu — and still the text; a passphrase never copies."""

from __future__ import annotations

import struct
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMenu

from tests.ui.test_client_behaviour import started, vault_with_notes
from vinkdesk.ui.controller import DesktopApp
from vinkdesk.vault import Home

DWORD_0 = struct.pack("<I", 0)


class Changes:
    """How often the clipboard changed: once when the copy was marked from the start, twice when an unmarked
    copy had to be put back marked."""

    def __init__(self) -> None:
        self.count = 0
        QApplication.clipboard().dataChanged.connect(self.changed)

    def changed(self) -> None:
        self.count += 1

    def take(self) -> int:
        count, self.count = self.count, 0
        return count


def assert_private(text: str) -> None:
    mime = QApplication.clipboard().mimeData()
    assert mime is not None
    assert mime.text() == text
    assert mime.hasFormat("ExcludeClipboardContentFromMonitorProcessing")
    assert bytes(mime.data("CanIncludeInClipboardHistory").data()) == DWORD_0
    assert bytes(mime.data("CanUploadToCloudClipboard").data()) == DWORD_0
    assert mime.hasFormat("application/x-nspasteboard-concealed-type")
    assert mime.hasFormat("application/x-nspasteboard-transient-type")
    assert bytes(mime.data("x-kde-passwordManagerHint").data()) == b"secret"


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    from PySide6.QtTest import QTest

    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, key, modifiers)


CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_c_in_a_case_note_a_line_edit_and_a_table_cell_copies_marked_text(
    qtbot, desktop: DesktopApp, home: Home, excepthook: list[str]
) -> None:  # type: ignore[no-untyped-def]
    case_id, _ = vault_with_notes(home)
    window = started(qtbot, desktop).window
    window.resize(1366, 768)
    changes = Changes()

    # the find field: type, select all, copy
    window.text_filter.setFocus()
    qtbot.keyClicks(window.text_filter, "Ravn")
    press(Qt.Key.Key_A, CTRL)
    press(Qt.Key.Key_C, CTRL)
    assert_private("Ravn")
    assert changes.take() == 1  # marked from the start: never on the clipboard without the marks

    # the case list: ↓ into the list, Ctrl+C copies the current cell
    press(Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.table
    cell = window.table.currentIndex().data()
    assert cell
    press(Qt.Key.Key_C, CTRL)
    assert_private(str(cell))
    assert changes.take() == 1

    # a new consultation's note: type, select all, copy, then cut
    editor = desktop.cases.open_editor(case_id)
    assert editor is not None
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=2_000)
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, "Mor ringede om skolen")
    press(Qt.Key.Key_A, CTRL)
    press(Qt.Key.Key_C, CTRL)
    assert_private("Mor ringede om skolen")
    press(Qt.Key.Key_X, CTRL)
    assert_private("Mor ringede om skolen")
    assert changes.take() == 2  # the copy and the cut, each marked from the start
    assert editor.body.toPlainText() == ""  # cut still cuts
    press(Qt.Key.Key_Z, CTRL)
    assert editor.body.toPlainText() == "Mor ringede om skolen"  # and can be undone
    editor.reject()
    assert excepthook == []


def test_the_context_menu_copy_is_marked(qtbot, desktop: DesktopApp, home: Home) -> None:  # type: ignore[no-untyped-def]
    vault_with_notes(home)
    window = started(qtbot, desktop).window
    window.text_filter.setFocus()
    qtbot.keyClicks(window.text_filter, "Valby")
    window.text_filter.selectAll()
    changes = Changes()
    # the menu key's event, as Qt sends it to the focused field
    where = window.text_filter.rect().center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, where, window.text_filter.mapToGlobal(where)
    )
    QApplication.sendEvent(window.text_filter, event)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=2_000)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    copy = next(a for a in menu.actions() if a.objectName() == "edit-copy")
    mnemonic = copy.text().split("&", 1)[1][0]
    qtbot.keyClick(menu, mnemonic)
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == "Valby", timeout=2_000)
    assert_private("Valby")
    assert changes.take() == 1


def test_a_copy_qt_makes_by_itself_is_marked_again_and_still_cleared(
    qtbot, desktop: DesktopApp, home: Home
) -> None:  # type: ignore[no-untyped-def]
    vault_with_notes(home)
    window = started(qtbot, desktop).window
    window.text_filter.setText("Ravn-17")
    window.text_filter.selectAll()
    changes = Changes()
    window.text_filter.copy()  # what Qt's own Copy does: QClipboard.setText, without any mark
    assert_private("Ravn-17")  # ClipboardGuard put it back marked
    assert changes.take() == 2
    desktop.clipboard.clear_if_ours()  # what the 30 seconds' timer does
    assert QApplication.clipboard().text() == ""


def test_a_passphrase_is_never_copied(qtbot, desktop: DesktopApp, home: Home) -> None:  # type: ignore[no-untyped-def]
    vault_with_notes(home)
    QApplication.clipboard().clear()
    desktop.start()
    dialog = desktop.unlock_dialog
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2_000)
    dialog.passphrase.setFocus()
    assert dialog.passphrase.echoMode() != QLineEdit.EchoMode.Normal
    qtbot.keyClicks(dialog.passphrase, "hemmelig sætning")
    press(Qt.Key.Key_A, CTRL)
    press(Qt.Key.Key_C, CTRL)
    press(Qt.Key.Key_X, CTRL)
    assert QApplication.clipboard().text() == ""
    assert dialog.passphrase.text() == "hemmelig sætning"



def test_the_case_notes_context_menu_copy_is_marked(qtbot, desktop: DesktopApp, home: Home) -> None:  # type: ignore[no-untyped-def]
    case_id, _ = vault_with_notes(home)
    window = started(qtbot, desktop).window
    page = window.open_case(case_id)
    detail = page.detail
    detail.setFocus()
    detail.selectAll()
    selected = detail.textCursor().selection().toPlainText()
    assert "Valby" in selected or "fodbold" in selected
    changes = Changes()
    where = detail.viewport().rect().center()
    QApplication.sendEvent(  # a right click on the note, as Qt delivers it to the viewport
        detail.viewport(),
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where, detail.viewport().mapToGlobal(where)),
    )
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=2_000)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    copy = next(a for a in menu.actions() if a.objectName() == "edit-copy")
    qtbot.keyClick(menu, copy.text().split("&", 1)[1][0])
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == selected, timeout=2_000)
    assert_private(selected)
    assert changes.take() == 1


@pytest.fixture
def code_label(qtbot, home: Home) -> Iterator[QLabel]:  # type: ignore[no-untyped-def]
    """The recovery code's label in its dialog, shown and active, with vinkdesk's copy keys installed."""
    from vinkdesk.ui.first_run import RecoveryCodeDialog
    from vinkdesk.ui.system.clipboard import CopyKeys

    keys = CopyKeys()
    keys.install()
    dialog = RecoveryCodeDialog("ABCD-EFGH-JKLM-NPQR", "Ane Rådgiver", "da", home=home)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2_000)
    yield dialog.code_label
    keys.uninstall()


def test_the_recovery_code_copied_from_its_label_is_marked(code_label: QLabel) -> None:
    label = code_label
    label.setFocus()  # a click on the label gives it focus (ClickFocus)
    label.setSelection(0, len(label.text()))  # what dragging over the code selects
    press(Qt.Key.Key_C, CTRL)
    assert_private("ABCD-EFGH-JKLM-NPQR")


def test_the_recovery_codes_context_menu_selects_all_and_copies_marked(qtbot, code_label: QLabel) -> None:  # type: ignore[no-untyped-def]
    label = code_label
    changes = Changes()

    def menu_on_label() -> QMenu:
        where = label.rect().center()
        QApplication.sendEvent(  # a right click on the code
            label, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where, label.mapToGlobal(where))
        )
        qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=2_000)
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        return menu

    def choose(menu: QMenu, name: str) -> None:
        action = next(a for a in menu.actions() if a.objectName() == name)
        qtbot.keyClick(menu, action.text().split("&", 1)[1][0])
        qtbot.waitUntil(lambda: not menu.isVisible(), timeout=2_000)

    menu = menu_on_label()
    assert not next(a for a in menu.actions() if a.objectName() == "edit-copy").isEnabled()  # nothing chosen
    choose(menu, "select-all")
    assert label.selectedText() == "ABCD-EFGH-JKLM-NPQR"
    choose(menu_on_label(), "edit-copy")
    assert_private("ABCD-EFGH-JKLM-NPQR")
    assert changes.take() == 1
