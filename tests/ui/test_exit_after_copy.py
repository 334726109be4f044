"""A program that copied text and then ends must end cleanly: PySide6 crashed the exit (SIGSEGV) when a
QMimeData made in Python was still on the clipboard as the interpreter shut down — after Ctrl+C on the
recovery code at the unlock dialog, say, then quit. Run as a user runs it: a separate process, its exit
status read."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

SCRIPTS = {
    "quit": """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

def run():
    app = QApplication(sys.argv)
    from vinkdesk.ui.system.clipboard import put_text
    put_text("ABCD-EFGH-JKLM-NPQR")
    QTimer.singleShot(50, app.quit)
    return app.exec()

sys.exit(run())
""",
    "no event loop": """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from vinkdesk.ui.system.clipboard import put_text
put_text("ABCD-EFGH-JKLM-NPQR")
""",
}


@pytest.mark.parametrize("how", SCRIPTS)
def test_the_program_ends_cleanly_after_a_copy(how: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    ended = subprocess.run([sys.executable, "-c", SCRIPTS[how]], env=env, capture_output=True, timeout=60)
    assert ended.returncode == 0, (ended.returncode, ended.stderr[-500:])
