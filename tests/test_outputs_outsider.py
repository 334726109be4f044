"""An outsider points vinkdesk's outputs at the vault itself: `summary --out` and `backup --out` onto
vault.keys, vault.db, into the home (directly, through a linked folder, a hard link, a path with ".."), onto a
device node, a FIFO, a folder or a link; the coordinator's reports into its home. The judged commands run as
real processes and are judged by what is on disk (bytes, modes) and by their exit code and stderr. Nothing of
vinkdesk's vault, session, coordinator or reports is imported: the vaults are made by the command line."""

from __future__ import annotations

import io
import os
import random
import re
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from vinkdesk.cli import Console, main
from vinkdesk.vault.kdf import FLOOR  # only for the Console that makes the vaults: fast key derivation

PASS = "Kaffe og kage 2026 lang"
MAIN = Path(__file__).resolve().parents[1] / "main.py"
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def setup_cli(*argv: object) -> str:
    """Making a vault or a coordinator's home (not what is judged): in process, with fast key derivation."""
    out, err = io.StringIO(), io.StringIO()
    console = Console(environ={"VINKDESK_PASSPHRASE": PASS}, out=out, err=err, kdf=FLOOR)
    assert main([str(a) for a in argv], console) == 0, err.getvalue()
    return out.getvalue()


def vinkdesk(*argv: object, passphrase: str = PASS, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """The real command in its own process, with a usual umask (what it creates must not depend on it)."""
    return subprocess.run(
        [sys.executable, str(MAIN), *(str(a) for a in argv)],
        env=dict(os.environ, VINKDESK_PASSPHRASE=passphrase),
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=lambda: os.umask(0o022),
    )


def refused(run: subprocess.CompletedProcess[str], *naming: str) -> bool:
    """Exit 1 with one line on stderr saying it was refused (and naming what it should), nothing else."""
    line = run.stderr
    return (
        run.returncode == 1
        and line.count("\n") == 1
        and line.startswith("vinkdesk: error: ")
        and "refused" in line
        and "unexpected" not in line
        and all(part in line for part in naming)
    )


def on_disk(folder: Path) -> dict[str, tuple[int, bytes]]:
    """Every entry under folder (hidden ones too) with its mode and, for a file, its bytes."""
    found: dict[str, tuple[int, bytes]] = {}
    for path in sorted(folder.rglob("*")):
        info = path.lstat()
        data = path.read_bytes() if stat.S_ISREG(info.st_mode) else b""
        found[str(path.relative_to(folder))] = (info.st_mode, data)
    return found


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """A small demo vault made through the command line: its home, a case ref, the supervisor's passphrase."""
    home = tmp_path_factory.mktemp("outputs") / "home"
    printed = setup_cli("demo", "--home", home, "--cases", "3", "--seed", "5")
    supervisor = re.findall(r"Supervisor passphrase: (.+)", printed)[0].strip()
    found = vinkdesk("search", "--home", home, "og")
    assert found.returncode == 0, found.stderr
    ref = found.stdout.split("\t")[0]
    return home, ref, supervisor


def commands(home: Path, ref: str, out: Path) -> list[tuple[str, list[object]]]:
    return [
        ("summary", ["summary", "--home", home, "--case", ref, "--out", out]),
        ("backup", ["backup", "--home", home, "--out", out]),
    ]


def test_outputs_onto_the_vaults_files_or_anywhere_in_its_home_are_refused_and_change_nothing(
    vault: tuple[Path, str, str], tmp_path: Path
) -> None:
    home, ref, _ = vault
    (home / "inside").mkdir(exist_ok=True)
    alias = tmp_path / "alias"
    alias.symlink_to(home, target_is_directory=True)  # another way into the home
    outside_link = tmp_path / "keys-copy.pdf"
    os.link(home / "vault.keys", outside_link)  # a hard link to the keys file, outside the home
    targets = [
        home / "vault.keys",
        home / "vault.db",
        home / "vault.db-wal",
        home / "vault.db-shm",
        home / "new.pdf",
        home / "inside" / "new.pdf",
        alias / "vault.keys",
        alias / "new.pdf",
        Path(f"{home}/inside/../vault.db"),
        outside_link,
        tmp_path / "vault.keys",  # a vault's own name, wherever it is
        tmp_path / ".vault.lock",
    ]
    before = on_disk(home)
    for target in targets:
        for name, argv in commands(home, ref, target):
            run = vinkdesk(*argv)
            assert refused(run), (name, target, run.returncode, run.stderr)
            assert on_disk(home) == before, (name, target)  # not a byte, not a mode, not a new file
    assert outside_link.read_bytes() == (home / "vault.keys").read_bytes()
    assert not (tmp_path / "vault.keys").exists() and not (tmp_path / ".vault.lock").exists()


def test_outputs_onto_a_device_a_fifo_a_folder_or_a_link_are_refused_and_the_node_is_left(
    vault: tuple[Path, str, str], tmp_path: Path
) -> None:
    home, ref, _ = vault
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("someone else's file\n")
    link = tmp_path / "link.pdf"
    link.symlink_to(victim)
    keys_link = tmp_path / "keys.pdf"
    keys_link.symlink_to(home / "vault.keys")
    null = os.stat("/dev/null")
    before = on_disk(home)
    for target, kind in (
        (Path("/dev/null"), "device"),
        (fifo, "FIFO"),
        (folder, "folder"),
        (link, "link"),
        (keys_link, "link"),
    ):
        for name, argv in commands(home, ref, target):
            run = vinkdesk(*argv, timeout=60)  # a FIFO opened for writing would hang here
            assert refused(run, str(target), kind), (name, target, run.stderr)
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == null.st_rdev
    assert stat.S_ISFIFO(fifo.lstat().st_mode) and folder.is_dir() and list(folder.iterdir()) == []
    assert link.is_symlink() and victim.read_text() == "someone else's file\n"
    assert keys_link.is_symlink()
    assert on_disk(home) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["pipe.pdf", "folder.pdf", "victim.txt", "link.pdf", "keys.pdf"]
    )  # no temp file left beside a refused target


