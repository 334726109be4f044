"""Locking on Windows and macOS, tested on Linux: a synthetic Windows MSG handed to the native event filter
(directly, and through Qt's own dispatcher with the filter installed by DesktopApp), and the macOS handler
called with a notification's name."""

from __future__ import annotations

import ctypes
import sys
from pathlib import Path

import PySide6
import pytest
import shiboken6
from PySide6.QtCore import QAbstractEventDispatcher, QByteArray
from PySide6.QtWidgets import QApplication

from tests.ui.test_client_behaviour import started, vault_with_notes
from vinkdesk.ui.controller import DesktopApp
from vinkdesk.ui.system import windows
from vinkdesk.ui.system.macos import (
    SCREEN_LOCKED,
    SESSION_RESIGNED,
    WILL_SLEEP,
    MacHooks,
    SessionNotices,
)
from vinkdesk.ui.system.windows import MSG, SessionWatch
from vinkdesk.vault import Home

CASES = [
    ("session lock", windows.WM_WTSSESSION_CHANGE, windows.WTS_SESSION_LOCK, "session-lock"),
    ("session unlock", windows.WM_WTSSESSION_CHANGE, windows.WTS_SESSION_UNLOCK, None),
    ("user switch", windows.WM_WTSSESSION_CHANGE, windows.WTS_CONSOLE_DISCONNECT, "user-switch"),
    ("remote disconnect", windows.WM_WTSSESSION_CHANGE, windows.WTS_REMOTE_DISCONNECT, "user-switch"),
    ("console connect", windows.WM_WTSSESSION_CHANGE, windows.WTS_CONSOLE_CONNECT, None),
    ("logoff", windows.WM_WTSSESSION_CHANGE, windows.WTS_SESSION_LOGOFF, "logoff"),
    ("suspend", windows.WM_POWERBROADCAST, windows.PBT_APMSUSPEND, "sleep"),
    ("resume", windows.WM_POWERBROADCAST, windows.PBT_APMRESUMESUSPEND, None),
    ("resume automatic", windows.WM_POWERBROADCAST, windows.PBT_APMRESUMEAUTOMATIC, None),
    ("paint", windows.WM_PAINT, windows.WTS_SESSION_LOCK, None),  # a lock's wParam on another message
]


def message(kind: int, wparam: int) -> MSG:
    return MSG(hwnd=0x1234, message=kind, wParam=wparam, lParam=0, time=1000)


def qt_dispatches(event_type: bytes, msg: MSG) -> bool:
    """What Qt's event loop does with a native message: QAbstractEventDispatcher::filterNativeEvent, which
    runs every filter installed on the application. (PySide6 6.11's own binding of it refuses every call,
    "expected 3 arguments, got 2", so Qt's function is called through ctypes with the C++ objects'
    addresses.)"""
    core = ctypes.CDLL(str(Path(PySide6.__file__).parent / "Qt" / "lib" / "libQt6Core.so.6"))
    dispatch = core._ZN24QAbstractEventDispatcher17filterNativeEventERK10QByteArrayPvPx
    dispatch.argtypes = [ctypes.c_void_p] * 4
    dispatch.restype = ctypes.c_bool
    dispatcher = QAbstractEventDispatcher.instance()
    kind = QByteArray(event_type)
    result = ctypes.c_ssize_t(0)
    return bool(
        dispatch(
            shiboken6.getCppPointer(dispatcher)[0],
            shiboken6.getCppPointer(kind)[0],
            ctypes.addressof(msg),
            ctypes.addressof(result),
        )
    )


def test_the_msg_structure_has_windows_layout() -> None:
    # 64-bit Windows: HWND 8, UINT 4 (+4 padding), WPARAM 8, LPARAM 8, DWORD 4, POINT 8 (+4 padding) = 48
    if ctypes.sizeof(ctypes.c_void_p) == 8:
        assert ctypes.sizeof(MSG) == 48
        assert MSG.wParam.offset == 16 and MSG.lParam.offset == 24 and MSG.time.offset == 32
    else:
        assert ctypes.sizeof(MSG) == 28


