"""What vinkdesk puts on the clipboard is marked, on every system, as content that clipboard history, cloud
clipboards and clipboard managers leave alone (each system reads its own marks and ignores the others'):

- Windows: ExcludeClipboardContentFromMonitorProcessing, and CanIncludeInClipboardHistory and
  CanUploadToCloudClipboard as a DWORD 0 (Qt registers a clipboard format by each name and writes the bytes);
- macOS: org.nspasteboard.ConcealedType and TransientType (Qt 6 would write other MIME types as
  com.trolltech.anymime.*, so macos.conceal_pasteboard adds the real types after Qt has written);
- KDE's Klipper: x-kde-passwordManagerHint = secret.

vinkdesk never calls setText itself: text is copied from Qt's widgets. CopyKeys therefore performs Ctrl+C and
Ctrl+X (and the Copy and Cut of the standard context menus) itself for those widgets, with marked data.
Password fields never copy."""

from __future__ import annotations

import atexit
import secrets
import struct
import sys

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QKeyEvent, QKeySequence, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_DWORD_0 = struct.pack("<I", 0)
PRIVACY_FORMATS: dict[str, bytes] = {
    "ExcludeClipboardContentFromMonitorProcessing": _DWORD_0,
    "CanIncludeInClipboardHistory": _DWORD_0,
    "CanUploadToCloudClipboard": _DWORD_0,
    "application/x-nspasteboard-concealed-type": b"",
    "application/x-nspasteboard-transient-type": b"",
    "x-kde-passwordManagerHint": b"secret",
}


# Which copy is vinkdesk's own: a format only this process writes, with a value drawn at start. Another
# program's text (a clipboard sync, a remote desktop, xclip) never carries it, so it is never cleared.
OWN_FORMAT = "application/x-vinkdesk-copy"
_OWN_TOKEN = secrets.token_hex(16).encode("ascii")


def is_marked(mime: QMimeData | None) -> bool:
    return mime is not None and all(mime.hasFormat(kind) for kind in PRIVACY_FORMATS)


def is_own(mime: QMimeData | None) -> bool:
    """Whether this vinkdesk put this content on the clipboard (marked, with its own token)."""
    return mime is not None and is_marked(mime) and bytes(mime.data(OWN_FORMAT).data()) == _OWN_TOKEN


def marked(text: str) -> QMimeData:
    mime = QMimeData()
    mime.setText(text)
    for kind, data in PRIVACY_FORMATS.items():
        mime.setData(kind, data)
    mime.setData(OWN_FORMAT, _OWN_TOKEN)
    return mime


def forget_own() -> None:
    """Take vinkdesk's own copy off the clipboard. At the end of the program this must happen while Qt is
    still there: a QMimeData made in Python and left on the clipboard is deleted by Qt after Python has shut
    down, which crashes the exit (PySide6 6.11)."""
    app = QGuiApplication.instance()
    if app is not None and is_own(QGuiApplication.clipboard().mimeData()):
        QGuiApplication.clipboard().clear()


_exit_hooked: list[bool] = []


def _hook_exit() -> None:
    """Once: forget our copy when the program quits (aboutToQuit) and, where the event loop never quit (a
    script, a test run), when Python exits (atexit runs before the interpreter shuts down)."""
    if _exit_hooked:
        return
    app = QGuiApplication.instance()
    if app is None:
        return
    _exit_hooked.append(True)
    app.aboutToQuit.connect(forget_own)
    atexit.register(forget_own)


def put_text(text: str) -> None:
    """Put text on the clipboard with every privacy mark (and on macOS the pasteboard's own types)."""
    _hook_exit()
    QGuiApplication.clipboard().setMimeData(marked(text))
    if sys.platform == "darwin":
        from vinkdesk.ui.system.macos import conceal_pasteboard

        conceal_pasteboard()


def _text_widget(watched: QObject) -> QTextEdit | QPlainTextEdit | None:
    """The text edit itself, also when the event went to its viewport (mouse and context menu events do)."""
    if isinstance(watched, (QTextEdit, QPlainTextEdit)):
        return watched
    parent = watched.parent() if isinstance(watched, QWidget) else None
    if isinstance(parent, (QTextEdit, QPlainTextEdit)) and watched is parent.viewport():
        return parent
    return None


def selection_of(widget: QObject) -> str | None:
    """What Ctrl+C copies from this widget: the selected text, the current cell; None if nothing (or a
    password field)."""
    if isinstance(widget, QLineEdit):
        if widget.echoMode() != QLineEdit.EchoMode.Normal or not widget.hasSelectedText():
            return None
        return widget.selectedText()
    text_edit = _text_widget(widget)
    if text_edit is not None:
        cursor = text_edit.textCursor()
        return cursor.selection().toPlainText() if cursor.hasSelection() else None
    if isinstance(widget, QLabel):
        return widget.selectedText() if widget.hasSelectedText() else None
    if isinstance(widget, QAbstractItemView):
        index = widget.currentIndex()
        value = index.data(Qt.ItemDataRole.DisplayRole) if index.isValid() else None
        return str(value) if value is not None and value != "" else None
    return None


