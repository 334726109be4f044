"""The key slots under attack, judged as an outsider would: by the files on disk, read with
tests/outsider_keys.py (its own Argon2id, AES-GCM and HPKE, nothing imported from vinkdesk) and SQLCipher
with the raw key."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from datetime import datetime
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, consultation, person_case
from tests.outsider_keys import db_opens_with, opens, read_with
from vinkdesk.session import Session
from vinkdesk.vault import Home, KdfParams, VaultError

NEW = "en ny og lang sætning"
SUPERVISOR = "vejleder med egen sætning"
ROOT = Path(__file__).resolve().parent.parent
VINKDESK = str(Path(sys.executable).parent / "vinkdesk")  # the installed command


def child_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VINKDESK_")}
    env.update(PYTHONPATH=str(ROOT), **extra)
    return env


def the_key(home: Home, secret: str) -> bytes:
    found = opens(home.keys_path, secret)
    assert len(found) == 1, f"{len(found)} slots open with that secret"
    return found[0]


def test_a_changed_passphrase_survives_later_slot_changes_in_the_same_session(
    home: Home, kdf: KdfParams
) -> None:
    session, _code = Session.create(home, "Ane", PASSPHRASE, kdf)
    session.change_passphrase(PASSPHRASE, NEW, kdf)
    session.add_supervisor("Bo", SUPERVISOR, kdf)
    session.new_recovery_code(kdf)
    session.lock()
    assert opens(home.keys_path, PASSPHRASE) == []  # the old passphrase never comes back
    key = the_key(home, NEW)
    assert the_key(home, SUPERVISOR) == key
    assert db_opens_with(home.db_path, key)


def test_two_sessions_adding_supervisors_at_once_lose_no_slot(home: Home, kdf: KdfParams) -> None:
    Session.create(home, "Ane", PASSPHRASE, kdf)[0].lock()
    sessions = [Session.unlock(home, PASSPHRASE) for _ in range(2)]
    errors: list[BaseException] = []

    def add(session: Session, prefix: str) -> None:
        try:
            for n in range(3):
                session.add_supervisor(f"{prefix}{n}", f"{SUPERVISOR} {prefix}{n}", kdf)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=add, args=(s, p)) for s, p in zip(sessions, "AB", strict=True)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for s in sessions:
        s.lock()
    assert errors == []
    for prefix in "AB":
        for n in range(3):
            assert len(opens(home.keys_path, f"{SUPERVISOR} {prefix}{n}")) == 1


def test_a_second_program_on_an_open_vault_is_told_at_once(home: Home, kdf: KdfParams) -> None:
    session, _code = Session.create(home, "Ane", PASSPHRASE, kdf)
    try:
        result = subprocess.run(
            [VINKDESK, "verify", "--home", str(home.folder)],
            env=child_env(VINKDESK_PASSPHRASE=PASSPHRASE),
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        session.lock()
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "already open on this vault" in result.stderr
    assert "unexpected" not in result.stderr


def seeded(home: Home, kdf: KdfParams, cases: int = 1) -> None:
    session, _code = Session.create(home, "Ane", PASSPHRASE, kdf)
    for n in range(cases):
        case_id = session.create_case(person_case(alias=f"Ravn-{n}")).id
        session.add_consultation(case_id, consultation(f"Før rotationen markør{n:04d} " + "tekst " * 200))
    session.add_supervisor("Bo", SUPERVISOR, kdf)
    session.lock()


def kill_during(home: Home, act: str, delay: float, **env: str) -> None:
    """Start tests.key_child doing act, wait until it has the vault open, then SIGKILL it after delay."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.key_child", str(home.folder), act],
        env=child_env(**env),
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "open"
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait()


def after_next_unlock(home: Home, secret: str) -> None:
    """The program's own unlock (which finishes or undoes what a kill left), then locked again."""
    Session.unlock(home, secret).lock()


