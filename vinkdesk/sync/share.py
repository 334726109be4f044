"""The share as a dumb mailbox: `<share>/vinkdesk/coordinator.pub` and `<share>/vinkdesk/sealed/`, where a
laptop only ever adds files under fresh random names. Symbolic links (and Windows junctions) anywhere under
`<share>/vinkdesk` are refused on both sides; on POSIX every step goes through an open folder handle, so a
folder swapped for a link between a check and a write cannot redirect it."""

from __future__ import annotations

import errno
import hashlib
import hmac
import os
import re
import secrets
import stat
import sys
import time
from pathlib import Path
from types import TracebackType

from vinkdesk.vault.files import replace_file

ROOT = "vinkdesk"
SEALED = "sealed"
SEALED_NAME = re.compile(r"[0-9a-f]{32}\.vks")
TEMP_NAME = re.compile(r"\.(?P<nonce>[0-9a-f]{24})(?P<tag>[0-9a-f]{16})\.partial")
MAX_NAME_TRIES = 5
TEMP_MAX_AGE = 24 * 3600
_REPARSE_POINT = 0x400  # FILE_ATTRIBUTE_REPARSE_POINT: a Windows symbolic link or junction
_USE_FDS = sys.platform != "win32" and os.open in os.supports_dir_fd and hasattr(os, "O_DIRECTORY")


class ShareUnavailable(OSError):
    """The share folder cannot be reached, written or trusted; the sync stays pending."""

    def __init__(self, message: str, code: int = errno.EIO) -> None:
        super().__init__(code, message)

    def __str__(self) -> str:
        return str(self.strerror)


class ShareFileRefused(ValueError):
    """One file on the share that is not read: a link, not a regular file, too large, unreadable."""


def root_of(share: Path) -> Path:
    return share / ROOT


def mailbox_of(share: Path) -> Path:
    return share / ROOT / SEALED


def is_link(info: os.stat_result) -> bool:
    return stat.S_ISLNK(info.st_mode) or bool(getattr(info, "st_file_attributes", 0) & _REPARSE_POINT)


def unreachable(share: Path) -> ShareUnavailable:
    return ShareUnavailable(
        f"The share {share} cannot be reached (is the network drive connected?). The sync stays pending "
        "and is tried again later.",
        errno.ENOENT,
    )


