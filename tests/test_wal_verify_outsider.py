"""`vinkdesk verify` on a closed vault that a kill left with a non-empty write-ahead log (issue 13, point 4):
it says what the log means and what to do, and what it says holds when the advice is followed. An intact log
is written back by one unlock and lock, with every saved consultation; a damaged one is named with where the
damage is and how many saved changes an open would keep and drop. Judged as an outsider: the real commands
as processes, their output, and the files on disk; the kill is tests/crash_writer.py."""

from __future__ import annotations

import io
import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from vinkdesk.cli import Console, main
from vinkdesk.vault.kdf import FLOOR  # only for the Console that makes the vault: fast key derivation

PASS = "Kaffe og kage 2026 lang"
ROOT = Path(__file__).resolve().parents[1]
CLI = str(Path(sys.executable).parent / "vinkdesk")
FRAME = 24 + 4096  # a WAL frame: its header and one page (SQLCipher's 4096-byte pages)


def vinkdesk(*argv: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CLI, *(str(a) for a in argv)],
        env=dict(os.environ, VINKDESK_PASSPHRASE=PASS),
        capture_output=True,
        text=True,
        timeout=120,
    )


def crashed_vault(home: Path, commits: int = 40) -> list[str]:
    """A demo vault, then a writer killed with SIGKILL after `commits` consultations: the markers it saved."""
    out, err = io.StringIO(), io.StringIO()
    console = Console(environ={"VINKDESK_PASSPHRASE": PASS}, out=out, err=err, kdf=FLOOR)
    assert main(["demo", "--home", str(home), "--cases", "2"], console) == 0, err.getvalue()
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.crash_writer", str(home)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=dict(os.environ, VINKDESK_PASSPHRASE=PASS, PYTHONPATH=str(ROOT)),
        cwd=ROOT,
        text=True,
    )
    assert child.stdout is not None
    saved = []
    for _ in range(commits):
        line = child.stdout.readline().strip()
        assert line.isdigit(), child.stderr.read() if child.stderr else ""
        saved.append(f"markør{int(line):06d}")
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert (home / "vault.db-wal").stat().st_size > 0
    return saved


def markers(home: Path) -> set[str]:
    run = vinkdesk("search", "--home", home, "markør", "--limit", "1000")
    assert run.returncode == 0, run.stderr
    return set(re.findall(r"markør\d{6}", run.stdout))


def number(pattern: str, text: str) -> int:
    found = re.search(pattern, text)
    assert found is not None, text
    return int(found.group(1))


def files(home: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(home.iterdir()) if p.is_file()}


def test_an_intact_log_after_a_kill_is_explained_and_one_unlock_writes_it_back(tmp_path: Path) -> None:
    home = tmp_path / "home"
    saved = crashed_vault(home)
    before = files(home)

    run = vinkdesk("verify", "--home", home)
    assert run.returncode == 1 and run.stderr == ""
    (line,) = run.stdout.splitlines()
    assert "not closed properly" in line and "killed, crashed or lost power" in line
    changes = number(r"(\d+) changes saved since it was last closed", line)
    assert changes >= len(saved)  # every consultation the writer saw committed, and the unlock's own row
    assert "The log is intact, so nothing saved is lost" in line
    assert "unlock the vault once and lock it again" in line
    assert "vinkdesk is open" not in line.lower()  # the open lock was taken: no vinkdesk holds it
    assert files(home) == before  # verify opened nothing

    # Follow the advice: one command that unlocks and locks.
    advised = re.search(r"run '(vinkdesk backup --home \S+ --out FILE)'", line)
    assert advised is not None and str(home) in advised.group(1)
    assert vinkdesk("backup", "--home", home, "--out", tmp_path / "after-the-kill.vinkdesk").returncode == 0
    wal = home / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0  # written back
    again = vinkdesk("verify", "--home", home)
    assert again.returncode == 0 and again.stdout.startswith("ok:"), again.stdout + again.stderr
    assert markers(home) >= set(saved)  # nothing saved was lost


def test_a_damaged_log_is_named_with_where_and_how_much_an_open_would_drop(tmp_path: Path) -> None:
    home = tmp_path / "home"
    saved = crashed_vault(home)
    intact = vinkdesk("verify", "--home", home).stdout
    total = number(r"(\d+) changes saved since", intact)
    wal = home / "vault.db-wal"
    damaged = bytearray(wal.read_bytes())
    flipped = 32 + (len(damaged) - 32) // FRAME // 2 * FRAME + 24 + 100  # inside a page in the middle
    damaged[flipped] ^= 0x01
    wal.write_bytes(bytes(damaged))
    before = files(home)

    run = vinkdesk("verify", "--home", home)
    assert run.returncode == 1 and run.stderr == ""
    (line,) = run.stdout.splitlines()
    found = re.search(r"the log is damaged at byte (\d+): (\d+) changes? saved after that point", line)
    assert found is not None, line
    at, lost = int(found.group(1)), int(found.group(2))
    assert at <= flipped < at + FRAME and (at - 32) % FRAME == 0  # the frame holding the flipped byte
    kept = number(r"keeps the (\d+) changes? before the damage", line)
    assert kept + lost == total and lost > 0
    assert "copy the whole folder" in line and "restore your latest backup" in line
    assert files(home) == before

    # What it says an open does is what an open does: the consultations before the damage, none after.
    copy = tmp_path / "copy"
    shutil.copytree(home, copy)
    found_after = markers(copy)
    assert found_after and found_after < set(saved)
    assert found_after == set(saved[: len(found_after)])  # a prefix: nothing from after the damage
    assert len(saved) - len(found_after) <= lost  # each lost change held at most one consultation
