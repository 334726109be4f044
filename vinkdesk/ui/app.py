"""Starting the windows: the Qt application, its language, and the first window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from vinkdesk.ui.controller import DesktopApp
from vinkdesk.ui.errors import unhandled_reporter
from vinkdesk.ui.i18n import Languages
from vinkdesk.ui.settings import Settings
from vinkdesk.vault import Home


def run_windows(home: Home) -> int:
    # An error the windows did not handle is shown in a short dialog and logged in one line (type and place),
    # never a traceback that could carry case data into a terminal or a file.
    sys.excepthook = unhandled_reporter(home.folder)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("vinkdesk")
    app.setOrganizationName("vinkdesk")
    settings = Settings()
    languages = Languages(app)
    languages.apply(settings.language)
    desktop = DesktopApp(home, settings, languages)
    app.aboutToQuit.connect(desktop.quit)  # the vault is closed at rest, not left to the interpreter's exit
    desktop.start()
    return int(app.exec())
