"""An outsider attacks the coordinator's home and the laptop's side of the share: the home at rest, concurrent
and killed writers, a home on the share, a second coordinator, a broken share, and backups. Only the command
line is driven (in process, or as a separate process where one must be killed); nothing from vinkdesk's sync,
coordinator, session, vault or reports is imported."""

from __future__ import annotations

import io
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import zipfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from vinkdesk.cli import Console, main
from vinkdesk.vault.kdf import FLOOR  # only for the Console: fast key derivation

PASS = "Kaffe og kage 2026 lang"
YEAR = date.today().year
FP = re.compile(r"[0-9A-Z]{4}(?:-[0-9A-Z]{4}){5}")
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
MAIN = Path(__file__).resolve().parents[1] / "main.py"
ENV = dict(os.environ, VINKDESK_PASSPHRASE=PASS)
ENROL_LOOP = """import sys
from vinkdesk.cli import main
for fp in sys.argv[2:]:
    code = main(["coordinator", "enrol", "--home", sys.argv[1], "--device", fp, "--label", "R"])
    print(code, fp, flush=True)
"""


def weakness(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"weakness: {reason}")


@dataclass
class Run:
    code: int | None
    out: str
    err: str
    hung: bool = False
    crash: BaseException | None = None


def cli(*argv: object, timeout: float = 60, passphrase: str = PASS, fifo: Path | None = None) -> Run:
    """One command in process, in a thread, so one blocked on a FIFO is reported rather than hanging."""
    out, err, box = io.StringIO(), io.StringIO(), dict[str, Any]()

    def target() -> None:
        console = Console(environ={"VINKDESK_PASSPHRASE": passphrase}, out=out, err=err, kdf=FLOOR)
        try:
            box["code"] = main([str(a) for a in argv], console)
        except BaseException as exc:  # noqa: BLE001 - any escape is a finding
            box["crash"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(timeout)
    hung = thread.is_alive()
    if hung and fifo is not None:
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))  # release the reader blocked in open()
    thread.join(10)
    return Run(box.get("code"), out.getvalue(), err.getvalue(), hung, box.get("crash"))


def ok(run: Run) -> Run:
    assert not run.hung and run.crash is None and run.code == 0, run
    return run


def refused(run: Run) -> bool:
    """One clear error line and exit 1: no hang, no traceback, no 'unexpected'."""
    one_line = run.err.count("\n") == 1 and "unexpected" not in run.err and "Traceback" not in run.err
    return not run.hung and run.crash is None and run.code == 1 and one_line


def random_fp() -> str:
    chars = "".join(random.choice(CROCKFORD) for _ in range(24))
    return "-".join(chars[i : i + 4] for i in range(0, 24, 4))


def device_of(home: Path) -> Run:
    return cli("sync", "--home", home, "--show-device")


def enrol(home: Path, device: str, label: str, *more: str, **options: Any) -> Run:
    return cli("coordinator", "enrol", "--home", home, "--device", device, "--label", label, *more, **options)


def listing(home: Path) -> str:
    return ok(cli("coordinator", "devices", "--home", home)).out


def pending(home: Path, share: Path) -> int:
    run = ok(cli("sync", "--home", home, "--share", share, "--dry-run"))
    return int(re.findall(r"(\d+) quarter\(s\) would be written", run.err)[0])


def written(run: Run) -> set[str]:
    return {Path(line).name for line in run.out.splitlines() if line.endswith(".vks")}


def together(*jobs: Any) -> None:
    threads = [threading.Thread(target=job) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)


def run_quietly(*argv: str) -> int:
    return subprocess.run(list(argv), capture_output=True).returncode


def mount(*argv: str) -> None:
    if run_quietly("mount", *argv):
        pytest.skip(f"cannot mount {argv} here (not root, or no mount permission)")


