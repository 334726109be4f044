"""A Linux desktop's launcher for vinkdesk: `vinkdesk.desktop` in the user's applications folder and the
icon in the user's hicolor theme (XDG Desktop Entry and Icon Theme specifications). Per user, no admin
rights; nothing here imports Qt."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from vinkdesk.vault.files import write_atomically

APP_ID = "vinkdesk"  # the .desktop file's name, the icon's name, the Wayland app id, the X11 WM_CLASS
ICONS = Path(__file__).resolve().parent / "ui" / "icons"
PNG_SIZES = (16, 32, 48, 64, 128, 256)

# Characters that oblige an Exec argument to be quoted (Desktop Entry spec, "The Exec key").
_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
# Inside a quoted argument these four take a backslash before them.
_ESCAPED_IN_QUOTES = frozenset('"`$\\')


def exec_argument(argument: str) -> str:
    """One argument as the Exec key wants it: quoted when it holds a reserved character, `%` doubled (a
    field code otherwise). The key file's own escaping (a backslash doubled) comes after, in exec_value."""
    if any(ch in _RESERVED for ch in argument) or not argument:
        argument = '"' + "".join("\\" + ch if ch in _ESCAPED_IN_QUOTES else ch for ch in argument) + '"'
    return argument.replace("%", "%%")


def string_value(text: str) -> str:
    """A value of type string in a desktop entry: backslash, newline, tab and carriage return escaped."""
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def exec_value(command: Sequence[str]) -> str:
    return string_value(" ".join(exec_argument(argument) for argument in command))


def entry_text(command: Sequence[str], try_exec: str | None = None) -> str:
    """The desktop entry starting `command` (the program and its arguments)."""
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",  # 1.5 is refused by desktop-file-validate 0.26 (Debian 12, Ubuntu 22.04)
        f"Name={APP_ID}",
        f"Name[da]={APP_ID}",
        "GenericName=Case notes for prevention counsellors",
        "GenericName[da]=Sagsnotater til forebyggelsesrådgivere",
        "Comment=Encrypted case notes, assessments and action plans, kept on this computer",
        "Comment[da]=Krypterede sagsnotater, vurderinger og handleplaner, gemt på denne computer",
        "Keywords=notes;cases;prevention;counselling;SSP;",
        "Keywords[da]=notater;sager;forebyggelse;rådgivning;SSP;",
        f"Exec={exec_value(command)}",
    ]
    if try_exec is not None:
        lines.append(f"TryExec={string_value(try_exec)}")
    lines += [
        f"Icon={APP_ID}",
        "Terminal=false",
        "Categories=Office;",
        "StartupNotify=true",
        f"StartupWMClass={APP_ID}",
    ]
    return "\n".join(lines) + "\n"


def default_data_home(environ: Mapping[str, str] | None = None) -> Path:
    """$XDG_DATA_HOME if it is an absolute path (the spec ignores a relative one), else ~/.local/share."""
    environ = os.environ if environ is None else environ
    given = environ.get("XDG_DATA_HOME", "")
    if given and os.path.isabs(given):
        return Path(given)
    return Path(environ.get("HOME") or Path.home()) / ".local" / "share"


def install(executable: Path, data_home: Path | None = None, *, arguments: Sequence[str] = ()) -> list[Path]:
    """Write `<data home>/applications/vinkdesk.desktop` starting `executable` (with `arguments`), and the
    icon as `icons/hicolor/<n>x<n>/apps/vinkdesk.png` and `icons/hicolor/scalable/apps/vinkdesk.svg`; each
    file world-readable (0644) and put in place atomically. Returns the paths written, the entry first."""
    home = default_data_home() if data_home is None else data_home
    executable = Path(os.path.abspath(executable))
    entry = entry_text([str(executable), *arguments], try_exec=str(executable))
    written = [_write(home / "applications" / f"{APP_ID}.desktop", entry.encode("utf-8"))]
    hicolor = home / "icons" / "hicolor"
    for size in PNG_SIZES:
        source = ICONS / f"{APP_ID}-{size}.png"
        written.append(_write(hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png", source.read_bytes()))
    svg = (ICONS / f"{APP_ID}.svg").read_bytes()
    written.append(_write(hicolor / "scalable" / "apps" / f"{APP_ID}.svg", svg))
    os.utime(hicolor)  # icon caches look at the theme folder's time to notice a new icon
    return written


def _write(path: Path, data: bytes) -> Path:
    """Written whole (a crash leaves the old file or the new one), readable by the desktop (0644)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, data, mode=0o644)
    return path
