"""Safe file handling for the vault: atomic replacement (retried while Windows reports the file in use),
reading only regular files, writing the user's outputs (PDFs, backups, reports) where they cannot hurt a
vault, and the check for network file systems (a Linux mount, a Windows UNC path or mapped network drive)."""

from __future__ import annotations

import errno
import os
import secrets
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path, PureWindowsPath
from types import TracebackType
from typing import BinaryIO, Protocol

from vinkdesk.vault.errors import VaultError

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


# Windows refuses to replace or rename a file another process holds open without FILE_SHARE_DELETE: a virus
# scanner or the search indexer looking at the file just written, typically for a few milliseconds, rarely
# for a second. ERROR_ACCESS_DENIED (5), ERROR_SHARING_VIOLATION (32), ERROR_LOCK_VIOLATION (33); Python
# raises all three as PermissionError. Retried with a growing pause, about 2 s in all, then the error stands.
ON_WINDOWS = sys.platform == "win32"
WINDOWS_IN_USE = frozenset({5, 32, 33})
REPLACE_PAUSES = (0.01, 0.02, 0.04, 0.08, 0.15, 0.25, 0.35, 0.5, 0.6)  # 2.0 s in all


def replace_file(
    source: str | os.PathLike[str],
    target: str | os.PathLike[str],
    *,
    replace: Callable[[str | os.PathLike[str], str | os.PathLike[str]], None] | None = None,
    windows: bool | None = None,
    sleep: Callable[[float], object] | None = None,
) -> None:
    """`replace(source, target)` (os.replace, or os.rename where an existing target must not be replaced),
    retried on Windows while another program holds one of the files briefly; the last error is raised with a
    sentence saying so. Elsewhere one attempt, exactly as before: POSIX replaces a file that is open."""
    replace = os.replace if replace is None else replace
    windows = ON_WINDOWS if windows is None else windows
    sleep = time.sleep if sleep is None else sleep
    pauses = iter(REPLACE_PAUSES if windows else ())
    while True:
        try:
            replace(source, target)
            return
        except OSError as exc:
            if not _held_by_another_program(exc):
                raise
            pause = next(pauses, None)
            if pause is None:
                if windows:
                    exc.strerror = (
                        f"{exc.strerror or 'access denied'}; tried for {sum(REPLACE_PAUSES):.0f} s: another "
                        f"program (a virus scanner, the search indexer, a backup or sync client) is holding "
                        f"{os.fspath(target)}, or the folder is not writable for you. Wait a moment and try "
                        "again"
                    )
                raise
            sleep(pause)


def _held_by_another_program(exc: OSError) -> bool:
    winerror = getattr(exc, "winerror", None)
    if winerror is not None:
        return winerror in WINDOWS_IN_USE
    return isinstance(exc, PermissionError)