@dataclass
class World:
    """Two demo laptops synced and enrolled, read once by the coordinator. Tests use copies."""

    root: Path
    coordinator: str = ""
    devices: list[str] = field(default_factory=list)
    files: dict[str, set[str]] = field(default_factory=dict)
    baseline: str = ""

    def copy(self, tmp: Path) -> Path:
        shutil.copytree(self.root, tmp / "w", symlinks=True)
        return tmp / "w"


def aggregate(w: Path, home: str = "coord") -> tuple[Run, str | None]:
    out = w / f"out{time.monotonic_ns()}"
    run = cli("aggregate", "--home", w / home, "--share", w / "share", "--year", YEAR, "--out", out, "--k", 2)
    csv = out / f"aarsrapport-{YEAR}-udkast.csv"
    return run, csv.read_text("utf-8") if csv.exists() else None


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    w = World(tmp_path_factory.mktemp("world"))
    share = w.root / "share"
    share.mkdir()
    init = ok(cli("coordinator", "init", "--home", w.root / "coord", "--share", share, "--name", "Enheden"))
    w.coordinator = FP.findall(init.out)[0]
    for n, seed in enumerate((5, 6)):
        lap = w.root / f"lap{n}"
        ok(cli("demo", "--home", lap, "--cases", 12, "--seed", seed))
        device = ok(device_of(lap)).out.splitlines()[0].split()[-1]
        if n == 0:  # the same signing key, never synced: the old laptop still in someone's hands
            shutil.copytree(lap, w.root / "twin0")
        sent = ok(cli("sync", "--home", lap, "--share", share, "--confirm-coordinator", w.coordinator))
        w.files[device] = written(sent)
        ok(enrol(w.root / "coord", device, f"Rådgiver {n + 3}"))
        w.devices.append(device)
    ok(cli("backup", "--home", w.root / "lap0", "--out", w.root / "lap0.vkb"))
    shutil.copytree(w.root / "coord", w.root / "coord-enrolled")  # the state before any file was read
    for name, passphrase in (("other", PASS), ("stranger", "En helt anden lang frase 7")):
        (w.root / f"share-{name}").mkdir()
        argv = ("--home", w.root / name, "--share", w.root / f"share-{name}", "--name", "Enheden")
        ok(cli("coordinator", "init", *argv, passphrase=passphrase))
    run, csv = aggregate(w.root)
    assert ok(run).out.startswith("Counted 8 device-quarters from 2 devices") and csv, run.out
    w.baseline = csv
    return w


# --- 1. the coordinator's home at rest ------------------------------------------------------------------


def test_the_home_at_rest_holds_nothing_readable(world: World) -> None:
    home = world.root / "coord"
    pub = json.loads((world.root / "share" / "vinkdesk" / "coordinator.pub").read_text())
    words = ["Rådgiver", "R\\u00e5dgiver", "ledger", "private_key", "mlkem768_seed", "sequence", "share"]
    words += [str(world.root), f"{YEAR}Q", pub["x25519"], pub["mlkem768"][:40]]
    words += [fp.replace("-", sep) for fp in world.devices for sep in ("-", "")]
    for path in home.iterdir():
        data = path.read_bytes()
        assert [w for w in words if w.encode("utf-8") in data] == [], path
        assert path.stat().st_mode & 0o077 == 0, path
    assert sorted(p.name for p in home.iterdir()) == [f"coordinator.{x}" for x in ("keys", "lock", "state")]


def _folder(p: Path) -> None:
    p.unlink()
    p.mkdir()


def _fifo(p: Path) -> None:
    p.unlink()
    os.mkfifo(p)


def _flip(p: Path) -> None:
    p.write_bytes(p.read_bytes()[:500] + bytes([p.read_bytes()[500] ^ 1]) + p.read_bytes()[501:])


