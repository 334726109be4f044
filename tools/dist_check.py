"""The smoke test of the application folder (`make dist-check`): dist/vinkdesk copied to a temporary folder
outside the tree and run there in a clean environment (no PYTHONPATH, no venv, HOME and the working folder
temporary, Qt offscreen), as on a laptop without Python:

    --version            prints the version in pyproject.toml
    demo --home H        a demo vault (the passphrase from VINKDESK_PASSPHRASE)
    verify --home H      encryption, integrity, audit chain
    summary …            a consultation summary as a PDF (reportlab and its fonts)
    coordinator, sync, aggregate
                         the counts sealed to a coordinator and summed into a draft report (the figure
                         audit's scipy milp)
    self-test --home H   the windows: unlock, the case list, a print preview printed to a PDF file, lock

It fails loudly with the command, its exit status and its last lines. Then it reports the folder's and the
archive's size and the start-up time (median of 5 runs of `--version` and of `self-test`) beside `python
main.py` run the same way from the venv; --markdown FILE writes that table too.

Usage: python tools/dist_check.py [--dist DIR] [--runs N] [--markdown FILE]
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dist_archive import archive_path, version  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "dist check passphrase 2026"
TIMEOUT = 300


class CheckFailed(Exception):
    pass


@dataclass
class Program:
    """How to start vinkdesk: the bundle's executable, or the venv's Python with main.py."""

    name: str
    argv: list[str]


def folder_size(folder: Path) -> int:
    return sum(path.lstat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def clean_environment(scratch: Path) -> dict[str, str]:
    """What a freshly logged-in user's program would have, and nothing of the build: no PYTHONPATH, no venv on
    the PATH, a home and data folders of its own, Qt offscreen, the passphrase for the commands."""
    user = scratch / "user"
    for sub in ("config", "data", "cache", "AppData/Local", "AppData/Roaming", "tmp"):
        (user / sub).mkdir(parents=True, exist_ok=True)
    env = {
        "HOME": str(user),
        "XDG_CONFIG_HOME": str(user / "config"),
        "XDG_DATA_HOME": str(user / "data"),
        "XDG_CACHE_HOME": str(user / "cache"),
        "TMPDIR": str(user / "tmp"),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "VINKDESK_PASSPHRASE": PASSPHRASE,
    }
    if sys.platform == "win32":
        system_root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        env.update(
            {
                "PATH": os.pathsep.join([rf"{system_root}\System32", system_root]),
                "SYSTEMROOT": system_root,
                "WINDIR": system_root,
                "USERPROFILE": str(user),
                "LOCALAPPDATA": str(user / "AppData" / "Local"),
                "APPDATA": str(user / "AppData" / "Roaming"),
                "TEMP": str(user / "tmp"),
                "TMP": str(user / "tmp"),
                "PYTHONUTF8": "1",
            }
        )
    else:
        env["PATH"] = "/usr/bin:/bin"
    return env


def run(
    program: Program, args: Sequence[str], env: dict[str, str], cwd: Path, expect: str = ""
) -> tuple[str, float]:
    """Run one command; its output and seconds. Raises CheckFailed with its last lines if it fails."""
    command = [*program.argv, *args]
    started = time.perf_counter()
    try:
        done = subprocess.run(
            command, env=env, cwd=cwd, capture_output=True, text=True, encoding="utf-8", timeout=TIMEOUT
        )
    except subprocess.TimeoutExpired:
        raise CheckFailed(f"{program.name} {' '.join(args)}: no answer after {TIMEOUT} s") from None
    except OSError as error:
        raise CheckFailed(f"{program.name} {' '.join(args)}: could not start ({error})") from None
    seconds = time.perf_counter() - started
    output = done.stdout + done.stderr
    if done.returncode != 0:
        tail = "\n".join("    " + line for line in output.strip().splitlines()[-15:])
        raise CheckFailed(f"{program.name} {' '.join(args)} exited with {done.returncode}:\n{tail}")
    if expect and expect not in output:
        tail = "\n".join("    " + line for line in output.strip().splitlines()[-15:])
        raise CheckFailed(f"{program.name} {' '.join(args)} did not print {expect!r}:\n{tail}")
    return output, seconds


def first_case_ref(program: Program, env: dict[str, str], cwd: Path, home: Path) -> str:
    """A case ref of the demo vault: the first field of a search hit (demo text, never shown)."""
    output, _ = run(program, ["search", "--home", str(home), "--limit", "1", "og"], env, cwd)
    ref = output.split("\t", 1)[0].strip()
    if not ref[:4].isdigit():
        raise CheckFailed("the demo vault's search found no case")
    return ref


def functional(program: Program, env: dict[str, str], work: Path) -> Path:
    """Every check but the timings; returns the demo vault's folder."""
    home, out, share, coordinator = work / "home", work / "out", work / "share", work / "coordinator"
    out.mkdir()
    share.mkdir()

    def step(name: str, args: Sequence[str], expect: str = "") -> str:
        output, seconds = run(program, args, env, work, expect)
        print(f"  {name:<44} ok  {seconds:6.2f} s", flush=True)
        return output

    step("--version", ["--version"], f"vinkdesk {version()}")
    step("demo (a demo vault, 40 cases)", ["demo", "--home", str(home)], "Created a demo vault")
    step("verify", ["verify", "--home", str(home)], "ok: encryption")
    ref = first_case_ref(program, env, work, home)
    pdf = out / "summary.pdf"
    step(
        "summary (a PDF: reportlab, its fonts)",
        ["summary", "--home", str(home), "--case", ref, "--out", f"{pdf}"],
    )
    if not pdf.read_bytes().startswith(b"%PDF") or b"Vera" not in pdf.read_bytes():
        raise CheckFailed(f"summary: {pdf} is not a PDF with the Vera fonts embedded")
    created = step(
        "coordinator init",
        ["coordinator", "init", "--home", str(coordinator), "--share", str(share), "--name", "Koordinering"],
    )
    fingerprint = _after(created)
    device = _after(step("sync --show-device", ["sync", "--home", str(home), "--show-device"]))
    enrol = ["coordinator", "enrol", "--home", str(coordinator), "--device", device, "--label", "A"]
    step("coordinator enrol", enrol)
    step(
        "sync (the counts sealed to the share)",
        ["sync", "--home", str(home), "--share", str(share), "--confirm-coordinator", fingerprint],
    )
    year = str(date.today().year)
    step(
        "aggregate (the figure audit: scipy milp)",
        ["aggregate", "--home", str(coordinator), "--share", str(share), "--year", year, "--out", str(out)],
        "figures",
    )
    output = step("self-test (the windows, offscreen)", ["self-test", "--home", str(home)], "passed")
    print("\n".join("    " + line for line in output.strip().splitlines()), flush=True)
    return home


