"""The Linux launcher: `vinkdesk.desktop` and the icon written where a desktop looks for them, a valid entry
whose Exec line starts the very program given, wherever it lies (a space, a dollar, a percent in its path)."""

from __future__ import annotations

import configparser
import shutil
import stat
import struct
import subprocess
from pathlib import Path

import pytest

from vinkdesk import desktop_entry
from vinkdesk.desktop_entry import ICONS, PNG_SIZES, default_data_home, entry_text, install


def read_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment, method-assign]  # keys are case-sensitive
    parser.read_string(path.read_text(encoding="utf-8"))
    assert parser.sections() == ["Desktop Entry"]
    return dict(parser["Desktop Entry"])


def exec_argv(value: str) -> list[str]:
    """The Exec key read back as the Desktop Entry spec says a launcher reads it: the string escapes
    first, then the quoting rules, then `%%` as a literal percent (an independent reading, not ours)."""
    unescaped, i = "", 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            unescaped += {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}.get(
                value[i + 1], value[i + 1]
            )
            i += 2
        else:
            unescaped += value[i]
            i += 1
    argv, current, quoted, started, i = [], "", False, False, 0
    while i < len(unescaped):
        ch = unescaped[i]
        if quoted:
            if ch == "\\" and unescaped[i + 1] in '"`$\\':
                current += unescaped[i + 1]
                i += 1
            elif ch == '"':
                quoted = False
            else:
                current += ch
        elif ch == '"':
            quoted, started = True, True
        elif ch == " ":
            if started:
                argv.append(current)
            current, started = "", False
        else:
            assert ch not in "\\$`'><~|&;*?#()", f"{ch!r} must be quoted in {value!r}"
            current, started = current + ch, True
        i += 1
    assert not quoted, value
    if started:
        argv.append(current)
    return [argument.replace("%%", "%") for argument in argv]


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_install_writes_a_valid_entry_and_every_icon(tmp_path: Path) -> None:
    program = tmp_path / "Mine programmer" / "vinkdesk" / "vinkdesk"
    share = tmp_path / "share"
    written = install(program, share)

    entry_path = share / "applications" / "vinkdesk.desktop"
    assert written[0] == entry_path
    entry = read_entry(entry_path)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "vinkdesk" and entry["Name[da]"] == "vinkdesk"
    assert entry["GenericName"] and entry["GenericName[da]"] and entry["Comment"] and entry["Comment[da]"]
    assert "forebyggelse" in entry["GenericName[da]"].lower() and "prevention" in entry["GenericName"].lower()
    assert entry["Icon"] == "vinkdesk" and entry["Terminal"] == "false"
    assert entry["Categories"] == "Office;"
    assert entry["StartupWMClass"] == "vinkdesk" and entry["StartupNotify"] == "true"
    assert exec_argv(entry["Exec"]) == [str(program)], entry["Exec"]
    assert entry["TryExec"] == str(program)

    hicolor = share / "icons" / "hicolor"
    for size in PNG_SIZES:
        icon = hicolor / f"{size}x{size}" / "apps" / "vinkdesk.png"
        assert icon in written and png_size(icon) == (size, size)
    svg = hicolor / "scalable" / "apps" / "vinkdesk.svg"
    assert svg in written and svg.read_bytes() == (ICONS / "vinkdesk.svg").read_bytes()
    for path in written:
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, path
    assert len(written) == len(PNG_SIZES) + 2


def test_installing_again_replaces_the_files_and_leaves_no_temp_files(tmp_path: Path) -> None:
    install(tmp_path / "old" / "vinkdesk", tmp_path)
    written = install(tmp_path / "new place" / "vinkdesk", tmp_path)
    entry = read_entry(written[0])
    assert exec_argv(entry["Exec"]) == [str(tmp_path / "new place" / "vinkdesk")]
    assert not [p for p in tmp_path.rglob("*") if p.name.startswith(".")], "a temp file was left"


@pytest.mark.parametrize(
    "path",
    [
        "/opt/vinkdesk/vinkdesk",
        "/home/ane/Mine programmer/vinkdesk",
        "/home/ane/100% sikkert/vinkdesk",
        '/home/ane/"citat" $HOME `x`/vinkdesk',
        "/home/ane/back\\slash/vinkdesk",
        "/home/ane/(kopi) & mere; #1 ~/vinkdesk",
    ],
)
def test_the_exec_line_starts_exactly_the_program_given(tmp_path: Path, path: str) -> None:
    entry = entry_text([path, "--home", "/srv/ane's notes"], try_exec=path)
    (tmp_path / "vinkdesk.desktop").write_text(entry, encoding="utf-8")
    fields = read_entry(tmp_path / "vinkdesk.desktop")
    assert exec_argv(fields["Exec"]) == [path, "--home", "/srv/ane's notes"]


def test_a_path_with_a_space_is_quoted_whole(tmp_path: Path) -> None:
    fields = entry_text(["/home/ane/Mine programmer/vinkdesk"]).splitlines()
    assert 'Exec="/home/ane/Mine programmer/vinkdesk"' in fields


def test_the_data_home_follows_xdg_and_ignores_a_relative_one() -> None:
    assert default_data_home({"XDG_DATA_HOME": "/srv/data", "HOME": "/home/ane"}) == Path("/srv/data")
    assert default_data_home({"XDG_DATA_HOME": "data", "HOME": "/home/ane"}) == Path("/home/ane/.local/share")
    assert default_data_home({"HOME": "/home/ane"}) == Path("/home/ane/.local/share")


def test_the_packagers_entry_is_the_same_entry_starting_vinkdesk_from_the_path() -> None:
    static = ICONS / "vinkdesk.desktop"
    assert static.read_text(encoding="utf-8") == entry_text(["vinkdesk"], try_exec="vinkdesk")
    assert exec_argv(read_entry(static)["Exec"]) == ["vinkdesk"]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_file_validate_accepts_the_entries(tmp_path: Path) -> None:
    written = install(tmp_path / "Mine programmer" / "vinkdesk", tmp_path)
    for entry in (written[0], ICONS / "vinkdesk.desktop"):
        result = subprocess.run(
            ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
        )
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_the_module_is_qt_free() -> None:
    source = Path(desktop_entry.__file__).read_text(encoding="utf-8")
    assert "PySide6" not in source and "shiboken" not in source
