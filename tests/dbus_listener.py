"""Run by the D-Bus test in a child process on a private session bus: vinkdesk's AutoLock listens, a second
connection owns org.freedesktop.ScreenSaver and announces the screen locked; prints why the lock was asked."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtDBus import QDBusConnection, QDBusMessage  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402

from vinkdesk.ui.autolock import AutoLock  # noqa: E402


def main() -> None:
    app = QGuiApplication(sys.argv)
    autolock = AutoLock(idle_ms=600_000)
    reasons: list[str] = []
    autolock.lock_requested.connect(lambda why: (reasons.append(why), app.quit()))
    print("listening", autolock.listen_to_desktop(), flush=True)
    screensaver = QDBusConnection.connectToBus(os.environ["DBUS_SESSION_BUS_ADDRESS"], "screensaver")
    print("service", screensaver.registerService("org.freedesktop.ScreenSaver"), flush=True)

    def announce(active: bool) -> None:
        signal = QDBusMessage.createSignal(
            "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"
        )
        signal.setArguments([active])
        screensaver.send(signal)

    QTimer.singleShot(200, lambda: announce(False))  # the screen unlocking must not lock vinkdesk
    QTimer.singleShot(400, lambda: announce(True))
    QTimer.singleShot(5000, app.quit)
    app.exec()
    print("locked:", ",".join(reasons) or "never", flush=True)


if __name__ == "__main__":
    main()
