"""Run in a child process whose offscreen screen is a 13-inch laptop's (1366×768 less a task bar): the main
window opens maximised, and every dialog the action walk opens fits the available area. Prints JSON."""

from __future__ import annotations

import json
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path


def main() -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from tests.ui.walker import Walker, walk_window

    class MeasuringWalker(Walker):
        """Also records a dialog whose minimum size (what its layout needs) is larger than the screen: the
        window system could not shrink it to fit, whatever fit_to_screen asked."""

        too_small_screen: list[str] = []

        def _measure(self, widget: QWidget) -> None:
            super()._measure(widget)
            too_big = _minimum_too_big(widget)
            if too_big:
                self.too_small_screen.append(too_big)

    from vinkdesk.demo import populate
    from vinkdesk.session import Session
    from vinkdesk.ui.controller import DesktopApp
    from vinkdesk.ui.i18n import Languages
    from vinkdesk.ui.settings import Settings
    from vinkdesk.vault import FLOOR, Home

    app = QApplication(sys.argv)
    languages = Languages(app)
    languages.apply("da")
    with tempfile.TemporaryDirectory() as scratch:
        home = Home(Path(scratch) / "vault")
        session, _code = Session.create(home, "Ane Rådgiver", "en lang nok passphrase", FLOOR)
        populate(session, 6, 3, date.today() - timedelta(days=2))
        session.lock()
        settings = Settings(QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat))
        desktop = DesktopApp(home, settings, languages, kdf=FLOOR)
        desktop.start()
        dialog = desktop.unlock_dialog
        assert dialog is not None
        dialog.passphrase.setText("en lang nok passphrase")
        dialog.unlock_button.click()
        while desktop.window is None or desktop.worker.busy:
            app.processEvents()
            time.sleep(0.001)
        window = desktop.window
        area = window.screen().availableGeometry()
        result: dict[str, object] = {
            "screen": [area.width(), area.height()],
            "main_maximised": window.isMaximized(),
            "main_frame": [window.frameGeometry().width(), window.frameGeometry().height()],
        }

        def settle() -> None:
            for _ in range(3):
                while desktop.worker.busy:
                    app.processEvents()
                    time.sleep(0.001)
                app.processEvents()

        result["main_minimum_too_big"] = _minimum_too_big(window)
        with MeasuringWalker(desktop, settle) as walker:
            walk_window(walker)
        result["walked"] = len(walker.walked)
        result["oversized"] = walker.oversized
        result["minimum_too_big"] = walker.too_small_screen
        print(json.dumps(result))
        if desktop.session is not None:
            desktop.lock()


def _minimum_too_big(widget: object) -> str:
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(widget, QWidget)
    area = (widget.screen() or QApplication.primaryScreen()).availableGeometry()
    hint = widget.minimumSizeHint()
    least = widget.minimumSize().expandedTo(hint) if hint.isValid() else widget.minimumSize()
    if least.width() > area.width() or least.height() > area.height():
        size = f"{least.width()}x{least.height()} on {area.width()}x{area.height()}"
        return f"{type(widget).__name__} needs {size}"
    return ""


if __name__ == "__main__":
    main()
