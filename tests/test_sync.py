"""Sealed counts to the share and back through the coordinator's ledger: concurrent laptops, re-syncs,
pinning the coordinator, enrolment, rollbacks, gaps, conflicts, restored vaults, the folder's traps and a
killed writer."""

from __future__ import annotations

import base64
import json
import os
import signal
import subprocess
import sys
import threading
import time
from datetime import date, datetime, timedelta
from pathlib import Path, PureWindowsPath

import pytest

from tests.conftest import PASSPHRASE, consultation, person_case
from vinkdesk.coordinator.home import Coordinator
from vinkdesk.demo import populate
from vinkdesk.domain import quarter_of
from vinkdesk.session import Session
from vinkdesk.sync.aggregate import (
    CONFLICT,
    DAMAGED,
    FUTURE,
    GAP,
    HOME,
    OLD_PLAIN,
    RESTORED,
    RETIRED,
    ROLLBACK,
    UNENROLLED,
)
from vinkdesk.sync.counts import DIMENSIONS, FLAT, LEVELS, empty_tables
from vinkdesk.sync.errors import CoordinatorChanged, CoordinatorMismatch, CoordinatorNotConfirmed
from vinkdesk.sync.payload import AuditHead, sign
from vinkdesk.sync.seal import SEALED_SIZE, seal
from vinkdesk.sync.share import ShareUnavailable, mailbox_of, root_of
from vinkdesk.vault import FLOOR, Home

TODAY = date.today()
YEAR = TODAY.year
COORDINATOR_PASSPHRASE = "Koordinatorens lange kodeord"


def demo_vault(folder: Path, seed: int, cases: int = 25) -> Session:
    session, _ = Session.create(Home(folder), "Demo", PASSPHRASE, FLOOR)
    populate(session, cases, seed, TODAY)
    return session


def new_coordinator(tmp_path: Path, share: Path) -> Coordinator:
    coordinator, _code = Coordinator.create(
        tmp_path / "coordinator", share, "Enheden", COORDINATOR_PASSPHRASE, FLOOR
    )
    return coordinator


def join(session: Session, share: Path, coordinator: Coordinator, label: str = "Rådgiver") -> str:
    """Both halves of enrolment, as the two people on the phone would do them."""
    session.pin_coordinator(share, coordinator.fingerprint.lower().replace("-", " "))
    device = session.device_fingerprint()
    coordinator.enrol(device, label)
    return device


def summed(payloads: list) -> dict:  # type: ignore[type-arg]
    total = empty_tables()
    for payload in payloads:
        for name in FLAT:
            for level in LEVELS:
                total[name][level] += payload.tables[name][level]
        for name in [*DIMENSIONS, "transitions"]:
            for level in LEVELS:
                for key, count in payload.tables[name][level].items():
                    total[name][level][key] += count
    return total


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    return folder


def test_three_laptops_sync_at_once_and_the_coordinator_sums_exactly_their_payloads(
    tmp_path: Path, share: Path
) -> None:
    coordinator = new_coordinator(tmp_path, share)
    sessions = [demo_vault(tmp_path / f"v{seed}", seed) for seed in (1, 2, 3)]
    for n, session in enumerate(sessions):
        join(session, share, coordinator, f"Rådgiver {n}")
    own = [s.sync_payloads() for s in sessions]
    barrier = threading.Barrier(3)
    errors: list[BaseException] = []

    def run(session: Session) -> None:
        barrier.wait()
        try:
            session.sync(share)
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=run, args=(s,)) for s in sessions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    files = sorted(mailbox_of(share).iterdir())
    assert len(files) == sum(len(p) for p in own)
    assert {f.stat().st_size for f in files} == {SEALED_SIZE}
    assert sorted(p.name for p in root_of(share).iterdir()) == ["coordinator.pub", "sealed"]
    result = coordinator.aggregate(share, YEAR)
    assert result.findings == [] and len(result.devices) == 3
    this_year = [p for payloads in own for p in payloads if p.period.startswith(str(YEAR))]
    assert result.files_counted == len(this_year)
    for period in {p.period for p in this_year}:
        assert result.quarters[period] == summed([p for p in this_year if p.period == period])
    for session in sessions:
        assert all(state.state == "synced" for state in session.sync_status())
        session.lock()


