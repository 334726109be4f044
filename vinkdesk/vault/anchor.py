"""What `vinkdesk verify --anchor FILE` compares the audit trail with: a backup's record of the chain's
head (the manifest's `audit_head`: the last row's number and hash and how many rows there were), or the
coordinator's witness file (the heads a laptop showed it; see sync/witness.py). A copy kept elsewhere is what
a key holder cannot quietly rewrite along with the vault."""

from __future__ import annotations

import json
import os
import re
import stat
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

MANIFEST = "manifest.json"  # as in backup.py
MANIFEST_MAX_BYTES = 1 << 20
WITNESS_MAX_BYTES = 16 * 1024 * 1024  # as in sync/witness.py: read no more than a witness may be
MAX_ROW = 10**12
_DIGEST = re.compile(r"[0-9a-f]{64}")
_ZIP_MAGIC = b"PK\x03\x04"


class AnchorError(ValueError):
    """The anchor file cannot be used; the message names it and says why."""


@dataclass(frozen=True)
class BackupHead:
    vault_id: str
    row: int
    hash: str
    count: int
    made_on: date | None  # the day the backup was written (its manifest's time stamp), if it can be read


def read_anchor(path: Path) -> BackupHead | bytes:
    """A backup's recorded head, or else the bytes of the file (a witness file, for sync.witness to parse).
    Only a regular file is read, and no more of it than an anchor may need."""
    try:
        with path.open("rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise AnchorError(f"{path} is not a regular file; give a backup or a witness file.")
            start = handle.read(len(_ZIP_MAGIC))
            if start != _ZIP_MAGIC:
                rest = handle.read(WITNESS_MAX_BYTES + 1 - len(start))
                return start + rest
    except OSError as exc:
        raise AnchorError(f"{path} cannot be read ({exc.strerror or exc}).") from None
    return _backup_head(path)


def _backup_head(path: Path) -> BackupHead:
    def fail(problem: str) -> AnchorError:
        return AnchorError(f"{path}: {problem}; it cannot anchor the audit trail.")

    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(MANIFEST)
            if info.file_size > MANIFEST_MAX_BYTES:
                raise fail("its manifest is too large")
            manifest: Any = json.loads(archive.read(info).decode("utf-8"))
    except KeyError:
        raise fail("it is a ZIP file without a vinkdesk manifest") from None
    except (zipfile.BadZipFile, UnicodeDecodeError, ValueError, RecursionError):
        raise fail("it is not a readable vinkdesk backup") from None
    except OSError as exc:
        raise AnchorError(f"{path} cannot be read ({exc.strerror or exc}).") from None
    if not isinstance(manifest, dict):
        raise fail("it is not a readable vinkdesk backup")
    head = manifest.get("audit_head")
    if head is None:
        raise fail("the backup was made by a vinkdesk that did not yet record the audit trail's head")
    if not isinstance(head, dict):
        raise fail("its audit_head is not a row number, a SHA-256 digest and a count")
    row, digest, count = head.get("row"), head.get("hash"), head.get("count")
    if (
        not isinstance(row, int)
        or not isinstance(count, int)
        or not _whole(row)
        or not _whole(count)
        or count > row
        or not isinstance(digest, str)
        or not _DIGEST.fullmatch(digest)
    ):
        raise fail("its audit_head is not a row number, a SHA-256 digest and a count")
    try:
        made_on: date | None = date(*info.date_time[:3])
    except ValueError:
        made_on = None
    return BackupHead(str(manifest.get("vault_id", "")), row, digest, count, made_on)


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_ROW
