"""Backups: one file holding a consistent copy of the encrypted database and vault.keys, and its restore."""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from vinkdesk.vault import audit, key_history
from vinkdesk.vault.database import PLAIN_SQLITE_HEADER, DatabaseError
from vinkdesk.vault.errors import BackupError
from vinkdesk.vault.files import (
    Forbidden,
    StagedOutput,
    check_output,
    create_private,
    fsync_folder,
    open_regular,
    replace_file,
    write_atomically,
)
from vinkdesk.vault.home import DB_NAME, KEYS_NAME, Home
from vinkdesk.vault.key_history import RestoredBeforeRotation
from vinkdesk.vault.keys import KEYS_MAX_BYTES, parse_keys
from vinkdesk.vault.locks import OpenLock

log = logging.getLogger(__name__)

BACKUP_FORMAT = "vinkdesk.backup/1"
MANIFEST = "manifest.json"
# What a restore reads at most: the backup file, and vault.db inside it (its uncompressed size as declared and
# as read). The 10,000-case demo vault is about 180 MB, so 4 GiB leaves room for many years of notes while a
# device (/dev/zero), a FIFO or a forged size can neither fill the memory nor the disk.
MAX_BACKUP_BYTES = 4 * 1024**3
MAX_DB_BYTES = 4 * 1024**3
MAX_MANIFEST_BYTES = 1024 * 1024
# zipfile reads a backup's central directory in one read of the size the file states: a real one is a few
# hundred bytes, so one read of more than this is a forged file trying to take the memory.
MAX_READ_BYTES = 64 * 1024 * 1024
# Left beside vault.db by a vault that was not closed properly: SQLite would read them into a restored file.
LEFTOVERS = (f"{DB_NAME}-wal", f"{DB_NAME}-shm", f"{DB_NAME}-journal")


def write_backup(
    conn: Any,
    keys_bytes: bytes,
    vault_id: str,
    out: Path,
    prepare: Callable[[Any, str], None] | None = None,
    *,
    forbidden: Forbidden = None,
) -> Path:
    """Copy the open database (VACUUM INTO keeps it encrypted under the same key) and the keys into out, a
    zip only its owner can read; refused (OutputRefused) where `forbidden` says no output may go (the
    vault's home) or onto anything but a regular file. `prepare(conn, schema)` may change the copy first
    (attached as `schema`, under the same key): what must never travel in a backup is taken out of it there.
    The manifest records the vault and its data key (so a restore can tell that the key was replaced since)
    and the audit chain's head, for `verify --anchor`. Ends with the WAL written back."""
    target = check_output(out, forbidden=forbidden)  # before anything is written anywhere
    key_id = parse_keys(keys_bytes, Path(KEYS_NAME)).key_id
    head_row, head_hash = audit.head(conn)
    (count,) = conn.execute("SELECT count(*) FROM audit").fetchone()
    try:
        # The copy is made in a private folder (0700) beside the backup and removed whatever happens.
        work = Path(tempfile.mkdtemp(prefix=".vinkdesk-backup-", dir=target.parent))
    except OSError as exc:
        raise BackupError(f"The backup could not be written to {out} ({exc.strerror or exc}).") from None
    db_copy = work / DB_NAME
    try:
        # VACUUM INTO fills an existing empty file and keeps its mode: owner-only from the first byte.
        create_private(db_copy)
        # A consistent snapshot even while the vault is in use: one read transaction, pages stay encrypted.
        conn.execute("VACUUM INTO ?", (str(db_copy),))
        if prepare is not None:
            _prepare_copy(conn, db_copy, prepare)
        manifest = {
            "format": BACKUP_FORMAT,
            "vault_id": vault_id,
            "key_id": key_id,
            "files": {DB_NAME: _sha256_file(db_copy), KEYS_NAME: hashlib.sha256(keys_bytes).hexdigest()},
            "audit_head": {"row": int(head_row), "hash": str(head_hash), "count": int(count)},
        }
        with StagedOutput(target, forbidden=forbidden) as staged:
            with zipfile.ZipFile(staged.file, "w", compression=zipfile.ZIP_STORED) as archive:
                archive.writestr(MANIFEST, json.dumps(manifest, indent=2))
                archive.writestr(KEYS_NAME, keys_bytes)
                archive.write(db_copy, DB_NAME)
            written = staged.publish()
    except OSError as exc:
        raise BackupError(f"The backup could not be written to {out} ({exc.strerror or exc}).") from None
    finally:
        shutil.rmtree(work, ignore_errors=True)
    checkpoint(conn)
    return written


