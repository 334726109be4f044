"""Which cloud client, if any, synchronises a folder (OneDrive, Dropbox, Google Drive, iCloud Drive): an
unencrypted output saved there is copied to someone else's servers, so the windows ask first. Qt-free: the
path, its parents, the clients' marker files and environment variables are all it reads."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path

ONEDRIVE = "OneDrive"
DROPBOX = "Dropbox"
GOOGLE_DRIVE = "Google Drive"
ICLOUD = "iCloud Drive"

# Who runs the servers the files go to, for the question the user is asked.
COMPANY = {ONEDRIVE: "Microsoft", DROPBOX: "Dropbox", GOOGLE_DRIVE: "Google", ICLOUD: "Apple"}

# Set by the OneDrive client on Windows to its folders (the personal one and each organisation's); on a
# municipal laptop Documents is often redirected into the organisation's ("OneDrive - Københavns Kommune").
ONEDRIVE_VARIABLES = ("OneDriveCommercial", "OneDriveConsumer", "OneDrive")

# Files (False) or folders (True) a client keeps in the root of the folder it synchronises. Dropbox's root
# holds a *file* .dropbox; the *folder* ~/.dropbox is its settings and must not flag the home folder.
MARKERS = {
    (".dropbox", False): DROPBOX,
    (".dropbox.cache", True): DROPBOX,
    (".tmp.drivedownload", True): GOOGLE_DRIVE,  # Google's Backup and Sync, Drive for desktop's mirrors
    (".tmp.driveupload", True): GOOGLE_DRIVE,
}


def cloud_service(path: Path, env: Mapping[str, str] = os.environ) -> str | None:
    """The service that synchronises path (a file to be written, or a folder), or None. It looks at the
    path as given and with its links resolved, and at every folder above it."""
    candidates = [Path(path).absolute()]
    try:
        resolved = Path(path).resolve()
    except OSError:  # a loop of links, say: the path as given is still checked
        resolved = candidates[0]
    if resolved != candidates[0]:
        candidates.append(resolved)
    roots = _configured_roots(env)
    for candidate in candidates:
        for service, root in roots:
            if _is_inside(candidate, root):
                return service
        for folder in _folder_and_parents(candidate):
            found = _by_name(folder.name) or _by_marker(folder)
            if found is not None:
                return found
    return None


def _configured_roots(env: Mapping[str, str]) -> list[tuple[str, Path]]:
    """The folders the clients say they synchronise: OneDrive's environment variables, Dropbox's info.json."""
    roots = [(ONEDRIVE, Path(env[name])) for name in ONEDRIVE_VARIABLES if env.get(name)]
    roots += [(DROPBOX, folder) for folder in _dropbox_folders(env)]
    return roots


def _dropbox_folders(env: Mapping[str, str]) -> Iterator[Path]:
    """Dropbox writes where its folders are (personal, business) to info.json: ~/.dropbox on Linux and
    macOS, %APPDATA%/Dropbox or %LOCALAPPDATA%/Dropbox on Windows."""
    places = []
    for variable, below in (("HOME", ".dropbox"), ("USERPROFILE", ".dropbox"), ("APPDATA", "Dropbox"),
                            ("LOCALAPPDATA", "Dropbox")):
        if env.get(variable):
            places.append(Path(env[variable]) / below / "info.json")
    for info in places:
        try:
            accounts = json.loads(info.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(accounts, dict):
            continue
        for account in accounts.values():
            if isinstance(account, dict) and isinstance(account.get("path"), str) and account["path"]:
                yield Path(account["path"])


def _by_name(name: str) -> str | None:
    """Folder names the clients give their roots, in Windows, macOS (~/Library/CloudStorage/…) and Linux."""
    folded = name.casefold()
    if folded == "onedrive" or folded.startswith(("onedrive - ", "onedrive-")):
        return ONEDRIVE
    if folded == "dropbox" or folded.startswith(("dropbox (", "dropbox-")):
        return DROPBOX
    if folded in {"google drive", "googledrive", "my drive", "mit drev"} or folded.startswith("googledrive-"):
        return GOOGLE_DRIVE
    if folded in {"icloud drive", "iclouddrive", "mobile documents", "com~apple~clouddocs"}:
        return ICLOUD
    return None


def _by_marker(folder: Path) -> str | None:
    for (marker, is_folder), service in MARKERS.items():
        try:
            found = (folder / marker).is_dir() if is_folder else (folder / marker).is_file()
        except OSError:  # a folder we may not look into holds no marker we can see
            continue
        if found:
            return service
    return None


def _folder_and_parents(path: Path) -> Iterator[Path]:
    yield path
    yield from path.parents


def _is_inside(path: Path, root: Path) -> bool:
    """Compared as the system compares names (without case on Windows); the root's links resolved too."""
    path_text = os.path.normcase(str(path))
    for form in {root.absolute(), _resolved(root)}:
        root_text = os.path.normcase(str(form)).rstrip("\\/")
        if root_text and (path_text == root_text or path_text.startswith(root_text + os.sep)):
            return True
    return False


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()