DAMAGE = {  # what is done to which file, and the weakness where vinkdesk fails
    "flip-state": ("state", _flip, ""),
    "truncate-state": ("state", lambda p: p.write_bytes(p.read_bytes()[:100]), ""),
    "empty-state": ("state", lambda p: p.write_bytes(b""), ""),
    "other-homes-state": ("state", lambda p: shutil.copy(p.parents[1] / "other" / p.name, p), ""),
    "other-homes-keys": ("keys", lambda p: shutil.copy(p.parents[1] / "other" / p.name, p), ""),
    "strangers-keys": ("keys", lambda p: shutil.copy(p.parents[1] / "stranger" / p.name, p), ""),
    "truncate-keys": ("keys", lambda p: p.write_bytes(p.read_bytes()[:200]), ""),
    "state-folder": ("state", _folder, ""),
    "state-fifo": ("state", _fifo, ""),
    "keys-fifo": ("keys", _fifo, ""),
    "lock-folder": ("lock", _folder, ""),
}


@pytest.mark.parametrize("damage", [pytest.param(d, marks=weakness(v[2])) if v[2] else d
                                    for d, v in DAMAGE.items()])  # fmt: skip
def test_a_damaged_home_ends_in_one_clear_line(world: World, tmp_path: Path, damage: str) -> None:
    w, device = world.copy(tmp_path), random_fp()
    name, spoil, _ = DAMAGE[damage]
    path = w / "coord" / f"coordinator.{name}"
    spoil(path)
    run = enrol(w / "coord", device, "Ny", timeout=3, fifo=path)
    assert refused(run) and "vault.keys" not in run.err, run
    shown = cli("coordinator", "devices", "--home", w / "coord", timeout=3, fifo=path)
    assert device not in shown.out and (refused(shown) or damage == "lock-folder"), shown


def test_a_swapped_in_older_state_double_counts_nothing(world: World, tmp_path: Path) -> None:
    w = world.copy(tmp_path)
    shutil.copy(w / "coord-enrolled" / "coordinator.state", w / "coord" / "coordinator.state")
    run, csv = aggregate(w)
    assert ok(run) and csv == world.baseline, run.out


def test_a_rolled_back_state_is_noticed(world: World, tmp_path: Path) -> None:
    w = world.copy(tmp_path)
    shutil.copy(w / "coord-enrolled" / "coordinator.state", w / "coord" / "coordinator.state")
    for name in sorted(world.files[world.devices[0]])[1:]:  # the share keeps one file of laptop 0
        (w / "share" / "vinkdesk" / "sealed" / name).unlink()
    run, csv = aggregate(w)
    named = [line for line in run.out.splitlines() if line.startswith(("  gap", "  rollback"))]
    home = [line for line in run.out.splitlines() if line.startswith("  home") and "older" in line]
    lines = [line for line in named if world.devices[0] in line]
    assert refused(run) or home or lines or csv == world.baseline


# --- 2. concurrency and killed writers -------------------------------------------------------------------


def test_enrolments_at_the_same_moment_all_survive(world: World, tmp_path: Path) -> None:
    w, fps, more = world.copy(tmp_path), [random_fp() for _ in range(6)], [random_fp() for _ in range(4)]
    argv = [sys.executable, str(MAIN), "coordinator", "enrol", "--home", str(w / "coord"), "--label", "P"]
    procs = [subprocess.Popen([*argv, "--device", fp], env=ENV, stdout=subprocess.DEVNULL) for fp in fps]
    together(*(lambda fp=fp: enrol(w / "coord", fp, "T") for fp in more))
    assert [p.wait(60) for p in procs] == [0] * len(fps)
    shown = listing(w / "coord")
    assert [fp for fp in fps + more + world.devices if fp not in shown] == []


