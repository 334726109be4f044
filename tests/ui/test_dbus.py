"""The screen-lock signal over a real (private) D-Bus session bus locks vinkdesk."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_locking_screensaver_on_the_session_bus_asks_vinkdesk_to_lock() -> None:
    daemon_path = shutil.which("dbus-daemon")
    assert daemon_path, "dbus-daemon (Debian's dbus package) is needed for this test"
    daemon = subprocess.Popen(
        [daemon_path, "--session", "--print-address", "--nofork"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        env = dict(
            os.environ, DBUS_SESSION_BUS_ADDRESS=address, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT)
        )
        child = subprocess.run(
            [sys.executable, "-m", "tests.dbus_listener"],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)
    assert "listening True" in child.stdout, child.stdout + child.stderr
    assert "service True" in child.stdout
    assert "locked: screensaver" in child.stdout  # once, for the True; the False did nothing
