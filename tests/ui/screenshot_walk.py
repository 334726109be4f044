"""Every dialog the program can open, photographed: the action walk (tests/ui/walker.py) is run in Danish on a
1366×768 screen and each dialog it meets is saved once as a PNG, by class and title, for people to look at.
`make screenshots` runs it after the curated pictures of vinkdesk.ui.screenshots."""

from __future__ import annotations

import re
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9æøå]+", "-", text.lower()).strip("-")[:60]


def main(out: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from tests.ui.walker import Walker
    from vinkdesk.demo import populate
    from vinkdesk.session import Session
    from vinkdesk.ui.controller import DesktopApp
    from vinkdesk.ui.i18n import Languages
    from vinkdesk.ui.settings import Settings
    from vinkdesk.vault import FLOOR, Home

    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        old.unlink()
    seen: set[str] = set()

    class Photographer(Walker):
        def _measure(self, widget: QWidget) -> None:
            super()._measure(widget)
            name = f"{type(widget).__name__}-{_slug(widget.windowTitle())}".strip("-")
            if name not in seen:
                seen.add(name)
                widget.grab().save(str(out / f"{name}.png"))

    app = QApplication(sys.argv)
    languages = Languages(app)
    languages.apply("da")
    with tempfile.TemporaryDirectory() as scratch:
        home = Home(Path(scratch) / "vault")
        session, _code = Session.create(home, "Ane Rådgiver", "en lang nok passphrase", FLOOR)
        session.add_supervisor("Bo Leder", "lederens lange passphrase", FLOOR)
        populate(session, 12, 3, date.today() - timedelta(days=2))
        session.lock()
        for role, passphrase in (
            ("counsellor", "en lang nok passphrase"),
            ("supervisor", "lederens lange passphrase"),
        ):
            settings = Settings(QSettings(str(Path(scratch) / f"{role}.ini"), QSettings.Format.IniFormat))
            desktop = DesktopApp(home, settings, languages, kdf=FLOOR)
            desktop.start()
            dialog = desktop.unlock_dialog
            assert dialog is not None
            if role == "counsellor":
                dialog.grab().save(str(out / "UnlockDialog.png"))
            dialog.passphrase.setText(passphrase)
            dialog.unlock_button.click()
            while desktop.window is None or desktop.worker.busy:
                app.processEvents()
                time.sleep(0.001)
            _walk(app, desktop, role, Photographer, out)
            if desktop.session is not None:
                desktop.lock()
            desktop.unlock_dialog and desktop.unlock_dialog.close()
    print(f"{len(list(out.glob('*.png')))} pictures in {out}")


def _walk(app: Any, desktop: Any, role: str, walker_class: Any, out: Path) -> None:
    from tests.ui.walker import walk_window

    window = desktop.window

    def settle() -> None:
        for _ in range(3):
            while desktop.worker.busy:
                app.processEvents()
                time.sleep(0.001)
            app.processEvents()

    settle()
    window.grab().save(str(out / f"MainWindow-{role}-no-case.png"))
    with walker_class(desktop, settle) as walker:
        walk_window(
            walker, lambda tab: window.grab().save(str(out / f"MainWindow-{role}-case-tab-{tab + 1}.png"))
        )


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots/dialogs"))
