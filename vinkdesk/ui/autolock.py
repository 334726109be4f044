"""When to lock by itself: after idle time, when the desktop locks the screen or another user takes over, and
before the laptop sleeps (on Linux through the session and system buses, on Windows through session and power
messages, on macOS through the workspace's notifications); and clearing what vinkdesk put on the clipboard."""

from __future__ import annotations

import hashlib
import logging
import sys

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QClipboard, QGuiApplication

from vinkdesk.ui.system.clipboard import is_marked, is_own, put_text
from vinkdesk.ui.system.macos import MacHooks
from vinkdesk.ui.system.windows import WindowsHooks

log = logging.getLogger(__name__)

CLIPBOARD_SECONDS = 30
_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.InputMethod,
}


class AutoLock(QObject):
    """Emits lock_requested after idle_ms without input, or when the screen locks or the system sleeps."""

    # why: "idle"; "screensaver" (Linux) or "session-lock" (Windows, macOS); "user-switch"; "logoff"; "sleep"
    lock_requested = Signal(str)

    def __init__(self, idle_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(idle_ms)
        self.timer.timeout.connect(lambda: self.lock_requested.emit("idle"))
        self.listening_to_desktop = False
        self.system_hooks: WindowsHooks | MacHooks | None = None

    def start(self) -> None:
        app = QGuiApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def stop(self) -> None:
        app = QGuiApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.timer.stop()

    def set_idle_ms(self, idle_ms: int) -> None:
        self.timer.setInterval(idle_ms)
        if self.timer.isActive():
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False

    def listen_to_desktop(self, platform: str = sys.platform) -> bool:
        """Listen for the screen lock, a user switch and sleep in the way of this system."""
        if platform in ("win32", "darwin"):
            request = self.lock_requested.emit
            hooks = WindowsHooks(request) if platform == "win32" else MacHooks(request)
            self.listening_to_desktop = hooks.install()
            self.system_hooks = hooks if self.listening_to_desktop else None
            if not self.listening_to_desktop:
                log.info("no session notifications: auto-lock relies on the idle timer")
            return self.listening_to_desktop
        return self._listen_to_buses()

    def stop_listening(self) -> None:
        """Remove the native event filter or the notification observers (at quit)."""
        if self.system_hooks is not None:
            self.system_hooks.uninstall()
            self.system_hooks = None
        self.listening_to_desktop = False

    def _listen_to_buses(self) -> bool:
        """Connect to the screensaver's ActiveChanged and logind's PrepareForSleep where a bus exists."""
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return False
        connected = False
        session_bus = QDBusConnection.sessionBus()
        if session_bus.isConnected():
            for service, path in (
                ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
                ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
            ):
                connected |= session_bus.connect(  # type: ignore[call-overload]  # PySide6 stubs: slot typed bytes, only SLOT()'s str works
                    service, path, service, "ActiveChanged", self, SLOT("screensaver_changed(bool)")
                )
        system_bus = QDBusConnection.systemBus()
        if system_bus.isConnected():
            connected |= system_bus.connect(  # type: ignore[call-overload]  # PySide6 stubs: slot typed bytes, only SLOT()'s str works
                "org.freedesktop.login1",
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                self,
                SLOT("prepare_for_sleep(bool)"),
            )
        self.listening_to_desktop = connected
        if not connected:
            log.info("no desktop bus: auto-lock relies on the idle timer")
        return connected

    @Slot(bool)
    def screensaver_changed(self, active: bool) -> None:
        if active:
            self.lock_requested.emit("screensaver")

    @Slot(bool)
    def prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.lock_requested.emit("sleep")


class ClipboardGuard(QObject):
    """Text that vinkdesk put on the clipboard is cleared after 30 seconds and on lock, if it is still ours
    (its own token, system/clipboard.is_own: what the user or another program copied since is left alone).
    Text of ours that lacks the marks (copied by some path of Qt's that CopyKeys does not handle) is put back
    marked at once. On X11, text selected in vinkdesk is also the PRIMARY selection (middle-click paste): it
    is cleared 30 seconds after the selection and on lock while vinkdesk still holds it."""

    def __init__(self, seconds: int = CLIPBOARD_SECONDS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._digest: bytes | None = None
        self._remarked: bytes | None = None  # the text last put back marked
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(seconds * 1000)
        self._timer.timeout.connect(self.clear_if_ours)
        self._selection_timer = QTimer(self)
        self._selection_timer.setSingleShot(True)
        self._selection_timer.setInterval(seconds * 1000)
        self._selection_timer.timeout.connect(self.clear_selection_if_ours)
        clipboard = QGuiApplication.clipboard()
        clipboard.dataChanged.connect(self._changed)
        clipboard.selectionChanged.connect(self._selection_changed)

    def _changed(self) -> None:
        clipboard = QGuiApplication.clipboard()
        mime = clipboard.mimeData()
        text = clipboard.text()
        digest = hashlib.sha256(text.encode("utf-8")).digest()
        if text and is_own(mime):
            self._remarked = None
            self._digest = digest
            self._timer.start()
            return
        if text and not is_marked(mime) and self._ours_for_sure() and digest != self._remarked:
            self._remarked = digest  # once per text: should a system drop the marks, no loop
            put_text(text)  # comes back here, marked and our own
            return
        self._digest = None

    @staticmethod
    def _ours_for_sure() -> bool:
        """Whether vinkdesk put unmarked content there: the system says vinkdesk owns the clipboard, or, where
        there is no system clipboard at all (Qt's offscreen and minimal platforms keep it in the program), a
        vinkdesk window has the focus."""
        if QGuiApplication.clipboard().ownsClipboard():
            return True
        in_program = QGuiApplication.platformName() in ("offscreen", "minimal")
        return in_program and QGuiApplication.focusWindow() is not None

    def _selection_changed(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard.supportsSelection() and clipboard.ownsSelection():
            self._selection_timer.start()

    def clear_selection_if_ours(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard.supportsSelection() and clipboard.ownsSelection():
            clipboard.clear(QClipboard.Mode.Selection)
        self._selection_timer.stop()

    def clear_if_ours(self) -> None:
        clipboard = QGuiApplication.clipboard()
        text = clipboard.text()
        if (
            self._digest is not None
            and text
            and hashlib.sha256(text.encode("utf-8")).digest() == self._digest
        ):
            clipboard.clear()
        self._digest = None
        self._timer.stop()

    def clear_all_if_ours(self) -> None:
        """At lock: the clipboard and the selection, where they still hold what vinkdesk put there."""
        self.clear_if_ours()
        self.clear_selection_if_ours()
