"""An outsider attacks the sealed count files on the shared folder. Only the command line is driven; every
file is read and forged from the formats in docs/architecture.md (HPKE to coordinator.pub, padding, canonical
JSON, Ed25519, fingerprints). Nothing from vinkdesk's sync, coordinator, session, vault or reports is used."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import re
import shutil
import struct
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import mlkem, x25519
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from vinkdesk.cli import Console, main
from vinkdesk.vault.kdf import FLOOR  # only for the Console: fast key derivation

PASS = "Kaffe og kage 2026 lang"
YEAR = date.today().year
SEALED_SIZE = 9336
NAME = re.compile(r"[0-9a-f]{32}\.vks")
FP = re.compile(r"[0-9A-Z]{4}(?:-[0-9A-Z]{4}){5}")
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
SUITE = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
KINDS = "damaged|unenrolled|retired|future|temp|old-plain|gap|rollback|conflict|folder"
WITNESS = b'{"format":"vinkdesk.witness/1","device":"X","heads":[{"row":%s,"digest":"%s","period":"2026Q1"}]}'


@dataclass
class Run:
    code: int | None
    out: str
    err: str
    hung: bool = False
    crash: BaseException | None = None
    seconds: float = 0.0

    def lines(self, kind: str, *having: str) -> list[str]:
        found = [line for line in self.out.splitlines() if line.startswith(f"  {kind}: ")]
        return [line for line in found if all(part in line for part in having)]


def cli(*argv: object, timeout: float = 60, strict: bool = False, fifos: tuple[Path, ...] = ()) -> Run:
    """One command in process, in a thread, so one blocked on a FIFO is reported rather than hanging. With
    strict, stdout refuses what UTF-8 cannot encode, as a terminal's does."""
    out: Any = io.TextIOWrapper(io.BytesIO(), encoding="utf-8") if strict else io.StringIO()
    err, box = io.StringIO(), dict[str, Any]()

    def target() -> None:
        console = Console(environ={"VINKDESK_PASSPHRASE": PASS}, out=out, err=err, kdf=FLOOR)
        try:
            box["code"] = main([str(a) for a in argv], console)
        except BaseException as exc:  # noqa: BLE001 - any escape is a finding
            box["crash"] = exc

    start = time.monotonic()
    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(timeout)
    hung = thread.is_alive()
    for fifo in fifos if hung else ():
        try:  # a reader blocked in open() is released by a writer
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        except OSError:
            pass
    thread.join(10)
    text = out.flush() or out.buffer.getvalue().decode("utf-8", "replace") if strict else out.getvalue()
    return Run(box.get("code"), text, err.getvalue(), hung, box.get("crash"), time.monotonic() - start)


def ok(run: Run) -> Run:
    assert not run.hung and run.crash is None and run.code == 0, run
    return run


def fingerprint(domain: bytes, key: bytes) -> str:
    bits = int.from_bytes(hashlib.sha256(domain + b"\0" + key).digest()[:15], "big")
    chars = "".join(CROCKFORD[(bits >> (5 * (23 - i))) & 31] for i in range(24))
    return "-".join(chars[i : i + 4] for i in range(0, 24, 4))


def canonical(doc: Any) -> bytes:
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def seal(share: Path, payload: bytes, length: int = -1, tail: bytes = b"", info: bytes = b"") -> bytes:
    doc = json.loads((share / "vinkdesk" / "coordinator.pub").read_bytes())
    key = hpke.MLKEM768X25519PublicKey(
        mlkem.MLKEM768PublicKey.from_public_bytes(base64.b64decode(doc["mlkem768"])),
        x25519.X25519PublicKey.from_public_bytes(base64.b64decode(doc["x25519"])),
    )
    plain = struct.pack(">I", len(payload) if length < 0 else length) + payload + tail
    return b"VKSEAL01" + SUITE.encrypt(plain.ljust(8192, b"\0"), key, info=info or b"vinkdesk.sealed/1")


