"""Opening vault.db with SQLCipher: the raw data key, the pragmas in force, and clean errors for bad files."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3

from vinkdesk.vault.errors import DiskError, DiskFull, VaultBusy, VaultCorrupt

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


def connect(path: Path, data_key: bytes | bytearray, *, create: bool = False) -> Any:
    """An open connection with the key applied and the pragmas in force; VaultCorrupt if the file won't
    read."""
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
    else:
        # Owner-only from the first byte; SQLite gives -wal and -shm the same mode.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
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
