"""An outsider restores from what is not a backup (/dev/zero, a FIFO, a folder, a link, a zip whose vault.db
claims more than any vault holds) and restores after a crash, where a stale vault.db-wal waits beside the
restored file. The judged commands run as real processes and are judged by the files on disk and their exit
code and stderr; nothing of vinkdesk's vault or session is imported (the crash is tests/crash_writer.py)."""

from __future__ import annotations

import io
import json
import os
import re
import resource
import shutil
import signal
import stat
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest

from vinkdesk.cli import Console, main
from vinkdesk.vault.kdf import FLOOR  # only for the Console that makes the vault: fast key derivation

PASS = "Kaffe og kage 2026 lang"
ROOT = Path(__file__).resolve().parents[1]
MAIN = ROOT / "main.py"
CAP = 4 * 1024**3  # the documented limit on a backup and on its vault.db


def setup_cli(*argv: object) -> str:
    out, err = io.StringIO(), io.StringIO()
    console = Console(environ={"VINKDESK_PASSPHRASE": PASS}, out=out, err=err, kdf=FLOOR)
    assert main([str(a) for a in argv], console) == 0, err.getvalue()
    return out.getvalue()


def _limits() -> None:
    os.umask(0o022)
    # Reading /dev/zero into memory once took the machine down: a regression now fails fast instead.
    resource.setrlimit(resource.RLIMIT_AS, (3 * 1024**3, 3 * 1024**3))


def vinkdesk(*argv: object, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(MAIN), *(str(a) for a in argv)],
        env=dict(os.environ, VINKDESK_PASSPHRASE=PASS),
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=_limits,
    )


def one_line_error(run: subprocess.CompletedProcess[str], *naming: str) -> bool:
    err = run.stderr
    return (
        run.returncode == 1
        and err.count("\n") == 1
        and err.startswith("vinkdesk: error: ")
        and "unexpected" not in err
        and all(part in err for part in naming)
    )


def files_in(folder: Path) -> dict[str, bytes]:
    """The vault's files in a folder with their bytes (the lock files vinkdesk keeps there aside)."""
    if not folder.exists():
        return {}
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.name.startswith("vault.") and p.is_file()}


@pytest.fixture
def vault(tmp_path: Path) -> tuple[Path, Path]:
    """A demo vault made through the command line, and a backup of it made by the real command."""
    home = tmp_path / "home"
    setup_cli("demo", "--home", home, "--cases", "3", "--seed", "3")
    backup = tmp_path / "backup.vinkdesk"
    run = vinkdesk("backup", "--home", home, "--out", backup)
    assert run.returncode == 0, run.stderr
    return home, backup


def test_restore_reads_only_a_regular_file(vault: tuple[Path, Path], tmp_path: Path) -> None:
    _home, backup = vault
    fifo = tmp_path / "pipe.vinkdesk"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.vinkdesk"
    folder.mkdir()
    link = tmp_path / "link.vinkdesk"
    link.symlink_to("/dev/zero")
    for source in (Path("/dev/zero"), fifo, folder, link):
        target = tmp_path / f"restored-{source.name}"
        run = vinkdesk("restore", "--from", source, "--home", target, timeout=60)  # a FIFO would block
        assert one_line_error(run, str(source), "not a plain file"), (source, run.returncode, run.stderr)
        assert files_in(target) == {}, source
    assert (
        stat.S_ISFIFO(fifo.lstat().st_mode)
        and link.is_symlink()
        and stat.S_ISCHR(os.stat("/dev/zero").st_mode)
    )
    run = vinkdesk("restore", "--from", backup, "--home", tmp_path / "fine")
    assert run.returncode == 0, run.stderr  # the same command takes a real backup


def _zip_with_a_huge_database(manifest: bytes, keys: bytes, declared: int) -> bytes:
    """A zip the outsider writes byte by byte: manifest and keys as they were, and a vault.db member of 16
    bytes whose central directory entry claims `declared` bytes (ZIP64): a bomb's promise without its load."""
    members = [("manifest.json", manifest, len(manifest)), ("vault.keys", keys, len(keys))]
    members.append(("vault.db", os.urandom(16), declared))
    body, directory = b"", b""
    for name, data, size in members:
        crc, raw = zlib.crc32(data), name.encode()
        offset = len(body)
        body += struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 45, 0, 0, 0, 0x21, crc, len(data), len(data), len(raw), 0
        )
        body += raw + data
        big = size > 0xFFFFFFFE
        extra = struct.pack("<HHQ", 0x0001, 8, size) if big else b""
        directory += struct.pack(
            "<IHHHHHHIIIHHHHHII",
            0x02014B50,
            45,
            45,
            0,
            0,
            0,
            0x21,
            crc,
            len(data),
            0xFFFFFFFF if big else size,
            len(raw),
            len(extra),
            0,
            0,
            0,
            0,
            offset,
        )
        directory += raw + extra
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(directory), len(body), 0)
    return body + directory + end


