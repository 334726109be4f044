"""The vault: create it, unlock it with any key slot, manage slots, rotate its key, lock it and forget the
key.

Every change of vault.keys takes the keys lock, re-reads the file, applies one change and writes it in one
atomic step: nothing writes a list of slots kept in memory. A vault open in this process holds the home's open
lock, so a second program is refused at once (see locks.py); an interrupted key change is finished or undone
at the next unlock (see journal.py).
"""

from __future__ import annotations

import logging
import os
import unicodedata
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from vinkdesk.domain.audit_actions import AuditAction
from vinkdesk.vault import audit, journal
from vinkdesk.vault.database import connect, translate_errors, vault_error
from vinkdesk.vault.errors import (
    KeysFileError,
    SlotRefused,
    VaultCorrupt,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WeakPassphrase,
)
from vinkdesk.vault.files import create_private, fsync_folder, write_atomically
from vinkdesk.vault.home import Home
from vinkdesk.vault.kdf import KdfParams, calibrate
from vinkdesk.vault.keys import (
    KeysFile,
    KeySlot,
    new_data_key,
    new_key_id,
    new_recovery_code,
    new_vault_id,
    normalise_recovery_code,
    open_any,
    read_keys,
    reseal,
    seal_slot,
    write_keys,
)
from vinkdesk.vault.locks import OpenLock, keys_lock
from vinkdesk.vault.schema import MIGRATIONS, Migration, migrate

log = logging.getLogger(__name__)

MIN_PASSPHRASE_LENGTH = 10


def check_passphrase(passphrase: str) -> None:
    """The least a passphrase must be (counted as the key is derived: after NFC); the UI shows a strength
    hint on top of this."""
    if len(unicodedata.normalize("NFC", passphrase).strip()) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphrase(
            f"A passphrase needs at least {MIN_PASSPHRASE_LENGTH} characters; a few words in a row are easy "
            "to remember and hard to guess."
        )


@dataclass(frozen=True)
class Unlocked:
    """Who opened the vault and with which slot."""

    user_id: str
    slot_id: str
    via_recovery: bool


Progress = Callable[[float], None]


