"""An outsider's reader of vault.db's pages and its WAL's frames with the raw data key, written from SQLCipher
4's documented page format alone (AES-256-CBC, 4096-byte pages, 80 reserved bytes at each page's end: a
16-byte IV, then the HMAC; page 1 begins with the 16-byte salt, and a raw key is used as the AES key as it
is). It imports nothing from vinkdesk: it finds text wherever it lies, in live, free or stale pages alike."""

from __future__ import annotations

import struct
from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80  # IV (16) + HMAC-SHA512 (64)
SALT = 16
WAL_HEADER = 32
FRAME_HEADER = 24


def decrypt_page(page: bytes, number: int, key: bytes) -> bytes:
    """One page's plaintext (without the salt on page 1 and without the reserved bytes)."""
    start = SALT if number == 1 else 0
    body = page[start : PAGE - RESERVE]
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def db_pages(path: Path, key: bytes) -> Iterator[bytes]:
    data = path.read_bytes() if path.exists() else b""
    for index in range(len(data) // PAGE):
        yield decrypt_page(data[index * PAGE : (index + 1) * PAGE], index + 1, key)


def wal_frames(path: Path, key: bytes) -> Iterator[bytes]:
    """Every frame in the WAL file, valid or stale: whatever bytes it holds."""
    data = path.read_bytes() if path.exists() else b""
    if len(data) < WAL_HEADER:
        return
    page_size = struct.unpack(">I", data[8:12])[0] or PAGE
    assert page_size == PAGE, f"unexpected page size {page_size}"
    at = WAL_HEADER
    while at + FRAME_HEADER + PAGE <= len(data):
        number = struct.unpack(">I", data[at : at + 4])[0]
        page = data[at + FRAME_HEADER : at + FRAME_HEADER + PAGE]
        if number:
            yield decrypt_page(page, number, key)
        at += FRAME_HEADER + PAGE


def plaintext(folder: Path, key: bytes, name: str = "vault.db") -> bytes:
    """Every decrypted page of the database and every decrypted frame of its WAL, one after the other, and
    every file of the folder as it is on disk."""
    db = folder / name
    parts = [*db_pages(db, key), *wal_frames(db.with_name(name + "-wal"), key)]
    parts += [p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()]
    return b"".join(parts)


def words_found(folder: Path, key: bytes, words: list[str]) -> list[str]:
    """Which of the words occur anywhere (UTF-8, or UTF-16 in either order, any case of ASCII letters)."""
    data = plaintext(folder, key).lower()
    found = []
    for word in words:
        lowered = word.lower()
        if any(
            form in data
            for form in (lowered.encode(), lowered.encode("utf-16-le"), lowered.encode("utf-16-be"))
        ):
            found.append(word)
    return found
