"""On a 13-inch laptop's screen (1366×768 less a 40-pixel task bar, set as the offscreen platform's screen in
a child process) the main window opens maximised with its status bar in view, and no dialog is larger than the
screen's available area, so no button is ever below its edge; nor is any window's minimum size (what its
layout needs) larger than that area."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_windows_fit_a_13_inch_laptop(tmp_path: Path) -> None:
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {
                "synchronousWindowSystemEvents": False,
                "windowFrameMargins": True,
                "screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 728}],
            }
        )
    )
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.screen_fit_probe"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}"),
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["screen"] == [1366, 728]
    assert result["main_maximised"], result
    assert result["main_frame"][1] <= 728, result
    assert result["walked"] > 40, result
    assert result["oversized"] == [], result["oversized"]
    assert result["main_minimum_too_big"] == "", result  # every top-level window's minimum fits 1366×728
    assert result["minimum_too_big"] == [], result["minimum_too_big"]