def _after(output: str) -> str:
    """The fingerprint a line ends with ('…fingerprint…: AB12-…')."""
    for line in output.splitlines():
        if "fingerprint" in line.lower() and ":" in line:
            value = line.rsplit(":", 1)[1].strip().rstrip(".")
            if value:
                return value.split()[0]
    raise CheckFailed(f"no fingerprint in:\n{output}")


def median_seconds(program: Program, args: Sequence[str], env: dict[str, str], cwd: Path, runs: int) -> float:
    return statistics.median(run(program, args, env, cwd)[1] for _ in range(runs))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="the folder holding vinkdesk/")
    parser.add_argument("--runs", type=int, default=5, help="runs per start-up time (the median is shown)")
    parser.add_argument("--markdown", type=Path, help="also write the table of sizes and times to this file")
    args = parser.parse_args()

    built = args.dist / "vinkdesk"
    archive = archive_path(args.dist)
    for needed in (built, archive):
        if not needed.exists():
            print(f"dist-check: FAILED: {needed} is missing; run `make dist` first", file=sys.stderr)
            return 1
    with tempfile.TemporaryDirectory(prefix="vinkdesk-dist-check-") as temporary:
        scratch = Path(temporary)
        if scratch.resolve().is_relative_to(ROOT.resolve()):
            raise SystemExit("dist-check: the temporary folder is inside the tree; set TMPDIR elsewhere")
        app = scratch / "app" / "vinkdesk"
        shutil.copytree(built, app, symlinks=True)
        executable = app / ("vinkdesk-cli.exe" if sys.platform == "win32" else "vinkdesk")
        bundle = Program("vinkdesk (bundle)", [str(executable)])
        source = Program("python main.py", [sys.executable, str(ROOT / "main.py")])
        env = clean_environment(scratch)
        try:
            print(f"dist-check: {executable}, run from {scratch / 'work'} in a clean environment", flush=True)
            (scratch / "work").mkdir()
            home = functional(bundle, env, scratch / "work")
            print(f"dist-check: start-up times, median of {args.runs} runs each …", flush=True)
            load = load_average()
            timings = {}
            self_test = ["self-test", "--home", str(home)]
            for program in (bundle, source):
                timings[program.name] = (
                    median_seconds(program, ["--version"], env, scratch / "work", args.runs),
                    median_seconds(program, self_test, env, scratch / "work", args.runs),
                )
        except CheckFailed as error:
            print(f"dist-check: FAILED: {error}", file=sys.stderr, flush=True)
            return 1
    table = report(built, archive, timings, args.runs, load)
    print(table, flush=True)
    if args.markdown is not None:
        args.markdown.write_text(table + "\n", encoding="utf-8")
    print("dist-check: passed", flush=True)
    return 0


def report(built: Path, archive: Path, timings: dict[str, tuple[float, float]], runs: int, load: str) -> str:
    """The table: sizes, and each program's median wall time from start to exit."""
    mib = 2**20
    lines = [
        "| | size | `--version` | `self-test` (start to exit) |",
        "| --- | ---: | ---: | ---: |",
    ]
    for name, (version_s, self_test_s) in timings.items():
        size = f"folder {folder_size(built) / mib:.0f} MiB, archive {archive.stat().st_size / mib:.0f} MiB"
        if name.startswith("python"):
            size = "(the venv)"
        lines.append(f"| {name} | {size} | {version_s:.2f} s | {self_test_s:.2f} s |")
    lines += [
        "",
        f"Medians of {runs} runs, {date.today().isoformat()}, {platform.system()} {platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}{load}.",
    ]
    return "\n".join(lines)


def load_average() -> str:
    """The 1-minute load average before the timings (the machine may be shared), where the system tells it."""
    try:
        return f", load average {os.getloadavg()[0]:.1f} when the timings began"
    except (AttributeError, OSError):  # Windows
        return ""


if __name__ == "__main__":
    sys.exit(main())