def test_an_aggregate_and_an_enrolment_at_once_both_survive(world: World, tmp_path: Path) -> None:
    w, device, runs = world.copy(tmp_path), random_fp(), dict[str, Any]()
    shutil.rmtree(w / "coord")
    shutil.copytree(w / "coord-enrolled", w / "coord")  # nothing accepted yet
    job = lambda: runs.update(enrol=enrol(w / "coord", device, "Ny"))  # noqa: E731
    together(lambda: runs.update(agg=aggregate(w)), job)
    assert ok(runs["enrol"]) and runs["agg"][1] == world.baseline and device in listing(w / "coord")
    for name in os.listdir(w / "share" / "vinkdesk" / "sealed"):  # only the coordinator's copies are left
        (w / "share" / "vinkdesk" / "sealed" / name).unlink()
    run, csv = aggregate(w)
    assert csv == world.baseline, run.out


def test_a_writer_killed_at_any_moment_leaves_a_home_that_opens(world: World, tmp_path: Path) -> None:
    w, confirmed = world.copy(tmp_path), set(world.devices)
    for _ in range(6):
        argv = [sys.executable, "-c", ENROL_LOOP, str(w / "coord"), *(random_fp() for _ in range(3000))]
        proc = subprocess.Popen(argv, env=ENV, cwd=MAIN.parent, stdout=subprocess.PIPE, text=True)
        time.sleep(random.uniform(0.4, 1.0))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=30)
        confirmed |= {line.split()[1] for line in out.splitlines() if line.startswith("0 ")}
        shown = listing(w / "coord")
        assert [fp for fp in confirmed if fp not in shown] == []


# --- 3. and 4. where the home is, and who else sets up the share ----------------------------------------


@pytest.mark.parametrize("via", ["inside", "symlink", "dotdot"])
def test_a_home_on_the_share_is_refused(tmp_path: Path, via: str) -> None:
    share = tmp_path / "share"
    share.mkdir()
    (tmp_path / "link").symlink_to(share, target_is_directory=True)
    home = {"inside": share, "symlink": tmp_path / "link", "dotdot": share / "x" / ".."}[via] / "c"
    run = cli("coordinator", "init", "--home", home, "--share", share, "--name", "Enheden")
    assert refused(run) and not (share / "c").exists() and not (share / "vinkdesk/coordinator.pub").exists()


def test_a_home_on_the_share_mounted_twice_is_refused(tmp_path: Path) -> None:
    (tmp_path / "share").mkdir()
    (tmp_path / "again").mkdir()
    mount("--bind", str(tmp_path / "share"), str(tmp_path / "again"))
    try:
        argv = ("--home", tmp_path / "again" / "c", "--share", tmp_path / "share", "--name", "Enheden")
        run = cli("coordinator", "init", *argv)
        on_share = (tmp_path / "share" / "c" / "coordinator.state").exists()
    finally:
        subprocess.run(["umount", str(tmp_path / "again")], check=True)
    assert refused(run) and not on_share, run


def test_a_home_moved_onto_the_share_is_named(world: World, tmp_path: Path) -> None:
    w = world.copy(tmp_path)
    shutil.move(w / "coord", w / "share" / "coord")
    run, _ = aggregate(w, home="share/coord")
    assert run.crash is None and "share" in run.err.lower(), run


def test_a_second_init_or_coordinator_changes_nothing(world: World, tmp_path: Path) -> None:
    w = world.copy(tmp_path)
    pub, state = w / "share" / "vinkdesk" / "coordinator.pub", w / "coord" / "coordinator.state"
    before = (pub.read_bytes(), state.read_bytes())
    for home in (w / "coord", w / "second"):
        assert refused(cli("coordinator", "init", "--home", home, "--share", w / "share", "--name", "X"))
    assert not (w / "second").exists() and before == (pub.read_bytes(), state.read_bytes())


