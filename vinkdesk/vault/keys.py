"""Key slots in vault.keys: each wraps the vault's data key under one person's passphrase (Argon2id +
AES-GCM).

The slot's metadata (vault id, slot id, user, role, name, KDF parameters and salt) is the GCM associated data,
so changing any of it makes the slot refuse to open.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import secrets
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from vinkdesk.vault.errors import KeysFileError, SlotRefused, WrongPassphrase
from vinkdesk.vault.files import read_regular, write_atomically
from vinkdesk.vault.kdf import CEILING, FLOOR, KEY_BYTES, SALT_BYTES, KdfParams, derive_key, new_salt

KEYS_FORMAT = "vinkdesk.keys/1"
SLOT_ROLES = ("counsellor", "supervisor", "recovery", "coordinator")
NONCE_BYTES = 12
KEYS_MAX_BYTES = 1024 * 1024  # hundreds of slots; anything larger is not a keys file
_SLOT_FIELDS = {"slot_id", "user_id", "role", "display_name", "kdf", "nonce", "wrapped_key"}
_KDF_FIELDS = {"algorithm", "memory_kib", "time_cost", "parallelism", "salt"}
_TOP_FIELDS = {"format", "vault_id", "slots"}

# Recovery codes: 25 symbols of Crockford's base32 (125 bits), read aloud in five groups of five.
_RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_RECOVERY_GROUPS = 5
_RECOVERY_GROUP_LEN = 5


@dataclass(frozen=True)
class KeySlot:
    slot_id: str
    user_id: str
    role: str
    display_name: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes

    def associated_data(self, vault_id: str) -> bytes:
        meta = {
            "format": KEYS_FORMAT,
            "vault_id": vault_id,
            "slot_id": self.slot_id,
            "user_id": self.user_id,
            "role": self.role,
            "display_name": self.display_name,
            "kdf": _kdf_json(self.kdf, self.salt),
        }
        return json.dumps(meta, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")

    def to_json(self) -> dict[str, Any]:
        return {
            "slot_id": self.slot_id,
            "user_id": self.user_id,
            "role": self.role,
            "display_name": self.display_name,
            "kdf": _kdf_json(self.kdf, self.salt),
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped_key),
        }


@dataclass(frozen=True)
class KeysFile:
    vault_id: str
    slots: tuple[KeySlot, ...]

    def to_bytes(self) -> bytes:
        doc = {"format": KEYS_FORMAT, "vault_id": self.vault_id, "slots": [s.to_json() for s in self.slots]}
        return (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")

    def slot(self, slot_id: str) -> KeySlot:
        for slot in self.slots:
            if slot.slot_id == slot_id:
                return slot
        raise SlotRefused(f"There is no key slot {slot_id} in this vault.")

    def with_slot(self, slot: KeySlot) -> KeysFile:
        return replace(self, slots=(*self.slots, slot))

    def without_slot(self, slot_id: str) -> KeysFile:
        self.slot(slot_id)
        remaining = tuple(s for s in self.slots if s.slot_id != slot_id)
        if not any(s.role != "recovery" for s in remaining):
            raise SlotRefused("The last passphrase of a vault cannot be removed: nobody could open it again.")
        return replace(self, slots=remaining)


def new_vault_id() -> str:
    return uuid.uuid4().hex


def new_data_key() -> bytearray:
    return bytearray(os.urandom(KEY_BYTES))


def seal_slot(
    data_key: bytes | bytearray,
    passphrase: str,
    *,
    vault_id: str,
    user_id: str,
    role: str,
    display_name: str,
    kdf: KdfParams,
) -> KeySlot:
    """A new slot that opens data_key with passphrase."""
    if role not in SLOT_ROLES:
        raise SlotRefused(f"Unknown role {role!r} for a key slot.")
    _check_kdf(kdf, "the new slot")
    slot = KeySlot(
        slot_id=uuid.uuid4().hex,
        user_id=user_id,
        role=role,
        display_name=display_name,
        kdf=kdf,
        salt=new_salt(),
        nonce=os.urandom(NONCE_BYTES),
        wrapped_key=b"",
    )
    wrapping_key = derive_key(passphrase, slot.salt, kdf)
    wrapped = AESGCM(wrapping_key).encrypt(slot.nonce, bytes(data_key), slot.associated_data(vault_id))
    return replace(slot, wrapped_key=wrapped)


def open_slot(slot: KeySlot, vault_id: str, passphrase: str) -> bytearray:
    """The data key, or WrongPassphrase when the passphrase (or the slot's metadata) does not fit."""
    wrapping_key = derive_key(passphrase, slot.salt, slot.kdf)
    try:
        data_key = AESGCM(wrapping_key).decrypt(slot.nonce, slot.wrapped_key, slot.associated_data(vault_id))
    except InvalidTag:
        raise WrongPassphrase() from None
    return bytearray(data_key)


def open_any(keys: KeysFile, passphrase: str) -> tuple[KeySlot, bytearray]:
    """Try the passphrase on every slot, the likeliest first; WrongPassphrase when none opens."""
    code = normalise_recovery_code(passphrase)
    for slot in _likeliest_first(keys.slots, passphrase):
        if slot.role == "recovery" and code is None:
            continue  # not a code's shape: spare a slow KDF that cannot succeed
        try:
            secret = code if slot.role == "recovery" and code is not None else passphrase
            return slot, open_slot(slot, keys.vault_id, secret)
        except WrongPassphrase:
            continue
    raise WrongPassphrase()


def _likeliest_first(slots: Iterable[KeySlot], passphrase: str) -> list[KeySlot]:
    looks_like_code = normalise_recovery_code(passphrase) is not None
    return sorted(slots, key=lambda s: (s.role == "recovery") != looks_like_code)


def new_recovery_code() -> str:
    symbols = "".join(
        secrets.choice(_RECOVERY_ALPHABET) for _ in range(_RECOVERY_GROUPS * _RECOVERY_GROUP_LEN)
    )
    return "-".join(symbols[i : i + _RECOVERY_GROUP_LEN] for i in range(0, len(symbols), _RECOVERY_GROUP_LEN))


def normalise_recovery_code(text: str) -> str | None:
    """The canonical form of a recovery code as typed (any case, spaces or dashes, O for 0, I or L for 1)."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t")
    cleaned = cleaned.translate(str.maketrans("OIL", "011"))
    if len(cleaned) != _RECOVERY_GROUPS * _RECOVERY_GROUP_LEN or any(
        c not in _RECOVERY_ALPHABET for c in cleaned
    ):
        return None
    return "-".join(cleaned[i : i + _RECOVERY_GROUP_LEN] for i in range(0, len(cleaned), _RECOVERY_GROUP_LEN))


def read_keys(path: Path) -> KeysFile:
    try:
        data = read_regular(path, KEYS_MAX_BYTES)
    except FileNotFoundError:
        raise KeysFileError(
            f"{path} is missing. Without it nobody can open what it guards: restore {path.name} from your "
            "backup."
        ) from None
    except OSError as exc:
        raise KeysFileError(
            f"{path} cannot be read ({exc.strerror or exc}). Restore {path.name} from your backup."
        ) from None
    return parse_keys(data, path)


def write_keys(path: Path, keys: KeysFile) -> None:
    write_atomically(path, keys.to_bytes())


def parse_keys(data: bytes, source: Path) -> KeysFile:
    """The one validator of vault.keys: every error names the file and the field."""

    def fail(field: str, problem: str) -> KeysFileError:
        return KeysFileError(f"{source}: {field} {problem}. Restore {source.name} from your backup.")

    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise fail("the file", "is not valid JSON (truncated or damaged)") from None
    if not isinstance(doc, dict):
        raise fail("the file", "is not a JSON object")
    _no_unknown(doc, _TOP_FIELDS, "", fail)
    if doc.get("format") != KEYS_FORMAT:
        raise fail("format", f"is {doc.get('format')!r}, expected {KEYS_FORMAT!r}")
    vault_id = _text(doc, "vault_id", "vault_id", fail)
    slots_doc = doc.get("slots")
    if not isinstance(slots_doc, list) or not slots_doc:
        raise fail("slots", "must be a non-empty list")
    slots = []
    seen: set[str] = set()
    for index, entry in enumerate(slots_doc):
        where = f"slots[{index}]"
        if not isinstance(entry, dict):
            raise fail(where, "is not an object")
        _no_unknown(entry, _SLOT_FIELDS, where + ".", fail)
        slot_id = _text(entry, "slot_id", where + ".slot_id", fail)
        if slot_id in seen:
            raise fail(where + ".slot_id", "repeats another slot's id")
        seen.add(slot_id)
        role = _text(entry, "role", where + ".role", fail)
        if role not in SLOT_ROLES:
            raise fail(where + ".role", f"is {role!r}, not one of {', '.join(SLOT_ROLES)}")
        kdf_doc = entry.get("kdf")
        if not isinstance(kdf_doc, dict):
            raise fail(where + ".kdf", "is missing")
        _no_unknown(kdf_doc, _KDF_FIELDS, where + ".kdf.", fail)
        if kdf_doc.get("algorithm") != "argon2id":
            raise fail(where + ".kdf.algorithm", "must be 'argon2id'")
        numbers = {}
        for name in ("memory_kib", "time_cost", "parallelism"):
            value = kdf_doc.get(name)
            if not isinstance(value, int) or isinstance(value, bool):
                raise fail(f"{where}.kdf.{name}", "must be a whole number")
            numbers[name] = value
        kdf = KdfParams(**numbers)
        _check_kdf(kdf, f"{source}: {where}.kdf")
        salt = _bytes(kdf_doc, "salt", f"{where}.kdf.salt", fail, SALT_BYTES)
        slots.append(
            KeySlot(
                slot_id=slot_id,
                user_id=_text(entry, "user_id", where + ".user_id", fail),
                role=role,
                display_name=_text(entry, "display_name", where + ".display_name", fail, allow_empty=True),
                kdf=kdf,
                salt=salt,
                nonce=_bytes(entry, "nonce", where + ".nonce", fail, NONCE_BYTES),
                wrapped_key=_bytes(entry, "wrapped_key", where + ".wrapped_key", fail, KEY_BYTES + 16),
            )
        )
    return KeysFile(vault_id=vault_id, slots=tuple(slots))


def _check_kdf(kdf: KdfParams, where: str) -> None:
    if not kdf.meets(FLOOR):
        raise KeysFileError(
            f"{where}: Argon2id parameters (memory {kdf.memory_kib} KiB, time {kdf.time_cost}, "
            f"parallelism {kdf.parallelism}) are below the minimum of {FLOOR.memory_kib} KiB, time "
            f"{FLOOR.time_cost}, parallelism {FLOOR.parallelism}; the slot has been weakened and is refused. "
            "Restore vault.keys from your backup."
        )
    if not CEILING.meets(kdf):
        raise KeysFileError(
            f"{where}: Argon2id parameters exceed what vinkdesk allows (at most {CEILING.memory_kib} KiB, "
            f"time {CEILING.time_cost}, parallelism {CEILING.parallelism}); the slot is refused."
        )


def _kdf_json(kdf: KdfParams, salt: bytes) -> dict[str, Any]:
    return {
        "algorithm": "argon2id",
        "memory_kib": kdf.memory_kib,
        "time_cost": kdf.time_cost,
        "parallelism": kdf.parallelism,
        "salt": _b64(salt),
    }


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _no_unknown(doc: dict[str, Any], allowed: set[str], prefix: str, fail: Any) -> None:
    for key in doc:
        if key not in allowed:
            raise fail(prefix + str(key), "is not a known field")


def _text(doc: dict[str, Any], key: str, where: str, fail: Any, allow_empty: bool = False) -> str:
    value = doc.get(key)
    if not isinstance(value, str) or (not value and not allow_empty):
        raise fail(where, "is missing or not text")
    return value


def _bytes(doc: dict[str, Any], key: str, where: str, fail: Any, length: int) -> bytes:
    value = doc.get(key)
    if not isinstance(value, str):
        raise fail(where, "is missing")
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise fail(where, "is not valid base64") from None
    if len(raw) != length:
        raise fail(where, f"has {len(raw)} bytes, expected {length}")
    return raw
