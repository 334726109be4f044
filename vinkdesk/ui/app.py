"""Starting the windows: the Qt application, its language, and the first window."""

from __future__ import annotations

import os
import sys
from types import TracebackType

from PySide6.QtWidgets import QApplication

from vinkdesk.ui.controller import DesktopApp
from vinkdesk.ui.i18n import Languages
from vinkdesk.ui.settings import Settings
from vinkdesk.vault import Home


def _one_line_errors(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """An error the windows did not handle is reported in one line, never a traceback that could carry case
    data into a terminal or a log (VINKDESK_DEBUG=1 shows the traceback to a developer)."""
    if os.environ.get("VINKDESK_DEBUG") == "1":
        sys.__excepthook__(kind, error, tb)
        return
    print(f"vinkdesk: an unexpected {kind.__name__} occurred; nothing else was changed.", file=sys.stderr)


def run_windows(home: Home) -> int:
    sys.excepthook = _one_line_errors
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