class Folder:
    """One folder under the share, opened without following links; closed by `with`."""

    def __init__(self, path: Path, fd: int | None) -> None:
        self.path = path
        self._fd = fd

    def __enter__(self) -> Folder:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    @staticmethod
    def open(share: Path, parts: tuple[str, ...], create: bool) -> Folder:
        """`share/parts…`, each part checked: missing ones made when create, links and files refused."""
        if not share.is_dir():
            raise unreachable(share)
        path, fd = share, None
        try:
            if _USE_FDS:
                fd = os.open(share, os.O_RDONLY | os.O_DIRECTORY)
            for part in parts:
                path = path / part
                parent, fd = fd, None  # _step closes the parent, whatever happens
                fd = _step(path, part, parent, create)
        except BaseException:
            if fd is not None:
                os.close(fd)
            raise
        return Folder(path, fd)

    def names(self) -> list[str]:
        return sorted(os.listdir(self._fd if self._fd is not None else self.path))

    def exists(self, name: str) -> bool:
        """Whether anything (a link included) has this name in the folder."""
        try:
            self.lstat(name)
        except FileNotFoundError:
            return False
        return True

    def lstat(self, name: str) -> os.stat_result:
        if self._fd is not None:
            return os.stat(name, dir_fd=self._fd, follow_symlinks=False)
        return os.lstat(self.path / name)

    def read(self, name: str, limit: int) -> bytes:
        """A regular file's bytes, at most `limit`; ShareFileRefused for anything else (never blocks on a
        FIFO, never follows a link, never reads more than limit + 1 bytes)."""
        try:
            info = self.lstat(name)
        except OSError as exc:
            raise ShareFileRefused(f"cannot be read ({exc.strerror or exc})") from None
        if is_link(info):
            raise ShareFileRefused("a symbolic link (refused)")
        if not stat.S_ISREG(info.st_mode):
            raise ShareFileRefused("not a regular file (a folder, FIFO or device; refused)")
        if info.st_size > limit:
            raise ShareFileRefused(f"oversized ({info.st_size} bytes; at most {limit})")
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        flags |= getattr(os, "O_BINARY", 0)
        try:
            fd = self._open(name, flags)
        except OSError as exc:
            raise ShareFileRefused(f"cannot be opened ({exc.strerror or exc})") from None
        try:
            opened = os.fstat(fd)
            if not stat.S_ISREG(opened.st_mode) or (opened.st_dev, opened.st_ino) != (
                info.st_dev,
                info.st_ino,
            ):
                raise ShareFileRefused("changed while it was being read (refused)")
            chunks, size = [], 0
            while size <= limit:
                chunk = os.read(fd, limit + 1 - size)
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
        except OSError as exc:
            raise ShareFileRefused(f"cannot be read ({exc.strerror or exc})") from None
        finally:
            os.close(fd)
        data = b"".join(chunks)
        if len(data) > limit:
            raise ShareFileRefused(f"oversized (more than {limit} bytes)")
        return data

    def post(self, data: bytes, tag_key: bytes, name_pattern: str = "{}.vks") -> str:
        """Add data under a fresh random name: a temp file, fsync, then a link (or, where the share has no
        hard links, a rename) to a name that never existed. Returns the name."""
        nonce = secrets.token_hex(12)
        temp = f".{nonce}{_tag(tag_key, nonce)}.partial"
        try:
            fd = self._open(
                temp,
                os.O_WRONLY
                | os.O_CREAT
                | os.O_EXCL
                | getattr(os, "O_NOFOLLOW", 0)
                | getattr(os, "O_BINARY", 0),
                0o644,
            )
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view) :]
                os.fsync(fd)
            finally:
                os.close(fd)
            for _ in range(MAX_NAME_TRIES):
                final = name_pattern.format(secrets.token_hex(16))
                if self._place(temp, final):
                    self._sync()
                    return final
            raise ShareUnavailable(
                f"No free file name could be found in {self.path} after {MAX_NAME_TRIES} tries; the share "
                "is not behaving like a folder. The sync stays pending."
            )
        except ShareUnavailable:
            raise
        except PermissionError as exc:
            raise ShareUnavailable(
                f"The share folder {self.path} is read-only for you ({exc.strerror}). The sync stays "
                f"pending.",
                errno.EACCES,
            ) from None
        except OSError as exc:
            raise ShareUnavailable(
                f"The share {self.path} could not be written ({exc.strerror or exc}). The sync stays "
                f"pending.",
                exc.errno or errno.EIO,
            ) from None
        finally:
            self._unlink_quietly(temp)

    def clean_own_temps(self, tag_key: bytes, now: float | None = None) -> int:
        """Remove this laptop's own temp files older than a day (left by a sync that was killed). Another
        laptop's temp files carry another tag and are left alone."""
        now = time.time() if now is None else now
        removed = 0
        for name in self.names():
            match = TEMP_NAME.fullmatch(name)
            if not match or not hmac.compare_digest(match["tag"], _tag(tag_key, match["nonce"])):
                continue
            try:
                info = self.lstat(name)
                if stat.S_ISREG(info.st_mode) and now - info.st_mtime > TEMP_MAX_AGE:
                    self._unlink(name)
                    removed += 1
            except OSError:
                continue  # gone already, or not ours to remove after all
        return removed

    def write_new(self, name: str, data: bytes) -> None:
        """Create `name` with data; FileExistsError if it exists (nothing is replaced)."""
        fd = self._open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o644)
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        self._sync()

    def remove(self, name: str) -> None:
        """Remove a file this program itself just made (the coordinator taking back its published key)."""
        self._unlink(name)

    # --- the few system calls, relative to the open folder where the platform allows ----------------------

    def _open(self, name: str, flags: int, mode: int = 0o777) -> int:
        if self._fd is not None:
            return os.open(name, flags, mode, dir_fd=self._fd)
        return os.open(self.path / name, flags, mode)

    def _place(self, temp: str, final: str) -> bool:
        """Give temp the name final; False if final exists (try another name)."""
        if sys.platform != "win32":
            try:
                if self._fd is not None:
                    os.link(temp, final, src_dir_fd=self._fd, dst_dir_fd=self._fd, follow_symlinks=False)
                else:
                    os.link(self.path / temp, self.path / final)
                return True
            except FileExistsError:
                return False
            except OSError:
                pass  # a share without hard links (SMB, FAT, some NAS): rename instead
        # Rename to the fresh random name, checked free first; Windows refuses to rename onto an existing
        # name, and elsewhere 128 random bits make a clash a matter of theory.
        if self.exists(final):
            return False
        try:
            if self._fd is not None:
                os.rename(temp, final, src_dir_fd=self._fd, dst_dir_fd=self._fd)
            else:  # Windows: retried while a virus scanner holds the temp file it just saw written
                replace_file(self.path / temp, self.path / final, replace=os.rename)
        except FileExistsError:
            return False
        return True

    def _unlink(self, name: str) -> None:
        if self._fd is not None:
            os.unlink(name, dir_fd=self._fd)
        else:
            os.unlink(self.path / name)

    def _unlink_quietly(self, name: str) -> None:
        try:
            self._unlink(name)
        except OSError:
            pass

    def _sync(self) -> None:
        if self._fd is None:
            return
        try:
            os.fsync(self._fd)
        except OSError:
            pass  # some network file systems refuse to sync a folder; the file itself was synced


