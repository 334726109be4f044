"""Keys as a person presses them: always on the widget that has the focus, never on one a test picks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


def tab_to(target: QWidget) -> None:
    """Tab until the focus is on target, as a person would (at most 20 presses)."""
    for _ in range(20):
        if focused() is target:
            return
        press(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName() or target!r}")


def alt(text: str) -> None:
    """Alt and the underlined letter of a text as the user reads it (also Æ, Ø, Å: Qt's key codes for them
    are their Latin-1 code points), on the focused widget."""
    letter = text[text.index("&") + 1].upper()
    QTest.keyClick(focused(), Qt.Key(ord(letter)), Qt.KeyboardModifier.AltModifier)
