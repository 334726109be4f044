"""A long working day calls Qt hundreds of thousands of times: the interpreter must survive it. PySide6 6.12.0
corrupted the reference counts of None and False on such calls, which crashed Python 3.11 (see pyproject)."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtWidgets import QApplication, QCheckBox, QPushButton
app = QApplication([])
box, button = QCheckBox(), QPushButton()
button.clicked.connect(lambda: None)
for _ in range(20000):
    box.setChecked(not box.isChecked())
    box.setVisible(False)
    button.click()
print("survived")
"""


def test_twenty_thousand_qt_calls_leave_python_whole() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert "survived" in done.stdout