def test_a_resync_adds_a_higher_sequence_beside_the_old_file_and_the_higher_counts(
    session: Session, tmp_path: Path, share: Path
) -> None:
    coordinator = new_coordinator(tmp_path, share)
    join(session, share, coordinator)
    day = TODAY - timedelta(days=5) if TODAY.day > 5 and TODAY.month % 3 != 1 else TODAY
    case = session.create_case(person_case(opened_on=day))
    first = session.sync(share)
    assert len(first.written) == 1
    assert session.sync(share).written == ()  # nothing changed, nothing written
    session.add_consultation(
        case.id, consultation("Notat skrevet sent", datetime.combine(day, datetime.min.time()))
    )
    again = session.sync(share)
    [payload] = again.payloads
    assert payload.period == quarter_of(day) and payload.sequence == 2
    assert first.written[0].exists() and again.written[0] != first.written[0]  # added, nothing replaced
    result = coordinator.aggregate(share, day.year)
    assert result.findings == [] and result.superseded == 1
    assert result.quarters[quarter_of(day)]["consultations_by_channel"]["unassessed"]["meeting"] == 1


def test_nothing_is_sent_before_the_coordinator_is_confirmed_or_after_its_key_changed(
    session: Session, tmp_path: Path, share: Path
) -> None:
    session.create_case(person_case(opened_on=TODAY))
    coordinator = new_coordinator(tmp_path, share)
    with pytest.raises(CoordinatorNotConfirmed) as caught:
        session.sync(share)
    assert caught.value.found == coordinator.fingerprint
    assert not mailbox_of(share).exists() or list(mailbox_of(share).iterdir()) == []
    assert {s.state for s in session.sync_status()} == {"failed"}
    with pytest.raises(CoordinatorMismatch):
        session.pin_coordinator(share, "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")
    assert session.pinned_coordinator() == ""
    join(session, share, coordinator)
    session.sync(share)
    before = sorted(mailbox_of(share).iterdir())
    # Someone replaces coordinator.pub with a key of their own.
    (tmp_path / "other-share").mkdir()
    impostor, _ = Coordinator.create(
        tmp_path / "impostor", tmp_path / "other-share", "Fake", PASSPHRASE, FLOOR
    )
    (root_of(share) / "coordinator.pub").write_bytes(impostor.public.to_file())
    session.add_consultation(session.list_cases()[0].id, consultation("Mere", None))
    with pytest.raises(CoordinatorChanged) as changed:
        session.sync(share)
    assert coordinator.fingerprint in str(changed.value) and impostor.fingerprint in str(changed.value)
    assert sorted(mailbox_of(share).iterdir()) == before
    with pytest.raises(CoordinatorChanged):
        session.pin_coordinator(share, impostor.fingerprint)  # a pinned key is never silently replaced


def test_what_leaves_the_laptop_has_no_alias_ref_name_or_word_of_a_note(tmp_path: Path) -> None:
    session = demo_vault(tmp_path / "v", seed=9, cases=30)
    payloads = session.sync_payloads()
    # The device key and the signature are random base64: lowercased, one spells "demo" about once in a
    # thousand runs. They are checked as what they are (a key, a signature); every other byte is searched.
    docs = [json.loads(p.to_bytes()) for p in payloads]
    for doc in docs:
        assert len(base64.b64decode(doc.pop("device_key"))) == 32
        assert len(base64.b64decode(doc.pop("signature"))) == 64
    data = json.dumps(docs, ensure_ascii=True).lower()
    words: set[str] = set()
    for summary in session.list_cases():
        assert summary.ref.lower() not in data
        if summary.alias:
            assert summary.alias.lower() not in data
        for note in session.consultations(summary.id):
            words |= {w.strip(".,'") for w in note.body.lower().split() if len(w) > 4}
    vocabulary = set(LEVELS) | set(FLAT) | set(DIMENSIONS) | {"transitions", "audit_head", "digest"}
    for enum in DIMENSIONS.values():
        vocabulary |= {part for value in enum for part in value.value.split("-")}
    words = {w for w in words if not any(w in v or v in w for v in vocabulary)}
    assert "demo" not in data
    assert len(words) > 50  # the check has something to look for
    assert [w for w in words if w in data] == []
    assert not any(f"{YEAR}-{m:02d}-" in data for m in range(1, 13))  # no dates finer than a quarter
    session.lock()