def copy_from(widget: QObject, cut: bool = False) -> bool:
    """Copy (or cut) the widget's selection as marked text; False when there was nothing to copy."""
    text = selection_of(widget)
    if text is None:
        return False
    put_text(text)
    if cut:
        if isinstance(widget, QLineEdit) and not widget.isReadOnly():
            widget.del_()
        text_edit = _text_widget(widget)
        if text_edit is not None and not text_edit.isReadOnly():
            cursor = text_edit.textCursor()
            cursor.removeSelectedText()
            text_edit.setTextCursor(cursor)
    return True


def _select_all(label: QLabel) -> None:
    document = QTextDocument()
    if label.textFormat() == Qt.TextFormat.PlainText or (
        label.textFormat() == Qt.TextFormat.AutoText and not GuiQt.mightBeRichText(label.text())
    ):
        document.setPlainText(label.text())
    else:
        document.setHtml(label.text())
    label.setSelection(0, document.characterCount() - 1)


_HANDLED = (QLineEdit, QTextEdit, QPlainTextEdit, QLabel, QAbstractItemView)


class CopyKeys(QObject):
    """An application-wide event filter doing Ctrl+C / Ctrl+X (and the context menus' Copy and Cut) with
    marked data for Qt's text widgets, labels and item views."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.installed = False

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None and not self.installed:
            app.installEventFilter(self)
            self.installed = True

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None and self.installed:
            app.removeEventFilter(self)
        self.installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(watched, _HANDLED):
            assert isinstance(event, QKeyEvent)
            copy = event.matches(QKeySequence.StandardKey.Copy)
            cut = event.matches(QKeySequence.StandardKey.Cut)
            if (copy or cut) and watched is QApplication.focusWidget():
                if isinstance(watched, QLineEdit) and watched.echoMode() != QLineEdit.EchoMode.Normal:
                    return True  # a passphrase is never copied
                return copy_from(watched, cut=cut) or isinstance(watched, QAbstractItemView)
        elif kind == QEvent.Type.ContextMenu:
            target: QLineEdit | QTextEdit | QPlainTextEdit | None = (
                watched if isinstance(watched, QLineEdit) else _text_widget(watched)
            )
            if target is not None and target.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu:
                assert isinstance(event, QContextMenuEvent)
                self._context_menu(target, watched, event)
                return True
            if (
                isinstance(watched, QLabel)
                and watched.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
                and watched.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu
            ):
                assert isinstance(event, QContextMenuEvent)
                self._label_menu(watched, event)
                return True
        return False

    def _label_menu(self, label: QLabel, event: QContextMenuEvent) -> None:
        """A selectable label's menu (Qt's own is out of reach): Copy, marked, and Select all."""
        menu = QMenu(label)
        copy = menu.addAction(self.tr("&Copy"), lambda: copy_from(label))
        copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        copy.setEnabled(label.hasSelectedText())
        copy.setObjectName("edit-copy")
        select_all = menu.addAction(self.tr("Select &all"), lambda: _select_all(label))
        select_all.setObjectName("select-all")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())

    def _context_menu(
        self, widget: QLineEdit | QTextEdit | QPlainTextEdit, watched: QObject, event: QContextMenuEvent
    ) -> None:
        """Qt's own menu for the widget, with Copy and Cut doing the marked copy."""
        menu: QMenu
        if isinstance(widget, QTextEdit):  # where the click was in the document, for a link's "Copy link"
            viewport = widget.viewport()
            at = event.pos() if watched is viewport else viewport.mapFrom(widget, event.pos())
            offset = QPoint(widget.horizontalScrollBar().value(), widget.verticalScrollBar().value())
            menu = widget.createStandardContextMenu(at + offset)
        else:
            menu = widget.createStandardContextMenu()
        for action in menu.actions():
            name = action.objectName()
            if name in ("edit-copy", "edit-cut"):
                action.triggered.disconnect()
                action.triggered.connect(lambda _=False, cut=name == "edit-cut": copy_from(widget, cut=cut))
            elif name == "link-copy" and isinstance(widget, QTextEdit):
                link = widget.anchorAt(widget.viewport().mapFromGlobal(event.globalPos()))
                action.triggered.disconnect()
                action.triggered.connect(lambda _=False, link=link: put_text(link))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())
