"""Dropping a file on the share: a temp file in the target folder, fsync, then a rename that never replaces an
existing file, so two laptops syncing in the same second both survive and nothing is half-written under a
final name."""

from __future__ import annotations

import errno
import os
import secrets
import sys
from pathlib import Path


class ShareUnavailable(OSError):
    """The share folder cannot be reached or written; the sync stays pending."""


def year_folder(share: Path, year: int) -> Path:
    return share / "vinkdesk" / str(year)


def check_share(share: Path) -> None:
    if not share.is_dir():
        raise ShareUnavailable(
            errno.ENOENT,
            f"The share {share} cannot be reached (is the network drive "
            "connected?). The sync stays pending and is tried again later.",
        )


def drop(folder: Path, name: str, data: bytes) -> Path:
    """Write `name` in `folder`; FileExistsError if that name is taken (never overwritten)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        final = folder / name
        if final.exists():
            raise FileExistsError(errno.EEXIST, "exists", str(final))
        temp = folder / f".{name}.{secrets.token_hex(6)}.tmp"
        with open(temp, "xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            _place(temp, final)
        finally:
            temp.unlink(missing_ok=True)
        _fsync_folder(folder)
        return final
    except FileExistsError:
        raise
    except PermissionError as exc:
        raise ShareUnavailable(
            errno.EACCES,
            f"The share folder {folder} is read-only for you ({exc.strerror}). The sync stays pending.",
        ) from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ShareUnavailable(
            exc.errno or errno.EIO,
            f"The share {folder} could not be written ({reason}). The sync stays pending.",
        ) from None


def _place(temp: Path, final: Path) -> None:
    if sys.platform == "win32":
        os.rename(temp, final)  # Windows refuses to rename onto an existing file
        return
    try:
        os.link(temp, final)  # atomic, and fails if the name exists
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
            raise
        # A share without hard links: create the final name exclusively and copy into it.
        with open(final, "xb") as out, open(temp, "rb") as source:
            out.write(source.read())
            out.flush()
            os.fsync(out.fileno())


def _fsync_folder(folder: Path) -> None:
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass  # some network file systems refuse to sync a directory; the file itself was synced
    finally:
        os.close(fd)
