"""Starting the windows: the Qt application, its language, and the first window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from vinkdesk.vault import Home


def run_windows(home: Home) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("vinkdesk")
    window.setCentralWidget(QLabel(f"vinkdesk – {home.folder}"))
    window.resize(640, 400)
    window.show()
    return int(app.exec())
