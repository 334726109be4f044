"""macOS: lock when the screen locks, before the Mac sleeps and when another user takes over; the pasteboard's
concealed and transient marks; keeping a window out of screen capture.

The screen lock is announced on the distributed notification centre (com.apple.screenIsLocked), sleep and the
user switch on NSWorkspace's own centre. SessionNotices decides in plain Python (tested on any system); the
Objective-C observer that forwards the notifications is built with PyObjC on macOS only, inside a function, so
this module imports everywhere without PyObjC."""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

SCREEN_LOCKED = "com.apple.screenIsLocked"  # NSDistributedNotificationCenter
WILL_SLEEP = "NSWorkspaceWillSleepNotification"  # NSWorkspace.sharedWorkspace().notificationCenter()
SESSION_RESIGNED = "NSWorkspaceSessionDidResignActiveNotification"  # fast user switching

DISTRIBUTED_NAMES = (SCREEN_LOCKED,)
WORKSPACE_NAMES = (WILL_SLEEP, SESSION_RESIGNED)

_REASONS = {SCREEN_LOCKED: "session-lock", WILL_SLEEP: "sleep", SESSION_RESIGNED: "user-switch"}

# nspasteboard.org: clipboard managers and Universal Clipboard leave such an item alone.
CONCEALED_TYPE = "org.nspasteboard.ConcealedType"
TRANSIENT_TYPE = "org.nspasteboard.TransientType"


class SessionNotices:
    """Called with a notification's name; asks for a lock for the three names above, ignores the rest."""

    def __init__(self, request: Callable[[str], None]) -> None:
        self._request = request

    def notified(self, name: str) -> None:
        reason = _REASONS.get(str(name))
        if reason is not None:
            self._request(reason)


class MacHooks:
    """Registers an NSObject observer with both notification centres (macOS only) and removes it again."""

    def __init__(self, request: Callable[[str], None]) -> None:
        self.notices = SessionNotices(request)
        self._observer: Any = None
        self.installed = False

    def install(self) -> bool:
        if self.installed or sys.platform != "darwin":
            return self.installed
        try:
            self._observer = _observer(self.notices)
        except Exception as error:  # no PyObjC, or the observer refused: the idle timer still locks
            log.warning("no session notifications (%s): locking relies on the idle timer", error)
            return False
        self.installed = True
        return True

    def uninstall(self) -> None:
        if not self.installed:
            return
        appkit, foundation = _pyobjc("AppKit"), _pyobjc("Foundation")
        foundation.NSDistributedNotificationCenter.defaultCenter().removeObserver_(self._observer)
        appkit.NSWorkspace.sharedWorkspace().notificationCenter().removeObserver_(self._observer)
        self._observer = None
        self.installed = False


def _pyobjc(name: str) -> Any:
    """A PyObjC module (objc, AppKit, Foundation), imported by name: it exists on macOS only, and mypy sees
    the same Any on every system."""
    return importlib.import_module(name)


def _notified(self: Any, notification: Any) -> None:
    """The observer's notified: method (self is the Objective-C observer, which carries the notices)."""
    self.notices.notified(str(notification.name()))


def _observer(notices: SessionNotices) -> Any:
    """An Objective-C object whose notified: selector hands each notification's name to notices."""
    appkit, foundation = _pyobjc("AppKit"), _pyobjc("Foundation")

    global _Observer
    if _Observer is None:  # an Objective-C class is made once per process
        _Observer = type("VinkdeskSessionObserver", (foundation.NSObject,), {"notified_": _notified})
    observer = _Observer.new()
    observer.notices = notices
    distributed = foundation.NSDistributedNotificationCenter.defaultCenter()
    for name in DISTRIBUTED_NAMES:
        distributed.addObserver_selector_name_object_(observer, "notified:", name, None)
    workspace = appkit.NSWorkspace.sharedWorkspace().notificationCenter()
    for name in WORKSPACE_NAMES:
        workspace.addObserver_selector_name_object_(observer, "notified:", name, None)
    return observer


_Observer: Any = None


def conceal_pasteboard() -> None:
    """Add the concealed and transient marks to the item Qt just put on the general pasteboard. Qt 6 writes
    any other MIME type as com.trolltech.anymime.<type>, which no clipboard manager knows, so the real type
    names are added here. (macOS only; a failure leaves the text as Qt wrote it.)"""
    if sys.platform != "darwin":
        return
    try:
        board = _pyobjc("AppKit").NSPasteboard.generalPasteboard()
        board.addTypes_owner_([CONCEALED_TYPE, TRANSIENT_TYPE], None)
        for kind in (CONCEALED_TYPE, TRANSIENT_TYPE):
            board.setData_forType_(_pyobjc("Foundation").NSData.data(), kind)
    except Exception as error:  # PyObjC missing or the pasteboard refused: the text stays, unmarked
        log.warning("the pasteboard was not marked concealed (%s)", type(error).__name__)


def exclude_from_capture(win_id: int, exclude: bool) -> bool:
    """NSWindow.sharingType = NSWindowSharingNone (or ReadOnly again) for the window of a Qt widget, found
    from its NSView (what winId() is on macOS)."""
    if sys.platform != "darwin":
        return False
    try:
        appkit = _pyobjc("AppKit")
        view = _pyobjc("objc").objc_object(c_void_p=win_id)
        window = view.window()
        if window is None:
            return False
        window.setSharingType_(appkit.NSWindowSharingNone if exclude else appkit.NSWindowSharingReadOnly)
        return True
    except Exception as error:
        log.warning("the window could not be kept out of screen capture (%s)", type(error).__name__)
        return False
