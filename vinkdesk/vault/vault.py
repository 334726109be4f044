"""The vault: create it, unlock it with any key slot, manage slots, lock it and forget the key."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from vinkdesk.vault import audit
from vinkdesk.vault.database import connect, translate_errors
from vinkdesk.vault.errors import (
    KeysFileError,
    SlotRefused,
    VaultCorrupt,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WeakPassphrase,
)
from vinkdesk.vault.home import Home
from vinkdesk.vault.kdf import KdfParams, calibrate
from vinkdesk.vault.keys import (
    KeysFile,
    KeySlot,
    new_data_key,
    new_recovery_code,
    new_vault_id,
    normalise_recovery_code,
    open_any,
    read_keys,
    seal_slot,
    write_keys,
)
from vinkdesk.vault.schema import MIGRATIONS, Migration, migrate

log = logging.getLogger(__name__)

MIN_PASSPHRASE_LENGTH = 10


def check_passphrase(passphrase: str) -> None:
    """The least a passphrase must be; the UI shows a strength hint on top of this."""
    if len(passphrase.strip()) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphrase(
            f"A passphrase needs at least {MIN_PASSPHRASE_LENGTH} characters; a few words in a "
            f"row are easy to "
            "remember and hard to guess."
        )


@dataclass(frozen=True)
class Unlocked:
    """Who opened the vault and with which slot."""

    user_id: str
    slot_id: str
    via_recovery: bool


class Vault:
    """An open vault. Every reference to the data key lives here and is wiped by lock()."""

    def __init__(
        self, home: Home, conn: Any, data_key: bytearray, keys: KeysFile, opened_by: Unlocked
    ) -> None:
        self.home = home
        self._conn: Any = conn
        self._data_key: bytearray | None = data_key
        self._keys = keys
        self.opened_by = opened_by

    # --- opening and closing -------------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        home: Home,
        display_name: str,
        passphrase: str,
        kdf: KdfParams | None = None,
        migrations: Sequence[Migration] = MIGRATIONS,
    ) -> tuple[Vault, str]:
        """A new vault with one counsellor and a recovery slot; returns it unlocked, and the recovery code.

        `migrations` is for tests that need a vault of an earlier schema version to migrate from."""
        if home.has_vault():
            raise VaultExists(f"There is already a vault in {home.folder}; nothing was changed.")
        if not display_name.strip():
            raise SlotRefused("A name is needed for the first user.")
        check_passphrase(passphrase)
        home.ensure_writable()
        kdf = kdf or calibrate()
        vault_id = new_vault_id()
        user_id = uuid.uuid4().hex
        data_key = new_data_key()
        recovery_code = new_recovery_code()
        owner = seal_slot(
            data_key,
            passphrase,
            vault_id=vault_id,
            user_id=user_id,
            role="counsellor",
            display_name=display_name.strip(),
            kdf=kdf,
        )
        recovery = seal_slot(
            data_key,
            recovery_code,
            vault_id=vault_id,
            user_id=user_id,
            role="recovery",
            display_name="",
            kdf=kdf,
        )
        keys = KeysFile(vault_id=vault_id, slots=(owner, recovery))
        conn = connect(home.db_path, data_key, create=True)
        try:
            migrate(conn, migrations)
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO meta (key, value) VALUES ('vault_id', ?)", (vault_id,))
            conn.execute(
                "INSERT INTO users (id, display_name, role, created_at) VALUES (?, ?, 'counsellor', ?)",
                (user_id, display_name.strip(), audit.now_utc()),
            )
            audit.append(conn, user_id, "create-vault")
            conn.execute("COMMIT")
            # The keys are written last: a crash before this leaves no half vault that looks usable.
            write_keys(home.keys_path, keys)
        except BaseException:
            conn.close()
            home.db_path.unlink(missing_ok=True)
            for suffix in ("-wal", "-shm"):
                home.db_path.with_name(home.db_path.name + suffix).unlink(missing_ok=True)
            raise
        return cls(home, conn, data_key, keys, Unlocked(user_id, owner.slot_id, False)), recovery_code

    @classmethod
    def unlock(cls, home: Home, passphrase: str) -> Vault:
        if not home.keys_path.exists() and not home.db_path.exists():
            raise VaultNotFound(f"There is no vault in {home.folder}. Create one with 'vinkdesk init'.")
        keys = read_keys(home.keys_path)
        if not home.db_path.exists():
            raise VaultCorrupt(
                f"{home.db_path} is missing while vault.keys is present. Restore the vault from "
                f"your latest backup."
            )
        home.ensure_writable()  # SQLite's WAL needs to write beside vault.db, even to read
        slot, data_key = open_any(keys, passphrase)
        try:
            conn = connect(home.db_path, data_key)
        except BaseException:
            _wipe(data_key)
            raise
        try:
            with translate_errors(home.db_path):
                row = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
                if row is None or row[0] != keys.vault_id:
                    raise VaultCorrupt(
                        f"{home.db_path} belongs to another vault than {home.keys_path}. "
                        "Restore both files from the same backup."
                    )
                migrate(conn)
                user = conn.execute("SELECT role FROM users WHERE id = ?", (slot.user_id,)).fetchone()
            if user is None or (slot.role != "recovery" and user[0] != slot.role):
                raise KeysFileError(
                    f"{home.keys_path}: the slot that opened the vault does not match a user of it; "
                    "the file has been altered. Restore vault.keys from your backup."
                )
        except BaseException:
            conn.close()
            _wipe(data_key)
            raise
        return cls(home, conn, data_key, keys, Unlocked(slot.user_id, slot.slot_id, slot.role == "recovery"))

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def connection(self) -> Any:
        if self._conn is None:
            raise VaultLocked()
        return self._conn

    def lock(self) -> None:
        """Close the database and wipe the data key from memory. Safe to call twice."""
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn = None
        if self._data_key is not None:
            _wipe(self._data_key)
            self._data_key = None

    # --- key slots -----------------------------------------------------------------------------------------

    @property
    def slots(self) -> tuple[KeySlot, ...]:
        return self._keys.slots

    def add_slot(
        self, user_id: str, role: str, display_name: str, passphrase: str, kdf: KdfParams | None = None
    ) -> KeySlot:
        """Wrap the data key for one more person (or a recovery code) and write vault.keys atomically."""
        if role != "recovery":
            check_passphrase(passphrase)
        slot = seal_slot(
            self._key(),
            passphrase,
            vault_id=self._keys.vault_id,
            user_id=user_id,
            role=role,
            display_name=display_name,
            kdf=kdf or calibrate(),
        )
        self._write(self._keys.with_slot(slot))
        return slot

    def remove_slot(self, slot_id: str) -> None:
        self._write(self._keys.without_slot(slot_id))

    def new_recovery_code(self, kdf: KdfParams | None = None) -> str:
        """Replace the recovery slot with a fresh code (shown once); the old code stops working."""
        owner = self.opened_by.user_id
        code = new_recovery_code()
        old = [s.slot_id for s in self._keys.slots if s.role == "recovery"]
        self.add_slot(owner, "recovery", "", code, kdf)
        for slot_id in old:
            self.remove_slot(slot_id)
        return code

    def change_passphrase(self, old: str, new: str, kdf: KdfParams | None = None) -> KeySlot:
        """Rewrite the slot that old opens; vault.db is not touched."""
        return change_passphrase(self.home, old, new, kdf)

    def reset_passphrase(self, new: str, kdf: KdfParams | None = None) -> KeySlot:
        """After a recovery unlock: give the user a new passphrase in place of the forgotten one."""
        user_id = self.opened_by.user_id
        forgotten = [s for s in self._keys.slots if s.user_id == user_id and s.role != "recovery"]
        if not forgotten:
            raise SlotRefused("There is no passphrase slot for this user to reset.")
        fresh = self.add_slot(
            user_id, forgotten[0].role, forgotten[0].display_name, new, kdf or forgotten[0].kdf
        )
        for slot in forgotten:
            self.remove_slot(slot.slot_id)
        return fresh

    def _key(self) -> bytearray:
        if self._data_key is None:
            raise VaultLocked()
        return self._data_key

    def _write(self, keys: KeysFile) -> None:
        write_keys(self.home.keys_path, keys)
        self._keys = keys


def change_passphrase(home: Home, old: str, new: str, kdf: KdfParams | None = None) -> KeySlot:
    """Replace the slot that old opens by one for new. Only vault.keys changes, in two atomic writes:
    ""
    """
    keys = read_keys(home.keys_path)
    slot, data_key = open_any(keys, old)
    try:
        if slot.role == "recovery":
            if normalise_recovery_code(new) is None:
                raise SlotRefused("A recovery code is replaced with a new code, not a passphrase.")
        else:
            check_passphrase(new)
        fresh = seal_slot(
            data_key,
            new,
            vault_id=keys.vault_id,
            user_id=slot.user_id,
            role=slot.role,
            display_name=slot.display_name,
            kdf=kdf or slot.kdf,
        )
        with_both = keys.with_slot(fresh)
        write_keys(home.keys_path, with_both)
        write_keys(home.keys_path, with_both.without_slot(slot.slot_id))
    finally:
        _wipe(data_key)
    return fresh


def _wipe(buffer: bytearray) -> None:
    for i in range(len(buffer)):
        buffer[i] = 0