def checkpoint(conn: Any) -> None:
    """Write the WAL back into vault.db and empty it, so that the files at rest are the whole vault. A reader
    elsewhere may keep part of it for now (SQLite then writes it back later); that is no error."""
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    except DatabaseError as exc:
        log.warning("the write-ahead log could not be written back now (%s)", exc)


def restore_backup(source: Path, home: Home) -> RestoredBeforeRotation | None:
    """Put a backup's files into an empty home. Refuses to touch an existing vault, a home that still holds a
    WAL or shared-memory file, a home where vinkdesk is open, and any source but a regular file of at most
    MAX_BACKUP_BYTES.

    Returns what the home's key history (.vault.key-history, left in the home when the old vault.db and
    vault.keys were moved aside) says when the backup's data key was replaced later: which rotations the
    restored copy missed and which removed slots open it again. None when the history does not know the key
    as replaced (a backup of the current key, or a home that never saw this vault rotated)."""
    home.ensure_writable()
    open_lock = OpenLock.acquire(home.folder)  # a vinkdesk at work in this folder: refused at once
    try:
        return _restore(source, home)
    finally:
        open_lock.release()


def _restore(source: Path, home: Home) -> RestoredBeforeRotation | None:
    _refuse_occupied(home)
    try:
        handle = open_regular(source, MAX_BACKUP_BYTES)
    except FileNotFoundError:
        raise BackupError(f"There is no backup file at {source}.") from None
    except OSError as exc:
        if exc.errno == errno.EFBIG:
            raise BackupError(
                f"{source} is larger than any backup vinkdesk reads ({MAX_BACKUP_BYTES // 1024**3} GiB); "
                "nothing was restored."
            ) from None
        raise BackupError(
            f"{source} is not a plain file (a folder, link, FIFO or device is in its place); give the backup "
            "file itself. Nothing was restored."
        ) from None
    with handle:
        try:
            archive = zipfile.ZipFile(_BoundedReads(handle, MAX_READ_BYTES))
        except (zipfile.BadZipFile, OSError, ValueError):
            raise BackupError(
                f"{source} is not a vinkdesk backup (damaged or another kind of file)."
            ) from None
        with archive:
            return _restore_from(archive, source, home)


