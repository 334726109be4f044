"""Key slots: any slot opens the vault, passphrases change without touching vault.db, tampering is refused."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vinkdesk.session import Session
from vinkdesk.vault import (
    FLOOR,
    Home,
    KdfParams,
    KeysFileError,
    SlotRefused,
    Vault,
    WeakPassphrase,
    WrongPassphrase,
    change_passphrase,
)
from vinkdesk.vault import keys as keys_module
from vinkdesk.vault.kdf import DEFAULT_FLOOR, calibrate
from vinkdesk.vault.keys import normalise_recovery_code


def snapshot(home: Home) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(home.folder.iterdir())}


def edit_keys(home: Home, change) -> None:  # type: ignore[no-untyped-def]
    doc = json.loads(home.keys_path.read_text(encoding="utf-8"))
    change(doc)
    home.keys_path.write_text(json.dumps(doc), encoding="utf-8")


def test_create_then_unlock_with_the_passphrase(home: Home, kdf: KdfParams) -> None:
    vault, code = Vault.create(home, "Ane", PASSPHRASE, kdf)
    vault.lock()
    # Beside the two files only the two empty lock files (open, keys) stay.
    assert sorted(p.name for p in home.folder.iterdir()) == [
        ".vault.keys.lock",
        ".vault.lock",
        "vault.db",
        "vault.keys",
    ]
    assert all(p.stat().st_size == 0 for p in home.folder.glob(".*.lock"))
    again = Vault.unlock(home, PASSPHRASE)
    assert again.opened_by.via_recovery is False
    assert again.connection.execute("SELECT display_name FROM users").fetchone()[0] == "Ane"
    again.lock()


def test_recovery_code_opens_the_vault_and_can_reset_the_passphrase(home: Home, kdf: KdfParams) -> None:
    vault, code = Vault.create(home, "Ane", PASSPHRASE, kdf)
    vault.lock()
    assert len(code.replace("-", "")) == 25  # 125 bits from a 32-symbol alphabet
    typed = code.lower().replace("-", " ")  # read aloud and typed sloppily
    session = Session.unlock(home, typed)
    assert session.via_recovery
    session.reset_passphrase("en helt ny sætning", kdf)
    session.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(home, PASSPHRASE)
    Vault.unlock(home, "en helt ny sætning").lock()


def test_recovery_codes_are_random_and_normalised(home: Home) -> None:
    codes = {keys_module.new_recovery_code() for _ in range(50)}
    assert len(codes) == 50
    code = next(iter(codes))
    assert normalise_recovery_code(code.lower().replace("-", "")) == code
    assert normalise_recovery_code("not a code") is None


def test_wrong_passphrase_is_refused_and_changes_no_byte(home: Home, kdf: KdfParams) -> None:
    Vault.create(home, "Ane", PASSPHRASE, kdf)[0].lock()
    before = snapshot(home)
    with pytest.raises(WrongPassphrase, match="does not open"):
        Vault.unlock(home, "Kaerlighed og kaffe 2026")
    assert snapshot(home) == before


def test_passphrase_is_nfc_normalised(home: Home, kdf: KdfParams) -> None:
    composed = unicodedata.normalize("NFC", "Kærlighed på Ærø")
    decomposed = unicodedata.normalize("NFD", "Kærlighed på Ærø")
    assert composed != decomposed
    Vault.create(home, "Ane", composed, kdf)[0].lock()
    Vault.unlock(home, decomposed).lock()


def test_supervisor_slot_opens_as_supervisor_and_last_slot_cannot_go(home: Home, kdf: KdfParams) -> None:
    session, _ = Session.create(home, "Ane", PASSPHRASE, kdf)
    supervisor = session.add_supervisor("Bo Leder", "bo leder passphrase", kdf)
    session.lock()
    as_supervisor = Session.unlock(home, "bo leder passphrase")
    assert as_supervisor.user == supervisor
    as_supervisor.lock()

    vault = Vault.unlock(home, PASSPHRASE)
    owner_slot = vault.opened_by.slot_id
    supervisor_slot = next(s.slot_id for s in vault.slots if s.role == "supervisor")
    vault.remove_slot(supervisor_slot)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(home, "bo leder passphrase")
    with pytest.raises(SlotRefused, match="last passphrase"):
        vault.remove_slot(owner_slot)
    vault.lock()
    Vault.unlock(home, PASSPHRASE).lock()


def test_change_passphrase_rewrites_one_slot_and_leaves_the_database_byte_for_byte(
    home: Home, kdf: KdfParams
) -> None:
    Vault.create(home, "Ane", PASSPHRASE, kdf)[0].lock()
    db_before = home.db_path.read_bytes()
    other_slots_before = [s for s in keys_module.read_keys(home.keys_path).slots if s.role != "counsellor"]
    change_passphrase(home, PASSPHRASE, "en ny og lang sætning", kdf)
    assert home.db_path.read_bytes() == db_before
    after = keys_module.read_keys(home.keys_path)
    assert [s for s in after.slots if s.role != "counsellor"] == other_slots_before
    with pytest.raises(WrongPassphrase):
        Vault.unlock(home, PASSPHRASE)
    Vault.unlock(home, "en ny og lang sætning").lock()


def test_a_failed_write_leaves_the_old_passphrase_and_only_it(
    home: Home, kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    Vault.create(home, "Ane", PASSPHRASE, kdf)[0].lock()
    real_write = keys_module.write_keys
    calls = []

    def write_then_die(path: Path, keys: keys_module.KeysFile) -> None:
        calls.append(len(keys.slots))
        raise OSError("power lost")  # the machine stops before the only write lands

    monkeypatch.setattr("vinkdesk.vault.vault.write_keys", write_then_die)
    with pytest.raises(OSError):
        change_passphrase(home, PASSPHRASE, "en ny og lang sætning", kdf)
    assert calls == [2]  # one write: the new slot in place of the old, never both
    monkeypatch.setattr("vinkdesk.vault.vault.write_keys", real_write)
    Vault.unlock(home, PASSPHRASE).lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(home, "en ny og lang sætning")
    assert not list(home.folder.glob(".vault.keys.intent"))  # the next unlock cleared the intent


def test_an_intent_left_with_both_slots_is_finished_at_next_unlock(home: Home, kdf: KdfParams) -> None:
    """An older vinkdesk wrote the new slot beside the old one and died: the intent takes the old one out."""
    Vault.create(home, "Ane", PASSPHRASE, kdf)[0].lock()
    keys = keys_module.read_keys(home.keys_path)
    old = next(s for s in keys.slots if s.role == "counsellor")
    data_key = keys_module.open_slot(old, keys.vault_id, PASSPHRASE, keys.key_id)
    fresh = keys_module.seal_slot(
        data_key, "en ny og lang sætning", vault_id=keys.vault_id, user_id=old.user_id, role=old.role,
        display_name=old.display_name, kdf=kdf, key_id=keys.key_id,
    )
    keys_module.write_keys(home.keys_path, keys.with_slot(fresh))
    (home.folder / ".vault.keys.intent").write_text(
        json.dumps({"change": "passphrase", "remove": old.slot_id, "add": fresh.slot_id})
    )
    (home.folder / ".vault.keys.abc123.tmp").write_bytes(home.keys_path.read_bytes())  # a stray temp copy
    Vault.unlock(home, "en ny og lang sætning").lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(home, PASSPHRASE)
    assert sorted(p.name for p in home.folder.glob(".vault.keys.*")) == [".vault.keys.lock"]


def test_weak_new_passphrase_is_refused(home: Home, kdf: KdfParams) -> None:
    with pytest.raises(WeakPassphrase):
        Vault.create(home, "Ane", "kort", kdf)
    assert not home.has_vault()


def test_weakened_slot_is_refused_on_read(home: Home, kdf: KdfParams) -> None:
    Vault.create(home, "Ane", PASSPHRASE, kdf)[0].lock()

    def weaken(doc: dict) -> None:  # type: ignore[type-arg]
        doc["slots"][0]["kdf"]["memory_kib"] = 1024
        doc["slots"][0]["kdf"]["time_cost"] = 1

    edit_keys(home, weaken)
    with pytest.raises(KeysFileError, match=r"slots\[0\]\.kdf.*below the minimum"):
        Vault.unlock(home, PASSPHRASE)


def test_slots_below_the_floor_cannot_be_written(home: Home) -> None:
    with pytest.raises(KeysFileError, match="below the minimum"):
        Vault.create(home, "Ane", PASSPHRASE, KdfParams(8 * 1024, 1, 1))


def test_a_slot_whose_role_was_changed_is_refused(home: Home, kdf: KdfParams) -> None:
    session, _ = Session.create(home, "Ane", PASSPHRASE, kdf)
    session.add_supervisor("Bo Leder", "bo leder passphrase", kdf)
    session.lock()

    def promote(doc: dict) -> None:  # type: ignore[type-arg]
        for slot in doc["slots"]:
            if slot["role"] == "supervisor":
                slot["role"] = "counsellor"

    edit_keys(home, promote)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(home, "bo leder passphrase")
    Vault.unlock(home, PASSPHRASE).lock()  # the untouched slot still works


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda p: p.unlink(), "vault.keys is missing"),
        (lambda p: p.write_bytes(p.read_bytes()[:200]), "not valid JSON"),
        (lambda p: p.write_text('{"format": "vinkdesk.keys/1", "vault_id": "x", "slots": []}'), "slots"),
        (lambda p: p.write_text(p.read_text().replace('"nonce"', '"nonse"')), r"slots\[0\]\.nonse"),
        (lambda p: p.write_text(p.read_text().replace("vinkdesk.keys/2", "vinkdesk.keys/9")), "format"),
    ],
)
def test_damaged_keys_file_gives_a_clear_message_and_changes_nothing(
    home: Home,
    kdf: KdfParams,
    damage,
    message: str,  # type: ignore[no-untyped-def]
) -> None:
    Vault.create(home, "Ane", PASSPHRASE, kdf)[0].lock()
    damage(home.keys_path)
    before = snapshot(home)
    with pytest.raises(KeysFileError, match=message) as caught:
        Vault.unlock(home, PASSPHRASE)
    assert "backup" in str(caught.value)
    assert snapshot(home) == before


def test_calibrated_default_is_never_below_64_mib_and_three_passes() -> None:
    params = calibrate(target_seconds=0.05)
    assert params.meets(DEFAULT_FLOOR)
    assert DEFAULT_FLOOR.meets(FLOOR)
