"""The start-up check on Linux: before Qt's xcb plugin can abort, a missing library is named with the package
that holds it (apt and dnf), no display is said plainly, and `vinkdesk` exits with status 1; where Qt will
not use X11 nothing is checked; on this machine, with its real libraries, the check passes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.xvfb import xvfb_display
from vinkdesk.ui.system import linux
from vinkdesk.ui.system.linux import (
    XCB_LIBRARIES,
    Library,
    StartupProblem,
    check_before_windows,
    first_platform,
    missing_libraries,
    notification_command,
    plugin_error,
    qt_folders,
    report,
)

VINKDESK = str(Path(sys.executable).parent / "vinkdesk")
ABSENT = Library("libvinkdesk-absent.so.7", "libvinkdesk-absent7", "vinkdesk-absent-libs")


def present(_display: str) -> bool:
    return True


def test_a_missing_library_is_named_with_its_debian_and_fedora_package() -> None:
    problem = check_before_windows(
        {"DISPLAY": ":0"}, system="linux", language="en", libraries=(ABSENT, *XCB_LIBRARIES), reach=present
    )
    assert problem is not None
    lines = problem.message.splitlines()
    assert "  libvinkdesk-absent.so.7" in lines
    assert "  Debian/Ubuntu:  sudo apt install libvinkdesk-absent7" in lines
    assert "  Fedora:         sudo dnf install vinkdesk-absent-libs" in lines
    assert "is missing" in problem.message and "vinkdesk --help" in problem.message
    assert not any(lib.soname in problem.message for lib in XCB_LIBRARIES), "only what is missing is named"
    assert problem.summary == "vinkdesk cannot start"


def test_every_missing_library_is_named_in_one_message_in_danish() -> None:
    libraries = (
        Library("libxcb-cursor.so.999", "libxcb-cursor0", "xcb-util-cursor"),
        Library("libxcb-shape.so.999", "libxcb-shape0", "libxcb"),
        Library("libxcb-xkb.so.999", "libxcb-xkb1", "libxcb"),
        Library("libxcb.so.1", "libxcb1", "libxcb"),
    )
    problem = check_before_windows({"DISPLAY": ":0"}, system="linux", language="da", libraries=libraries)
    assert problem is not None
    message = problem.message
    for soname in ("libxcb-cursor.so.999", "libxcb-shape.so.999", "libxcb-xkb.so.999"):
        assert f"  {soname}" in message.splitlines()
    assert "sudo apt install libxcb-cursor0 libxcb-shape0 libxcb-xkb1\n" in message
    assert "sudo dnf install xcb-util-cursor libxcb\n" in message, "each package once"
    assert message.startswith("vinkdesk kan ikke åbne sine vinduer.") and "og de mangler:" in message
    assert "Installér dem, og start så vinkdesk igen:" in message
    assert problem.summary == "vinkdesk kan ikke starte"


def test_the_check_passes_on_this_machine_with_its_real_libraries() -> None:
    folders = qt_folders()
    assert folders is not None and (folders[1] / "libqxcb.so").exists()
    assert missing_libraries() == []
    assert plugin_error(folders[1] / "libqxcb.so") is None
    assert check_before_windows({"DISPLAY": ":0"}, system="linux", language="en", reach=present) is None


def test_the_table_holds_every_library_the_xcb_plugin_links() -> None:
    """Against the plugin's and libQt6XcbQpa's own NEEDED entries, so that a PySide6 upgrade that needs one
    more library fails here rather than on a counsellor's laptop."""
    readelf = shutil.which("readelf")
    if readelf is None:
        pytest.skip("readelf (binutils) is not installed")
    folders = qt_folders()
    assert folders is not None
    needed: set[str] = set()
    for binary in (
        folders[1] / "libqxcb.so",
        folders[0] / "libQt6XcbQpa.so.6",
        folders[0] / "libQt6Gui.so.6",
    ):
        dynamic = subprocess.run([readelf, "-d", str(binary)], capture_output=True, text=True, check=True)
        needed |= {
            line.split("[")[1].rstrip("]") for line in dynamic.stdout.splitlines() if "(NEEDED)" in line
        }
    runtime = {
        "libc.so.6",
        "libm.so.6",
        "libstdc++.so.6",
        "libgcc_s.so.1",
        "libz.so.1",
        "ld-linux-x86-64.so.2",
    }
    wanted = {name for name in needed if not name.startswith(("libQt6", "libicu")) and name not in runtime}
    assert wanted - {lib.soname for lib in XCB_LIBRARIES} == set()


