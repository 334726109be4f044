"""Opening vault.db with SQLCipher: the raw data key, the pragmas in force, and clean errors for bad files."""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3

from vinkdesk.vault.errors import DiskError, DiskFull, VaultBusy, VaultCorrupt
from vinkdesk.vault.files import create_private

PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"

# Each is set after the key and checked in force by the tests.
PRAGMAS = (
    ("journal_mode", "WAL", "wal"),
    ("synchronous", "FULL", 2),
    ("foreign_keys", "ON", 1),
    ("secure_delete", "ON", 1),
    ("temp_store", "MEMORY", 2),
    ("trusted_schema", "OFF", 0),
)

DatabaseError = sqlcipher3.DatabaseError


def corrupt_message(path: Path, detail: str = "") -> str:
    extra = f" ({detail})" if detail else ""
    return (
        f"{path} cannot be read{extra}: it is damaged or does not belong to this vault. "
        "Nothing was changed. Restore the vault from your latest backup (vinkdesk restore)."
    )


def connect(
    path: Path, data_key: bytes | bytearray, *, create: bool = False, vault_id: str | None = None
) -> Any:
    """An open connection with the key applied and the pragmas in force; VaultCorrupt if the file won't
    read. Beside a non-empty WAL (a crash, or a stale one beside a restored file) a copy of the pair is
    opened first: a failed open then never lets SQLite write that WAL into vault.db. `vault_id`, when given,
    is checked in that copy too."""
    if not create:
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            raise VaultCorrupt(
                f"{path} is missing while vault.keys is present. Restore the vault from your latest backup."
            ) from None
        if size == 0:
            # SQLCipher would quietly start a new, empty database in an empty file.
            raise VaultCorrupt(corrupt_message(path, "the file is empty"))
        with path.open("rb") as handle:
            if handle.read(len(PLAIN_SQLITE_HEADER)) == PLAIN_SQLITE_HEADER:
                raise VaultCorrupt(corrupt_message(path, "it is an unencrypted SQLite file"))
        _remove_stale_trials(path.parent)
        if _size(_wal_of(path)):
            _trial_open(path, data_key, vault_id)
    else:
        # Owner-only from the first byte; SQLite gives -wal and -shm the same mode.
        create_private(path)
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{bytes(data_key).hex()}'\"")
        # The first read checks the key against page 1 (its HMAC); a wrong key or damaged header fails here.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for name, value, _expected in PRAGMAS:
            conn.execute(f"PRAGMA {name} = {value}").fetchall()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise VaultCorrupt(corrupt_message(path, str(exc))) from None
    return conn


# --- a WAL left beside vault.db ----------------------------------------------------------------------------
# SQLite reads a -wal it finds beside the database as part of it, whatever its origin, and the connection that
# closes last writes it back into the database ("checkpoint on close") — even when the open failed. So a stale
# WAL beside a restored vault.db would damage it for good. When the WAL is not empty, vault.db and its WAL are
# first copied into a private folder in the home and opened there; the real files are opened only when the
# copy opens with the key, holds the vault and passes quick_check. SQLite never sees the real pair otherwise.
TRIAL_PREFIX = ".open-trial-"

def _wal_of(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _size(path: Path) -> int:
    try:
        return os.lstat(path).st_size
    except FileNotFoundError:
        return 0


def _trial_open(path: Path, data_key: bytes | bytearray, vault_id: str | None) -> None:
    from vinkdesk.vault.errors import VaultError

    wal = _wal_of(path)
    try:
        trial = Path(tempfile.mkdtemp(prefix=TRIAL_PREFIX, dir=path.parent))  # 0700
    except OSError as exc:
        raise VaultError(_no_trial(path, exc)) from None
    try:
        try:
            _copy_private(path, trial / path.name)
            _copy_private(wal, trial / wal.name)
        except OSError as exc:
            raise VaultError(_no_trial(path, exc)) from None
        problem = _problem_in_copy(trial / path.name, data_key, vault_id)
    finally:
        shutil.rmtree(trial, ignore_errors=True)
    if problem:
        raise VaultCorrupt(
            f"{path} cannot be opened with the write-ahead log beside it ({wal.name}, {_size(wal)} bytes): "
            f"together they do not read ({problem}). Nothing was changed: {path.name} and {wal.name} are as "
            f"they were. If you restored {path.name} from a backup, {wal.name} and {path.name}-shm were left "
            "by the vault that was there before: move them aside and unlock again. Otherwise copy the whole "
            "folder somewhere safe and restore the vault from your latest backup (vinkdesk restore)."
        )


def _problem_in_copy(copy: Path, data_key: bytes | bytearray, vault_id: str | None) -> str:
    """What is wrong with the copied pair, or "" when it opens, holds the vault and passes quick_check."""
    conn = sqlcipher3.connect(str(copy), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{bytes(data_key).hex()}'\"")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        found = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
        if found is None or (vault_id is not None and found[0] != vault_id):
            return "it holds another vault than vault.keys names"
        lines = [str(row[0]) for row in conn.execute("PRAGMA quick_check")]
        if lines != ["ok"]:
            return "; ".join(lines[:3])
    except sqlcipher3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()
    return ""


def _copy_private(source: Path, target: Path) -> None:
    flags = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    with (
        os.fdopen(os.open(source, os.O_RDONLY | flags), "rb") as src,
        os.fdopen(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | flags, 0o600), "wb") as dst,
    ):
        shutil.copyfileobj(src, dst, 1 << 20)


def _no_trial(path: Path, exc: OSError) -> str:
    return (
        f"{path} has a write-ahead log beside it from a vault that was not closed properly, and a copy to "
        f"check them on could not be made in {path.parent} ({exc.strerror or exc}). Nothing was changed: "
        "free some space on the disk and unlock again."
    )


def _remove_stale_trials(folder: Path) -> None:
    """Trial copies a killed process left behind: encrypted, but old data (a deleted case, a rotated key's
    pages) must not linger in the home. None can be in use: the open lock keeps one vinkdesk per vault."""
    try:
        entries = [e for e in os.scandir(folder) if e.name.startswith(TRIAL_PREFIX)]
    except OSError:
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            shutil.rmtree(entry.path, ignore_errors=True)


# SQLite's primary result codes for what a user can meet and act on.
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_NOTADB = 5, 6, 10, 11, 13, 26


def vault_error(exc: Exception, path: Path) -> Exception:
    """The VaultError for what SQLCipher (or the disk) reported, or exc itself when it is none of them."""
    original: Exception = exc
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc).lower()
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return DiskFull(path.parent)
        if exc.errno == errno.EIO:
            return DiskError(path)
        return exc
    if not isinstance(exc, DatabaseError):
        return exc
    if primary == SQLITE_FULL or "database or disk is full" in text:
        return DiskFull(path.parent)
    if primary == SQLITE_IOERR or "disk i/o error" in text:
        return DiskError(path)
    if primary in (SQLITE_BUSY, SQLITE_LOCKED) or "database is locked" in text or "is busy" in text:
        return VaultBusy(path)
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB) or any(
        word in text for word in ("malformed", "not a database", "corrupt")
    ):
        return VaultCorrupt(corrupt_message(path, str(exc)))
    return original


@contextmanager
def translate_errors(path: Path) -> Iterator[None]:
    """Turn SQLCipher's reports (a damaged page, a full disk, an I/O error, a lock held elsewhere) and the
    disk's into VaultErrors naming the file and saying what to do."""
    try:
        yield
    except (sqlcipher3.DatabaseError, OSError) as exc:
        translated = vault_error(exc, path)
        if translated is exc:
            raise
        raise translated from None
