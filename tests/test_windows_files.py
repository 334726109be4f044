"""What vinkdesk does with files on Windows, tried here: a replacement retried while a virus scanner holds
the file, UNC paths and mapped drives seen as network shares, the home in the local (not roaming) AppData,
and the share's mailbox built from a UNC share. The Windows condition itself (a file held open without
FILE_SHARE_DELETE) cannot occur on Linux: a replacement function refusing as Windows does stands in for it."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path, PureWindowsPath

import pytest

from vinkdesk.sync import share as share_module
from vinkdesk.sync.share import Folder, mailbox_of, root_of
from vinkdesk.vault import files
from vinkdesk.vault.files import (
    REPLACE_PAUSES,
    StagedOutput,
    is_network_path,
    replace_file,
    write_atomically,
)
from vinkdesk.vault.home import platform_folder, resolve_home

Replace = Callable[[str | os.PathLike[str], str | os.PathLike[str]], None]


def held_for(
    attempts: int, real: Replace = os.replace, winerror: int | None = 32
) -> tuple[Replace, list[int]]:
    """A replacement that Windows refuses `attempts` times (a scanner holding the file), then the real one."""
    calls: list[int] = []

    def replace(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        calls.append(1)
        if len(calls) <= attempts:
            error = PermissionError(errno.EACCES, "The process cannot access the file", os.fspath(target))
            if winerror is not None:
                error.winerror = winerror  # type: ignore[attr-defined]  # as Windows sets it
            raise error
        real(source, target)

    return replace, calls


def test_a_replacement_refused_a_few_times_on_windows_succeeds_after_short_pauses(tmp_path: Path) -> None:
    source, target = tmp_path / "new.tmp", tmp_path / "vault.keys"
    source.write_bytes(b"new")
    target.write_bytes(b"old")
    replace, calls = held_for(3)
    pauses: list[float] = []
    replace_file(source, target, replace=replace, windows=True, sleep=pauses.append)
    assert target.read_bytes() == b"new" and not source.exists()
    assert len(calls) == 4
    assert pauses == list(REPLACE_PAUSES[:3]) and pauses == sorted(pauses)


@pytest.mark.parametrize("winerror", [5, 32, 33])
def test_every_in_use_code_is_retried(tmp_path: Path, winerror: int) -> None:
    source, target = tmp_path / "a", tmp_path / "b"
    source.write_bytes(b"x")
    replace, calls = held_for(1, winerror=winerror)
    replace_file(source, target, replace=replace, windows=True, sleep=lambda _s: None)
    assert len(calls) == 2 and target.read_bytes() == b"x"


def test_a_file_held_for_longer_than_two_seconds_raises_the_original_error_saying_why(tmp_path: Path) -> None:
    source, target = tmp_path / "new.tmp", tmp_path / "vault.keys"
    source.write_bytes(b"new")
    target.write_bytes(b"old")
    replace, calls = held_for(1000)
    pauses: list[float] = []
    with pytest.raises(PermissionError) as raised:
        replace_file(source, target, replace=replace, windows=True, sleep=pauses.append)
    assert 1.8 <= sum(pauses) <= 2.2, "about two seconds of patience, no more"
    assert len(calls) == len(REPLACE_PAUSES) + 1
    message = str(raised.value)
    assert "virus scanner" in message and str(target) in message and "try again" in message
    assert raised.value.errno == errno.EACCES and raised.value.winerror == 32  # type: ignore[attr-defined]
    assert target.read_bytes() == b"old" and source.read_bytes() == b"new"


def test_on_posix_a_refusal_is_not_retried_and_not_reworded(tmp_path: Path) -> None:
    replace, calls = held_for(1, winerror=None)
    pauses: list[float] = []
    with pytest.raises(PermissionError) as raised:
        replace_file(tmp_path / "a", tmp_path / "b", replace=replace, windows=False, sleep=pauses.append)
    assert len(calls) == 1 and pauses == []
    assert raised.value.strerror == "The process cannot access the file"


def test_other_errors_are_raised_at_once_even_on_windows(tmp_path: Path) -> None:
    pauses: list[float] = []
    with pytest.raises(FileNotFoundError):
        replace_file(tmp_path / "missing", tmp_path / "b", windows=True, sleep=pauses.append)
    assert pauses == []

    def not_found_on_windows(source: object, target: object) -> None:
        error = PermissionError(errno.EACCES, "denied")
        error.winerror = 2  # type: ignore[attr-defined]  # ERROR_FILE_NOT_FOUND is not a scanner's hold
        raise error

    with pytest.raises(PermissionError):
        replace_file(
            tmp_path / "a", tmp_path / "b", replace=not_found_on_windows, windows=True, sleep=pauses.append
        )
    assert pauses == []


@pytest.fixture
def windows_scanner(monkeypatch: pytest.MonkeyPatch) -> Callable[[int], list[int]]:
    """Make this process behave as Windows with a scanner holding each new file for `n` replacements."""

    def hold(attempts: int) -> list[int]:
        replace, calls = held_for(attempts)
        monkeypatch.setattr(files, "ON_WINDOWS", True)
        monkeypatch.setattr(files.os, "replace", replace)
        monkeypatch.setattr(files.time, "sleep", lambda _s: None)
        return calls

    return hold


def test_write_atomically_waits_for_the_scanner(
    tmp_path: Path, windows_scanner: Callable[[int], list[int]]
) -> None:
    path = tmp_path / "vault.keys"
    path.write_bytes(b"old")
    calls = windows_scanner(4)
    write_atomically(path, b"new")
    assert path.read_bytes() == b"new" and len(calls) == 5
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault.keys"], "no temp file is left behind"


def test_write_atomically_gives_up_keeping_the_old_file(
    tmp_path: Path, windows_scanner: Callable[[int], list[int]]
) -> None:
    path = tmp_path / "vault.keys"
    path.write_bytes(b"old")
    windows_scanner(1000)
    with pytest.raises(PermissionError, match="virus scanner"):
        write_atomically(path, b"new")
    assert path.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault.keys"], "the temp file is removed"


def test_an_output_is_published_after_the_scanner_lets_go(
    tmp_path: Path, windows_scanner: Callable[[int], list[int]]
) -> None:
    calls = windows_scanner(2)
    with StagedOutput(tmp_path / "summary.pdf", forbidden=tmp_path / "home") as staged:
        staged.file.write(b"%PDF")
        staged.publish()
    assert (tmp_path / "summary.pdf").read_bytes() == b"%PDF" and len(calls) == 3


def test_a_sealed_file_on_a_share_without_hard_links_is_renamed_after_the_scanner_lets_go(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows' path through Folder.post (no folder handles, rename not link), with a scanner on the temp."""
    mailbox = tmp_path / "vinkdesk" / "sealed"
    mailbox.mkdir(parents=True)
    rename, calls = held_for(2, real=os.rename)

    def no_hard_links(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")  # SMB, FAT, most NAS shares

    monkeypatch.setattr(share_module.os, "link", no_hard_links)
    monkeypatch.setattr(share_module.os, "rename", rename)
    monkeypatch.setattr(files, "ON_WINDOWS", True)
    monkeypatch.setattr(files.time, "sleep", lambda _s: None)
    with Folder(mailbox, None) as folder:  # no folder handle: as on Windows
        name = folder.post(b"sealed bytes", b"k" * 32)
    assert [p.name for p in mailbox.iterdir()] == [name] and (mailbox / name).read_bytes() == b"sealed bytes"
    assert len(calls) == 3


# --- network paths ---------------------------------------------------------------------------------------


def drive_types(**types: int) -> Callable[[str], int]:
    """GetDriveTypeW as Windows would answer: DRIVE_FIXED (3) unless named (DRIVE_REMOTE is 4)."""

    def drive_type(root: str) -> int:
        assert len(root) == 3 and root.endswith(":\\"), root
        return types.get(root[0].upper(), 3)

    return drive_type


@pytest.mark.parametrize(
    ("path", "network"),
    [
        (r"\\server\share\vinkdesk", True),
        (r"\\fil01.kommune.local\Forebyggelse$\vinkdesk", True),
        ("//server/share/vinkdesk", True),
        (r"\\?\UNC\server\share\vinkdesk", True),
        (r"\\?\C:\Users\ane\AppData\Local\vinkdesk", False),
        (r"\\.\C:\Users\ane", False),
        (r"C:\Users\ane\AppData\Local\vinkdesk", False),
        (r"Z:\Forebyggelse\vinkdesk", True),
        ("z:/Forebyggelse", True),
        (r"D:\backup", False),
    ],
)
def test_unc_paths_and_mapped_drives_are_network_paths_on_windows(path: str, network: bool) -> None:
    assert is_network_path(PureWindowsPath(path), windows=True, drive_type=drive_types(Z=4)) is network
    assert is_network_path(path, windows=True, drive_type=drive_types(Z=4)) is network


def test_off_windows_the_drive_type_is_never_asked(tmp_path: Path) -> None:
    def refuse(root: str) -> int:
        raise AssertionError("GetDriveTypeW asked off Windows")

    mountinfo = "22 1 8:1 / / rw - ext4 /dev/sda1 rw\n"
    assert not is_network_path(tmp_path, mountinfo, windows=False, drive_type=refuse)


# --- the home -----------------------------------------------------------------------------------------------


def test_the_home_on_windows_is_the_local_appdata_never_the_roaming_profile(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """platformdirs' own Windows rules with the arguments resolve_home uses; the folders come from
    platformdirs' documented override variables, the one place it lets a test name them."""
    from platformdirs.windows import Windows

    local, roaming = r"C:\Users\ane\AppData\Local", r"C:\Users\ane\AppData\Roaming"
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", local)
    monkeypatch.setenv("WIN_PD_OVERRIDE_APPDATA", roaming)
    folder = platform_folder(Windows)
    assert PureWindowsPath(str(folder).replace("/", "\\")) == PureWindowsPath(local) / "vinkdesk"
    assert "Roaming" not in str(folder)


def test_resolve_home_uses_the_platform_folder_when_nothing_is_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", "/srv/data-home")
    assert resolve_home(None, {}).folder == platform_folder() == Path("/srv/data-home/vinkdesk")


# --- the share ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("share", "root"),
    [
        (r"\\server\Forebyggelse", r"\\server\Forebyggelse\vinkdesk"),
        (r"\\server\Forebyggelse" + "\\", r"\\server\Forebyggelse\vinkdesk"),
        (r"\\fil01.kommune.local\Afdeling$\SSP\delt", r"\\fil01.kommune.local\Afdeling$\SSP\delt\vinkdesk"),
        ("//server/Forebyggelse/delt", r"\\server\Forebyggelse\delt\vinkdesk"),
        (r"Z:\delt", r"Z:\delt\vinkdesk"),
    ],
)
def test_the_mailbox_on_a_unc_share_is_built_with_windows_rules(share: str, root: str) -> None:
    typed = PureWindowsPath(share)  # what Path(text) is on Windows, for text the user typed
    assert str(root_of(typed)) == root  # type: ignore[arg-type]  # a PureWindowsPath stands in for WindowsPath
    assert str(mailbox_of(typed)) == root + r"\sealed"  # type: ignore[arg-type]
    assert not str(mailbox_of(typed)).startswith("/")  # type: ignore[arg-type]