@pytest.mark.parametrize(
    ("environ", "platform"),
    [
        ({"DISPLAY": ":0"}, "xcb"),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, "wayland"),
        ({"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"}, "wayland"),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "wayland"),
        ({"QT_QPA_PLATFORM": "xcb"}, "xcb"),
        ({"QT_QPA_PLATFORM": "xcb:dpi=96", "WAYLAND_DISPLAY": "wayland-0"}, "xcb"),
        ({"QT_QPA_PLATFORM": "xcb;wayland"}, "xcb"),
        ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, "wayland"),
        ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, "offscreen"),
        ({"QT_QPA_PLATFORM": "offscreen"}, "offscreen"),
        ({"QT_QPA_PLATFORM": "vnc"}, "vnc"),
        ({}, None),
        ({"DISPLAY": "", "WAYLAND_DISPLAY": ""}, None),
    ],
)
def test_the_platform_qt_will_try_first(environ: dict[str, str], platform: str | None) -> None:
    assert first_platform(environ) == platform


@pytest.mark.parametrize(
    "environ",
    [
        {"QT_QPA_PLATFORM": "offscreen"},
        {"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"},
        {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"},  # a compositor answers on the socket
        {"QT_QPA_PLATFORM": "minimal"},
    ],
)
def test_nothing_is_checked_where_qt_will_not_use_x11(environ: dict[str, str], tmp_path: Path) -> None:
    import socket

    def refuse(name: str) -> object:
        raise AssertionError(f"{name} was loaded for {environ}")

    compositor = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    compositor.bind(str(tmp_path / "wayland-0"))
    compositor.listen(1)
    try:
        environ = {**environ, "XDG_RUNTIME_DIR": str(tmp_path)}
        assert check_before_windows(environ, system="linux", language="en", load=refuse) is None
    finally:
        compositor.close()


def test_a_wayland_display_nobody_answers_on_is_said_or_x11_is_checked_instead(tmp_path: Path) -> None:
    """Qt tries Wayland, finds no compositor and falls back to X11, where it would abort: say so first."""
    gone = {"WAYLAND_DISPLAY": "wayland-9", "XDG_RUNTIME_DIR": str(tmp_path)}
    problem = check_before_windows(gone, system="linux", language="en")
    assert problem is not None and "wayland-9 (WAYLAND_DISPLAY) cannot be reached" in problem.message
    with_x11 = {**gone, "DISPLAY": ":0"}
    problem = check_before_windows(with_x11, system="linux", language="en", libraries=(ABSENT,))
    assert problem is not None and ABSENT.soname in problem.message  # X11's libraries are checked


def test_a_missing_library_others_need_is_named_alone(tmp_path: Path) -> None:
    """Without libxcb.so.1 every xcb helper fails to load too, but the loader names libxcb.so.1: that one,
    and only that one, is missing."""

    def loader(name: str) -> object:
        if Path(name).name == "libxcb.so.1":
            raise OSError("libxcb.so.1: cannot open shared object file: No such file or directory")
        if "xcb" in Path(name).name:
            raise OSError("libxcb.so.1: cannot open shared object file: No such file or directory")
        return object()

    libraries = [lib for lib in linux.XCB_LIBRARIES if "xcb" in lib.soname]
    assert [lib.soname for lib in missing_libraries(libraries, loader)] == ["libxcb.so.1"]
    problem = check_before_windows(
        {"DISPLAY": ":0"}, system="linux", language="en", libraries=libraries, load=loader
    )
    assert problem is not None and "sudo apt install libxcb1\n" in problem.message + "\n"


@pytest.mark.parametrize("system", ["win32", "darwin"])
def test_nothing_is_checked_off_linux(system: str) -> None:
    assert check_before_windows({}, system=system, language="en", libraries=(ABSENT,)) is None


def test_no_display_at_all_is_said_plainly_pointing_to_the_command_line() -> None:
    problem = check_before_windows({}, system="linux", language="en", libraries=(ABSENT,))
    assert problem is not None
    assert "there is no display" in problem.message and "vinkdesk --help" in problem.message
    assert "libvinkdesk-absent" not in problem.message, "no library is blamed when there is no display"
    danish = check_before_windows({"QT_QPA_PLATFORM": "xcb"}, system="linux", language="da", reach=present)
    assert danish is not None and "der er ingen skærm" in danish.message


def test_a_display_that_cannot_be_reached_is_named() -> None:
    problem = check_before_windows({"DISPLAY": ":987"}, system="linux", language="en", reach=lambda d: False)
    assert problem is not None and "the display :987 (DISPLAY) cannot be reached" in problem.message


class FakeLoader:
    """The real loader for libraries, the plugin refused with the loader's own words."""

    def __init__(self, plugin_refusal: str) -> None:
        self.refusal = plugin_refusal

    def __call__(self, name: str) -> object:
        if name.endswith("libqxcb.so"):
            raise OSError(self.refusal)
        return linux.load_library(name)


def plugin_refused(tmp_path: Path, refusal: str) -> StartupProblem | None:
    """The check on a display, with no library of the table missing and the plugin refused by the loader
    with `refusal`."""
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"")
    environ = {"DISPLAY": ":0"}
    return check_before_windows(
        environ, system="linux", language="en", libraries=(), load=FakeLoader(refusal), plugin=plugin
    )


