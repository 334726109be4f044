"""`vinkdesk self-test` as IT runs it after installing: the installed command in a process of its own, on a
demo vault, offscreen. It opens the real windows, unlocks, waits for the case list, prints a test page and
locks; one line per step. A wrong passphrase or a missing vault ends with one clear line and a non-zero
status, and the user's own settings are never written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

VINKDESK = str(Path(sys.executable).parent / "vinkdesk")
PASSPHRASE = "self-test passphrase 2026"
STEPS = ("Qt started", "unlocked", "main window", "print preview", "locked and closed")


def environment(user: Path, passphrase: str) -> dict[str, str]:
    """A user of their own (home, settings and data folders in tmp), offscreen, the passphrase given."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("VINKDESK_", "XDG_"))}
    env.update(
        HOME=str(user),
        XDG_CONFIG_HOME=str(user / "config"),
        XDG_DATA_HOME=str(user / "data"),
        QT_QPA_PLATFORM="offscreen",
        VINKDESK_PASSPHRASE=passphrase,
    )
    return env


def vinkdesk(args: list[str], user: Path, passphrase: str = PASSPHRASE) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [VINKDESK, *args],
        env=environment(user, passphrase),
        cwd=user,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A demo vault of 5 cases made by `vinkdesk demo`, and the user folder it was made from."""
    user = tmp_path_factory.mktemp("user")
    home = user / "vault"
    made = vinkdesk(["demo", "--home", str(home), "--cases", "5"], user)
    assert made.returncode == 0, made.stderr
    return home, user


def written_settings(user: Path) -> list[Path]:
    """Anything under the user's settings folder and home but the vault: where QSettings would write."""
    return sorted(
        path for path in user.rglob("*") if path.is_file() and "vault" not in path.relative_to(user).parts
    )


def test_the_self_test_opens_the_windows_unlocks_lists_the_cases_and_locks(demo: tuple[Path, Path]) -> None:
    home, user = demo
    done = vinkdesk(["self-test", "--home", str(home)], user)

    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("vinkdesk self-test: vinkdesk ")
    assert lines[1] == f"  vault: {home}"
    for step in STEPS:
        line = next((line for line in lines if line.strip().startswith(step)), None)
        assert line is not None, f"no line for {step!r} in:\n{done.stdout}"
        assert line.split(step, 1)[1].split("s", 1)[0].strip().replace(".", "").isdigit(), line
    listed = next(line for line in lines if "main window" in line)
    assert "(5 cases listed; " in listed
    assert "translations vinkdesk_da.qm, qt" in lines[2] and "icons" in lines[2]
    assert lines[-1].startswith("vinkdesk self-test: passed in ")
    assert "Traceback" not in done.stderr and "FAILED" not in done.stderr
    assert written_settings(user) == []


def test_a_wrong_passphrase_fails_with_one_clear_line(demo: tuple[Path, Path]) -> None:
    home, user = demo
    done = vinkdesk(["self-test", "--home", str(home)], user, passphrase="not the passphrase")

    assert done.returncode != 0
    failures = [line for line in done.stderr.splitlines() if "FAILED" in line]
    assert len(failures) == 1, done.stderr
    said = "vinkdesk self-test: FAILED: the vault did not unlock; the unlock dialog says: "
    assert failures[0].startswith(said) and len(failures[0]) > len(said)
    assert "Traceback" not in done.stderr
    assert not any(line.strip().startswith("unlocked") for line in done.stdout.splitlines())
    assert written_settings(user) == []


def test_no_vault_fails_before_any_window(tmp_path: Path) -> None:
    done = vinkdesk(["self-test", "--home", str(tmp_path / "nothing here")], tmp_path)

    assert done.returncode == 1
    assert done.stderr.strip().startswith("vinkdesk: error: No vault in ")
    assert "--home" in done.stderr
    assert "Qt started" not in done.stdout
