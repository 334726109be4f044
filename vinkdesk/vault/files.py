"""Safe file writes for the vault's folder: atomic replacement, and the check for network file systems."""

from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# File systems on which SQLite's WAL (shared memory between processes) is not safe.
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "afs",
        "9p",
        "ncpfs",
        "coda",
        "ceph",
        "glusterfs",
        "fuse.sshfs",
        "sshfs",
        "davfs",
        "fuse.davfs2",
        "fuse.rclone",
        "lustre",
        "gpfs",
        "virtiofs",
    }
)


def write_atomically(path: Path, data: bytes) -> None:
    """Write data to path so that a crash leaves either the old file or the new one, never a mix."""
    folder = path.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, 0o600)
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    fsync_folder(folder)


def read_regular(path: Path, limit: int) -> bytes:
    """A regular file's bytes, at most `limit`: a FIFO, a device, a folder or a link in its place raises
    OSError at once (never blocks, never follows), and so does a file larger than limit."""
    info = os.lstat(path)
    if not stat.S_ISREG(info.st_mode):
        raise OSError(errno.EINVAL, "not a regular file (a folder, link, FIFO or device is in its place)")
    if info.st_size > limit:
        raise OSError(errno.EFBIG, f"larger than such a file can be ({info.st_size} bytes)")
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags | getattr(os, "O_BINARY", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        with os.fdopen(os.dup(fd), "rb") as handle:
            data = handle.read(limit + 1)
    finally:
        os.close(fd)
    if len(data) > limit:
        raise OSError(errno.EFBIG, "larger than such a file can be")
    return data


@contextmanager
def exclusive_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on the file `path` (made if missing) while the block runs: two processes that
    change the same file take turns, each starting from a fresh read. A folder, FIFO or link in the lock's
    place raises OSError at once."""
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags, 0o600)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, f"{path} is not a plain file")
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock on every platform


def fsync_folder(folder: Path) -> None:
    """Make a rename in folder durable (POSIX); a no-op where folders cannot be opened (Windows)."""
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def filesystem_type(path: Path, mountinfo: str | None = None) -> str | None:
    """The type of the file system holding path on Linux (from /proc/self/mountinfo), else None."""
    if mountinfo is None:
        try:
            mountinfo = Path("/proc/self/mountinfo").read_text(encoding="utf-8")
        except OSError:
            return None
    target = os.path.realpath(path)
    best: tuple[int, str] | None = None
    for line in mountinfo.splitlines():
        # id parent major:minor root mount-point options [optional...] - fstype source super-options
        left, sep, right = line.partition(" - ")
        if not sep:
            continue
        fields = left.split()
        if len(fields) < 5:
            continue
        mount_point = fields[4].replace("\\040", " ")
        fstype = right.split()[0] if right.split() else ""
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and (best is None or len(mount_point) >= best[0]):
            best = (len(mount_point), fstype)
    return best[1] if best else None


def is_network_path(path: Path, mountinfo: str | None = None) -> bool:
    """True when path is on a network share (UNC path on Windows, a network file system on Linux)."""
    text = str(path)
    if text.startswith("\\\\") or text.startswith("//"):
        return True
    fstype = filesystem_type(path, mountinfo)
    return fstype is not None and fstype.lower() in NETWORK_FILESYSTEMS