@pytest.mark.slow
def test_thirty_kills_during_a_passphrase_change_leave_exactly_one_passphrase(
    home: Home, kdf: KdfParams
) -> None:
    seeded(home, kdf)
    rng = random.Random(7)
    current = PASSPHRASE
    for round_ in range(30):
        new = f"{NEW} {round_}"
        kill_during(
            home, "passphrase", rng.uniform(0, 0.12), VINKDESK_PASSPHRASE=current, VINKDESK_NEW_PASSPHRASE=new
        )
        old_opens, new_opens = bool(opens(home.keys_path, current)), bool(opens(home.keys_path, new))
        assert old_opens != new_opens, f"round {round_}: old {old_opens}, new {new_opens}"
        current = new if new_opens else current
        after_next_unlock(home, current)
        assert not list(home.folder.glob(".vault.keys.*.tmp"))
        assert not (home.folder / ".vault.keys.intent").exists()
        # one counsellor, one recovery, one supervisor: the count never grows
        assert home.keys_path.read_text().count('"slot_id"') == 3
        assert db_opens_with(home.db_path, the_key(home, current))


@pytest.mark.slow
def test_thirty_kills_during_a_rotation_leave_the_old_pair_or_the_new_never_a_mix(
    home: Home, kdf: KdfParams
) -> None:
    seeded(home, kdf, cases=300)  # a few MB, so that the copy takes a while
    rng = random.Random(11)
    rotated = 0
    for _round in range(30):
        before = the_key(home, PASSPHRASE)
        kill_during(home, "rotate", rng.uniform(0, 0.6), VINKDESK_PASSPHRASE=PASSPHRASE)
        after_next_unlock(home, PASSPHRASE)
        key = the_key(home, PASSPHRASE)
        assert the_key(home, SUPERVISOR) == key  # every slot follows the same key
        # exactly one of the pairs: the key in vault.keys opens vault.db; the old key does iff nothing changed
        assert db_opens_with(home.db_path, key)
        assert db_opens_with(home.db_path, before) == (key == before)
        rotated += key != before
        assert read_with(home.db_path, key, "SELECT count(*) FROM cases") == [(300,)]
        leftovers = {p.name for p in home.folder.iterdir()} - {
            "vault.db",
            "vault.keys",
            ".vault.lock",
            ".vault.keys.lock",
            ".vault.key-history",
        }
        assert leftovers <= {"vault.db-wal", "vault.db-shm"} and not any(
            (home.folder / n).stat().st_size for n in leftovers if n.endswith("-wal")
        ), leftovers
    assert 0 < rotated < 30  # the kills fell on both sides of the commit


def test_a_removed_supervisor_with_an_old_keys_copy_opens_nothing_written_after(
    home: Home, kdf: KdfParams, tmp_path: Path
) -> None:
    seeded(home, kdf)
    old_keys = tmp_path / "old-vault.keys"
    shutil.copy(home.keys_path, old_keys)  # what every older backup holds
    session = Session.unlock(home, PASSPHRASE)
    session.remove_supervisor("Bo")
    case_id = session.create_case(person_case(alias="Efter-fjernelsen")).id
    session.add_consultation(case_id, consultation("Skrevet efter fjernelsen: hemmelig"))
    session.lock()
    assert opens(home.keys_path, SUPERVISOR) == []
    (stolen,) = opens(old_keys, SUPERVISOR)
    assert not db_opens_with(home.db_path, stolen)
    assert db_opens_with(home.db_path, the_key(home, PASSPHRASE))
    with pytest.raises(VaultError):
        Session.unlock(home, SUPERVISOR)


def test_a_used_recovery_code_stops_working_and_the_reset_rotates_the_key(
    home: Home, kdf: KdfParams, tmp_path: Path
) -> None:
    session, code = Session.create(home, "Ane", PASSPHRASE, kdf)
    session.lock()
    old_keys = tmp_path / "old-vault.keys"
    shutil.copy(home.keys_path, old_keys)
    rescued = Session.unlock(home, code.lower().replace("-", " "))
    assert rescued.via_recovery
    new_code = rescued.reset_passphrase(NEW, kdf)
    rescued.lock()
    assert new_code != code
    assert opens(home.keys_path, code) == [] and opens(home.keys_path, PASSPHRASE) == []
    key = the_key(home, NEW)
    assert the_key(home, new_code) == key and db_opens_with(home.db_path, key)
    (old_key,) = opens(old_keys, code)
    assert not db_opens_with(home.db_path, old_key)


