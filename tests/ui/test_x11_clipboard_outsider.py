"""On a real X server (Xvfb), read as another program reads it (xclip): what vinkdesk selects goes to
the PRIMARY selection too, and must not stay there; what another program copies is never cleared by
vinkdesk. The child is a real text field and the real ClipboardGuard on Qt's xcb platform; the test looks only
at the X selections through xclip, a program of its own."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.xvfb import xvfb_display

pytestmark = pytest.mark.skipif(
    shutil.which("Xvfb") is None or shutil.which("xclip") is None, reason="needs Xvfb and xclip"
)

CHILD = """
import select
import sys
from PySide6.QtCore import QPoint, QTimer, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from vinkdesk.ui.autolock import ClipboardGuard

app = QApplication(sys.argv)
guard = ClipboardGuard(seconds=2)
field = QLineEdit("Ravn-17")
field.show()
field.activateWindow()
field.setFocus()


def select_word():  # dragged over with the mouse, as a person selects: Qt makes it the PRIMARY selection
    start, end = QPoint(3, 5), QPoint(field.width() - 3, 5)
    QTest.mousePress(field, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(field, end)
    QTest.mouseRelease(field, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    print("selected", flush=True)


def commands():  # the event loop keeps running: X asks the selection's owner for its text
    while select.select([sys.stdin], [], [], 0)[0]:
        line = sys.stdin.readline().strip()
        if line == "lock":
            guard.clear_all_if_ours()
            print("locked", flush=True)
        elif line == "":
            app.quit()
            return


QTimer.singleShot(500, select_word)
timer = QTimer()
timer.timeout.connect(commands)
timer.start(50)
app.exec()
"""


@pytest.fixture
def display() -> Iterator[str]:
    with xvfb_display() as shown:
        yield shown


def xclip(display: str, selection: str, text: str | None = None) -> str:
    env = {**os.environ, "DISPLAY": display}
    if text is not None:  # xclip stays behind, serving the text, as a clipboard manager would
        command = ["xclip", "-selection", selection]
        subprocess.run(command, input=text.encode(), env=env, check=True, timeout=10)
        return text
    found = subprocess.run(
        ["xclip", "-selection", selection, "-o"], capture_output=True, env=env, timeout=10, check=False
    )
    return found.stdout.decode("utf-8", "replace")


def child(display: str, tmp_path: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "HOME": str(tmp_path)}
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "selected"
    return process


def tell(process: subprocess.Popen[str], what: str) -> str:
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(what + "\n")
    process.stdin.flush()
    return process.stdout.readline().strip()


def primary_holds(display: str, text: str, seconds: float) -> bool:
    """Whether PRIMARY holds text at some moment within the given seconds."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if text in xclip(display, "primary"):
            return True
        time.sleep(0.1)
    return False


def test_a_selection_in_vinkdesk_leaves_primary_after_the_delay_and_at_lock(
    display: str, tmp_path: Path
) -> None:
    process = child(display, tmp_path)
    try:
        assert primary_holds(display, "Ravn-17", 1)  # X11 made the selection readable by every program
        time.sleep(3)  # past the 2 s the guard was given
        assert "Ravn-17" not in xclip(display, "primary")
    finally:
        process.kill()
    process = child(display, tmp_path)
    try:
        assert tell(process, "lock") == "locked"
        assert "Ravn-17" not in xclip(display, "primary")
    finally:
        process.kill()


def test_what_another_program_copies_is_left_alone(display: str, tmp_path: Path) -> None:
    process = child(display, tmp_path)
    try:
        xclip(display, "clipboard", "en adresse fra mailen")  # while vinkdesk's window has the focus
        time.sleep(3)
        assert tell(process, "lock") == "locked"
        assert xclip(display, "clipboard") == "en adresse fra mailen"
    finally:
        process.kill()