def drop(share: Path, data: bytes, name: str = "") -> str:
    name = name or os.urandom(16).hex() + ".vks"
    (share / "vinkdesk" / "sealed" / name).write_bytes(data)
    return name


def forge(template: dict[str, Any], **changes: Any) -> tuple[dict[str, Any], str]:
    """A payload signed by a key of our own: (the document, its device fingerprint)."""
    key = Ed25519PrivateKey.generate()
    raw = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    doc = {k: v for k, v in json.loads(json.dumps(template)).items() if k != "signature"}
    doc.update(device_key=base64.b64encode(raw).decode("ascii"), **changes)
    doc["signature"] = base64.b64encode(key.sign(canonical(doc))).decode("ascii")
    return doc, fingerprint(b"vinkdesk.device/1", raw)


def sealed_names(share: Path) -> set[str]:
    return set(os.listdir(share / "vinkdesk" / "sealed"))


def written(run: Run) -> set[str]:
    return {Path(line).name for line in ok(run).out.splitlines() if line.endswith(".vks")}


def confirm(home: Path, share: Path, coordinator: str) -> Run:
    return cli("sync", "--home", home, "--share", share, "--confirm-coordinator", coordinator)


@dataclass
class World:
    """Three demo laptops synced and enrolled, the coordinator has read the share once. Tests use copies."""

    root: Path
    coordinator: str = ""
    devices: list[str] = field(default_factory=list)
    files: dict[str, set[str]] = field(default_factory=dict)
    templates: list[dict[str, Any]] = field(default_factory=list)
    baseline: str = ""

    def copy(self, tmp: Path) -> Path:
        shutil.copytree(self.root, tmp / "w", symlinks=True)
        return tmp / "w"


def aggregate(w: Path, **options: Any) -> tuple[Run, str | None]:
    out = w / f"out{time.monotonic_ns()}"
    argv = ["aggregate", "--home", w / "coord", "--share", w / "share", "--year", YEAR, "--k", 2]
    run = cli(*argv, "--out", out, **options)
    csv = out / f"aarsrapport-{YEAR}-udkast.csv"
    return run, csv.read_text("utf-8") if csv.exists() else None


def verify(home: Path, witness: Path) -> Run:
    return cli("verify", "--home", home, "--anchor", witness)


def restored(w: Path, backup: str) -> Path:
    ok(cli("restore", "--from", w / backup, "--home", w / "restored"))
    return w / "restored"


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    w = World(tmp_path_factory.mktemp("world"))
    share = w.root / "share"
    share.mkdir()
    init = ok(cli("coordinator", "init", "--home", w.root / "coord", "--share", share, "--name", "Enheden"))
    w.coordinator = FP.findall(init.out)[0]
    for n, seed in enumerate((11, 22, 33)):
        lap = w.root / f"lap{n}"
        ok(cli("demo", "--home", lap, "--cases", 15 + 5 * n, "--seed", seed))
        device = ok(cli("sync", "--home", lap, "--show-device")).out.splitlines()[0].split()[-1]
        dry, found = ok(cli("sync", "--home", lap, "--share", share, "--dry-run")).out, []
        while "{" in dry:
            doc, end = json.JSONDecoder().raw_decode(dry[dry.index("{") :])
            found.append(doc)
            dry = dry[dry.index("{") + end :]
        assert fingerprint(b"vinkdesk.device/1", base64.b64decode(found[0]["device_key"])) == device
        if n == 0:  # an unsynced copy with the same identity, and a backup from before the first sync
            shutil.copytree(lap, w.root / "pre0")
            ok(cli("backup", "--home", lap, "--out", w.root / "lap0-before.vkb"))
        w.files[device] = written(confirm(lap, share, w.coordinator))
        assert len(w.files[device]) == len(found)
        ok(cli("coordinator", "enrol", "--home", w.root / "coord", "--device", device, "--label", f"R{n}"))
        w.devices.append(device)
        w.templates += found
    ok(cli("backup", "--home", w.root / "lap1", "--out", w.root / "lap1-after.vkb"))  # pinned, synced
    shutil.copytree(w.root / "coord", w.root / "coord-unread")
    run, csv = aggregate(w.root)
    assert not re.search(rf"^  ({KINDS}): ", ok(run).out, re.M) and csv, run.out  # a clean share: no finding
    w.baseline = csv
    yield w