def test_the_plugins_own_refusal_names_the_library_when_the_table_misses_it(tmp_path: Path) -> None:
    missing = "libxcb-cursor.so.0: cannot open shared object file: No such file or directory"
    refusal = f"{tmp_path / 'libqxcb.so'}: {missing}"
    problem = plugin_refused(tmp_path, refusal)
    assert problem is not None
    assert "  libxcb-cursor.so.0" in problem.message.splitlines()
    assert "sudo apt install libxcb-cursor0" in problem.message
    assert "sudo dnf install xcb-util-cursor" in problem.message


def test_a_library_no_table_knows_is_named_with_how_to_find_its_package(tmp_path: Path) -> None:
    refusal = "libxcb-future.so.3: cannot open shared object file: No such file or directory"
    problem = plugin_refused(tmp_path, refusal)
    assert problem is not None
    assert "libxcb-future.so.3" in problem.message
    assert "apt-file search libxcb-future.so.3" in problem.message and "dnf provides" in problem.message


def test_any_other_refusal_of_the_plugin_is_shown_as_the_loader_said_it(tmp_path: Path) -> None:
    refusal = "/lib/libc.so.6: version `GLIBC_2.99' not found (required by libQt6Core.so.6)"
    problem = plugin_refused(tmp_path, refusal)
    assert problem is not None and refusal in problem.message and "xcb" in problem.message


# --- telling the user ---------------------------------------------------------------------------------------

PROBLEM = StartupProblem("vinkdesk cannot start", "Missing:\n  libxcb-cursor.so.0 <it's> & more")


def test_the_message_goes_to_stderr_and_to_a_desktop_notification(capsys: pytest.CaptureFixture[str]) -> None:
    ran: list[list[str]] = []
    report(PROBLEM, {}, which=lambda name: f"/usr/bin/{name}", run=lambda command, env: ran.append(command))
    assert capsys.readouterr().err == PROBLEM.message + "\n"
    assert len(ran) == 1 and ran[0][0] == "/usr/bin/notify-send"
    assert ran[0][-2:] == ["vinkdesk cannot start", "Missing:\n  libxcb-cursor.so.0 &lt;it's&gt; &amp; more"]


def test_without_notify_send_gdbus_sends_the_notification() -> None:
    command = notification_command(PROBLEM, which=lambda name: "/usr/bin/gdbus" if name == "gdbus" else None)
    assert command is not None and command[:2] == ["/usr/bin/gdbus", "call"]
    assert "--method=org.freedesktop.Notifications.Notify" in command
    assert "'Missing:\\n  libxcb-cursor.so.0 &lt;it\\'s&gt; &amp; more'" in command


def test_a_notification_that_cannot_be_sent_is_no_error(capsys: pytest.CaptureFixture[str]) -> None:
    def broken(command: list[str], env: object) -> object:
        raise subprocess.TimeoutExpired(command, 3)

    report(PROBLEM, {}, which=lambda name: f"/usr/bin/{name}", run=broken)
    report(PROBLEM, {}, which=lambda name: None, run=broken)  # nothing to send it with: not even tried
    assert capsys.readouterr().err.count("Missing:") == 2


# --- the program itself -------------------------------------------------------------------------------------


def run_vinkdesk(tmp_path: Path, language: str | None, **display: str) -> subprocess.CompletedProcess[str]:
    """`vinkdesk` with no command (the windows), in a clean environment: no session bus (so no notification
    pops up on a developer's desktop), a fresh settings folder with the language chosen."""
    config = tmp_path / "config"
    if language:
        (config / "vinkdesk").mkdir(parents=True)
        (config / "vinkdesk" / "vinkdesk.conf").write_text(f"[General]\nlanguage={language}\n")
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(config),
        "XDG_RUNTIME_DIR": str(tmp_path),
        "VINKDESK_HOME": str(tmp_path / "home"),
        **display,
    }
    return subprocess.run([VINKDESK], capture_output=True, text=True, env=env, timeout=60, check=False)


