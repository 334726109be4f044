"""Nothing personal in plaintext on disk: not in vault.db, its WAL and SHM, vault.keys, or the temp folder,
whether the program closed cleanly or was killed mid-write."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, consultation, person_case
from vinkdesk.session import Session, verify
from vinkdesk.vault import Home, KdfParams

SECRETS = ["Hemmelig optegnelse", "Ravn-17", "hans bror", "markør000", "Nørrebro-moské"]
ROOT = Path(__file__).resolve().parent.parent


def encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def files_holding_secrets(folder: Path) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path.name}: {s!r}" for s in SECRETS for e in encodings(s) if e in data]
    return found


def child_env(tmpdir: Path) -> dict[str, str]:
    env = dict(os.environ, VINKDESK_PASSPHRASE=PASSPHRASE, TMPDIR=str(tmpdir), SQLITE_TMPDIR=str(tmpdir))
    env["PYTHONPATH"] = str(ROOT)
    return env


def test_written_consultations_leave_no_plaintext_in_any_file(home: Home, kdf: KdfParams) -> None:
    session, _ = Session.create(home, "Ane", PASSPHRASE, kdf)
    case = session.create_case(person_case(alias="Ravn-17"))
    for i in range(30):
        session.add_consultation(
            case.id, consultation(f"Hemmelig optegnelse markør{i:06d} om hans bror ved Nørrebro-moské.")
        )
    # While open: the WAL holds the recent pages, encrypted.
    assert sorted(p.name for p in home.folder.iterdir()) == [
        ".vault.keys.lock",  # empty lock files: which program has the vault open, who changes the keys
        ".vault.lock",
        "vault.db",
        "vault.db-shm",
        "vault.db-wal",
        "vault.keys",
    ]
    assert files_holding_secrets(home.folder) == []
    assert session.search("markør000029")  # the text really is there, behind the key
    session.lock()
    assert files_holding_secrets(home.folder) == []
    assert not home.db_path.read_bytes().startswith(b"SQLite format 3")
    # At rest the WAL is empty (or gone): nothing committed lives only in it.
    wal = home.folder / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0


@pytest.mark.slow
def test_killed_writer_loses_no_committed_consultation_and_leaks_nothing(
    home: Home, kdf: KdfParams, tmp_path: Path
) -> None:
    session, _ = Session.create(home, "Ane", PASSPHRASE, kdf)
    session.create_case(person_case(alias="Ravn-17"))
    session.lock()
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    committed: list[int] = []
    rng = random.Random(2026)
    for round_no in range(5):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.crash_writer", str(home.folder), str(round_no * 100_000)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=child_env(tmpdir),
            cwd=ROOT,
            text=True,
        )
        assert child.stdout is not None
        deadline = time.monotonic() + rng.uniform(0.3, 1.5)
        first = child.stdout.readline()  # wait until it really writes (the KDF comes first)
        assert first.strip().isdigit(), child.stderr.read() if child.stderr else ""
        committed.append(int(first))
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            if line.strip():
                committed.append(int(line))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        # Lines already in the pipe were committed too.
        committed += [int(line) for line in child.stdout.read().split()]
        assert files_holding_secrets(home.folder) == []
    assert len(committed) > 20
    assert files_holding_secrets(tmpdir) == []
    assert list(tmpdir.iterdir()) == []

    reopened = Session.unlock(home, PASSPHRASE)
    bodies = {c.body for c in reopened.consultations(reopened.list_cases()[0].id)}
    missing = [n for n in committed if not any(f"markør{n:06d}" in b for b in bodies)]
    assert missing == []
    assert verify(reopened) == []
    reopened.lock()
