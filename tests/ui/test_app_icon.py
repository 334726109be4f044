"""The program's face on the desktop: the window icon at every size drawn for it, and the desktop file name
(Wayland's app id) that pairs the windows with the launcher's vinkdesk.desktop."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QColor

from vinkdesk.ui.app import app_icon

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from vinkdesk.ui.app import run_windows
from vinkdesk.vault import Home

app = QApplication(sys.argv[:1])

def look():
    print("desktop", app.desktopFileName())
    print("sizes", *sorted(size.width() for size in app.windowIcon().availableSizes()))
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    print("first window icon", not windows[0].windowIcon().isNull() if windows else None)
    app.quit()

QTimer.singleShot(500, look)
sys.exit(run_windows(Home(Path(sys.argv[1]))))
"""


def test_the_icon_has_every_size_and_shows_the_three_bands(qapp: object) -> None:
    icon = app_icon()
    assert sorted(size.width() for size in icon.availableSizes()) == [16, 32, 48, 64, 128, 256]
    image = icon.pixmap(64, 64).toImage()
    colours = {image.pixelColor(32, y).name() for y in (18, 32, 50)}  # down the middle: red, yellow, green
    red, yellow, green = (QColor(image.pixelColor(32, y)) for y in (18, 32, 50))
    assert red.red() > 180 and red.green() < 90, colours
    assert yellow.red() > 200 and yellow.green() > 160 and yellow.blue() < 80, colours
    assert green.green() > 120 and green.red() < 90, colours


def test_the_windows_carry_the_icon_and_the_desktop_file_name(tmp_path: Path) -> None:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        PYTHONPATH=str(ROOT),
    )
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "home")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == 0, child.stderr
    lines = child.stdout.splitlines()
    assert "desktop vinkdesk" in lines, child.stdout + child.stderr
    assert "sizes 16 32 48 64 128 256" in lines
    assert "first window icon True" in lines