def test_forged_unenrolled_retired_and_future_files_are_named_and_never_counted(
    tmp_path: Path, share: Path
) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    coordinator = new_coordinator(tmp_path, share)
    session = demo_vault(tmp_path / "v", seed=4)
    device = join(session, share, coordinator)
    session.sync(share)
    baseline = coordinator.aggregate(share, YEAR)
    box = mailbox_of(share)

    def post(payload_bytes: bytes, name: str) -> None:
        (box / name).write_bytes(seal(payload_bytes, coordinator.public))

    stranger = Ed25519PrivateKey.generate()
    huge = empty_tables()
    huge["new_cases"]["red"] = 1_000_000
    head = AuditHead(1, "0" * 64)
    post(sign(f"{YEAR}Q1", 1, huge, head, stranger).to_bytes(), "a" * 32 + ".vks")
    genuine = sign(f"{YEAR}Q1", 99, huge, head, stranger)
    forged = json.loads(genuine.to_bytes())
    forged["tables"]["new_cases"]["red"] = 5  # edited after signing
    post(json.dumps(forged, sort_keys=True, separators=(",", ":")).encode(), "b" * 32 + ".vks")
    future = f"{YEAR + 1}Q1"
    post(sign(future, 1, huge, head, stranger).to_bytes(), "c" * 32 + ".vks")
    result = coordinator.aggregate(share, YEAR)
    kinds = {f.subject: f.kind for f in result.findings}
    assert kinds["b" * 32 + ".vks"] == DAMAGED and "signature" in dict(result.rejections)["b" * 32 + ".vks"]
    assert kinds["c" * 32 + ".vks"] == FUTURE
    [unenrolled] = [f for f in result.findings if f.kind == UNENROLLED]
    assert unenrolled.subject.endswith(sign(f"{YEAR}Q1", 1, huge, head, stranger).device)
    assert result.quarters == baseline.quarters
    coordinator.retire(device)
    session.add_consultation(session.list_cases()[0].id, consultation("Efter", None))
    session.sync(share)
    retired = coordinator.aggregate(share, YEAR)
    assert RETIRED in {f.kind for f in retired.findings}
    assert retired.quarters == baseline.quarters  # what it sent before still counts, nothing new
    session.lock()


def test_rollbacks_gaps_and_conflicts_are_reported_and_the_coordinators_copy_keeps_the_totals(
    tmp_path: Path, share: Path
) -> None:
    coordinator = new_coordinator(tmp_path, share)
    session = demo_vault(tmp_path / "v", seed=5)
    join(session, share, coordinator)
    session.sync(share)
    case = session.list_cases()[0]
    session.add_consultation(case.id, consultation("Ny samtale", None))
    [newest] = session.sync(share).written
    genuine = coordinator.aggregate(share, YEAR)
    newest.unlink()  # the newest sequence deleted on the share: a rollback to the older file
    rolled = coordinator.aggregate(share, YEAR)
    assert [f.kind for f in rolled.findings] == [ROLLBACK]
    assert rolled.quarters == genuine.quarters
    for path in mailbox_of(share).iterdir():  # every file of the laptop deleted
        path.unlink()
    gone = coordinator.aggregate(share, YEAR)
    assert {f.kind for f in gone.findings} == {GAP}
    assert len(gone.findings) == len(session.sync_status())
    assert gone.quarters == genuine.quarters
    session.lock()