def test_vinkdesk_without_a_display_says_so_and_exits_with_status_1(tmp_path: Path) -> None:
    result = run_vinkdesk(tmp_path, None)
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith("vinkdesk kan ikke åbne sine vinduer: der er ingen skærm"), result.stderr
    assert "vinkdesk --help" in result.stderr
    assert not (tmp_path / "home").exists(), "nothing was made"


def test_vinkdesk_on_a_display_that_is_not_there_says_so_in_english_when_set_to(tmp_path: Path) -> None:
    if Path("/tmp/.X11-unix/X987").exists():
        pytest.skip("an X server runs on :987 here")
    result = run_vinkdesk(tmp_path, "en", DISPLAY=":987")
    assert result.returncode == 1, result.stderr
    assert "vinkdesk cannot open its windows: the display :987 (DISPLAY) cannot be reached" in result.stderr
    assert "Could not load the Qt platform plugin" not in result.stderr, "Qt never got as far as aborting"


def overlay_possible() -> bool:
    if os.geteuid() != 0 or shutil.which("unshare") is None or not Path("/usr/lib/x86_64-linux-gnu").is_dir():
        return False
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True, check=False)
    return probe.returncode == 0


@pytest.mark.skipif(not overlay_possible(), reason="needs root, unshare and /usr/lib/x86_64-linux-gnu")
def test_vinkdesk_with_the_library_really_gone_names_it(tmp_path: Path) -> None:
    """The system's libxcb-cursor0 and libxcb-icccm4 made absent in a private mount namespace (an overlay
    with the files deleted), as on a fresh desktop; vinkdesk started there."""
    upper, work = tmp_path / "upper", tmp_path / "work"
    upper.mkdir()
    work.mkdir()
    libs = "/usr/lib/x86_64-linux-gnu"
    script = (
        f"mount -t overlay overlay -o lowerdir={libs},upperdir={upper},workdir={work} {libs} || exit 77; "
        f"rm -f {libs}/libxcb-cursor.so.0* {libs}/libxcb-icccm.so.4*; "
        f'exec env -i PATH="$PATH" HOME={tmp_path} XDG_CONFIG_HOME={tmp_path}/config '
        f"XDG_RUNTIME_DIR={tmp_path} VINKDESK_HOME={tmp_path}/home DISPLAY=:987 {VINKDESK}"
    )
    result = subprocess.run(
        ["unshare", "-m", "sh", "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    if result.returncode == 77:
        pytest.skip("no overlay file system here: " + result.stderr)
    assert result.returncode == 1, result.stderr
    lines = result.stderr.splitlines()
    assert "  libxcb-cursor.so.0" in lines and "  libxcb-icccm.so.4" in lines
    assert "  Debian/Ubuntu:  sudo apt install libxcb-cursor0 libxcb-icccm4" in lines
    assert "  Fedora:         sudo dnf install xcb-util-cursor xcb-util-wm" in lines
    assert "Could not load the Qt platform plugin" not in result.stderr


def test_a_display_nobody_serves_is_not_reachable_through_the_real_libxcb() -> None:
    if Path("/tmp/.X11-unix/X987").exists():
        pytest.skip("an X server runs on :987 here")
    assert linux.display_reachable(":987") is False
    linux.release_display()  # nothing was kept open: a no-op


CHILD = """
import sys
import vinkdesk.ui.controller as controller
from vinkdesk.ui.system import linux

checked = []
real_check = linux.check_before_windows
linux.check_before_windows = lambda *a, **k: checked.append(real_check(*a, **k)) or checked[-1]
start = controller.DesktopApp.start

def start_and_look(self):
    start(self)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def look():
        shown = [type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()]
        print("checked", checked, "probes", len(linux._PROBES), flush=True)
        print("platform", QApplication.platformName(), "shown", *shown, flush=True)
        QApplication.quit()

    QTimer.singleShot(300, look)

controller.DesktopApp.start = start_and_look
from vinkdesk.cli import main
sys.exit(main([]))
"""


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed")
def test_on_a_real_x_server_the_check_passes_and_the_windows_open_on_xcb(tmp_path: Path) -> None:
    """The whole path on X11: the libraries, the plugin loaded ahead of Qt, the probe connection (held until
    Qt has its own, so a lone Xvfb does not reset under Qt), then Qt's xcb plugin and the first window."""
    with xvfb_display() as display:
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(tmp_path),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_RUNTIME_DIR": str(tmp_path),
            "VINKDESK_HOME": str(tmp_path / "home"),
            "DISPLAY": display,
        }
        child = subprocess.run(
            [sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=120, check=False
        )
    assert child.returncode == 0, child.stderr
    lines = child.stdout.splitlines()
    assert "checked [None] probes 0" in lines, child.stdout + child.stderr
    assert "platform xcb shown FirstRunDialog" in lines, child.stdout + child.stderr
