"""Run in a child process by the stall benchmark: unlock a vault (passphrase in VINKDESK_PASSPHRASE), then
walk every menu action and button of the windows (tests/ui/walker.py) while a heartbeat timer on the UI thread
measures the longest gap; prints the worst gaps by step as JSON. Unlocking (the KDF) is not walked."""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(home: str) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from tests.ui.walker import Heartbeat, Walker
    from vinkdesk.ui.controller import DesktopApp
    from vinkdesk.ui.i18n import Languages
    from vinkdesk.ui.settings import Settings
    from vinkdesk.vault import Home

    passphrase = os.environ["VINKDESK_PASSPHRASE"]
    app = QApplication(sys.argv)
    languages = Languages(app)
    languages.apply("da")
    with tempfile.TemporaryDirectory() as scratch:
        settings = Settings(QSettings(str(Path(scratch) / "probe.ini"), QSettings.Format.IniFormat))
        desktop = DesktopApp(Home(Path(home)), settings, languages)
        heartbeat = Heartbeat()

        def settle() -> None:
            """Let the windows run until the worker is idle, as a person waiting would (the UI thread is never
            blocked by the waiting itself)."""
            for _ in range(3):
                while desktop.worker.busy:
                    app.processEvents()
                    time.sleep(0.001)
                app.processEvents()

        def unlocked() -> None:
            dialog = desktop.unlock_dialog
            assert dialog is not None
            heartbeat.paused = True  # unlocking is the KDF's time, measured elsewhere
            dialog.passphrase.setText(passphrase)
            dialog.unlock_button.click()
            while desktop.window is None or desktop.worker.busy:
                app.processEvents()
                time.sleep(0.001)
            settle()
            assert desktop.window is not None
            desktop.window.resize(1366, 768)
            heartbeat.at("(after unlock)")
            heartbeat.paused = False

        desktop.start()
        unlocked()
        heartbeat.start()
        with Walker(desktop, settle) as walker:
            walker.on_step = heartbeat.at
            window = desktop.window
            assert window is not None
            window.table.selectRow(0)
            settle()
            page = window.case_page
            if page is not None:
                for tab in range(page.tabs.count()):
                    if desktop.window is not None and desktop.window.case_page is page:
                        page.tabs.setCurrentIndex(tab)
                        settle()
                        walker.press_all(page.tabs.currentWidget(), depth=0)
            if desktop.window is not None:
                walker.press_all(desktop.window.centralWidget(), depth=0)
            if desktop.window is None:
                unlocked()
            paths = walker.menu_paths()
            texts = {p: walker.action_at(p).text().replace("&", "") for p in paths}
            skip = {"Afslut", "Lås nu", "English", "Dansk"}  # a lock is the KDF again; the rest is walked
            for path in [p for p in paths if texts[p] not in skip]:
                if desktop.window is None:
                    unlocked()
                walker.trigger(path)
            heartbeat.at("(end)")
        heartbeat.stop()
        gaps = sorted(heartbeat.gaps.items(), key=lambda item: -item[1])
        print(json.dumps({"steps": len(walker.walked), "gaps": gaps[:8]}))
        if desktop.session is not None:
            desktop.lock()


if __name__ == "__main__":
    main(sys.argv[1])
