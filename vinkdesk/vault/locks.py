"""The two locks of a vault's home, both files beside vault.db:

- `.vault.lock` is held (without waiting) for as long as a vault is open: a second vinkdesk on the same
  vault is told at once that it is already open, instead of waiting on SQLite's busy timeout and failing.
  Within one process the lock is shared (counted), so a program may hold more than one Session on a vault.
- `.vault.keys.lock` is taken (waiting) around every change of vault.keys: each change re-reads the file under
  the lock, so two changes, in two threads or two processes, never overwrite each other.

Both files are empty and stay in the folder; the operating system drops a lock when its process dies.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from vinkdesk.vault.errors import AlreadyOpen, HomeNotWritable
from vinkdesk.vault.files import exclusive_lock

OPEN_LOCK_NAME = ".vault.lock"
KEYS_LOCK_NAME = ".vault.keys.lock"

_held: dict[str, list[int]] = {}  # real path of an open lock -> [fd, count] in this process
_held_guard = threading.Lock()


class OpenLock:
    """Proof that this process has the vault in `folder` open; release() once per acquire()."""

    def __init__(self, key: str) -> None:
        self._key: str | None = key

    @classmethod
    def acquire(cls, folder: Path) -> OpenLock:
        path = folder / OPEN_LOCK_NAME
        key = os.path.realpath(path)
        with _held_guard:
            if key in _held:
                _held[key][1] += 1
                return cls(key)
            flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
            try:
                fd = os.open(path, flags, 0o600)
            except OSError as exc:
                raise HomeNotWritable(
                    f"Cannot make the lock file {path} ({exc.strerror or exc}). Choose a folder you can "
                    "write to with --home or VINKDESK_HOME."
                ) from None
            try:
                if not stat.S_ISREG(os.fstat(fd).st_mode):
                    raise HomeNotWritable(f"{path} is not a plain file; remove it and try again.")
                _try_lock(fd, folder)
            except BaseException:
                os.close(fd)
                raise
            _held[key] = [fd, 1]
            return cls(key)

    def release(self) -> None:
        """Safe to call twice."""
        key, self._key = self._key, None
        if key is None:
            return
        with _held_guard:
            entry = _held.get(key)
            if entry is None:
                return
            entry[1] -= 1
            if entry[1] == 0:
                del _held[key]
                os.close(entry[0])  # closing drops the lock on every platform


def _try_lock(fd: int, folder: Path) -> None:
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES, errno.EDEADLK):
            raise AlreadyOpen(folder) from None
        raise


@contextmanager
def keys_lock(folder: Path) -> Iterator[None]:
    """Hold the keys lock while the block reads, changes and writes vault.keys."""
    with exclusive_lock(folder / KEYS_LOCK_NAME):
        yield