def write_atomically(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write data to path so that a crash leaves either the old file or the new one, never a mix; the file
    is the owner's alone unless `mode` says otherwise."""
    folder = path.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, mode)
        replace_file(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    fsync_folder(folder)


def open_regular(path: Path, limit: int) -> BinaryIO:
    """A regular file opened for reading, no larger than `limit` bytes: a FIFO, a device, a folder or a link
    in its place raises OSError at once (never blocks, never follows), and so does a larger file."""
    info = os.lstat(path)
    if not stat.S_ISREG(info.st_mode):
        raise OSError(errno.EINVAL, "not a regular file (a folder, link, FIFO or device is in its place)")
    if info.st_size > limit:
        raise OSError(errno.EFBIG, f"larger than such a file can be ({info.st_size} bytes)")
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags | getattr(os, "O_BINARY", 0))
    try:
        opened = os.fstat(fd)
        if not stat.S_ISREG(opened.st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        if opened.st_size > limit:
            raise OSError(errno.EFBIG, f"larger than such a file can be ({opened.st_size} bytes)")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_regular(path: Path, limit: int) -> bytes:
    """A regular file's bytes, at most `limit`: a FIFO, a device, a folder or a link in its place raises
    OSError at once (never blocks, never follows), and so does a file larger than limit."""
    with open_regular(path, limit) as handle:
        data = handle.read(limit + 1)
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


# --- outputs: files written for the user, where the user chose -------------------------------------------

# The files a vault's or a coordinator's home holds: never a name for an output, wherever it is written. The
# vault's bookkeeping files (locks, the keys' intent and rotation journals) all start with ".vault.".
HOME_FILE_NAMES = frozenset(
    {
        "vault.db",
        "vault.db-wal",
        "vault.db-shm",
        "vault.db-journal",
        "vault.keys",
        "coordinator.keys",
        "coordinator.state",
        "coordinator.lock",
    }
)
HOME_FILE_PREFIX = ".vault."


class OutputRefused(VaultError):
    """A file for the user (summary, report, backup…) would land where it could hurt a vault: on or inside
    its home, on one of its files, or on something that is not a plain file. Nothing was written."""


class HasFolder(Protocol):
    """A vault's Home or a coordinator: anything whose home folder an output must stay out of."""

    @property
    def folder(self) -> Path: ...


Forbidden = HasFolder | Path | None


def check_output(path: Path, *, forbidden: Forbidden) -> Path:
    """Where the output for `path` is really written (its folder with links resolved), or OutputRefused
    naming the path and what to do. `forbidden` is the vault's (or the coordinator's) home: an output is
    never written into it, at any depth, however the path reaches it (links, a bind mount)."""
    path = Path(os.path.abspath(path))
    nothing = "Nothing was written"
    if path.name in HOME_FILE_NAMES or path.name.startswith(HOME_FILE_PREFIX) or not path.name:
        raise OutputRefused(
            f"{path} is refused: {path.name or 'that'} is the name of one of vinkdesk's own files. "
            f"{nothing}; choose another file name."
        )
    folder = Path(os.path.realpath(path.parent))
    if not folder.is_dir():
        raise OutputRefused(f"The folder {path.parent} does not exist. {nothing}; choose an existing folder.")
    home = _folder_of(forbidden)
    if home is not None and _is_inside(folder, home):
        raise OutputRefused(
            f"{path} is refused: it is inside the home folder {home}, where only vinkdesk's own files "
            f"belong and an output could replace one of them. {nothing}; choose a folder outside {home}."
        )
    target = folder / path.name
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return target
    if not stat.S_ISREG(info.st_mode):
        raise OutputRefused(
            f"{path} is refused: it is {_kind(info.st_mode)}, not a plain file, and would be replaced. "
            f"{nothing}; choose a file name in a folder."
        )
    if home is not None and _same_as_a_file_in(info, home):
        raise OutputRefused(
            f"{path} is refused: it is the same file as one in the home folder {home} (a hard link). "
            f"{nothing}; choose another file name."
        )
    return target


def check_output_folder(folder: Path, *, forbidden: Forbidden) -> None:
    """OutputRefused when the folder for a report's files is (or would be made) on or inside `forbidden`'s
    home: checked before the folder is made, so nothing appears there."""
    folder = Path(os.path.abspath(folder))
    home = _folder_of(forbidden)
    if home is None:
        return
    existing, rest = folder, list[str]()
    while not existing.exists() and existing != existing.parent:
        rest.insert(0, existing.name)
        existing = existing.parent
    real = Path(os.path.realpath(existing)).joinpath(*rest)
    if _is_inside(real, home):
        raise OutputRefused(
            f"{folder} is refused: it is the home folder {home} or inside it, where only vinkdesk's own "
            f"files belong. Nothing was written; choose a folder outside {home}."
        )


def _folder_of(forbidden: Forbidden) -> Path | None:
    if forbidden is None:
        return None
    folder = forbidden if isinstance(forbidden, Path) else forbidden.folder
    return Path(os.path.abspath(folder))


def _is_inside(folder: Path, home: Path) -> bool:
    """Is the real folder `folder` the home or inside it? By path (the home's links resolved) and by identity
    (the same folder reached another way, say through a bind mount)."""
    real_home = Path(os.path.realpath(home))
    if folder == real_home or real_home in folder.parents:
        return True
    try:
        home_info = os.stat(real_home)
    except OSError:
        return False  # a home that does not exist holds nothing to hurt (the path check above still holds)
    for step in (folder, *folder.parents):
        try:
            info = os.stat(step)
        except OSError:
            continue
        if (info.st_dev, info.st_ino) == (home_info.st_dev, home_info.st_ino):
            return True
    return False


def _same_as_a_file_in(info: os.stat_result, home: Path) -> bool:
    try:
        entries = list(os.scandir(home))
    except OSError:
        return False
    for entry in entries:
        try:
            other = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if (other.st_dev, other.st_ino) == (info.st_dev, info.st_ino):
            return True
    return False


def _kind(mode: int) -> str:
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def _private_temp(folder: Path) -> tuple[int, Path]:
    """A new, empty file only its owner can read (0600 from the first byte; never an existing name, never
    through a link): its descriptor, open for writing, and its path."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    for _attempt in range(5):
        path = folder / f".vinkdesk-{secrets.token_hex(8)}.tmp"
        try:
            fd = os.open(path, flags, 0o600)
        except FileExistsError:
            continue
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)  # whatever the umask
        return fd, path
    raise OSError(errno.EEXIST, f"no free temporary name in {folder}")


class StagedOutput:
    """An output being written: a private temp file (0600) in the target's folder until publish() renames it
    over the target, so a crash or a refusal leaves no partial file under the target's name. Leaving the
    `with` block without publish() removes the temp file."""

    def __init__(self, path: Path, *, forbidden: Forbidden) -> None:
        self._forbidden = forbidden
        self.target = check_output(path, forbidden=forbidden)
        fd, self._temp = _private_temp(self.target.parent)
        self.file: BinaryIO = os.fdopen(fd, "wb")
        self._done = False

    def publish(self) -> Path:
        """Make the written bytes durable and put them under the target's name (owner-only, 0600)."""
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        # Checked again just before the rename: the folder may have changed while the file was written.
        target = check_output(self.target, forbidden=self._forbidden)
        replace_file(self._temp, target)
        self._done = True
        fsync_folder(target.parent)
        return target

    def discard(self) -> None:
        if not self._done:
            self.file.close()
            self._temp.unlink(missing_ok=True)
            self._done = True

    def __enter__(self) -> StagedOutput:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.discard()


def write_output(
    path: Path, data: bytes, *, forbidden: Forbidden, before_publish: Callable[[], object] | None = None
) -> Path:
    """Write a file for the user (a PDF, a report, a witness) where they chose, refused (OutputRefused) on or
    inside `forbidden`'s home, on one of its files, or on anything but a regular file; written to a 0600 temp
    file beside the target, fsynced and renamed over it. `before_publish` (the audit row's commit) runs after
    the bytes are safe and before they appear under the target's name: if it raises, nothing appears."""
    with StagedOutput(path, forbidden=forbidden) as staged:
        staged.file.write(data)
        if before_publish is not None:
            before_publish()
        return staged.publish()


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


def is_network_path(
    path: str | os.PathLike[str],
    mountinfo: str | None = None,
    *,
    windows: bool | None = None,
    drive_type: Callable[[str], int] | None = None,
) -> bool:
    """True when path is on a network share: on Windows a UNC path (`\\\\server\\share\\…`, also in its
    `\\\\?\\UNC\\…` form) or a drive letter mapped to a share; on Linux a network file system's mount."""
    text = os.fspath(path)
    if ON_WINDOWS if windows is None else windows:
        if sys.platform == "win32":
            text = os.path.abspath(text)  # a relative path is on the current folder's drive
        return is_windows_network_path(text, drive_type or _drive_type)
    if text.startswith("\\\\") or text.startswith("//"):
        return True
    fstype = filesystem_type(Path(text), mountinfo)
    return fstype is not None and fstype.lower() in NETWORK_FILESYSTEMS


DRIVE_REMOTE = 4  # GetDriveTypeW: a drive letter mapped to a network share ("net use Z: \\server\share")


def is_windows_network_path(text: str, drive_type: Callable[[str], int]) -> bool:
    """The Windows rules on a path's text, so that they can be tried anywhere: a UNC path is a share; a
    device path (`\\\\?\\C:\\…`, `\\\\.\\C:\\…`) is local unless it is `\\\\?\\UNC\\…`; a drive
    letter is a share when Windows says the drive is remote (`drive_type("Z:\\")`)."""
    text = text.replace("/", "\\")
    if text.startswith(("\\\\?\\", "\\\\.\\")):
        device = text[4:]
        if device[:4].upper() == "UNC\\":
            return True
        text = device
    elif text.startswith("\\\\"):
        return True
    drive = PureWindowsPath(text).drive
    if len(drive) == 2 and drive[1] == ":":
        return drive_type(drive + "\\") == DRIVE_REMOTE
    return False


def _drive_type(root: str) -> int:
    """GetDriveTypeW for a drive's root ("Z:\\"); 0 (unknown) off Windows. ctypes is loaded only here."""
    if sys.platform == "win32":
        import ctypes

        return int(ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)))
    return 0


def create_private(path: Path) -> None:
    """Make a new, empty file readable by its owner only; FileExistsError if anything is in its place."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600))

