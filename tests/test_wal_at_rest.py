"""An empty WAL at rest: after a normal close the write-ahead log is empty or gone, a backup writes it back
while the vault stays open, and `verify` on a closed vault names a log a crash left (one flipped byte in it
drops every later transaction without a word) before it opens anything. The commands run as real processes,
judged by the files on disk; only the in-process backup test uses the Session."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE, consultation, person_case
from vinkdesk.cli import Console, main
from vinkdesk.session import Session
from vinkdesk.vault import Home, KdfParams
from vinkdesk.vault.kdf import FLOOR

PASS = "Kaffe og kage 2026 lang"
ROOT = Path(__file__).resolve().parents[1]
MAIN = ROOT / "main.py"


def setup_cli(*argv: object) -> str:
    out, err = io.StringIO(), io.StringIO()
    console = Console(environ={"VINKDESK_PASSPHRASE": PASS}, out=out, err=err, kdf=FLOOR)
    assert main([str(a) for a in argv], console) == 0, err.getvalue()
    return out.getvalue()


def vinkdesk(*argv: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(MAIN), *(str(a) for a in argv)],
        env=dict(os.environ, VINKDESK_PASSPHRASE=PASS),
        capture_output=True,
        text=True,
        timeout=120,
    )


def wal_size(home: Path) -> int:
    wal = home / "vault.db-wal"
    return wal.stat().st_size if wal.exists() else 0


def everything(home: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(home.iterdir()) if p.is_file()}


def test_every_command_leaves_the_log_empty_or_gone(tmp_path: Path) -> None:
    home = tmp_path / "home"
    setup_cli("demo", "--home", home, "--cases", "3")
    assert wal_size(home) == 0
    leftover = home / ".open-trial-killed"  # as a process killed while checking a crash's log leaves it
    leftover.mkdir(mode=0o700)
    (leftover / "vault.db").write_bytes((home / "vault.db").read_bytes())
    ref = vinkdesk("search", "--home", home, "og").stdout.split("\t")[0]
    assert not leftover.exists()  # no old copy of the vault lingers in the home
    for argv in (
        ["search", "--home", home, "og"],
        ["summary", "--home", home, "--case", ref, "--out", tmp_path / "s.pdf"],
        ["backup", "--home", home, "--out", tmp_path / "b.vinkdesk"],
        ["verify", "--home", home],
    ):
        run = vinkdesk(*argv)
        assert run.returncode == 0, (argv[0], run.stdout, run.stderr)
        assert wal_size(home) == 0, argv[0]


def test_a_backup_writes_the_log_back_while_the_vault_stays_open(
    home: Home, kdf: KdfParams, tmp_path: Path
) -> None:
    session, _code = Session.create(home, "Ane Rådgiver", PASSPHRASE, kdf)
    case = session.create_case(person_case())
    for n in range(20):
        session.add_consultation(case.id, consultation(f"Samtale nummer {n} om skolen."))
    assert wal_size(home.folder) > 0  # open, with recent pages in the log
    session.backup(tmp_path / "b.vinkdesk")
    assert wal_size(home.folder) == 0  # still open, but the files at rest would be the whole vault
    assert session.search("nummer 19")
    session.lock()


def test_verify_names_a_log_a_crash_left_with_a_flipped_byte_before_opening_anything(tmp_path: Path) -> None:
    home = tmp_path / "home"
    setup_cli("demo", "--home", home, "--cases", "2")
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.crash_writer", str(home)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=dict(os.environ, VINKDESK_PASSPHRASE=PASS, PYTHONPATH=str(ROOT)),
        cwd=ROOT,
        text=True,
    )
    assert child.stdout is not None
    for _ in range(40):  # forty committed consultations, all in the log
        assert child.stdout.readline().strip().isdigit()
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    size = wal_size(home)
    assert size > 32
    wal = home / "vault.db-wal"
    damaged = bytearray(wal.read_bytes())
    damaged[size // 2] ^= 0x01  # one bit in a frame in the middle of the log
    wal.write_bytes(bytes(damaged))
    before = everything(home)

    run = vinkdesk("verify", "--home", home)
    assert run.returncode == 1, run.stdout + run.stderr
    lines = run.stdout.splitlines()
    assert len(lines) == 1 and run.stderr == "", run.stdout + run.stderr
    assert "vault.db-wal" in lines[0] and f"{size} bytes not written back" in lines[0]
    assert "not closed properly" in lines[0] and "copy the whole folder" in lines[0]
    assert everything(home) == before  # verify opened nothing: the log is as the crash left it
