"""Opening vault.db with SQLCipher: the raw data key, the pragmas in force, and clean errors for bad files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3

from vinkdesk.vault.errors import VaultCorrupt

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


@contextmanager
def translate_errors(path: Path) -> Iterator[None]:
    """Turn SQLCipher's reports of a damaged page into VaultCorrupt naming the file."""
    try:
        yield
    except sqlcipher3.DatabaseError as exc:
        text = str(exc).lower()
        if "malformed" in text or "not a database" in text or "corrupt" in text:
            raise VaultCorrupt(corrupt_message(path, str(exc))) from None
        raise
