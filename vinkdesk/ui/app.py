"""Starting the windows: a check that they can open at all, the Qt application, its language and icon, and
the first window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from vinkdesk.vault import Home

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

ICONS = Path(__file__).resolve().parent / "icons"


def run_windows(home: Home) -> int:
    # Before anything loads Qt's GUI libraries: on Linux, a missing X11 library or no display at all ends
    # here with a message saying what to install, exit status 1, not Qt's abort (and a core dump).
    if not _application_exists():
        from vinkdesk.ui.system.linux import check_before_windows, report

        problem = check_before_windows()
        if problem is not None:
            report(problem)
            return 1

    from PySide6.QtWidgets import QApplication

    from vinkdesk.ui.controller import DesktopApp
    from vinkdesk.ui.errors import unhandled_reporter
    from vinkdesk.ui.i18n import Languages
    from vinkdesk.ui.settings import Settings

    # An error the windows did not handle is shown in a short dialog and logged in one line (type and place),
    # never a traceback that could carry case data into a terminal or a file.
    sys.excepthook = unhandled_reporter(home.folder)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    from vinkdesk.ui.system.linux import release_display

    release_display()  # Qt is connected to the display now: the check's probe connection can go
    app.setApplicationName("vinkdesk")
    app.setOrganizationName("vinkdesk")
    app.setDesktopFileName("vinkdesk")  # Wayland's app id: pairs the windows with vinkdesk.desktop
    app.setWindowIcon(app_icon())
    settings = Settings()
    languages = Languages(app)
    languages.apply(settings.language)
    desktop = DesktopApp(home, settings, languages)
    app.aboutToQuit.connect(desktop.quit)  # the vault is closed at rest, not left to the interpreter's exit
    desktop.start()
    return int(app.exec())


def app_icon() -> QIcon:
    """The prevention triangle at every size drawn for it (the window's title bar, the task bar, Alt+Tab)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for png in sorted(ICONS.glob("vinkdesk-*.png")):
        size = int(png.stem.rpartition("-")[2])
        icon.addFile(str(png), QSize(size, size))
    return icon


def _application_exists() -> bool:
    """A QApplication made already (a test, a self-test): its platform plugin has loaded, nothing to check."""
    core = sys.modules.get("PySide6.QtCore")
    return core is not None and core.QCoreApplication.instance() is not None
