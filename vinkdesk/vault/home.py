r"""Where a vault lives: --home, else VINKDESK_HOME, else the platform's user data folder; and its checks.

The platform's folder is per user and stays on this computer:
- Windows: %LOCALAPPDATA%\vinkdesk (C:\Users\<user>\AppData\Local\vinkdesk), never the roaming
  profile (AppData\Roaming), which a domain copies to a server at log-off and onto every PC the user logs
  in to; no admin rights needed, nothing under Program Files or in the registry.
- macOS: ~/Library/Application Support/vinkdesk.
- Linux: $XDG_DATA_HOME/vinkdesk, by default ~/.local/share/vinkdesk.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from vinkdesk.vault.errors import HomeNotWritable
from vinkdesk.vault.files import is_network_path

if TYPE_CHECKING:
    from platformdirs.api import PlatformDirsABC

DB_NAME = "vault.db"
KEYS_NAME = "vault.keys"


@dataclass(frozen=True)
class Home:
    folder: Path

    @property
    def db_path(self) -> Path:
        return self.folder / DB_NAME

    @property
    def keys_path(self) -> Path:
        return self.folder / KEYS_NAME

    def has_vault(self) -> bool:
        return self.keys_path.exists() or self.db_path.exists()

    def ensure_writable(self) -> None:
        """Create the folder if needed and prove a file can be written in it."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd, probe = tempfile.mkstemp(prefix=".write-probe-", dir=self.folder)
            os.close(fd)
            os.unlink(probe)
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise HomeNotWritable(
                f"Cannot write in the vault folder {self.folder} ({reason}). "
                "Choose a folder you can write to with --home or VINKDESK_HOME."
            ) from None

    def warnings(self, mountinfo: str | None = None) -> list[str]:
        """What the user should know about this folder before trusting it with a vault."""
        if is_network_path(self.folder, mountinfo):
            return [
                f"The vault folder {self.folder} is on a network file system, where SQLite's "
                f"write-ahead log is "
                "not safe: keep the vault on the laptop's own disk and put only backups on the share."
            ]
        return []


def resolve_home(argument: str | os.PathLike[str] | None, environ: Mapping[str, str] | None = None) -> Home:
    environ = os.environ if environ is None else environ
    if argument:
        return Home(Path(argument).expanduser().absolute())
    if environ.get("VINKDESK_HOME"):
        return Home(Path(environ["VINKDESK_HOME"]).expanduser().absolute())
    return Home(platform_folder())


def platform_folder(system: type[PlatformDirsABC] | None = None) -> Path:
    """The platform's user data folder for vinkdesk (this system's rules, or `system`'s): no author folder
    (appauthor=False), and on Windows the local, not the roaming, AppData (roaming=False)."""
    if system is None:
        from platformdirs import PlatformDirs

        system = PlatformDirs
    return Path(system("vinkdesk", appauthor=False, roaming=False).user_data_dir)