# --- 1. what the share's administrator sees -------------------------------------------------------------


def test_the_share_shows_only_same_size_files_under_random_names(world: World, tmp_path: Path) -> None:
    vinkdesk = world.root / "share" / "vinkdesk"
    assert sorted(os.listdir(vinkdesk)) == ["coordinator.pub", "sealed"]
    names = sealed_names(world.root / "share")
    laptops = set().union(*world.files.values())
    # Besides the laptops' files: the coordinator's checkpoint from the baseline run, which looks the same.
    assert laptops <= names and len(names - laptops) == 1
    words = [b'"red"', b"yellow", b"green", b"unassessed", b"noerrebro", "Nørrebro".encode(), b"active_cases"]
    words += [b"new_by_district", b"vinkdesk.counts", b"audit_head", b"device_key", f"{YEAR}Q".encode()]
    words += [fp.replace("-", sep).encode() for fp in world.devices for sep in ("-", "")]
    words += [world.templates[0]["device_key"].encode(), base64.b64decode(world.templates[0]["device_key"])]
    for name in names:
        assert NAME.fullmatch(name)
        data = (vinkdesk / "sealed" / name).read_bytes()
        assert len(data) == SEALED_SIZE and data.startswith(b"VKSEAL01")
        with pytest.raises(ValueError):
            json.loads(data)
        assert [word for word in words if word in data] == []
    # The same identity and tables sent again (to another share with the same key): other names, same size.
    w = world.copy(tmp_path)
    (w / "share2" / "vinkdesk").mkdir(parents=True)
    shutil.copy(vinkdesk / "coordinator.pub", w / "share2" / "vinkdesk")
    again = written(confirm(w / "pre0", w / "share2", world.coordinator))
    assert len(again) == len(world.files[world.devices[0]]) and not again & world.files[world.devices[0]]
    assert {(w / "share2" / "vinkdesk" / "sealed" / n).stat().st_size for n in again} == {SEALED_SIZE}


# --- 2. hijack attempts ----------------------------------------------------------------------------------


def test_forged_and_replayed_files_are_named_and_never_counted(world: World, tmp_path: Path) -> None:
    w = world.copy(tmp_path)
    share, template = w / "share", world.templates[0]
    tables = json.loads(json.dumps(template["tables"]))
    tables["new_cases"]["red"] = tables["active_cases"]["red"] = 1_000_000
    stranger, stranger_fp = forge(template, period=f"{YEAR}Q1", sequence=999, tables=tables)
    stranger_file = drop(share, seal(share, canonical(stranger)))
    claimed, _ = forge(template, period=f"{YEAR}Q1", sequence=999, tables=tables)
    claimed["device_key"] = template["device_key"]  # laptop 0's key (its dry run prints it), our signature
    claimed_file = drop(share, seal(share, canonical(claimed)))
    for name in world.files[world.devices[1]]:  # replays of genuine files under new names
        drop(share, (share / "vinkdesk" / "sealed" / name).read_bytes())
    run, csv = aggregate(w)
    assert ok(run).lines("unenrolled", stranger_fp, stranger_file), run.out
    assert run.lines("damaged", claimed_file, "signature"), run.out
    assert csv == world.baseline