def _step(path: Path, part: str, parent: int | None, create: bool) -> int | None:
    """Enter one folder below parent without following a link (closing parent); ShareUnavailable with the
    reason. Without folder handles (Windows) the same checks are made on the path."""
    try:
        for attempt in range(2):
            try:
                if parent is not None:
                    return os.open(part, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=parent)
                info = os.lstat(path)
                if is_link(info):
                    raise OSError(errno.ELOOP, "a symbolic link")
                if not stat.S_ISDIR(info.st_mode):
                    raise OSError(errno.ENOTDIR, "not a folder")
                return None
            except FileNotFoundError:
                if not create or attempt:
                    raise ShareUnavailable(
                        f"{path} does not exist: the coordinator has not set up this share yet.", errno.ENOENT
                    ) from None
                try:
                    if parent is not None:
                        os.mkdir(part, 0o755, dir_fd=parent)
                    else:
                        os.mkdir(path)
                except FileExistsError:
                    pass  # made by another laptop at the same moment, or something else is there: look again
                except OSError as exc:
                    raise ShareUnavailable(
                        f"The folder {path} could not be made on the share ({exc.strerror or exc}). The sync "
                        "stays pending.",
                        exc.errno or errno.EIO,
                    ) from None
            except OSError as exc:
                raise _refusal(path, exc) from None
        raise AssertionError("unreachable")
    finally:
        if parent is not None:
            os.close(parent)


def _refusal(path: Path, exc: OSError) -> ShareUnavailable:
    if isinstance(exc, ShareUnavailable):
        return exc
    if exc.errno in (errno.ELOOP, errno.EMLINK) or _is_link(path):
        return ShareUnavailable(
            f"{path} is a symbolic link; vinkdesk refuses links on the share. Ask the share's administrator "
            "to replace it with a plain folder.",
            errno.ELOOP,
        )
    if exc.errno == errno.ENOTDIR:
        return ShareUnavailable(
            f"{path} is a file, not a folder. Ask the share's administrator to remove it; the sync stays "
            "pending.",
            errno.ENOTDIR,
        )
    if isinstance(exc, PermissionError):
        return ShareUnavailable(
            f"{path} cannot be opened ({exc.strerror}). The sync stays pending.", errno.EACCES
        )
    return ShareUnavailable(
        f"{path} cannot be opened ({exc.strerror or exc}). The sync stays pending.", exc.errno or errno.EIO
    )


def _is_link(path: Path) -> bool:
    try:
        return is_link(os.lstat(path))
    except OSError:
        return False


def _tag(tag_key: bytes, nonce: str) -> str:
    return hmac.new(tag_key, nonce.encode("ascii"), hashlib.sha256).hexdigest()[:16]
