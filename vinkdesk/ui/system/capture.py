"""Keeping vinkdesk's windows out of screen sharing and screenshots (Teams, Zoom, the Snipping Tool).

Every top-level window of vinkdesk can hold case data, so CaptureShield applies the setting to each top-level
widget when it is shown — dialogs opened later too — and to every open one when the setting changes.
Windows: SetWindowDisplayAffinity(WDA_EXCLUDEFROMCAPTURE), or WDA_MONITOR (a black window) before Windows 10
2004; macOS: NSWindow.sharingType = NSWindowSharingNone; Linux: no such call exists — a Wayland desktop asks
the user before sharing a screen, and under X11 any program can read the screen."""

from __future__ import annotations

import ctypes
import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

WDA_NONE = 0x0
WDA_MONITOR = 0x1
WDA_EXCLUDEFROMCAPTURE = 0x11


def _windows_exclude(win_id: int, exclude: bool) -> bool:
    """SetWindowDisplayAffinity on a native top-level window; Windows before 10 2004 refuses 0x11, then the
    window is at least shown black in a capture."""
    if sys.platform != "win32":
        return False
    user32 = ctypes.WinDLL("user32")
    user32.SetWindowDisplayAffinity.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
    hwnd = ctypes.c_void_p(win_id)
    if not exclude:
        return bool(user32.SetWindowDisplayAffinity(hwnd, WDA_NONE))
    if user32.SetWindowDisplayAffinity(hwnd, WDA_EXCLUDEFROMCAPTURE):
        return True
    return bool(user32.SetWindowDisplayAffinity(hwnd, WDA_MONITOR))


def _macos_exclude(win_id: int, exclude: bool) -> bool:
    from vinkdesk.ui.system.macos import exclude_from_capture

    return exclude_from_capture(win_id, exclude)


def system_exclude(platform: str = sys.platform) -> Callable[[int, bool], bool] | None:
    """The function that excludes a native window from capture on this system, or None where there is none
    (Linux and the other Unixes)."""
    if platform == "win32":
        return _windows_exclude
    if platform == "darwin":
        return _macos_exclude
    return None


def available(platform: str = sys.platform) -> bool:
    """Whether this system lets a program keep its windows out of screen sharing."""
    return system_exclude(platform) is not None


class CaptureShield(QObject):
    """An application-wide event filter: every top-level widget shown gets the current setting."""

    def __init__(self, enabled: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self.exclude = system_exclude()
        self.installed = False

    def install(self) -> None:
        app = QApplication.instance()
        if app is None or self.installed:
            return
        app.installEventFilter(self)
        self.installed = True
        self.apply_to_open_windows()

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None and self.installed:
            app.removeEventFilter(self)
        self.installed = False

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        self.apply_to_open_windows()

    def apply_to_open_windows(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget.isWindow():
                self.apply(widget)

    def apply(self, widget: QWidget) -> None:
        if self.exclude is None:
            return
        try:
            if not self.exclude(int(widget.winId()), self.enabled):
                log.info("screen capture setting refused for a window")
        except OSError as error:
            log.warning("screen capture setting not applied (%s)", error)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and self.exclude is not None
        ):
            self.apply(watched)
        return False
