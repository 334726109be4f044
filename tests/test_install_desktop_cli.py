"""`vinkdesk install-desktop`: on Linux the command puts vinkdesk into the user's application menu, a .desktop
file in $XDG_DATA_HOME whose Exec line starts the very `vinkdesk` command that ran it, and says what it wrote;
elsewhere it says it is for Linux desktops."""

from __future__ import annotations

import configparser
import io
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from vinkdesk.cli import Console, main

VINKDESK = Path(sys.executable).parent / "vinkdesk"


def entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment, method-assign]  # keys are case-sensitive
    parser.read_string(path.read_text(encoding="utf-8"))
    return dict(parser["Desktop Entry"])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a Linux desktop's menu")
def test_install_desktop_writes_the_menu_entry_for_this_vinkdesk(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {key: value for key, value in os.environ.items() if not key.startswith(("VINKDESK_", "XDG_"))}
    env.update(HOME=str(tmp_path / "home"), XDG_DATA_HOME=str(data))

    done = subprocess.run(
        [str(VINKDESK), "install-desktop"],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )

    assert done.returncode == 0, done.stderr
    desktop_file = data / "applications" / "vinkdesk.desktop"
    assert desktop_file.is_file()
    written = [line.strip() for line in done.stdout.splitlines()[1:]]
    assert written[0] == str(desktop_file)
    assert all(Path(path).is_file() and Path(path).is_relative_to(data) for path in written)
    assert any(path.endswith("/apps/vinkdesk.svg") for path in written)
    fields = entry(desktop_file)
    assert shlex.split(fields["Exec"])[0] == str(VINKDESK.absolute())
    assert fields["Name"] == "vinkdesk" and fields["Type"] == "Application"
    assert not (tmp_path / "home").exists()  # nothing outside the data folder it was given


def test_install_desktop_elsewhere_says_it_is_for_linux(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    err = io.StringIO()

    status = main(["install-desktop"], Console(environ={}, out=io.StringIO(), err=err))

    assert status == 1
    assert err.getvalue().startswith("vinkdesk: error: install-desktop is for Linux desktops.")
    assert "vinkdesk.exe" in err.getvalue()