def test_a_vault_copied_to_a_second_laptop_makes_a_conflict_that_is_not_counted(
    tmp_path: Path, share: Path
) -> None:
    import shutil

    coordinator = new_coordinator(tmp_path, share)
    original = demo_vault(tmp_path / "a", seed=6)
    join(original, share, coordinator)
    original.sync(share)
    original.lock()
    shutil.copytree(tmp_path / "a", tmp_path / "b")  # copied by hand, not through backup and restore
    first = Session.unlock(Home(tmp_path / "a"), PASSPHRASE)
    second = Session.unlock(Home(tmp_path / "b"), PASSPHRASE)
    day = datetime.combine(TODAY, datetime.min.time())
    first.add_consultation(first.list_cases()[0].id, consultation("På laptop A", day))
    second.add_consultation(second.list_cases()[1].id, consultation("På laptop B", day))
    second.add_consultation(second.list_cases()[2].id, consultation("Også B", day))
    first.sync(share)
    second.sync(share)
    result = coordinator.aggregate(share, YEAR)
    [conflict] = [f for f in result.findings if f.kind == CONFLICT]
    assert quarter_of(TODAY) in conflict.subject
    assert quarter_of(TODAY) not in result.quarters
    first.lock()
    second.lock()


def test_a_restored_vault_gets_a_new_identity_and_replaces_the_old_device(
    tmp_path: Path, share: Path
) -> None:
    from vinkdesk.vault.backup import restore_backup

    coordinator = new_coordinator(tmp_path, share)
    old = demo_vault(tmp_path / "old", seed=7)
    old_device = join(old, share, coordinator)
    old.sync(share)
    old.backup(tmp_path / "backup.vinkdesk")
    old.lock()
    restore_backup(tmp_path / "backup.vinkdesk", Home(tmp_path / "new"))
    restored = Session.unlock(Home(tmp_path / "new"), PASSPHRASE)
    assert restored.replaced_device() == old_device
    new_device = restored.device_fingerprint()
    assert new_device != old_device
    assert {s.state for s in restored.sync_status()} == {
        "pending"
    }  # every quarter goes again, under the new key
    written = restored.sync(share).written
    assert len(written) == len(restored.sync_status())
    genuine = coordinator.aggregate(share, YEAR).quarters
    coordinator.enrol(new_device, "Rådgiver (gendannet)")  # enrolled beside its original: a slip on the phone
    beside = coordinator.aggregate(share, YEAR)
    assert [f.kind for f in beside.findings] == [RESTORED] and old_device in beside.findings[0].reason
    assert beside.quarters == genuine  # nothing counted twice
    coordinator.enrol(new_device, "Rådgiver (gendannet)", replaces=old_device)  # put right
    result = coordinator.aggregate(share, YEAR)
    assert result.devices == {new_device}
    assert result.findings == [] and result.quarters == genuine
    restored.lock()


def test_a_coordinator_home_swapped_for_an_older_copy_is_found_out(tmp_path: Path, share: Path) -> None:
    coordinator = new_coordinator(tmp_path, share)
    session = demo_vault(tmp_path / "v", seed=8)
    join(session, share, coordinator)
    state = tmp_path / "coordinator" / "coordinator.state"
    older = state.read_bytes()
    laptops_files = session.sync(share).written
    genuine = coordinator.aggregate(share, YEAR)
    assert genuine.findings == []
    state.write_bytes(older)  # someone puts back last month's copy of the home ...
    for path in laptops_files[:3]:  # ... and deletes files of the laptop on the share
        path.unlink()
    swapped = Coordinator.unlock(tmp_path / "coordinator", COORDINATOR_PASSPHRASE).aggregate(share, YEAR)
    assert swapped.findings[0].kind == HOME and "older" in swapped.findings[0].reason
    forged = mailbox_of(share) / ("f" * 32 + ".vks")  # a checkpoint forged with the public key is refused
    from vinkdesk.sync.checkpoint import checkpoint_bytes

    forged.write_bytes(seal(checkpoint_bytes(10**9, b"not the home's key"), coordinator.public))
    again = coordinator.aggregate(share, YEAR)
    assert ("f" * 32 + ".vks", DAMAGED) in {(f.subject, f.kind) for f in again.findings}
    session.lock()


