"""Pack the application folder dist/vinkdesk (made by `make dist`) into the archive handed to IT:
dist/vinkdesk-VERSION-OS-ARCH.tar.gz (a .zip on Windows, where Explorer opens it), OS linux, windows or macos
and ARCH x86_64 or arm64. The archive holds the folder `vinkdesk/` (and `vinkdesk.app/` on macOS) as built.

Usage: python tools/dist_archive.py [--dist DIR]   (prints the archive's path)
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import stat
import sys
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARCHES = {"x86_64": "x86_64", "amd64": "x86_64", "x64": "x86_64", "arm64": "arm64", "aarch64": "arm64"}


def version() -> str:
    """The version in pyproject.toml (the one `vinkdesk --version` prints)."""
    import tomllib

    with open(ROOT / "pyproject.toml", "rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def system_name() -> str:
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    if sys.platform.startswith("linux"):
        return "linux"
    return re.sub(r"[^a-z0-9]+", "", sys.platform.lower())


def arch_name() -> str:
    machine = platform.machine().lower()
    return ARCHES.get(machine, re.sub(r"[^a-z0-9_]+", "", machine) or "unknown")


def archive_path(dist: Path) -> Path:
    suffix = ".zip" if sys.platform == "win32" else ".tar.gz"
    return dist / f"vinkdesk-{version()}-{system_name()}-{arch_name()}{suffix}"


def _members(dist: Path) -> list[Path]:
    tops = [dist / "vinkdesk"] + ([dist / "vinkdesk.app"] if (dist / "vinkdesk.app").is_dir() else [])
    found: list[Path] = []
    for top in tops:
        found.append(top)
        for folder, dirs, files in os.walk(top):
            dirs.sort()
            found += [Path(folder) / name for name in sorted(dirs + files)]
    return found


def _normalised(info: tarfile.TarInfo) -> tarfile.TarInfo:
    """The same archive whoever builds it: no user or group names, read for all, written by the owner."""
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    if info.isfile() or info.isdir():
        executable = info.isdir() or info.mode & stat.S_IXUSR
        info.mode = 0o755 if executable else 0o644
    return info


def pack(dist: Path) -> Path:
    if not (dist / "vinkdesk").is_dir():
        raise SystemExit(f"dist_archive: {dist / 'vinkdesk'} is missing; run `make dist` first")
    target = archive_path(dist)
    partial = target.with_name(target.name + ".partial")
    members = _members(dist)
    if target.suffix == ".zip":
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
            for path in members:
                archive.write(path, path.relative_to(dist).as_posix())
    else:
        with tarfile.open(partial, "w:gz", compresslevel=6) as archive:
            for path in members:
                archive.add(path, path.relative_to(dist).as_posix(), recursive=False, filter=_normalised)
    os.replace(partial, target)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="the folder holding vinkdesk/")
    args = parser.parse_args()
    target = pack(args.dist)
    print(f"dist_archive: {target} ({target.stat().st_size / 2**20:.1f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