def test_every_output_is_owner_only_written_whole_and_breaks_a_hard_link(
    vault: tuple[Path, str, str], tmp_path: Path
) -> None:
    home, ref, _ = vault
    out = tmp_path / "out"
    out.mkdir()
    existing = out / "old.pdf"
    existing.write_bytes(b"an older file, readable by all\n")
    existing.chmod(0o644)
    shared = tmp_path / "shared.txt"
    shared.write_bytes(b"another name for the same file\n")
    os.link(shared, out / "linked.pdf")
    summary = ["summary", "--home", home, "--case", ref, "--out"]
    runs = {
        "new summary": (out / "summary.pdf", [*summary, out / "summary.pdf"]),
        "over an older file": (existing, [*summary, existing]),
        "over a hard link": (out / "linked.pdf", [*summary, out / "linked.pdf"]),
        "backup": (out / "backup.vinkdesk", ["backup", "--home", home, "--out", out / "backup.vinkdesk"]),
    }
    for name, (target, argv) in runs.items():
        run = vinkdesk(*argv)
        assert run.returncode == 0, (name, run.stderr)
        info = target.lstat()
        assert stat.S_ISREG(info.st_mode) and stat.S_IMODE(info.st_mode) == 0o600, (name, oct(info.st_mode))
    for pdf in ("summary.pdf", "old.pdf", "linked.pdf"):
        data = (out / pdf).read_bytes()
        assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"), pdf
    assert shared.read_bytes() == b"another name for the same file\n"  # the other name keeps its content
    with zipfile.ZipFile(out / "backup.vinkdesk") as archive:
        assert sorted(archive.namelist()) == ["manifest.json", "vault.db", "vault.keys"]
    assert sorted(p.name for p in out.iterdir()) == [
        "backup.vinkdesk",
        "linked.pdf",
        "old.pdf",
        "summary.pdf",
    ]


def test_a_summary_is_audited_as_one_view_and_one_export(
    vault: tuple[Path, str, str], tmp_path: Path
) -> None:
    home, ref, supervisor = vault

    def counted() -> tuple[int, int]:
        run = vinkdesk("audit", "--home", home, "--case", ref, passphrase=supervisor)
        assert run.returncode == 0, run.stderr
        actions = [line.split("\t")[3] for line in run.stdout.splitlines()]
        return actions.count("view-case"), actions.count("export")

    views, exports = counted()
    run = vinkdesk("summary", "--home", home, "--case", ref, "--out", tmp_path / "s.pdf")
    assert run.returncode == 0, run.stderr
    assert counted() == (views + 1, exports + 1)
    refused_run = vinkdesk("summary", "--home", home, "--case", ref, "--out", home / "vault.keys")
    assert refused(refused_run)
    assert counted() == (views + 1, exports + 1)  # a refused target is not even looked at


def random_fingerprint() -> str:
    chars = "".join(random.choice(CROCKFORD) for _ in range(24))
    return "-".join(chars[i : i + 4] for i in range(0, 24, 4))


def test_the_coordinators_reports_and_witness_stay_out_of_its_home_and_are_owner_only(tmp_path: Path) -> None:
    home, share, year = tmp_path / "coordinator", tmp_path / "share", "2026"
    share.mkdir()
    setup_cli("coordinator", "init", "--home", home, "--share", share, "--name", "Koordinering")
    device = random_fingerprint()
    setup_cli("coordinator", "enrol", "--home", home, "--device", device, "--label", "Rådgiver 1")
    alias = tmp_path / "alias-to-home"
    alias.symlink_to(home, target_is_directory=True)
    before = on_disk(home)
    for out in (home, home / "reports", alias / "reports"):
        run = vinkdesk("aggregate", "--home", home, "--share", share, "--year", year, "--out", out)
        assert refused(run), (out, run.stderr)
    for name in ("coordinator.keys", "coordinator.state", "new-witness.json"):
        run = vinkdesk("coordinator", "witness", "--home", home, "--device", device, "--out", home / name)
        assert refused(run), (name, run.stderr)
    assert on_disk(home) == before  # no folder made, no draft kept, no file replaced

    reports = tmp_path / "reports"
    run = vinkdesk("aggregate", "--home", home, "--share", share, "--year", year, "--out", reports)
    assert run.returncode == 0, run.stderr
    run = vinkdesk("coordinator", "witness", "--home", home, "--device", device, "--out", reports / "w.json")
    assert run.returncode == 0, run.stderr
    written = sorted(reports.iterdir())
    assert sorted(p.suffix for p in written) == [".csv", ".json", ".pdf"]
    for path in written:
        assert stat.S_IMODE(path.lstat().st_mode) == 0o600, path.name