def test_two_inits_racing_leave_one_home(tmp_path: Path) -> None:
    for n in range(3):  # both pass the check for coordinator.pub while the other derives its keys
        share, homes = tmp_path / f"share{n}", [tmp_path / f"h{n}{i}" for i in range(2)]
        share.mkdir()
        together(*(lambda h=h, s=share: cli("coordinator", "init", "--home", h, "--share", s, "--name", "E")
                   for h in homes))  # fmt: skip
        published = json.loads((share / "vinkdesk" / "coordinator.pub").read_text())["fingerprint"]
        for home in homes:
            opened = cli("coordinator", "devices", "--home", home)
            assert opened.code != 0 or opened.out.splitlines()[0].endswith(published), (home, opened)


@pytest.mark.parametrize("squatter", ["folder", "sparse", "fifo"])
def test_a_trapped_key_fails_the_first_confirmation_fast(world: World, tmp_path: Path, squatter: str) -> None:
    w = world.copy(tmp_path)
    pub, sealed = w / "share" / "vinkdesk" / "coordinator.pub", w / "share" / "vinkdesk" / "sealed"
    {"folder": _folder, "fifo": _fifo, "sparse": lambda p: os.truncate(p, 1 << 30)}[squatter](pub)
    before = sorted(os.listdir(sealed))
    argv = ("sync", "--home", w / "twin0", "--share", w / "share", "--confirm-coordinator", world.coordinator)
    run = cli(*argv, timeout=10, fifo=pub if squatter == "fifo" else None)
    assert refused(run) and "coordinator.pub" in run.err, run
    assert "No coordinator confirmed" in ok(device_of(w / "twin0")).out
    assert sorted(os.listdir(sealed)) == before


@pytest.mark.parametrize("act", ["init", "enrol"])
def test_a_full_home_disk_is_named_and_recoverable(tmp_path: Path, act: str) -> None:
    disk, share = tmp_path / "disk", tmp_path / "share"
    disk.mkdir()
    share.mkdir()
    mount("-t", "tmpfs", "-o", f"size={'4k' if act == 'init' else '64k'}", "tmpfs", str(disk))
    try:
        home = disk / "c"
        init = ("coordinator", "init", "--home", home, "--share", share, "--name", "E")
        first = cli(*init)
        if act == "enrol":
            filler = os.open(disk / "filler", os.O_WRONLY | os.O_CREAT)
            try:  # fill the disk to the last byte
                while os.write(filler, b"\0" * 512):
                    pass
            except OSError:
                os.close(filler)
            run = enrol(home, random_fp(), "Ny")
            assert ok(first) and refused(run) and listing(home), run
        else:
            clear = first.code in (0, 1) and "unexpected" not in first.err
            opens = cli("coordinator", "devices", "--home", home).code == 0
            if not opens:  # space again: the same command must now make the home
                subprocess.run(["mount", "-o", "remount,size=1m", str(disk)], check=True)
                shutil.rmtree(share / "vinkdesk", ignore_errors=True)
                opens = cli(*init).code == 0
            assert clear and opens, first
    finally:
        subprocess.run(["umount", str(disk)], check=True)


# --- 5. the laptop side: nothing outside <share>/vinkdesk/sealed -------------------------------------------


