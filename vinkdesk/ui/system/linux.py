"""Linux, before the first window: will Qt's X11 (xcb) plugin load? If a library it needs is missing, one
message naming each library and the package to install (Debian/Ubuntu and Fedora) instead of Qt's abort;
likewise when there is no display at all. Runs before QApplication, so it loads no Qt but QtCore (only to
read the language) and speaks both languages itself: Qt's translator is not there yet."""

from __future__ import annotations

import ctypes
import html
import importlib.util
import os
import re
import shutil
import socket
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Library:
    """A shared library by the name the loader looks for, and the package holding it on each family."""

    soname: str
    apt: str  # Debian, Ubuntu and their kin
    dnf: str  # Fedora, RHEL and their kin


# What the xcb plugin (libqxcb.so), libQt6XcbQpa and libQt6Gui need beyond the C and C++ runtimes, read with
# `readelf -d` from PySide6 6.11's files; libdbus-1 is loaded by QtDBus, which the screen-lock locking uses.
# The first ones are what a fresh desktop most often lacks.
XCB_LIBRARIES: tuple[Library, ...] = (
    Library("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor"),
    Library("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm"),
    Library("libxcb-image.so.0", "libxcb-image0", "xcb-util-image"),
    Library("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms"),
    Library("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil"),
    Library("libxcb-util.so.1", "libxcb-util1", "xcb-util"),
    Library("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11"),
    Library("libxkbcommon.so.0", "libxkbcommon0", "libxkbcommon"),
    Library("libxcb-randr.so.0", "libxcb-randr0", "libxcb"),
    Library("libxcb-shape.so.0", "libxcb-shape0", "libxcb"),
    Library("libxcb-shm.so.0", "libxcb-shm0", "libxcb"),
    Library("libxcb-sync.so.1", "libxcb-sync1", "libxcb"),
    Library("libxcb-xfixes.so.0", "libxcb-xfixes0", "libxcb"),
    Library("libxcb-render.so.0", "libxcb-render0", "libxcb"),
    Library("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb"),
    Library("libxcb.so.1", "libxcb1", "libxcb"),
    Library("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb"),
    Library("libX11.so.6", "libx11-6", "libX11"),
    Library("libGL.so.1", "libgl1", "libglvnd-glx"),
    Library("libEGL.so.1", "libegl1", "libglvnd-egl"),
    Library("libfontconfig.so.1", "libfontconfig1", "fontconfig"),
    Library("libfreetype.so.6", "libfreetype6", "freetype"),
    Library("libglib-2.0.so.0", "libglib2.0-0", "glib2"),
    Library("libgthread-2.0.so.0", "libglib2.0-0", "glib2"),
    Library("libdbus-1.so.3", "libdbus-1-3", "dbus-libs"),
)

Loader = Callable[[str], object]  # loads a library by soname or path; OSError with the loader's reason if not
LANGUAGES = ("da", "en")
_NOT_FOUND = re.compile(r"(?P<soname>[^\s:/]+\.so[^\s:]*): cannot open shared object file")


@dataclass(frozen=True)
class StartupProblem:
    """Why the windows cannot open, for the terminal (message) and a desktop notification (summary)."""

    summary: str
    message: str


# --- which platform Qt will use -----------------------------------------------------------------------------


def first_platform(environ: Mapping[str, str]) -> str | None:
    """The platform plugin Qt tries first: QT_QPA_PLATFORM's first entry ("xcb:dpi=96;wayland" → "xcb"),
    else Wayland when a Wayland session is there, else X11 (xcb) when a display is; None for no display."""
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(";")[0].split(":")[0].strip().lower()
    if environ.get("WAYLAND_DISPLAY") or environ.get("XDG_SESSION_TYPE", "").lower() == "wayland":
        return "wayland"
    if environ.get("DISPLAY"):
        return "xcb"
    return None


# --- the libraries ------------------------------------------------------------------------------------------


def load_library(name: str) -> object:
    """dlopen through ctypes: the library stays loaded (Qt would load it a moment later anyway)."""
    return ctypes.CDLL(name)


