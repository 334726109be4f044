"""Windows: lock when the session locks, the user switches or logs off, and before the laptop sleeps.

Windows tells a program through window messages: WM_WTSSESSION_CHANGE (after WTSRegisterSessionNotification
on one of its windows) and WM_POWERBROADCAST. Qt hands every message of the GUI thread to the application's
native event filters as a pointer to the MSG, which SessionWatch reads with ctypes. The filter never eats a
message. The structure and the decision are plain Python, so the tests build a MSG and run the filter on
Linux; the Windows DLLs are loaded only on Windows, inside the functions that call them."""

from __future__ import annotations

import ctypes
import logging
import sys
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QCoreApplication
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

WM_PAINT = 0x000F
WM_POWERBROADCAST = 0x0218
WM_WTSSESSION_CHANGE = 0x02B1

# WM_WTSSESSION_CHANGE's wParam (winuser.h)
WTS_CONSOLE_CONNECT = 0x1
WTS_CONSOLE_DISCONNECT = 0x2  # fast user switching: another user takes the console
WTS_REMOTE_CONNECT = 0x3
WTS_REMOTE_DISCONNECT = 0x4  # a remote desktop session left without logging off
WTS_SESSION_LOGON = 0x5
WTS_SESSION_LOGOFF = 0x6
WTS_SESSION_LOCK = 0x7  # Win+L, the lid closed with "require sign-in", the screen saver's lock
WTS_SESSION_UNLOCK = 0x8

# WM_POWERBROADCAST's wParam
PBT_APMSUSPEND = 0x4
PBT_APMRESUMESUSPEND = 0x7
PBT_APMRESUMEAUTOMATIC = 0x12

NOTIFY_FOR_THIS_SESSION = 0
DEVICE_NOTIFY_WINDOW_HANDLE = 0

MSG_TYPES = (b"windows_generic_MSG", b"windows_dispatcher_MSG")

# Why vinkdesk locks, by message and wParam. A logoff locks too: the drafts are kept and the vault closed
# before Windows ends the program. Unlocking, connecting and resuming ask for nothing.
_REASONS: dict[tuple[int, int], str] = {
    (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK): "session-lock",
    (WM_WTSSESSION_CHANGE, WTS_CONSOLE_DISCONNECT): "user-switch",
    (WM_WTSSESSION_CHANGE, WTS_REMOTE_DISCONNECT): "user-switch",
    (WM_WTSSESSION_CHANGE, WTS_SESSION_LOGOFF): "logoff",
    (WM_POWERBROADCAST, PBT_APMSUSPEND): "sleep",
}


class POINT(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int32), ("y", ctypes.c_int32)]


class MSG(ctypes.Structure):
    """winuser.h's MSG in portable ctypes types: HWND, WPARAM and LPARAM are pointer-sized, UINT and DWORD
    32 bits, a POINT's LONGs 32 bits (c_int32, as c_long is 64 bits on Linux)."""

    _fields_ = [
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint32),
        ("wParam", ctypes.c_size_t),
        ("lParam", ctypes.c_ssize_t),
        ("time", ctypes.c_uint32),
        ("pt", POINT),
    ]


def lock_reason(message: int, wparam: int) -> str | None:
    """Why this window message should lock vinkdesk, or None."""
    return _REASONS.get((message, wparam))


class SessionWatch(QAbstractNativeEventFilter):
    """The native event filter: calls request(reason) for the messages in _REASONS, lets every message on."""

    def __init__(self, request: Callable[[str], None]) -> None:
        super().__init__()
        self._request = request

    def nativeEventFilter(  # noqa: N802 - Qt's name
        self, eventType: QByteArray | bytes | bytearray | memoryview, message: int  # noqa: N803
    ) -> object:
        try:
            kind = eventType.data() if isinstance(eventType, QByteArray) else bytes(eventType)
            address = int(message)  # Qt hands a shiboken VoidPtr (whose truth is its size, 0): use the number
            if kind in MSG_TYPES and address:
                msg = MSG.from_address(address)
                reason = lock_reason(msg.message, msg.wParam)
                if reason is not None:
                    self._request(reason)
        except Exception:  # an error here must never reach Windows' message loop
            log.exception("a session message could not be read")
        return False, 0  # never eaten: Windows and Qt still see the message


class WindowsHooks:
    """The filter on the application and the registration for session and suspend messages on a hidden native
    window that lives as long as the hooks (so it works while only the unlock dialog is on screen)."""

    def __init__(self, request: Callable[[str], None]) -> None:
        self.watch = SessionWatch(request)
        self._window: QWidget | None = None
        self._hwnd: int | None = None
        self._suspend_handle: int | None = None
        self.installed = False

    def install(self) -> bool:
        app = QCoreApplication.instance()
        if app is None or self.installed:
            return self.installed
        app.installNativeEventFilter(self.watch)
        self.installed = True
        if sys.platform == "win32":
            self._register()
        return True

    def uninstall(self) -> None:
        if not self.installed:
            return
        if sys.platform == "win32":
            self._unregister()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeNativeEventFilter(self.watch)
        if self._window is not None and shiboken6.isValid(self._window):  # a test may have closed it all
            self._window.deleteLater()
        self._window = None
        self.installed = False

    def _register(self) -> None:
        if sys.platform != "win32":
            return
        window = QWidget()
        window.setWindowTitle("vinkdesk session watch")
        hwnd = int(window.winId())  # creates the native window without showing it
        self._window, self._hwnd = window, hwnd
        try:
            wtsapi32 = ctypes.WinDLL("wtsapi32")
            wtsapi32.WTSRegisterSessionNotification.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
            if not wtsapi32.WTSRegisterSessionNotification(ctypes.c_void_p(hwnd), NOTIFY_FOR_THIS_SESSION):
                log.warning("WTSRegisterSessionNotification failed: locking relies on the idle timer")
        except OSError as error:
            log.warning("no session notifications (%s)", error)
        try:  # Windows 8 and later: PBT_APMSUSPEND also on systems that sleep by modern standby
            user32 = ctypes.WinDLL("user32")
            user32.RegisterSuspendResumeNotification.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
            user32.RegisterSuspendResumeNotification.restype = ctypes.c_void_p
            handle = user32.RegisterSuspendResumeNotification(
                ctypes.c_void_p(hwnd), DEVICE_NOTIFY_WINDOW_HANDLE
            )
            self._suspend_handle = int(handle) if handle else None
        except (OSError, AttributeError) as error:
            log.info("no suspend registration (%s): WM_POWERBROADCAST as broadcast", error)

    def _unregister(self) -> None:
        hwnd, self._hwnd = self._hwnd, None
        if sys.platform != "win32" or hwnd is None:
            return
        try:
            wtsapi32 = ctypes.WinDLL("wtsapi32")
            wtsapi32.WTSUnRegisterSessionNotification.argtypes = [ctypes.c_void_p]
            wtsapi32.WTSUnRegisterSessionNotification(ctypes.c_void_p(hwnd))
            if self._suspend_handle is not None:
                user32 = ctypes.WinDLL("user32")
                user32.UnregisterSuspendResumeNotification.argtypes = [ctypes.c_void_p]
                user32.UnregisterSuspendResumeNotification(ctypes.c_void_p(self._suspend_handle))
        except (OSError, AttributeError) as error:
            log.info("unregistering session notifications failed (%s)", error)
        self._suspend_handle = None