def test_the_folder_traps_end_in_a_clear_error_and_never_a_loop(
    session: Session, tmp_path: Path, share: Path
) -> None:
    coordinator = new_coordinator(tmp_path, share)
    join(session, share, coordinator)
    session.create_case(person_case(opened_on=TODAY))
    with pytest.raises(ShareUnavailable, match="cannot be reached"):
        session.sync(tmp_path / "not-mounted")
    mailbox_of(share).write_text("squatter")  # a file where the folder should be
    started = time.monotonic()
    with pytest.raises(ShareUnavailable, match="is a file, not a folder"):
        session.sync(share)
    assert time.monotonic() - started < 5
    assert session.sync_status()[0].state == "failed"
    mailbox_of(share).unlink()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    mailbox_of(share).symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(ShareUnavailable, match="symbolic link"):
        session.sync(share)
    assert list(elsewhere.iterdir()) == []
    result = coordinator.aggregate(share, YEAR)
    assert "symbolic link" in result.findings[0].reason
    mailbox_of(share).unlink()
    assert session.sync(share).written
    assert {s.state for s in session.sync_status()} == {"synced"}


def test_old_plain_files_are_skipped_and_said(tmp_path: Path, share: Path) -> None:
    coordinator = new_coordinator(tmp_path, share)
    old_year = root_of(share) / str(YEAR)
    old_year.mkdir()
    (old_year / f"{'a' * 32}-{YEAR}Q1-1.json").write_text('{"schema": "vinkdesk.counts/1"}')
    (root_of(share) / "devices.json").write_text("{}")
    result = coordinator.aggregate(share, YEAR)
    [finding] = result.findings
    assert finding.kind == OLD_PLAIN and "2 files" in finding.reason and result.quarters == {}


def test_a_laptop_removes_only_its_own_stale_temp_files(
    session: Session, tmp_path: Path, share: Path
) -> None:
    coordinator = new_coordinator(tmp_path, share)
    join(session, share, coordinator)
    session.create_case(person_case(opened_on=TODAY))
    session.sync(share)
    other = Session.create(Home(tmp_path / "other"), "Bo", PASSPHRASE, FLOOR)[0]
    join(other, share, coordinator, "Bo")
    writer = leave_temp_files_as(tmp_path, session)
    mine = writer("mine")
    theirs = leave_temp_files_as(tmp_path, other)("theirs")
    old = time.time() - 2 * 24 * 3600
    for path in (mine, theirs):
        os.utime(path, (old, old))
    fresh = writer("fresh")
    session.add_consultation(session.list_cases()[0].id, consultation("Igen", None))
    session.sync(share)
    assert not mine.exists() and theirs.exists() and fresh.exists()
    other.lock()


def leave_temp_files_as(tmp_path: Path, session: Session):  # type: ignore[no-untyped-def]
    """Leave a temp file as this laptop's killed sync would (its tag, no final name)."""
    import base64

    from vinkdesk.sync.share import _tag

    tag_key = base64.b64decode(session._meta("sync_temp_key"))  # noqa: SLF001

    def leave(seed: str) -> Path:
        nonce = seed.encode().hex()[:24].ljust(24, "0")
        path = mailbox_of(tmp_path / "share") / f".{nonce}{_tag(tag_key, nonce)}.partial"
        path.write_bytes(b"\0" * 100)
        return path

    return leave


KILLED_WRITER = r"""
import errno, os, sys
from pathlib import Path

def no_links(*args, **kwargs):  # the share refuses hard links, as SMB shares and FAT drives do
    raise OSError(errno.EPERM, "Operation not permitted")

os.link = no_links
from vinkdesk.sync.share import Folder
share = Path(sys.argv[1])
data = os.urandom(%d)
with Folder.open(share, ("vinkdesk", "sealed"), create=True) as box:
    while True:
        box.post(data, b"k" * 32)
"""