@pytest.mark.parametrize("event_type", [b"windows_generic_MSG", b"windows_dispatcher_MSG"])
@pytest.mark.parametrize(("name", "kind", "wparam", "reason"), CASES, ids=[c[0] for c in CASES])
def test_the_filter_asks_for_a_lock_exactly_on_lock_switch_logoff_and_suspend(
    qapp: QApplication, event_type: bytes, name: str, kind: int, wparam: int, reason: str | None
) -> None:
    asked: list[str] = []
    watch = SessionWatch(asked.append)
    msg = message(kind, wparam)
    eaten = watch.nativeEventFilter(event_type, ctypes.addressof(msg))
    assert eaten == (False, 0)  # the message always goes on to Windows and Qt
    assert asked == ([reason] if reason else [])


def test_the_filter_ignores_other_native_event_types(qapp: QApplication) -> None:
    asked: list[str] = []
    msg = message(windows.WM_WTSSESSION_CHANGE, windows.WTS_SESSION_LOCK)
    assert SessionWatch(asked.append).nativeEventFilter(b"xcb_generic_event_t", ctypes.addressof(msg)) == (
        False,
        0,
    )
    assert asked == []


@pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="calls Qt's dispatcher by its Linux symbol in libQt6Core.so"
)
def test_a_windows_session_lock_through_qt_locks_the_running_app(
    qtbot, desktop: DesktopApp, home: Home, excepthook: list[str]
) -> None:  # type: ignore[no-untyped-def]
    vault_with_notes(home)
    window = started(qtbot, desktop).window
    asked: list[str] = []
    desktop.autolock.lock_requested.connect(asked.append)
    assert desktop.autolock.listen_to_desktop("win32")  # the filter as on Windows (no DLL is called on Linux)

    unlock_msg = message(windows.WM_WTSSESSION_CHANGE, windows.WTS_SESSION_UNLOCK)
    assert qt_dispatches(b"windows_generic_MSG", unlock_msg) is False
    assert desktop.session is not None and window.isVisible()  # unlocking the desktop locks nothing

    lock_msg = message(windows.WM_WTSSESSION_CHANGE, windows.WTS_SESSION_LOCK)
    assert qt_dispatches(b"windows_generic_MSG", lock_msg) is False  # not eaten
    assert asked == ["session-lock"]
    assert desktop.session is None and desktop.window is None
    assert not window.isVisible()
    assert desktop.unlock_dialog is not None and desktop.unlock_dialog.isVisible()

    desktop.quit()  # at quit the filter leaves the application
    assert desktop.autolock.system_hooks is None
    qt_dispatches(b"windows_generic_MSG", message(windows.WM_POWERBROADCAST, windows.PBT_APMSUSPEND))
    assert asked == ["session-lock"]
    assert excepthook == []


@pytest.mark.parametrize(
    ("name", "reason"),
    [(SCREEN_LOCKED, "session-lock"), (WILL_SLEEP, "sleep"), (SESSION_RESIGNED, "user-switch")],
)
def test_the_macos_handler_asks_for_a_lock(name: str, reason: str) -> None:
    asked: list[str] = []
    SessionNotices(asked.append).notified(name)
    assert asked == [reason]


def test_the_macos_handler_ignores_other_notifications() -> None:
    asked: list[str] = []
    notices = SessionNotices(asked.append)
    for name in ("com.apple.screenIsUnlocked", "NSWorkspaceDidWakeNotification", "", "whatever"):
        notices.notified(name)
    assert asked == []


def test_without_macos_nothing_is_registered_and_no_pyobjc_is_imported() -> None:
    hooks = MacHooks(lambda reason: None)
    assert hooks.install() is (sys.platform == "darwin")
    hooks.uninstall()
    if sys.platform != "darwin":
        assert "objc" not in sys.modules and "AppKit" not in sys.modules