def _tree(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


@pytest.mark.parametrize("trouble", ["vinkdesk-symlink", "immutable", "full-disk"])
def test_a_broken_share_keeps_the_quarters_pending(world: World, tmp_path: Path, trouble: str) -> None:
    w = world.copy(tmp_path)
    ok(cli("restore", "--from", w / "lap0.vkb", "--home", w / "new0"))  # pinned, every quarter pending
    share, elsewhere, total = w / "share", w / "elsewhere", pending(w / "new0", w / "share")
    if trouble == "vinkdesk-symlink":
        (share / "vinkdesk").rename(elsewhere)
        (share / "vinkdesk").symlink_to(elsewhere, target_is_directory=True)
    elif trouble == "immutable" and run_quietly("chattr", "+i", str(share / "vinkdesk" / "sealed")):
        pytest.skip("chattr +i is not available on this file system (root ignores chmod 555)")
    elif trouble == "full-disk":
        share = w / "small"
        share.mkdir()
        mount("-t", "tmpfs", "-o", "size=40k", "tmpfs", str(share))
        (share / "vinkdesk" / "sealed").mkdir(parents=True)
        shutil.copy(w / "share" / "vinkdesk" / "coordinator.pub", share / "vinkdesk")
    sealed = share / "vinkdesk" / "sealed"
    before, old = {p: _tree(p) for p in (w / "share", elsewhere) if p.exists()}, set(os.listdir(sealed))
    try:
        run = cli("sync", "--home", w / "new0", "--share", share, timeout=30)
        assert refused(run), run
        sent = set(os.listdir(sealed)) - old
        assert trouble == "full-disk" or before == {p: _tree(p) for p in before}
        assert not [n for n in sent if not n.endswith(".vks")]  # no temp file left behind
        assert FP.search(ok(device_of(w / "new0")).out) and pending(w / "new0", share) == total - len(sent)
        if trouble == "vinkdesk-symlink":
            (share / "vinkdesk").unlink()
            elsewhere.rename(share / "vinkdesk")
        elif trouble == "immutable":
            subprocess.run(["chattr", "-i", str(sealed)], check=True)
        else:
            subprocess.run(["mount", "-o", "remount,size=1m", str(share)], check=True)
        later = written(ok(cli("sync", "--home", w / "new0", "--share", share)))
        assert len(later) == total - len(sent) and not later & sent and pending(w / "new0", share) == 0
    finally:
        if trouble == "immutable":
            run_quietly("chattr", "-i", str(sealed))
        elif trouble == "full-disk":
            run_quietly("umount", str(share))


# --- 6. backups ------------------------------------------------------------------------------------------


def test_a_backup_restored_is_a_new_device_that_replaces_the_old(world: World, tmp_path: Path) -> None:
    w, old = world.copy(tmp_path), world.devices[0]
    with zipfile.ZipFile(w / "lap0.vkb") as archive:
        assert sorted(archive.namelist()) == ["manifest.json", "vault.db", "vault.keys"]
        readable = archive.read("manifest.json") + archive.read("vault.keys")
    assert [fp for fp in [*world.devices, world.coordinator] if fp.encode() in readable] == []
    ok(cli("restore", "--from", w / "lap0.vkb", "--home", w / "new0"))
    shown = ok(device_of(w / "new0")).out
    new = shown.splitlines()[0].split()[-1]
    assert new != old and old in shown and FP.fullmatch(new), shown
    assert "replaces" in ok(enrol(w / "coord", new, "Ny", "--replaces", old)).out
    run, csv = aggregate(w)  # the old laptop's files no longer count; the new one has sent nothing yet
    assert csv != world.baseline and [line for line in ok(run).out.splitlines() if old in line], run.out
    ok(cli("sync", "--home", w / "new0", "--share", w / "share"))
    ok(cli("search", "--home", w / "twin0", "Ravn"))  # the old key sends again after its replacement
    assert written(ok(cli("sync", "--home", w / "twin0", "--share", w / "share", "--confirm-coordinator",
                          world.coordinator)))  # fmt: skip
    run, csv = aggregate(w)
    assert ok(run).out.startswith("Counted 8 device-quarters from 2 devices") and csv == world.baseline, run


def test_a_restored_vault_enrolled_beside_its_original_is_named(world: World, tmp_path: Path) -> None:
    w = world.copy(tmp_path)
    ok(cli("restore", "--from", w / "lap0.vkb", "--home", w / "new0"))
    new = ok(device_of(w / "new0")).out.splitlines()[0].split()[-1]
    ok(cli("sync", "--home", w / "new0", "--share", w / "share"))
    ok(enrol(w / "coord", new, "Rådgiver 9"))
    run, csv = aggregate(w)
    findings = [line for line in ok(run).out.splitlines() if line.startswith("  ") and new in line]
    assert findings or csv == world.baseline, run.out