def test_restore_refuses_a_database_that_claims_more_than_the_cap(
    vault: tuple[Path, Path], tmp_path: Path
) -> None:
    _home, backup = vault
    with zipfile.ZipFile(backup) as archive:
        manifest, keys = archive.read("manifest.json"), archive.read("vault.keys")
    bomb = tmp_path / "bomb.vinkdesk"
    bomb.write_bytes(_zip_with_a_huge_database(manifest, keys, CAP + 1))
    with zipfile.ZipFile(bomb) as archive:  # the outsider's zip reads as one with a 4 GiB + 1 member
        assert archive.getinfo("vault.db").file_size == CAP + 1
    run = vinkdesk("restore", "--from", bomb, "--home", tmp_path / "r")
    assert one_line_error(run, "vault.db", str(CAP + 1)), run.stderr
    assert files_in(tmp_path / "r") == {}
    # The same zip, honest about its 16 bytes, gets as far as the checksum: the cap is what refused it.
    (tmp_path / "honest.vinkdesk").write_bytes(_zip_with_a_huge_database(manifest, keys, 16))
    run = vinkdesk("restore", "--from", tmp_path / "honest.vinkdesk", "--home", tmp_path / "r2")
    assert one_line_error(run, "checksum"), run.stderr


def test_the_manifest_of_a_new_backup_records_the_audit_head(tmp_path: Path) -> None:
    home = tmp_path / "home"
    printed = setup_cli("demo", "--home", home, "--cases", "2", "--seed", "4")
    supervisor = re.findall(r"Supervisor passphrase: (.+)", printed)[0].strip()
    backup = tmp_path / "backup.vinkdesk"
    assert vinkdesk("backup", "--home", home, "--out", backup).returncode == 0
    with zipfile.ZipFile(backup) as archive:
        head = json.loads(archive.read("manifest.json"))["audit_head"]
    assert sorted(head) == ["count", "hash", "row"]
    assert isinstance(head["row"], int) and isinstance(head["count"], int)
    assert re.fullmatch(r"[0-9a-f]{64}", head["hash"])
    listing = subprocess.run(
        [sys.executable, str(MAIN), "audit", "--home", str(home)],
        env=dict(os.environ, VINKDESK_PASSPHRASE=supervisor),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert listing.returncode == 0, listing.stderr
    rows = [line.split("\t") for line in listing.stdout.splitlines()]
    backup_rows = [int(row[0]) for row in rows if row[3] == "backup"]
    # The backup's own row is committed first and is the head it records; a fresh vault has every row.
    assert backup_rows == [head["row"]] and head["count"] == head["row"]


def crash(home: Path, commits: int = 40) -> None:
    """A writer (tests/crash_writer.py) killed with SIGKILL in the middle of writing consultations."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.crash_writer", str(home)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=dict(os.environ, VINKDESK_PASSPHRASE=PASS, PYTHONPATH=str(ROOT)),
        cwd=ROOT,
        text=True,
    )
    assert child.stdout is not None
    for _ in range(commits):
        line = child.stdout.readline()
        assert line.strip().isdigit(), child.stderr.read() if child.stderr else ""
    os.kill(child.pid, signal.SIGKILL)
    child.wait()


@pytest.fixture
def crashed(vault: tuple[Path, Path], tmp_path: Path) -> tuple[Path, Path, Path]:
    """The vault after a crash, with vault.db and vault.keys moved aside as the restore message advises: the
    home, the backup made before, and the folder aside."""
    home, backup = vault
    crash(home)
    assert (home / "vault.db-wal").stat().st_size > 0 and (home / "vault.db-shm").exists()  # left by the kill
    aside = tmp_path / "aside"
    aside.mkdir()
    for name in ("vault.db", "vault.keys"):
        (home / name).rename(aside / name)
    return home, backup, aside


def test_restore_after_a_crash_refuses_the_home_with_its_stale_log_then_restores_when_moved_aside(
    crashed: tuple[Path, Path, Path],
) -> None:
    home, backup, aside = crashed
    left = files_in(home)
    run = vinkdesk("restore", "--from", backup, "--home", home)
    assert one_line_error(run, "vault.db-wal", "vault.db-shm", "move"), run.stderr
    assert files_in(home) == left  # no vault.db beside the stale log, the log untouched
    for name in ("vault.db-wal", "vault.db-shm"):  # the advised way through
        (home / name).rename(aside / name)
    assert vinkdesk("restore", "--from", backup, "--home", home).returncode == 0
    assert vinkdesk("verify", "--home", home).returncode == 0
    found = vinkdesk("search", "--home", home, "og")
    assert found.returncode == 0 and found.stdout.count("\n") > 5


def test_a_stale_log_beside_a_restored_vault_db_fails_the_unlock_and_never_reaches_vault_db(
    crashed: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    home, backup, _aside = crashed
    restored = tmp_path / "restored"
    assert vinkdesk("restore", "--from", backup, "--home", restored).returncode == 0
    shutil.copy(home / "vault.db-wal", restored / "vault.db-wal")  # put there by hand, below restore's check
    shutil.copy(home / "vault.db-shm", restored / "vault.db-shm")
    before = files_in(restored)
    for _attempt in range(2):
        run = vinkdesk("search", "--home", restored, "og")
        assert one_line_error(run, "vault.db-wal", "move them aside"), run.stderr
        after = files_in(restored)
        assert after["vault.db"] == before["vault.db"]  # byte for byte: the log was not written into it
        assert after["vault.db-wal"] == before["vault.db-wal"]
        assert not [p for p in restored.iterdir() if p.name.startswith(".open-trial")]
    for name in ("vault.db-wal", "vault.db-shm"):  # moved aside, as the message says: the restore holds
        (restored / name).unlink()
    run = vinkdesk("verify", "--home", restored)
    assert run.returncode == 0, run.stdout + run.stderr