def qt_folders() -> tuple[Path, Path] | None:
    """PySide6's Qt library and platform plugin folders (in the venv or in a bundle), found without
    loading Qt; None if PySide6 is not there."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    qt = Path(next(iter(spec.submodule_search_locations))) / "Qt"
    return qt / "lib", qt / "plugins" / "platforms"


def missing_libraries(
    libraries: Sequence[Library] = XCB_LIBRARIES,
    load: Loader = load_library,
    folders: Sequence[Path] = (),
) -> list[Library]:
    """The libraries that cannot be loaded by name, nor from one of `folders` (a bundle's own copies). Where
    a library is there but one it needs is not (the loader names that one), the one it needs is reported, not
    every library that depends on it; one not in the table comes back without package names."""
    missing: dict[str, Library] = {}
    for library in libraries:
        try:
            load(library.soname)
        except OSError as error:
            if any(_load_from(folder / library.soname, load) for folder in folders):
                continue
            found = _NOT_FOUND.search(str(error))
            culprit = found["soname"] if found else library.soname
            known = next((lib for lib in XCB_LIBRARIES if lib.soname == culprit), None)
            if culprit == library.soname:
                missing.setdefault(culprit, library)
            else:
                missing.setdefault(culprit, known or Library(culprit, "", ""))
    return list(missing.values())


def _load_from(path: Path, load: Loader) -> bool:
    if not path.exists():
        return False
    try:
        load(str(path))
    except OSError:
        return False
    return True


def plugin_error(plugin: Path | None, load: Loader = load_library) -> str | None:
    """The last word: load the xcb plugin itself, as Qt will. The loader's reason if it fails, else None."""
    if plugin is None or not plugin.exists():
        return None
    try:
        load(str(plugin))
    except OSError as exc:
        return str(exc)
    return None


# A probe connection that succeeded stays open until Qt has its own (release_display): an X server with no
# other client (Xvfb, a bare X session) resets when its last client leaves, and Qt's connection, a moment
# later, could meet the server in the middle of that reset.
_PROBES: list[tuple[ctypes.CDLL, int]] = []


def display_reachable(display: str, load: Loader = load_library) -> bool:
    """Can an X connection be made to `display`? (Qt aborts on one it cannot reach.) True when libxcb itself
    cannot be asked: then the library check speaks."""
    try:
        xcb = load("libxcb.so.1")
    except OSError:
        return True
    if not isinstance(xcb, ctypes.CDLL):
        return True
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.restype = ctypes.c_int
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.restype = None
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    if xcb.xcb_connection_has_error(connection):
        xcb.xcb_disconnect(connection)  # libxcb's own object for a failed connection: safe to hand back
        return False
    _PROBES.append((xcb, connection))
    return True


def release_display() -> None:
    """Close the probe connection, once Qt holds its own connection to the display."""
    while _PROBES:
        xcb, connection = _PROBES.pop()
        xcb.xcb_disconnect(connection)


# --- the check ----------------------------------------------------------------------------------------------


def check_before_windows(
    environ: Mapping[str, str] | None = None,
    *,
    system: str = sys.platform,
    language: str | None = None,
    libraries: Sequence[Library] = XCB_LIBRARIES,
    load: Loader = load_library,
    plugin: Path | None = None,
    reach: Callable[[str], bool] | None = None,
) -> StartupProblem | None:
    """None when the windows can open as far as can be told before Qt starts; else what stops them, in the
    user's language (`language`, else the one set in vinkdesk's settings). Only on Linux, only when Qt will
    use X11 first: Wayland, offscreen and the rest are Qt's own business. `plugin` is the xcb plugin's file
    (by default PySide6's); `load` and `reach` stand in for the loader and the X server in tests."""
    if not system.startswith("linux"):
        return None
    environ = os.environ if environ is None else environ
    platform = first_platform(environ)
    if platform is None:
        return _no_display(language or saved_language())
    if platform == "wayland" and not environ.get("QT_QPA_PLATFORM", "").strip():
        if wayland_reachable(environ):
            return None
        if not environ.get("DISPLAY"):  # Qt would fall back to X11 and abort there
            name = environ.get("WAYLAND_DISPLAY") or "wayland-0"
            return _unreachable(f"{name} (WAYLAND_DISPLAY)", language or saved_language())
        platform = "xcb"  # Qt falls back to X11: check what that needs
    if platform != "xcb":
        return None
    folders = qt_folders()
    extra = [folders[0]] if folders else []
    bundle = getattr(sys, "_MEIPASS", None)  # a PyInstaller bundle's own folder of libraries
    if isinstance(bundle, str):
        extra.append(Path(bundle))
    missing = missing_libraries(libraries, load, extra)
    if missing:
        known = [library for library in missing if library.apt]
        return _missing(known, [lib.soname for lib in missing if not lib.apt], language or saved_language())
    if plugin is None and folders:
        plugin = folders[1] / "libqxcb.so"
    error = plugin_error(plugin, load)
    if error is not None:
        match = _NOT_FOUND.search(error)
        if match:
            soname = match["soname"]
            known = [lib for lib in XCB_LIBRARIES if lib.soname == soname]
            return _missing(known, [] if known else [soname], language or saved_language())
        return _plugin_broken(error, language or saved_language())
    display = environ.get("DISPLAY", "")
    if not display:
        return _no_display(language or saved_language())
    if not (reach or (lambda shown: display_reachable(shown, load)))(display):
        return _unreachable(f"{display} (DISPLAY)", language or saved_language())
    return None


def wayland_reachable(environ: Mapping[str, str]) -> bool:
    """Does a Wayland compositor answer on WAYLAND_DISPLAY (a socket in XDG_RUNTIME_DIR, or a path)?"""
    name = environ.get("WAYLAND_DISPLAY") or "wayland-0"
    path = Path(name) if name.startswith("/") else Path(environ.get("XDG_RUNTIME_DIR", "/nonexistent")) / name
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    probe.settimeout(0.5)
    try:
        probe.connect(str(path))
    except OSError:
        return False
    finally:
        probe.close()
    return True


def saved_language() -> str:
    """The language set in vinkdesk's settings (the same QSettings the windows use), "da" if none or if
    even QtCore cannot be loaded."""
    try:
        from PySide6.QtCore import QSettings
    except ImportError:
        return "da"
    value = str(QSettings("vinkdesk", "vinkdesk").value("language", "da"))
    return value if value in LANGUAGES else "da"


# --- the words (both languages here: Qt's translator is not loaded yet) -------------------------------------

_SUMMARY = {"da": "vinkdesk kan ikke starte", "en": "vinkdesk cannot start"}
_CANNOT = {"da": "vinkdesk kan ikke åbne sine vinduer", "en": "vinkdesk cannot open its windows"}
_WITHOUT_DISPLAY = {
    "da": "Kommandoerne på kommandolinjen virker uden skærm: vinkdesk --help.",
    "en": "The command-line commands work without a display: vinkdesk --help.",
}


def _words(language: str, da: str, en: str) -> str:
    return da if language == "da" else en


# One library or several: (head, install, works without) by language.
_MISSING = {
    ("da", False): (
        "Qt skal bruge dette systembibliotek for at vise vinduer på dette skrivebord (X11), og det mangler:",
        "Installér det, og start så vinkdesk igen:",
        "Kommandoerne på kommandolinjen (vinkdesk --help) virker uden det.",
    ),
    ("da", True): (
        "Qt skal bruge disse systembiblioteker for at vise vinduer på dette skrivebord (X11), og de mangler:",
        "Installér dem, og start så vinkdesk igen:",
        "Kommandoerne på kommandolinjen (vinkdesk --help) virker uden dem.",
    ),
    ("en", False): (
        "Qt needs this system library to show windows on this desktop (X11), and it is missing:",
        "Install it, then start vinkdesk again:",
        "The command-line commands (vinkdesk --help) work without it.",
    ),
    ("en", True): (
        "Qt needs these system libraries to show windows on this desktop (X11), and they are missing:",
        "Install them, then start vinkdesk again:",
        "The command-line commands (vinkdesk --help) work without them.",
    ),
}


def _missing(missing: Sequence[Library], unknown: Sequence[str], language: str) -> StartupProblem:
    head, install, without = _MISSING[(language, len(missing) + len(unknown) > 1)]
    lines = [f"{_CANNOT[language]}. {head}"]
    lines += [f"  {library.soname}" for library in missing]
    find = _words(language, "find pakken med", "find its package with")
    lines += [f"  {name} ({find}: apt-file search {name} · dnf provides '*/{name}')" for name in unknown]
    if missing:
        apt = " ".join(dict.fromkeys(library.apt for library in missing))
        dnf = " ".join(dict.fromkeys(library.dnf for library in missing))
        lines += ["", install, f"  Debian/Ubuntu:  sudo apt install {apt}"]
        lines += [f"  Fedora:         sudo dnf install {dnf}"]
    lines += ["", without]
    return StartupProblem(_SUMMARY[language], "\n".join(lines))


def _no_display(language: str) -> StartupProblem:
    reason = _words(
        language,
        "der er ingen skærm (hverken DISPLAY eller WAYLAND_DISPLAY er sat, som i en tekstkonsol eller en "
        "SSH-session). Start vinkdesk fra skrivebordet.",
        "there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set, as in a text console or an SSH "
        "session). Start vinkdesk from the desktop.",
    )
    return StartupProblem(_SUMMARY[language], f"{_CANNOT[language]}: {reason}\n{_WITHOUT_DISPLAY[language]}")


def _unreachable(display: str, language: str) -> StartupProblem:
    reason = _words(
        language,
        f"skærmen {display} kan ikke nås. Start vinkdesk fra det skrivebord, den skal vises på.",
        f"the display {display} cannot be reached. Start vinkdesk from the desktop it is to show on.",
    )
    return StartupProblem(_SUMMARY[language], f"{_CANNOT[language]}: {reason}\n{_WITHOUT_DISPLAY[language]}")


def _plugin_broken(error: str, language: str) -> StartupProblem:
    reason = _words(
        language,
        "Qt's X11-modul (xcb) kan ikke indlæses:",
        "Qt's X11 plugin (xcb) cannot be loaded:",
    )
    advice = _words(
        language,
        "Opdatér systemet (det bibliotek, fejlen nævner), og start så vinkdesk igen. Kommandoerne på "
        "kommandolinjen (vinkdesk --help) virker alligevel.",
        "Update the system (the library the error names), then start vinkdesk again. The command-line "
        "commands (vinkdesk --help) work regardless.",
    )
    return StartupProblem(_SUMMARY[language], f"{_CANNOT[language]}: {reason}\n  {error}\n{advice}")


# --- telling the user ---------------------------------------------------------------------------------------

Runner = Callable[[list[str], Mapping[str, str]], object]


def report(
    problem: StartupProblem,
    environ: Mapping[str, str] | None = None,
    *,
    which: Callable[[str], str | None] = shutil.which,
    run: Runner | None = None,
) -> None:
    """Print the message to stderr and, since a launcher has no terminal, show it as a desktop notification
    where one can be sent (notify-send, else gdbus); a notification that cannot be sent is no error."""
    print(problem.message, file=sys.stderr, flush=True)
    environ = os.environ if environ is None else environ
    command = notification_command(problem, which)
    if command is None:
        return
    try:
        (run or _run)(command, _child_environment(environ))
    except (OSError, subprocess.SubprocessError, ValueError):
        pass  # no notification service, no session bus: the message is on stderr


def notification_command(
    problem: StartupProblem, which: Callable[[str], str | None] = shutil.which
) -> list[str] | None:
    body = html.escape(problem.message, quote=False)  # notification servers read simple markup
    notify_send = which("notify-send")
    if notify_send:
        options = ["--app-name=vinkdesk", "--icon=vinkdesk", "--urgency=critical"]
        return [notify_send, *options, "--", problem.summary, body]
    gdbus = which("gdbus")
    if gdbus:
        return [
            gdbus,
            "call",
            "--session",
            "--dest=org.freedesktop.Notifications",
            "--object-path=/org/freedesktop/Notifications",
            "--method=org.freedesktop.Notifications.Notify",
            _gvariant("vinkdesk"),
            "0",
            _gvariant("vinkdesk"),
            _gvariant(problem.summary),
            _gvariant(body),
            "[]",
            "{'urgency': <byte 2>}",
            "0",
        ]
    return None


def _gvariant(text: str) -> str:
    """A string in GVariant's text format, as gdbus reads its arguments."""
    escaped = text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n")
    return f"'{escaped}'"


def _child_environment(environ: Mapping[str, str]) -> dict[str, str]:
    """The environment for a system program: a bundle's own library path taken out (PyInstaller keeps the
    user's in LD_LIBRARY_PATH_ORIG), so notify-send finds the system's libraries."""
    child = dict(environ)
    if "LD_LIBRARY_PATH_ORIG" in child:
        child["LD_LIBRARY_PATH"] = child.pop("LD_LIBRARY_PATH_ORIG")
    elif getattr(sys, "frozen", False):
        child.pop("LD_LIBRARY_PATH", None)
    return child


def _run(command: list[str], environ: Mapping[str, str]) -> object:
    return subprocess.run(
        command,
        env=dict(environ),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=3,
        check=False,
    )
