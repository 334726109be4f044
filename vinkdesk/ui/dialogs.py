"""What every window shares while the vault is open: one registry of the open dialogs (lock empties it), the
keys that lock and hide from anywhere (a modal dialog cannot block them), and the curtain F12 draws over every
window."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QWidget

D = TypeVar("D", bound=QDialog)

LOCK_KEY = "Ctrl+L"
HIDE_SCREEN_KEY = "F12"


class OpenDialogs(QObject):
    """Every dialog the presenters open is added here; a closed one leaves (and is deleted), and lock closes
    and deletes them all. Nothing else keeps a reference to a dialog that may show case data."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open: list[QDialog] = []

    def add(self, dialog: D) -> D:
        self._open.append(dialog)
        dialog.finished.connect(lambda _result, d=dialog: self._closed(d))
        dialog.destroyed.connect(lambda _obj=None, d=dialog: self._forget(d))
        return dialog

    def open(self, dialog: D) -> D:
        """Add and show it window-modal (the main window stays painted, the event loop keeps running)."""
        self.add(dialog)
        dialog.open()
        return dialog

    def find(self, kind: type[D]) -> D | None:
        """The most recently opened dialog of this kind that is still open."""
        for dialog in reversed(self._open):
            if isinstance(dialog, kind):
                return dialog
        return None

    def all(self) -> list[QDialog]:
        return list(self._open)

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self._open:
            self._open.remove(dialog)

    def _closed(self, dialog: QDialog) -> None:
        self._forget(dialog)
        dialog.deleteLater()

    def close_all(self, keep: tuple[QWidget | None, ...] = ()) -> list[str]:
        """Close every dialog without asking (an editor keeps its draft: close_for_lock), and delete it. First
        any question on screen is answered "Cancel" (its own event loop ends, and the code that asked finds
        the vault locked); last any other dialog still on screen goes too, except those in keep (the unlock
        dialog). Returns what the dialogs could not keep (a draft on a full disk), to be told after unlock."""
        lost: list[str] = []
        self._sweep(QMessageBox, keep)
        while self._open:
            dialog = self._open.pop()
            try:
                if told := _close_for_lock(dialog):
                    lost.append(told)
            except RuntimeError:  # already deleted on the C++ side
                continue
            dialog.deleteLater()
        lost += self._sweep(QDialog, keep)
        return lost

    @staticmethod
    def _sweep(kind: type[QDialog], keep: tuple[QWidget | None, ...]) -> list[str]:
        """Close what is still on screen; a dialog a window opened itself (the case page's action editor)
        keeps its draft through close_for_lock like a registered one."""
        lost: list[str] = []
        for widget in QApplication.topLevelWidgets():
            if widget not in keep and isinstance(widget, kind) and widget.isVisible():
                if told := _close_for_lock(widget):
                    lost.append(told)
        return lost


def _close_for_lock(dialog: QDialog) -> str | None:
    """Close without asking and hide: an editor through its close_for_lock (it keeps its draft; the reason
    when it could not), any other dialog as Cancel would."""
    close_for_lock: Callable[[], str | None] | None = getattr(dialog, "close_for_lock", None)
    told = None
    if close_for_lock is None:
        dialog.reject()
    else:
        told = close_for_lock()
    dialog.hide()
    return told


def _matches(event: QKeyEvent, sequence: str) -> bool:
    pressed = QKeySequence(event.keyCombination())
    return pressed.matches(QKeySequence(sequence)) == QKeySequence.SequenceMatch.ExactMatch


class GlobalKeys(QObject):
    """Ctrl+L and F12 from any window, modal dialogs included: an application-wide event filter sees the key
    before a dialog (or Qt's rule that a modal dialog blocks other windows' shortcuts) can swallow it."""

    lock_pressed = Signal()
    hide_pressed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.active = False

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None and not self.active:
            app.installEventFilter(self)
            self.active = True

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None and self.active:
            app.removeEventFilter(self)
        self.active = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) or not isinstance(
            event, QKeyEvent
        ):
            return False
        if not isinstance(watched, QWidget) or event.isAutoRepeat():
            return False  # its QWindow sees the event first, then the widget: act on the widget's, once
        for sequence, signal in ((LOCK_KEY, self.lock_pressed), (HIDE_SCREEN_KEY, self.hide_pressed)):
            if _matches(event, sequence):
                event.accept()
                if kind == QEvent.Type.KeyPress:
                    signal.emit()
                return True  # a ShortcutOverride accepted here comes back as the KeyPress we act on
        return False


_BLOCKED_WHILE_HIDDEN = {
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.ShortcutOverride,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
    QEvent.Type.InputMethod,
}


class Curtain(QObject):
    """F12 covers every window of vinkdesk at once, dialogs included, with a plain dark page, and takes the
    case refs out of their titles; while it is drawn no key or click reaches the windows underneath (but F12
    and Ctrl+L). F12 again (or lock) takes it away; nothing typed before is lost."""

    changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._covers: list[QLabel] = []
        self._titles: list[tuple[QWidget, str]] = []

    @property
    def drawn(self) -> bool:
        return bool(self._covers)

    def toggle(self) -> None:
        if self.drawn:
            self.lift()
        else:
            self.draw()

    def draw(self) -> None:
        text = QApplication.translate("Curtain", "vinkdesk is hidden. Press %1 to show it again.").replace(
            "%1", HIDE_SCREEN_KEY
        )
        for window in QApplication.topLevelWidgets():
            if not window.isVisible() or isinstance(window, QLabel):
                continue
            cover = QLabel(text, window)
            cover.setObjectName("curtain")
            cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cover.setWordWrap(True)
            cover.setStyleSheet("background: #202124; color: #9aa0a6; font-size: 16px;")
            cover.setGeometry(window.rect())
            cover.setAutoFillBackground(True)
            cover.show()
            cover.raise_()
            self._titles.append((window, window.windowTitle()))
            window.setWindowTitle("vinkdesk")
            window.installEventFilter(self)
            self._covers.append(cover)
        app = QApplication.instance()
        if app is not None and self._covers:
            app.installEventFilter(self)
        self.changed.emit(True)

    def lift(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        for cover in self._covers:
            try:
                window = cover.parentWidget()
                if window is not None:
                    window.removeEventFilter(self)
                cover.hide()
                cover.deleteLater()
            except RuntimeError:  # its window went first
                continue
        for window, title in self._titles:
            try:
                window.setWindowTitle(title)
            except RuntimeError:
                continue
        self._covers.clear()
        self._titles.clear()
        self.changed.emit(False)

    def covers(self, window: QWidget) -> bool:
        return any(c.parentWidget() is window and c.isVisible() for c in self._safe())

    def _safe(self) -> list[QLabel]:
        alive = []
        for cover in self._covers:
            try:
                cover.objectName()
            except RuntimeError:
                continue
            alive.append(cover)
        return alive

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind in _BLOCKED_WHILE_HIDDEN:
            # Only the keys that show the windows again or lock get through (to GlobalKeys).
            return not (
                isinstance(event, QKeyEvent)
                and (_matches(event, HIDE_SCREEN_KEY) or _matches(event, LOCK_KEY))
            )
        if kind == QEvent.Type.Resize and isinstance(watched, QWidget):
            for cover in self._safe():
                if cover.parentWidget() is watched:
                    cover.setGeometry(watched.rect())
                    cover.raise_()
        return False