def test_a_replaced_coordinator_key_stops_every_sync(world: World, tmp_path: Path) -> None:
    w = world.copy(tmp_path)
    share, pub = w / "share", w / "share" / "vinkdesk" / "coordinator.pub"
    genuine = pub.read_bytes()
    (w / "evilshare").mkdir()
    evil_fp = FP.findall(ok(cli("coordinator", "init", "--home", w / "evil", "--share", w / "evilshare",
                                "--name", "Enheden")).out)[0]  # fmt: skip
    laptop = restored(w, "lap1-after.vkb")  # pinned to the genuine key, every quarter pending
    assert world.coordinator in ok(cli("sync", "--home", laptop, "--show-device")).out
    before = sealed_names(share)
    pub.write_bytes((w / "evilshare" / "vinkdesk" / "coordinator.pub").read_bytes())
    for extra in ((), ("--confirm-coordinator", evil_fp)):
        run = cli("sync", "--home", laptop, "--share", share, *extra)
        assert run.code == 1 and world.coordinator in run.err and evil_fp in run.err, run
    doc = json.loads(pub.read_bytes())  # the attacker's keys under the genuine fingerprint
    pub.write_text(json.dumps(dict(doc, fingerprint=world.coordinator)))
    assert cli("sync", "--home", laptop, "--share", share).code == 1
    assert confirm(w / "pre0", share, world.coordinator).code == 1  # a first confirmation: nothing pinned
    assert "No coordinator" in ok(cli("sync", "--home", w / "pre0", "--show-device")).out
    assert sealed_names(share) == before
    pub.write_bytes(genuine)
    assert len(written(cli("sync", "--home", laptop, "--share", share))) == len(world.files[world.devices[1]])


def test_deleted_files_are_gaps_and_change_no_total(world: World, tmp_path: Path) -> None:
    w = world.copy(tmp_path)
    for name in world.files[world.devices[0]]:
        (w / "share" / "vinkdesk" / "sealed" / name).unlink()
    run, csv = aggregate(w)
    assert ok(run).lines("gap", world.devices[0]) and csv == world.baseline, run.out


def test_a_copied_vault_sending_the_same_sequence_is_a_conflict(world: World, tmp_path: Path) -> None:
    w = world.copy(tmp_path)  # pre0 holds laptop 0's signing key; a search changes its audit head
    ok(cli("search", "--home", w / "pre0", "Ravn"))
    ok(confirm(w / "pre0", w / "share", world.coordinator))
    run, _ = aggregate(w)
    assert ok(run).lines("conflict", world.devices[0]), run.out


def test_a_laptop_whose_files_vanished_before_the_first_read_is_named(world: World, tmp_path: Path) -> None:
    w = world.copy(tmp_path)
    shutil.rmtree(w / "coord")
    shutil.copytree(w / "coord-unread", w / "coord")
    for name in world.files[world.devices[2]]:
        (w / "share" / "vinkdesk" / "sealed" / name).unlink()
    run, _ = aggregate(w)
    assert world.devices[2] in ok(run).out, run.out


# --- 3. crafted files ------------------------------------------------------------------------------------


