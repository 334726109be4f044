"""Starting the windows: the Qt application, its language, and the first window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from vinkdesk.ui.controller import DesktopApp
from vinkdesk.ui.i18n import Languages
from vinkdesk.ui.settings import Settings
from vinkdesk.vault import Home


def run_windows(home: Home) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("vinkdesk")
    app.setOrganizationName("vinkdesk")
    settings = Settings()
    languages = Languages(app)
    languages.apply(settings.language)
    desktop = DesktopApp(home, settings, languages)
    desktop.start()
    return int(app.exec())