def _restore_from(archive: zipfile.ZipFile, source: Path, home: Home) -> RestoredBeforeRotation | None:
    try:
        manifest = json.loads(_read_member(archive, MANIFEST, MAX_MANIFEST_BYTES, source))
        files = manifest["files"]
        if manifest.get("format") != BACKUP_FORMAT:
            raise BackupError(f"{source} is a backup of an unknown format {manifest.get('format')!r}.")
        keys_bytes = _read_member(archive, KEYS_NAME, KEYS_MAX_BYTES, source)
        db_info = archive.getinfo(DB_NAME)
    except (KeyError, ValueError, TypeError, AttributeError, zipfile.BadZipFile):
        raise BackupError(
            f"{source} is not a complete vinkdesk backup (its manifest or keys are missing)."
        ) from None
    if hashlib.sha256(keys_bytes).hexdigest() != files.get(KEYS_NAME):
        raise BackupError(f"{source}: vault.keys in the backup is damaged (checksum differs).")
    if db_info.file_size > MAX_DB_BYTES:
        raise BackupError(
            f"{source}: vault.db in the backup says it is {db_info.file_size} bytes, more than any vault "
            f"vinkdesk restores ({MAX_DB_BYTES // 1024**3} GiB); nothing was restored."
        )
    keys = parse_keys(keys_bytes, source / KEYS_NAME)
    for field, value in (("vault_id", keys.vault_id), ("key_id", keys.key_id)):
        if field in manifest and manifest[field] != value:  # key_id: only in backups made since it was added
            raise BackupError(
                f"{source}: its manifest and its vault.keys name different {field}s (damaged or put together "
                "from two backups); nothing was restored."
            )
    home.ensure_writable()
    _refuse_occupied(home)  # again: nothing may have appeared while the backup was read
    db_tmp = home.folder / f".{DB_NAME}.restore.tmp"
    db_tmp.unlink(missing_ok=True)
    try:
        digest = hashlib.sha256()
        fd = os.open(db_tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        with archive.open(db_info) as src, os.fdopen(fd, "wb") as dst:
            head = src.read(len(PLAIN_SQLITE_HEADER))
            if head == PLAIN_SQLITE_HEADER:
                raise BackupError(f"{source}: the database in the backup is not encrypted; refused.")
            digest.update(head)
            dst.write(head)
            written = len(head)
            for chunk in iter(lambda: src.read(1 << 20), b""):
                written += len(chunk)
                if written > MAX_DB_BYTES:
                    raise BackupError(f"{source}: vault.db in the backup is larger than it says; refused.")
                digest.update(chunk)
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        if digest.hexdigest() != files.get(DB_NAME):
            raise BackupError(f"{source}: vault.db in the backup is damaged (checksum differs).")
        replace_file(db_tmp, home.db_path)
        fsync_folder(home.folder)
    except (KeyError, zipfile.BadZipFile) as exc:
        raise BackupError(
            f"{source}: vault.db in the backup is damaged ({exc}); nothing was restored."
        ) from None
    except OSError as exc:
        raise BackupError(
            f"The database could not be written to {home.folder} ({exc.strerror or exc})."
        ) from None
    finally:
        db_tmp.unlink(missing_ok=True)
    write_atomically(home.keys_path, keys_bytes)
    return key_history.missed(home.folder, keys.vault_id, keys.key_id, keys.slots)


class _BoundedReads:
    """The backup file as zipfile sees it, where no single read takes more than `limit` bytes."""

    def __init__(self, handle: BinaryIO, limit: int) -> None:
        self._handle = handle
        self._limit = limit

    def read(self, size: int | None = -1) -> bytes:
        if size is None or size < 0:
            here = self._handle.tell()
            size = self._handle.seek(0, os.SEEK_END) - here
            self._handle.seek(here)
        if size > self._limit:
            raise OSError(errno.EFBIG, "a part of the backup is larger than any backup holds")
        return self._handle.read(size)

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        return self._handle.seek(offset, whence)

    def tell(self) -> int:
        return self._handle.tell()

    def seekable(self) -> bool:
        return True

    def close(self) -> None:
        pass  # the handle is closed by whoever opened it


def _refuse_occupied(home: Home) -> None:
    folder = home.folder
    if any(os.path.lexists(folder / name) for name in (DB_NAME, KEYS_NAME)):
        raise BackupError(
            f"There is already a vault in {folder}. Nothing was changed: restore into an empty folder "
            "(--home), or move the existing vault.db and vault.keys away first (with vault.db-wal and "
            "vault.db-shm if they are there; leave the other files, such as .vault.key-history, which tells "
            "the restore whether the backup is older than a change of the vault's key)."
        )
    left = [name for name in LEFTOVERS if os.path.lexists(folder / name)]
    if left:
        names = " and ".join(left)
        raise BackupError(
            f"{folder} still holds {names}, left by the vault that was there (it was not closed "
            f"properly): SQLite would read {'them' if len(left) > 1 else 'it'} into the restored vault.db "
            f"and damage it. Nothing was changed: move {names} aside too, to where you put vault.db and "
            "vault.keys, then restore again."
        )


def _read_member(archive: zipfile.ZipFile, name: str, limit: int, source: Path) -> bytes:
    info = archive.getinfo(name)
    if info.file_size > limit:
        raise BackupError(f"{source}: {name} in the backup is larger than such a file can be; refused.")
    with archive.open(info) as member:
        data = member.read(limit + 1)
    if len(data) > limit:
        raise BackupError(f"{source}: {name} in the backup is larger than such a file can be; refused.")
    return data


def _prepare_copy(conn: Any, db_copy: Path, prepare: Callable[[Any, str], None]) -> None:
    # ATTACH without KEY opens the copy with the main database's key (SQLCipher); it stays encrypted.
    conn.execute("ATTACH DATABASE ? AS backup_copy", (str(db_copy),))
    try:
        conn.execute("PRAGMA backup_copy.journal_mode = DELETE").fetchall()
        conn.execute("PRAGMA backup_copy.secure_delete = ON").fetchall()
        conn.execute("BEGIN IMMEDIATE")
        try:
            prepare(conn, "backup_copy")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    finally:
        conn.execute("DETACH DATABASE backup_copy")


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