class Vault:
    """An open vault. Every reference to the data key lives here and is wiped by lock()."""

    def __init__(
        self,
        home: Home,
        conn: Any,
        data_key: bytearray,
        keys: KeysFile,
        opened_by: Unlocked,
        open_lock: OpenLock | None = None,
    ) -> None:
        self.home = home
        self._conn: Any = conn
        self._data_key: bytearray | None = data_key
        self.vault_id = keys.vault_id
        self.key_id = keys.key_id
        self.opened_by = opened_by
        self._open_lock = open_lock

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
        open_lock = OpenLock.acquire(home.folder)
        try:
            if home.has_vault():
                raise VaultExists(f"There is already a vault in {home.folder}; nothing was changed.")
            name = display_name.strip()
            return cls._create(home, name, passphrase, kdf or calibrate(), migrations, open_lock)
        except BaseException:
            open_lock.release()
            raise

    @classmethod
    def _create(
        cls,
        home: Home,
        display_name: str,
        passphrase: str,
        kdf: KdfParams,
        migrations: Sequence[Migration],
        open_lock: OpenLock,
    ) -> tuple[Vault, str]:
        vault_id, key_id = new_vault_id(), new_key_id()
        user_id = uuid.uuid4().hex
        data_key = new_data_key()
        recovery_code = new_recovery_code()

        def slot(secret: str, role: str, shown: str) -> KeySlot:
            return seal_slot(
                data_key,
                secret,
                vault_id=vault_id,
                user_id=user_id,
                role=role,
                display_name=shown,
                kdf=kdf,
                key_id=key_id,
            )

        owner = slot(passphrase, "counsellor", display_name)
        recovery = slot(recovery_code, "recovery", "")
        keys = KeysFile(vault_id=vault_id, slots=(owner, recovery), key_id=key_id)
        conn = connect(home.db_path, data_key, create=True)
        try:
            with translate_errors(home.db_path):
                migrate(conn, migrations)
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("INSERT INTO meta (key, value) VALUES ('vault_id', ?)", (vault_id,))
                conn.execute(
                    "INSERT INTO users (id, display_name, role, created_at) VALUES (?, ?, 'counsellor', ?)",
                    (user_id, display_name, audit.now_utc()),
                )
                audit.append(conn, user_id, AuditAction.CREATE_VAULT)
                conn.execute("COMMIT")
                # The keys are written last: a crash before this leaves no half vault that looks usable.
                with keys_lock(home.folder):
                    write_keys(home.keys_path, keys)
        except BaseException:
            conn.close()
            home.db_path.unlink(missing_ok=True)
            for suffix in ("-wal", "-shm"):
                home.db_path.with_name(home.db_path.name + suffix).unlink(missing_ok=True)
            raise
        opened = Unlocked(user_id, owner.slot_id, False)
        return cls(home, conn, data_key, keys, opened, open_lock), recovery_code

    @classmethod
    def unlock(cls, home: Home, passphrase: str) -> Vault:
        # A rotation cut off between its renames is still a vault: the unlock finishes it.
        found = (home.keys_path, home.db_path, home.folder / journal.ROTATION_NAME)
        if not any(os.path.lexists(path) for path in found):
            raise VaultNotFound(f"There is no vault in {home.folder}. Create one with 'vinkdesk init'.")
        home.ensure_writable()  # SQLite's WAL needs to write beside vault.db, even to read
        open_lock = OpenLock.acquire(home.folder)
        try:
            return cls._unlock(home, passphrase, open_lock)
        except BaseException:
            open_lock.release()
            raise

    @classmethod
    def _unlock(cls, home: Home, passphrase: str, open_lock: OpenLock) -> Vault:
        with keys_lock(home.folder):
            try:
                for line in journal.finish_pending(home.folder):
                    log.warning("%s: %s", home.folder, line)
            except OSError as exc:
                raise vault_error(exc, home.keys_path) from None
            keys = read_keys(home.keys_path)
        if not home.db_path.exists():
            raise VaultCorrupt(
                f"{home.db_path} is missing while vault.keys is present. Restore the vault from "
                f"your latest backup."
            )
        slot, data_key = open_any(keys, passphrase)
        try:
            conn = connect(home.db_path, data_key, vault_id=keys.vault_id)
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
        opened = Unlocked(slot.user_id, slot.slot_id, slot.role == "recovery")
        vault = cls(home, conn, data_key, keys, opened, open_lock)
        if slot.legacy:
            vault._upgrade_slot(slot, passphrase)
        return vault

    def _upgrade_slot(self, slot: KeySlot, passphrase: str) -> None:
        """Replace a slot of format /1 by one of /2 (same passphrase, same person), so it can follow a key
        rotation. Needs the passphrase, so it happens when the slot's owner unlocks."""
        secret = normalise_recovery_code(passphrase) if slot.role == "recovery" else passphrase
        fresh = seal_slot(
            self._key(),
            secret or passphrase,
            vault_id=self.vault_id,
            user_id=slot.user_id,
            role=slot.role,
            display_name=slot.display_name,
            kdf=slot.kdf,
            key_id=self.key_id,
        )
        try:
            self._change_keys(lambda keys: keys.replacing([slot.slot_id], fresh))
        except VaultError as error:  # the old slot still opens; try again next time
            log.warning("the key slot could not be upgraded: %s", error)
            return
        self.opened_by = Unlocked(self.opened_by.user_id, fresh.slot_id, self.opened_by.via_recovery)

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def connection(self) -> Any:
        if self._conn is None:
            raise VaultLocked()
        return self._conn

    def checkpoint(self) -> None:
        """Write the WAL back into vault.db and truncate it: at rest the WAL is empty, so nothing committed
        lives only in a file that a flipped byte could silently cut short."""
        if self._conn is not None:
            with translate_errors(self.home.db_path):
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def lock(self) -> None:
        """Checkpoint, close the database and wipe the data key from memory. Safe to call twice."""
        if self._conn is not None:
            try:
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            except Exception as exc:  # noqa: BLE001 - a reader elsewhere; closing checkpoints again
                log.info("checkpoint at lock: %s", type(exc).__name__)
            try:
                self._conn.close()
            finally:
                self._conn = None
        if self._data_key is not None:
            _wipe(self._data_key)
            self._data_key = None
        if self._open_lock is not None:
            self._open_lock.release()
            self._open_lock = None

    # --- key slots -----------------------------------------------------------------------------------------

    @property
    def slots(self) -> tuple[KeySlot, ...]:
        """The slots as vault.keys holds them now (read afresh)."""
        return read_keys(self.home.keys_path).slots

    def _change_keys(self, change: Callable[[KeysFile], KeysFile]) -> KeysFile:
        """Under the keys lock: read vault.keys, apply change, write the result in one atomic step."""
        with keys_lock(self.home.folder):
            keys = self._current_keys()
            changed = change(keys)
            try:
                write_keys(self.home.keys_path, changed)
            except OSError as exc:
                raise vault_error(exc, self.home.keys_path) from None
        return changed

    def _current_keys(self) -> KeysFile:
        keys = read_keys(self.home.keys_path)
        if keys.vault_id != self.vault_id or keys.key_id != self.key_id:
            raise KeysFileError(
                f"{self.home.keys_path} no longer belongs to the vault that is open (it was replaced while "
                "vinkdesk ran). Nothing was changed; lock and unlock again."
            )
        return keys

    def _seal(self, user_id: str, role: str, display_name: str, secret: str, kdf: KdfParams) -> KeySlot:
        return seal_slot(
            self._key(),
            secret,
            vault_id=self.vault_id,
            user_id=user_id,
            role=role,
            display_name=display_name,
            kdf=kdf,
            key_id=self.key_id,
        )

    def add_slot(
        self, user_id: str, role: str, display_name: str, passphrase: str, kdf: KdfParams | None = None
    ) -> KeySlot:
        """Wrap the data key for one more person (or a recovery code)."""
        if role != "recovery":
            check_passphrase(passphrase)
        slot = self._seal(user_id, role, display_name, passphrase, kdf or calibrate())
        self._change_keys(lambda keys: keys.with_slot(slot))
        return slot

    def remove_slot(self, slot_id: str) -> None:
        self._change_keys(lambda keys: keys.without_slot(slot_id))

    def new_recovery_code(self, kdf: KdfParams | None = None) -> str:
        """Replace the recovery slot with a fresh code (shown once), in one write: the old code stops
        working the moment the new one does."""
        owner = self.opened_by.user_id
        code = new_recovery_code()
        slot = self._seal(owner, "recovery", "", code, kdf or calibrate())
        self._change_keys(
            lambda keys: keys.replacing([s.slot_id for s in keys.slots if s.role == "recovery"], slot)
        )
        return code

    def change_passphrase(self, old: str, new: str, kdf: KdfParams | None = None) -> KeySlot:
        """Replace the slot of the person who unlocked that old opens by one for new; vault.db is not
        touched."""
        with keys_lock(self.home.folder):
            keys = self._current_keys()
            mine = [s for s in keys.slots if s.user_id == self.opened_by.user_id and s.role != "recovery"]
            candidates = KeysFile(keys.vault_id, tuple(mine), keys.key_id)
            return _change_passphrase(self.home, candidates, keys, old, new, kdf)

    def rotate_key(
        self,
        reason: str,
        change: Callable[[KeysFile, Callable[..., KeySlot]], KeysFile] | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Re-encrypt vault.db under a new random data key and seal it to every remaining slot, so that a
        removed slot, a used recovery code or an old copy of vault.keys opens only the old key. `change` may
        add and remove slots in the same step (it gets the keys and a function that seals a new slot).

        Journaled (journal.py): a kill at any moment leaves the old pair or the new pair of files. The caller
        holds the Session's lock: no other use of the connection meanwhile."""
        folder = self.home.folder
        db_new = folder / journal.ROTATE_DB_NAME
        keys_new = folder / journal.ROTATE_KEYS_NAME
        with keys_lock(folder):
            before = self._current_keys()
            keys = before if change is None else change(before, self._seal)
            removed = sorted({s.slot_id for s in before.slots} - {s.slot_id for s in keys.slots})
            new_key, new_id = new_data_key(), new_key_id()
            try:
                resealed = tuple(reseal(s, new_key, self.vault_id, new_id) for s in keys.slots)
                rotated = KeysFile(self.vault_id, resealed, new_id)
                self._export(db_new, new_key, progress)
                write_atomically(keys_new, rotated.to_bytes())
            except BaseException as exc:
                _wipe(new_key)
                db_new.unlink(missing_ok=True)
                keys_new.unlink(missing_ok=True)
                if isinstance(exc, OSError):
                    raise vault_error(exc, db_new) from None
                raise
            conn, self._conn = self._conn, None
            try:
                conn.close()
                journal.commit_rotation(folder, self.key_id, new_id, self.vault_id, reason, removed)
                fsync_folder(folder)
                journal.finish_pending(folder)
            except BaseException:
                _wipe(new_key)
                raise
            old_key = self._data_key
            self._data_key, self.key_id = new_key, new_id
            if old_key is not None:
                _wipe(old_key)
            self._conn = connect(self.home.db_path, new_key)
        if progress is not None:
            progress(1.0)

    def _export(self, target: Any, new_key: bytearray, progress: Progress | None) -> None:
        """Copy the whole database into target under new_key (SQLCipher's sqlcipher_export), durably."""
        conn = self.connection
        create_private(target)
        total = max(self.home.db_path.stat().st_size, 1)

        def report() -> int:
            if progress is not None:
                try:
                    progress(min(0.95, 0.95 * os.stat(target).st_size / total))
                except OSError:
                    pass
            return 0

        with translate_errors(self.home.db_path):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            conn.execute(f"ATTACH DATABASE ? AS rotated KEY \"x'{bytes(new_key).hex()}'\"", (str(target),))
            try:
                conn.set_progress_handler(report, 200_000)
                try:
                    conn.execute("SELECT sqlcipher_export('rotated')").fetchall()
                finally:
                    conn.set_progress_handler(None, 0)
                conn.execute(f"PRAGMA rotated.user_version = {version}")
            finally:
                conn.execute("DETACH DATABASE rotated")
        with open(target, "rb+") as handle:
            os.fsync(handle.fileno())

    def _key(self) -> bytearray:
        if self._data_key is None:
            raise VaultLocked()
        return self._data_key


def change_passphrase(home: Home, old: str, new: str, kdf: KdfParams | None = None) -> KeySlot:
    """Without unlocking: replace the slot that old opens by one for new. Only vault.keys changes, in one
    atomic write, with the intent recorded first."""
    open_lock = OpenLock.acquire(home.folder)
    try:
        with keys_lock(home.folder):
            try:
                journal.finish_pending(home.folder)
            except OSError as exc:
                raise vault_error(exc, home.keys_path) from None
            keys = read_keys(home.keys_path)
            return _change_passphrase(home, keys, keys, old, new, kdf)
    finally:
        open_lock.release()


def _change_passphrase(
    home: Home, candidates: KeysFile, keys: KeysFile, old: str, new: str, kdf: KdfParams | None
) -> KeySlot:
    """Under the keys lock: the slot of `candidates` that old opens is replaced in `keys` by one for new."""
    if not candidates.slots:
        raise SlotRefused("There is no passphrase slot of yours to change.")
    slot, data_key = open_any(candidates, old)
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
            key_id=keys.key_id,
        )
        try:
            journal.write_intent(home.folder, slot.slot_id, fresh.slot_id)
            write_keys(home.keys_path, keys.replacing([slot.slot_id], fresh))
            journal.clear_intent(home.folder)
        except OSError as exc:
            raise vault_error(exc, home.keys_path) from None
    finally:
        _wipe(data_key)
    return fresh


def _wipe(buffer: bytearray) -> None:
    for i in range(len(buffer)):
        buffer[i] = 0
