"""Run in a child process by the client benchmarks, so that start-up and peak memory are the client's own.

`python -m tests.benchmarks.client_probe bare` shows a bare PySide6 window and exits;
`… start HOME` starts vinkdesk up to the unlock dialog and exits;
`… unlock HOME` (passphrase in VINKDESK_PASSPHRASE) unlocks, waits for the case list, sorts and filters it,
and prints the timings and the peak memory as JSON.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _peak_kib() -> int:
    """This process's own peak resident size. ru_maxrss would not do: Linux carries the parent's peak across
    fork and exec, so a child of a large benchmark process reports the parent's."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv)
    label = QLabel("vinkdesk")
    label.show()
    app.processEvents()


def start(home: str) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from vinkdesk.ui.controller import DesktopApp
    from vinkdesk.ui.i18n import Languages
    from vinkdesk.ui.settings import Settings
    from vinkdesk.vault import Home

    app = QApplication(sys.argv)
    languages = Languages(app)
    languages.apply("da")
    settings = Settings(QSettings(str(Path(home) / ".." / "probe.ini"), QSettings.Format.IniFormat))
    desktop = DesktopApp(Home(Path(home)), settings, languages)
    desktop.start()
    app.processEvents()
    assert desktop.unlock_dialog is not None and desktop.unlock_dialog.isVisible()


def unlock(home: str) -> None:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from vinkdesk.ui.case_list import LEVEL
    from vinkdesk.ui.controller import DesktopApp
    from vinkdesk.ui.i18n import Languages
    from vinkdesk.ui.settings import Settings
    from vinkdesk.vault import Home
    from vinkdesk.vault.keys import open_any, read_keys

    passphrase = os.environ["VINKDESK_PASSPHRASE"]
    app = QApplication(sys.argv)
    languages = Languages(app)
    languages.apply("da")
    settings = Settings(QSettings(str(Path(home) / ".." / "probe.ini"), QSettings.Format.IniFormat))
    start_kdf = time.perf_counter()
    open_any(read_keys(Path(home) / "vault.keys"), passphrase)
    kdf = time.perf_counter() - start_kdf

    desktop = DesktopApp(Home(Path(home)), settings, languages)
    desktop.start()
    dialog = desktop.unlock_dialog
    assert dialog is not None
    dialog.passphrase.setText(passphrase)
    began = time.perf_counter()
    dialog.unlock_button.click()
    while desktop.window is None or desktop.window.model.rowCount() == 0 or desktop.worker.busy:
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()
    listed = time.perf_counter() - began
    window = desktop.window
    rows = window.model.total

    began = time.perf_counter()
    window.table.sortByColumn(LEVEL, Qt.SortOrder.DescendingOrder)
    app.processEvents()
    sort = time.perf_counter() - began
    began = time.perf_counter()
    window.text_filter.setText("ravn")
    app.processEvents()
    filtered = time.perf_counter() - began
    began = time.perf_counter()
    window.table.scrollToBottom()
    app.processEvents()
    scroll = time.perf_counter() - began
    peak_kib = _peak_kib()
    print(
        json.dumps(
            {
                "rows": rows,
                "kdf": kdf,
                "unlock_to_list": listed,
                "sort": sort,
                "filter": filtered,
                "scroll": scroll,
                "peak_mib": peak_kib / 1024,
            }
        )
    )
    desktop.lock()


if __name__ == "__main__":
    {"bare": lambda: bare(), "start": lambda: start(sys.argv[2]), "unlock": lambda: unlock(sys.argv[2])}[
        sys.argv[1]
    ]()