def test_a_deeply_nested_keys_file_is_a_clean_error(home: Home, kdf: KdfParams) -> None:
    Session.create(home, "Ane", PASSPHRASE, kdf)[0].lock()
    home.keys_path.write_text("[" * 100_000 + "]" * 100_000)
    result = subprocess.run(
        [VINKDESK, "verify", "--home", str(home.folder)],
        env=child_env(VINKDESK_PASSPHRASE=PASSPHRASE),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1 and "unexpected" not in result.stderr
    assert "vault.keys" in result.stderr and result.stderr.count("\n") == 1


def test_the_passphrase_length_counts_after_nfc(home: Home, kdf: KdfParams) -> None:
    # nine letters composed; typed decomposed they are eighteen code points, still too short
    short = "æøåéüñçåä"
    decomposed = "".join(__import__("unicodedata").normalize("NFD", short))
    assert len(decomposed) > 10
    with pytest.raises(VaultError):
        Session.create(home, "Ane", decomposed, kdf)


def test_disk_full_during_a_save_is_a_clear_error_and_loses_nothing(tmp_path: Path, kdf: KdfParams) -> None:
    """A small tmpfs as the vault's disk: fill it with consultations until SQLite says the disk is full."""
    mount = tmp_path / "small"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)]).returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        (mount / "filler").write_bytes(b"\0" * 2_500_000)  # what the user will delete to make room
        home = Home(mount / "home")
        session, _code = Session.create(home, "Ane", PASSPHRASE, kdf)
        case_id = session.create_case(person_case()).id
        saved = 0
        with pytest.raises(VaultError) as caught:
            for n in range(10_000):
                session.add_consultation(case_id, consultation(f"markør{n:05d} " + os.urandom(3000).hex()))
                saved += 1
        assert caught.value.kind == "disk-full"
        assert "full" in str(caught.value) and "fuld" in caught.value.text("da")
        session.lock()
        # after freeing space, every consultation saved before is there
        (mount / "filler").unlink(missing_ok=True)
        again = Session.unlock(home, PASSPHRASE)
        assert len(again.consultations(case_id)) == saved
        again.lock()
    finally:
        subprocess.run(["umount", "-l", str(mount)])


def test_the_cli_says_disk_full_in_one_line(tmp_path: Path, kdf: KdfParams) -> None:
    mount = tmp_path / "small"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)]).returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        result = subprocess.run(
            [VINKDESK, "demo", "--home", str(mount / "home"), "--cases", "400"],
            env=child_env(VINKDESK_PASSPHRASE=PASSPHRASE),
            capture_output=True,
            text=True,
            timeout=600,
        )
    finally:
        subprocess.run(["umount", "-l", str(mount)])
    assert result.returncode == 1, result.stderr
    assert "unexpected" not in result.stderr and "is full" in result.stderr
    assert result.stderr.strip().count("\n") == 0


def test_verify_and_backup_beside_a_thousand_writes_in_another_thread(
    home: Home, kdf: KdfParams, tmp_path: Path
) -> None:
    from vinkdesk.session import verify

    session, _code = Session.create(home, "Ane", PASSPHRASE, kdf)
    case_id = session.create_case(person_case()).id
    added: list[int] = []
    failures: list[BaseException] = []

    def write() -> None:
        try:
            for n in range(1000):
                added.append(
                    session.add_consultation(case_id, consultation(f"tråd {n}", datetime(2026, 5, 1))).id
                )
        except BaseException as exc:  # noqa: BLE001
            failures.append(exc)

    writer = threading.Thread(target=write)
    writer.start()
    problems: list[str] = []
    rounds = 0
    while writer.is_alive():
        problems += verify(session)
        session.backup(tmp_path / f"b{rounds % 2}.zip")
        rounds += 1
    writer.join()
    assert failures == [] and problems == [] and rounds > 1
    assert len(added) == 1000
    rows = [e for e in session.audit_entries() if e.action == "create-consultation"]
    assert sorted(int(e.object_id) for e in rows) == sorted(added)  # every row names its own consultation
    assert verify(session) == []
    session.lock()