@pytest.mark.slow
def test_a_killed_writer_on_a_share_without_hard_links_leaves_no_partial_file_under_a_final_name(
    share: Path,
) -> None:
    for delay in (0.05, 0.11, 0.23, 0.31, 0.47):
        child = subprocess.Popen([sys.executable, "-c", KILLED_WRITER % SEALED_SIZE, str(share)])
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
    finals = [p for p in mailbox_of(share).iterdir() if p.name.endswith(".vks")]
    assert finals, "the writer got to write something"
    assert {p.stat().st_size for p in finals} == {SEALED_SIZE}
    leftovers = [p for p in mailbox_of(share).iterdir() if not p.name.endswith(".vks")]
    assert all(p.name.endswith(".partial") for p in leftovers)


def test_windows_unc_paths_are_built_as_paths(tmp_path: Path) -> None:
    unc = PureWindowsPath(r"\\fil01.kk.dk\Forebyggelse")
    assert str(mailbox_of(unc)) == r"\\fil01.kk.dk\Forebyggelse\vinkdesk\sealed"  # type: ignore[arg-type]
    assert str(root_of(unc) / "coordinator.pub") == r"\\fil01.kk.dk\Forebyggelse\vinkdesk\coordinator.pub"  # type: ignore[arg-type]


def test_the_witness_finds_a_truncated_or_rewritten_audit_trail(
    session: Session, tmp_path: Path, share: Path
) -> None:
    from vinkdesk.session.verify import verify_anchor

    coordinator = new_coordinator(tmp_path, share)
    device = join(session, share, coordinator)
    case = session.create_case(person_case(opened_on=TODAY))
    session.sync(share)
    for n in range(3):
        session.add_consultation(case.id, consultation(f"Samtale {n}", datetime.now()))
        session.sync(share)
    coordinator.aggregate(share, YEAR)
    heads = coordinator.witness(device)
    assert len(heads) >= 4
    assert verify_anchor(session, device, heads) == ([], [])
    conn = session._vault.connection  # noqa: SLF001 - the attacker has the key in hand
    last = max(row for row, _d, _p in heads)
    conn.execute("DROP TRIGGER audit_no_delete")
    conn.execute("DELETE FROM audit WHERE id >= ?", (last - 2,))
    problems, _notes = verify_anchor(session, device, heads)
    assert any("removed" in p for p in problems)


def test_the_witness_finds_a_chain_recomputed_after_an_edit(
    session: Session, tmp_path: Path, share: Path
) -> None:
    from vinkdesk.session.verify import verify, verify_anchor
    from vinkdesk.vault.audit import GUARD_NO_UPDATE, AuditEntry, detail_digest, salted_row_hash

    coordinator = new_coordinator(tmp_path, share)
    device = join(session, share, coordinator)
    session.create_case(person_case(opened_on=TODAY))
    session.sync(share)
    coordinator.aggregate(share, YEAR)
    heads = coordinator.witness(device)
    conn = session._vault.connection  # noqa: SLF001
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("UPDATE audit SET detail = 'nothing to see' WHERE id = 2")
    previous = "0" * 64
    for row in conn.execute(
        "SELECT id, at, user_id, action, object_kind, object_id, detail, detail_salt FROM audit ORDER BY id"
    ).fetchall():
        entry = AuditEntry(*row[:7])
        salted = detail_digest(bytes.fromhex(row[7]), entry.detail)
        digest = salted_row_hash(previous, entry, salted)
        conn.execute(
            "UPDATE audit SET prev_hash = ?, hash = ?, detail_digest = ? WHERE id = ?",
            (previous, digest, salted, entry.id),
        )
        previous = digest
    conn.execute(GUARD_NO_UPDATE)  # put back as it was: only the anchor can tell
    assert verify(session) == []  # the chain alone cannot tell
    problems, _notes = verify_anchor(session, device, heads)
    assert any("rewritten" in p for p in problems)
