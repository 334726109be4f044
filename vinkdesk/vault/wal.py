"""Reading a write-ahead log left at rest without opening it: how many saved transactions it holds, and
whether a damaged frame would make SQLite drop the later ones without a word when the vault is next opened.

SQLite's WAL format (sqlite.org/fileformat2.html#walformat): a 32-byte header (magic, version, page size,
checkpoint sequence, two salts, a checksum of the first 24 bytes), then frames of a 24-byte header (page
number, the database size after a commit or 0, the two salts, a checksum) and one page. Each frame's checksum
continues the one before it over the frame header's first 8 bytes and the page, so a frame can be checked
against the stored checksum of the frame before it. SQLCipher writes the pages encrypted; the checksums are
over what is on disk, so no key is needed. When a vault is opened, SQLite keeps the frames up to the first one
that does not check (or carries other salts: left from before the log was restarted) and, of those, up to the
last commit; the rest is dropped.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from vinkdesk.vault.home import Home

HEADER_BYTES = 32
FRAME_HEADER_BYTES = 24
_MAGIC_LITTLE = 0x377F0682  # checksums over little-endian words
_MAGIC_BIG = 0x377F0683  # over big-endian words
_MASK = 0xFFFFFFFF


@dataclass(frozen=True)
class WalState:
    """What a log at rest holds. `kept` commits would be written back at the next open; `lost` commits come
    after a damaged frame (or the whole log when its header is damaged) and would be dropped."""

    size: int
    header_ok: bool
    kept: int  # saved transactions SQLite will recover
    lost: int  # saved transactions after the damage, which SQLite will drop
    damaged_at: int | None  # the byte offset of the first damaged frame (0: the header), None if intact
    unfinished: bool  # frames after the last commit: a transaction cut off before it was saved

    @property
    def damaged(self) -> bool:
        return self.damaged_at is not None and self.lost > 0


def inspect_wal(path: Path) -> WalState:
    """Read the log at `path` frame by frame (it is never opened by SQLite here)."""
    size = os.lstat(path).st_size
    with open(path, "rb") as handle:
        header = handle.read(HEADER_BYTES)
        if len(header) < HEADER_BYTES:
            return WalState(size, False, 0, 0, 0 if header else None, False)
        magic, _version, page_size, _seq, salt1, salt2, check1, check2 = struct.unpack(">8I", header)
        if magic not in (_MAGIC_LITTLE, _MAGIC_BIG) or not _valid_page_size(page_size):
            return WalState(size, False, 0, _count_commits(handle, 0, 0, 0), 0, False)
        words = "<" if magic == _MAGIC_LITTLE else ">"
        if _checksum(words, header[:24], 0, 0) != (check1, check2):
            lost = _count_commits(handle, page_size, salt1, salt2)
            return WalState(size, False, 0, lost, 0, False)
        return _walk(handle, words, page_size, (salt1, salt2), (check1, check2), size)


def _walk(
    handle: BinaryIO, words: str, page_size: int, salts: tuple[int, int], start: tuple[int, int], size: int
) -> WalState:
    frame_bytes = FRAME_HEADER_BYTES + page_size
    offset = HEADER_BYTES
    previous = start
    reached = True  # every frame so far is valid: SQLite gets as far as this one
    kept = lost = 0
    after_commit = 0  # frames of this log after the last commit it keeps
    damaged_at: int | None = None
    while frame := handle.read(frame_bytes):
        page_no, commit_size, salt1, salt2, check1, check2 = struct.unpack(
            ">6I", frame[:FRAME_HEADER_BYTES].ljust(FRAME_HEADER_BYTES, b"\0")
        )
        current = (salt1, salt2) == salts  # else left from before the log was restarted
        whole = len(frame) == frame_bytes and page_no != 0
        body = frame[:8] + frame[FRAME_HEADER_BYTES:]
        valid = whole and current and _checksum(words, body, *previous) == (check1, check2)
        if reached and not valid:
            reached, damaged_at = False, offset
        if reached:
            kept += bool(commit_size)
            after_commit = 0 if commit_size else after_commit + 1
        elif current:
            if whole and commit_size:
                lost += 1  # a saved transaction beyond the damage: SQLite stops before it
            else:
                after_commit += 1
        previous = (check1, check2)
        offset += len(frame)
    return WalState(size, True, kept, lost, damaged_at if lost else None, after_commit > 0 and not lost)


def _count_commits(handle: BinaryIO, page_size: int, salt1: int, salt2: int) -> int:
    """Commit frames after a damaged header: all of them are dropped with it."""
    if not _valid_page_size(page_size):
        return 0
    count = 0
    while len(frame := handle.read(FRAME_HEADER_BYTES + page_size)) == FRAME_HEADER_BYTES + page_size:
        _page, commit_size, s1, s2 = struct.unpack(">4I", frame[:16])
        count += bool(commit_size) and (s1, s2) == (salt1, salt2)
    return count


def _valid_page_size(size: int) -> bool:
    return 512 <= size <= 65536 and size & (size - 1) == 0


def _checksum(words: str, data: bytes, s0: int, s1: int) -> tuple[int, int]:
    values = struct.unpack(f"{words}{len(data) // 4}I", data)
    for i in range(0, len(values), 2):
        s0 = (s0 + values[i] + s1) & _MASK
        s1 = (s1 + values[i + 1] + s0) & _MASK
    return s0, s1


def log_at_rest(home: Home) -> tuple[Path, WalState] | None:
    """The vault's write-ahead log left at rest (by a kill, a crash, lost power) and what it holds, before the
    vault is opened (opening writes it back); None when the vault has no database or its log is empty or
    gone. Raises AlreadyOpen at once when another vinkdesk has the vault open: then the log is the log of a
    vault at work, not a leftover."""
    from vinkdesk.vault.locks import OpenLock

    wal = home.db_path.with_name(home.db_path.name + "-wal")
    if not home.db_path.exists():
        return None
    OpenLock.acquire(home.folder).release()
    try:
        if os.lstat(wal).st_size == 0:
            return None
        return wal, inspect_wal(wal)
    except FileNotFoundError:
        return None
