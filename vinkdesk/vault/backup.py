"""Backups: one file holding a consistent copy of the encrypted database and vault.keys, and its restore."""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from vinkdesk.vault.database import PLAIN_SQLITE_HEADER
from vinkdesk.vault.errors import BackupError
from vinkdesk.vault.files import fsync_folder, write_atomically
from vinkdesk.vault.home import DB_NAME, KEYS_NAME, Home
from vinkdesk.vault.keys import parse_keys

BACKUP_FORMAT = "vinkdesk.backup/1"
MANIFEST = "manifest.json"


def write_backup(
    conn: Any,
    keys_bytes: bytes,
    vault_id: str,
    out: Path,
    prepare: Callable[[Any, str], None] | None = None,
) -> None:
    """Copy the open database (VACUUM INTO keeps it encrypted under the same key) and the keys into out.
    `prepare(conn, schema)` may change the copy first (attached as `schema`, under the same key): what must
    never travel in a backup is taken out of it there."""
    out = out.absolute()
    if not out.parent.is_dir():
        raise BackupError(f"The folder {out.parent} does not exist; choose where to save the backup.")
    db_copy = out.with_name(f".{out.name}.db.tmp")
    zip_tmp = out.with_name(f".{out.name}.tmp")
    db_copy.unlink(missing_ok=True)
    try:
        # A consistent snapshot even while the vault is in use: one read transaction, pages stay encrypted.
        conn.execute("VACUUM INTO ?", (str(db_copy),))
        if prepare is not None:
            _prepare_copy(conn, db_copy, prepare)
        manifest = {
            "format": BACKUP_FORMAT,
            "vault_id": vault_id,
            "files": {DB_NAME: _sha256_file(db_copy), KEYS_NAME: hashlib.sha256(keys_bytes).hexdigest()},
        }
        with zipfile.ZipFile(zip_tmp, "w", compression=zipfile.ZIP_STORED) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest, indent=2))
            archive.writestr(KEYS_NAME, keys_bytes)
            archive.write(db_copy, DB_NAME)
        with zip_tmp.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(zip_tmp, out)
        fsync_folder(out.parent)
    except OSError as exc:
        raise BackupError(f"The backup could not be written to {out} ({exc.strerror or exc}).") from None
    finally:
        db_copy.unlink(missing_ok=True)
        zip_tmp.unlink(missing_ok=True)


def restore_backup(source: Path, home: Home) -> None:
    """Put a backup's files into an empty home. Refuses to touch an existing vault."""
    if home.has_vault():
        raise BackupError(
            f"There is already a vault in {home.folder}. Nothing was changed: restore into an empty folder "
            "(--home), or move the existing vault.db and vault.keys away first."
        )
    try:
        archive = zipfile.ZipFile(source)
    except FileNotFoundError:
        raise BackupError(f"There is no backup file at {source}.") from None
    except (zipfile.BadZipFile, OSError):
        raise BackupError(f"{source} is not a vinkdesk backup (damaged or another kind of file).") from None
    with archive:
        try:
            manifest = json.loads(archive.read(MANIFEST))
            files = manifest["files"]
            if manifest.get("format") != BACKUP_FORMAT:
                raise BackupError(f"{source} is a backup of an unknown format {manifest.get('format')!r}.")
            keys_bytes = archive.read(KEYS_NAME)
        except (KeyError, ValueError, TypeError, zipfile.BadZipFile):
            raise BackupError(
                f"{source} is not a complete vinkdesk backup (its manifest or keys are missing)."
            ) from None
        if hashlib.sha256(keys_bytes).hexdigest() != files.get(KEYS_NAME):
            raise BackupError(f"{source}: vault.keys in the backup is damaged (checksum differs).")
        parse_keys(keys_bytes, source / KEYS_NAME)
        home.ensure_writable()
        db_tmp = home.folder / f".{DB_NAME}.restore.tmp"
        try:
            digest = hashlib.sha256()
            with archive.open(DB_NAME) as src, db_tmp.open("wb") as dst:
                head = src.read(len(PLAIN_SQLITE_HEADER))
                if head == PLAIN_SQLITE_HEADER:
                    raise BackupError(f"{source}: the database in the backup is not encrypted; refused.")
                digest.update(head)
                dst.write(head)
                for chunk in iter(lambda: src.read(1 << 20), b""):
                    digest.update(chunk)
                    dst.write(chunk)
                dst.flush()
                os.fsync(dst.fileno())
            if digest.hexdigest() != files.get(DB_NAME):
                raise BackupError(f"{source}: vault.db in the backup is damaged (checksum differs).")
            os.chmod(db_tmp, 0o600)
            os.replace(db_tmp, home.db_path)
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
