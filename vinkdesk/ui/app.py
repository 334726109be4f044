"""Starting the windows: a check that they can open at all, the Qt application, its language and icon, and
the first window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from vinkdesk.vault import Home

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from vinkdesk.ui.system.linux import StartupProblem

ICONS = Path(__file__).resolve().parent / "icons"


class CannotStart(Exception):
    """The windows cannot open here (a library Qt needs is missing, no display): what to do is said."""

    def __init__(self, problem: StartupProblem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def application(language: str | None = None) -> QApplication:
    """The program's QApplication, named and with its icon: the one made already (a test), or a new one after
    the check that the windows can open at all, before anything loads Qt's GUI libraries — on Linux a missing
    X11 library or no display raises CannotStart saying what to install, instead of Qt's abort."""
    if not _application_exists():
        from vinkdesk.ui.system.linux import check_before_windows, release_display

        problem = check_before_windows(language=language)
        if problem is not None:
            raise CannotStart(problem)
        from PySide6.QtWidgets import QApplication

        QApplication([sys.argv[0] if sys.argv and sys.argv[0] else "vinkdesk", *sys.argv[1:]])
        release_display()  # Qt is connected to the display now: the check's probe connection can go
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setApplicationName("vinkdesk")
    app.setOrganizationName("vinkdesk")
    app.setDesktopFileName("vinkdesk")  # Wayland's app id: pairs the windows with vinkdesk.desktop
    app.setWindowIcon(app_icon())
    return app


def take_down(app: QApplication) -> None:
    """End Qt while Python still runs, as shutdown() does but with what the program's quit does first: every
    window and pending deletion gone, and vinkdesk's own copy off the clipboard (a QMimeData made in Python
    left there crashes the exit once Qt is gone; shutdown() emits no aboutToQuit). For the self-test and the
    tests, whose Qt must not be left to Python's teardown, which may collect its wrappers in an order PySide
    does not survive."""
    import gc

    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from vinkdesk.ui.system.clipboard import forget_own

    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    forget_own()
    app.shutdown()


def run_windows(home: Home) -> int:
    try:
        app = application()
    except CannotStart as cannot:
        from vinkdesk.ui.system.linux import report

        report(cannot.problem)
        return 1

    from vinkdesk.ui.controller import DesktopApp
    from vinkdesk.ui.errors import unhandled_reporter
    from vinkdesk.ui.i18n import Languages
    from vinkdesk.ui.settings import Settings

    # An error the windows did not handle is shown in a short dialog and logged in one line (type and place),
    # never a traceback that could carry case data into a terminal or a file.
    sys.excepthook = unhandled_reporter(home.folder)
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