def test_crafted_files_are_each_named_and_the_report_is_written(world: World, tmp_path: Path) -> None:
    w = world.copy(tmp_path)
    share, sealed, template = w / "share", w / "share" / "vinkdesk" / "sealed", world.templates[0]
    valid, _ = forge(template, period=f"{YEAR}Q1")
    wide, _ = forge(template, period="\uff12\uff10\uff12\uff16Q1")
    old, _ = forge(template, schema="vinkdesk.counts/1")
    body = canonical(valid)
    expect = {
        drop(share, seal(share, b"[" * 6000)): "damaged",
        drop(share, seal(share, b'{"sequence":' + b"7" * 5000 + b"}")): "damaged",
        drop(share, seal(share, body[:1] + b'"period":"2000Q1",' + body[1:])): "damaged",  # duplicate key
        drop(share, seal(share, canonical(wide))): "damaged",
        drop(share, seal(share, json.dumps(wide, sort_keys=True, ensure_ascii=False).encode())): "damaged",
        drop(share, seal(share, body + b"\n")): "damaged",
        drop(share, seal(share, json.dumps(valid, sort_keys=True).encode())): "damaged",
        drop(share, seal(share, canonical(old))): "damaged",
        drop(share, seal(share, body, length=8189)): "damaged",
        drop(share, seal(share, body, tail=b"\x01")): "damaged",
        drop(share, seal(share, body, info=b"vinkdesk.sealed/2")): "damaged",
        drop(share, b"VKSEAL02" + seal(share, body)[8:]): "damaged",
        drop(share, seal(share, canonical(forge(template, period=f"{YEAR + 1}Q1")[0]))): "future",
        drop(share, os.urandom(SEALED_SIZE + 1)): "damaged",
        drop(share, os.urandom(100)): "damaged",
        drop(share, b"", name="." + os.urandom(20).hex() + ".partial"): "temp",
        drop(share, seal(share, body), name=os.urandom(16).hex().upper() + ".vks"): "damaged",
    }
    sparse, fifo, folder, link = (os.urandom(16).hex() + ".vks" for _ in range(4))
    (sealed / sparse).touch()
    os.truncate(sealed / sparse, 8 << 30)
    os.mkfifo(sealed / fifo)
    (sealed / folder).mkdir()
    (w / "elsewhere.vks").write_bytes((sealed / sorted(world.files[world.devices[0]])[0]).read_bytes())
    (sealed / link).symlink_to(w / "elsewhere.vks")
    expect |= dict.fromkeys((sparse, fifo, folder, link), "damaged")
    (share / "vinkdesk" / str(YEAR - 3)).mkdir()
    (share / "vinkdesk" / str(YEAR - 3) / "device.json").write_text("{}")
    run, csv = aggregate(w, timeout=30, fifos=(sealed / fifo,))
    lines = ok(run).out.splitlines()
    missing = [(n, k) for n, k in expect.items() if not any(x.startswith(f"  {k}: {n}: ") for x in lines)]
    assert missing == [] and run.lines("old-plain") and csv == world.baseline, run.out


def test_a_file_for_year_zero_is_named_not_fatal(world: World, tmp_path: Path) -> None:
    w = world.copy(tmp_path)
    name = drop(w / "share", seal(w / "share", canonical(forge(world.templates[0], period="0000Q1")[0])))
    run, csv = aggregate(w)
    assert name in ok(run).out and csv == world.baseline


def test_hostile_names_cannot_forge_lines_or_drive_the_terminal(world: World, tmp_path: Path) -> None:
    w = world.copy(tmp_path)
    drop(w / "share", b"x", name="a\n  conflict: R0 2026Q1: fabricated\n.vks")
    drop(w / "share", b"x", name="b\x1b]0;owned\x07\x1b[2J.vks")
    run, _ = aggregate(w)
    shapes = re.compile(
        rf"Counted .*|  ({KINDS}): .*|Wrote .*|Draft of .*|It would publish .*|Against .*|To publish it: .*"
    )
    assert all(shapes.fullmatch(line) for line in ok(run).out.splitlines()), run.out
    assert not run.lines("conflict") and "\x1b" not in run.out, run.out


def test_a_name_that_is_not_utf8_is_named_on_a_real_terminal(world: World, tmp_path: Path) -> None:
    w = world.copy(tmp_path)
    os.close(os.open(os.fsencode(w / "share/vinkdesk/sealed") + b"/\xff.vks", os.O_CREAT | os.O_WRONLY))
    stranger = drop(w / "share", seal(w / "share", canonical(forge(world.templates[0])[0])))
    run, csv = aggregate(w, strict=True)
    assert ok(run).lines("unenrolled", stranger) and csv == world.baseline


@pytest.mark.parametrize("squatter", ["symlink", "file", "fifo"])
def test_a_squatted_sealed_folder_is_named_never_looped(world: World, tmp_path: Path, squatter: str) -> None:
    w = world.copy(tmp_path)
    sealed = w / "share" / "vinkdesk" / "sealed"
    sealed.rename(w / "elsewhere")
    if squatter == "symlink":
        sealed.symlink_to(w / "elsewhere", target_is_directory=True)
    elif squatter == "file":
        sealed.write_bytes(b"not a folder")
    else:
        os.mkfifo(sealed)
    run, csv = aggregate(w, timeout=30, fifos=(sealed,))
    assert ok(run).lines("folder", str(sealed)), run.out
    assert csv == world.baseline  # the coordinator's copies still count (as gaps)
    laptop, before = restored(w, "lap1-after.vkb"), sorted(os.listdir(w / "elsewhere"))
    sync = cli("sync", "--home", laptop, "--share", w / "share", timeout=20, fifos=(sealed,))
    assert not sync.hung and sync.crash is None and sync.code == 1 and sync.seconds < 10, sync
    assert sync.err.count("\n") == 1 and str(sealed) in sync.err
    assert {"symlink": "symbolic link", "file": "is a file, not a folder", "fifo": ""}[squatter] in sync.err
    assert sorted(os.listdir(w / "elsewhere")) == before


@pytest.mark.parametrize("squatter", ["symlink", "fifo", "huge"])
def test_a_trapped_coordinator_key_fails_the_sync_fast(world: World, tmp_path: Path, squatter: str) -> None:
    w = world.copy(tmp_path)
    pub = w / "share" / "vinkdesk" / "coordinator.pub"
    pub.rename(w / "coordinator.pub")
    if squatter == "symlink":
        pub.symlink_to(w / "coordinator.pub")
    elif squatter == "fifo":
        os.mkfifo(pub)
    else:
        pub.touch()
        os.truncate(pub, 8 << 30)
    laptop, before = restored(w, "lap1-after.vkb"), sealed_names(w / "share")
    sync = cli("sync", "--home", laptop, "--share", w / "share", timeout=20, fifos=(pub,))
    assert not sync.hung and sync.crash is None and sync.code == 1 and sync.seconds < 10, sync
    assert "coordinator.pub" in sync.err and sealed_names(w / "share") == before


# --- 4. the witness --------------------------------------------------------------------------------------


def test_the_witness_finds_a_vault_rolled_back_to_an_old_backup(world: World, tmp_path: Path) -> None:
    w, witness = world.copy(tmp_path), tmp_path / "witness.json"
    ok(cli("coordinator", "witness", "--home", w / "coord", "--device", world.devices[0], "--out", witness))
    doc = json.loads(witness.read_text())
    assert doc["format"] == "vinkdesk.witness/1" and doc["heads"] and doc["device"] == world.devices[0]
    assert "ok: the audit trail still holds" in ok(verify(w / "lap0", witness)).out
    old = restored(w, "lap0-before.vkb")
    cut = verify(old, witness)
    assert cut.crash is None and cut.code == 1 and "rows have been removed" in cut.out, cut
    ok(cli("verify", "--home", old))  # without the witness the cut trail looks whole


def test_a_witness_for_another_laptop_is_named_as_such(world: World, tmp_path: Path) -> None:
    w, witness, other = world.copy(tmp_path), tmp_path / "witness.json", world.devices[1]
    ok(cli("coordinator", "witness", "--home", w / "coord", "--device", other, "--out", witness))
    run = verify(w / "lap0", witness)
    assert run.code == 1 and other in run.out + run.err and "rewritten" not in run.out, run


@pytest.mark.parametrize(
    "content",
    [
        b"[" * 100_000,
        WITNESS % (b"1e400", b"0" * 64),
        WITNESS % (b"1" + b"0" * 30, b"0" * 64),
    ],
)
def test_a_hostile_witness_file_is_refused_in_one_line(world: World, tmp_path: Path, content: bytes) -> None:
    (tmp_path / "witness.json").write_bytes(content)
    run = verify(world.root / "lap2", tmp_path / "witness.json")
    assert run.crash is None and run.code == 1 and run.err.count("\n") == 1, run
    assert "unexpected" not in run.err, run
